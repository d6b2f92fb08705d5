/* mbc-own-question-row.c: the row of My Questions to write one's own
 *
 * An entry and its Add button. A GtkEntry, not libadwaita 1.2's
 * AdwEntryRow, whose text field GTK 4.8 never reports focused on the
 * accessibility bus: a screen reader said nothing as the focus came into
 * it (tests/test-atspi.c). The entry's "activate" signal, from Enter or
 * from the Add button, is the question to add.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-own-question-row.h"

static void
text_changed_cb (GtkEditable *entry,
                 GtkWidget   *add)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  gtk_widget_set_sensitive (add, *text != '\0');
}

/**
 * mbc_own_question_row_new:
 *
 * Returns: (transfer floating): a row for a GtkListBox
 */
GtkWidget *
mbc_own_question_row_new (void)
{
  /* A group, not a list item: it is not one of the questions, and its
   * entry and button say what they are.
   */
  GtkWidget *row = g_object_new (GTK_TYPE_LIST_BOX_ROW,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                 NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* Its words over the entry, where they wrap at large text, rather than
   * in the entry as a placeholder, which would be cut short there.
   */
  GtkWidget *title = gtk_label_new (_("Write your own question"));
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* The label says it on screen; the entry says it to a screen reader,
   * once (no labelled-by after it).
   */
  mbc_accessible_set_name (entry, _("Write your own question"));
  gtk_accessible_update_state (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_add_css_class (entry, "own-question");

  gtk_widget_set_tooltip_text (add, _("Add to My Questions"));
  mbc_accessible_set_name (add, _("Add to My Questions"));
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (add, FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (text_changed_cb), add);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (gtk_widget_activate), entry);

  gtk_box_append (GTK_BOX (line), entry);
  gtk_box_append (GTK_BOX (line), add);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), line);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "mbc-own-question-entry", entry);

  return row;
}

/**
 * mbc_own_question_row_get_entry:
 * @row: a row from mbc_own_question_row_new()
 *
 * Returns: (transfer none): its entry
 */
GtkWidget *
mbc_own_question_row_get_entry (GtkWidget *row)
{
  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), NULL);

  return g_object_get_data (G_OBJECT (row), "mbc-own-question-entry");
}
