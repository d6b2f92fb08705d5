/* mbc-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-application.h"
#include "mbc-content.h"
#include "mbc-window.h"

struct _MbcApplication
{
  AdwApplication parent_instance;

  MbcContent    *content;
  GError        *content_error;
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

static const GActionEntry app_actions[] = {
  { "quit", quit_cb },
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

  /* The content is read once; a problem with it is shown in the window
   * rather than ending the app.
   */
  self->content = mbc_content_new_default (&self->content_error);
  if (self->content_error != NULL)
    g_warning ("Could not read the built-in content: %s", self->content_error->message);
}

static void
mbc_application_activate (GApplication *app)
{
  MbcApplication *self = MBC_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (mbc_window_new (GTK_APPLICATION (self), self->content, self->content_error));

  gtk_window_present (window);
}

static void
mbc_application_dispose (GObject *object)
{
  MbcApplication *self = MBC_APPLICATION (object);

  g_clear_object (&self->content);
  g_clear_error (&self->content_error);

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
