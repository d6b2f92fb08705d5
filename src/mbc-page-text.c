/* mbc-page-text.c: the pieces of text that every page is built from
 *
 * The pages show content that changes with the chosen site and the
 * language, so they are put together here rather than in templates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-page-text.h"

static GtkWidget *
new_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);

  return label;
}

GtkWidget *
mbc_page_text_heading (GtkBox     *box,
                       const char *text,
                       const char *css_class)
{
  GtkWidget *label = new_label (text);

  gtk_widget_add_css_class (label, css_class != NULL ? css_class : "title-4");
  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (box, label);

  return label;
}

GtkWidget *
mbc_page_text_paragraph (GtkBox     *box,
                         const char *text)
{
  GtkWidget *label = new_label (text);

  gtk_widget_add_css_class (label, "body");
  gtk_box_append (box, label);

  return label;
}

GtkWidget *
mbc_page_text_sources (GtkBox         *box,
                       MbcContentItem *item)
{
  g_autofree char *names = mbc_content_item_dup_source_list (item);
  g_autofree char *text = NULL;
  GtkWidget *label;

  /* Translators: %s is a list of organizations, such as
   * "Cleveland Clinic, Susan G. Komen".
   */
  text = g_strdup_printf (_("Sources: %s"), names);
  label = new_label (text);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (box, label);

  return label;
}

GtkWidget *
mbc_page_text_list (GtkBox     *box,
                    const char *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  if (accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                    -1);
  gtk_box_append (box, list);

  return list;
}

/* A row of plain text: @title in bold when there is one, then @text. */
GtkWidget *
mbc_page_text_list_row (GtkWidget  *list,
                        const char *title,
                        const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  if (title != NULL)
    {
      GtkWidget *heading = new_label (title);

      gtk_widget_add_css_class (heading, "heading");
      gtk_box_append (GTK_BOX (box), heading);
    }

  if (text != NULL)
    gtk_box_append (GTK_BOX (box), new_label (text));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return row;
}

void
mbc_page_text_clear (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}
