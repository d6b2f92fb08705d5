/* mbc-search-person.h: the person's own questions and diary, to search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-diary.h"
#include "mbc-search-index.h"

G_BEGIN_DECLS

void mbc_search_index_new_person_async (GListModel          *questions,
                                        MbcDiary            *diary,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);

G_END_DECLS
