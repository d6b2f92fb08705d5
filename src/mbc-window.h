/* mbc-window.h: the guide's window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-content.h"
#include "mbc-diary.h"
#include "mbc-my-question-list.h"

G_BEGIN_DECLS

#define MBC_TYPE_WINDOW (mbc_window_get_type ())

G_DECLARE_FINAL_TYPE (MbcWindow, mbc_window, MBC, WINDOW, AdwApplicationWindow)

MbcWindow  *mbc_window_new              (GtkApplication *application,
                                         MbcContent     *content,
                                         const GError   *content_error);
void        mbc_window_set_information  (MbcWindow      *self,
                                         MbcContent     *content,
                                         const GError   *content_error);
const char *mbc_window_get_visible_view (MbcWindow      *self);
void        mbc_window_set_visible_view (MbcWindow      *self,
                                         const char     *view);
void        mbc_window_add_toast        (MbcWindow      *self,
                                         const char     *title);
void        mbc_window_set_question_list (MbcWindow       *self,
                                          MbcMyQuestionList *list);
void        mbc_window_set_diary         (MbcWindow       *self,
                                          MbcDiary        *diary);
MbcDiary   *mbc_window_get_diary         (MbcWindow       *self);
void        mbc_window_set_kiosk         (MbcWindow       *self,
                                          gboolean         kiosk);
gboolean    mbc_window_get_kiosk         (MbcWindow       *self);
void        mbc_window_start_over        (MbcWindow       *self,
                                          MbcContent      *content,
                                          const GError    *content_error,
                                          MbcMyQuestionList *list);

G_END_DECLS
