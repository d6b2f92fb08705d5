/* mbc-search-index-private.h: what the index is built from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content.h"
#include "mbc-search-result.h"

G_BEGIN_DECLS

/* The title, then the texts around it that are searched too. */
#define MBC_SEARCH_MAX_FIELDS 6

/* One thing of the content that can be found, with copies of its texts
 * (in the gathering's string chunk), so that the index is built from
 * them on another thread while the content is in use on this one.
 */
typedef struct
{
  MbcSearchKind  kind;
  const char    *id;
  const char    *site_id;
  const char    *section;
  const char    *context;
  int            urgency;
  const char    *fields[MBC_SEARCH_MAX_FIELDS];
  /* Filled in by the index: its words, in the index's array. */
  guint          first_word;
  guint          n_words;
} MbcSearchItem;

typedef struct
{
  GStringChunk *strings;
  GArray       *items;
} MbcSearchGathering;

MbcSearchGathering *mbc_search_gather       (MbcContent         *content);
void                mbc_search_gathering_free (MbcSearchGathering *gathering);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MbcSearchGathering, mbc_search_gathering_free)

MbcSearchGathering *mbc_search_gathering_new  (void);
void                _mbc_search_index_build_async (MbcSearchGathering  *gathering,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);

G_END_DECLS
