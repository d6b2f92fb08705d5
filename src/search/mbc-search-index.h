/* mbc-search-index.h: one search across the whole guide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mbc-content.h"
#include "mbc-search-result.h"

G_BEGIN_DECLS

#define MBC_TYPE_SEARCH_INDEX (mbc_search_index_get_type ())

G_DECLARE_FINAL_TYPE (MbcSearchIndex, mbc_search_index, MBC, SEARCH_INDEX, GObject)

MbcSearchIndex *mbc_search_index_new        (MbcContent           *content);
void            mbc_search_index_new_async  (MbcContent           *content,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
MbcSearchIndex *mbc_search_index_new_finish (GAsyncResult         *result,
                                             GError              **error);

guint           mbc_search_index_get_n_items (MbcSearchIndex      *self);
GListModel     *mbc_search_index_search     (MbcSearchIndex       *self,
                                             const char           *query,
                                             guint                 max_results);
MbcSearchResult *mbc_search_index_find      (MbcSearchIndex       *self,
                                             const char           *key);

G_END_DECLS
