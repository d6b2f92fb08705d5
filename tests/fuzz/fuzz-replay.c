/* fuzz-replay.c: runs a fuzz target once on each file it is given
 *
 *   fuzz-content-replay FILE|FOLDER…
 *
 * A folder stands for the files in it, in the order of their names.
 * A crash, a failed check or a report of a sanitizer ends the program;
 * otherwise it prints how many inputs it ran and exits with 0. This is
 * how builds without libFuzzer (gcc) replay the seeds and every input
 * that once crashed a target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
add_inputs (GPtrArray  *inputs,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (inputs, g_strdup (path));
      return;
    }

  dir = g_dir_open (path, 0, &error);
  g_assert_no_error (error);

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    add_inputs (inputs, g_ptr_array_index (names, i));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    add_inputs (inputs, argv[i]);

  for (guint i = 0; i < inputs->len; i++)
    {
      const char *path = g_ptr_array_index (inputs, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *data = NULL;
      gsize size = 0;

      g_file_get_contents (path, &contents, &size, &error);
      g_assert_no_error (error);

      /* Without the 0 that g_file_get_contents() adds, as libFuzzer
       * gives it, so that reading past the end is caught here too.
       */
      data = g_memdup2 (contents, size);

      g_print ("%s\n", path);
      LLVMFuzzerTestOneInput ((const uint8_t *) data, size);
    }

  g_print ("%u inputs ran\n", inputs->len);

  return 0;
}
