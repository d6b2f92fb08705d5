/* mbc-bench-frame.c: the time from the start of the process to the first
 * frame a window paints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "mbc-bench-frame.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct
{
  MbcBenchFrameFunc func;
  gpointer          user_data;
  gulong            handler;
} FirstFrame;

/* When the process started, in the clock of g_get_monotonic_time(): the
 * benchmark passes the moment just before it started the process, so
 * that loading the libraries and starting the toolkit count. Run by
 * hand, the kernel's start time of the process serves, to a hundredth
 * of a second.
 */
static gint64
start_time (void)
{
  static gint64 start = -1;
  const char *given = g_getenv ("MBC_BENCH_T0");

  if (start >= 0)
    return start;

  if (given != NULL && *given != '\0')
    start = g_ascii_strtoll (given, NULL, 10);
  else
    {
      g_autofree char *stat = NULL;
      const char *field;
      struct timespec boot, mono;
      guint64 ticks = 0;

      /* Field 22, after the command name in parentheses, which may
       * itself hold spaces.
       */
      if (g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) &&
          (field = strrchr (stat, ')')) != NULL)
        {
          g_auto(GStrv) fields = g_strsplit (field + 2, " ", -1);

          if (g_strv_length (fields) > 19)
            ticks = g_ascii_strtoull (fields[19], NULL, 10);
        }

      clock_gettime (CLOCK_BOOTTIME, &boot);
      clock_gettime (CLOCK_MONOTONIC, &mono);
      /* The start, in seconds since boot, moved to the monotonic clock. */
      start = (gint64) ticks * G_USEC_PER_SEC / sysconf (_SC_CLK_TCK)
              - ((gint64) boot.tv_sec * G_USEC_PER_SEC + boot.tv_nsec / 1000)
              + ((gint64) mono.tv_sec * G_USEC_PER_SEC + mono.tv_nsec / 1000);
    }

  return start;
}

/* Microseconds since the process started. */
gint64
mbc_bench_since_start (void)
{
  return g_get_monotonic_time () - start_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  FirstFrame *first = g_object_get_data (G_OBJECT (window), "mbc-bench-first-frame");
  gint64 since_start = mbc_bench_since_start ();

  g_signal_handler_disconnect (clock, first->handler);
  first->func (window, since_start, first->user_data);
}

static void
realize_cb (GtkWindow *window)
{
  FirstFrame *first = g_object_get_data (G_OBJECT (window), "mbc-bench-first-frame");
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_handlers_disconnect_by_func (window, realize_cb, NULL);
  first->handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), window);
}

/**
 * mbc_bench_on_first_frame:
 *
 * Calls @func once, when @window has painted its first frame: at the
 * end of the first "after-paint" of its frame clock. Call it before the
 * window is shown.
 */
void
mbc_bench_on_first_frame (GtkWindow         *window,
                          MbcBenchFrameFunc  func,
                          gpointer           user_data)
{
  FirstFrame *first = g_new0 (FirstFrame, 1);

  /* Read now, before the process has been running long. */
  start_time ();

  first->func = func;
  first->user_data = user_data;
  g_object_set_data_full (G_OBJECT (window), "mbc-bench-first-frame", first, g_free);
  g_signal_connect_after (window, "realize", G_CALLBACK (realize_cb), NULL);
}

/* What the benchmark reads back from a start-up run. */
void
mbc_bench_print_first_frame (GtkWindow *window,
                             gint64     since_start_us)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  printf ("first-frame-us %" G_GINT64_FORMAT "\n", since_start_us);
  printf ("renderer %s\n", renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none");
  fflush (stdout);
}
