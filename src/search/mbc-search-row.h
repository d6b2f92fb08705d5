/* mbc-search-row.h: one result of the search, as a row of the results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-search-result.h"

G_BEGIN_DECLS

#define MBC_TYPE_SEARCH_ROW (mbc_search_row_get_type ())

G_DECLARE_FINAL_TYPE (MbcSearchRow, mbc_search_row, MBC, SEARCH_ROW, GtkWidget)

GtkWidget       *mbc_search_row_new        (void);
void             mbc_search_row_set_result (MbcSearchRow    *self,
                                            MbcSearchResult *result,
                                            gboolean         first_of_kind);
MbcSearchResult *mbc_search_row_get_result (MbcSearchRow    *self);
char            *mbc_search_row_dup_spoken (MbcSearchResult *result);

const char      *mbc_search_kind_get_heading (MbcSearchKind kind);
const char      *mbc_search_kind_get_name    (MbcSearchKind kind);

G_END_DECLS
