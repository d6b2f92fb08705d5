/* fuzz-util.c: what the fuzz targets share
 *
 * Inputs that must be files are written to a folder made once, in
 * memory (/dev/shm) when the machine has it, and removed at exit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz.h"
#include "mbc-test-files.h"

static GPtrArray *folders;

static void
quiet_log_cb (const char     *domain,
              GLogLevelFlags  level,
              const char     *message,
              gpointer        user_data)
{
}

/* Messages are expected (a broken pack is told to the journal) and
 * would only slow the fuzzer down; a warning or a critical, though,
 * means our code met something it did not expect, and stops it.
 */
void
fuzz_init (void)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_handler ("MbcGuide", G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG,
                     quiet_log_cb, NULL);
}

static void
remove_folders (void)
{
  for (guint i = 0; folders != NULL && i < folders->len; i++)
    mbc_test_remove_tree (g_ptr_array_index (folders, i));

  g_clear_pointer (&folders, g_ptr_array_unref);
}

/* A new empty folder, removed with what it holds when the program ends. */
char *
fuzz_make_folder (const char *name)
{
  const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) &&
                     access ("/dev/shm", W_OK) == 0 ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *template = g_strdup_printf ("mbc-fuzz-%s-XXXXXX", name);
  char *path = g_build_filename (base, template, NULL);

  if (g_mkdtemp (path) == NULL)
    g_error ("Cannot make a folder in %s: %s", base, g_strerror (errno));

  if (folders == NULL)
    {
      folders = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_folders);
    }
  g_ptr_array_add (folders, g_strdup (path));

  return path;
}

/* Writes @data to @path in place: no temporary file, no sync, as fast
 * as the fuzzer can go.
 */
void
fuzz_write_file (const char *path,
                 const void *data,
                 gsize       size)
{
  int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  const char *p = data;

  if (fd < 0)
    g_error ("Cannot write %s: %s", path, g_strerror (errno));

  while (size > 0)
    {
      ssize_t n = write (fd, p, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        g_error ("Cannot write %s: %s", path, g_strerror (errno));
      p += n;
      size -= n;
    }

  close (fd);
}
