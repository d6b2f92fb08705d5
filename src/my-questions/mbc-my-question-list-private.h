/* mbc-my-question-list-private.h: the file format of MbcMyQuestionList
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "mbc-my-question-list.h"

G_BEGIN_DECLS

/* The version of the file this guide writes. A newer guide writes a
 * higher one; that number is kept, so that the newer guide still knows
 * what it reads.
 */
#define MBC_MY_QUESTION_LIST_FILE_VERSION 1

/* The questions (MbcMyQuestion) in @contents, or NULL with a description
 * of the problem, in English, for the log. @unknown_members is set to the
 * top-level members this version does not know, or NULL.
 */
GPtrArray *mbc_my_question_list_file_read       (const char  *contents,
                                              gsize        length,
                                              gint64      *version,
                                              JsonObject **unknown_members,
                                              GError     **error);
char      *mbc_my_question_list_file_write      (GPtrArray   *questions,
                                              gint64       version,
                                              JsonObject  *unknown_members,
                                              gsize       *length);
GFile     *mbc_my_question_list_file_move_aside (GFile       *file,
                                              GError     **error);

G_END_DECLS
