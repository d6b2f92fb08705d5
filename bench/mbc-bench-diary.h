/* mbc-bench-diary.h: My Diary with ten years of entries, against an
 * empty one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "mbc-bench diary ENTRIES N SCROLL": prints what it measured, as the
 * other measurements do, and returns the exit status.
 */
int mbc_bench_diary_run (char     *program,
                         guint     n_entries,
                         guint     n,
                         gboolean  scroll);

G_END_DECLS
