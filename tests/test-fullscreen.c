/* test-fullscreen.c: a workstation's window fills the screen
 *
 * Run inside a headless mutter (tests/run-under-mutter.sh) with a
 * 1280×800 virtual monitor: only a real window manager makes a window
 * full screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-application.h"
#include "mbc-test-util.h"

static MbcApplication *app;
static int status;

static void
test_fullscreen (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_nonnull (window);
  for (guint i = 0; i < 500 && !gtk_window_is_fullscreen (window); i++)
    mbc_test_iterate (10);
  mbc_test_iterate (200);

  g_test_message ("the window is %d×%d", gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_true (gtk_window_is_fullscreen (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 1280);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, 800);
}

static void
activate_cb (GApplication *application)
{
  status = g_test_run ();
  gtk_window_destroy (gtk_application_get_active_window (GTK_APPLICATION (application)));
  g_application_quit (application);
}

int
main (int   argc,
      char *argv[])
{
  char *args[] = { argv[0], (char *) "--kiosk", NULL };

  mbc_test_init (&argc, &argv);
  g_test_add_func ("/mbc/fullscreen/kiosk", test_fullscreen);

  app = mbc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), NULL);
  g_application_run (G_APPLICATION (app), 2, args);
  g_assert_finalize_object (app);

  return status;
}
