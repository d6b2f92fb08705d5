/* mbc-question-list.h: a person's own list of questions for a visit
 *
 * A GListModel of MbcMyQuestion that saves itself after every change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mbc-my-question.h"

G_BEGIN_DECLS

#define MBC_QUESTION_LIST_ERROR (mbc_question_list_error_quark ())

typedef enum {
  MBC_QUESTION_LIST_ERROR_UNREADABLE,  /* the saved file could not be used; it was moved aside */
  MBC_QUESTION_LIST_ERROR_SAVE,        /* the list could not be written */
} MbcQuestionListError;

#define MBC_TYPE_QUESTION_LIST (mbc_question_list_get_type ())

G_DECLARE_FINAL_TYPE (MbcQuestionList, mbc_question_list, MBC, QUESTION_LIST, GObject)

GQuark           mbc_question_list_error_quark         (void);

/* @file: where the list is kept, or NULL to keep it in memory only
 * (workstation mode: nothing is written to disk).
 */
MbcQuestionList *mbc_question_list_new                 (GFile           *file);
MbcQuestionList *mbc_question_list_new_default         (void);
GFile           *mbc_question_list_get_file            (MbcQuestionList *self);

/* Reads the saved list in place of what the list holds; call it once
 * before the list changes (until then the list does not save, so as not
 * to write over the saved one). A missing file gives an empty list. A file
 * that cannot be used is moved aside and kept, the list starts empty, and
 * MBC_QUESTION_LIST_ERROR_UNREADABLE tells the person where the file is.
 * Loading never saves.
 */
gboolean         mbc_question_list_load                (MbcQuestionList *self,
                                                        GError         **error);
/* The list saves itself after every change and emits "save-failed" when
 * that does not work; call this only to try again.
 */
gboolean         mbc_question_list_save                (MbcQuestionList *self,
                                                        GError         **error);

void             mbc_question_list_insert              (MbcQuestionList *self,
                                                        guint            position,
                                                        MbcMyQuestion   *question);
void             mbc_question_list_append              (MbcQuestionList *self,
                                                        MbcMyQuestion   *question);
MbcMyQuestion   *mbc_question_list_remove              (MbcQuestionList *self,
                                                        guint            position);
void             mbc_question_list_move                (MbcQuestionList *self,
                                                        guint            from,
                                                        guint            to);
gboolean         mbc_question_list_has_suggestion      (MbcQuestionList *self,
                                                        const char      *suggestion_id);
/* Removes @n_removals questions at @position and puts @additions there,
 * as one change: one items-changed and one save, so the saved file never
 * holds half of it.
 */
void             mbc_question_list_splice              (MbcQuestionList *self,
                                                        guint            position,
                                                        guint            n_removals,
                                                        MbcMyQuestion  **additions,
                                                        guint            n_additions);

G_END_DECLS
