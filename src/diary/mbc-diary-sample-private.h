/* mbc-diary-sample-private.h: a made-up diary of years, for the
 * benchmark and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content.h"
#include "mbc-diary-entry.h"

G_BEGIN_DECLS

/* @n_entries entries (without ids) as a person might make them over ten
 * years up to @until (Unix time), several a day: signs of @content (of
 * every tier, when @content is not NULL), side effects, their own words
 * and how they feel overall, with notes now and then. The same @seed
 * makes the same diary. Oldest first; give them to mbc_diary_add_all(),
 * which writes them in one transaction.
 */
GPtrArray *mbc_diary_sample_entries (MbcContent *content,
                                     guint       n_entries,
                                     gint64      until,
                                     guint32     seed);

G_END_DECLS
