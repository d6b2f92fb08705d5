/* mbc-bench-bare.c: the least a libadwaita app shows, a window with a
 * header bar, to compare the guide with
 *
 *   mbc-bench-bare             prints the time from its start to its first
 *                              painted frame, and quits
 *   mbc-bench-bare frames N    changes its title N times, each to its frame,
 *                              and prints how long those took: the least a
 *                              frame costs, to compare a site change with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <stdio.h>

#include "mbc-bench-frame.h"

typedef struct
{
  GtkApplication *app;
  GtkWindow      *window;     /* the window, once it has painted */
  guint           frames;     /* title changes to time; 0 for start-up */
  MbcBenchPaints  paints;
} Bare;

/* A change of the title: the header bar lays out and paints its title
 * again, a small part of the window.
 */
static void
time_frames (Bare      *bare,
             GtkWindow *window)
{
  g_autofree gint64 *times = g_new (gint64, bare->frames);
  guint measured = 0;
  guint missed = 0;

  mbc_bench_paints_watch (&bare->paints, window);
  /* The first frames after the first, as the window settles. */
  mbc_bench_iterate_for (300);

  for (guint i = 0; i < bare->frames; i++)
    {
      guint before;
      gint64 start;

      mbc_bench_wait_until_idle (&bare->paints);
      before = bare->paints.count;
      start = g_get_monotonic_time ();
      gtk_window_set_title (window, i % 2 == 0 ? "Bare window" : "Bare");
      if (mbc_bench_wait_for_paint (&bare->paints, before))
        times[measured++] = bare->paints.last - start;
      else
        missed++;
    }

  printf ("bare-frames %u\n", measured);
  printf ("bare-frame-missed %u\n", missed);
  mbc_bench_print_times ("bare-frame", times, measured);
  fflush (stdout);
}

static gboolean
time_frames_cb (gpointer data)
{
  Bare *bare = data;

  time_frames (bare, bare->window);
  g_application_quit (G_APPLICATION (bare->app));

  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GtkWindow *window,
                gint64     since_start_us,
                gpointer   user_data)
{
  Bare *bare = user_data;

  if (bare->frames == 0)
    {
      mbc_bench_print_first_frame (window, since_start_us);
      g_application_quit (G_APPLICATION (bare->app));
      return;
    }

  /* Not from within the frame: the timing waits for frames. */
  bare->window = window;
  g_idle_add (time_frames_cb, bare);
}

static void
activate_cb (GtkApplication *app,
             Bare           *bare)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  /* The guide's first size, so that both paint as much. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);

  mbc_bench_on_first_frame (GTK_WINDOW (window), first_frame_cb, bare);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  Bare bare = { NULL, };
  guint64 frames = 0;

  mbc_bench_since_start ();

  if (argc == 3 && g_str_equal (argv[1], "frames") &&
      g_ascii_string_to_unsigned (argv[2], 10, 1, G_MAXUINT, &frames, NULL))
    bare.frames = frames;
  else if (argc != 1)
    {
      g_printerr ("usage: mbc-bench-bare [frames N]\n");
      return 2;
    }

  app = adw_application_new ("io.github.mbcguide.MbcGuide.Bare", G_APPLICATION_DEFAULT_FLAGS);
  bare.app = GTK_APPLICATION (app);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bare);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
