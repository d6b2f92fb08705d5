/* mbc-resource-row.c: one place to turn to for help, in the Resources list
 *
 * The list gives each row resource after resource as it scrolls, and GTK
 * 4.8's list keeps some two hundred rows made and measured, whatever is
 * on screen: a row must be quick to make, bind and measure. So it is
 * built in code rather than from a template; its lines are made the
 * first time a resource needs them, then kept and hidden for the
 * resources after it that lack them; a wrapping line is measured from a
 * dozen characters up rather than from one, which GTK would otherwise
 * lay out a character to a line to find its narrowest; and a row far
 * off screen shows only the resource's name (mbc_resource_row_set_brief())
 * until the list comes near it. Binding only sets words.
 *
 * The buttons ask the window to act (win.open-uri, win.copy-text), so
 * that a row never looks the window up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-focus.h"
#include "mbc-links.h"
#include "mbc-page-mark.h"
#include "mbc-page-text.h"
#include "mbc-resource-row.h"

/* How long a row stays marked after the guide has jumped to it. */
#define MARK_MS 2000

/* Enough for a word or two on the narrowest window. */
#define MIN_LINE_CHARS 12

typedef enum {
  CONTACT_HOURS,
  CONTACT_PHONE,
  CONTACT_EMAIL,
  CONTACT_WEBSITE,
  N_CONTACTS,
} ContactKind;

/* One way to reach a resource: an icon and what it is, with room below
 * for the buttons that use it, so that neither squeezes the other on a
 * narrow window.
 */
typedef struct
{
  GtkWidget *line;
  GtkLabel  *label;
  GtkWidget *buttons;
  GtkWidget *button[2];
} Contact;

struct _MbcResourceRow
{
  GtkWidget    parent_instance;

  MbcResource *resource;
  guint        mark_id;
  /* Showing only the resource's name (mbc_resource_row_set_brief()). */
  gboolean     brief;

  GtkLabel    *name_label;
  GtkWidget   *local_line;
  GtkLabel    *description_label;
  GtkLabel    *languages_label;
  Contact      contacts[N_CONTACTS];
  GtkLabel    *sources_label;
};

G_DEFINE_FINAL_TYPE (MbcResourceRow, mbc_resource_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESOURCE,
  PROP_BRIEF,
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

static GtkLabel *
new_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), MIN_LINE_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return GTK_LABEL (label);
}

/* An icon that says nothing a screen reader should: the words beside it
 * say it.
 */
static GtkWidget *
new_quiet_icon (const char *icon_name)
{
  GtkWidget *icon = mbc_accessible_new_icon (icon_name);


  return icon;
}

static GtkWidget *
new_button (const char *icon_name,
            const char *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "touch-target");

  return button;
}

/* The widget that comes after the lines of @kind: those of the next way
 * made so far, or the sources line.
 */
static GtkWidget *
next_after (MbcResourceRow *self,
            ContactKind     kind)
{
  for (guint i = kind + 1; i < N_CONTACTS; i++)
    if (self->contacts[i].line != NULL)
      return self->contacts[i].line;

  return GTK_WIDGET (self->sources_label);
}

static Contact *
ensure_contact (MbcResourceRow *self,
                ContactKind     kind)
{
  static const char *icons[N_CONTACTS] = {
    "alarm-symbolic", "call-start-symbolic", "mail-unread-symbolic", "web-browser-symbolic",
  };
  Contact *contact = &self->contacts[kind];
  GtkWidget *next;
  GtkWidget *icon;

  if (contact->line != NULL)
    return contact;

  next = next_after (self, kind);

  contact->line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  icon = new_quiet_icon (icons[kind]);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (contact->line), icon);
  contact->label = new_label (NULL);
  gtk_label_set_selectable (contact->label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (contact->label), TRUE);
  gtk_box_append (GTK_BOX (contact->line), GTK_WIDGET (contact->label));
  gtk_widget_insert_before (contact->line, GTK_WIDGET (self), next);

  switch (kind)
    {
    case CONTACT_PHONE:
      contact->button[0] = new_button ("edit-copy-symbolic", C_("phone number", "Copy"));
      contact->button[1] = new_button ("call-start-symbolic", C_("phone number", "Call"));
      break;

    case CONTACT_EMAIL:
      contact->button[0] = new_button ("mail-send-symbolic", C_("email address", "Write"));
      break;

    case CONTACT_WEBSITE:
      contact->button[0] = new_button ("adw-external-link-symbolic", C_("website", "Open"));
      break;

    case CONTACT_HOURS:
    case N_CONTACTS:
    default:
      return contact;
    }

  /* The buttons wrap onto more lines rather than widen a narrow window
   * at large text.
   */
  contact->buttons = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (contact->buttons), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (contact->buttons), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (contact->buttons), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (contact->buttons), 2);
  gtk_widget_set_halign (contact->buttons, GTK_ALIGN_START);
  gtk_widget_set_margin_start (contact->buttons, 24);
  for (guint i = 0; i < G_N_ELEMENTS (contact->button) && contact->button[i] != NULL; i++)
    gtk_flow_box_append (GTK_FLOW_BOX (contact->buttons), contact->button[i]);
  mbc_focus_pass_through_flow_box (GTK_FLOW_BOX (contact->buttons));
  gtk_widget_insert_before (contact->buttons, GTK_WIDGET (self), next);

  return contact;
}

/* Shows @text as the way of @kind to reach the resource, or hides that
 * way when there is no text. Returns the way's lines, or NULL.
 */
static Contact *
show_contact (MbcResourceRow *self,
              ContactKind     kind,
              const char     *text)
{
  Contact *contact = &self->contacts[kind];
  gboolean shown = text != NULL && *text != '\0';

  if (shown)
    contact = ensure_contact (self, kind);
  else if (contact->line == NULL)
    return NULL;

  gtk_widget_set_visible (contact->line, shown);
  if (contact->buttons != NULL)
    gtk_widget_set_visible (contact->buttons, shown);
  if (!shown)
    return NULL;

  gtk_label_set_text (contact->label, text);

  return contact;
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
  Contact *contact = show_contact (self, CONTACT_PHONE, phone);
  g_autofree char *uri = NULL;
  g_autofree char *copy_name = NULL;
  g_autofree char *call_name = NULL;

  if (contact == NULL)
    return;

  uri = mbc_links_phone_uri (phone);
  /* Translators: what a screen reader says; %s is a help line's name. */
  copy_name = g_strdup_printf (_("Copy the phone number of %s"), name);
  /* Translators: what a screen reader says; %s is a help line's name. */
  call_name = g_strdup_printf (_("Call %s"), name);
  set_button (contact->button[0], "win.copy-text",
              g_variant_new ("(ss)", phone, _("Copied")), copy_name);
  set_button (contact->button[1], "win.open-uri", g_variant_new_string (uri), call_name);
}

static void
show_email (MbcResourceRow *self,
            const char     *name,
            const char     *email)
{
  Contact *contact = show_contact (self, CONTACT_EMAIL, email);
  g_autofree char *uri = NULL;
  g_autofree char *write_name = NULL;

  if (contact == NULL)
    return;

  uri = mbc_links_email_uri (email);
  /* Translators: what a screen reader says; %s is a help line's name. */
  write_name = g_strdup_printf (_("Write an email to %s"), name);
  set_button (contact->button[0], "win.open-uri", g_variant_new_string (uri), write_name);
}

static void
show_website (MbcResourceRow *self,
              const char     *name,
              const char     *website)
{
  Contact *contact = show_contact (self, CONTACT_WEBSITE, website);
  g_autofree char *open_name = NULL;

  if (contact == NULL)
    return;

  /* Translators: what a screen reader says; %s is a help line's name. */
  open_name = g_strdup_printf (_("Open the website of %s"), name);
  set_button (contact->button[0], "win.open-uri", g_variant_new_string (website), open_name);
}

static void
show_local (MbcResourceRow *self,
            gboolean        local)
{
  if (local && self->local_line == NULL)
    {
      GtkLabel *label = new_label (NULL);

      self->local_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      gtk_widget_add_css_class (self->local_line, "accent");
      gtk_box_append (GTK_BOX (self->local_line), new_quiet_icon ("mark-location-symbolic"));
      gtk_label_set_text (label, mbc_page_text_local_mark ());
      gtk_box_append (GTK_BOX (self->local_line), GTK_WIDGET (label));
      gtk_widget_insert_after (self->local_line, GTK_WIDGET (self), GTK_WIDGET (self->name_label));
    }

  if (self->local_line != NULL)
    gtk_widget_set_visible (self->local_line, local);
}

/* The lines every resource has under its name, made the first time the
 * row shows one in full.
 */
static void
ensure_body (MbcResourceRow *self)
{
  if (self->description_label != NULL)
    return;

  self->description_label = new_label ("body");
  gtk_widget_insert_after (GTK_WIDGET (self->description_label), GTK_WIDGET (self),
                           self->local_line != NULL ? self->local_line
                                                    : GTK_WIDGET (self->name_label));
  self->languages_label = new_label ("body");
  gtk_widget_add_css_class (GTK_WIDGET (self->languages_label), "dim-label");
  gtk_widget_insert_after (GTK_WIDGET (self->languages_label), GTK_WIDGET (self),
                           GTK_WIDGET (self->description_label));
  self->sources_label = new_label ("caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->sources_label), "dim-label");
  gtk_widget_set_parent (GTK_WIDGET (self->sources_label), GTK_WIDGET (self));
}

/* Hides every line but the name, for a row that is off screen. */
static void
show_name_only (MbcResourceRow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_visible (child, child == GTK_WIDGET (self->name_label));
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

  if (self->brief)
    {
      show_name_only (self);
      return;
    }

  ensure_body (self);
  show_local (self, mbc_resource_get_local (resource));
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), TRUE);
  gtk_label_set_text (self->description_label, mbc_resource_get_description (resource));

  /* Only what the sources say: a line whose languages they do not name
   * has none.
   */
  languages = dup_languages (resource);
  if (*languages != '\0')
    /* Translators: %s is a list of languages, such as "English, Spanish". */
    languages_line = g_strdup_printf (_("Languages: %s"), languages);
  gtk_widget_set_visible (GTK_WIDGET (self->languages_label), languages_line != NULL);
  gtk_label_set_text (self->languages_label, languages_line != NULL ? languages_line : "");

  show_contact (self, CONTACT_HOURS, mbc_resource_get_hours (resource));
  show_phone (self, name, mbc_resource_get_phone (resource));
  show_email (self, name, mbc_resource_get_email (resource));
  show_website (self, name, mbc_resource_get_website (resource));

  sources = mbc_page_text_dup_source_names (MBC_CONTENT_ITEM (resource));
  /* Translators: %s is a list of organizations, such as
   * "Cleveland Clinic, Susan G. Komen".
   */
  sources_line = g_strdup_printf (_("Sources: %s"), sources);
  gtk_widget_set_visible (GTK_WIDGET (self->sources_label), TRUE);
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

/**
 * mbc_resource_row_mark:
 *
 * Marks the row for a moment, so that the eye finds it after the guide
 * has jumped to it. The mark goes when the row shows another resource.
 */
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
  GtkWidget *child;

  g_clear_handle_id (&self->mark_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
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

    case PROP_BRIEF:
      g_value_set_boolean (value, self->brief);
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

    case PROP_BRIEF:
      mbc_resource_row_set_brief (self, g_value_get_boolean (value));
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

  props[PROP_BRIEF] =
    g_param_spec_boolean ("brief", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_css_name (widget_class, "mbcresourcerow");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  /* The list around it is a list of list items; each row is the group of
   * one resource's lines and buttons, named by the resource, and takes
   * the focus itself before its buttons, as a list box's row does.
   */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mbc_resource_row_init (MbcResourceRow *self)
{
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (layout, 6);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  self->name_label = new_label ("heading");
  gtk_widget_set_parent (GTK_WIDGET (self->name_label), GTK_WIDGET (self));
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

/**
 * mbc_resource_row_set_resource:
 *
 * Shows @resource, or keeps what the row showed when it is %NULL: the
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
  /* The search names the row of the resource it opens. */
  if (resource != NULL)
    mbc_page_mark_set_key (GTK_WIDGET (self), "resource", mbc_resource_get_id (resource));
  show_resource (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_RESOURCE]);
}

gboolean
mbc_resource_row_get_brief (MbcResourceRow *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE_ROW (self), FALSE);

  return self->brief;
}

/**
 * mbc_resource_row_set_brief:
 * @brief: whether the row shows the resource's name alone
 *
 * GTK 4.8's list keeps some two hundred rows made and measured, most of
 * them far off screen: those show only the name, which is quick to lay
 * out, until the list comes near them.
 */
void
mbc_resource_row_set_brief (MbcResourceRow *self,
                            gboolean        brief)
{
  g_return_if_fail (MBC_IS_RESOURCE_ROW (self));

  brief = !!brief;
  if (self->brief == brief)
    return;

  self->brief = brief;
  show_resource (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_BRIEF]);
}
