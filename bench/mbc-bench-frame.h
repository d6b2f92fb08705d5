/* mbc-bench-frame.h: the time from the start of the process to the first
 * frame a window paints, shared by the guide's benchmark and the bare
 * window it is compared with
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

G_END_DECLS
