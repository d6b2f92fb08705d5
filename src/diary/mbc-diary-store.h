/* mbc-diary-store.h: the diary's SQLite file
 *
 * A plain, synchronous object: the diary uses it from its worker
 * thread, the tests and the crash test's writer directly. One object is
 * used by one thread at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "mbc-diary-entry.h"

G_BEGIN_DECLS

/* The version of the file's schema this guide writes (PRAGMA
 * user_version). A newer guide writes a higher one.
 */
#define MBC_DIARY_STORE_VERSION 2

/* PRAGMA application_id: the file is a diary of this guide ("MBCD"). */
#define MBC_DIARY_STORE_APPLICATION_ID 0x4d424344

#define MBC_DIARY_STORE_ERROR (mbc_diary_store_error_quark ())

typedef enum {
  /* The file is not a diary this guide can read: damaged, cut short,
   * empty, or another program's.
   */
  MBC_DIARY_STORE_ERROR_DAMAGED,
  /* The file was written by a newer guide: open it read-only. */
  MBC_DIARY_STORE_ERROR_NEWER,
  /* The file or its folder cannot be made, opened or written. */
  MBC_DIARY_STORE_ERROR_UNAVAILABLE,
  /* A change that could not be written; nothing of it is in the file. */
  MBC_DIARY_STORE_ERROR_WRITE,
  /* The file is open read-only. */
  MBC_DIARY_STORE_ERROR_READ_ONLY,
} MbcDiaryStoreError;

#define MBC_TYPE_DIARY_STORE (mbc_diary_store_get_type ())

G_DECLARE_FINAL_TYPE (MbcDiaryStore, mbc_diary_store, MBC, DIARY_STORE, GObject)

GQuark         mbc_diary_store_error_quark (void);

/* Opens the diary at @path, making it (0600, in a 0700 folder) when
 * there is none, and bringing an older schema up to date. With
 * @read_only, nothing is ever written, and a newer schema is accepted.
 */
MbcDiaryStore *mbc_diary_store_open        (const char     *path,
                                            gboolean        read_only,
                                            GError        **error);
const char    *mbc_diary_store_get_path    (MbcDiaryStore  *self);
gboolean       mbc_diary_store_get_read_only (MbcDiaryStore *self);

/* Every entry, newest first. */
GPtrArray     *mbc_diary_store_load        (MbcDiaryStore  *self,
                                            GError        **error);

/* Each change is one transaction: when it returns TRUE, the change is
 * on the disk and survives a crash or a power cut. Entries have their
 * ids.
 */
gboolean       mbc_diary_store_add         (MbcDiaryStore  *self,
                                            MbcDiaryEntry  *entry,
                                            GError        **error);
gboolean       mbc_diary_store_replace     (MbcDiaryStore  *self,
                                            MbcDiaryEntry  *entry,
                                            GError        **error);
gboolean       mbc_diary_store_remove      (MbcDiaryStore  *self,
                                            gint64          id,
                                            GError        **error);
/* All or none. */
gboolean       mbc_diary_store_add_all     (MbcDiaryStore  *self,
                                            GPtrArray      *entries,
                                            GError        **error);
/* Removes every entry, then compacts the file and empties its log, so
 * that nothing of them is left in either.
 */
gboolean       mbc_diary_store_clear       (MbcDiaryStore  *self,
                                            GError        **error);

/* Moves the file at @path, with its -wal and -shm files, aside to a
 * name with the time (diary.sqlite3.damaged-20261207-101500), never
 * over another file. Returns the new path of the diary's file.
 */
char          *mbc_diary_store_set_aside   (const char     *path,
                                            GError        **error);

G_END_DECLS
