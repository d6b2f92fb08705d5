/* mbc-diary-store-file.c: the diary's file among the person's files:
 * private, flushed to the disk, and set aside when it is damaged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include "mbc-diary-store-private.h"

/* @format has the path and why, from errno. */
gboolean
_mbc_diary_store_set_unix_error (GError     **error,
                                 const char  *format,
                                 ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_UNAVAILABLE, message);

  return FALSE;
}

/* Makes sure @path is its owner's alone. */
gboolean
_mbc_diary_store_restrict_mode (const char  *path,
                                int          mode,
                                GError     **error)
{
  GStatBuf info;

  if (g_stat (path, &info) != 0)
    /* Translators: the first %s is a path, the second why. */
    return _mbc_diary_store_set_unix_error (error, _("Could not read “%s”: %s."),
                                            path, g_strerror (errno));
  if ((int) (info.st_mode & 0777) != mode && g_chmod (path, mode) != 0)
    /* Translators: the first %s is a path, the second why. */
    return _mbc_diary_store_set_unix_error (error, _("Could not make “%s” private: %s."),
                                            path, g_strerror (errno));

  return TRUE;
}

gboolean
_mbc_diary_store_sync_folder (const char  *path,
                              GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      /* Translators: the first %s is a path, the second why. */
      _mbc_diary_store_set_unix_error (error, _("Could not write “%s”: %s."),
                                       folder, g_strerror (errno));
      if (fd >= 0)
        close (fd);
      return FALSE;
    }
  close (fd);

  return TRUE;
}

void
_mbc_diary_store_remove_with_log (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

/* The first bytes of every SQLite database. */
#define SQLITE_HEADER "SQLite format 3"

/* Refuses a file that is no SQLite database at all (empty, garbage)
 * before SQLite opens it: SQLite would take such a file's log for its
 * own, and remove it when it closes.
 */
gboolean
_mbc_diary_store_check_header (const char  *path,
                               GError     **error)
{
  char header[sizeof SQLITE_HEADER] = { 0, };
  ssize_t n_read;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    /* Translators: the first %s is a path, the second why. */
    return _mbc_diary_store_set_unix_error (error, _("Could not read “%s”: %s."),
                                            path, g_strerror (errno));
  n_read = read (fd, header, sizeof header);
  close (fd);
  if (n_read < 0)
    /* Translators: the first %s is a path, the second why. */
    return _mbc_diary_store_set_unix_error (error, _("Could not read “%s”: %s."),
                                            path, g_strerror (errno));

  if (n_read == 0)
    {
      g_set_error_literal (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_DAMAGED,
                           _("The file is empty."));
      return FALSE;
    }
  if (n_read != sizeof header || memcmp (header, SQLITE_HEADER, sizeof header) != 0)
    {
      g_set_error_literal (error, MBC_DIARY_STORE_ERROR, MBC_DIARY_STORE_ERROR_DAMAGED,
                           _("The file is not a database."));
      return FALSE;
    }

  return TRUE;
}

char *
mbc_diary_store_set_aside (const char  *path,
                           GError     **error)
{
  static const char * const logs[] = { "-wal", "-shm", "-journal" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  /* Never over another file set aside in the same second. */
  aside = g_strdup_printf ("%s.damaged-%s", path, stamp);
  for (guint n = 2; g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
    }

  if (g_rename (path, aside) != 0)
    {
      /* Translators: the first %s is a path, the second why. */
      _mbc_diary_store_set_unix_error (error, _("Could not move “%s” aside: %s."),
                                       path, g_strerror (errno));
      return NULL;
    }

  /* Its log and shared memory go with it: the log may hold the latest
   * changes, and SQLite finds it by the file's name.
   */
  for (guint i = 0; i < G_N_ELEMENTS (logs); i++)
    {
      g_autofree char *log = g_strconcat (path, logs[i], NULL);
      g_autofree char *log_aside = g_strconcat (aside, logs[i], NULL);

      if (g_file_test (log, G_FILE_TEST_EXISTS) && g_rename (log, log_aside) != 0)
        {
          /* Translators: the first %s is a path, the second why. */
          _mbc_diary_store_set_unix_error (error, _("Could not move “%s” aside: %s."),
                                           log, g_strerror (errno));
          return NULL;
        }
    }

  if (!_mbc_diary_store_sync_folder (path, error))
    return NULL;

  return g_steal_pointer (&aside);
}
