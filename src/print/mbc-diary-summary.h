/* mbc-diary-summary.h: the diary on one page, for the next visit
 *
 * The page itself; mbc-diary-print.c prints it and saves it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-diary.h"
#include "mbc-my-question-list.h"

G_BEGIN_DECLS

typedef struct _MbcDiarySummary MbcDiarySummary;

MbcDiarySummary *mbc_diary_summary_new       (MbcDiary          *diary,
                                              MbcMyQuestionList *questions,
                                              gint64             from,
                                              gint64             to);
void             mbc_diary_summary_free      (MbcDiarySummary   *summary);
const char      *mbc_diary_summary_get_title (void);
void             mbc_diary_summary_begin     (MbcDiarySummary   *summary,
                                              GtkPrintContext   *context);
void             mbc_diary_summary_draw      (MbcDiarySummary   *summary,
                                              GtkPrintContext   *context);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MbcDiarySummary, mbc_diary_summary_free)

G_END_DECLS
