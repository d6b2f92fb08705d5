/* mbc-my-question-list-private.h: what the files of MbcMyQuestionList
 * share: the list's struct, its saving, and its file format
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

/* How long the list waits after a change before it writes itself. Each
 * change starts the wait again, so that a burst (a word typed into an
 * answer, a question moved up three places, several boxes ticked) is
 * one write and one flush to the disk, not one for each. A second: a
 * little longer than the pause between two words typed, and short enough
 * that a crash or a power cut loses at most about a second of work
 * (quitting the guide writes at once whatever waits). gnome-text-editor's
 * session waits 3 s, but it only remembers which files were open; this
 * list is the work itself.
 */
#define MBC_MY_QUESTION_LIST_SAVE_DELAY_MS 1000
/* Typing without a pause would put the write off for ever: it is made
 * at the latest this long after the first change that waits for it.
 */
#define MBC_MY_QUESTION_LIST_SAVE_DELAY_MAX_MS 5000

/* For tests: @hook is called in the thread that writes the file, just
 * before it writes; it may hold the write back by blocking.
 */
typedef void (*MbcMyQuestionListWriteHook) (gpointer data);

struct _MbcMyQuestionList
{
  GObject     parent_instance;

  GFile      *file;
  GPtrArray  *questions;

  /* From the file at the last load: its version and the members at the
   * top that this version does not know (NULL when there were none).
   */
  gint64      version;
  JsonObject *unknown_members;

  /* Until the file has been read, writing it could replace a list the
   * person saved earlier.
   */
  gboolean    loaded;
  /* The file could not be read nor moved aside: saving would write over
   * it, so saving waits until it can be moved.
   */
  gboolean    unreadable_in_place;

  /* A change that no write has taken yet, the timer that will write it,
   * and when the first change that waits for it was made (monotonic).
   */
  gboolean    unsaved;
  guint       save_source;
  gint64      first_unsaved;
  guint       save_delay_ms;
  /* The write under way on a worker thread (its task data is a Write). */
  GTask      *writing;

  MbcMyQuestionListWriteHook write_hook;
  gpointer    write_hook_data;
};

/* In mbc-my-question-list.c. */
void       _mbc_my_question_list_save_failed    (MbcMyQuestionList *self,
                                                 const GError      *error);

/* In mbc-my-question-list-save.c. After every change: the list is
 * written once the changes pause.
 */
void       _mbc_my_question_list_changed        (MbcMyQuestionList *self);
/* Writes what waits, and waits for what is under way; when the list is
 * being disposed of, a failure goes to the log.
 */
void       _mbc_my_question_list_flush          (MbcMyQuestionList *self,
                                                 gboolean           disposing);

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

/* Whether a change is not on the disk yet: it waits for the list's
 * timer, or is being written. For tests, which wait for it by running
 * the main context.
 */
gboolean   mbc_my_question_list_is_saving        (MbcMyQuestionList *self);

/* For tests: how long the list waits after a change before it writes,
 * in place of the usual delay.
 */
void       mbc_my_question_list_set_save_delay   (MbcMyQuestionList *self,
                                                  guint              delay_ms);

/* For tests: see MbcMyQuestionListWriteHook. */
void       mbc_my_question_list_set_write_hook   (MbcMyQuestionList          *self,
                                                  MbcMyQuestionListWriteHook  hook,
                                                  gpointer                    data);

G_END_DECLS
