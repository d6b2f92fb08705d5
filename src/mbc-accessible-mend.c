/* mbc-accessible-mend.c: the windows GTK and libadwaita build for the
 * guide, mended for a screen reader
 *
 * The About window, the message dialogs, the print dialog and the file
 * chooser are built by GTK 4.8 and libadwaita 1.2, and read on the
 * accessibility bus much as the guide's own widgets were before they
 * were named (mbc-accessible.c): "_Cancel Cancel" for a button with a
 * mnemonic, a check box called "C_ollate", "push button" alone for a
 * button with an icon or with words of its own inside, an icon read as
 * "image", a place in the file chooser's side bar read as "list item",
 * an About window's title that is not a heading. Each such window is
 * mended as it is shown, by the same rules the guide's own widgets
 * follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtkunixprint.h>

#include "mbc-accessible.h"

/* The words of the labels under @root that a person sees, joined. */
static void
append_label_words (GtkWidget *root,
                    GString   *words)
{
  if (!gtk_widget_get_visible (root))
    return;

  if (GTK_IS_LABEL (root))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (root));

      if (text[0] != '\0')
        {
          if (words->len > 0)
            g_string_append_c (words, ' ');
          g_string_append (words, text);
        }
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_label_words (child, words);
}

/* GTK's own word for a button that shows one of these icons and says
 * nothing, from its own catalogue.
 */
static const char *
icon_word (GtkWidget *button)
{
  static const struct { const char *icon; const char *word; } icons[] = {
    { "window-close-symbolic", "Close" },
    { "go-previous-symbolic", "Back" },
    { "go-up-symbolic", "Up Path" },
    { "go-down-symbolic", "Down Path" },
  };
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));
  const char *icon = gtk_button_get_icon_name (GTK_BUTTON (button));

  if (icon == NULL && child != NULL && GTK_IS_IMAGE (child))
    icon = gtk_image_get_icon_name (GTK_IMAGE (child));
  for (guint i = 0; icon != NULL && i < G_N_ELEMENTS (icons); i++)
    if (g_str_equal (icon, icons[i].icon))
      return g_dgettext ("gtk40", icons[i].word);

  return NULL;
}

static void
name_by_words (GtkWidget *widget)
{
  g_autoptr(GString) words = g_string_new (NULL);
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (tooltip != NULL && tooltip[0] != '\0')
    g_string_append (words, tooltip);
  else
    append_label_words (widget, words);
  if (words->len == 0 && GTK_IS_BUTTON (widget) && icon_word (widget) != NULL)
    g_string_append (words, icon_word (widget));

  if (words->len > 0)
    mbc_accessible_set_name (widget, words->str);
}

static void
mend (GtkWidget *root,
      gboolean   roles)
{
  if (GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) == NULL)
    name_by_words (root);
  else if (GTK_IS_MENU_BUTTON (root) || GTK_IS_LIST_BOX_ROW (root) || GTK_IS_DROP_DOWN (root)
           || GTK_IS_COMBO_BOX (root))
    name_by_words (root);
  else if (GTK_IS_ENTRY (root) && gtk_widget_get_tooltip_text (root) != NULL)
    mbc_accessible_set_name (root, gtk_widget_get_tooltip_text (root));
  else if (GTK_IS_IMAGE (root))
    {
      /* GTK 4.8 fixes a widget's role once it is on the bus; hidden, it
       * is out of the tree all the same until it is shown anew.
       */
      if (roles && !gtk_widget_get_realized (root))
        g_object_set (root, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
      gtk_accessible_update_state (GTK_ACCESSIBLE (root),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mend (child, roles);
}

/**
 * mbc_accessible_mend:
 * @window: a window that GTK or libadwaita built, such as an About
 *   window or a message dialog, before it is shown
 *
 * Names what @window's parts would be read without a name, or with a
 * mnemonic's underscore; takes its icons out of the tree; makes its
 * titles headings.
 */
void
mbc_accessible_mend (GtkWidget *window)
{
  g_return_if_fail (GTK_IS_WIDGET (window));

  mend (window, TRUE);
  mbc_accessible_name_mnemonics (window);
  if (!gtk_widget_get_realized (window))
    mbc_accessible_mark_headings (window);
}

static gboolean
is_gtk_dialog (GtkWindow *window)
{
  return GTK_IS_PRINT_UNIX_DIALOG (window) || GTK_IS_PAGE_SETUP_UNIX_DIALOG (window)
         || GTK_IS_FILE_CHOOSER_DIALOG (window);
}

static void
mend_shown_cb (GtkWidget *window)
{
  mbc_accessible_mend (window);
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* Made now, filled in later by its own init and as it lists its
       * printers or files: mended as it is shown, and again as it is
       * drawn.
       */
      if (is_gtk_dialog (window))
        {
          g_signal_connect (window, "realize", G_CALLBACK (mend_shown_cb), NULL);
          g_signal_connect (window, "map", G_CALLBACK (mend_shown_cb), NULL);
        }
    }
}

/**
 * mbc_accessible_mend_gtk_dialogs:
 *
 * From now on, mends each print dialog, page setup dialog and file
 * chooser that GTK makes for the guide (mbc_accessible_mend()): the
 * guide never holds them itself.
 */
void
mbc_accessible_mend_gtk_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), NULL);
}
