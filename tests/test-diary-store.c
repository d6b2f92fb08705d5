/* test-diary-store.c: the diary's file keeps what it was given
 *
 * The file is checked from the outside, with SQLite itself: it is
 * private (0600 in a 0700 folder), in WAL mode, at the schema's version,
 * and an older file is brought forward step by step. Every change comes
 * back as it went in. A file that is not a whole diary of this guide
 * (cut in half, garbage, empty, another program's) is refused as
 * damaged and can be set aside, its bytes unchanged; one from a newer
 * guide opens read-only and is never written. Clearing leaves nothing
 * of the entries in the file or its log. And a writer killed at random,
 * 200 times, leaves a file that passes SQLite's integrity check and
 * holds every entry whose commit had returned.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "mbc-diary-store.h"
#include "mbc-test-files.h"

/* The kill test: how many times the writer is killed, and how many ids
 * it prints at most before the kill is sent, at a random moment after.
 */
#define N_KILLS       200
#define MAX_IDS_FIRST 4
#define MAX_KILL_DELAY_US 3000

/* Helpers */

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("mbc-diary-store-XXXXXX", &error);

  g_assert_no_error (error);

  return folder;
}

static MbcDiaryEntry *
new_entry (gint64      id,
           MbcDiaryKind kind,
           const char *sign_id,
           const char *label,
           gint64      when,
           int         severity,
           int         interference,
           const char *medicines,
           const char *note)
{
  g_autoptr(MbcDiaryEntry) entry = mbc_diary_entry_new (kind, sign_id, label, when, severity,
                                                        interference, medicines, note);

  return mbc_diary_entry_copy_with_id (entry, id);
}

static MbcDiaryStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  MbcDiaryStore *store = mbc_diary_store_open (path, FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

static void
add (MbcDiaryStore *store,
     MbcDiaryEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcDiaryEntry) owned = entry;

  g_assert_true (mbc_diary_store_add (store, owned, &error));
  g_assert_no_error (error);
}

static GPtrArray *
load (MbcDiaryStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = mbc_diary_store_load (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);

  return entries;
}

/* The file, opened by SQLite alone, as another program would. */
static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);

  return db;
}

static void
exec_raw (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* The first column of the first row @sql answers, as text. */
static char *
query_raw (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *statement = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);

  return value;
}

static void
assert_query (const char *path,
              const char *sql,
              const char *expected)
{
  sqlite3 *db = open_raw (path);
  g_autofree char *value = query_raw (db, sql);

  g_assert_cmpstr (value, ==, expected);
  sqlite3_close (db);
}

static guint
file_mode (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);

  return info.st_mode & 0777;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
write_bytes (const char *path,
             const void *data,
             gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

/* A diary with a few entries, closed. */
static void
make_diary (const char *path,
            guint       n)
{
  g_autoptr(MbcDiaryStore) store = open_store (path);

  for (guint i = 1; i <= n; i++)
    add (store, new_entry (i, MBC_DIARY_KIND_OWN, NULL, "Tired", 1700000000 + i * 3600,
                           i % 11, MBC_DIARY_SCORE_NONE, NULL, "A note long enough to "
                           "fill some pages of the file, so that it has more than one."));
}

static void
assert_entries_equal (MbcDiaryEntry *a,
                      MbcDiaryEntry *b)
{
  g_assert_cmpint (mbc_diary_entry_get_id (a), ==, mbc_diary_entry_get_id (b));
  g_assert_true (mbc_diary_entry_equal_content (a, b));
}

/* Tests */

static void
test_new_file (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *data = g_build_filename (folder, "data", NULL);
  g_autofree char *path = g_build_filename (data, "mbc-guide", "diary.sqlite3", NULL);
  g_autofree char *diary_folder = g_path_get_dirname (path);
  g_autofree char *version = g_strdup_printf ("%d", MBC_DIARY_STORE_VERSION);
  g_autofree char *application_id = g_strdup_printf ("%d", MBC_DIARY_STORE_APPLICATION_ID);
  g_autoptr(MbcDiaryStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  store = open_store (path);
  g_assert_cmpstr (mbc_diary_store_get_path (store), ==, path);
  g_assert_false (mbc_diary_store_get_read_only (store));
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 0);
  add (store, new_entry (1, MBC_DIARY_KIND_OWN, NULL, "Tired", 1700000000, 3,
                         MBC_DIARY_SCORE_NONE, NULL, NULL));

  /* Private: no one but its owner reads it, nor its log. */
  g_assert_cmpuint (file_mode (diary_folder), ==, 0700);
  g_assert_cmpuint (file_mode (path), ==, 0600);
  dir = g_dir_open (diary_folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (diary_folder, name, NULL);

      g_assert_true (g_str_has_prefix (name, "diary.sqlite3"));
      /* Nothing is left of the file's making. */
      g_assert_false (g_str_has_suffix (name, ".new"));
      g_assert_cmpuint (file_mode (child), ==, 0600);
    }

  assert_query (path, "PRAGMA journal_mode;", "wal");
  assert_query (path, "PRAGMA user_version;", version);
  assert_query (path, "PRAGMA application_id;", application_id);
  assert_query (path, "PRAGMA integrity_check;", "ok");
  /* Unix seconds, and the kind's number. */
  assert_query (path, "SELECT \"when\" || ' ' || kind FROM entries;", "1700000000 3");

  /* A file or folder that became readable by others is made private
   * again when it is opened.
   */
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (diary_folder, 0755), ==, 0);
  store = open_store (path);
  g_assert_cmpuint (file_mode (diary_folder), ==, 0700);
  g_assert_cmpuint (file_mode (path), ==, 0600);

  g_clear_object (&store);
  mbc_test_remove_tree (folder);
}

static void
test_round_trip (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autoptr(MbcDiaryStore) store = open_store (path);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) import = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MbcDiaryEntry) changed = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (all, new_entry (1, MBC_DIARY_KIND_SIGN, "bone-pain", "Bone pain",
                                   1700000000, 7, 4, "Ibuprofen 400 mg", "Worse at night"));
  g_ptr_array_add (all, new_entry (2, MBC_DIARY_KIND_SIDE_EFFECT, NULL, "Náusea «fuerte»",
                                   1700003600, 0, 0, NULL, "Línea uno\nlínea dos, \"citada\""));
  g_ptr_array_add (all, new_entry (3, MBC_DIARY_KIND_OVERALL, NULL, "", -86400, 10,
                                   MBC_DIARY_SCORE_NONE, NULL, NULL));
  g_ptr_array_add (all, new_entry (4, MBC_DIARY_KIND_OWN, NULL, "Tired", 1700003600, 10, 10,
                                   "", ""));
  for (guint i = 0; i < all->len; i++)
    add (store, g_object_ref (g_ptr_array_index (all, i)));

  /* Newest first; of two at the same time, the larger id first. */
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 4);
  assert_entries_equal (g_ptr_array_index (entries, 0), g_ptr_array_index (all, 3));
  assert_entries_equal (g_ptr_array_index (entries, 1), g_ptr_array_index (all, 1));
  assert_entries_equal (g_ptr_array_index (entries, 2), g_ptr_array_index (all, 0));
  assert_entries_equal (g_ptr_array_index (entries, 3), g_ptr_array_index (all, 2));
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* The same id twice is refused, and changes nothing. */
  g_assert_false (mbc_diary_store_add (store, g_ptr_array_index (all, 0), &error));
  g_assert_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_WRITE);
  g_clear_error (&error);

  changed = new_entry (1, MBC_DIARY_KIND_SIGN, "bone-pain", "Bone pain", 1700007200, 2,
                       MBC_DIARY_SCORE_NONE, NULL, NULL);
  g_assert_true (mbc_diary_store_replace (store, changed, &error));
  g_assert_no_error (error);
  g_assert_true (mbc_diary_store_remove (store, 2, &error));
  g_assert_no_error (error);
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 3);
  assert_entries_equal (g_ptr_array_index (entries, 0), changed);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* An entry that is not there cannot be changed. */
  {
    g_autoptr(MbcDiaryEntry) missing = new_entry (99, MBC_DIARY_KIND_OWN, NULL, "x", 0, 0,
                                                  MBC_DIARY_SCORE_NONE, NULL, NULL);

    g_assert_false (mbc_diary_store_replace (store, missing, &error));
    g_assert_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_WRITE);
    g_clear_error (&error);
  }

  /* All or none: the last of an import has an id already there. */
  for (guint i = 0; i < 100; i++)
    g_ptr_array_add (import, new_entry (100 + i, MBC_DIARY_KIND_OWN, NULL, "Tired",
                                        1600000000 + i, 1, MBC_DIARY_SCORE_NONE, NULL, NULL));
  g_ptr_array_add (import, new_entry (1, MBC_DIARY_KIND_OWN, NULL, "Tired", 0, 1,
                                      MBC_DIARY_SCORE_NONE, NULL, NULL));
  g_assert_false (mbc_diary_store_add_all (store, import, &error));
  g_assert_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_WRITE);
  g_clear_error (&error);
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 3);
  g_clear_pointer (&entries, g_ptr_array_unref);

  g_ptr_array_set_size (import, 100);
  g_assert_true (mbc_diary_store_add_all (store, import, &error));
  g_assert_no_error (error);
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 103);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Once more, from the file. */
  g_clear_object (&store);
  store = open_store (path);
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 103);
  assert_entries_equal (g_ptr_array_index (entries, 0), changed);

  g_clear_object (&store);
  mbc_test_remove_tree (folder);
}

static void
test_migration (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autofree char *version = g_strdup_printf ("%d", MBC_DIARY_STORE_VERSION);
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d;",
                                             MBC_DIARY_STORE_APPLICATION_ID);
  g_autoptr(MbcDiaryStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  sqlite3 *db;

  /* A diary as the first version wrote it: the table, no index. */
  db = open_raw (path);
  exec_raw (db, "PRAGMA journal_mode = WAL;");
  exec_raw (db, set_id);
  exec_raw (db, "CREATE TABLE entries (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL,"
                " sign_id TEXT, label TEXT NOT NULL DEFAULT '', \"when\" INTEGER NOT NULL,"
                " severity INTEGER NOT NULL, interference INTEGER, medicines TEXT, note TEXT);");
  exec_raw (db, "INSERT INTO entries VALUES (1, 1, 'bone-pain', 'Bone pain', 1700000000, 6,"
                " NULL, NULL, 'first');");
  exec_raw (db, "INSERT INTO entries VALUES (2, 3, NULL, 'Tired', 1700000060, 2, 5,"
                " 'Tea', NULL);");
  exec_raw (db, "PRAGMA user_version = 1;");
  sqlite3_close (db);

  store = open_store (path);
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (mbc_diary_entry_get_label (g_ptr_array_index (entries, 0)), ==, "Tired");
  g_assert_cmpint (mbc_diary_entry_get_interference (g_ptr_array_index (entries, 0)), ==, 5);
  g_assert_cmpstr (mbc_diary_entry_get_note (g_ptr_array_index (entries, 1)), ==, "first");
  g_assert_cmpint (mbc_diary_entry_get_interference (g_ptr_array_index (entries, 1)), ==,
                   MBC_DIARY_SCORE_NONE);
  g_clear_object (&store);

  assert_query (path, "PRAGMA user_version;", version);
  assert_query (path, "SELECT name FROM sqlite_master WHERE type = 'index'"
                      " AND tbl_name = 'entries';", "entries_newest_first");
  assert_query (path, "PRAGMA integrity_check;", "ok");

  /* A diary from a guide that stopped before its first step (version 0,
   * our id) gets every step.
   */
  g_assert_cmpint (g_unlink (path), ==, 0);
  db = open_raw (path);
  exec_raw (db, set_id);
  sqlite3_close (db);
  store = open_store (path);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_object (&store);
  assert_query (path, "PRAGMA user_version;", version);

  mbc_test_remove_tree (folder);
}

static void
test_newer (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autofree char *newer = g_strdup_printf ("PRAGMA user_version = %d;",
                                            MBC_DIARY_STORE_VERSION + 1);
  g_autoptr(MbcDiaryStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  make_diary (path, 3);
  /* A newer guide added a column and a table of its own. */
  db = open_raw (path);
  exec_raw (db, "ALTER TABLE entries ADD COLUMN mood TEXT;");
  exec_raw (db, "CREATE TABLE visits (id INTEGER PRIMARY KEY, day TEXT);");
  exec_raw (db, newer);
  sqlite3_close (db);
  before = read_bytes (path);

  store = mbc_diary_store_open (path, FALSE, &error);
  g_assert_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_NEWER);
  g_assert_null (store);
  g_clear_error (&error);

  store = mbc_diary_store_open (path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (mbc_diary_store_get_read_only (store));
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_false (mbc_diary_store_add (store, g_ptr_array_index (entries, 0), &error));
  g_assert_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (mbc_diary_store_clear (store, &error));
  g_assert_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);

  /* Not a byte changed, and its version is still the newer one. */
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  mbc_test_remove_tree (folder);
}

typedef enum {
  DAMAGE_CUT_IN_HALF,
  DAMAGE_GARBAGE,
  DAMAGE_EMPTY,
  DAMAGE_OTHER_PROGRAM,
  DAMAGE_NO_TABLE,
  DAMAGE_PAGES,
} Damage;

static const struct {
  const char *name;
  Damage      damage;
} damages[] = {
  { "cut-in-half", DAMAGE_CUT_IN_HALF },
  { "garbage", DAMAGE_GARBAGE },
  { "empty", DAMAGE_EMPTY },
  { "other-program", DAMAGE_OTHER_PROGRAM },
  { "no-table", DAMAGE_NO_TABLE },
  { "damaged-pages", DAMAGE_PAGES },
};

static void
damage_file (const char *path,
             Damage      damage)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const guint8 *data;

  switch (damage)
    {
    case DAMAGE_CUT_IN_HALF:
      make_diary (path, 400);
      bytes = read_bytes (path);
      data = g_bytes_get_data (bytes, &length);
      write_bytes (path, data, length / 2);
      break;

    case DAMAGE_GARBAGE:
      {
        g_autoptr(GRand) rand = g_rand_new_with_seed (18);
        guint8 garbage[8192];

        for (guint i = 0; i < sizeof garbage; i++)
          garbage[i] = g_rand_int_range (rand, 0, 256);
        write_bytes (path, garbage, sizeof garbage);
      }
      break;

    case DAMAGE_EMPTY:
      write_bytes (path, "", 0);
      break;

    case DAMAGE_OTHER_PROGRAM:
      {
        sqlite3 *db = open_raw (path);

        exec_raw (db, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);");
        exec_raw (db, "INSERT INTO moz_places (url) VALUES ('https://example.org/');");
        exec_raw (db, "PRAGMA user_version = 3;");
        sqlite3_close (db);
      }
      break;

    case DAMAGE_NO_TABLE:
      {
        sqlite3 *db;

        /* Our id and version, but the entries are gone. */
        make_diary (path, 3);
        db = open_raw (path);
        exec_raw (db, "DROP TABLE entries;");
        sqlite3_close (db);
      }
      break;

    case DAMAGE_PAGES:
      {
        g_autofree guint8 *copy = NULL;

        /* A few pages in the middle written over: the header is sound,
         * the table is not.
         */
        make_diary (path, 400);
        bytes = read_bytes (path);
        data = g_bytes_get_data (bytes, &length);
        copy = g_memdup2 (data, length);
        for (gsize i = length / 3; i < length / 3 + 3 * 4096 && i < length; i++)
          copy[i] = (guint8) (i * 31);
        write_bytes (path, copy, length);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
test_damaged (gconstpointer data)
{
  Damage damage = GPOINTER_TO_INT (data);
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcDiaryStore) store = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *aside_wal = NULL;
  g_autofree char *basename = NULL;

  damage_file (path, damage);
  /* A log beside it, as a crash leaves one: it goes with the file. */
  write_bytes (wal, "log", 3);
  before = read_bytes (path);

  store = mbc_diary_store_open (path, FALSE, &error);
  g_assert_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_DAMAGED);
  g_assert_null (store);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  /* Read-only, it is refused as well. */
  store = mbc_diary_store_open (path, TRUE, &error);
  g_assert_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_DAMAGED);
  g_clear_error (&error);

  /* Refusing it changed nothing in it. */
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  aside = mbc_diary_store_set_aside (path, &error);
  g_assert_no_error (error);
  basename = g_path_get_basename (aside);
  g_assert_true (g_str_has_prefix (basename, "diary.sqlite3.damaged-2"));
  g_assert_cmpuint (strlen (basename), ==, strlen ("diary.sqlite3.damaged-20261207-101500"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_clear_pointer (&after, g_bytes_unref);
  after = read_bytes (aside);
  g_assert_true (g_bytes_equal (before, after));
  aside_wal = g_strconcat (aside, "-wal", NULL);
  g_assert_true (g_file_test (aside_wal, G_FILE_TEST_EXISTS));

  /* A new diary in its place; a second damaged file in the same second
   * is set aside beside the first, not over it.
   */
  damage_file (path, DAMAGE_GARBAGE);
  {
    g_autofree char *second = mbc_diary_store_set_aside (path, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (second, !=, aside);
    g_assert_true (g_file_test (second, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
  }
  store = open_store (path);
  g_clear_object (&store);

  mbc_test_remove_tree (folder);
}

/* Whether @needle is anywhere in the file at @path. */
static gboolean
file_holds (const char *path,
            const char *needle)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return FALSE;

  bytes = read_bytes (path);
  data = g_bytes_get_data (bytes, &length);

  for (gsize i = 0; i + strlen (needle) <= length; i++)
    if (memcmp (data + i, needle, strlen (needle)) == 0)
      return TRUE;

  return FALSE;
}

static void
test_clear (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(MbcDiaryStore) store = open_store (path);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  for (guint i = 1; i <= 200; i++)
    add (store, new_entry (i, MBC_DIARY_KIND_OWN, NULL, "Secret sign", 1700000000 + i, 3,
                           MBC_DIARY_SCORE_NONE, "Secret medicine", "Secret note"));
  g_assert_true (mbc_diary_store_remove (store, 1, &error));
  g_assert_true (file_holds (path, "Secret note") || file_holds (wal, "Secret note"));

  g_assert_true (mbc_diary_store_clear (store, &error));
  g_assert_no_error (error);
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 0);

  /* Nothing of them, in the file or in its log, while the diary is open
   * and after.
   */
  g_assert_false (file_holds (path, "Secret"));
  g_assert_false (file_holds (wal, "Secret"));
  g_assert_cmpint (g_stat (wal, &info), ==, 0);
  g_assert_cmpint (info.st_size, ==, 0);
  g_clear_object (&store);
  g_assert_false (file_holds (path, "Secret"));
  g_assert_false (file_holds (wal, "Secret"));

  /* And it is a diary still. */
  store = open_store (path);
  add (store, new_entry (1, MBC_DIARY_KIND_OWN, NULL, "Tired", 1700000000, 3,
                         MBC_DIARY_SCORE_NONE, NULL, NULL));
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = load (store);
  g_assert_cmpuint (entries->len, ==, 1);

  g_clear_object (&store);
  mbc_test_remove_tree (folder);
}

static void
test_unavailable (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *not_folder = g_build_filename (folder, "mbc-guide", NULL);
  g_autofree char *path = g_build_filename (not_folder, "diary.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcDiaryStore) store = NULL;

  /* Where the folder should be is a file: nothing can be made there,
   * whoever runs the test.
   */
  write_bytes (not_folder, "not a folder", 12);
  store = mbc_diary_store_open (path, FALSE, &error);
  g_assert_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_UNAVAILABLE);
  g_assert_null (store);
  g_clear_error (&error);

  /* Read-only, a diary that is not there is not made. */
  g_assert_cmpint (g_unlink (not_folder), ==, 0);
  store = mbc_diary_store_open (path, TRUE, &error);
  g_assert_error (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_UNAVAILABLE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  mbc_test_remove_tree (folder);
}

/* The writer is killed at random moments, 200 times, while it adds
 * entries as fast as it can: each time, the file passes SQLite's
 * integrity check and holds every entry the writer said was committed.
 */
static void
test_killed (void)
{
  const char *writer_path = g_getenv ("MBC_DIARY_WRITER");
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autoptr(GHashTable) committed = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                           g_free, NULL);
  g_autoptr(GRand) rand = g_rand_new ();
  gint64 next_id = 1;
  guint n_committed_total = 0;

  if (writer_path == NULL)
    {
      g_test_skip ("MBC_DIARY_WRITER is not set: run through meson test");
      return;
    }

  for (guint kill = 0; kill < N_KILLS; kill++)
    {
      g_autoptr(GSubprocess) writer = NULL;
      g_autoptr(GDataInputStream) out = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(MbcDiaryStore) store = NULL;
      g_autoptr(GPtrArray) entries = NULL;
      g_autoptr(GHashTable) present = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                             g_free, NULL);
      g_autofree char *first = g_strdup_printf ("%" G_GINT64_FORMAT, next_id);
      g_autofree char *integrity = NULL;
      guint n_first = g_rand_int_range (rand, 1, MAX_IDS_FIRST + 1);
      guint n_read = 0;
      char *line;
      sqlite3 *db;

      writer = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                 writer_path, path, first, NULL);
      g_assert_no_error (error);
      out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (writer));

      /* A few commits, then a random moment: mid-transaction, mid-flush
       * or between two.
       */
      while (n_read < n_first &&
             (line = g_data_input_stream_read_line (out, NULL, NULL, &error)) != NULL)
        {
          gint64 *id = g_new (gint64, 1);

          *id = g_ascii_strtoll (line, NULL, 10);
          g_hash_table_add (committed, id);
          g_free (line);
          n_read++;
        }
      g_assert_no_error (error);
      g_usleep (g_rand_int_range (rand, 0, MAX_KILL_DELAY_US));
      g_subprocess_send_signal (writer, SIGKILL);

      /* Every id it printed before it died was committed. */
      while ((line = g_data_input_stream_read_line (out, NULL, NULL, &error)) != NULL)
        {
          gint64 *id = g_new (gint64, 1);

          *id = g_ascii_strtoll (line, NULL, 10);
          g_hash_table_add (committed, id);
          g_free (line);
          n_read++;
        }
      g_assert_no_error (error);
      g_subprocess_wait (writer, NULL, &error);
      g_assert_no_error (error);
      /* A writer that stopped on its own has failed. */
      g_assert_true (g_subprocess_get_if_signaled (writer));
      g_assert_cmpint (g_subprocess_get_term_sig (writer), ==, SIGKILL);
      g_assert_cmpuint (n_read, >=, n_first);

      /* SQLite's own full check, as another program opens the file. */
      db = open_raw (path);
      integrity = query_raw (db, "PRAGMA integrity_check;");
      sqlite3_close (db);
      g_assert_cmpstr (integrity, ==, "ok");

      store = open_store (path);
      entries = load (store);
      for (guint i = 0; i < entries->len; i++)
        {
          MbcDiaryEntry *entry = g_ptr_array_index (entries, i);
          gint64 id = mbc_diary_entry_get_id (entry);

          g_hash_table_add (present, g_memdup2 (&id, sizeof id));
          next_id = MAX (next_id, id + 1);
        }
      {
        GHashTableIter iter;
        gint64 *id;

        g_hash_table_iter_init (&iter, committed);
        while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
          if (!g_hash_table_contains (present, id))
            g_error ("Entry %" G_GINT64_FORMAT " was committed and is gone", *id);
      }
      n_committed_total = g_hash_table_size (committed);
    }

  g_test_message ("kills: %u, entries committed: %u", N_KILLS, n_committed_total);
  mbc_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mbc/diary-store/new-file", test_new_file);
  g_test_add_func ("/mbc/diary-store/round-trip", test_round_trip);
  g_test_add_func ("/mbc/diary-store/migration", test_migration);
  g_test_add_func ("/mbc/diary-store/newer", test_newer);
  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autofree char *name = g_strdup_printf ("/mbc/diary-store/damaged/%s", damages[i].name);

      g_test_add_data_func (name, GINT_TO_POINTER (damages[i].damage), test_damaged);
    }
  g_test_add_func ("/mbc/diary-store/clear", test_clear);
  g_test_add_func ("/mbc/diary-store/unavailable", test_unavailable);
  g_test_add_func ("/mbc/diary-store/killed", test_killed);

  return g_test_run ();
}
