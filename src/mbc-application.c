/* mbc-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-application.h"
#include "mbc-content.h"
#include "mbc-language.h"
#include "mbc-window.h"

struct _MbcApplication
{
  AdwApplication parent_instance;

  MbcContent    *content;
  GError        *content_error;
  GSettings     *settings;
  MbcQuestionList *questions;
  /* Why the saved questions could not be read, to tell at first sight. */
  GError        *questions_error;
};

G_DEFINE_FINAL_TYPE (MbcApplication, mbc_application, ADW_TYPE_APPLICATION)

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

/* Reads the content, whose texts are translated as they are read. A
 * problem with it is shown in the window rather than ending the app.
 */
static void
load_content (MbcApplication *self)
{
  g_clear_object (&self->content);
  g_clear_error (&self->content_error);

  self->content = mbc_content_new_default (&self->content_error);
  if (self->content_error != NULL)
    g_warning ("Could not read the built-in content: %s", self->content_error->message);
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
  g_settings_set_string (self->settings, "language", code);
  load_content (self);

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
  gtk_window_present (GTK_WINDOW (dialog));
  g_clear_error (&self->questions_error);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_cb },
  { "language", NULL, "s", "'en'", change_language_cb },
};

static void
mbc_application_startup (GApplication *app)
{
  MbcApplication *self = MBC_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (mbc_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);

  /* The language chosen last time, or the system's. */
  self->settings = g_settings_new (APP_ID);
  {
    g_autofree char *chosen = g_settings_get_string (self->settings, "language");

    if (*chosen == '\0' || !mbc_language_set (chosen))
      mbc_language_set (mbc_language_get_system ());
    g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app),
                                                                           "language")),
                               g_variant_new_string (mbc_language_get_current ()));
  }

  load_content (self);

  self->questions = mbc_question_list_new_default ();
  mbc_question_list_load (self->questions, &self->questions_error);
  g_signal_connect_object (self->questions, "save-failed", G_CALLBACK (save_failed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
mbc_application_activate (GApplication *app)
{
  MbcApplication *self = MBC_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (mbc_window_new (GTK_APPLICATION (self), self->content, self->content_error));

  gtk_window_present (window);
  tell_questions_error (self, window);
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

  G_OBJECT_CLASS (mbc_application_parent_class)->dispose (object);
}

static void
mbc_application_class_init (MbcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mbc_application_dispose;
  app_class->startup = mbc_application_startup;
  app_class->activate = mbc_application_activate;
}

static void
mbc_application_init (MbcApplication *self)
{
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

MbcQuestionList *
mbc_application_get_question_list (MbcApplication *self)
{
  g_return_val_if_fail (MBC_IS_APPLICATION (self), NULL);

  return self->questions;
}
