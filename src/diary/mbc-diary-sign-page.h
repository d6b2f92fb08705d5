/* mbc-diary-sign-page.h: one sign of the diary, its course and what the
 * guide says about it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-diary.h"
#include "mbc-diary-chart.h"

G_BEGIN_DECLS

#define MBC_TYPE_DIARY_SIGN_PAGE (mbc_diary_sign_page_get_type ())

G_DECLARE_FINAL_TYPE (MbcDiarySignPage, mbc_diary_sign_page, MBC, DIARY_SIGN_PAGE, GtkWidget)

GtkWidget    *mbc_diary_sign_page_new          (void);

MbcDiary     *mbc_diary_sign_page_get_diary    (MbcDiarySignPage *self);
void          mbc_diary_sign_page_set_diary    (MbcDiarySignPage *self,
                                                MbcDiary         *diary);
/* The sign shown: mbc_diary_entry_dup_sign_key() of its entries. */
const char   *mbc_diary_sign_page_get_key      (MbcDiarySignPage *self);
void          mbc_diary_sign_page_set_key      (MbcDiarySignPage *self,
                                                const char       *key);
/* The guide's settings, for the emergency number; may be NULL. */
GSettings    *mbc_diary_sign_page_get_settings (MbcDiarySignPage *self);
void          mbc_diary_sign_page_set_settings (MbcDiarySignPage *self,
                                                GSettings        *settings);
MbcDiarySpan  mbc_diary_sign_page_get_span     (MbcDiarySignPage *self);
void          mbc_diary_sign_page_set_span     (MbcDiarySignPage *self,
                                                MbcDiarySpan      span);

G_END_DECLS
