/* mbc-questions-view.h: questions to ask the care team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-content.h"
#include "mbc-my-question-list.h"

G_BEGIN_DECLS

#define MBC_TYPE_QUESTIONS_VIEW (mbc_questions_view_get_type ())

G_DECLARE_FINAL_TYPE (MbcQuestionsView, mbc_questions_view, MBC, QUESTIONS_VIEW, GtkWidget)

void mbc_questions_view_set_content (MbcQuestionsView *self,
                                     MbcContent       *content);
void mbc_questions_view_set_list    (MbcQuestionsView *self,
                                     MbcMyQuestionList  *list);

G_END_DECLS
