/* mbc-search-page.h: the results of the search across the whole guide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-content.h"
#include "mbc-diary.h"
#include "mbc-search-result.h"

G_BEGIN_DECLS

#define MBC_TYPE_SEARCH_PAGE (mbc_search_page_get_type ())

G_DECLARE_FINAL_TYPE (MbcSearchPage, mbc_search_page, MBC, SEARCH_PAGE, GtkWidget)

GtkWidget  *mbc_search_page_new            (MbcContent    *content);
void        mbc_search_page_set_questions  (MbcSearchPage *self,
                                            GListModel    *questions);
void        mbc_search_page_set_diary      (MbcSearchPage *self,
                                            MbcDiary      *diary);
void        mbc_search_page_prepare        (MbcSearchPage *self);
void        mbc_search_page_set_query      (MbcSearchPage *self,
                                            const char    *query);
const char *mbc_search_page_get_query      (MbcSearchPage *self);
GListModel *mbc_search_page_get_results    (MbcSearchPage *self);
guint       mbc_search_page_get_n_results  (MbcSearchPage *self);
gboolean    mbc_search_page_get_pending    (MbcSearchPage *self);
gboolean    mbc_search_page_activate_first (MbcSearchPage *self);
gboolean    mbc_search_page_focus_results  (MbcSearchPage *self);
GtkWidget  *mbc_search_page_get_list       (MbcSearchPage *self);
MbcSearchResult *mbc_search_page_find      (MbcSearchPage *self,
                                            const char    *key);

G_END_DECLS
