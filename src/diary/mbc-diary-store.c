/* mbc-diary-store.c: the diary's SQLite file
 *
 * The file holds years of a person's health record, so it is written
 * the careful way: the log (WAL) is flushed to the disk at every commit
 * (synchronous=FULL), so that a change whose commit returned survives a
 * crash or a power cut, and each change is one transaction, so that the
 * file holds it whole or not at all. It is only ever readable by its
 * owner (0600, in a 0700 folder).
 *
 * A new file is made under another name and takes the diary's name only
 * once its schema is complete: a file under the diary's name that is
 * not a complete diary of this guide (empty, cut short, garbage, another
 * program's database) is therefore damaged, and the diary sets it aside.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mbc-diary-store-private.h"

/* How long to wait for a lock another connection holds (a second guide
 * started by hand, a backup tool reading the file) before giving up.
 */
#define BUSY_TIMEOUT_MS 5000

/* The schema, one step for each version: step n takes a file from
 * version n to n + 1. A step is never changed once released; a new
 * version adds a step.
 */
static const char * const migrations[MBC_DIARY_STORE_VERSION] = {
  /* 1: the entries. "when" is Unix time in seconds, kind the number of
   * MbcDiaryKind, interference NULL when the person did not give it.
   */
  "CREATE TABLE entries ("
  "  id           INTEGER PRIMARY KEY,"
  "  kind         INTEGER NOT NULL,"
  "  sign_id      TEXT,"
  "  label        TEXT NOT NULL DEFAULT '',"
  "  \"when\"       INTEGER NOT NULL,"
  "  severity     INTEGER NOT NULL,"
  "  interference INTEGER,"
  "  medicines    TEXT,"
  "  note         TEXT"
  ");",
  /* 2: the entries in the timeline's order, so that reading them all
   * newest first needs no sort.
   */
  "CREATE INDEX entries_newest_first ON entries (\"when\" DESC, id DESC);",
};

#define COLUMNS "id, kind, sign_id, label, \"when\", severity, interference, medicines, note"

struct _MbcDiaryStore
{
  GObject       parent_instance;

  char         *path;
  gboolean      read_only;
  sqlite3      *db;

  sqlite3_stmt *insert;
  sqlite3_stmt *update;
  sqlite3_stmt *delete;
  sqlite3_stmt *select_all;
};

G_DEFINE_FINAL_TYPE (MbcDiaryStore, mbc_diary_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (mbc-diary-store-error-quark, mbc_diary_store_error)

static void
mbc_diary_store_finalize (GObject *object)
{
  MbcDiaryStore *self = MBC_DIARY_STORE (object);

  g_clear_pointer (&self->insert, sqlite3_finalize);
  g_clear_pointer (&self->update, sqlite3_finalize);
  g_clear_pointer (&self->delete, sqlite3_finalize);
  g_clear_pointer (&self->select_all, sqlite3_finalize);
  /* The last connection to close checkpoints the log into the file and
   * removes it.
   */
  g_clear_pointer (&self->db, sqlite3_close);
  g_free (self->path);

  G_OBJECT_CLASS (mbc_diary_store_parent_class)->finalize (object);
}

static void
mbc_diary_store_class_init (MbcDiaryStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mbc_diary_store_finalize;
}

static void
mbc_diary_store_init (MbcDiaryStore *self)
{
}

/* Which error of ours an SQLite result code is: whether the file is to
 * blame (set it aside) or the disk, its permissions or another program
 * (keep the file, and say so).
 */
static MbcDiaryStoreError
error_code_for (int                 result,
                MbcDiaryStoreError  fallback)
{
  switch (result & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
      return MBC_DIARY_STORE_ERROR_DAMAGED;

    case SQLITE_ERROR:
      /* A table, a column that is not there: the fallback says whether
       * that was a question to the file or a change.
       */
      return fallback;

    default:
      return fallback == MBC_DIARY_STORE_ERROR_WRITE
             ? MBC_DIARY_STORE_ERROR_WRITE : MBC_DIARY_STORE_ERROR_UNAVAILABLE;
    }
}

/* Words for what went wrong, for the person to read. */
static const char *
describe (int result)
{
  switch (result & 0xff)
    {
    case SQLITE_FULL:
      return _("The disk is full");
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
      return _("The file cannot be written");
    case SQLITE_IOERR:
      return _("The disk could not be read or written");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
      return _("The file is damaged");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return _("Another program is using the file");
    default:
      return _("The file refused the change");
    }
}

static void
set_sqlite_error (GError             **error,
                  sqlite3             *db,
                  int                  result,
                  MbcDiaryStoreError   fallback)
{
  g_set_error (error, MBC_DIARY_STORE_ERROR, error_code_for (result, fallback),
               "%s (%s).", describe (result),
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (result));
}

static gboolean
exec (sqlite3             *db,
      const char          *sql,
      MbcDiaryStoreError   fallback,
      GError             **error)
{
  int result = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (result != SQLITE_OK)
    {
      set_sqlite_error (error, db, result, fallback);
      return FALSE;
    }

  return TRUE;
}

/* The integer a PRAGMA answers, or -1 with @error. */
static gint64
query_int (sqlite3             *db,
           const char          *sql,
           GError             **error)
{
  sqlite3_stmt *statement = NULL;
  gint64 value = -1;
  int result;

  result = sqlite3_prepare_v2 (db, sql, -1, &statement, NULL);
  if (result == SQLITE_OK)
    result = sqlite3_step (statement);
  if (result == SQLITE_ROW)
    value = sqlite3_column_int64 (statement, 0);
  else if (result == SQLITE_DONE)
    value = 0;
  else
    set_sqlite_error (error, db, result, MBC_DIARY_STORE_ERROR_DAMAGED);
  sqlite3_finalize (statement);

  return value;
}

static gboolean
migrate (sqlite3  *db,
         int       from,
         GError  **error)
{
  for (int version = from; version < MBC_DIARY_STORE_VERSION; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d;", version + 1);

      /* Each step whole or not at all: a step cut short by a crash is
       * made again from the start.
       */
      if (!exec (db, "BEGIN IMMEDIATE;", MBC_DIARY_STORE_ERROR_UNAVAILABLE, error))
        return FALSE;
      if (!exec (db, migrations[version], MBC_DIARY_STORE_ERROR_DAMAGED, error) ||
          !exec (db, set_version, MBC_DIARY_STORE_ERROR_UNAVAILABLE, error) ||
          !exec (db, "COMMIT;", MBC_DIARY_STORE_ERROR_UNAVAILABLE, error))
        {
          sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}

/* Makes a new, empty diary at @path: complete under another name first,
 * then renamed, so that the diary's name only ever holds a whole diary.
 */
static gboolean
create (const char  *path,
        GError     **error)
{
  g_autofree char *new_path = g_strconcat (path, ".new", NULL);
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d;",
                                             MBC_DIARY_STORE_APPLICATION_ID);
  sqlite3 *db = NULL;
  int result;
  int fd;

  /* What an earlier attempt left: a diary with no entry yet. */
  _mbc_diary_store_remove_with_log (new_path);

  /* Made here rather than by SQLite, so that it is private from the
   * first byte; SQLite gives its log and shared memory the same mode.
   */
  fd = g_open (new_path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    /* Translators: the first %s is a path, the second why. */
    return _mbc_diary_store_set_unix_error (error, _("Could not make “%s”: %s."),
                                            new_path, g_strerror (errno));
  close (fd);

  result = sqlite3_open_v2 (new_path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (result != SQLITE_OK)
    {
      set_sqlite_error (error, db, result, MBC_DIARY_STORE_ERROR_UNAVAILABLE);
      sqlite3_close (db);
      _mbc_diary_store_remove_with_log (new_path);
      return FALSE;
    }

  if (!exec (db, "PRAGMA journal_mode = WAL;", MBC_DIARY_STORE_ERROR_UNAVAILABLE, error) ||
      !exec (db, "PRAGMA synchronous = FULL;", MBC_DIARY_STORE_ERROR_UNAVAILABLE, error) ||
      !exec (db, set_id, MBC_DIARY_STORE_ERROR_UNAVAILABLE, error) ||
      !migrate (db, 0, error))
    {
      sqlite3_close (db);
      _mbc_diary_store_remove_with_log (new_path);
      return FALSE;
    }

  /* Closing the last connection writes the log into the file, with a
   * flush to the disk, and removes the log.
   */
  result = sqlite3_close (db);
  if (result != SQLITE_OK)
    {
      set_sqlite_error (error, NULL, result, MBC_DIARY_STORE_ERROR_UNAVAILABLE);
      _mbc_diary_store_remove_with_log (new_path);
      return FALSE;
    }

  if (g_rename (new_path, path) != 0)
    {
      /* Translators: the first %s is a path, the second why. */
      _mbc_diary_store_set_unix_error (error, _("Could not make “%s”: %s."),
                                       path, g_strerror (errno));
      _mbc_diary_store_remove_with_log (new_path);
      return FALSE;
    }

  return _mbc_diary_store_sync_folder (path, error);
}

/* Finds what makes the file unusable, if anything: not a database, not
 * a diary of this guide, damaged pages. Returns the file's version, or
 * -1 with @error.
 */
static int
check_file (sqlite3  *db,
            GError  **error)
{
  sqlite3_stmt *statement = NULL;
  gint64 application_id;
  gint64 version;
  int result;

  /* The first read of the file: a file that is no database fails here. */
  application_id = query_int (db, "PRAGMA application_id;", error);
  if (application_id < 0)
    return -1;
  if (application_id != MBC_DIARY_STORE_APPLICATION_ID)
    {
      g_set_error_literal (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_DAMAGED,
                           application_id == 0 && query_int (db, "PRAGMA page_count;", NULL) == 0
                           ? _("The file is empty.")
                           : _("The file is not a diary of this guide."));
      return -1;
    }

  /* Every page read, and its structure checked (not the indexes against
   * the table, which takes much longer and finds nothing the person
   * could lose).
   */
  result = sqlite3_prepare_v2 (db, "PRAGMA quick_check;", -1, &statement, NULL);
  if (result == SQLITE_OK)
    result = sqlite3_step (statement);
  if (result != SQLITE_ROW)
    {
      set_sqlite_error (error, db, result, MBC_DIARY_STORE_ERROR_DAMAGED);
      sqlite3_finalize (statement);
      return -1;
    }
  if (g_strcmp0 ((const char *) sqlite3_column_text (statement, 0), "ok") != 0)
    {
      /* SQLite's first finding is enough to tell where. */
      g_autofree char *finding = g_strdup ((const char *) sqlite3_column_text (statement, 0));

      /* "*** in database main ***" comes first: the finding is after it. */
      if (finding != NULL && g_str_has_prefix (finding, "***") && strchr (finding, '\n') != NULL)
        memmove (finding, strchr (finding, '\n') + 1, strlen (strchr (finding, '\n') + 1) + 1);
      g_strdelimit (finding, "\n", '\0');
      g_set_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_DAMAGED,
                   "%s (%s).", _("The file is damaged"), finding != NULL ? finding : "");
      sqlite3_finalize (statement);
      return -1;
    }
  sqlite3_finalize (statement);

  version = query_int (db, "PRAGMA user_version;", error);
  if (version < 0)
    return -1;

  return (int) MIN (version, G_MAXINT);
}

static sqlite3 *
open_connection (const char  *path,
                 int          flags,
                 GError     **error)
{
  sqlite3 *db = NULL;
  int result = sqlite3_open_v2 (path, &db, flags, NULL);

  if (result != SQLITE_OK)
    {
      set_sqlite_error (error, db, result, MBC_DIARY_STORE_ERROR_UNAVAILABLE);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  /* Until the file is known to be a sound diary, closing it must leave
   * its log as it is: SQLite would write the log into the file, and
   * remove it.
   */
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  return db;
}

static gboolean
prepare (MbcDiaryStore  *self,
         const char     *sql,
         sqlite3_stmt  **statement,
         GError        **error)
{
  int result = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                                   statement, NULL);

  if (result != SQLITE_OK)
    {
      /* A table or column that should be there and is not: the file is
       * not the diary its version says.
       */
      if ((result & 0xff) == SQLITE_ERROR)
        g_set_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_DAMAGED,
                     "%s (%s).", _("Part of the diary is missing from the file"),
                     sqlite3_errmsg (self->db));
      else
        set_sqlite_error (error, self->db, result, MBC_DIARY_STORE_ERROR_DAMAGED);
      return FALSE;
    }

  return TRUE;
}

MbcDiaryStore *
mbc_diary_store_open (const char  *path,
                      gboolean     read_only,
                      GError     **error)
{
  g_autoptr(MbcDiaryStore) self = NULL;
  g_autofree char *folder = NULL;
  sqlite3 *db;
  int version;

  g_return_val_if_fail (path != NULL, NULL);

  folder = g_path_get_dirname (path);
  if (!read_only)
    {
      if (g_mkdir_with_parents (folder, 0700) != 0)
        {
          /* Translators: the first %s is a path, the second why. */
          _mbc_diary_store_set_unix_error (error, _("Could not make the folder “%s”: %s."),
                                           folder, g_strerror (errno));
          return NULL;
        }
      if (!_mbc_diary_store_restrict_mode (folder, 0700, error))
        return NULL;
      if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create (path, error))
        return NULL;
    }

  /* The file is checked through a connection that never writes to it,
   * so that a damaged file is set aside exactly as it was found.
   */
  if (!_mbc_diary_store_check_header (path, error))
    return NULL;
  db = open_connection (path, SQLITE_OPEN_READONLY, error);
  if (db == NULL)
    return NULL;
  version = check_file (db, error);
  sqlite3_close (db);
  if (version < 0)
    return NULL;
  if (version > MBC_DIARY_STORE_VERSION && !read_only)
    {
      g_set_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_NEWER,
                   _("The file was written by a newer version of the guide (version %d)."),
                   version);
      return NULL;
    }

  self = g_object_new (MBC_TYPE_DIARY_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = read_only;
  self->db = open_connection (path, read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE,
                              error);
  if (self->db == NULL)
    return NULL;

  if (!read_only)
    {
      if (!_mbc_diary_store_restrict_mode (path, 0600, error))
        return NULL;
      /* The log is flushed to the disk at each commit: a change whose
       * commit returned is never lost. Removed entries are overwritten,
       * not merely forgotten by the file.
       */
      if (!exec (self->db, "PRAGMA journal_mode = WAL;"
                           "PRAGMA synchronous = FULL;"
                           "PRAGMA secure_delete = ON;",
                 MBC_DIARY_STORE_ERROR_UNAVAILABLE, error) ||
          !migrate (self->db, version, error))
        return NULL;
    }

  if (!prepare (self, "SELECT " COLUMNS " FROM entries ORDER BY \"when\" DESC, id DESC;",
                &self->select_all, error))
    return NULL;
  if (!read_only &&
      (!prepare (self, "INSERT INTO entries (" COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);",
                 &self->insert, error) ||
       !prepare (self, "UPDATE entries SET kind = ?2, sign_id = ?3, label = ?4, \"when\" = ?5,"
                       " severity = ?6, interference = ?7, medicines = ?8, note = ?9"
                       " WHERE id = ?1;",
                 &self->update, error) ||
       !prepare (self, "DELETE FROM entries WHERE id = ?;", &self->delete, error)))
    return NULL;

  /* A sound diary: closing it writes its log into it, as usual. */
  if (!read_only)
    sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  return g_steal_pointer (&self);
}

const char *
mbc_diary_store_get_path (MbcDiaryStore *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_STORE (self), NULL);

  return self->path;
}

gboolean
mbc_diary_store_get_read_only (MbcDiaryStore *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_STORE (self), FALSE);

  return self->read_only;
}

static const char *
column_text (sqlite3_stmt *statement,
             int           column)
{
  return (const char *) sqlite3_column_text (statement, column);
}

GPtrArray *
mbc_diary_store_load (MbcDiaryStore  *self,
                      GError        **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  int result;

  g_return_val_if_fail (MBC_IS_DIARY_STORE (self), NULL);

  entries = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_reset (self->select_all);
  while ((result = sqlite3_step (self->select_all)) == SQLITE_ROW)
    {
      sqlite3_stmt *row = self->select_all;
      g_autoptr(MbcDiaryEntry) entry = NULL;
      int kind = sqlite3_column_int (row, 1);
      const char *sign_id = column_text (row, 2);
      int severity = sqlite3_column_int (row, 5);
      int interference = sqlite3_column_type (row, 6) == SQLITE_NULL
                         ? MBC_DIARY_SCORE_NONE : sqlite3_column_int (row, 6);
      gboolean has_sign = sign_id != NULL && *sign_id != '\0';

      /* A row no version of the guide writes (the file was edited by
       * hand, or by a newer guide with kinds this one does not know) is
       * left in the file, untouched, and out of the diary.
       */
      if (!mbc_diary_kind_is_valid (kind) ||
          (kind == MBC_DIARY_KIND_SIGN) != has_sign ||
          severity < 0 || severity > MBC_DIARY_SCORE_MAX ||
          interference < MBC_DIARY_SCORE_NONE || interference > MBC_DIARY_SCORE_MAX)
        {
          g_debug ("Diary entry %" G_GINT64_FORMAT " left out: not one this guide writes",
                   (gint64) sqlite3_column_int64 (row, 0));
          continue;
        }

      entry = mbc_diary_entry_new (kind, sign_id, column_text (row, 3),
                                   sqlite3_column_int64 (row, 4), severity, interference,
                                   column_text (row, 7), column_text (row, 8));
      g_ptr_array_add (entries, mbc_diary_entry_copy_with_id (entry,
                                                              sqlite3_column_int64 (row, 0)));
    }
  if (result != SQLITE_DONE)
    {
      set_sqlite_error (error, self->db, result, MBC_DIARY_STORE_ERROR_DAMAGED);
      sqlite3_reset (self->select_all);
      return NULL;
    }
  sqlite3_reset (self->select_all);

  return g_steal_pointer (&entries);
}

static gboolean
check_writable (MbcDiaryStore  *self,
                GError        **error)
{
  if (self->read_only)
    {
      g_set_error_literal (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_READ_ONLY,
                           _("The diary was opened read-only."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
begin (MbcDiaryStore  *self,
       GError        **error)
{
  return exec (self->db, "BEGIN IMMEDIATE;", MBC_DIARY_STORE_ERROR_WRITE, error);
}

/* Ends the transaction: commits when @ok, else rolls back. */
static gboolean
end (MbcDiaryStore  *self,
     gboolean        ok,
     GError        **error)
{
  if (ok && exec (self->db, "COMMIT;", MBC_DIARY_STORE_ERROR_WRITE, error))
    return TRUE;

  /* After some failures (a full disk) SQLite has already rolled back. */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);

  return FALSE;
}

static void
bind_text (sqlite3_stmt *statement,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (statement, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (statement, index);
}

/* Runs @statement for @entry: an insert or an update. */
static gboolean
write_entry (MbcDiaryStore  *self,
             sqlite3_stmt   *statement,
             MbcDiaryEntry  *entry,
             GError        **error)
{
  int interference = mbc_diary_entry_get_interference (entry);
  int result;

  sqlite3_bind_int64 (statement, 1, mbc_diary_entry_get_id (entry));
  sqlite3_bind_int (statement, 2, mbc_diary_entry_get_kind (entry));
  bind_text (statement, 3, mbc_diary_entry_get_sign_id (entry));
  bind_text (statement, 4, mbc_diary_entry_get_label (entry));
  sqlite3_bind_int64 (statement, 5, mbc_diary_entry_get_when (entry));
  sqlite3_bind_int (statement, 6, mbc_diary_entry_get_severity (entry));
  if (interference == MBC_DIARY_SCORE_NONE)
    sqlite3_bind_null (statement, 7);
  else
    sqlite3_bind_int (statement, 7, interference);
  bind_text (statement, 8, mbc_diary_entry_get_medicines (entry));
  bind_text (statement, 9, mbc_diary_entry_get_note (entry));

  result = sqlite3_step (statement);
  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  if (result != SQLITE_DONE)
    {
      set_sqlite_error (error, self->db, result, MBC_DIARY_STORE_ERROR_WRITE);
      return FALSE;
    }

  return TRUE;
}

gboolean
mbc_diary_store_add (MbcDiaryStore  *self,
                     MbcDiaryEntry  *entry,
                     GError        **error)
{
  g_return_val_if_fail (MBC_IS_DIARY_STORE (self), FALSE);
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (entry), FALSE);

  if (!check_writable (self, error) || !begin (self, error))
    return FALSE;

  return end (self, write_entry (self, self->insert, entry, error), error);
}

gboolean
mbc_diary_store_replace (MbcDiaryStore  *self,
                         MbcDiaryEntry  *entry,
                         GError        **error)
{
  gboolean ok;

  g_return_val_if_fail (MBC_IS_DIARY_STORE (self), FALSE);
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (entry), FALSE);

  if (!check_writable (self, error) || !begin (self, error))
    return FALSE;

  ok = write_entry (self, self->update, entry, error);
  if (ok && sqlite3_changes (self->db) != 1)
    {
      g_set_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_WRITE,
                   "No entry %" G_GINT64_FORMAT " to change", mbc_diary_entry_get_id (entry));
      ok = FALSE;
    }

  return end (self, ok, error);
}

gboolean
mbc_diary_store_remove (MbcDiaryStore  *self,
                        gint64          id,
                        GError        **error)
{
  int result;

  g_return_val_if_fail (MBC_IS_DIARY_STORE (self), FALSE);

  if (!check_writable (self, error) || !begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (self->delete, 1, id);
  result = sqlite3_step (self->delete);
  sqlite3_reset (self->delete);
  if (result != SQLITE_DONE)
    set_sqlite_error (error, self->db, result, MBC_DIARY_STORE_ERROR_WRITE);

  return end (self, result == SQLITE_DONE, error);
}

gboolean
mbc_diary_store_add_all (MbcDiaryStore  *self,
                         GPtrArray      *entries,
                         GError        **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (MBC_IS_DIARY_STORE (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);

  if (!check_writable (self, error) || !begin (self, error))
    return FALSE;

  for (guint i = 0; ok && i < entries->len; i++)
    ok = write_entry (self, self->insert, g_ptr_array_index (entries, i), error);

  return end (self, ok, error);
}

gboolean
mbc_diary_store_clear (MbcDiaryStore  *self,
                       GError        **error)
{
  g_return_val_if_fail (MBC_IS_DIARY_STORE (self), FALSE);

  if (!check_writable (self, error) || !begin (self, error))
    return FALSE;
  if (!end (self, exec (self->db, "DELETE FROM entries;", MBC_DIARY_STORE_ERROR_WRITE, error),
            error))
    return FALSE;

  /* The entries are gone from the table, but their pages are free pages
   * of the file and copies of them are in the log: the file is written
   * again without them, and the log is emptied and cut to nothing.
   */
  return exec (self->db, "VACUUM;", MBC_DIARY_STORE_ERROR_WRITE, error) &&
         exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE);", MBC_DIARY_STORE_ERROR_WRITE, error);
}
