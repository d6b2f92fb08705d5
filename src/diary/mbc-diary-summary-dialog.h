/* mbc-diary-summary-dialog.h: the one-page summary for the next visit,
 * for a span the person chooses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-diary.h"
#include "mbc-my-question-list.h"

G_BEGIN_DECLS

/* What the summary covers, each ending now. */
typedef enum {
  MBC_DIARY_SUMMARY_SINCE_VISIT,    /* since the last visit (the "diary-last-visit" setting) */
  MBC_DIARY_SUMMARY_TWO_WEEKS,
  MBC_DIARY_SUMMARY_MONTH,
  MBC_DIARY_SUMMARY_THREE_MONTHS,
} MbcDiarySummarySpan;

#define MBC_TYPE_DIARY_SUMMARY_DIALOG (mbc_diary_summary_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MbcDiarySummaryDialog, mbc_diary_summary_dialog, MBC, DIARY_SUMMARY_DIALOG, AdwWindow)

MbcDiarySummaryDialog *mbc_diary_summary_dialog_new      (MbcDiary          *diary,
                                                          MbcMyQuestionList *questions,
                                                          GSettings         *settings);
void                   mbc_diary_summary_dialog_set_span (MbcDiarySummaryDialog *self,
                                                          MbcDiarySummarySpan    span);
/* The span chosen, as Unix times: from its first day's start to now. */
void                   mbc_diary_summary_dialog_get_range (MbcDiarySummaryDialog *self,
                                                           gint64                *from,
                                                           gint64                *to);

G_END_DECLS
