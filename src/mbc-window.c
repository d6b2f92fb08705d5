/* mbc-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-basics-view.h"
#include "mbc-map-view.h"
#include "mbc-questions-view.h"
#include "mbc-resources-view.h"
#include "mbc-sources-window.h"
#include "mbc-treatments-view.h"
#include "mbc-window.h"

struct _MbcWindow
{
  AdwApplicationWindow  parent_instance;

  MbcContent           *content;
  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  AdwViewSwitcherBar   *switcher_bar;
  AdwStatusPage        *error_page;
  GtkLabel             *safety_label;
  MbcMapView           *map_view;
  MbcBasicsView        *basics_view;
  MbcTreatmentsView    *treatments_view;
  MbcQuestionsView     *questions_view;
  MbcResourcesView     *resources_view;
};

G_DEFINE_FINAL_TYPE (MbcWindow, mbc_window, ADW_TYPE_APPLICATION_WINDOW)

/* AdwApplicationWindow already has a "content" property, for its child
 * widget, so what the window tells is called its "information".
 */
enum {
  PROP_0,
  PROP_CONTENT,
  PROP_VISIBLE_VIEW,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
update_safety_line (MbcWindow *self)
{
  g_autofree char *number = g_settings_get_string (self->settings, "emergency-number");
  g_autofree char *line = NULL;

  /* An empty number would leave the advice with no one to call. */
  g_strstrip (number);
  if (*number == '\0')
    {
      g_autoptr(GVariant) fallback = g_settings_get_default_value (self->settings,
                                                                  "emergency-number");

      g_free (number);
      number = g_variant_dup_string (fallback, NULL);
    }

  /* Translators: shown at the foot of every view; %s is the emergency
   * telephone number, such as 911 or 112.
   */
  line = g_strdup_printf (_("This is not a diagnosis. In an emergency, call %s."), number);
  gtk_label_set_label (self->safety_label, line);
}

static void
emergency_number_changed_cb (MbcWindow  *self,
                             const char *key,
                             GSettings  *settings)
{
  update_safety_line (self);
}

static void
visible_child_changed_cb (MbcWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_VISIBLE_VIEW]);
}

/* Where every fact comes from, and which parts of the guide use it. */
static void
sources_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);
  GtkWidget *window;

  if (self->content == NULL)
    return;

  window = mbc_sources_window_new (self->content);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);
  static const char *developers[] = { "MBC Guide contributors", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), GTK_WINDOW (self));
  adw_about_window_set_application_name (about, _("MBC Guide"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("MBC Guide contributors"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about,
                                 _("MBC Guide helps people living with metastatic (stage IV) breast "
                                   "cancer, and the people close to them, learn about the symptoms "
                                   "of spread, the treatments, the questions to ask, and where to "
                                   "find help.\n\n"
                                   "It is for education only. It does not give a diagnosis and does "
                                   "not replace your care team. In an emergency, call the "
                                   "emergency number.\n\n"
                                   "Every fact comes from the source documents listed under "
                                   "Legal, with the organization that wrote each one and when "
                                   "it was last reviewed. About This Information, in the main "
                                   "menu, shows which parts of the guide use each one."));

  /* Every fact in the app comes from these documents; each of them is
   * listed with the organization that wrote it and when it was reviewed.
   */
  if (self->content != NULL)
    {
      GListModel *sources = mbc_content_get_sources (self->content);

      for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
        {
          g_autoptr(MbcSource) source = g_list_model_get_item (sources, i);
          g_autofree char *reviewed = mbc_source_dup_review_text (source);
          /* The about window reads this text as markup. */
          g_autofree char *text = g_markup_printf_escaped ("“%s”\n%s\n%s",
                                                           mbc_source_get_title (source),
                                                           mbc_source_get_about (source),
                                                           reviewed);

          adw_about_window_add_legal_section (about,
                                              mbc_source_get_organization (source),
                                              NULL,
                                              GTK_LICENSE_CUSTOM,
                                              text);
        }
    }

  gtk_window_present (GTK_WINDOW (about));
}

static void
show_site_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);

  if (self->content == NULL)
    return;

  mbc_window_set_visible_view (self, "map");
  mbc_map_view_select_site (self->map_view, g_variant_get_string (parameter, NULL));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);

  if (self->content == NULL)
    return;

  mbc_window_set_visible_view (self, "resources");
  gtk_widget_activate_action (GTK_WIDGET (self->resources_view), "resources.search", NULL);
}

static gboolean
mbc_window_close_request (GtkWindow *window)
{
  MbcWindow *self = MBC_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  if (self->content != NULL)
    g_settings_set_string (self->settings, "last-view", mbc_window_get_visible_view (self));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (mbc_window_parent_class)->close_request (window);
}

static void
mbc_window_constructed (GObject *object)
{
  MbcWindow *self = MBC_WINDOW (object);
  g_autofree char *last_view = NULL;

  G_OBJECT_CLASS (mbc_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (self->content == NULL)
    {
      adw_status_page_set_description (self->error_page, _("No content was found."));
      gtk_widget_set_visible (GTK_WIDGET (self->stack), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->error_page), TRUE);
      return;
    }

  mbc_map_view_set_content (self->map_view, self->content);
  mbc_basics_view_set_content (self->basics_view, self->content);
  mbc_treatments_view_set_content (self->treatments_view, self->content);
  mbc_questions_view_set_content (self->questions_view, self->content);
  mbc_resources_view_set_content (self->resources_view, self->content);

  last_view = g_settings_get_string (self->settings, "last-view");
  mbc_window_set_visible_view (self, last_view);
}

static void
mbc_window_dispose (GObject *object)
{
  MbcWindow *self = MBC_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_WINDOW);

  g_clear_object (&self->content);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mbc_window_parent_class)->dispose (object);
}

static void
mbc_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MbcWindow *self = MBC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;

    case PROP_VISIBLE_VIEW:
      g_value_set_string (value, mbc_window_get_visible_view (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MbcWindow *self = MBC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      self->content = g_value_dup_object (value);
      break;

    case PROP_VISIBLE_VIEW:
      mbc_window_set_visible_view (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_window_class_init (MbcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const char *views[] = { "map", "basics", "treatments", "questions", "resources" };

  object_class->constructed = mbc_window_constructed;
  object_class->dispose = mbc_window_dispose;
  object_class->get_property = mbc_window_get_property;
  object_class->set_property = mbc_window_set_property;
  window_class->close_request = mbc_window_close_request;

  props[PROP_CONTENT] =
    g_param_spec_object ("information", NULL, NULL,
                         MBC_TYPE_CONTENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  props[PROP_VISIBLE_VIEW] =
    g_param_spec_string ("visible-view", NULL, NULL,
                         "map",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  g_type_ensure (MBC_TYPE_MAP_VIEW);
  g_type_ensure (MBC_TYPE_BASICS_VIEW);
  g_type_ensure (MBC_TYPE_TREATMENTS_VIEW);
  g_type_ensure (MBC_TYPE_QUESTIONS_VIEW);
  g_type_ensure (MBC_TYPE_RESOURCES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mbc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, safety_label);
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, basics_view);
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, treatments_view);
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, questions_view);
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, resources_view);

  gtk_widget_class_install_action (widget_class, "win.about", NULL, about_action);
  gtk_widget_class_install_action (widget_class, "win.sources", NULL, sources_action);
  gtk_widget_class_install_property_action (widget_class, "win.view", "visible-view");
  gtk_widget_class_install_action (widget_class, "win.show-site", "s", show_site_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.view", "s", views[i]);
}

static void
mbc_window_init (MbcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::emergency-number",
                           G_CALLBACK (emergency_number_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (visible_child_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_safety_line (self);

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/**
 * mbc_window_new:
 * @content: (nullable): what the window shows; %NULL with @content_error
 *   to show why there is nothing
 */
MbcWindow *
mbc_window_new (GtkApplication *application,
                MbcContent     *content,
                const GError   *content_error)
{
  MbcWindow *self;

  self = g_object_new (MBC_TYPE_WINDOW,
                       "application", application,
                       "information", content,
                       NULL);

  /* The error only matters when there is no content, and that is
   * decided in constructed(); keep it for the page that explains it.
   */
  if (content == NULL && content_error != NULL)
    adw_status_page_set_description (self->error_page, content_error->message);

  return self;
}

const char *
mbc_window_get_visible_view (MbcWindow *self)
{
  g_return_val_if_fail (MBC_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
mbc_window_set_visible_view (MbcWindow  *self,
                             const char *view)
{
  g_return_if_fail (MBC_IS_WINDOW (self));

  if (view == NULL || adw_view_stack_get_child_by_name (self->stack, view) == NULL)
    view = "map";

  adw_view_stack_set_visible_child_name (self->stack, view);
}

void
mbc_window_add_toast (MbcWindow  *self,
                      const char *title)
{
  g_return_if_fail (MBC_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}
