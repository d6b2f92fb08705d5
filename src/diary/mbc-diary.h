/* mbc-diary.h: a person's symptom and side-effect diary
 *
 * A GListModel of MbcDiaryEntry, newest first, kept in an SQLite file
 * (MbcDiaryStore) that is written on a worker thread, so that no change
 * ever stalls a frame. With no file (workstation mode has no diary at
 * all; tests) it lives in memory only.
 *
 * It knows the guide's signs (MbcContent), so that it can tell what the
 * guide already says about an entry (MbcDiaryFlags), and nothing more.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mbc-content.h"
#include "mbc-diary-entry.h"
#include "mbc-symptom.h"

G_BEGIN_DECLS

#define MBC_DIARY_ERROR (mbc_diary_error_quark ())

typedef enum {
  /* The file could not be used: it was moved aside (the message says
   * where) and a new, empty diary was started. The diary works.
   */
  MBC_DIARY_ERROR_SET_ASIDE,
  /* The file was written by a newer version of the guide: it is open
   * read-only, so that nothing in it is lost. The diary shows it but
   * cannot change.
   */
  MBC_DIARY_ERROR_NEWER,
  /* No file could be opened or made (a full disk, no permission): the
   * diary works in memory and the message says that nothing is kept.
   */
  MBC_DIARY_ERROR_UNAVAILABLE,
  /* A change could not be written (signal "save-failed"). */
  MBC_DIARY_ERROR_SAVE,
  /* mbc_diary_add() or a change while read-only. */
  MBC_DIARY_ERROR_READ_ONLY,
} MbcDiaryError;

/* What the guide already says about an entry, as the sources say it. */
typedef enum {
  MBC_DIARY_FLAG_NONE      = 0,
  /* The entry is a sign whose tier is emergency: "Get help now". */
  MBC_DIARY_FLAG_EMERGENCY = 1 << 0,
  /* This sign has been recorded on days more than two weeks apart and
   * is still there (the latest entry of the sign is this one or later,
   * and its severity is above 0): tell your care team.
   */
  MBC_DIARY_FLAG_TWO_WEEKS = 1 << 1,
  /* A sign whose tier is call, worse than the entry of that sign before
   * it: call your care team the same day.
   */
  MBC_DIARY_FLAG_WORSE     = 1 << 2,
} MbcDiaryFlags;

/* How one sign went within a span, for a chart, a table and the summary. */
typedef struct {
  char          *key;            /* mbc_diary_entry_dup_sign_key() */
  MbcDiaryKind   kind;
  char          *sign_id;        /* or NULL */
  char          *label;          /* in the current language when the guide has the sign */
  int            urgency;        /* an MbcUrgency, or -1 for the person's own signs */
  gint64         first;          /* the first and latest entry's when */
  gint64         last;
  guint          n_days;         /* days with an entry */
  int            worst;          /* worst severity; for OVERALL the lowest */
  int            latest;         /* severity of the latest entry */
  MbcDiaryFlags  flags;          /* those of the latest entry */
  GPtrArray     *entries;        /* MbcDiaryEntry, oldest first */
} MbcDiarySign;

void           mbc_diary_sign_free            (MbcDiarySign *sign);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MbcDiarySign, mbc_diary_sign_free)

#define MBC_TYPE_DIARY (mbc_diary_get_type ())

G_DECLARE_FINAL_TYPE (MbcDiary, mbc_diary, MBC, DIARY, GObject)

GQuark         mbc_diary_error_quark          (void);

/* @file: the SQLite file, or NULL to keep the diary in memory only. */
MbcDiary      *mbc_diary_new                  (GFile        *file);
/* $XDG_DATA_HOME/mbc-guide/diary.sqlite3 */
GFile         *mbc_diary_get_default_file     (void);
GFile         *mbc_diary_get_file             (MbcDiary     *self);

/* The guide's content, to name signs in the current language and know
 * their tiers. The diary works without it (signs keep their recorded
 * words and have no tier).
 */
void           mbc_diary_set_content          (MbcDiary     *self,
                                               MbcContent   *content);
MbcContent    *mbc_diary_get_content          (MbcDiary     *self);
/* The guide's sign with @sign_id, or NULL. */
MbcSymptom    *mbc_diary_find_symptom         (MbcDiary     *self,
                                               const char   *sign_id);

/* Opens the file and reads every entry on a worker thread; the model is
 * empty until then (property "loaded"). A damaged file is set aside and
 * an empty diary started (MBC_DIARY_ERROR_SET_ASIDE), one from a newer
 * guide is opened read-only (MBC_DIARY_ERROR_NEWER), an unusable folder
 * gives a diary in memory (MBC_DIARY_ERROR_UNAVAILABLE): in every case
 * the diary works afterwards, and the error is only what to tell the
 * person.
 */
void           mbc_diary_load_async           (MbcDiary            *self,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       mbc_diary_load_finish          (MbcDiary            *self,
                                               GAsyncResult        *result,
                                               GError             **error);
/* The same, waiting for it (tests, the benchmark). */
gboolean       mbc_diary_load                 (MbcDiary     *self,
                                               GError      **error);
gboolean       mbc_diary_get_loaded           (MbcDiary     *self);
gboolean       mbc_diary_get_read_only        (MbcDiary     *self);

/* Each change is shown at once and written on the worker thread in one
 * transaction; "save-failed" (a GError) tells when that did not work.
 * They return the entry as the diary holds it (with its id), or NULL
 * and MBC_DIARY_ERROR_READ_ONLY.
 */
MbcDiaryEntry *mbc_diary_add                  (MbcDiary      *self,
                                               MbcDiaryEntry *entry,
                                               GError       **error);
/* @old is an entry of the diary; @changed takes its place, with its id. */
MbcDiaryEntry *mbc_diary_replace              (MbcDiary      *self,
                                               MbcDiaryEntry *old,
                                               MbcDiaryEntry *changed,
                                               GError       **error);
gboolean       mbc_diary_remove               (MbcDiary      *self,
                                               MbcDiaryEntry *entry,
                                               GError       **error);
/* Adds every entry of @entries (an import) in one transaction: all or
 * none.
 */
gboolean       mbc_diary_add_all              (MbcDiary      *self,
                                               GPtrArray     *entries,
                                               GError       **error);
/* An import: adds, as mbc_diary_add_all() does, each entry of @entries
 * that the diary does not hold already (the same in every field but
 * the id), so that the same file imported twice adds nothing the second
 * time. Sets how many were added and how many were there already.
 */
gboolean       mbc_diary_import               (MbcDiary      *self,
                                               GPtrArray     *entries,
                                               guint         *n_added,
                                               guint         *n_known,
                                               GError       **error);
/* Removes every entry, file and all: the file is emptied in one
 * transaction and compacted, so that nothing of it is left on the disk.
 */
gboolean       mbc_diary_clear                (MbcDiary      *self,
                                               GError       **error);
/* Waits until every change so far is written (or failed). */
void           mbc_diary_flush                (MbcDiary      *self);

/* What the guide says about @entry, an entry of the diary. */
MbcDiaryFlags  mbc_diary_get_flags            (MbcDiary      *self,
                                               MbcDiaryEntry *entry);
/* The urgency of the entry's sign (an MbcUrgency), or -1. */
int            mbc_diary_get_urgency          (MbcDiary      *self,
                                               MbcDiaryEntry *entry);
/* The words for the entry's sign, in the current language when the
 * guide has it.
 */
const char    *mbc_diary_get_label            (MbcDiary      *self,
                                               MbcDiaryEntry *entry);

/* Every sign with an entry from @from to @to (Unix times, inclusive),
 * most urgent first, then most recent: MbcDiarySign, free with
 * g_ptr_array_unref.
 */
GPtrArray     *mbc_diary_dup_signs            (MbcDiary      *self,
                                               gint64         from,
                                               gint64         to);
/* One sign's course from @from to @to, or NULL when it has no entry. */
MbcDiarySign  *mbc_diary_dup_sign             (MbcDiary      *self,
                                               const char    *key,
                                               gint64         from,
                                               gint64         to);

G_END_DECLS
