/* mbc-application.c: the guide as an application: decides once whether it is a
 * workstation, reads the content and the person's questions, and opens the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-application.h"
#include "mbc-content.h"
#include "mbc-diary.h"
#include "mbc-language.h"
#include "mbc-search-provider.h"
#include "mbc-window.h"
#include "mbc-workstation-lock.h"

struct _MbcApplication
{
  AdwApplication parent_instance;

  MbcContent    *content;
  GError        *content_error;
  GSettings     *settings;
  MbcMyQuestionList *questions;
  /* The person's diary; NULL at a workstation, which keeps none. */
  MbcDiary      *diary;
  /* Why the diary could not be opened as it was, to tell once it is. */
  GError        *diary_error;
  /* A hospital workstation: --kiosk, or the "kiosk-mode" setting. */
  gboolean       kiosk_option;
  gboolean       kiosk;
  /* Why the saved questions could not be read, to tell at first sight. */
  GError        *questions_error;
  /* At a workstation: GTK Inspector's keys taken in every window. */
  MbcWorkstationLock *lock;
  /* The answers to the desktop's search, on the application's bus. */
  MbcSearchProvider *search_provider;
};

G_DEFINE_FINAL_TYPE (MbcApplication, mbc_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_KIOSK,
  PROP_CONTENT,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing the windows first lets each one keep its size and view. */
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }

  g_application_quit (app);
}

/* Keeps what reading the content gave. A problem with it is shown in
 * the window rather than ending the app.
 */
static void
take_content (MbcApplication *self,
              MbcContent     *content,
              GError         *error)
{
  g_clear_object (&self->content);
  g_clear_error (&self->content_error);

  self->content = content;
  self->content_error = error;
  if (error != NULL)
    g_warning ("Could not read the built-in content: %s", error->message);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CONTENT]);
}

/* Reads the content, whose texts are translated as they are read. The
 * hospital's local content pack, if any, comes after the built-in
 * content; its problems go to the journal and never stop the guide.
 */
static void
load_content (MbcApplication *self)
{
  GError *error = NULL;
  MbcContent *content = mbc_content_new_default_with_local (&error, NULL);

  take_content (self, content, error);
}

/* The first reading of the content, on a thread of its own while the
 * toolkit starts: see mbc_application_startup().
 */
typedef struct
{
  MbcContent *content;
  GError     *error;
} ContentReading;

static gpointer
read_content_thread (gpointer data)
{
  ContentReading *reading = data;

  reading->content = mbc_content_new_default_with_local (&reading->error, NULL);

  return NULL;
}

/* Shows the guide in another language at once: the content is read
 * again, and every window puts in its views anew, where they were.
 */
static void
change_language_cb (GSimpleAction *action,
                    GVariant      *value,
                    gpointer       user_data)
{
  MbcApplication *self = user_data;
  const char *code = g_variant_get_string (value, NULL);

  if (g_strcmp0 (code, mbc_language_get_current ()) == 0 || !mbc_language_set (code))
    return;

  g_simple_action_set_state (action, value);
  /* A workstation keeps nothing of one person for the next. */
  if (!self->kiosk)
    g_settings_set_string (self->settings, "language", code);
  load_content (self);
  /* The diary names the guide's signs in the new language. */
  if (self->diary != NULL)
    mbc_diary_set_content (self->diary, self->content);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (MBC_IS_WINDOW (l->data))
      mbc_window_set_information (l->data, self->content, self->content_error);
}

static void
save_failed_cb (MbcApplication *self,
                GError         *error)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* The message says, in plain words, that the list stays open. */
  g_message ("Could not save the questions: %s", error->message);
  if (MBC_IS_WINDOW (window))
    mbc_window_add_toast (MBC_WINDOW (window), error->message);
}

/* The window tells the person (mbc_window_set_diary()); the journal
 * keeps it for whoever helps them.
 */
static void
diary_save_failed_cb (MbcApplication *self,
                      GError         *error)
{
  g_message ("Could not save the diary: %s", error->message);
}

/* The diary's file could not be used as it was (set aside, from a newer
 * guide, or no folder to keep it in): the person is told in plain words,
 * once, what happened and where the file is. The diary works anyway.
 */
static void
tell_diary_error (MbcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwMessageDialog *dialog;
  const char *heading;

  if (self->diary_error == NULL || window == NULL)
    return;

  if (g_error_matches (self->diary_error, MBC_DIARY_ERROR, MBC_DIARY_ERROR_NEWER))
    heading = _("Your Diary Can Only Be Read");
  else if (g_error_matches (self->diary_error, MBC_DIARY_ERROR, MBC_DIARY_ERROR_UNAVAILABLE))
    heading = _("Your Diary Cannot Be Kept");
  else
    heading = _("Your Diary Could Not Be Read");

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading, self->diary_error->message));
  adw_message_dialog_add_response (dialog, "close", _("_OK"));
  mbc_accessible_mend (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  g_clear_error (&self->diary_error);
}

static void
diary_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(MbcApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (mbc_diary_load_finish (MBC_DIARY (object), result, &error))
    return;

  g_message ("The diary: %s", error->message);
  g_clear_error (&self->diary_error);
  self->diary_error = g_steal_pointer (&error);
  tell_diary_error (self);
}

/* The saved list could not be read: it was kept aside, and the person
 * is told in plain words, once.
 */
static void
tell_questions_error (MbcApplication *self,
                      GtkWindow      *window)
{
  AdwMessageDialog *dialog;

  if (self->questions_error == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window,
                                                       _("Your Saved Questions Could Not Be Read"),
                                                       self->questions_error->message));
  adw_message_dialog_add_response (dialog, "close", _("_OK"));
  mbc_accessible_mend (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  g_clear_error (&self->questions_error);
}

/* The language chosen last time, or the system's; at a workstation, the
 * language set for each new person.
 */
static void
choose_start_language (MbcApplication *self)
{
  g_autofree char *language = g_settings_get_string (self->settings,
                                                     self->kiosk ? "default-language" : "language");

  if (*language == '\0' || !mbc_language_set (language))
    mbc_language_set (mbc_language_get_system ());
}

static void
show_language (MbcApplication *self)
{
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                         "language")),
                             g_variant_new_string (mbc_language_get_current ()));
}

static void
set_start_language (MbcApplication *self)
{
  choose_start_language (self);
  show_language (self);
}

/* Clears everything one person did at a workstation, for the next. */
static void
start_over_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  MbcApplication *self = user_data;

  if (!self->kiosk)
    return;

  set_start_language (self);
  load_content (self);
  g_clear_object (&self->questions);
  self->questions = mbc_my_question_list_new (NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (MBC_IS_WINDOW (l->data))
      mbc_window_start_over (l->data, self->content, self->content_error, self->questions);
}

#if !GTK_CHECK_VERSION (4, 9, 0)
/* Works around GTK 4.8 itself (gtk/gtkscrolledwindow.c, 4.8.3:
 * gtk_scrolled_window_realize() connects gtk_scrolled_window_update_use_
 * indicators() to the settings' notify::gtk-overlay-scrolling, and
 * gtk_scrolled_window_unrealize() disconnects another function). No
 * upstream issue for it could be found from here; the later versions'
 * unrealize disconnects what realize connected, and this code is not
 * built against them. The handler stays: a little memory for every
 * scroller that is ever shown (each site page has one, and a change of
 * language or Start Over makes them again), and, once the scroller is
 * freed, a handler that reads freed memory when the desktop's
 * overlay-scrollbars setting changes. This disconnects it when any
 * scroller is unrealized; GTK connects it again if the scroller is
 * realized again, and where GTK already disconnected it, nothing
 * matches.
 */
static gboolean
scroller_unrealized_cb (GSignalInvocationHint *hint,
                        guint                  n_values,
                        const GValue          *values,
                        gpointer               user_data)
{
  GObject *widget = g_value_get_object (&values[0]);

  if (GTK_IS_SCROLLED_WINDOW (widget))
    g_signal_handlers_disconnect_matched (gtk_widget_get_settings (GTK_WIDGET (widget)),
                                          G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DETAIL |
                                          G_SIGNAL_MATCH_DATA,
                                          g_signal_lookup ("notify", G_TYPE_OBJECT),
                                          g_quark_from_static_string ("gtk-overlay-scrolling"),
                                          NULL, NULL, widget);

  return TRUE;
}
#endif

static const GActionEntry app_actions[] = {
  { "quit", quit_cb },
  { "language", NULL, "s", "'en'", change_language_cb },
  { "start-over", start_over_cb },
};

static void
mbc_application_startup (GApplication *app)
{
  MbcApplication *self = MBC_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *help_overlay_accels[] = { "<Control>question", NULL };

  ContentReading reading = { NULL, };
  GThread *reader;

  self->settings = g_settings_new (APP_ID);
  /* Decided here and nowhere else; the windows are bound to it. */
  self->kiosk = self->kiosk_option || g_settings_get_boolean (self->settings, "kiosk-mode");

  /* A workstation writes nothing to disk, not even the graphics
   * driver's cache of compiled shaders, and GTK opens its Inspector as it
   * starts when GTK_DEBUG asks for it: both must be said before the
   * toolkit starts.
   */
  if (self->kiosk)
    {
      g_setenv ("MESA_SHADER_CACHE_DISABLE", "true", FALSE);
      g_setenv ("MESA_GLSL_CACHE_DISABLE", "true", FALSE);
      mbc_workstation_lock_refuse_inspector_environment ();
    }

  /* The content is read on a second core while libadwaita starts and
   * loads its style sheets, which takes longer. The language is chosen
   * first, since the content is translated as it is read, and GTK
   * opens the display first, since that changes the environment, which
   * the other thread reads (gettext, and where a local pack is).
   */
  choose_start_language (self);
  gtk_init ();
  reader = g_thread_new ("mbc-content", read_content_thread, &reading);

  G_APPLICATION_CLASS (mbc_application_parent_class)->startup (app);
  mbc_accessible_mend_gtk_dialogs ();

#if !GTK_CHECK_VERSION (4, 9, 0)
  /* The class makes its signals when it is first used. */
  g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
  g_signal_add_emission_hook (g_signal_lookup ("unrealize", GTK_TYPE_WIDGET), 0,
                              scroller_unrealized_cb, NULL, NULL);
#endif

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  /* GTK gives this to an application whose resources hold
   * gtk/help-overlay.ui; the window reads its own, later (mbc-window.c).
   */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_overlay_accels);

  if (self->kiosk)
    {
      /* Nothing quits or closes a workstation, and nothing it does is
       * remembered by the toolkit either.
       */
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app),
                                                                               "quit")),
                                   FALSE);
      g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
      /* Nor does any key or click open GTK's debugger over it. */
      self->lock = mbc_workstation_lock_new ();

      /* Text a quarter larger, for people reading a screen on a stand,
       * often without their glasses.
       */
      {
        int dpi = 0;

        g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
        if (dpi <= 0)
          dpi = 96 * 1024;
        g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", dpi * 5 / 4, NULL);
      }
    }
  else
    {
      gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
      gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
    }

  show_language (self);

  g_thread_join (reader);
  take_content (self, reading.content, reading.error);

  /* At a workstation the list lives in memory only: nothing on disk. */
  if (self->kiosk)
    self->questions = mbc_my_question_list_new (NULL);
  else
    {
      self->questions = mbc_my_question_list_new_default ();
      mbc_my_question_list_load (self->questions, &self->questions_error);
    }
  g_signal_connect_object (self->questions, "save-failed", G_CALLBACK (save_failed_cb), self,
                           G_CONNECT_SWAPPED);

  /* A workstation keeps no diary at all: no view, no file, no trace. At
   * home it is read on a worker thread, and shown when it is there.
   */
  if (!self->kiosk)
    {
      g_autoptr(GFile) file = mbc_diary_get_default_file ();

      self->diary = mbc_diary_new (file);
      mbc_diary_set_content (self->diary, self->content);
      g_signal_connect_object (self->diary, "save-failed", G_CALLBACK (diary_save_failed_cb),
                               self, G_CONNECT_SWAPPED);
      mbc_diary_load_async (self->diary, NULL, diary_loaded_cb, g_object_ref (self));
    }
}

static void
mbc_application_activate (GApplication *app)
{
  MbcApplication *self = MBC_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (mbc_window_new (GTK_APPLICATION (self), self->content, self->content_error));
      /* The person's own questions are the application's, shared by its
       * windows.
       */
      mbc_window_set_question_list (MBC_WINDOW (window), self->questions);
      mbc_window_set_diary (MBC_WINDOW (window), self->diary);
      g_object_bind_property (self, "kiosk", window, "kiosk", G_BINDING_SYNC_CREATE);
    }

  gtk_window_present (window);
  tell_questions_error (self, window);
  tell_diary_error (self);
}

static int
mbc_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  MbcApplication *self = MBC_APPLICATION (app);

  if (g_variant_dict_contains (options, "kiosk"))
    self->kiosk_option = TRUE;

  return -1;
}

/* Changes to the person's list that wait for their save, or are being
 * written, are on the disk before the guide ends: when the last window
 * is closed, at Quit, and when the session ends.
 */
static void
mbc_application_shutdown (GApplication *app)
{
  MbcApplication *self = MBC_APPLICATION (app);

  if (self->questions != NULL)
    mbc_my_question_list_flush (self->questions);
  if (self->diary != NULL)
    mbc_diary_flush (self->diary);

  G_APPLICATION_CLASS (mbc_application_parent_class)->shutdown (app);
}

/* The desktop's search finds the guide's content (never the person's
 * own questions or diary) under the application's own object path, as
 * the search provider's .ini file says. This runs before startup, also
 * when the guide is started only to answer (--gapplication-service).
 */
static gboolean
mbc_application_dbus_register (GApplication     *app,
                               GDBusConnection  *connection,
                               const char       *object_path,
                               GError          **error)
{
  MbcApplication *self = MBC_APPLICATION (app);
  g_autofree char *path = g_strconcat (object_path, "/SearchProvider", NULL);

  if (!G_APPLICATION_CLASS (mbc_application_parent_class)->dbus_register (app, connection,
                                                                         object_path, error))
    return FALSE;

  g_clear_object (&self->search_provider);
  self->search_provider = mbc_search_provider_new (GTK_APPLICATION (app));

  return mbc_search_provider_export (self->search_provider, connection, path, error);
}

static void
mbc_application_dbus_unregister (GApplication    *app,
                                 GDBusConnection *connection,
                                 const char      *object_path)
{
  MbcApplication *self = MBC_APPLICATION (app);

  if (self->search_provider != NULL)
    mbc_search_provider_unexport (self->search_provider);

  G_APPLICATION_CLASS (mbc_application_parent_class)->dbus_unregister (app, connection,
                                                                       object_path);
}

static void
mbc_application_dispose (GObject *object)
{
  MbcApplication *self = MBC_APPLICATION (object);

  g_clear_object (&self->content);
  g_clear_error (&self->content_error);
  g_clear_object (&self->settings);
  g_clear_object (&self->questions);
  g_clear_error (&self->questions_error);
  g_clear_object (&self->diary);
  g_clear_error (&self->diary_error);
  g_clear_pointer (&self->lock, mbc_workstation_lock_free);
  if (self->search_provider != NULL)
    mbc_search_provider_unexport (self->search_provider);
  g_clear_object (&self->search_provider);

  G_OBJECT_CLASS (mbc_application_parent_class)->dispose (object);
}

static void
mbc_application_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MbcApplication *self = MBC_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_KIOSK:
      g_value_set_boolean (value, self->kiosk);
      break;

    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_application_class_init (MbcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mbc_application_dispose;
  object_class->get_property = mbc_application_get_property;

  /**
   * MbcApplication:kiosk:
   *
   * Whether this is a hospital workstation: --kiosk, or the
   * "kiosk-mode" setting. Decided once, as the application starts, and
   * bound to each window's.
   */
  props[PROP_KIOSK] =
    g_param_spec_boolean ("kiosk", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MbcApplication:content:
   *
   * The guide's content, in the language it is shown in; replaced when
   * the language changes, and NULL when it could not be read.
   */
  props[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL,
                         MBC_TYPE_CONTENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);
  app_class->startup = mbc_application_startup;
  app_class->activate = mbc_application_activate;
  app_class->handle_local_options = mbc_application_handle_local_options;
  app_class->shutdown = mbc_application_shutdown;
  app_class->dbus_register = mbc_application_dbus_register;
  app_class->dbus_unregister = mbc_application_dbus_unregister;
}

static void
mbc_application_init (MbcApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "kiosk", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Run as a hospital workstation: full screen, nothing kept, "
                                   "and a fresh start for each person"),
                                 NULL);
}

MbcApplication *
mbc_application_new (void)
{
  return g_object_new (MBC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

MbcMyQuestionList *
mbc_application_get_question_list (MbcApplication *self)
{
  g_return_val_if_fail (MBC_IS_APPLICATION (self), NULL);

  return self->questions;
}

/* Whether this is a hospital workstation. */
gboolean
mbc_application_get_kiosk (MbcApplication *self)
{
  g_return_val_if_fail (MBC_IS_APPLICATION (self), FALSE);

  return self->kiosk;
}
