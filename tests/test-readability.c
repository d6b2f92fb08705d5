/* test-readability.c: the content reads at a US school grade of 8 or below
 *
 * Measures the English content with GNU style (Debian package
 * “diction”), as data/content/README.md asks of every change: the
 * Kincaid grade of all texts together stays at 8 or below, and no prose
 * text on its own goes above 10. Short names and headings (the schema's
 * labels) score high on any formula and count only in the whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "mbc-content-pot.h"

#define MAX_GRADE_ALL   8.0
#define MAX_GRADE_PROSE 10.0
#define N_HARDEST       5

typedef struct
{
  char     *context;
  char     *text;
  gboolean  prose;
  double    grade;
} Text;

static void
text_free (Text *text)
{
  g_free (text->context);
  g_free (text->text);
  g_free (text);
}

/* What style reports of a piece of writing. */
typedef struct
{
  double kincaid;
  double ari;
  double coleman_liau;
  double flesch;
  double fog;
  double lix;
  double smog;
  guint  words;
  guint  sentences;
} Grades;

/* One line for style: it ends a sentence only at . ? or !. */
static char *
as_sentences (const char *text)
{
  g_autofree char *line = g_strstrip (g_strdup (text));
  char last;

  g_strdelimit (line, "\n\r\t", ' ');
  last = line[0] != '\0' ? line[strlen (line) - 1] : '.';

  return strchr (".?!", last) != NULL ? g_steal_pointer (&line) : g_strconcat (line, ".", NULL);
}

static void
add_text_cb (const MbcContentText *text,
             gpointer              user_data)
{
  GPtrArray *texts = user_data;
  Text *copy = g_new0 (Text, 1);

  copy->context = mbc_content_text_dup_context (text);
  copy->text = g_strdup (text->text);
  copy->prose = !text->field->label;
  g_ptr_array_add (texts, copy);
}

/* Every text of the content that ships, through the schema; NULL, after
 * failing the test, when the content does not pass its check.
 */
static GPtrArray *
read_texts (void)
{
  const char *dir = g_getenv ("MBC_CONTENT_DIR");
  g_autoptr(MbcContentCheck) check = mbc_content_check_new ();
  g_autoptr(GFile) directory = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func ((GDestroyNotify) text_free);
  GPtrArray *problems;

  if (dir == NULL)
    g_error ("MBC_CONTENT_DIR must name the content folder; meson test sets it");

  directory = g_file_new_for_path (dir);
  mbc_content_check_read (check, directory, NULL);
  problems = mbc_content_check_get_problems (check);
  if (problems->len > 0)
    {
      for (guint i = 0; i < problems->len; i++)
        g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
      g_test_fail_printf ("%s has %u problems: see mbc-guide-content check", dir, problems->len);
      return NULL;
    }

  mbc_content_foreach_text (check, add_text_cb, texts);
  g_assert_cmpuint (texts->len, >, 0);

  return g_steal_pointer (&texts);
}

static const char *
style_path (void)
{
  static char *path = NULL;

  if (path == NULL)
    path = g_find_program_in_path ("style");

  return path;
}

static double
grade_after (const char *output,
             const char *name)
{
  const char *found = strstr (output, name);

  if (found == NULL)
    g_error ("style printed no “%s”:\n%s", name, output);

  return g_ascii_strtod (found + strlen (name), NULL);
}

static guint
count_before (const char *output,
              const char *what)
{
  const char *found = strstr (output, what);
  const char *start;

  if (found == NULL)
    g_error ("style printed no “%s”:\n%s", what, output);

  for (start = found; start > output && g_ascii_isdigit (start[-1]); start--)
    ;

  return (guint) g_ascii_strtoull (start, NULL, 10);
}

/* Runs `style -r 0` on @lines, a file's worth of sentences. */
static void
measure (const char *lines,
         Grades     *grades)
{
  g_autofree char *path = NULL;
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  g_autoptr(GError) error = NULL;
  int fd = g_file_open_tmp ("mbc-readability-XXXXXX.txt", &path, &error);
  int status = 0;

  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, lines, -1, &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { style_path (), "-r", "0", path, NULL };
    /* Numbers written with a decimal point, whatever the tester's locale. */
    g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);

    g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                  &output, &errors, &status, &error);
  }
  g_assert_no_error (error);
  g_unlink (path);

  if (!g_spawn_check_wait_status (status, &error))
    g_error ("style failed: %s\n%s", error->message, errors);

  grades->kincaid = grade_after (output, "Kincaid:");
  grades->ari = grade_after (output, "ARI:");
  grades->coleman_liau = grade_after (output, "Coleman-Liau:");
  grades->flesch = grade_after (output, "Flesch Index:");
  grades->fog = grade_after (output, "Fog Index:");
  grades->lix = grade_after (output, "Lix:");
  grades->smog = grade_after (output, "SMOG-Grading:");
  grades->words = count_before (output, " words,");
  grades->sentences = count_before (output, " sentences,");
}

/* A test must not pass because the tool that measures is missing. */
static gboolean
have_style (void)
{
  if (style_path () != NULL)
    return TRUE;

  g_test_fail_printf ("GNU style is missing: install the Debian package “diction” "
                      "(build-aux/mbc-dev test does)");
  return FALSE;
}

static void
test_all (void)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  Grades grades;

  if (!have_style () || (texts = read_texts ()) == NULL)
    return;

  for (guint i = 0; i < texts->len; i++)
    {
      Text *text = g_ptr_array_index (texts, i);
      g_autofree char *line = as_sentences (text->text);

      g_string_append_printf (lines, "%s\n", line);
    }

  measure (lines->str, &grades);

  g_test_message ("all content: %u texts, %u sentences, %u words", texts->len,
                  grades.sentences, grades.words);
  g_test_message ("Kincaid %.1f, ARI %.1f, Coleman-Liau %.1f, Flesch Index %.1f/100, "
                  "Fog Index %.1f, Lix %.1f, SMOG %.1f",
                  grades.kincaid, grades.ari, grades.coleman_liau, grades.flesch,
                  grades.fog, grades.lix, grades.smog);

  if (grades.kincaid > MAX_GRADE_ALL)
    g_test_fail_printf ("the content as a whole reads at Kincaid grade %.1f, above %.1f",
                        grades.kincaid, MAX_GRADE_ALL);
}

static int
by_grade (gconstpointer a,
          gconstpointer b)
{
  const Text *first = *(const Text **) a;
  const Text *second = *(const Text **) b;

  return (first->grade < second->grade) - (first->grade > second->grade);
}

/* One style run for each text: about a millisecond or two each, so all
 * of them take well under the test's time; the log says how long.
 */
static void
test_prose (void)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) prose = g_ptr_array_new ();
  g_autoptr(GString) offenders = g_string_new (NULL);
  gint64 start;
  guint n_offenders = 0;

  if (!have_style () || (texts = read_texts ()) == NULL)
    return;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < texts->len; i++)
    {
      Text *text = g_ptr_array_index (texts, i);
      g_autofree char *line = NULL;
      Grades grades;

      if (!text->prose)
        continue;

      line = as_sentences (text->text);
      measure (line, &grades);
      text->grade = grades.kincaid;
      g_ptr_array_add (prose, text);

      if (text->grade > MAX_GRADE_PROSE)
        {
          g_string_append_printf (offenders, "\n  %s: Kincaid %.1f: %s",
                                  text->context, text->grade, text->text);
          n_offenders++;
        }
    }

  g_test_message ("%u prose texts measured one by one in %.1f s", prose->len,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  g_ptr_array_sort (prose, by_grade);
  for (guint i = 0; i < MIN (N_HARDEST, prose->len); i++)
    {
      Text *text = g_ptr_array_index (prose, i);

      g_test_message ("hardest %u: %s: Kincaid %.1f: %s", i + 1, text->context, text->grade,
                      text->text);
    }

  if (n_offenders > 0)
    g_test_fail_printf ("%u %s above Kincaid grade %.1f:%s", n_offenders,
                        n_offenders == 1 ? "prose text reads" : "prose texts read",
                        MAX_GRADE_PROSE, offenders->str);
}

int
main (int   argc,
      char *argv[])
{
  /* The texts, which the log repeats, are UTF-8. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mbc/readability/all", test_all);
  g_test_add_func ("/mbc/readability/prose", test_prose);

  return g_test_run ();
}
