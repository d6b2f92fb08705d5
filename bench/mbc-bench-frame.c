/* mbc-bench-frame.c: the time from the start of the process to the first
 * frame a window paints, and the time a change takes to its frame
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

/* A change is made once the window is idle, as a person's next click
 * comes: when it has painted nothing for this long. The frame clock
 * paints at most once a refresh interval (16.7 ms at 60 Hz), and a change
 * is followed by a frame or two more (the styles checked again, and
 * libadwaita's fades of the rows, 200 ms): a change made in the middle
 * of those would wait for the clock's next turn, not for the window.
 */
#define IDLE_MS 50
/* A window still painting after this long is taken as it is. */
#define IDLE_TIMEOUT_MS 5000

static void
count_paint_cb (GdkFrameClock  *clock,
                MbcBenchPaints *paints)
{
  paints->count++;
  paints->last = g_get_monotonic_time ();
}

/* Counts the frames @window paints from now on, into @paints, which
 * must last as long as the window. Call it once the window is realized.
 */
void
mbc_bench_paints_watch (MbcBenchPaints *paints,
                        GtkWindow      *window)
{
  paints->count = 0;
  paints->last = 0;
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (count_paint_cb), paints);
}

static gboolean
done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  g_main_context_wakeup (NULL);

  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @milliseconds. */
void
mbc_bench_iterate_for (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Waits for the frame after the one counted as @before; FALSE when none
 * came within MBC_BENCH_PAINT_TIMEOUT_MS.
 */
gboolean
mbc_bench_wait_for_paint (MbcBenchPaints *paints,
                          guint           before)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (MBC_BENCH_PAINT_TIMEOUT_MS, done_cb, &timed_out);

  while (paints->count == before && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);

  return !timed_out;
}

/* Waits until the window has painted nothing for IDLE_MS. */
void
mbc_bench_wait_until_idle (MbcBenchPaints *paints)
{
  gint64 give_up = g_get_monotonic_time () + IDLE_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;
  guint before;

  do
    {
      before = paints->count;
      mbc_bench_iterate_for (IDLE_MS);
    }
  while (paints->count != before && g_get_monotonic_time () < give_up);
}

/* For qsort() and g_array_sort() of gint64 times. */
int
mbc_bench_compare_times (gconstpointer a,
                         gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The value below which @fraction of the sorted @values lie (nearest rank). */
gint64
mbc_bench_percentile (const gint64 *values,
                      guint         n,
                      double        fraction)
{
  guint rank = (guint) (fraction * n + 0.999999);

  return values[CLAMP (rank, 1, n) - 1];
}

/* Sorts @times and prints their p50, p99 and max as @name-p50-us and so
 * on, for the benchmark to read back. Prints nothing for no times.
 */
void
mbc_bench_print_times (const char *name,
                       gint64     *times,
                       guint       n)
{
  if (n == 0)
    return;

  qsort (times, n, sizeof (gint64), mbc_bench_compare_times);
  printf ("%s-p50-us %" G_GINT64_FORMAT "\n", name, mbc_bench_percentile (times, n, 0.50));
  printf ("%s-p99-us %" G_GINT64_FORMAT "\n", name, mbc_bench_percentile (times, n, 0.99));
  printf ("%s-max-us %" G_GINT64_FORMAT "\n", name, times[n - 1]);
}
