/* mbc-my-question-private.h: what MbcMyQuestionList keeps with a question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "mbc-my-question.h"

G_BEGIN_DECLS

/* The members of the question's saved object that this version does not
 * know, written by a newer version of the guide. They are kept with the
 * question and written back unchanged, so that opening the list in an
 * older version does not throw away what a newer one wrote. NULL when
 * there are none.
 */
JsonObject *mbc_my_question_get_unknown_members (MbcMyQuestion *self);
void        mbc_my_question_set_unknown_members (MbcMyQuestion *self,
                                                 JsonObject    *members);

G_END_DECLS
