/* mbc-bench-bare.c: the least a libadwaita app shows, a window with a
 * header bar, to compare the guide's start-up with
 *
 * It prints the time from its start to its first painted frame, and
 * quits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "mbc-bench-frame.h"

static void
first_frame_cb (GtkWindow *window,
                gint64     since_start_us,
                gpointer   user_data)
{
  mbc_bench_print_first_frame (window, since_start_us);
  g_application_quit (G_APPLICATION (user_data));
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  /* The guide's first size, so that both paint as much. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);

  mbc_bench_on_first_frame (GTK_WINDOW (window), first_frame_cb, app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  mbc_bench_since_start ();

  app = adw_application_new ("io.github.mbcguide.MbcGuide.Bare", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
