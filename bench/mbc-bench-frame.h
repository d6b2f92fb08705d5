/* mbc-bench-frame.h: the time from the start of the process to the first
 * frame a window paints, and the time a change takes to its frame,
 * shared by the guide's benchmark and the bare window it is compared with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*MbcBenchFrameFunc) (GtkWindow *window,
                                   gint64     since_start_us,
                                   gpointer   user_data);

gint64 mbc_bench_since_start     (void);
void   mbc_bench_on_first_frame  (GtkWindow         *window,
                                  MbcBenchFrameFunc  func,
                                  gpointer           user_data);
void   mbc_bench_print_first_frame (GtkWindow *window,
                                    gint64     since_start_us);

/* A change that paints nothing in this time is counted as missed. */
#define MBC_BENCH_PAINT_TIMEOUT_MS 5000

/* The frames a window has painted: how many, and when the last one was. */
typedef struct
{
  guint  count;
  gint64 last;
} MbcBenchPaints;

void     mbc_bench_paints_watch     (MbcBenchPaints *paints,
                                     GtkWindow      *window);
void     mbc_bench_iterate_for      (guint           milliseconds);
gboolean mbc_bench_wait_for_paint   (MbcBenchPaints *paints,
                                     guint           before);
void     mbc_bench_wait_until_idle  (MbcBenchPaints *paints);

int      mbc_bench_compare_times    (gconstpointer   a,
                                     gconstpointer   b);
gint64   mbc_bench_percentile       (const gint64   *values,
                                     guint           n,
                                     double          fraction);
void     mbc_bench_print_times      (const char     *name,
                                     gint64         *times,
                                     guint           n);

G_END_DECLS
