/* mbc-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-application.h"
#include "mbc-guide-view.h"
#include "mbc-idle-guard.h"
#include "mbc-language.h"
#include "mbc-question.h"
#include "mbc-sources-window.h"
#include "mbc-window.h"

struct _MbcWindow
{
  AdwApplicationWindow  parent_instance;

  MbcContent           *content;
  GSettings            *settings;
  MbcMyQuestionList      *questions;

  AdwToastOverlay      *toast_overlay;
  MbcGuideView         *guide_view;

  /* Hospital workstation mode: a start page before the guide, and a
   * guard that starts over when no one is there.
   */
  gboolean              kiosk;
  AdwViewStack         *pages;
  GtkWidget            *start_page;
  MbcIdleGuard         *idle_guard;

  /* Reads the shortcuts window once the first frame is painted. */
  guint                 help_overlay_id;
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
visible_view_changed_cb (MbcWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_VISIBLE_VIEW]);
}

/* The keyboard shortcuts window, read from its template in the language
 * of the moment. It is not where GtkApplication would read it at every
 * window's start (gtk/help-overlay.ui): the first frame does not need
 * it, and reading it takes as long as a twentieth of the start.
 */
static void
load_help_overlay (MbcWindow *self)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_BASE "/ui/help-overlay.ui");

  g_clear_handle_id (&self->help_overlay_id, g_source_remove);

  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                           GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder,
                                                                                         "help_overlay")));
}

static gboolean
load_help_overlay_cb (gpointer data)
{
  MbcWindow *self = data;

  self->help_overlay_id = 0;
  load_help_overlay (self);

  return G_SOURCE_REMOVE;
}

/* Puts in a new guide for @content, on the view and the site that the
 * old one showed, or on @view when there was none. The shortcuts window
 * is read anew with it, unless @with_help_overlay is FALSE.
 */
static void
show_guide_full (MbcWindow    *self,
                 MbcContent   *content,
                 const GError *content_error,
                 const char   *view,
                 gboolean      with_help_overlay)
{
  g_autofree char *old_view = NULL;
  g_autofree char *old_site = NULL;
  GtkWidget *guide;

  if (self->guide_view != NULL)
    {
      old_view = g_strdup (mbc_guide_view_get_visible_view (self->guide_view));
      old_site = g_strdup (mbc_guide_view_get_selected_site (self->guide_view));
      g_signal_handlers_disconnect_by_func (self->guide_view, visible_view_changed_cb, self);
    }

  g_set_object (&self->content, content);

  guide = mbc_guide_view_new (content, content_error);
  mbc_guide_view_set_question_list (MBC_GUIDE_VIEW (guide), self->questions);
  if (old_site != NULL)
    mbc_guide_view_show_site (MBC_GUIDE_VIEW (guide), old_site);
  mbc_guide_view_set_visible_view (MBC_GUIDE_VIEW (guide), old_view != NULL ? old_view : view);
  g_signal_connect_object (guide, "notify::visible-view",
                           G_CALLBACK (visible_view_changed_cb), self,
                           G_CONNECT_SWAPPED);

  if (self->guide_view != NULL)
    adw_view_stack_remove (self->pages, GTK_WIDGET (self->guide_view));
  self->guide_view = MBC_GUIDE_VIEW (guide);
  mbc_guide_view_set_kiosk (self->guide_view, self->kiosk);
  adw_view_stack_add_named (self->pages, guide, "guide");
  if (self->start_page == NULL ||
      adw_view_stack_get_visible_child (self->pages) != self->start_page)
    adw_view_stack_set_visible_child (self->pages, guide);
  gtk_window_set_title (GTK_WINDOW (self), _("MBC Guide"));

  if (with_help_overlay)
    load_help_overlay (self);

  visible_view_changed_cb (self);
}

static void
show_guide (MbcWindow    *self,
            MbcContent   *content,
            const GError *content_error,
            const char   *view)
{
  show_guide_full (self, content, content_error, view, TRUE);
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

  mbc_guide_view_show_site (self->guide_view, g_variant_get_string (parameter, NULL));
}

/* Adds the suggested questions about a site or a treatment to the
 * person's own list, and says how many were new.
 */
static void
add_questions_about_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *title = NULL;
  MbcContentItem *item = NULL;
  const char *kind;
  const char *id;
  AdwToast *toast;
  guint added = 0;

  g_variant_get (parameter, "(&s&s)", &kind, &id);
  if (self->content == NULL)
    return;

  if (g_str_equal (kind, "site"))
    item = MBC_CONTENT_ITEM (mbc_content_find_site (self->content, id));
  else if (g_str_equal (kind, "treatment"))
    item = mbc_content_find_item (self->content, mbc_content_get_treatments (self->content), id);
  if (item == NULL)
    return;

  questions = mbc_content_dup_questions_about (self->content, item);
  for (guint i = 0; i < questions->len; i++)
    {
      MbcQuestion *question = g_ptr_array_index (questions, i);
      g_autoptr(MbcMyQuestion) mine = NULL;

      if (mbc_my_question_list_has_suggestion (self->questions, mbc_question_get_id (question)))
        continue;

      mine = mbc_my_question_new (mbc_question_get_text (question), mbc_question_get_id (question));
      mbc_my_question_list_append (self->questions, mine);
      added++;
    }

  if (added == 0)
    title = g_strdup (_("These questions are on your list already"));
  else
    /* Translators: %u is how many questions were added. */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u question added to My Questions",
                                          "%u questions added to My Questions", added),
                             added);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_detailed_action_name (toast, "win.view::questions");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* From the start page: the guide in the language the person chose. */
static void
begin_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);

  gtk_widget_activate_action (widget, "app.language", "s", g_variant_get_string (parameter, NULL));
  if (self->guide_view != NULL)
    adw_view_stack_set_visible_child (self->pages, GTK_WIDGET (self->guide_view));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MbcWindow *self = MBC_WINDOW (widget);

  mbc_guide_view_search_resources (self->guide_view);
}

static gboolean
mbc_window_close_request (GtkWindow *window)
{
  MbcWindow *self = MBC_WINDOW (window);
  int width, height;

  /* A workstation's window stays: nothing closes it but IT. */
  if (self->kiosk)
    return TRUE;

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
  g_autofree char *last_view = g_settings_get_string (self->settings, "last-view");

  G_OBJECT_CLASS (mbc_window_parent_class)->constructed (object);

  /* Until it is given the application's list (in mbc_window_new(), as
   * the application is not yet known here), the window keeps one in
   * memory, as a window of its own in a test does.
   */
  self->questions = mbc_my_question_list_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The shortcuts window is read just after the first frame. */
  show_guide_full (self, self->content, NULL, last_view, FALSE);
  self->help_overlay_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 1, load_help_overlay_cb, self, NULL);
}

static void
mbc_window_dispose (GObject *object)
{
  MbcWindow *self = MBC_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_WINDOW);

  g_clear_handle_id (&self->help_overlay_id, g_source_remove);
  g_clear_pointer (&self->idle_guard, mbc_idle_guard_free);
  g_clear_object (&self->content);
  g_clear_object (&self->settings);
  g_clear_object (&self->questions);

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

/* GTK's cairo renderer, which draws on the processor where there is no
 * GL, blurs a card's soft shadow again for each side on every frame that
 * paints near it: with the guide's lists, about a tenth of a site
 * change. Where it draws, the window says so and the cards have only
 * their outline (style.css, "cairo-drawn").
 */
static void
mbc_window_realize (GtkWidget *widget)
{
  GskRenderer *renderer;

  GTK_WIDGET_CLASS (mbc_window_parent_class)->realize (widget);

  renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  if (renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer))
    gtk_widget_add_css_class (widget, "cairo-drawn");
  else
    gtk_widget_remove_css_class (widget, "cairo-drawn");
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
  widget_class->realize = mbc_window_realize;

  props[PROP_CONTENT] =
    g_param_spec_object ("information", NULL, NULL,
                         MBC_TYPE_CONTENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  props[PROP_VISIBLE_VIEW] =
    g_param_spec_string ("visible-view", NULL, NULL,
                         "map",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mbc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, toast_overlay);

  gtk_widget_class_install_action (widget_class, "win.about", NULL, about_action);
  gtk_widget_class_install_action (widget_class, "win.sources", NULL, sources_action);
  gtk_widget_class_install_property_action (widget_class, "win.view", "visible-view");
  gtk_widget_class_install_action (widget_class, "win.show-site", "s", show_site_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.begin", "s", begin_action);
  gtk_widget_class_install_action (widget_class, "win.add-questions-about", "(ss)",
                                   add_questions_about_action);
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

  /* Not a GtkStack: GTK 4.8's stack measures the width its page needs
   * for the height it is given each time it lays the page out, and for
   * the guide, with its wrapping lines, that is a search over many
   * widths. An AdwViewStack gives its page its size as it is.
   */
  self->pages = ADW_VIEW_STACK (adw_view_stack_new ());
  adw_toast_overlay_set_child (self->toast_overlay, GTK_WIDGET (self->pages));

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

  /* The error only matters when there is no content: show it. */
  if (content == NULL && content_error != NULL)
    show_guide (self, NULL, content_error, NULL);

  /* The person's own questions are the application's, shared by its
   * windows.
   */
  if (MBC_IS_APPLICATION (application))
    mbc_window_set_question_list (self,
                                  mbc_application_get_question_list (MBC_APPLICATION (application)));

  return self;
}

/**
 * mbc_window_set_information:
 * @content: (nullable): what the window shows from now on
 *
 * Shows @content, read anew in another language, on the same view and
 * site, with every word of the window in the language of the moment.
 */
void
mbc_window_set_information (MbcWindow    *self,
                            MbcContent   *content,
                            const GError *content_error)
{
  g_return_if_fail (MBC_IS_WINDOW (self));
  g_return_if_fail (content == NULL || MBC_IS_CONTENT (content));

  show_guide (self, content, content_error, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CONTENT]);
}

const char *
mbc_window_get_visible_view (MbcWindow *self)
{
  g_return_val_if_fail (MBC_IS_WINDOW (self), NULL);

  return mbc_guide_view_get_visible_view (self->guide_view);
}

void
mbc_window_set_visible_view (MbcWindow  *self,
                             const char *view)
{
  g_return_if_fail (MBC_IS_WINDOW (self));

  mbc_guide_view_set_visible_view (self->guide_view, view);
}

void
mbc_window_add_toast (MbcWindow  *self,
                      const char *title)
{
  g_return_if_fail (MBC_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

void
mbc_window_show_toast (MbcWindow *self,
                       AdwToast  *toast)
{
  g_return_if_fail (MBC_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The person's own list of questions that the window shows. */
MbcMyQuestionList *
mbc_window_get_question_list (MbcWindow *self)
{
  g_return_val_if_fail (MBC_IS_WINDOW (self), NULL);

  return self->questions;
}

/* Shows @list as the person's own questions, from now on. */
void
mbc_window_set_question_list (MbcWindow       *self,
                              MbcMyQuestionList *list)
{
  g_return_if_fail (MBC_IS_WINDOW (self));
  g_return_if_fail (MBC_IS_MY_QUESTION_LIST (list));

  if (!g_set_object (&self->questions, list))
    return;

  mbc_guide_view_set_question_list (self->guide_view, list);
}

/* The first page a person meets at a workstation: the guide's name and
 * a large choice of language, each in its own words.
 */
static GtkWidget *
new_start_page (void)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  const char * const *languages = mbc_language_list ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), APP_ID);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("MBC Guide"));
  /* Both languages at once: the person has not chosen yet. */
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   "Information about metastatic breast cancer.\n"
                                   "Información sobre el cáncer de mama metastásico.");

  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (mbc_language_get_name (languages[i]));

      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_add_css_class (button, "start-language");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", languages[i]);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.begin");
      gtk_box_append (GTK_BOX (buttons), button);
    }
  adw_status_page_set_child (ADW_STATUS_PAGE (page), buttons);

  return page;
}

static void
start_over_cb (gpointer data)
{
  gtk_widget_activate_action (GTK_WIDGET (data), "app.start-over", NULL);
}

/**
 * mbc_window_set_kiosk:
 *
 * Makes the window a hospital workstation's: full screen, impossible to
 * close, with a start page, larger controls, and a guard that starts
 * over when no one is there.
 */
void
mbc_window_set_kiosk (MbcWindow *self,
                      gboolean   kiosk)
{
  g_return_if_fail (MBC_IS_WINDOW (self));
  g_return_if_fail (!self->kiosk || kiosk);

  if (!kiosk || self->kiosk)
    return;

  self->kiosk = TRUE;
  gtk_widget_add_css_class (GTK_WIDGET (self), "kiosk");
  /* The About window links to the licence on the web. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.about", FALSE);
  gtk_window_set_deletable (GTK_WINDOW (self), FALSE);
  gtk_window_fullscreen (GTK_WINDOW (self));

  self->start_page = new_start_page ();
  adw_view_stack_add_named (self->pages, self->start_page, "start");
  adw_view_stack_set_visible_child (self->pages, self->start_page);
  if (self->guide_view != NULL)
    mbc_guide_view_set_kiosk (self->guide_view, TRUE);

  self->idle_guard = mbc_idle_guard_new (GTK_WINDOW (self), self->settings, start_over_cb, self);
}

gboolean
mbc_window_get_kiosk (MbcWindow *self)
{
  g_return_val_if_fail (MBC_IS_WINDOW (self), FALSE);

  return self->kiosk;
}

/**
 * mbc_window_start_over:
 *
 * Clears everything a person did, for the next one: the dialogs and
 * windows they opened, the clipboard, their questions, the view, the
 * site, the search and every scroll position (the guide is made anew),
 * and shows the start page.
 */
void
mbc_window_start_over (MbcWindow       *self,
                       MbcContent      *content,
                       const GError    *content_error,
                       MbcMyQuestionList *list)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (MBC_IS_WINDOW (self));

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        g_ptr_array_add (others, g_steal_pointer (&window));
    }
  for (guint i = 0; i < others->len; i++)
    gtk_window_destroy (g_ptr_array_index (others, i));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), "");

  g_set_object (&self->questions, list);

  /* A guide made anew keeps nothing: no view, site, search or scroll. */
  if (self->guide_view != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->guide_view, visible_view_changed_cb, self);
      adw_view_stack_remove (self->pages, GTK_WIDGET (self->guide_view));
      self->guide_view = NULL;
    }
  if (self->start_page != NULL)
    adw_view_stack_set_visible_child (self->pages, self->start_page);
  show_guide (self, content, content_error, "map");

  if (self->idle_guard != NULL)
    mbc_idle_guard_reset (self->idle_guard);
}
