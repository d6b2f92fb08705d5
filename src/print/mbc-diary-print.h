/* mbc-diary-print.h: the diary on one page, for the next visit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-diary.h"
#include "mbc-my-question-list.h"

G_BEGIN_DECLS

GtkPrintOperation *mbc_diary_print_new        (MbcDiary          *diary,
                                               MbcMyQuestionList *questions,
                                               gint64             from,
                                               gint64             to);
void               mbc_diary_print_run        (MbcDiary          *diary,
                                               MbcMyQuestionList *questions,
                                               gint64             from,
                                               gint64             to,
                                               GtkWindow         *parent);
void               mbc_diary_print_save_pdf   (MbcDiary          *diary,
                                               MbcMyQuestionList *questions,
                                               gint64             from,
                                               gint64             to,
                                               GtkWindow         *parent);
gboolean           mbc_diary_print_export_pdf (MbcDiary          *diary,
                                               MbcMyQuestionList *questions,
                                               gint64             from,
                                               gint64             to,
                                               GtkWindow         *parent,
                                               const char        *path,
                                               GError           **error);

G_END_DECLS
