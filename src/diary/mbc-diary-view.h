/* mbc-diary-view.h: My Diary, the person's symptom and side-effect diary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-diary.h"
#include "mbc-my-question-list.h"

G_BEGIN_DECLS

#define MBC_TYPE_DIARY_VIEW (mbc_diary_view_get_type ())

G_DECLARE_FINAL_TYPE (MbcDiaryView, mbc_diary_view, MBC, DIARY_VIEW, GtkWidget)

GtkWidget         *mbc_diary_view_new           (void);

MbcDiary          *mbc_diary_view_get_diary     (MbcDiaryView      *self);
void               mbc_diary_view_set_diary     (MbcDiaryView      *self,
                                                 MbcDiary          *diary);
MbcMyQuestionList *mbc_diary_view_get_questions (MbcDiaryView      *self);
void               mbc_diary_view_set_questions (MbcDiaryView      *self,
                                                 MbcMyQuestionList *questions);
GSettings         *mbc_diary_view_get_settings  (MbcDiaryView      *self);
void               mbc_diary_view_set_settings  (MbcDiaryView      *self,
                                                 GSettings         *settings);

/* Shows the page of one sign (@key: mbc_diary_entry_dup_sign_key()),
 * whose course is put in the box of mbc_diary_view_get_sign_box(); the
 * property "sign-key" tells which sign it is.
 */
void               mbc_diary_view_show_sign     (MbcDiaryView      *self,
                                                 const char        *key);
const char        *mbc_diary_view_get_sign_key  (MbcDiaryView      *self);
GtkBox            *mbc_diary_view_get_sign_box  (MbcDiaryView      *self);
gboolean           mbc_diary_view_show_entry    (MbcDiaryView      *self,
                                                 gint64             entry_id);

G_END_DECLS
