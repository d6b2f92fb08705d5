/* mbc-diary-private.h: what the files of MbcDiary share: the diary's
 * struct, the index of its signs, and the writing of its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-diary.h"
#include "mbc-diary-store.h"

G_BEGIN_DECLS

/* Every entry of one sign, oldest first, so that what the guide says
 * about an entry (its flags) and a sign's course over a span are found
 * by a binary search in the sign's own entries, never by a look at the
 * whole diary.
 */
typedef struct {
  char       *key;
  GPtrArray  *entries;          /* MbcDiaryEntry, oldest first */
  /* The two-week flag of the sign's latest entry, worked out when first
   * asked for and forgotten at each change of the sign: it may need a
   * look at every entry of the sign's current run.
   */
  gboolean    two_weeks_known;
  gboolean    two_weeks;
} MbcDiarySignIndex;

struct _MbcDiary
{
  GObject        parent_instance;

  GFile         *file;
  MbcContent    *content;
  /* The guide's signs by id: MbcSymptom, owned by the content. */
  GHashTable    *symptoms;

  /* MbcDiaryEntry, newest first (mbc_diary_entry_compare_newest_first). */
  GPtrArray     *entries;
  /* Sign key → MbcDiarySignIndex. */
  GHashTable    *signs;
  /* The id the next added entry gets: one more than the largest so far,
   * so that an id is never given twice while the diary is open.
   */
  gint64         next_id;

  gboolean       loaded;
  gboolean       loading;
  gboolean       read_only;

  /* Touched by the worker thread only, once loaded: the loading thread
   * hands it over through the task's result.
   */
  MbcDiaryStore *store;
  /* One thread that writes the changes in the order they were made. */
  GThreadPool   *writer;
  GMainContext  *main_context;
  GMutex         lock;
  GCond          written;
  /* Under lock: the changes queued and not written yet, and the errors
   * of those that failed, not yet told ("save-failed").
   */
  guint          n_pending;
  GPtrArray     *failures;
  GSource       *failures_source;
};

/* The entries whose flags a change may change, other than the entry
 * changed: the one before it and the ones after it among its sign's
 * entries, and the sign's latest (mbc-diary-signs.c).
 */
#define MBC_DIARY_MAX_NEIGHBOURS 8

typedef struct {
  guint          n;
  MbcDiaryEntry *entries[MBC_DIARY_MAX_NEIGHBOURS];
  MbcDiaryFlags  flags[MBC_DIARY_MAX_NEIGHBOURS];
} MbcDiaryNeighbours;

/* mbc-diary-signs.c */
/* Notes, before a change, the neighbours of where @entry is or goes,
 * with their flags.
 */
void        _mbc_diary_signs_note_neighbours (MbcDiary           *self,
                                              MbcDiaryEntry      *entry,
                                              MbcDiaryNeighbours *neighbours);
void        _mbc_diary_neighbours_clear    (MbcDiaryNeighbours *neighbours);
void        _mbc_diary_signs_init          (MbcDiary      *self);
void        _mbc_diary_signs_add           (MbcDiary      *self,
                                            MbcDiaryEntry *entry);
void        _mbc_diary_signs_remove        (MbcDiary      *self,
                                            MbcDiaryEntry *entry);
/* Builds the index again from self->entries. */
void        _mbc_diary_signs_rebuild       (MbcDiary      *self);
/* The index of @entries (newest first): sign key → MbcDiarySignIndex.
 * Needs no diary, so that the thread that reads the file builds it.
 */
GHashTable *_mbc_diary_signs_build         (GPtrArray     *entries);
void        _mbc_diary_signs_take          (MbcDiary      *self,
                                            GHashTable    *signs);

/* mbc-diary-write.c: the worker writes to @store from now on. */
void        _mbc_diary_write_start         (MbcDiary      *self,
                                            MbcDiaryStore *store);
/* Waits for every change queued, and closes the file. */
void        _mbc_diary_write_stop          (MbcDiary      *self);
void        _mbc_diary_write_add           (MbcDiary      *self,
                                            MbcDiaryEntry *entry);
void        _mbc_diary_write_replace       (MbcDiary      *self,
                                            MbcDiaryEntry *entry);
void        _mbc_diary_write_remove        (MbcDiary      *self,
                                            MbcDiaryEntry *entry);
void        _mbc_diary_write_add_all       (MbcDiary      *self,
                                            GPtrArray     *entries);
void        _mbc_diary_write_clear         (MbcDiary      *self);

/* mbc-diary.c */
void        _mbc_diary_save_failed         (MbcDiary      *self,
                                            const GError  *error);
/* Puts @entries (newest first, with their ids; may be NULL) in the
 * model, once the file is read, with their @signs
 * (_mbc_diary_signs_build(), or NULL to build it here).
 */
void        _mbc_diary_take_loaded         (MbcDiary      *self,
                                            GPtrArray     *entries,
                                            GHashTable    *signs,
                                            gboolean       read_only);

G_END_DECLS
