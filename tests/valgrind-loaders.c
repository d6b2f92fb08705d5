/* valgrind-loaders.c: the content and questions loaders, for valgrind
 *
 *   valgrind-loaders [QUESTIONS-FOLDER…]
 *
 * Loads the built-in content, content folders and local content packs
 * that are broken in each way the loader knows, and saved questions
 * that are good and corrupt (and each file in the folders named on the
 * command line),
 * then frees all of it. The test "valgrind-loaders" runs it under
 * valgrind (tests/valgrind-check.sh), which must find no memory error
 * and no block definitely lost in our code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mbc-content.h"
#include "mbc-language.h"
#include "mbc-my-question-list-private.h"
#include "mbc-my-question-list.h"
#include "mbc-test-files.h"

static const char *pack_resources =
  "{\"resources\": [{\"id\": \"city-helpline\", \"name\": \"Helpline\", "
  "\"name@es\": \"Línea de ayuda\", \"description\": \"A nurse answers.\", "
  "\"phone\": \"555-0100\", \"languages\": [\"en\", \"es\"], \"sources\": [\"city\"]}]}\n";
static const char *pack_sources =
  "{\"sources\": [{\"id\": \"city\", \"organization\": \"City Hospital\", "
  "\"title\": \"Services\", \"about\": \"What the hospital offers.\"}]}\n";

/* Each a local pack: its resources.json, and its sources.json or NULL. */
static const char *packs[][2] = {
  { NULL, NULL },  /* the good pack above */
  { "", NULL },
  { "   \n", NULL },
  { "{\"resources\": [", NULL },
  { "[1, 2]", NULL },
  { "{\"resources\": [{\"id\": \"Bad Id\", \"phone\": \"call us\", \"website\": "
    "\"http://example.org\", \"email\": \"a@b@c\", \"languages\": [\"fr\"], "
    "\"sources\": [\"nowhere\"], \"name@fr\": \"Ligne\", \"extra\": 1}]}", NULL },
  { "{\"resources\": [{\"id\": \"cleveland-clinic\", \"name\": \"Twice\", "
    "\"description\": \"The id of a built-in source.\", \"languages\": [\"en\"], "
    "\"sources\": [\"city\"]}], \"more\": []}", "{\"sources\": 3}" },
  { "{\"resources\": []}", "\xff\xfe not UTF-8" },
};

/* Broken content folders: one file of the real content replaced. */
static const char *broken_content[][2] = {
  { "sites.json", "" },
  { "sites.json", "{\"sites\": [{\"id\": \"liver\"" },
  { "sources.json", "{\"sources\": [{\"id\": \"x\", \"reviewed\": \"2023-02-30\"}]}" },
  { "tests.json", "{\"tests\": [{\"id\": \"scan\", \"name\": \"Scan\", \"description\": \"A\\nB\", "
                  "\"sources\": [\"nowhere\"]}, {\"id\": \"scan\"}], \"other\": 1}" },
  { "basics.json", "{\"about\": 1}" },
  { "questions.json", NULL },
};

static const char *question_files[] = {
  "{\"version\": 1, \"questions\": [{\"text\": \"Where?\", \"answer\": \"Here\", "
  "\"asked\": true, \"suggestion\": \"q-where-spread\", \"later\": {\"a\": [1, 2.5]}}], "
  "\"newer\": [null]}\n",
  "{\"version\": 7, \"questions\": []}",
  "",
  "{\"version\": 1, \"questions\": [{\"text\": \"\\ud800\"}]}",
  "{\"version\": 1, \"questions\": [{\"text\": \"Why?\", \"note\": \"\\udc00\"}]}",
  "{\"version\": 1, \"questions\": [{\"text\": \"Why?\", \"asked\": \"yes\"}]}",
  "{\"version\": 0, \"questions\": []}",
  "[]",
  "{\"version\": 1, \"questions\": [",
  "\xe9t\xe9",
};

static void
copy_content (const char *folder)
{
  const char *names[] = { "basics.json", "questions.json", "resources.json", "sites.json",
                          "sources.json", "tests.json", "treatments.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *resource = g_strconcat (RESOURCE_BASE "/content/", names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, NULL);
      g_autofree char *contents = NULL;

      g_assert_nonnull (bytes);
      contents = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      mbc_test_write_file (folder, names[i], contents);
    }
}

static void
load_content (void)
{
  g_autoptr(GFile) builtin = g_file_new_for_uri ("resource://" RESOURCE_BASE "/content");
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(GError) error = NULL;

  content = mbc_content_new_default (&error);
  g_assert_no_error (error);
  g_assert_nonnull (content);
  g_clear_object (&content);

  /* With local packs, good and broken. */
  for (guint i = 0; i < G_N_ELEMENTS (packs); i++)
    {
      g_autofree char *folder = g_dir_make_tmp ("mbc-valgrind-pack-XXXXXX", NULL);
      g_autoptr(GFile) local = g_file_new_for_path (folder);
      g_autoptr(GError) local_error = NULL;

      mbc_test_write_file (folder, "resources.json", packs[i][0] != NULL ? packs[i][0] : pack_resources);
      if (packs[i][0] == NULL || packs[i][1] != NULL)
        mbc_test_write_file (folder, "sources.json", packs[i][1] != NULL ? packs[i][1] : pack_sources);

      content = mbc_content_new_with_local (builtin, local, &error, &local_error);
      g_assert_no_error (error);
      g_assert_nonnull (content);
      g_assert_true ((local_error == NULL) == (i == 0));
      g_clear_object (&content);

      /* As the app finds it. */
      g_setenv ("MBC_LOCAL_CONTENT_DIR", folder, TRUE);
      g_clear_error (&local_error);
      content = mbc_content_new_default_with_local (&error, &local_error);
      g_assert_no_error (error);
      g_clear_object (&content);
      g_setenv ("MBC_LOCAL_CONTENT_DIR", "", TRUE);

      mbc_test_remove_tree (folder);
    }

  /* Broken content folders, and one that is not there. */
  for (guint i = 0; i < G_N_ELEMENTS (broken_content); i++)
    {
      g_autofree char *folder = g_dir_make_tmp ("mbc-valgrind-content-XXXXXX", NULL);
      g_autoptr(GFile) directory = g_file_new_for_path (folder);
      g_autofree char *path = g_build_filename (folder, broken_content[i][0], NULL);

      copy_content (folder);
      if (broken_content[i][1] != NULL)
        mbc_test_write_file (folder, broken_content[i][0], broken_content[i][1]);
      else
        g_unlink (path);

      content = mbc_content_new_from_directory (directory, &error);
      g_assert_null (content);
      g_assert_nonnull (error);
      g_clear_error (&error);

      mbc_test_remove_tree (folder);
    }

  {
    g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent/mbc-guide/content");

    content = mbc_content_new_from_directory (nowhere, &error);
    g_assert_null (content);
    g_assert_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_UNREADABLE);
    g_clear_error (&error);
  }
}

static void
load_questions (const char *contents,
                gsize       length)
{
  g_autofree char *folder = g_dir_make_tmp ("mbc-valgrind-questions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (file);
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(GError) error = NULL;
  gint64 version = 0;

  /* The file reader alone, then the list, which sets a bad file aside. */
  questions = mbc_my_question_list_file_read (contents, length, &version, &unknown, &error);
  g_assert_true ((questions == NULL) != (error == NULL));
  g_clear_error (&error);

  {
    g_autoptr(GError) write_error = NULL;

    g_file_set_contents (path, contents, length, &write_error);
    g_assert_no_error (write_error);
  }
  if (!mbc_my_question_list_load (list, &error))
    g_assert_error (error, MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_UNREADABLE);

  mbc_test_remove_tree (folder);
}

static void
quiet_log_cb (const char     *domain,
              GLogLevelFlags  level,
              const char     *message,
              gpointer        user_data)
{
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;

  /* The broken packs are told to the journal; that is not the point here. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_handler ("MbcGuide", G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG,
                     quiet_log_cb, NULL);
  g_setenv ("MBC_LOCAL_CONTENT_DIR", "", TRUE);
  mbc_language_init ();

  load_content ();
  if (mbc_language_set ("es"))
    load_content ();

  for (guint i = 0; i < G_N_ELEMENTS (question_files); i++)
    load_questions (question_files[i], strlen (question_files[i]));

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *contents = NULL;
          gsize length = 0;

          g_file_get_contents (path, &contents, &length, &error);
          g_assert_no_error (error);
          load_questions (contents, length);
        }
    }

  {
    g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (NULL);

    g_assert_true (mbc_my_question_list_load (list, &error));
    g_assert_no_error (error);
  }

  g_print ("loaded\n");

  return 0;
}
