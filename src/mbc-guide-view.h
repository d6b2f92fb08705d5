/* mbc-guide-view.h: everything a window of the guide shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-content.h"
#include "mbc-diary.h"
#include "mbc-my-question-list.h"

G_BEGIN_DECLS

#define MBC_TYPE_GUIDE_VIEW (mbc_guide_view_get_type ())

G_DECLARE_FINAL_TYPE (MbcGuideView, mbc_guide_view, MBC, GUIDE_VIEW, GtkWidget)

GtkWidget  *mbc_guide_view_new               (MbcContent   *content,
                                              const GError *content_error);
const char *mbc_guide_view_get_visible_view  (MbcGuideView *self);
void        mbc_guide_view_set_visible_view  (MbcGuideView *self,
                                              const char   *view);
const char *mbc_guide_view_get_selected_site (MbcGuideView *self);
void        mbc_guide_view_show_site         (MbcGuideView *self,
                                              const char   *site_id);
void        mbc_guide_view_search            (MbcGuideView *self,
                                              const char   *text);
gboolean    mbc_guide_view_open_result       (MbcGuideView *self,
                                              const char   *key);
GtkWidget  *mbc_guide_view_get_search_page   (MbcGuideView *self);
void        mbc_guide_view_set_question_list (MbcGuideView    *self,
                                              MbcMyQuestionList *list);
void        mbc_guide_view_set_diary         (MbcGuideView *self,
                                              MbcDiary     *diary);

G_END_DECLS
