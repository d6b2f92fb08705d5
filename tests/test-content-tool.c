/* test-content-tool.c: mbc-guide-content, as a hospital and a translator use it
 *
 * Runs the built program on small content folders: it must name every
 * problem at its exact line and column, refuse what is broken, and write
 * a template whose every entry is one the app's loader looks up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "mbc-content-schema.h"
#include "mbc-content.h"
#include "mbc-fact.h"
#include "mbc-medical-test.h"
#include "mbc-question-group.h"
#include "mbc-question.h"
#include "mbc-resource.h"
#include "mbc-site.h"
#include "mbc-source.h"
#include "mbc-subtype.h"
#include "mbc-symptom.h"
#include "mbc-term.h"
#include "mbc-test-util.h"
#include "mbc-treatment.h"

/* A small valid folder, one field per line as the real files are, so
 * that each test breaks one line and knows where the message must
 * point. The checker names a plain value by the column just past its
 * end (the closing quote is at column N, the message says N + 1), and
 * a list or an object by the column of its opening bracket.
 */
static const char *good_sources =
  "{\n"
  "  \"sources\": [\n"
  "    {\n"
  "      \"id\": \"clinic\",\n"
  "      \"organization\": \"A Clinic\",\n"
  "      \"title\": \"A Page\",\n"
  "      \"about\": \"What the page covers.\"\n"
  "    }\n"
  "  ]\n"
  "}\n";

static const char *good_tests =
  "{\n"
  "  \"tests\": [\n"
  "    {\n"
  "      \"id\": \"scan\",\n"
  "      \"name\": \"Scan\",\n"
  "      \"description\": \"A scan.\",\n"
  "      \"sources\": [\"clinic\"]\n"
  "    }\n"
  "  ]\n"
  "}\n";

static const char *good_sites =
  "{\n"                                                          /*  1 */
  "  \"sites\": [\n"                                             /*  2 */
  "    {\n"                                                      /*  3 */
  "      \"id\": \"liver\",\n"                                   /*  4 */
  "      \"name\": \"Liver\",\n"                                 /*  5 */
  "      \"summary\": \"The liver.\",\n"                         /*  6 */
  "      \"about\": \"About the liver.\",\n"                     /*  7 */
  "      \"symptoms\": [\n"                                      /*  8 */
  "        {\n"                                                  /*  9 */
  "          \"id\": \"liver-jaundice\",\n"                      /* 10 */
  "          \"text\": \"Yellow skin, called \\\"jaundice\\\"\",\n" /* 11 */
  "          \"urgency\": \"call\",\n"                           /* 12 */
  "          \"sources\": [\"clinic\"]\n"                        /* 13 */
  "        }\n"                                                  /* 14 */
  "      ],\n"                                                   /* 15 */
  "      \"tests\": [\"scan\"],\n"                               /* 16 */
  "      \"sources\": [\"clinic\"]\n"                            /* 17 */
  "    }\n"                                                      /* 18 */
  "  ]\n"                                                        /* 19 */
  "}\n";                                                         /* 20 */

/* "Taxanes" twice: the template holds it once. */
static const char *good_treatments =
  "{\n"
  "  \"guides\": [],\n"
  "  \"goals\": [],\n"
  "  \"subtypes\": [],\n"
  "  \"treatments\": [\n"
  "    {\n"
  "      \"id\": \"chemo\",\n"
  "      \"name\": \"Chemotherapy\",\n"
  "      \"summary\": \"Drugs that kill cancer cells.\",\n"
  "      \"examples\": [\"Taxanes\", \"Capecitabine\", \"Taxanes\"],\n" /* 10 */
  "      \"sources\": [\"clinic\"]\n"
  "    }\n"
  "  ]\n"
  "}\n";

static const char *good_questions =
  "{\n"
  "  \"groups\": [\n"
  "    {\n"
  "      \"id\": \"my-cancer\",\n"
  "      \"title\": \"My cancer\",\n"
  "      \"questions\": [\n"
  "        {\n"
  "          \"id\": \"what-kind\",\n"
  "          \"text\": \"What kind of breast cancer do I have?\",\n"
  "          \"sources\": [\"clinic\"]\n"
  "        }\n"
  "      ]\n"
  "    }\n"
  "  ]\n"
  "}\n";

static const char *good_resources =
  "{\n"
  "  \"resources\": [\n"
  "    {\n"
  "      \"id\": \"line\",\n"
  "      \"name\": \"A Help Line\",\n"
  "      \"description\": \"Answers questions.\",\n"
  "      \"hours\": \"Monday to Friday, 9 a.m. to 5 p.m.\",\n"
  "      \"website\": \"https://example.org/help\",\n"      /* 8 */
  "      \"languages\": [\"en\", \"es\"],\n"
  "      \"sources\": [\"clinic\"]\n"
  "    }\n"
  "  ]\n"
  "}\n";

static const char *good_basics =
  "{\n"                                                       /*  1 */
  "  \"about\": [\n"                                          /*  2 */
  "    {\n"                                                   /*  3 */
  "      \"id\": \"stages\",\n"                               /*  4 */
  "      \"title\": \"Stages\",\n"                            /*  5 */
  "      \"text\": \"There are five stages.\",\n"             /*  6 */
  "      \"points\": [\"Stage 0.\", \"Stage IV.\"],\n"        /*  7 */
  "      \"sources\": [\"clinic\"]\n"                         /*  8 */
  "    }\n"                                                   /*  9 */
  "  ],\n"                                                    /* 10 */
  "  \"help\": [],\n"                                         /* 11 */
  "  \"living\": [],\n"                                       /* 12 */
  "  \"glossary\": [\n"                                       /* 13 */
  "    {\n"                                                   /* 14 */
  "      \"id\": \"biopsy\",\n"                               /* 15 */
  "      \"term\": \"Biopsy\",\n"                             /* 16 */
  "      \"definition\": \"A small sample.\",\n"              /* 17 */
  "      \"sources\": [\"clinic\"]\n"                         /* 18 */
  "    }\n"                                                   /* 19 */
  "  ]\n"                                                     /* 20 */
  "}\n";                                                      /* 21 */

typedef struct
{
  char *path;
} Folder;

static void
write_file (Folder     *folder,
            const char *name,
            const char *text)
{
  mbc_test_write_file (folder->path, name, text);
}

/* Writes @file as it is in the good folder, with @old replaced by @new. */
static void
write_changed (Folder     *folder,
               const char *file,
               const char *good,
               const char *old,
               const char *new)
{
  g_autoptr(GString) text = g_string_new (good);

  g_assert_cmpuint (g_string_replace (text, old, new, 1), ==, 1);
  write_file (folder, file, text->str);
}

static void
folder_setup (Folder        *folder,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  folder->path = g_dir_make_tmp ("mbc-content-tool-XXXXXX", &error);
  g_assert_no_error (error);

  write_file (folder, "sources.json", good_sources);
  write_file (folder, "tests.json", good_tests);
  write_file (folder, "sites.json", good_sites);
  write_file (folder, "treatments.json", good_treatments);
  write_file (folder, "questions.json", good_questions);
  write_file (folder, "resources.json", good_resources);
  write_file (folder, "basics.json", good_basics);
}

static void
folder_teardown (Folder        *folder,
                 gconstpointer  data)
{
  mbc_test_remove_tree (folder->path);
  g_free (folder->path);
}

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_free (Run *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

static const char *
tool_path (void)
{
  const char *path = g_getenv ("MBC_GUIDE_CONTENT");

  if (path == NULL)
    g_error ("MBC_GUIDE_CONTENT must name the built mbc-guide-content; meson test sets it");

  return path;
}

/* Runs a program in @cwd (or here) and waits for it. */
static Run *
run_program_in (const char         *cwd,
                const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Run *run = g_new0 (Run, 1);

  /* The messages hold “curly quotes”: they must reach us as UTF-8. */
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "", TRUE);
  if (cwd != NULL)
    g_subprocess_launcher_set_cwd (launcher, cwd);

  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);

  return run;
}

G_GNUC_NULL_TERMINATED
static Run *
run_tool_in (const char *cwd,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;
  Run *run;

  g_ptr_array_add (argv, (gpointer) tool_path ());
  va_start (args, cwd);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run = run_program_in (cwd, (const char * const *) argv->pdata);
  g_test_message ("exit status %d\nstdout:\n%sstderr:\n%s", run->status, run->out, run->err);

  return run;
}

#define run_tool(...) run_tool_in (NULL, __VA_ARGS__)

/* Checks @folder and expects exactly @problems, in this order, and the summary. */
static void
assert_problems (Folder             *folder,
                 const char * const *problems)
{
  g_autoptr(Run) run = run_tool ("check", folder->path, NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  guint n = g_strv_length ((char **) problems);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (expected, "%s\n", problems[i]);
  g_string_append_printf (expected, "%s: %u %s\n",
                          folder->path, n, n == 1 ? "problem" : "problems");

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, expected->str);
  g_assert_cmpstr (run->err, ==, "");
}

#define PROBLEMS(...) ((const char * const []) { __VA_ARGS__, NULL })

static void
test_check_good (Folder        *folder,
                 gconstpointer  data)
{
  g_autoptr(Run) run = run_tool ("check", folder->path, NULL);
  g_autofree char *expected = g_strdup_printf ("%s: no problems in 7 files\n", folder->path);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, expected);
  g_assert_cmpstr (run->err, ==, "");
}

/* A comma after the last member, on line 17: 6 spaces, "sources": and a
 * space (11 columns), ["clinic"] (10): json-glib stops at the comma, in
 * column 28, with nothing after it.
 */
static void
test_check_malformed (Folder        *folder,
                      gconstpointer  data)
{
  g_autoptr(Run) run = NULL;
  g_auto(GStrv) lines = NULL;

  write_changed (folder, "sites.json", good_sites,
                 "      \"sources\": [\"clinic\"]\n    }",
                 "      \"sources\": [\"clinic\"],\n    }");
  run = run_tool ("check", folder->path, NULL);
  lines = g_strsplit (run->out, "\n", -1);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[0], "sites.json:17:28: "));
  g_assert_cmpuint (strlen (lines[0]), >, strlen ("sites.json:17:28: "));
  g_assert_true (g_str_has_suffix (lines[1], ": 1 problem"));
  g_assert_cmpstr (lines[2], ==, "");
}

static void
test_check_empty_file (Folder        *folder,
                       gconstpointer  data)
{
  write_file (folder, "tests.json", "  \n");
  assert_problems (folder, PROBLEMS ("tests.json:1:1: the file is empty"));
}

/* A file that is not there is named at its first line, like every
 * other problem, and without the folder's path.
 */
static void
test_check_missing_file (Folder        *folder,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (folder->path, "questions.json", NULL);

  g_assert_cmpint (g_unlink (path), ==, 0);
  assert_problems (folder, PROBLEMS ("questions.json:1:1: the file is missing"));
}

/* A wrong entry in a list that spans lines is found on its own line:
 * line 15 is 12 spaces and "nowhere" with its quotes. As the last entry,
 * with no comma after it, it is named by its closing quote, column 21.
 */
static void
test_check_entry_line (Folder        *folder,
                       gconstpointer  data)
{
  write_changed (folder, "sites.json", good_sites,
                 "          \"sources\": [\"clinic\"]\n",
                 "          \"sources\": [\n"
                 "            \"clinic\",\n"
                 "            \"nowhere\"\n"
                 "          ]\n");
  assert_problems (folder,
                   PROBLEMS ("sites.json:15:21: symptom “liver-jaundice”: "
                             "there is no source with the id “nowhere”"));
}

/* A text is one line: a line break in it is a pasting mistake. */
static void
test_check_line_break (Folder        *folder,
                       gconstpointer  data)
{
  write_changed (folder, "sites.json", good_sites,
                 "\"about\": \"About the liver.\"", "\"about\": \"About\\nthe liver.\"");
  assert_problems (folder,
                   PROBLEMS ("sites.json:7:35: site “liver”: “about” must be one line, "
                             "without line breaks"));
}

/* json-glib passes half of a character written as a \u escape on as
 * bytes that are not UTF-8; the check stops at it, with its place, before
 * any message quotes it.
 */
static void
test_check_half_character (Folder        *folder,
                           gconstpointer  data)
{
  write_changed (folder, "sites.json", good_sites,
                 "\"about\": \"About the liver.\"", "\"about\": \"About the \\ud83d liver.\"");
  assert_problems (folder,
                   PROBLEMS ("sites.json:7:41: a \\u escape here stands for half a character "
                             "(\\ud800 to \\udfff without its other half)"));
}

/* A right-to-left override turns "evil" into "live" on screen, and a
 * phone number round: the check names the character and the column it
 * stands at, written as an escape or as it is. Line 7: 6 spaces,
 * "about": and a space end at 15, the quote and "About the " at 26.
 */
static void
test_check_hidden_format (Folder        *folder,
                          gconstpointer  data)
{
  write_changed (folder, "sites.json", good_sites,
                 "\"about\": \"About the liver.\"", "\"about\": \"About the \\u202Eliver.\"");
  assert_problems (folder,
                   PROBLEMS ("sites.json:7:27: an invisible character, U+202E RIGHT-TO-LEFT "
                             "OVERRIDE, is in a text here: it changes how the text is shown, "
                             "not what it says; remove it"));

  write_changed (folder, "sites.json", good_sites,
                 "\"about\": \"About the liver.\"", "\"about\": \"About the \u200bliver.\"");
  assert_problems (folder,
                   PROBLEMS ("sites.json:7:27: an invisible character, U+200B ZERO WIDTH "
                             "SPACE, is in a text here: it changes how the text is shown, "
                             "not what it says; remove it"));
}

/* Line 7: 6 spaces, "about": (9 columns), "About the liver." (18), a comma
 * and a space, "colour": (9): "red" is at columns 46 to 50.
 */
static void
test_check_unknown_field (Folder        *folder,
                          gconstpointer  data)
{
  write_changed (folder, "sites.json", good_sites,
                 "\"about\": \"About the liver.\",",
                 "\"about\": \"About the liver.\", \"colour\": \"red\",");
  assert_problems (folder, PROBLEMS ("sites.json:7:51: site “liver”: unknown field “colour”"));
}

/* Only a local content pack carries its own translations: in the
 * built-in content, whose translations are in po/, "name@es" is an
 * unknown field. "name@es" (9), ": " and "Ayuda" (7) end at 24.
 */
static void
test_check_translation_outside_pack (Folder        *folder,
                                     gconstpointer  data)
{
  write_changed (folder, "resources.json", good_resources,
                 "\"name\": \"A Help Line\",",
                 "\"name@es\": \"Ayuda\", \"name\": \"A Help Line\",");
  assert_problems (folder,
                   PROBLEMS ("resources.json:5:25: resource “line”: unknown field “name@es”"));
}

/* A missing field is named at the start of its item: "{" on line 3, column 5. */
static void
test_check_missing_field (Folder        *folder,
                          gconstpointer  data)
{
  write_changed (folder, "sites.json", good_sites, "      \"about\": \"About the liver.\",\n", "");
  assert_problems (folder, PROBLEMS ("sites.json:3:5: site “liver”: the field “about” is missing"));
}

/* Line 12: 10 spaces, "urgency": (11 columns): "soon" is at columns 22 to 27. */
static void
test_check_urgency (Folder        *folder,
                    gconstpointer  data)
{
  write_changed (folder, "sites.json", good_sites,
                 "\"urgency\": \"call\"", "\"urgency\": \"soon\"");
  assert_problems (folder,
                   PROBLEMS ("sites.json:12:28: symptom “liver-jaundice”: “urgency” must be one of "
                             "emergency, call, mention, not “soon”"));
}

/* Line 13: 10 spaces, "sources": and a space (11 columns), "[" at column 22,
 * then "nowhere" with its quotes: the entry is named by its closing quote,
 * column 31. */
static void
test_check_unknown_source (Folder        *folder,
                           gconstpointer  data)
{
  write_changed (folder, "sites.json", good_sites,
                 "          \"sources\": [\"clinic\"]", "          \"sources\": [\"nowhere\"]");
  assert_problems (folder,
                   PROBLEMS ("sites.json:13:31: symptom “liver-jaundice”: "
                             "there is no source with the id “nowhere”"));
}

/* Line 18: 6 spaces, "sources": and a space (11 columns): "[" is at column 18. */
static void
test_check_no_sources (Folder        *folder,
                       gconstpointer  data)
{
  write_changed (folder, "basics.json", good_basics,
                 "      \"sources\": [\"clinic\"]\n    }\n  ]\n}",
                 "      \"sources\": []\n    }\n  ]\n}");
  assert_problems (folder,
                   PROBLEMS ("basics.json:18:18: term “biopsy”: “sources” must not be empty"));
}

/* Line 11: 10 spaces, "text": (8 columns): "  " is at columns 19 to 22. */
static void
test_check_empty_text (Folder        *folder,
                       gconstpointer  data)
{
  write_changed (folder, "sites.json", good_sites,
                 "\"text\": \"Yellow skin, called \\\"jaundice\\\"\"", "\"text\": \"  \"");
  assert_problems (folder,
                   PROBLEMS ("sites.json:11:23: symptom “liver-jaundice”: “text” is empty"));
}

/* The second "scan" is on line 10: 6 spaces, "id": (6 columns): "scan" is
 * at columns 13 to 18.
 */
static void
test_check_duplicate_id (Folder        *folder,
                         gconstpointer  data)
{
  write_changed (folder, "tests.json", good_tests,
                 "    }\n  ]",
                 "    },\n"
                 "    {\n"
                 "      \"id\": \"scan\",\n"
                 "      \"name\": \"Scan again\",\n"
                 "      \"description\": \"Again.\",\n"
                 "      \"sources\": [\"clinic\"]\n"
                 "    }\n"
                 "  ]");
  assert_problems (folder,
                   PROBLEMS ("tests.json:10:19: test “scan”: the id “scan” is used twice "
                             "(first at tests.json:4)"));
}

/* Line 8: 6 spaces, "website": (11 columns): the address is at columns 18 to 42. */
static void
test_check_link (Folder        *folder,
                 gconstpointer  data)
{
  write_changed (folder, "resources.json", good_resources,
                 "https://example.org/help", "http://example.org/help");
  assert_problems (folder,
                   PROBLEMS ("resources.json:8:43: resource “line”: “website” must be a web "
                             "address that starts with https://, not “http://example.org/help”"));
}

/* A file that cannot be read does not hide the problems of the others. */
static void
test_check_two_files (Folder        *folder,
                      gconstpointer  data)
{
  write_file (folder, "tests.json", "");
  write_changed (folder, "resources.json", good_resources,
                 "https://example.org/help", "http://example.org/help");
  assert_problems (folder,
                   PROBLEMS ("tests.json:1:1: the file is empty",
                             "resources.json:8:43: resource “line”: “website” must be a web "
                             "address that starts with https://, not “http://example.org/help”"));
}

/* A file that cannot be parsed does not hide a wrong reference elsewhere.
 * The words of the parse error are json-glib's own.
 */
static void
test_check_broken_and_reference (Folder        *folder,
                                 gconstpointer  data)
{
  write_file (folder, "questions.json", "{ \"groups\": [ ] ");
  write_changed (folder, "sites.json", good_sites,
                 "          \"sources\": [\"clinic\"]", "          \"sources\": [\"nowhere\"]");
  assert_problems (folder,
                   PROBLEMS ("questions.json:1:15: Parse error: unexpected character `]', "
                             "expected string constant",
                             "sites.json:13:31: symptom “liver-jaundice”: "
                             "there is no source with the id “nowhere”"));
}

static void
assert_usage_error (Run        *run,
                    const char *words)
{
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "mbc-guide-content: "));
  g_assert_nonnull (strstr (run->err, words));
  g_assert_nonnull (strstr (run->err, "Usage:"));
}

static void
test_usage (Folder        *folder,
            gconstpointer  data)
{
  g_autofree char *file = g_build_filename (folder->path, "sites.json", NULL);
  g_autofree char *missing = g_build_filename (folder->path, "nowhere", NULL);
  Run *run;

  run = run_tool (NULL);
  assert_usage_error (run, "no command");
  run_free (run);

  run = run_tool ("validate", folder->path, NULL);
  assert_usage_error (run, "unknown command “validate”");
  run_free (run);

  run = run_tool ("check", NULL);
  assert_usage_error (run, "check needs the content folder");
  run_free (run);

  run = run_tool ("check", missing, NULL);
  assert_usage_error (run, "is not a folder");
  run_free (run);

  run = run_tool ("check", file, NULL);
  assert_usage_error (run, "is not a folder");
  run_free (run);

  run = run_tool ("check", folder->path, folder->path, NULL);
  assert_usage_error (run, "one folder");
  run_free (run);

  run = run_tool ("pot", NULL);
  assert_usage_error (run, "pot needs the content folder");
  run_free (run);

  run = run_tool ("pot", folder->path, "-o", NULL);
  assert_usage_error (run, "-o needs a value");
  run_free (run);

  run = run_tool ("pot", folder->path, "--frobnicate", NULL);
  assert_usage_error (run, "no option “--frobnicate”");
  run_free (run);

  run = run_tool ("--help", NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_true (g_str_has_prefix (run->out, "Usage:"));
  g_assert_nonnull (strstr (run->out, "check DIR"));
  g_assert_nonnull (strstr (run->out, "pot DIR"));
  g_assert_cmpstr (run->err, ==, "");
  run_free (run);
}

/* One entry of a template, its strings as they mean, not as written. */
typedef struct
{
  char      *context;
  char      *id;
  GPtrArray *comments;
  GPtrArray *references;
  /* The msgid's quoted strings, as written. */
  GPtrArray *id_lines;
} PotEntry;

static void
pot_entry_free (PotEntry *entry)
{
  g_free (entry->context);
  g_free (entry->id);
  g_ptr_array_unref (entry->comments);
  g_ptr_array_unref (entry->references);
  g_ptr_array_unref (entry->id_lines);
  g_free (entry);
}

/* What a PO string between quotes means; written here apart from the
 * writer, so that a mistake in one is not repeated in the other.
 */
static void
append_unescaped (GString    *out,
                  const char *line)
{
  const char *end = line + strlen (line) - 1;

  g_assert_true (line[0] == '"' && end > line && *end == '"');

  for (const char *p = line + 1; p < end; p++)
    {
      if (*p != '\\')
        {
          g_string_append_c (out, *p);
          continue;
        }

      p++;
      switch (*p)
        {
        case 'n': g_string_append_c (out, '\n'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        default: g_error ("unexpected escape \\%c in %s", *p, line);
        }
    }
}

static GPtrArray *
parse_pot (const char *pot)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) pot_entry_free);
  g_auto(GStrv) lines = g_strsplit (pot, "\n", -1);
  g_autoptr(GString) context = g_string_new (NULL);
  g_autoptr(GString) id = g_string_new (NULL);
  GString *current = NULL;
  PotEntry *entry = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (entry == NULL)
        {
          entry = g_new0 (PotEntry, 1);
          entry->comments = g_ptr_array_new_with_free_func (g_free);
          entry->references = g_ptr_array_new_with_free_func (g_free);
          entry->id_lines = g_ptr_array_new_with_free_func (g_free);
          g_string_truncate (context, 0);
          g_string_truncate (id, 0);
          current = NULL;
        }

      if (g_str_has_prefix (line, "#. "))
        g_ptr_array_add (entry->comments, g_strdup (line + 3));
      else if (g_str_has_prefix (line, "#: "))
        g_ptr_array_add (entry->references, g_strdup (line + 3));
      else if (g_str_has_prefix (line, "msgctxt "))
        append_unescaped (current = context, line + strlen ("msgctxt "));
      else if (g_str_has_prefix (line, "msgid "))
        {
          append_unescaped (current = id, line + strlen ("msgid "));
          g_ptr_array_add (entry->id_lines, g_strdup (line + strlen ("msgid ")));
        }
      else if (g_str_has_prefix (line, "msgstr "))
        current = NULL;
      else if (line[0] == '"' && current != NULL)
        {
          append_unescaped (current, line);
          if (current == id)
            g_ptr_array_add (entry->id_lines, g_strdup (line));
        }
      else if (line[0] == '\0' && entry->id_lines->len > 0)
        {
          /* The header is the one entry with no context. */
          if (context->len > 0)
            {
              entry->context = g_strdup (context->str);
              entry->id = g_strdup (id->str);
              g_ptr_array_add (entries, g_steal_pointer (&entry));
            }
          else
            {
              g_clear_pointer (&entry, pot_entry_free);
            }
        }
    }

  if (entry != NULL)
    pot_entry_free (entry);

  return g_steal_pointer (&entries);
}

static PotEntry *
find_entry (GPtrArray  *entries,
            const char *context,
            const char *id)
{
  PotEntry *found = NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      PotEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (entry->context, context) && g_str_equal (entry->id, id))
        {
          g_assert_null (found);
          found = entry;
        }
    }

  if (found == NULL)
    g_error ("no entry “%s” “%s” in the template", context, id);

  return found;
}

/* The schema's comment for translators on @field of the items in @member,
 * or in the items nested under @nested of them.
 */
static const char *
schema_comment (const char *member,
                const char *nested,
                const char *field)
{
  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
    if (g_str_equal (list->member, member))
      {
        const MbcKind *kind = list->kind;

        if (nested != NULL)
          kind = mbc_kind_find_field (kind, nested)->kind;

        return mbc_kind_find_field (kind, field)->comment;
      }

  g_assert_not_reached ();
}

static Run *
pot_of (Folder *folder)
{
  Run *run = run_tool ("pot", folder->path, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");

  return run;
}

static void
test_pot_entries (Folder        *folder,
                  gconstpointer  data)
{
  g_autoptr(Run) run = pot_of (folder);
  g_autoptr(GPtrArray) entries = parse_pot (run->out);
  PotEntry *entry;
  guint taxanes = 0;

  /* A symptom, nested in its site, translated as the loader asks for it. */
  entry = find_entry (entries, "symptom:liver-jaundice:text", "Yellow skin, called \"jaundice\"");
  g_assert_cmpuint (entry->comments->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (entry->comments, 0), ==,
                   schema_comment ("sites", "symptoms", "text"));
  g_assert_cmpstr (g_ptr_array_index (entry->comments, 1), ==,
                   "The “text” of the symptom “liver-jaundice”, in the site “liver”.");
  g_assert_cmpuint (entry->references->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (entry->references, 0), ==, "sites.json:11");

  /* Double quotes in a text are escaped, on the text's one line. */
  g_assert_nonnull (strstr (run->out,
                            "#: sites.json:11\n"
                            "msgctxt \"symptom:liver-jaundice:text\"\n"
                            "msgid \"Yellow skin, called \\\"jaundice\\\"\"\n"
                            "msgstr \"\"\n"));

  /* Each entry of a list is its own message, with the list's context. */
  entry = find_entry (entries, "fact:stages:points", "Stage IV.");
  g_assert_cmpstr (g_ptr_array_index (entry->comments, 0), ==,
                   schema_comment ("about", NULL, "points"));
  g_assert_cmpstr (g_ptr_array_index (entry->comments, 1), ==,
                   "The “points” of the fact “stages”.");
  g_assert_cmpstr (g_ptr_array_index (entry->references, 0), ==, "basics.json:7");
  find_entry (entries, "fact:stages:points", "Stage 0.");

  /* A label says that it is one. */
  entry = find_entry (entries, "term:biopsy:term", "Biopsy");
  g_assert_true (g_ptr_array_find_with_equal_func (entry->comments,
                                                   "A name or a heading, not a sentence.",
                                                   g_str_equal, NULL));
  entry = find_entry (entries, "term:biopsy:definition", "A small sample.");
  g_assert_cmpstr (g_ptr_array_index (entry->references, 0), ==, "basics.json:17");

  find_entry (entries, "question:what-kind:text", "What kind of breast cancer do I have?");
  find_entry (entries, "question-group:my-cancer:title", "My cancer");
  find_entry (entries, "resource:line:hours", "Monday to Friday, 9 a.m. to 5 p.m.");
  find_entry (entries, "source:clinic:organization", "A Clinic");

  /* Written twice in one list, translated once. */
  for (guint i = 0; i < entries->len; i++)
    {
      entry = g_ptr_array_index (entries, i);
      taxanes += g_str_equal (entry->id, "Taxanes");
    }
  g_assert_cmpuint (taxanes, ==, 1);

  /* Every text, and nothing that is not one: ids, urgencies, links,
   * languages and source ids are never translated.
   */
  g_assert_cmpuint (entries->len, ==,
                    3 /* source */ + 2 /* test */ + 3 /* site */ + 1 /* symptom */ +
                    4 /* treatment, with two examples */ + 1 /* question group */ +
                    1 /* question */ + 3 /* resource */ + 4 /* fact, with two points */ +
                    2 /* term */);
  g_assert_null (strstr (run->out, "https://"));
  g_assert_null (strstr (run->out, "msgid \"call\""));
  g_assert_null (strstr (run->out, "msgid \"clinic\""));
}

static void
test_pot_header (Folder        *folder,
                 gconstpointer  data)
{
  g_autoptr(Run) run = pot_of (folder);
  g_autoptr(Run) again = pot_of (folder);

  g_assert_nonnull (strstr (run->out, "\n#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n"));
  g_assert_nonnull (strstr (run->out, "\n\"Project-Id-Version: mbc-guide\\n\"\n"));
  g_assert_nonnull (strstr (run->out, "\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"));
  g_assert_nonnull (strstr (run->out, "\n\"Content-Transfer-Encoding: 8bit\\n\"\n"));
  g_assert_null (strstr (run->out, "POT-Creation-Date"));

  /* Nothing that changes from run to run. */
  g_assert_cmpstr (run->out, ==, again->out);
}

/* References name files as the folder was given, never by a temporary
 * folder's full path.
 */
static void
test_pot_references (Folder        *folder,
                     gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (folder->path);
  g_autofree char *name = g_path_get_basename (folder->path);
  g_autofree char *under_root = g_strdup_printf ("\n#: %s/sites.json:11\n", name);
  g_autoptr(Run) relative = run_tool_in (parent, "pot", name, NULL);
  g_autoptr(Run) rooted = run_tool ("pot", folder->path, "--root", parent, NULL);
  g_autoptr(Run) inside = run_tool_in (folder->path, "pot", ".", NULL);
  g_autoptr(Run) outside = run_tool ("pot", folder->path, NULL);

  g_assert_nonnull (strstr (relative->out, under_root));
  g_assert_nonnull (strstr (rooted->out, under_root));
  g_assert_nonnull (strstr (inside->out, "\n#: sites.json:11\n"));
  g_assert_nonnull (strstr (outside->out, "\n#: sites.json:11\n"));
  g_assert_null (strstr (outside->out, folder->path));
}

/* Content allows no line breaks, but a template must stay valid whatever it holds. */
static void
test_pot_escapes (Folder        *folder,
                  gconstpointer  data)
{
  g_autoptr(Run) run = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);

  for (guint i = 0; i < 12; i++)
    g_string_append (long_text, "Some words that go on. ");
  g_string_truncate (long_text, long_text->len - 1);

  {
    g_autofree char *guides =
      g_strdup_printf ("\"guides\": [\n"
                       "    { \"id\": \"odd\", "
                       "\"text\": \"Say \\\"yes\\\".\\tA tab and a back\\\\slash.\", "
                       "\"sources\": [\"clinic\"] },\n"
                       "    { \"id\": \"long\", \"text\": \"%s\", \"sources\": [\"clinic\"] }\n"
                       "  ]",
                       long_text->str);

    write_changed (folder, "treatments.json", good_treatments, "\"guides\": []", guides);
  }

  run = pot_of (folder);
  entries = parse_pot (run->out);

  g_assert_nonnull (strstr (run->out,
                            "msgctxt \"fact:odd:text\"\n"
                            "msgid \"Say \\\"yes\\\".\\tA tab and a back\\\\slash.\"\n"
                            "msgstr \"\"\n"));
  find_entry (entries, "fact:odd:text", "Say \"yes\".\tA tab and a back\\slash.");

  /* A long text is wrapped after spaces, at 79 columns, and means the same. */
  find_entry (entries, "fact:long:text", long_text->str);
  {
    g_auto(GStrv) lines = g_strsplit (run->out, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (lines[i][0] == '"' || g_str_has_prefix (lines[i], "msg"))
        g_assert_cmpint (g_utf8_strlen (lines[i], -1), <=, 79);
  }
}

static void
test_pot_output_file (Folder        *folder,
                      gconstpointer  data)
{
  g_autofree char *output_dir = g_dir_make_tmp ("mbc-content-pot-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (output_dir, "content.pot", NULL);
  g_autoptr(Run) to_stdout = pot_of (folder);
  g_autoptr(Run) to_file = run_tool ("pot", folder->path, "-o", output, NULL);
  g_autofree char *written = NULL;

  g_assert_cmpint (to_file->status, ==, 0);
  g_assert_cmpstr (to_file->out, ==, "");
  g_assert_cmpstr (to_file->err, ==, "");
  g_assert_true (g_file_get_contents (output, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, to_stdout->out);

  mbc_test_remove_tree (output_dir);
}

/* A template of broken content would send translators to texts the app
 * never shows: there is none, and the problems say why.
 */
static void
test_pot_refuses_broken (Folder        *folder,
                         gconstpointer  data)
{
  g_autofree char *output_dir = g_dir_make_tmp ("mbc-content-pot-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (output_dir, "content.pot", NULL);
  g_autoptr(Run) run = NULL;

  write_changed (folder, "sites.json", good_sites,
                 "\"urgency\": \"call\"", "\"urgency\": \"soon\"");
  run = run_tool ("pot", folder->path, "-o", output, NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "sites.json:12:28: symptom “liver-jaundice”: "));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  mbc_test_remove_tree (output_dir);
}

static const char *
msgfmt_path (void)
{
  static char *path = NULL;

  if (path == NULL)
    path = g_find_program_in_path ("msgfmt");
  if (path == NULL)
    g_error ("msgfmt is missing: install the Debian package “gettext”");

  return path;
}

/* A translation of @entries into a made-up language, in which every
 * text is its English words after "[CONTEXT] ": a text the app shows
 * then tells which entry it was looked up by.
 */
static char *
translate_all (GPtrArray  *entries,
               GHashTable *translations)
{
  GString *po = g_string_new ("msgid \"\"\n"
                              "msgstr \"\"\n"
                              "\"Project-Id-Version: mbc-guide\\n\"\n"
                              "\"Language: xx\\n\"\n"
                              "\"MIME-Version: 1.0\\n\"\n"
                              "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                              "\"Content-Transfer-Encoding: 8bit\\n\"\n");

  for (guint i = 0; i < entries->len; i++)
    {
      PotEntry *entry = g_ptr_array_index (entries, i);

      g_string_append_printf (po, "\nmsgctxt \"%s\"\nmsgid ", entry->context);
      for (guint j = 0; j < entry->id_lines->len; j++)
        g_string_append_printf (po, "%s\n", (const char *) g_ptr_array_index (entry->id_lines, j));
      g_string_append_printf (po, "msgstr \"[%s] \"\n", entry->context);
      for (guint j = 0; j < entry->id_lines->len; j++)
        g_string_append_printf (po, "%s\n", (const char *) g_ptr_array_index (entry->id_lines, j));

      g_hash_table_add (translations, g_strdup_printf ("[%s] %s", entry->context, entry->id));
    }

  return g_string_free (po, FALSE);
}

/* Compiles @po into LOCALEDIR/xx/LC_MESSAGES/mbc-guide.mo under @localedir. */
static void
compile_translation (const char *localedir,
                     const char *po)
{
  g_autofree char *messages = g_build_filename (localedir, "xx", "LC_MESSAGES", NULL);
  g_autofree char *po_path = g_build_filename (localedir, "xx.po", NULL);
  g_autofree char *mo_path = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(Run) run = NULL;

  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  g_file_set_contents (po_path, po, -1, &error);
  g_assert_no_error (error);

  run = run_program_in (NULL, (const char * const []) {
                          msgfmt_path (), "--check", "--check-format",
                          "-o", mo_path, po_path, NULL });
  g_test_message ("msgfmt: %s", run->err);
  g_assert_cmpint (run->status, ==, 0);
}

/* glibc ignores LANGUAGE in the "C" locale, but not in C.UTF-8, the
 * locale tests run in: a made-up language can be chosen with it alone,
 * with no locale of that language installed. This program never calls
 * textdomain(): GLib decides once per process whether to translate at
 * all, and with another default domain that has no catalogue it would
 * decide not to.
 */
static void
use_translation (const char *localedir)
{
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_setenv ("LANGUAGE", "xx", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

static void
stop_translation (void)
{
  g_setenv ("LANGUAGE", "", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
}

/* msgfmt accepts the template as it is, and once every text has a translation. */
static void
test_pot_msgfmt (Folder        *folder,
                 gconstpointer  data)
{
  g_autofree char *localedir = g_dir_make_tmp ("mbc-content-locale-XXXXXX", NULL);
  g_autofree char *pot_path = g_build_filename (localedir, "content.pot", NULL);
  g_autoptr(GHashTable) translations =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(Run) pot = pot_of (folder);
  g_autoptr(GPtrArray) entries = parse_pot (pot->out);
  g_autofree char *po = translate_all (entries, translations);
  g_autoptr(Run) check = NULL;

  g_assert_true (g_file_set_contents (pot_path, pot->out, -1, NULL));
  check = run_program_in (NULL, (const char * const []) {
                            msgfmt_path (), "--check", "-o", "/dev/null",
                            pot_path, NULL });
  g_test_message ("msgfmt: %s", check->err);
  g_assert_cmpint (check->status, ==, 0);

  compile_translation (localedir, po);
  mbc_test_remove_tree (localedir);
}

/* The loader finds a translation made from the template: the contexts
 * and texts the template writes are the ones the loader looks up.
 */
static void
test_pot_translated (Folder        *folder,
                     gconstpointer  data)
{
  g_autofree char *localedir = g_dir_make_tmp ("mbc-content-locale-XXXXXX", NULL);
  g_autoptr(GHashTable) translations =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(Run) pot = pot_of (folder);
  g_autoptr(GPtrArray) entries = parse_pot (pot->out);
  g_autofree char *po = translate_all (entries, translations);
  g_autoptr(GFile) directory = g_file_new_for_path (folder->path);
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcSymptom) symptom = NULL;
  g_autoptr(MbcFact) stages = NULL;
  g_autoptr(MbcTerm) biopsy = NULL;
  g_autoptr(MbcTreatment) chemo = NULL;
  MbcSite *liver;

  compile_translation (localedir, po);
  use_translation (localedir);
  content = mbc_content_new_from_directory (directory, &error);
  stop_translation ();

  g_assert_no_error (error);
  liver = mbc_content_find_site (content, "liver");
  symptom = g_list_model_get_item (mbc_site_get_symptoms (liver), 0);
  g_assert_cmpstr (mbc_symptom_get_text (symptom), ==,
                   "[symptom:liver-jaundice:text] Yellow skin, called \"jaundice\"");
  g_assert_cmpstr (mbc_site_get_about (liver), ==,
                   "[site:liver:about] About the liver.");

  stages = g_list_model_get_item (mbc_content_get_basics (content), 0);
  g_assert_cmpstrv (mbc_fact_get_points (stages),
                    ((const char *[]) { "[fact:stages:points] Stage 0.",
                                        "[fact:stages:points] Stage IV.", NULL }));

  biopsy = g_list_model_get_item (mbc_content_get_glossary (content), 0);
  g_assert_cmpstr (mbc_term_get_definition (biopsy), ==,
                   "[term:biopsy:definition] A small sample.");

  chemo = g_list_model_get_item (mbc_content_get_treatments (content), 0);
  g_assert_cmpstrv (mbc_treatment_get_examples (chemo),
                    ((const char *[]) { "[treatment:chemo:examples] Taxanes",
                                        "[treatment:chemo:examples] Capecitabine",
                                        "[treatment:chemo:examples] Taxanes", NULL }));

  /* Ids and links are never translated. */
  g_assert_cmpstr (mbc_symptom_get_id (symptom), ==, "liver-jaundice");

  g_clear_object (&symptom);
  g_clear_object (&stages);
  g_clear_object (&biopsy);
  g_clear_object (&chemo);
  g_assert_finalize_object (g_steal_pointer (&content));
  mbc_test_remove_tree (localedir);
}

typedef struct
{
  GHashTable *translations;
  GHashTable *seen;
  GPtrArray  *untranslated;
} Shown;

static void
shown_text (Shown      *shown,
            gpointer    item,
            const char *getter,
            const char *text)
{
  if (text == NULL)
    return;

  if (g_hash_table_contains (shown->translations, text))
    g_hash_table_add (shown->seen, g_strdup (text));
  else
    g_ptr_array_add (shown->untranslated,
                     g_strdup_printf ("%s (“%s”): %s", getter,
                                      mbc_content_item_get_id (MBC_CONTENT_ITEM (item)), text));
}

static void
shown_texts (Shown              *shown,
             gpointer            item,
             const char         *getter,
             const char * const *texts)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    shown_text (shown, item, getter, texts[i]);
}

#define SHOW(object, getter) shown_text (shown, object, #getter, getter (object))

/* Every text the app can show, through the content classes' getters. */
static void
shown_item (Shown          *shown,
            MbcContentItem *item)
{
  if (MBC_IS_SOURCE (item))
    {
      MbcSource *source = MBC_SOURCE (item);

      SHOW (source, mbc_source_get_organization);
      SHOW (source, mbc_source_get_title);
      SHOW (source, mbc_source_get_about);
    }
  else if (MBC_IS_MEDICAL_TEST (item))
    {
      MbcMedicalTest *test = MBC_MEDICAL_TEST (item);

      SHOW (test, mbc_medical_test_get_name);
      SHOW (test, mbc_medical_test_get_description);
    }
  else if (MBC_IS_SITE (item))
    {
      MbcSite *site = MBC_SITE (item);
      GListModel *symptoms = mbc_site_get_symptoms (site);

      SHOW (site, mbc_site_get_name);
      SHOW (site, mbc_site_get_summary);
      SHOW (site, mbc_site_get_about);
      SHOW (site, mbc_site_get_frequency);
      SHOW (site, mbc_site_get_care);
      for (guint i = 0; i < g_list_model_get_n_items (symptoms); i++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, i);

          SHOW (symptom, mbc_symptom_get_text);
        }
    }
  else if (MBC_IS_FACT (item))
    {
      MbcFact *fact = MBC_FACT (item);

      SHOW (fact, mbc_fact_get_title);
      SHOW (fact, mbc_fact_get_text);
      shown_texts (shown, fact, "mbc_fact_get_points", mbc_fact_get_points (fact));
    }
  else if (MBC_IS_SUBTYPE (item))
    {
      MbcSubtype *subtype = MBC_SUBTYPE (item);

      SHOW (subtype, mbc_subtype_get_name);
      SHOW (subtype, mbc_subtype_get_description);
    }
  else if (MBC_IS_TREATMENT (item))
    {
      MbcTreatment *treatment = MBC_TREATMENT (item);

      SHOW (treatment, mbc_treatment_get_name);
      SHOW (treatment, mbc_treatment_get_summary);
      SHOW (treatment, mbc_treatment_get_details);
      shown_texts (shown, treatment, "mbc_treatment_get_examples",
                   mbc_treatment_get_examples (treatment));
    }
  else if (MBC_IS_QUESTION_GROUP (item))
    {
      MbcQuestionGroup *group = MBC_QUESTION_GROUP (item);
      GListModel *questions = mbc_question_group_get_questions (group);

      SHOW (group, mbc_question_group_get_title);
      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          g_autoptr(MbcQuestion) question = g_list_model_get_item (questions, i);

          SHOW (question, mbc_question_get_text);
        }
    }
  else if (MBC_IS_RESOURCE (item))
    {
      MbcResource *resource = MBC_RESOURCE (item);

      SHOW (resource, mbc_resource_get_name);
      SHOW (resource, mbc_resource_get_description);
      SHOW (resource, mbc_resource_get_hours);
    }
  else if (MBC_IS_TERM (item))
    {
      MbcTerm *term = MBC_TERM (item);

      SHOW (term, mbc_term_get_term);
      SHOW (term, mbc_term_get_definition);
    }
  else
    {
      g_error ("no getters known for %s: add them here", G_OBJECT_TYPE_NAME (item));
    }
}

#undef SHOW

/* The same for the content that ships, all of it: every entry of its
 * template is one the loader looks up, and every text the loader reads
 * has an entry.
 */
static void
test_pot_shipped (void)
{
  const char *content_dir = g_getenv ("MBC_CONTENT_DIR");
  g_autofree char *localedir = g_dir_make_tmp ("mbc-content-locale-XXXXXX", NULL);
  g_autoptr(GHashTable) translations =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) untranslated = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Run) pot = NULL;
  g_autofree char *po = NULL;
  Shown shown = { translations, seen, untranslated };
  GHashTableIter iter;
  gpointer key;
  guint unused = 0;

  g_assert_nonnull (content_dir);
  pot = run_tool ("pot", content_dir, NULL);
  g_assert_cmpint (pot->status, ==, 0);
  entries = parse_pot (pot->out);
  g_assert_cmpuint (entries->len, >, 100);
  po = translate_all (entries, translations);
  compile_translation (localedir, po);

  directory = g_file_new_for_path (content_dir);
  use_translation (localedir);
  content = mbc_content_new_from_directory (directory, &error);
  stop_translation ();
  g_assert_no_error (error);

  {
    GListModel *lists[] = {
      mbc_content_get_sources (content),
      mbc_content_get_tests (content),
      mbc_content_get_sites (content),
      mbc_content_get_guides (content),
      mbc_content_get_goals (content),
      mbc_content_get_subtypes (content),
      mbc_content_get_treatments (content),
      mbc_content_get_question_groups (content),
      mbc_content_get_resources (content),
      mbc_content_get_basics (content),
      mbc_content_get_help (content),
      mbc_content_get_living (content),
      mbc_content_get_glossary (content),
    };

    /* A list added to the schema must be added here too. */
    G_STATIC_ASSERT (G_N_ELEMENTS (lists) == MBC_N_CONTENT_LISTS);

    for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
      for (guint j = 0; j < g_list_model_get_n_items (lists[i]); j++)
        {
          g_autoptr(MbcContentItem) item = g_list_model_get_item (lists[i], j);

          shown_item (&shown, item);
        }
  }

  for (guint i = 0; i < untranslated->len; i++)
    g_test_message ("shown without a translation: %s",
                    (const char *) g_ptr_array_index (untranslated, i));

  g_hash_table_iter_init (&iter, translations);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (seen, key))
      {
        g_test_message ("in the template, never looked up: %s", (const char *) key);
        unused++;
      }

  g_test_message ("%u entries in the template of %s", entries->len, content_dir);
  g_assert_cmpuint (untranslated->len, ==, 0);
  g_assert_cmpuint (unused, ==, 0);

  g_assert_finalize_object (g_steal_pointer (&content));
  mbc_test_remove_tree (localedir);
}

int
main (int   argc,
      char *argv[])
{
  /* The tool's messages, which the log repeats, are UTF-8. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/mbc/content-tool/" path, Folder, NULL, folder_setup, func, folder_teardown)

  ADD ("check/good", test_check_good);
  ADD ("check/malformed", test_check_malformed);
  ADD ("check/empty-file", test_check_empty_file);
  ADD ("check/missing-file", test_check_missing_file);
  ADD ("check/entry-line", test_check_entry_line);
  ADD ("check/broken-and-reference", test_check_broken_and_reference);
  ADD ("check/line-break", test_check_line_break);
  ADD ("check/unknown-field", test_check_unknown_field);
  ADD ("check/half-character", test_check_half_character);
  ADD ("check/hidden-format", test_check_hidden_format);
  ADD ("check/translation-outside-pack", test_check_translation_outside_pack);
  ADD ("check/missing-field", test_check_missing_field);
  ADD ("check/urgency", test_check_urgency);
  ADD ("check/unknown-source", test_check_unknown_source);
  ADD ("check/no-sources", test_check_no_sources);
  ADD ("check/empty-text", test_check_empty_text);
  ADD ("check/duplicate-id", test_check_duplicate_id);
  ADD ("check/link", test_check_link);
  ADD ("check/two-files", test_check_two_files);
  ADD ("usage", test_usage);
  ADD ("pot/entries", test_pot_entries);
  ADD ("pot/header", test_pot_header);
  ADD ("pot/references", test_pot_references);
  ADD ("pot/escapes", test_pot_escapes);
  ADD ("pot/output-file", test_pot_output_file);
  ADD ("pot/refuses-broken", test_pot_refuses_broken);
  ADD ("pot/msgfmt", test_pot_msgfmt);
  ADD ("pot/translated", test_pot_translated);
  g_test_add_func ("/mbc/content-tool/pot/shipped", test_pot_shipped);

#undef ADD

  return g_test_run ();
}
