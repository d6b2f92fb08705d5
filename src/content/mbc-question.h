/* mbc-question.h: a question to ask the care team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"

G_BEGIN_DECLS

#define MBC_TYPE_QUESTION (mbc_question_get_type ())

G_DECLARE_FINAL_TYPE (MbcQuestion, mbc_question, MBC, QUESTION, MbcContentItem)

const char     *mbc_question_get_id   (MbcQuestion *self);
const char     *mbc_question_get_text (MbcQuestion *self);
GListModel     *mbc_question_get_sites      (MbcQuestion *self);
GListModel     *mbc_question_get_treatments (MbcQuestion *self);

MbcContentItem *mbc_question_build    (MbcContentBuild *build,
                                       JsonObject      *object);

G_END_DECLS
