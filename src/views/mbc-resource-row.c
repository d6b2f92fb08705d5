/* mbc-resource-row.c: one place to turn to for help, in the Resources list
 *
 * The list makes rows only for the resources on screen and gives each
 * row resource after resource as it scrolls: every widget a resource may
 * need is made once, with the row, and binding only sets their words and
 * hides what a resource does not have. The buttons ask the window to
 * act (win.open-uri, win.copy-text), so that a row never looks the
 * window up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "mbc-links.h"
#include "mbc-page-text.h"
#include "mbc-resource-row.h"

/* How long a row stays marked after the guide has jumped to it. */
#define MARK_MS 2000

struct _MbcResourceRow
{
  GtkWidget    parent_instance;

  MbcResource *resource;
  guint        mark_id;

  GtkLabel    *name_label;
  GtkWidget   *local_line;
  GtkLabel    *local_label;
  GtkLabel    *description_label;
  GtkLabel    *languages_label;
  GtkWidget   *hours_line;
  GtkLabel    *hours_label;
  GtkWidget   *phone_line;
  GtkLabel    *phone_label;
  GtkWidget   *phone_buttons;
  GtkWidget   *copy_button;
  GtkWidget   *call_button;
  GtkWidget   *email_line;
  GtkLabel    *email_label;
  GtkWidget   *email_buttons;
  GtkWidget   *write_button;
  GtkWidget   *website_line;
  GtkLabel    *website_label;
  GtkWidget   *website_buttons;
  GtkWidget   *open_button;
  GtkLabel    *sources_label;
};

G_DEFINE_FINAL_TYPE (MbcResourceRow, mbc_resource_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESOURCE,
  N_PROPS,
};

static GParamSpec *props[N_PROPS];

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

/* Shows @text in @label, and @line (the label's line, or the label
 * itself) only when there is a text.
 */
static void
show_text (GtkWidget  *line,
           GtkLabel   *label,
           const char *text)
{
  gtk_widget_set_visible (line, text != NULL && *text != '\0');
  gtk_label_set_text (label, text != NULL ? text : "");
}

/* Makes @button activate @action_name with @target, with
 * @accessible_name as what a screen reader says for it. The action is
 * named only once the button has a target of the action's type: GTK
 * warns of a button whose action cannot take its target.
 */
static void
set_button (GtkWidget  *button,
            const char *action_name,
            GVariant   *target,
            const char *accessible_name)
{
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
}

static void
show_phone (MbcResourceRow *self,
            const char     *name,
            const char     *phone)
{
  g_autofree char *uri = NULL;
  g_autofree char *copy_name = NULL;
  g_autofree char *call_name = NULL;

  show_text (self->phone_line, self->phone_label, phone);
  gtk_widget_set_visible (self->phone_buttons, phone != NULL);
  if (phone == NULL)
    return;

  uri = mbc_links_phone_uri (phone);
  /* Translators: what a screen reader says; %s is a help line's name. */
  copy_name = g_strdup_printf (_("Copy the phone number of %s"), name);
  /* Translators: what a screen reader says; %s is a help line's name. */
  call_name = g_strdup_printf (_("Call %s"), name);
  set_button (self->copy_button, "win.copy-text",
              g_variant_new ("(ss)", phone, _("Copied")), copy_name);
  set_button (self->call_button, "win.open-uri", g_variant_new_string (uri), call_name);
}

static void
show_email (MbcResourceRow *self,
            const char     *name,
            const char     *email)
{
  g_autofree char *uri = NULL;
  g_autofree char *write_name = NULL;

  show_text (self->email_line, self->email_label, email);
  gtk_widget_set_visible (self->email_buttons, email != NULL);
  if (email == NULL)
    return;

  uri = mbc_links_email_uri (email);
  /* Translators: what a screen reader says; %s is a help line's name. */
  write_name = g_strdup_printf (_("Write an email to %s"), name);
  set_button (self->write_button, "win.open-uri", g_variant_new_string (uri), write_name);
}

static void
show_website (MbcResourceRow *self,
              const char     *name,
              const char     *website)
{
  g_autofree char *open_name = NULL;

  show_text (self->website_line, self->website_label, website);
  gtk_widget_set_visible (self->website_buttons, website != NULL);
  if (website == NULL)
    return;

  /* Translators: what a screen reader says; %s is a help line's name. */
  open_name = g_strdup_printf (_("Open the website of %s"), name);
  set_button (self->open_button, "win.open-uri", g_variant_new_string (website), open_name);
}

static void
show_resource (MbcResourceRow *self)
{
  MbcResource *resource = self->resource;
  const char *name;
  g_autofree char *languages = NULL;
  g_autofree char *languages_line = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *sources_line = NULL;

  if (resource == NULL)
    return;

  name = mbc_resource_get_name (resource);
  gtk_label_set_text (self->name_label, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  gtk_widget_set_visible (self->local_line, mbc_resource_get_local (resource));
  gtk_label_set_text (self->description_label, mbc_resource_get_description (resource));

  /* Only what the sources say: a line whose languages they do not name
   * has none.
   */
  languages = dup_languages (resource);
  if (*languages != '\0')
    /* Translators: %s is a list of languages, such as "English, Spanish". */
    languages_line = g_strdup_printf (_("Languages: %s"), languages);
  show_text (GTK_WIDGET (self->languages_label), self->languages_label, languages_line);

  show_text (self->hours_line, self->hours_label, mbc_resource_get_hours (resource));
  show_phone (self, name, mbc_resource_get_phone (resource));
  show_email (self, name, mbc_resource_get_email (resource));
  show_website (self, name, mbc_resource_get_website (resource));

  sources = mbc_page_text_dup_source_names (MBC_CONTENT_ITEM (resource));
  /* Translators: %s is a list of organizations, such as
   * "Cleveland Clinic, Susan G. Komen".
   */
  sources_line = g_strdup_printf (_("Sources: %s"), sources);
  gtk_label_set_text (self->sources_label, sources_line);
}

static void
unmark (MbcResourceRow *self)
{
  g_clear_handle_id (&self->mark_id, g_source_remove);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "search-mark");
}

static gboolean
unmark_cb (gpointer data)
{
  MbcResourceRow *self = data;

  self->mark_id = 0;
  unmark (self);

  return G_SOURCE_REMOVE;
}

void
mbc_resource_row_mark (MbcResourceRow *self)
{
  g_return_if_fail (MBC_IS_RESOURCE_ROW (self));

  g_clear_handle_id (&self->mark_id, g_source_remove);
  gtk_widget_add_css_class (GTK_WIDGET (self), "search-mark");
  self->mark_id = g_timeout_add (MARK_MS, unmark_cb, self);
}

static void
mbc_resource_row_dispose (GObject *object)
{
  MbcResourceRow *self = MBC_RESOURCE_ROW (object);

  g_clear_handle_id (&self->mark_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_RESOURCE_ROW);
  g_clear_object (&self->resource);

  G_OBJECT_CLASS (mbc_resource_row_parent_class)->dispose (object);
}

static void
mbc_resource_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MbcResourceRow *self = MBC_RESOURCE_ROW (object);

  switch (prop_id)
    {
    case PROP_RESOURCE:
      g_value_set_object (value, self->resource);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_resource_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MbcResourceRow *self = MBC_RESOURCE_ROW (object);

  switch (prop_id)
    {
    case PROP_RESOURCE:
      mbc_resource_row_set_resource (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_resource_row_class_init (MbcResourceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_resource_row_dispose;
  object_class->get_property = mbc_resource_row_get_property;
  object_class->set_property = mbc_resource_row_set_property;

  props[PROP_RESOURCE] =
    g_param_spec_object ("resource", NULL, NULL,
                         MBC_TYPE_RESOURCE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-resource-row.ui");
  gtk_widget_class_set_css_name (widget_class, "mbcresourcerow");
  /* The list around it is a list of list items; each row is the group of
   * one resource's lines and buttons, named by the resource.
   */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, local_line);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, local_label);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, languages_label);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, hours_line);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, hours_label);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, phone_line);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, phone_label);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, phone_buttons);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, call_button);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, email_line);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, email_label);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, email_buttons);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, write_button);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, website_line);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, website_label);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, website_buttons);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, open_button);
  gtk_widget_class_bind_template_child (widget_class, MbcResourceRow, sources_label);
}

static void
mbc_resource_row_init (MbcResourceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_label_set_text (self->local_label, mbc_page_text_local_mark ());
}

GtkWidget *
mbc_resource_row_new (void)
{
  return g_object_new (MBC_TYPE_RESOURCE_ROW, NULL);
}

MbcResource *
mbc_resource_row_get_resource (MbcResourceRow *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE_ROW (self), NULL);

  return self->resource;
}

/* Shows @resource, or keeps what the row showed when it is NULL: the
 * list unbinds a row before it binds the next resource, and the row is
 * not on screen in between.
 */
void
mbc_resource_row_set_resource (MbcResourceRow *self,
                               MbcResource    *resource)
{
  g_return_if_fail (MBC_IS_RESOURCE_ROW (self));
  g_return_if_fail (resource == NULL || MBC_IS_RESOURCE (resource));

  if (!g_set_object (&self->resource, resource))
    return;

  /* A mark belongs to the resource it was put on. */
  unmark (self);
  show_resource (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_RESOURCE]);
}
