/* mbc-resources-view.c: where to find help
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-links.h"
#include "mbc-page-text.h"
#include "mbc-resource.h"
#include "mbc-resources-view.h"

struct _MbcResourcesView
{
  GtkWidget           parent_instance;

  /* The one child, to which the bin layout gives all the room. */
  GtkWidget          *box;

  MbcContent         *content;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  char              **search_words;

  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListBox         *resource_list;
};

G_DEFINE_FINAL_TYPE (MbcResourcesView, mbc_resources_view, GTK_TYPE_WIDGET)

static const char *
language_name (const char *code)
{
  if (g_strcmp0 (code, "es") == 0)
    return _("Spanish");

  return _("English");
}

static char *
dup_languages (MbcResource *resource)
{
  const char * const *codes = mbc_resource_get_languages (resource);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, language_name (codes[i]));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* All the words a person might search a resource by, folded for
 * comparison.
 */
static char *
dup_search_text (MbcResource *resource)
{
  g_autofree char *languages = dup_languages (resource);
  g_autofree char *text = g_strjoin (" ",
                                     mbc_resource_get_name (resource),
                                     mbc_resource_get_description (resource),
                                     languages,
                                     mbc_resource_get_hours (resource) ?: "",
                                     mbc_resource_get_phone (resource) ?: "",
                                     mbc_resource_get_email (resource) ?: "",
                                     mbc_resource_get_website (resource) ?: "",
                                     /* A person may look for what the hospital added. */
                                     mbc_resource_get_local (resource) ? mbc_page_text_local_mark () : "",
                                     NULL);

  return g_utf8_casefold (text, -1);
}

static gboolean
match_resource (gpointer item,
                gpointer user_data)
{
  MbcResourcesView *self = user_data;
  g_autofree char *text = NULL;

  if (self->search_words == NULL)
    return TRUE;

  text = dup_search_text (item);
  for (guint i = 0; self->search_words[i] != NULL; i++)
    if (strstr (text, self->search_words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static void
update_empty (MbcResourcesView *self)
{
  gboolean empty = self->filtered == NULL ||
                   g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
search_changed_cb (MbcResourcesView *self,
                   GtkSearchEntry   *entry)
{
  g_autofree char *folded = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);

  g_clear_pointer (&self->search_words, g_strfreev);
  g_strstrip (folded);
  if (*folded != '\0')
    self->search_words = g_regex_split_simple ("\\s+", folded, 0, 0);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.open-uri", "s", g_variant_get_string (parameter, NULL));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.copy-text", "(ss)",
                              g_variant_get_string (parameter, NULL), _("Copied"));
}

static GtkWidget *
new_action_button (const char *icon_name,
                   const char *label,
                   const char *accessible_name,
                   const char *action_name,
                   const char *target)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "touch-target");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);

  return button;
}

/* One way to reach a resource: what it is, with room below it for the
 * buttons that use it, so that neither squeezes the other on a narrow
 * window. Returns the box for the buttons.
 */
static GtkBox *
add_contact (GtkBox     *box,
             const char *icon_name,
             const char *text)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), icon);
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (box, line);

  gtk_widget_set_margin_start (buttons, 24);
  gtk_box_append (box, buttons);

  return GTK_BOX (buttons);
}

static GtkWidget *
create_resource_row (gpointer item,
                     gpointer user_data)
{
  MbcResource *resource = item;
  const char *name = mbc_resource_get_name (resource);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  g_autofree char *languages = dup_languages (resource);
  g_autofree char *languages_line = NULL;
  GtkWidget *title;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (box), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (box), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (box), 12);

  title = mbc_page_text_heading (box, name, "heading");
  gtk_widget_set_margin_top (title, 0);

  if (mbc_resource_get_local (resource))
    mbc_page_text_local (box);

  mbc_page_text_paragraph (box, mbc_resource_get_description (resource));

  /* Only what the sources say: a line whose languages they do not name
   * has none.
   */
  if (*languages != '\0')
    {
      /* Translators: %s is a list of languages, such as "English, Spanish". */
      languages_line = g_strdup_printf (_("Languages: %s"), languages);
      gtk_widget_add_css_class (mbc_page_text_paragraph (box, languages_line), "dim-label");
    }

  if (mbc_resource_get_hours (resource) != NULL)
    add_contact (box, "alarm-symbolic", mbc_resource_get_hours (resource));

  if (mbc_resource_get_phone (resource) != NULL)
    {
      const char *phone = mbc_resource_get_phone (resource);
      g_autofree char *uri = mbc_links_phone_uri (phone);
      /* Translators: what a screen reader says; %s is a help line's name. */
      g_autofree char *copy_name = g_strdup_printf (_("Copy the phone number of %s"), name);
      /* Translators: what a screen reader says; %s is a help line's name. */
      g_autofree char *call_name = g_strdup_printf (_("Call %s"), name);
      GtkBox *line = add_contact (box, "call-start-symbolic", phone);

      gtk_box_append (line, new_action_button ("edit-copy-symbolic", C_("phone number", "Copy"),
                                               copy_name, "resources.copy", phone));
      gtk_box_append (line, new_action_button ("call-start-symbolic", C_("phone number", "Call"),
                                               call_name, "resources.open", uri));
    }

  if (mbc_resource_get_email (resource) != NULL)
    {
      const char *email = mbc_resource_get_email (resource);
      g_autofree char *uri = mbc_links_email_uri (email);
      /* Translators: what a screen reader says; %s is a help line's name. */
      g_autofree char *write_name = g_strdup_printf (_("Write an email to %s"), name);
      GtkBox *line = add_contact (box, "mail-unread-symbolic", email);

      gtk_box_append (line, new_action_button ("mail-send-symbolic", C_("email address", "Write"),
                                               write_name, "resources.open", uri));
    }

  if (mbc_resource_get_website (resource) != NULL)
    {
      const char *website = mbc_resource_get_website (resource);
      /* Translators: what a screen reader says; %s is a help line's name. */
      g_autofree char *open_name = g_strdup_printf (_("Open the website of %s"), name);
      GtkBox *line = add_contact (box, "web-browser-symbolic", website);

      gtk_box_append (line, new_action_button ("adw-external-link-symbolic", C_("website", "Open"),
                                               open_name, "resources.open", website));
    }

  mbc_page_text_sources (box, MBC_CONTENT_ITEM (resource));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), GTK_WIDGET (box));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  return row;
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MbcResourcesView *self = MBC_RESOURCES_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
mbc_resources_view_dispose (GObject *object)
{
  MbcResourcesView *self = MBC_RESOURCES_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_RESOURCES_VIEW);

  g_clear_object (&self->filtered);
  g_clear_object (&self->content);
  g_clear_pointer (&self->search_words, g_strfreev);

  G_OBJECT_CLASS (mbc_resources_view_parent_class)->dispose (object);
}

static void
mbc_resources_view_class_init (MbcResourcesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_resources_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-resources-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, MbcResourcesView, box);
  gtk_widget_class_bind_template_child (widget_class, MbcResourcesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MbcResourcesView, stack);
  gtk_widget_class_bind_template_child (widget_class, MbcResourcesView, resource_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "resources.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "resources.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "resources.search", NULL, focus_search_action);
}

static void
mbc_resources_view_init (MbcResourcesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (match_resource, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  gtk_list_box_bind_model (self->resource_list, G_LIST_MODEL (self->filtered),
                           create_resource_row, self, NULL);
}

static void
show_resources (MbcResourcesView *self)
{
  gtk_filter_list_model_set_model (self->filtered,
                                   self->content != NULL ? mbc_content_get_resources (self->content)
                                                         : NULL);
  update_empty (self);
}

void
mbc_resources_view_set_content (MbcResourcesView *self,
                                MbcContent       *content)
{
  g_return_if_fail (MBC_IS_RESOURCES_VIEW (self));
  g_return_if_fail (content == NULL || MBC_IS_CONTENT (content));

  if (g_set_object (&self->content, content))
    mbc_page_text_rebuild_when_shown (GTK_WIDGET (self), (MbcRebuildFunc) show_resources);
}
