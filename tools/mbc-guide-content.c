/* mbc-guide-content.c: checks a content folder, or writes a template of its texts
 *
 * For the people who change content: a hospital checking its local
 * content pack before a release, a writer checking a change, and the
 * build, which writes the template translators work from. It reads
 * content with the same checker and schema as the app, so it finds
 * exactly the problems the app would refuse to load.
 *
 * Its own messages are not translated: they are for the people who
 * look after content, and they quote the checker's, which are English.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "mbc-content-check.h"
#include "mbc-content-pot.h"
#include "mbc-content-schema.h"

enum {
  EXIT_CLEAN = 0,
  EXIT_PROBLEMS = 1,
  EXIT_USAGE = 2,
};

#define SYNOPSIS \
  "Usage:\n" \
  "  mbc-guide-content check [--pack] DIR\n" \
  "  mbc-guide-content pot DIR [-o FILE] [--root ROOT]\n" \
  "  mbc-guide-content --help\n"

static const char usage_text[] =
  SYNOPSIS
  "\n"
  "Checks a folder of MBC Guide content (the app's own data/content, or a\n"
  "local content pack with the same files), or writes a gettext template\n"
  "of every text in it that translators translate.\n"
  "\n"
  "Commands:\n"
  "  check DIR          Print each problem on standard output as\n"
  "                     FILE:LINE:COLUMN: MESSAGE, then a summary line.\n"
  "                     A folder without sites.json is taken for a local\n"
  "                     content pack.\n"
  "  pot DIR            Write the template to standard output, or to FILE.\n"
  "                     Content that does not pass check gets no template:\n"
  "                     its problems go to standard error instead.\n"
  "\n"
  "Options of check:\n"
  "  --pack             Check DIR as a hospital's local content pack: its\n"
  "                     resources.json and, if there is one, sources.json,\n"
  "                     against the content built into this program, whose\n"
  "                     sources the pack may cite. Its files are named by\n"
  "                     their paths.\n"
  "\n"
  "Options of pot:\n"
  "  -o, --output FILE  Write the template to FILE.\n"
  "  --root ROOT        Name the content files in the template's references\n"
  "                     by their path under ROOT (by default the current\n"
  "                     folder), such as data/content/sites.json:12. Files\n"
  "                     outside ROOT are named by their file name alone.\n"
  "\n"
  "Exit status: 0 when all is well, 1 when the content has problems or the\n"
  "template cannot be written, 2 when the command line is wrong.\n";

G_GNUC_PRINTF (1, 2)
static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("mbc-guide-content: %s\n\n%s\nRun “mbc-guide-content --help” for more.\n",
              message, SYNOPSIS);

  return EXIT_USAGE;
}

static gboolean
is_folder (const char *path)
{
  return g_file_test (path, G_FILE_TEST_IS_DIR);
}

/* Reads and checks @dir; every problem, if any, is in the check. */
static MbcContentCheck *
read_content (const char *dir)
{
  g_autoptr(MbcContentCheck) check = mbc_content_check_new ();
  g_autoptr(GFile) directory = g_file_new_for_commandline_arg (dir);

  /* A file that cannot be read is noted among the problems, as the
   * others are: the error repeats the first of them.
   */
  mbc_content_check_read (check, directory, NULL);

  return g_steal_pointer (&check);
}

static guint
count_files (void)
{
  g_autoptr(GHashTable) files = g_hash_table_new (g_str_hash, g_str_equal);

  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
    g_hash_table_add (files, (gpointer) list->file);

  return g_hash_table_size (files);
}

/* g_print where the problems are what was asked for (check), g_printerr
 * where standard output is for the template (pot).
 */
typedef void (*PrintFunc) (const char *format,
                           ...);

static void
print_problems (GPtrArray  *problems,
                PrintFunc   print,
                const char *dir)
{
  for (guint i = 0; i < problems->len; i++)
    print ("%s\n", (const char *) g_ptr_array_index (problems, i));

  if (problems->len == 0)
    print ("%s: no problems in %u files\n", dir, count_files ());
  else
    print ("%s: %u %s\n", dir, problems->len, problems->len == 1 ? "problem" : "problems");
}

/* Whether @dir looks like a local content pack rather than the whole
 * content: every full content folder has sites.json, no pack has.
 */
static gboolean
is_pack (const char *dir)
{
  g_autofree char *sites = g_build_filename (dir, "sites.json", NULL);

  return !g_file_test (sites, G_FILE_TEST_EXISTS);
}

/* Checks the pack in @dir as the app reads it: after its own content. */
static int
check_pack (const char *dir)
{
  g_autoptr(MbcContentCheck) check = mbc_content_check_new ();
  g_autoptr(GFile) builtin = g_file_new_for_uri ("resource://" RESOURCE_BASE "/content");
  g_autoptr(GFile) directory = g_file_new_for_commandline_arg (dir);
  GPtrArray *problems;
  guint n_files;

  mbc_content_check_read (check, builtin, NULL);
  problems = mbc_content_check_get_problems (check);
  if (problems->len > 0)
    {
      /* Never so in a release: the content test checks what is built in. */
      print_problems (problems, g_printerr, "the built-in content");
      return EXIT_PROBLEMS;
    }

  mbc_content_check_read_pack (check, directory, NULL);
  n_files = mbc_content_check_get_n_pack_files (check);

  for (guint i = 0; i < problems->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (problems, i));

  if (problems->len == 0)
    g_print ("%s: no problems in the local content pack (%u %s)\n",
             dir, n_files, n_files == 1 ? "file" : "files");
  else
    g_print ("%s: %u %s\n", dir, problems->len, problems->len == 1 ? "problem" : "problems");

  return problems->len == 0 ? EXIT_CLEAN : EXIT_PROBLEMS;
}

static int
run_check (int    argc,
           char **argv)
{
  g_autoptr(MbcContentCheck) check = NULL;
  GPtrArray *problems;
  gboolean pack = FALSE;
  const char *dir = NULL;

  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--pack"))
        pack = TRUE;
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        return usage_error ("check has no option “%s”", argv[i]);
      else if (dir == NULL)
        dir = argv[i];
      else
        return usage_error ("check takes one folder, not “%s” too", argv[i]);
    }

  if (dir == NULL)
    return usage_error ("check needs the content folder to check");
  if (!is_folder (dir))
    return usage_error ("“%s” is not a folder", dir);

  if (pack || is_pack (dir))
    return check_pack (dir);

  check = read_content (dir);
  problems = mbc_content_check_get_problems (check);
  print_problems (problems, g_print, dir);

  return problems->len == 0 ? EXIT_CLEAN : EXIT_PROBLEMS;
}

/* How the template names the folder of the content files, so that it
 * comes out the same on any machine: the folder's path under @root, or
 * nothing (file names alone) when the folder is @root itself or lies
 * outside it, such as a temporary folder.
 */
static char *
reference_dir_for (const char *dir,
                   const char *root)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *full_dir = g_canonicalize_filename (dir, cwd);
  g_autofree char *full_root = g_canonicalize_filename (root != NULL ? root : ".", cwd);
  gsize root_length = strlen (full_root);

  /* A root of "/" is the one canonical name that ends in a separator. */
  if (g_str_has_suffix (full_root, G_DIR_SEPARATOR_S))
    root_length--;

  if (strncmp (full_dir, full_root, root_length) == 0 &&
      full_dir[root_length] == G_DIR_SEPARATOR && full_dir[root_length + 1] != '\0')
    return g_strdup (full_dir + root_length + 1);

  return NULL;
}

static int
run_pot (int    argc,
         char **argv)
{
  g_autoptr(MbcContentCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference_dir = NULL;
  g_autofree char *template = NULL;
  const char *dir = NULL;
  const char *output = NULL;
  const char *root = NULL;

  for (int i = 2; i < argc; i++)
    {
      const char *arg = argv[i];
      const char **value = NULL;

      if (g_str_equal (arg, "-o") || g_str_equal (arg, "--output"))
        value = &output;
      else if (g_str_equal (arg, "--root"))
        value = &root;
      else if (g_str_has_prefix (arg, "--output="))
        output = arg + strlen ("--output=");
      else if (g_str_has_prefix (arg, "--root="))
        root = arg + strlen ("--root=");
      else if (arg[0] == '-' && arg[1] != '\0')
        return usage_error ("pot has no option “%s”", arg);
      else if (dir == NULL)
        dir = arg;
      else
        return usage_error ("pot takes one folder, not “%s” too", arg);

      if (value != NULL)
        {
          if (i + 1 >= argc)
            return usage_error ("%s needs a value", arg);
          *value = argv[++i];
        }
    }

  if (dir == NULL)
    return usage_error ("pot needs the content folder to read");
  if (!is_folder (dir))
    return usage_error ("“%s” is not a folder", dir);
  if (output != NULL && *output == '\0')
    return usage_error ("the output file has no name");
  if (root != NULL && !is_folder (root))
    return usage_error ("the root “%s” is not a folder", root);

  check = read_content (dir);
  if (mbc_content_check_get_problems (check)->len > 0)
    {
      print_problems (mbc_content_check_get_problems (check), g_printerr, dir);
      g_printerr ("mbc-guide-content: no template written: fix the problems first\n");
      return EXIT_PROBLEMS;
    }

  reference_dir = reference_dir_for (dir, root);
  template = mbc_content_pot_new (check, reference_dir, &error);
  if (template == NULL)
    {
      g_printerr ("mbc-guide-content: %s\n", error->message);
      return EXIT_PROBLEMS;
    }

  if (output == NULL)
    {
      /* The template is UTF-8 whatever the locale: bytes, not text for a terminal. */
      if (fwrite (template, 1, strlen (template), stdout) != strlen (template) ||
          fflush (stdout) != 0)
        {
          g_printerr ("mbc-guide-content: the template cannot be written\n");
          return EXIT_PROBLEMS;
        }
      return EXIT_CLEAN;
    }

  /* Written whole or not at all: a build never sees half a template. */
  if (!g_file_set_contents (output, template, -1, &error))
    {
      g_printerr ("mbc-guide-content: %s\n", error->message);
      return EXIT_PROBLEMS;
    }

  return EXIT_CLEAN;
}

int
main (int   argc,
      char *argv[])
{
  const char *command;

  /* Messages follow the terminal's character set. */
  setlocale (LC_ALL, "");

  if (argc < 2)
    return usage_error ("no command given");

  command = argv[1];

  if (g_str_equal (command, "--help") || g_str_equal (command, "-h") ||
      g_str_equal (command, "help"))
    {
      g_print ("%s", usage_text);
      return EXIT_CLEAN;
    }

  /* "--help" anywhere asks for help, as people expect of any command. */
  for (int i = 2; i < argc; i++)
    if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
      {
        g_print ("%s", usage_text);
        return EXIT_CLEAN;
      }

  if (g_str_equal (command, "check"))
    return run_check (argc, argv);
  if (g_str_equal (command, "pot"))
    return run_pot (argc, argv);

  return usage_error ("unknown command “%s”", command);
}
