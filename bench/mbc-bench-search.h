/* mbc-bench-search.h: the search across the guide and the Resources
 * view, with a hospital's pack of thousands of resources, against the
 * built-in content alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *mbc_bench_search_write_pack  (guint       n_resources);
void  mbc_bench_search_remove_pack (const char *folder);

/* "mbc-bench search RESOURCES BUILDS KEYS OPENS": prints what it
 * measured, as the other measurements do, and returns the exit status.
 */
int   mbc_bench_search_run         (char       *program,
                                    guint       n_resources,
                                    guint       n_builds,
                                    guint       n_keys,
                                    guint       n_opens);

G_END_DECLS
