/* mbc-diary-store-private.h: what the files of MbcDiaryStore share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-diary-store.h"

G_BEGIN_DECLS

/* mbc-diary-store-file.c */

/* Sets MBC_DIARY_STORE_ERROR_UNAVAILABLE; returns FALSE. */
gboolean _mbc_diary_store_set_unix_error   (GError     **error,
                                            const char  *format,
                                            ...) G_GNUC_PRINTF (2, 3);
/* Gives @path @mode unless it has it already. */
gboolean _mbc_diary_store_restrict_mode    (const char  *path,
                                            int          mode,
                                            GError     **error);
/* Flushes the folder of @path, so that a rename in it is on the disk. */
gboolean _mbc_diary_store_sync_folder      (const char  *path,
                                            GError     **error);
/* Removes @path with its -wal, -shm and -journal files. */
void     _mbc_diary_store_remove_with_log  (const char  *path);

/* Refuses (MBC_DIARY_STORE_ERROR_DAMAGED) a file that is no SQLite
 * database at all, without SQLite.
 */
gboolean _mbc_diary_store_check_header     (const char  *path,
                                            GError     **error);

G_END_DECLS
