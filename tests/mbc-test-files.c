/* mbc-test-files.c: files and folders for the test programs, with GLib alone
 *
 * Apart from mbc-test-util.c, which needs GTK, so that the fuzz targets
 * and the program run under valgrind can share it too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mbc-test-files.h"

/* Removes @path, and everything in it when it is a folder. */
void
mbc_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          mbc_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

/* Writes @text to the file @name in the folder @folder. */
void
mbc_test_write_file (const char *folder,
                     const char *name,
                     const char *text)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}
