/* mbc-question-group.h: questions about one subject
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"

G_BEGIN_DECLS

#define MBC_TYPE_QUESTION_GROUP (mbc_question_group_get_type ())

G_DECLARE_FINAL_TYPE (MbcQuestionGroup, mbc_question_group, MBC, QUESTION_GROUP, MbcContentItem)

const char     *mbc_question_group_get_id        (MbcQuestionGroup *self);
const char     *mbc_question_group_get_title     (MbcQuestionGroup *self);
GListModel     *mbc_question_group_get_questions (MbcQuestionGroup *self);

MbcContentItem *mbc_question_group_build         (MbcContentBuild *build,
                                                  JsonObject      *object);

G_END_DECLS
