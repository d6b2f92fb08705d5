/* mbc-my-question-row.h: one question of My Questions, to tick, edit,
 * answer, move and remove
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-my-question.h"

G_BEGIN_DECLS

#define MBC_TYPE_MY_QUESTION_ROW (mbc_my_question_row_get_type ())

G_DECLARE_FINAL_TYPE (MbcMyQuestionRow, mbc_my_question_row, MBC, MY_QUESTION_ROW, GtkListBoxRow)

GtkWidget     *mbc_my_question_row_new          (MbcMyQuestion    *question);

G_END_DECLS
