/* mbc-questions-print.h: a person's questions on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-my-question-list.h"

G_BEGIN_DECLS

void          mbc_questions_print_run            (MbcMyQuestionList *list,
                                                  GtkWindow       *parent);
void          mbc_questions_print_save_pdf       (MbcMyQuestionList *list,
                                                  GtkWindow       *parent);
gboolean      mbc_questions_print_export_pdf     (MbcMyQuestionList *list,
                                                  GtkWindow       *parent,
                                                  const char      *path,
                                                  GError         **error);

G_END_DECLS
