/* mbc-diary-summary-words.h: what the diary's one-page summary says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-diary.h"

G_BEGIN_DECLS

/* What the page sums up when it has no room for all of it. */
typedef enum {
  MBC_DIARY_SUMMARY_MORE_SIGNS,
  MBC_DIARY_SUMMARY_MORE_NOTES,
  MBC_DIARY_SUMMARY_MORE_QUESTIONS,
} MbcDiarySummaryMore;

char       *mbc_diary_summary_dup_day    (gint64               when);
const char *mbc_diary_summary_sign_label (MbcDiarySign        *sign);
const char *mbc_diary_summary_tier_words (MbcDiarySign        *sign);
char       *mbc_diary_summary_dup_facts  (MbcDiarySign        *sign);
char       *mbc_diary_summary_dup_flags  (MbcDiarySign        *sign,
                                          const char          *emergency_number);
char       *mbc_diary_summary_dup_more   (MbcDiarySummaryMore  what,
                                          guint                shown,
                                          guint                n);

G_END_DECLS
