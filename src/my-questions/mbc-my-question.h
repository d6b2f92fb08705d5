/* mbc-my-question.h: one question on a person's own list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MBC_TYPE_MY_QUESTION (mbc_my_question_get_type ())

G_DECLARE_FINAL_TYPE (MbcMyQuestion, mbc_my_question, MBC, MY_QUESTION, GObject)

/* @suggestion_id: the id of the suggested question it was added from,
 * or NULL for a question the person wrote.
 */
MbcMyQuestion *mbc_my_question_new               (const char    *text,
                                                  const char    *suggestion_id);

const char    *mbc_my_question_get_text          (MbcMyQuestion *self);
void           mbc_my_question_set_text          (MbcMyQuestion *self,
                                                  const char    *text);
/* The written answer or note; "" when there is none. */
const char    *mbc_my_question_get_answer        (MbcMyQuestion *self);
void           mbc_my_question_set_answer        (MbcMyQuestion *self,
                                                  const char    *answer);
gboolean       mbc_my_question_get_asked         (MbcMyQuestion *self);
void           mbc_my_question_set_asked         (MbcMyQuestion *self,
                                                  gboolean       asked);
const char    *mbc_my_question_get_suggestion_id (MbcMyQuestion *self);

G_END_DECLS
