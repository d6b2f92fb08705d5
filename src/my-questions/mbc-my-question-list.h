/* mbc-my-question-list.h: a person's own list of questions for a visit
 *
 * A GListModel of MbcMyQuestion that saves itself shortly after every
 * change, on a worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mbc-my-question.h"

G_BEGIN_DECLS

#define MBC_MY_QUESTION_LIST_ERROR (mbc_my_question_list_error_quark ())

typedef enum {
  MBC_MY_QUESTION_LIST_ERROR_UNREADABLE,  /* the saved file could not be used; it was moved aside */
  MBC_MY_QUESTION_LIST_ERROR_SAVE,        /* the list could not be written */
} MbcMyQuestionListError;

#define MBC_TYPE_MY_QUESTION_LIST (mbc_my_question_list_get_type ())

G_DECLARE_FINAL_TYPE (MbcMyQuestionList, mbc_my_question_list, MBC, MY_QUESTION_LIST, GObject)

GQuark           mbc_my_question_list_error_quark         (void);

/* @file: where the list is kept, or NULL to keep it in memory only
 * (workstation mode: nothing is written to disk).
 */
MbcMyQuestionList *mbc_my_question_list_new                 (GFile           *file);
MbcMyQuestionList *mbc_my_question_list_new_default         (void);
GFile           *mbc_my_question_list_get_file            (MbcMyQuestionList *self);

/* Reads the saved list in place of what the list holds; call it once
 * before the list changes (until then the list does not save, so as not
 * to write over the saved one). A missing file gives an empty list. A file
 * that cannot be used is moved aside and kept, the list starts empty, and
 * MBC_MY_QUESTION_LIST_ERROR_UNREADABLE tells the person where the file is.
 * Loading never saves.
 */
gboolean         mbc_my_question_list_load                (MbcMyQuestionList *self,
                                                        GError         **error);
/* The list saves itself shortly after every change, off the main
 * thread, and emits "save-failed" when that does not work. This writes
 * the list at once, and waits for it: call it only to try again.
 */
gboolean         mbc_my_question_list_save                (MbcMyQuestionList *self,
                                                        GError         **error);
/* Writes at once what waits to be saved, and waits for a save under
 * way: call it before the program ends. A failure is told by
 * "save-failed". Disposing of the list does the same.
 */
void             mbc_my_question_list_flush               (MbcMyQuestionList *self);

void             mbc_my_question_list_insert              (MbcMyQuestionList *self,
                                                        guint            position,
                                                        MbcMyQuestion   *question);
void             mbc_my_question_list_append              (MbcMyQuestionList *self,
                                                        MbcMyQuestion   *question);
MbcMyQuestion   *mbc_my_question_list_remove              (MbcMyQuestionList *self,
                                                        guint            position);
void             mbc_my_question_list_move                (MbcMyQuestionList *self,
                                                        guint            from,
                                                        guint            to);
gboolean         mbc_my_question_list_has_suggestion      (MbcMyQuestionList *self,
                                                        const char      *suggestion_id);
/* Appends each suggested question of @questions (MbcQuestion records
 * of the content) that is not on the list yet, as one change, and
 * returns how many were added.
 */
guint            mbc_my_question_list_add_suggestions     (MbcMyQuestionList *self,
                                                        GPtrArray       *questions);
/* Removes @n_removals questions at @position and puts @additions there,
 * as one change: one items-changed and one save, so the saved file never
 * holds half of it.
 */
void             mbc_my_question_list_splice              (MbcMyQuestionList *self,
                                                        guint            position,
                                                        guint            n_removals,
                                                        MbcMyQuestion  **additions,
                                                        guint            n_additions);

/* The list as plain text, for the clipboard (mbc-my-question-list-text.c). */
char            *mbc_my_question_list_dup_text            (MbcMyQuestionList *self);

G_END_DECLS
