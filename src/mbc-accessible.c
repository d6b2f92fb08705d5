/* mbc-accessible.c: names and roles as a screen reader meets them on
 * GTK 4.8's accessibility bus
 *
 * GTK 4.8 builds the name it puts on the bus from a widget's label
 * property followed by the names of the widgets that label it. A button
 * made with a mnemonic ("_Print…") has both: its own label, underscore
 * and all, and its inner label, which names it as the mnemonic's
 * target. Orca then reads "_Print… Print…". The same happens to any
 * control given a name of its own and labelled by a mnemonic label too.
 * And an image with no name is read by its type, "GtkImage", unless it
 * is taken out of the tree. GTK's own test accessible sees none of
 * this; the test of the real bus (tests/test-atspi.c) does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mbc-accessible.h"

/**
 * mbc_accessible_strip_mnemonic:
 * @text: a label with a mnemonic, such as "_Print…"
 *
 * The words of @text as they are read: without the underscore that
 * marks the mnemonic ("Print…"); a doubled underscore is one.
 *
 * Returns: (transfer full): the words
 */
char *
mbc_accessible_strip_mnemonic (const char *text)
{
  GString *plain = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (plain, *p);
    }

  return g_string_free (plain, FALSE);
}

/**
 * mbc_accessible_set_name:
 * @widget: a control
 * @name: what a screen reader calls it
 *
 * Names @widget @name alone: the labels that point at it (a mnemonic
 * label's target, an action row's control) no longer add their words
 * after it.
 */
void
mbc_accessible_set_name (GtkWidget  *widget,
                         const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/**
 * mbc_accessible_name_mnemonics:
 * @root: a widget
 *
 * Names each button and check button under @root (and @root itself)
 * whose label has a mnemonic by its words, once: "Print…", not
 * "_Print… Print…". Called once a widget's children are made (after
 * gtk_widget_init_template(), or after making a button with
 * gtk_button_new_with_mnemonic()), and again when a label changes.
 */
void
mbc_accessible_name_mnemonics (GtkWidget *root)
{
  const char *label = NULL;
  gboolean use_underline = FALSE;

  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    {
      label = gtk_button_get_label (GTK_BUTTON (root));
      use_underline = gtk_button_get_use_underline (GTK_BUTTON (root));
    }
  else if (GTK_IS_CHECK_BUTTON (root))
    {
      label = gtk_check_button_get_label (GTK_CHECK_BUTTON (root));
      use_underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (root));
    }

  if (label != NULL && use_underline)
    {
      g_autofree char *name = mbc_accessible_strip_mnemonic (label);

      mbc_accessible_set_name (root, name);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mbc_accessible_name_mnemonics (child);
}

/**
 * mbc_accessible_new_icon:
 * @icon_name: the icon's name
 *
 * An icon that only adorns: the words beside it, or the control it is
 * in, say what it says. A screen reader passes it by: it is not in the
 * tree.
 *
 * Returns: (transfer floating): the image
 */
GtkWidget *
mbc_accessible_new_icon (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

/**
 * mbc_accessible_hide_images:
 * @root: a control that its own name says all of, such as a view
 *   switcher, whose buttons are named after their views
 *
 * Takes every image under @root out of the accessible tree: icons that
 * libadwaita's own widgets draw beside their words. GTK 4.8 fixes a
 * widget's role once the widget is on the accessibility bus: called
 * before @root is shown.
 */
void
mbc_accessible_hide_images (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  /* Both: an image that its widget shows and hides again (an entry
   * row's pencil) is hidden anew each time, but keeps its role.
   */
  if (GTK_IS_IMAGE (root))
    {
      g_object_set (root, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
      gtk_accessible_update_state (GTK_ACCESSIBLE (root),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mbc_accessible_hide_images (child);
}

/**
 * mbc_accessible_new_heading:
 * @text: (nullable): the words of a title
 *
 * A label that a screen reader announces as a heading, for a title
 * drawn as one (libadwaita's title-1 to title-4 and heading styles):
 * Orca's users move from heading to heading to find their way.
 *
 * Returns: (transfer floating): the label
 */
GtkWidget *
mbc_accessible_new_heading (const char *text)
{
  return g_object_new (GTK_TYPE_LABEL,
                       "label", text,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                       NULL);
}

static gboolean
is_title (GtkWidget *label)
{
  static const char *classes[] = { "title-1", "title-2", "title-3", "title-4", "heading" };
  GtkWidget *parent = gtk_widget_get_parent (label);

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (gtk_widget_has_css_class (label, classes[i]))
      return TRUE;

  /* The title of libadwaita's status page. */
  for (; parent != NULL; parent = gtk_widget_get_parent (parent))
    if (ADW_IS_STATUS_PAGE (parent))
      return gtk_widget_has_css_class (label, "title");

  return FALSE;
}

/**
 * mbc_accessible_mark_headings:
 * @root: a widget not yet in a window, such as a template just made
 *
 * Makes each label under @root drawn as a title (libadwaita's title-1
 * to title-4 and heading styles, a status page's or a preferences
 * group's title) a heading for a screen reader. GTK 4.8 fixes a
 * widget's role once the widget is on the accessibility bus: called
 * before @root is shown.
 */
void
mbc_accessible_mark_headings (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_LABEL (root) && is_title (root)
      && gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (root)) == GTK_ACCESSIBLE_ROLE_LABEL)
    g_object_set (root, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mbc_accessible_mark_headings (child);
}

/**
 * mbc_accessible_name_list_item:
 * @item: a bound item of a GtkListView
 * @name: what a screen reader calls its row
 *
 * GTK 4.8 puts the row of each item of a GtkListView in a list item
 * widget of its own, which takes the focus and which the bus shows with
 * no name (GtkListItem's accessible label came in GTK 4.12): a screen
 * reader said "list item" alone. Names that widget, the row's parent,
 * as its row. Call it on each bind.
 */
void
mbc_accessible_name_list_item (GtkListItem *item,
                               const char  *name)
{
  GtkWidget *child;
  GtkWidget *owner;

  g_return_if_fail (GTK_IS_LIST_ITEM (item));
  g_return_if_fail (name != NULL);

  child = gtk_list_item_get_child (item);
  owner = child != NULL ? gtk_widget_get_parent (child) : NULL;
  if (owner != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (owner),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
}

static void
squeezer_child_cb (AdwSqueezer *squeezer)
{
  GtkWidget *shown = adw_squeezer_get_visible_child (squeezer);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (squeezer));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child),
                                 GTK_ACCESSIBLE_STATE_HIDDEN, child != shown,
                                 -1);
}

/**
 * mbc_accessible_follow_squeezer:
 * @squeezer: a squeezer of children that say the same thing
 *
 * GTK 4.8 tells a screen reader of every visible widget, shown or not:
 * each child of @squeezer that it does not show (the same switch, laid
 * out another way) would be met once more. From now on, only the child
 * shown is in the tree.
 */
void
mbc_accessible_follow_squeezer (AdwSqueezer *squeezer)
{
  g_return_if_fail (ADW_IS_SQUEEZER (squeezer));

  g_signal_connect (squeezer, "notify::visible-child", G_CALLBACK (squeezer_child_cb), NULL);
  squeezer_child_cb (squeezer);
}
