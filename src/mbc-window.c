/* mbc-window.c: the guide's window, which holds one guide and answers
 * for it
 *
 * The shell: the guide it shows (made anew at each change of language),
 * the toasts, the size it keeps. Its actions are in mbc-window-actions.c,
 * and the workstation half in workstation/mbc-window-kiosk.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-window-private.h"
#include "mbc-toast.h"

G_DEFINE_FINAL_TYPE (MbcWindow, mbc_window, ADW_TYPE_APPLICATION_WINDOW)

/* AdwApplicationWindow already has a "content" property, for its child
 * widget, so what the window tells is called its "information".
 */
enum {
  PROP_0,
  PROP_CONTENT,
  PROP_VISIBLE_VIEW,
  PROP_KIOSK,
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
 * it, and reading it is a noticeable part of the start.
 */
static void name_icon_buttons (GtkWidget  *root,
                               const char *fallback);

static void
load_help_overlay (MbcWindow *self)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_BASE "/ui/help-overlay.ui");

  g_clear_handle_id (&self->help_overlay_id, g_source_remove);

  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                           GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder,
                                                                                         "help_overlay")));
  name_icon_buttons (GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay")),
                     g_dgettext ("gtk40", "Search Shortcuts"));
  /* At a workstation its controls take a fingertip too (style.css). */
  if (self->kiosk)
    gtk_widget_add_css_class (GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay")),
                              "kiosk");
}

static gboolean
load_help_overlay_cb (gpointer data)
{
  MbcWindow *self = data;

  self->help_overlay_id = 0;
  load_help_overlay (self);

  return G_SOURCE_REMOVE;
}

/* The widget under @widget that activates @action_name, or NULL. */
static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action_name)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The old guide had the keyboard's focus, and went with it: the new
 * one takes it, on its language button when the focus was on the old
 * one's (the language was changed from there), or else on its first
 * control.
 */
static void
focus_new_guide (MbcWindow *self,
                 gboolean   on_language)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->pages);
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  GtkWidget *button;

  if (page == NULL || page != GTK_WIDGET (self->guide_view))
    return;

  button = on_language ? find_actionable (page, "app.language") : NULL;
  if (button != NULL && gtk_widget_grab_focus (button))
    return;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, page))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
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
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  gboolean focus_in_guide = FALSE;
  gboolean on_language = FALSE;
  GtkWidget *guide;

  if (self->guide_view != NULL && focus != NULL &&
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->guide_view)))
    {
      focus_in_guide = TRUE;
      on_language = GTK_IS_ACTIONABLE (focus) &&
                    g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)),
                               "app.language") == 0;
    }

  if (self->guide_view != NULL)
    {
      old_view = g_strdup (mbc_guide_view_get_visible_view (self->guide_view));
      old_site = g_strdup (mbc_guide_view_get_selected_site (self->guide_view));
      g_signal_handlers_disconnect_by_func (self->guide_view, visible_view_changed_cb, self);
    }

  g_set_object (&self->content, content);

  guide = mbc_guide_view_new (content, content_error);
  mbc_guide_view_set_question_list (MBC_GUIDE_VIEW (guide), self->questions);
  mbc_guide_view_set_diary (MBC_GUIDE_VIEW (guide), self->diary);
  if (old_site != NULL)
    mbc_guide_view_show_site (MBC_GUIDE_VIEW (guide), old_site);
  mbc_guide_view_set_visible_view (MBC_GUIDE_VIEW (guide), old_view != NULL ? old_view : view);
  g_signal_connect_object (guide, "notify::visible-view",
                           G_CALLBACK (visible_view_changed_cb), self,
                           G_CONNECT_SWAPPED);

  if (self->guide_view != NULL)
    adw_view_stack_remove (self->pages, GTK_WIDGET (self->guide_view));
  self->guide_view = MBC_GUIDE_VIEW (guide);
  g_object_bind_property (self, "kiosk", guide, "kiosk", G_BINDING_SYNC_CREATE);
  adw_view_stack_add_named (self->pages, guide, "guide");
  if (self->start_page == NULL ||
      adw_view_stack_get_visible_child (self->pages) != self->start_page)
    adw_view_stack_set_visible_child (self->pages, guide);
  gtk_window_set_title (GTK_WINDOW (self), _("MBC Guide"));

  if (with_help_overlay)
    load_help_overlay (self);

  if (focus_in_guide)
    focus_new_guide (self, on_language);

  visible_view_changed_cb (self);
}

void
_mbc_window_show_guide (MbcWindow    *self,
                        MbcContent   *content,
                        const GError *content_error,
                        const char   *view)
{
  show_guide_full (self, content, content_error, view, TRUE);
}

/* Takes the guide away, so that the next one starts with nothing of it:
 * no view, site, search or scroll.
 */
void
_mbc_window_forget_guide (MbcWindow *self)
{
  if (self->guide_view == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->guide_view, visible_view_changed_cb, self);
  adw_view_stack_remove (self->pages, GTK_WIDGET (self->guide_view));
  self->guide_view = NULL;
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
  g_clear_object (&self->diary);

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

    case PROP_KIOSK:
      g_value_set_boolean (value, self->kiosk);
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

    case PROP_KIOSK:
      mbc_window_set_kiosk (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* GTK's cairo renderer, which draws on the processor where there is no
 * GL, blurs a card's soft shadow again for each side on every frame that
 * paints near it: with the guide's lists, a good part of a site
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

  /**
   * MbcWindow:kiosk:
   *
   * Whether the window is a hospital workstation's. The application
   * decides it once and binds it here; the window hands it down to the
   * guide the same way. It can only become TRUE.
   */
  props[PROP_KIOSK] =
    g_param_spec_boolean ("kiosk", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mbc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MbcWindow, toast_overlay);

  _mbc_window_class_actions_init (klass);
  _mbc_window_class_kiosk_init (klass);
}

/* GTK 4.8 shows where the focus is once a key has moved it (Tab, the
 * arrows), not after a key that acts where the focus is: Enter on the
 * start page's language, or on Start Over, would leave the focus that
 * the guide then puts on its first control unseen. Any key other than
 * a modifier tells that a keyboard is in use.
 */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MbcWindow             *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));

  if (event != NULL && !gdk_key_event_is_modifier (event))
    gtk_window_set_focus_visible (GTK_WINDOW (self), TRUE);

  return GDK_EVENT_PROPAGATE;
}

/* Names the icon buttons that GTK and libadwaita make with no name (a
 * toast's close button, the shortcuts window's search button) by their
 * tooltip, or else @fallback: GTK 4.8 reads a tooltip as a description,
 * never as a name. The words are GTK's own, in its own catalogue.
 */
static void
name_icon_buttons (GtkWidget  *root,
                   const char *fallback)
{
  if (GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) == NULL
      && gtk_button_get_child (GTK_BUTTON (root)) != NULL
      && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (root))))
    gtk_accessible_update_property (GTK_ACCESSIBLE (root),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_widget_get_tooltip_text (root) != NULL
                                    ? gtk_widget_get_tooltip_text (root) : fallback,
                                    -1);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_icon_buttons (child, fallback);
}

static void
toast_children_changed_cb (GListModel *children,
                           guint       position,
                           guint       removed,
                           guint       added,
                           gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) child = g_list_model_get_item (children, i);

      mbc_accessible_name_mnemonics (child);
      if (ADW_IS_TOAST_OVERLAY (gtk_widget_get_parent (child))
          && child != adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (gtk_widget_get_parent (child))))
        name_icon_buttons (child, g_dgettext ("gtk40", "Close"));
    }
}

static void
mbc_window_init (MbcWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  /* Until the application gives it the person's diary, if any. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.diary-record", FALSE);

  self->settings = g_settings_new (APP_ID);

  /* Not a GtkStack: GTK 4.8's stack measures the width its page needs
   * for the height it is given each time it lays the page out, and for
   * the guide, with its wrapping lines, that is a search over many
   * widths. An AdwViewStack gives its page its size as it is.
   */
  self->pages = ADW_VIEW_STACK (adw_view_stack_new ());
  adw_toast_overlay_set_child (self->toast_overlay, GTK_WIDGET (self->pages));
  /* libadwaita makes a toast's button with a mnemonic, which GTK 4.8
   * names twice on the accessibility bus ("_Undo Undo"); each toast is
   * named once as it comes in. The overlay has few children: watching
   * them costs nothing.
   */
  {
    GListModel *children = gtk_widget_observe_children (GTK_WIDGET (self->toast_overlay));

    g_signal_connect (children, "items-changed", G_CALLBACK (toast_children_changed_cb), NULL);
    g_object_set_data_full (G_OBJECT (self), "mbc-toast-overlay-children", children,
                            g_object_unref);
  }

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
    _mbc_window_show_guide (self, NULL, content_error, NULL);

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

  _mbc_window_show_guide (self, content, content_error, NULL);
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

  adw_toast_overlay_add_toast (self->toast_overlay, mbc_toast_new (title));
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

static void
diary_save_failed_cb (MbcWindow *self,
                      GError    *error)
{
  mbc_window_add_toast (self, error->message);
}

/* Shows @diary as the person's diary from now on, or none (NULL): a
 * workstation keeps no diary.
 */
void
mbc_window_set_diary (MbcWindow *self,
                      MbcDiary  *diary)
{
  g_return_if_fail (MBC_IS_WINDOW (self));
  g_return_if_fail (diary == NULL || MBC_IS_DIARY (diary));

  if (self->diary == diary)
    return;

  if (self->diary != NULL)
    g_signal_handlers_disconnect_by_data (self->diary, self);
  g_set_object (&self->diary, diary);

  /* A change that could not be written is told where the person is,
   * whichever view is open.
   */
  if (diary != NULL)
    g_signal_connect_object (diary, "save-failed", G_CALLBACK (diary_save_failed_cb), self,
                             G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.diary-record", diary != NULL);
  mbc_guide_view_set_diary (self->guide_view, diary);
}

MbcDiary *
mbc_window_get_diary (MbcWindow *self)
{
  g_return_val_if_fail (MBC_IS_WINDOW (self), NULL);

  return self->diary;
}

/**
 * mbc_window_set_kiosk:
 *
 * Makes the window a hospital workstation's (see MbcWindow:kiosk).
 */
void
mbc_window_set_kiosk (MbcWindow *self,
                      gboolean   kiosk)
{
  g_return_if_fail (MBC_IS_WINDOW (self));
  g_return_if_fail (!self->kiosk || kiosk);

  if (!kiosk || self->kiosk)
    return;

  _mbc_window_become_kiosk (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_KIOSK]);
}

gboolean
mbc_window_get_kiosk (MbcWindow *self)
{
  g_return_val_if_fail (MBC_IS_WINDOW (self), FALSE);

  return self->kiosk;
}
