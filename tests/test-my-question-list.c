/* test-my-question-list.c: a person's own questions are never lost
 *
 * The list is checked through what a person does with it (add, edit,
 * answer, reorder, remove) and through what ends up on the disk: once
 * the list has written a change, the file holds the whole list; the
 * write is made off the main thread, one at a time, batched, and at once
 * when the list is flushed or goes; a file that cannot be read is kept
 * aside; what a newer version wrote survives; a failed save is reported
 * and loses nothing; and a writer killed at any moment leaves one
 * complete list behind.
 *
 * The crash test runs this program a second time as the writer:
 * "test-my-question-list --writer FILE GENERATION".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <signal.h>
#include <unistd.h>

#include "mbc-my-question-list-private.h"
#include "mbc-question-group.h"
#include "mbc-question.h"
#include "mbc-test-util.h"

/* The crash test: how many times the writer is killed, and how long it
 * runs at most before that.
 */
#define N_KILLS        200
#define MAX_KILL_DELAY 30

/* This program, for the crash test to run again as the writer. */
static char *self_path;

/* Helpers */

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("mbc-questions-XXXXXX", &error);

  g_assert_no_error (error);
  return folder;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The names in @folder, sorted. */
static GPtrArray *
list_folder (const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  return names;
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

static JsonNode *
parse_file (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_node_copy (json_parser_get_root (parser));
}

static MbcMyQuestion *
get_question (MbcMyQuestionList *list,
              guint            position)
{
  g_autoptr(MbcMyQuestion) question = g_list_model_get_item (G_LIST_MODEL (list), position);

  /* The list keeps its own reference. */
  return question;
}

/* The file parses, and holds exactly what the list holds, in order. */
static void
assert_file_holds (const char      *path,
                   MbcMyQuestionList *list)
{
  g_autoptr(JsonNode) root = parse_file (path);
  JsonObject *object = json_node_get_object (root);
  JsonArray *array;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  g_assert_cmpint (json_object_get_int_member (object, "version"), >=, 1);
  array = json_object_get_array_member (object, "questions");
  g_assert_nonnull (array);
  g_assert_cmpuint (json_array_get_length (array), ==, n);

  for (guint i = 0; i < n; i++)
    {
      MbcMyQuestion *question = get_question (list, i);
      JsonObject *entry = json_array_get_object_element (array, i);

      g_assert_cmpstr (json_object_get_string_member (entry, "text"), ==,
                       mbc_my_question_get_text (question));
      g_assert_cmpstr (json_object_get_string_member_with_default (entry, "answer", ""), ==,
                       mbc_my_question_get_answer (question));
      g_assert_cmpint (json_object_get_boolean_member (entry, "asked"), ==,
                       mbc_my_question_get_asked (question));
      g_assert_cmpstr (json_object_get_string_member_with_default (entry, "suggestion", NULL), ==,
                       mbc_my_question_get_suggestion_id (question));
    }
}

/* Runs the main context until the list has written what waited: the
 * timer runs out, and the worker thread's write comes back.
 */
static void
wait_saved (MbcMyQuestionList *list)
{
  while (mbc_my_question_list_is_saving (list))
    g_main_context_iteration (NULL, TRUE);
}

/* Once the list has written its change, the file holds all of it. */
static void
assert_saved (const char        *path,
              MbcMyQuestionList *list)
{
  wait_saved (list);
  assert_file_holds (path, list);
}

static void
assert_same_questions (MbcMyQuestionList *a,
                       MbcMyQuestionList *b)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (a));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      MbcMyQuestion *qa = get_question (a, i);
      MbcMyQuestion *qb = get_question (b, i);

      g_assert_cmpstr (mbc_my_question_get_text (qa), ==, mbc_my_question_get_text (qb));
      g_assert_cmpstr (mbc_my_question_get_answer (qa), ==, mbc_my_question_get_answer (qb));
      g_assert_cmpint (mbc_my_question_get_asked (qa), ==, mbc_my_question_get_asked (qb));
      g_assert_cmpstr (mbc_my_question_get_suggestion_id (qa), ==,
                       mbc_my_question_get_suggestion_id (qb));
    }
}

/* A reference to each question on @list, to finalize them after it. */
static GPtrArray *
take_questions (MbcMyQuestionList *list)
{
  GPtrArray *questions = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_ptr_array_add (questions, g_list_model_get_item (G_LIST_MODEL (list), i));

  return questions;
}

static void
finalize_questions (GPtrArray *questions)
{
  for (guint i = 0; i < questions->len; i++)
    g_assert_finalize_object (g_ptr_array_index (questions, i));
  g_ptr_array_unref (questions);
}

/* Finalizes the list, then each question that was on it. */
static void
finalize_list (MbcMyQuestionList *list)
{
  GPtrArray *questions = take_questions (list);

  g_assert_finalize_object (list);
  finalize_questions (questions);
}

/* A list of @path, read, that writes as soon as the main context runs:
 * the tests of what is written need not wait for the usual pause.
 */
static MbcMyQuestionList *
new_loaded_list (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MbcMyQuestionList *list = mbc_my_question_list_new (file);

  g_assert_true (mbc_my_question_list_load (list, &error));
  g_assert_no_error (error);
  mbc_my_question_list_set_save_delay (list, 0);

  return list;
}

static void
add_question (MbcMyQuestionList *list,
              const char      *text,
              const char      *suggestion_id)
{
  g_autoptr(MbcMyQuestion) question = mbc_my_question_new (text, suggestion_id);

  mbc_my_question_list_append (list, question);
}

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->n_signals++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static void
assert_changes (Changes *changes,
                guint    position,
                guint    removed,
                guint    added)
{
  g_assert_cmpuint (changes->n_signals, ==, 1);
  g_assert_cmpuint (changes->position, ==, position);
  g_assert_cmpuint (changes->removed, ==, removed);
  g_assert_cmpuint (changes->added, ==, added);
  *changes = (Changes) { 0, };
}

static void
save_failed_cb (MbcMyQuestionList *list,
                const GError    *error,
                GPtrArray       *errors)
{
  g_ptr_array_add (errors, g_error_copy (error));
}

/* A person's evening with the list: every change is on the disk at once,
 * and the list comes back as it was left.
 */
static void
test_round_trip (void)
{
  g_autofree char *folder = make_folder ();
  /* The folder of the list does not exist yet. */
  g_autofree char *path = g_build_filename (folder, "mbc-guide", "questions.json", NULL);
  MbcMyQuestionList *list = new_loaded_list (path);
  MbcMyQuestionList *again;
  g_autoptr(MbcMyQuestion) removed = NULL;
  const char *answer = "Only the lymph nodes under the arm.\nA scan again in March.\n\n“Ask about the bones.”";

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  add_question (list, "Where has the cancer spread?", "q-where-spread");
  assert_saved (path, list);
  add_question (list, "What are my treatment choices?", "q-treatment-choices");
  assert_saved (path, list);
  add_question (list, "Can I keep working during treatment?", NULL);
  assert_saved (path, list);
  add_question (list, "Who do I call at night?", NULL);
  assert_saved (path, list);

  mbc_my_question_set_text (get_question (list, 2), "Can I keep working, and how much?");
  assert_saved (path, list);
  mbc_my_question_set_answer (get_question (list, 0), answer);
  assert_saved (path, list);
  mbc_my_question_set_asked (get_question (list, 0), TRUE);
  assert_saved (path, list);

  mbc_my_question_list_move (list, 3, 0);
  assert_saved (path, list);
  g_assert_cmpstr (mbc_my_question_get_text (get_question (list, 0)), ==, "Who do I call at night?");

  removed = mbc_my_question_list_remove (list, 2);
  assert_saved (path, list);
  g_assert_cmpstr (mbc_my_question_get_text (removed), ==, "What are my treatment choices?");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  again = new_loaded_list (path);
  assert_same_questions (list, again);
  g_assert_cmpstr (mbc_my_question_get_answer (get_question (again, 1)), ==, answer);
  g_assert_true (mbc_my_question_get_asked (get_question (again, 1)));
  g_assert_cmpstr (mbc_my_question_get_suggestion_id (get_question (again, 1)), ==, "q-where-spread");
  g_assert_cmpstr (mbc_my_question_get_suggestion_id (get_question (again, 0)), ==, NULL);

  finalize_list (again);
  finalize_list (list);
  g_assert_finalize_object (g_steal_pointer (&removed));
  mbc_test_remove_tree (folder);
}

/* What a view of the list is told, and what the list answers. */
static void
test_changes (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  MbcMyQuestionList *list = new_loaded_list (path);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  MbcMyQuestion *removed;
  Changes changes = { 0, };
  MbcMyQuestion *questions[2];

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == MBC_TYPE_MY_QUESTION);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("Question %u", i);

      add_question (list, text, i == 1 ? "q-one" : NULL);
      assert_changes (&changes, i, 0, 1);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 5));

  g_assert_true (mbc_my_question_list_has_suggestion (list, "q-one"));
  g_assert_false (mbc_my_question_list_has_suggestion (list, "q-two"));

  /* Forward and back: everything between the two places shifts. */
  mbc_my_question_list_move (list, 1, 3);
  assert_changes (&changes, 1, 3, 3);
  g_assert_cmpstr (mbc_my_question_get_text (get_question (list, 3)), ==, "Question 1");
  g_assert_cmpstr (mbc_my_question_get_text (get_question (list, 1)), ==, "Question 2");
  mbc_my_question_list_move (list, 4, 0);
  assert_changes (&changes, 0, 5, 5);
  g_assert_cmpstr (mbc_my_question_get_text (get_question (list, 0)), ==, "Question 4");
  assert_saved (path, list);

  /* Undo of a removal: the question goes back where it was. */
  removed = mbc_my_question_list_remove (list, 4);
  assert_changes (&changes, 4, 1, 0);
  g_assert_cmpstr (mbc_my_question_get_text (removed), ==, "Question 1");
  g_assert_false (mbc_my_question_list_has_suggestion (list, "q-one"));
  assert_saved (path, list);

  /* Off the list, a question no longer writes the list. */
  before = read_bytes (path);
  mbc_my_question_set_text (removed, "Question 1, changed off the list");
  g_assert_false (mbc_my_question_list_is_saving (list));
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  mbc_my_question_list_insert (list, 4, removed);
  assert_changes (&changes, 4, 0, 1);
  g_assert_true (mbc_my_question_list_has_suggestion (list, "q-one"));
  assert_saved (path, list);
  g_object_unref (removed);

  questions[0] = mbc_my_question_new ("New A", NULL);
  questions[1] = mbc_my_question_new ("New B", NULL);
  mbc_my_question_list_splice (list, 1, 3, questions, 2);
  assert_changes (&changes, 1, 3, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  assert_saved (path, list);

  /* A change to a question is not a change of the list's items. */
  mbc_my_question_set_asked (questions[1], TRUE);
  g_assert_cmpuint (changes.n_signals, ==, 0);
  assert_saved (path, list);

  {
    GPtrArray *on_list = take_questions (list);

    g_assert_finalize_object (list);
    /* The list is gone; its questions may outlive it, and must not call it. */
    mbc_my_question_set_text (questions[0], "After the list");
    g_object_unref (questions[0]);
    g_object_unref (questions[1]);
    finalize_questions (on_list);
  }
  mbc_test_remove_tree (folder);
}

/* The suggested questions of the content's first group that has at
 * least @n, as MbcQuestion records.
 */
static GPtrArray *
dup_suggestions (MbcContent *content,
                 guint       n)
{
  GListModel *groups = mbc_content_get_question_groups (content);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MbcQuestionGroup) group = g_list_model_get_item (groups, i);
      GListModel *questions = mbc_question_group_get_questions (group);
      GPtrArray *suggestions;

      if (g_list_model_get_n_items (questions) < n)
        continue;

      suggestions = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint j = 0; j < n; j++)
        g_ptr_array_add (suggestions, g_list_model_get_item (questions, j));

      return suggestions;
    }

  g_error ("No group of the content has %u suggested questions", n);
}

/* Suggested questions go on the list once each, in one change. */
static void
test_add_suggestions (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(GPtrArray) suggestions = dup_suggestions (content, 3);
  g_autoptr(GPtrArray) first_two = g_ptr_array_new ();
  g_autoptr(GPtrArray) again = g_ptr_array_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  MbcMyQuestionList *list = new_loaded_list (path);
  Changes changes = { 0, };

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  add_question (list, "My own question", NULL);
  assert_changes (&changes, 0, 0, 1);
  assert_saved (path, list);

  g_ptr_array_add (first_two, g_ptr_array_index (suggestions, 0));
  g_ptr_array_add (first_two, g_ptr_array_index (suggestions, 1));
  g_assert_cmpuint (mbc_my_question_list_add_suggestions (list, first_two), ==, 2);
  assert_changes (&changes, 1, 0, 2);
  for (guint i = 0; i < 2; i++)
    {
      MbcQuestion *suggestion = g_ptr_array_index (suggestions, i);
      MbcMyQuestion *mine = get_question (list, i + 1);

      g_assert_cmpstr (mbc_my_question_get_text (mine), ==, mbc_question_get_text (suggestion));
      g_assert_cmpstr (mbc_my_question_get_suggestion_id (mine), ==,
                       mbc_question_get_id (suggestion));
      g_assert_cmpstr (mbc_my_question_get_answer (mine), ==, "");
      g_assert_false (mbc_my_question_get_asked (mine));
    }
  assert_saved (path, list);

  /* Only the one not on the list yet, once, though it is given twice. */
  g_ptr_array_add (again, g_ptr_array_index (suggestions, 1));
  g_ptr_array_add (again, g_ptr_array_index (suggestions, 2));
  g_ptr_array_add (again, g_ptr_array_index (suggestions, 2));
  g_ptr_array_add (again, g_ptr_array_index (suggestions, 0));
  g_assert_cmpuint (mbc_my_question_list_add_suggestions (list, again), ==, 1);
  assert_changes (&changes, 3, 0, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_assert_cmpstr (mbc_my_question_get_suggestion_id (get_question (list, 3)), ==,
                   mbc_question_get_id (g_ptr_array_index (suggestions, 2)));
  for (guint i = 0; i < 3; i++)
    {
      MbcQuestion *suggestion = g_ptr_array_index (suggestions, i);

      g_assert_true (mbc_my_question_list_has_suggestion (list, mbc_question_get_id (suggestion)));
    }
  assert_saved (path, list);

  /* Nothing new: no change, and nothing to write. */
  g_assert_cmpuint (mbc_my_question_list_add_suggestions (list, again), ==, 0);
  g_assert_cmpuint (mbc_my_question_list_add_suggestions (list, none), ==, 0);
  g_assert_cmpuint (changes.n_signals, ==, 0);
  g_assert_false (mbc_my_question_list_is_saving (list));

  finalize_list (list);
  mbc_test_remove_tree (folder);
}

/* What the tests see of the list's writes, from the thread that makes
 * them: how many began, on which thread the last one ran, and, when
 * @hold is set, a gate that keeps the first write from going on until
 * the test opens it.
 */
typedef struct
{
  GMutex   lock;
  GCond    cond;
  guint    n_writes;
  guint    n_writing;
  guint    most_at_once;
  GThread *thread;
  gboolean hold;
  gboolean open;
  /* For the second write: what the file held when it began. */
  char    *path;
  GBytes  *before_second;
} Writes;

static void
writes_init (Writes     *writes,
             const char *path,
             gboolean    hold)
{
  g_mutex_init (&writes->lock);
  g_cond_init (&writes->cond);
  writes->path = g_strdup (path);
  writes->hold = hold;
}

static void
writes_clear (Writes *writes)
{
  g_mutex_clear (&writes->lock);
  g_cond_clear (&writes->cond);
  g_free (writes->path);
  g_clear_pointer (&writes->before_second, g_bytes_unref);
}

static void
write_hook (gpointer data)
{
  Writes *writes = data;
  guint n;

  g_mutex_lock (&writes->lock);
  n = ++writes->n_writes;
  writes->n_writing++;
  writes->most_at_once = MAX (writes->most_at_once, writes->n_writing);
  writes->thread = g_thread_self ();
  if (n == 2)
    {
      gchar *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (writes->path, &contents, &length, NULL))
        writes->before_second = g_bytes_new_take (contents, length);
    }
  /* The main thread may be waiting in the main context for this write. */
  g_main_context_wakeup (NULL);
  while (n == 1 && writes->hold && !writes->open)
    g_cond_wait (&writes->cond, &writes->lock);
  writes->n_writing--;
  g_mutex_unlock (&writes->lock);
}

static guint
writes_count (Writes *writes)
{
  guint n;

  g_mutex_lock (&writes->lock);
  n = writes->n_writes;
  g_mutex_unlock (&writes->lock);

  return n;
}

static void
writes_open (Writes *writes)
{
  g_mutex_lock (&writes->lock);
  writes->open = TRUE;
  g_cond_signal (&writes->cond);
  g_mutex_unlock (&writes->lock);
}

/* Runs the main context until the first write has begun (and, with
 * @hold, waits at the gate).
 */
static void
wait_first_write (Writes *writes)
{
  while (writes_count (writes) == 0)
    g_main_context_iteration (NULL, TRUE);
}

static gpointer
open_later_thread (gpointer data)
{
  /* Time for the main thread to be waiting for the write; if it is not
   * yet, the outcome must be the same.
   */
  g_usleep (50 * G_TIME_SPAN_MILLISECOND);
  writes_open (data);

  return NULL;
}

/* A burst of changes is one write, made once the changes pause, on a
 * thread other than the main one: nothing is written until the main
 * context runs the list's timer.
 */
static void
test_batched (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MbcMyQuestionList *list = mbc_my_question_list_new (file);
  Writes writes = { 0, };

  writes_init (&writes, path, FALSE);
  g_assert_true (mbc_my_question_list_load (list, NULL));
  /* With the usual delay. */
  mbc_my_question_list_set_write_hook (list, write_hook, &writes);
  g_assert_false (mbc_my_question_list_is_saving (list));

  add_question (list, "Where has it spread?", NULL);
  add_question (list, "What are my choices?", NULL);
  mbc_my_question_set_answer (get_question (list, 0), "N");
  mbc_my_question_set_answer (get_question (list, 0), "No");
  mbc_my_question_set_answer (get_question (list, 0), "Nowhere else.");
  mbc_my_question_set_asked (get_question (list, 0), TRUE);
  mbc_my_question_list_move (list, 1, 0);

  g_assert_true (mbc_my_question_list_is_saving (list));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (writes_count (&writes), ==, 0);

  assert_saved (path, list);
  g_assert_cmpuint (writes.n_writes, ==, 1);
  g_assert_true (writes.thread != g_thread_self ());

  finalize_list (list);
  writes_clear (&writes);
  mbc_test_remove_tree (folder);
}

/* One write at a time: changes made while a write is under way wait
 * for it, and then the newest list is written, once.
 */
static void
test_one_write_at_a_time (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  MbcMyQuestionList *list = new_loaded_list (path);
  Writes writes = { 0, };

  writes_init (&writes, path, TRUE);
  mbc_my_question_list_set_write_hook (list, write_hook, &writes);

  add_question (list, "First", NULL);
  wait_first_write (&writes);
  /* Held at the gate, on its own thread, while the main thread goes on. */
  g_assert_true (writes.thread != g_thread_self ());
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  add_question (list, "Second", NULL);
  mbc_my_question_set_asked (get_question (list, 0), TRUE);
  add_question (list, "Third", NULL);
  /* Their timer runs out, and they wait. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (writes_count (&writes), ==, 1);
  g_assert_true (mbc_my_question_list_is_saving (list));

  writes_open (&writes);
  assert_saved (path, list);
  g_assert_cmpuint (writes.n_writes, ==, 2);
  g_assert_cmpuint (writes.most_at_once, ==, 1);
  /* The second began once the first was on the disk. */
  g_assert_nonnull (writes.before_second);
  g_assert_nonnull (strstr (g_bytes_get_data (writes.before_second, NULL), "First"));
  g_assert_null (strstr (g_bytes_get_data (writes.before_second, NULL), "Second"));

  finalize_list (list);
  writes_clear (&writes);
  mbc_test_remove_tree (folder);
}

/* A flush writes at once what waits, on the calling thread, after the
 * write under way: what the guide does as it quits.
 */
static void
test_flush (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GThread) opener = NULL;
  MbcMyQuestionList *list = mbc_my_question_list_new (file);
  Writes writes = { 0, };

  g_assert_true (mbc_my_question_list_load (list, NULL));

  /* Only a change that waits for its timer. */
  add_question (list, "Written at once", NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  mbc_my_question_list_flush (list);
  g_assert_false (mbc_my_question_list_is_saving (list));
  assert_file_holds (path, list);

  /* A write under way, held at the gate, and a change after it. */
  writes_init (&writes, path, TRUE);
  mbc_my_question_list_set_write_hook (list, write_hook, &writes);
  mbc_my_question_list_set_save_delay (list, 0);
  add_question (list, "Under way", NULL);
  wait_first_write (&writes);
  add_question (list, "Waiting", NULL);

  opener = g_thread_new ("open-later", open_later_thread, &writes);
  mbc_my_question_list_flush (list);
  g_assert_false (mbc_my_question_list_is_saving (list));
  assert_file_holds (path, list);
  g_assert_cmpuint (writes.n_writes, ==, 2);
  g_assert_cmpuint (writes.most_at_once, ==, 1);
  /* The flush wrote on this thread, once the first write was done. */
  g_assert_true (writes.thread == g_thread_self ());
  g_assert_nonnull (writes.before_second);
  g_assert_nonnull (strstr (g_bytes_get_data (writes.before_second, NULL), "Under way"));
  g_assert_null (strstr (g_bytes_get_data (writes.before_second, NULL), "Waiting"));
  g_thread_join (g_steal_pointer (&opener));

  /* The write's own end, when it comes, changes nothing. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (writes.n_writes, ==, 2);
  assert_file_holds (path, list);

  finalize_list (list);
  writes_clear (&writes);
  mbc_test_remove_tree (folder);
}

/* A list that goes writes what waits, and waits for what is under way,
 * without the main context: nothing is lost when the guide ends.
 */
static void
test_flush_on_dispose (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autoptr(GThread) opener = NULL;
  MbcMyQuestionList *list;
  MbcMyQuestionList *again;
  Writes writes = { 0, };

  /* A change that waits for its timer. */
  list = new_loaded_list (path);
  mbc_my_question_list_set_save_delay (list, 60 * 1000);
  add_question (list, "Kept at the end", NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  finalize_list (list);

  again = new_loaded_list (path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  g_assert_cmpstr (mbc_my_question_get_text (get_question (again, 0)), ==, "Kept at the end");
  finalize_list (again);

  /* A write under way, held at the gate, and a change after it. */
  list = new_loaded_list (path);
  writes_init (&writes, path, TRUE);
  mbc_my_question_list_set_write_hook (list, write_hook, &writes);
  add_question (list, "Under way", NULL);
  wait_first_write (&writes);
  add_question (list, "Waiting", NULL);

  opener = g_thread_new ("open-later", open_later_thread, &writes);
  finalize_list (list);
  g_thread_join (g_steal_pointer (&opener));
  g_assert_cmpuint (writes.n_writes, ==, 2);
  g_assert_cmpuint (writes.most_at_once, ==, 1);

  /* The task's callback comes after the list has gone, and does nothing. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  again = new_loaded_list (path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 3);
  g_assert_cmpstr (mbc_my_question_get_text (get_question (again, 1)), ==, "Under way");
  g_assert_cmpstr (mbc_my_question_get_text (get_question (again, 2)), ==, "Waiting");
  finalize_list (again);

  writes_clear (&writes);
  mbc_test_remove_tree (folder);
}

static void
no_write_hook (gpointer data)
{
  g_error ("A list kept in memory only wrote a file");
}

/* Workstation mode: the list lives in memory, and the disk is never
 * touched.
 */
static void
test_memory_only (void)
{
  /* Whatever the list wrote would go to the person's data folder, which
   * is a new and empty one for each test.
   */
  const char *folder = g_get_user_data_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  MbcMyQuestionList *list;
  MbcMyQuestion *removed;

  list = mbc_my_question_list_new (NULL);
  g_signal_connect (list, "save-failed", G_CALLBACK (save_failed_cb), errors);
  mbc_my_question_list_set_write_hook (list, no_write_hook, NULL);
  g_assert_null (mbc_my_question_list_get_file (list));
  g_assert_true (mbc_my_question_list_load (list, &error));
  g_assert_no_error (error);

  add_question (list, "Where has it spread?", "q-where-spread");
  add_question (list, "What comes next?", NULL);
  mbc_my_question_set_answer (get_question (list, 0), "Nowhere else.\nGood news.");
  mbc_my_question_set_asked (get_question (list, 0), TRUE);
  mbc_my_question_list_move (list, 0, 1);
  removed = mbc_my_question_list_remove (list, 0);
  g_assert_false (mbc_my_question_list_is_saving (list));
  g_assert_true (mbc_my_question_list_save (list, &error));
  g_assert_no_error (error);
  mbc_my_question_list_flush (list);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  if (g_file_test (folder, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GPtrArray) names = list_folder (folder);

      g_assert_cmpuint (names->len, ==, 0);
    }

  finalize_list (list);
  g_assert_finalize_object (removed);
}

/* The app's own list is in the person's data folder, for their eyes only. */
static void
test_default_file (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (),
                                                "mbc-guide", "questions.json", NULL);
  g_autofree char *folder = g_path_get_dirname (expected);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  MbcMyQuestionList *list = mbc_my_question_list_new_default ();
  GStatBuf buf;

  path = g_file_get_path (mbc_my_question_list_get_file (list));
  g_assert_cmpstr (path, ==, expected);
  g_assert_true (mbc_my_question_list_load (list, &error));
  g_assert_no_error (error);

  add_question (list, "Is this private?", NULL);
  assert_saved (path, list);

  g_assert_cmpint (g_stat (folder, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  finalize_list (list);
}

/* A list that changes before it has read its file would write over the
 * person's saved list.
 */
static void
test_save_before_load (void)
{
  const char *saved = "{\"version\": 1, \"questions\": [{\"text\": \"Keep me\"}]}";
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) after = NULL;

  if (g_test_subprocess ())
    {
      g_autofree char *child_path = g_build_filename (g_getenv ("MBC_TEST_FOLDER"),
                                                      "questions.json", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (child_path);
      g_autoptr(MbcMyQuestionList) list = mbc_my_question_list_new (file);

      add_question (list, "Too early", NULL);
      return;
    }

  folder = make_folder ();
  path = g_build_filename (folder, "questions.json", NULL);
  mbc_test_write_file (folder, "questions.json", saved);
  g_setenv ("MBC_TEST_FOLDER", folder, TRUE);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*changed before it was loaded*");

  after = read_bytes (path);
  g_assert_cmpstr (g_bytes_get_data (after, NULL), ==, saved);
  g_unsetenv ("MBC_TEST_FOLDER");
  mbc_test_remove_tree (folder);
}

typedef struct
{
  const char *name;
  const char *contents;
  gssize      length;
} BadFile;

/* The start of a picture: bytes that are not text, with zeros among them. */
#define GARBAGE "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe garbage"

static const BadFile bad_files[] = {
  { "garbage", GARBAGE, sizeof GARBAGE - 1 },
  { "empty", "", 0 },
  { "truncated", "{\n  \"version\": 1,\n  \"questions\": [\n    {\n      \"text\": \"Where has it spr", -1 },
  { "root-array", "[{\"text\": \"Where has it spread?\", \"asked\": false}]", -1 },
  { "root-null", "null", -1 },
  { "questions-string", "{\"version\": 1, \"questions\": \"Where has it spread?\"}", -1 },
  { "no-questions", "{\"version\": 1}", -1 },
  { "question-string", "{\"version\": 1, \"questions\": [\"Where has it spread?\"]}", -1 },
  { "no-text", "{\"version\": 1, \"questions\": [{\"text\": \"Fine\"}, {\"answer\": \"Lost\", \"asked\": false}]}", -1 },
  { "text-number", "{\"version\": 1, \"questions\": [{\"text\": 42}]}", -1 },
  { "asked-yes", "{\"version\": 1, \"questions\": [{\"text\": \"Where has it spread?\", \"asked\": \"yes\"}]}", -1 },
  { "answer-list", "{\"version\": 1, \"questions\": [{\"text\": \"Where?\", \"answer\": [\"a\"]}]}", -1 },
  { "suggestion-number", "{\"version\": 1, \"questions\": [{\"text\": \"Where?\", \"suggestion\": 7}]}", -1 },
  { "version-string", "{\"version\": \"1\", \"questions\": []}", -1 },
  { "version-zero", "{\"version\": 0, \"questions\": []}", -1 },
  { "latin-1", "{\"version\": 1, \"questions\": [{\"text\": \"\xbf" "D\xf3" "nde?\"}]}", -1 },
  { "lone-surrogate", "{\"version\": 1, \"questions\": [{\"text\": \"\\ud800\"}]}", -1 },
};

static char *
now_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y%m%d-%H%M%S");
}

/* A file that cannot be used is kept, byte for byte, and the person is
 * told where; the list starts empty, and the next save starts a new file.
 */
static void
test_unreadable (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *kept_path = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) pattern = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *stamp = NULL;
  gsize length = bad->length < 0 ? strlen (bad->contents) : (gsize) bad->length;
  MbcMyQuestionList *list;

  g_file_set_contents (path, bad->contents, length, &error);
  g_assert_no_error (error);
  original = read_bytes (path);

  list = mbc_my_question_list_new (file);
  mbc_my_question_list_set_save_delay (list, 0);
  first = now_stamp ();
  g_assert_false (mbc_my_question_list_load (list, &error));
  last = now_stamp ();
  g_assert_error (error, MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_UNREADABLE);
  g_test_message ("%s: %s", bad->name, error->message);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  names = list_folder (folder);
  g_assert_cmpuint (names->len, ==, 1);
  pattern = g_regex_new ("^questions\\.json\\.unreadable-([0-9]{8}-[0-9]{6})$", 0, 0, NULL);
  g_assert_true (g_regex_match (pattern, g_ptr_array_index (names, 0), 0, &match));
  stamp = g_match_info_fetch (match, 1);
  g_assert_cmpstr (first, <=, stamp);
  g_assert_cmpstr (stamp, <=, last);

  kept_path = g_build_filename (folder, g_ptr_array_index (names, 0), NULL);
  kept = read_bytes (kept_path);
  g_assert_true (g_bytes_equal (original, kept));

  /* The message names the kept file and its folder. */
  g_assert_nonnull (strstr (error->message, g_ptr_array_index (names, 0)));
  g_assert_nonnull (strstr (error->message, folder));

  /* The next change starts a new file beside the kept one. */
  add_question (list, "A new start", NULL);
  assert_saved (path, list);
  g_clear_pointer (&kept, g_bytes_unref);
  kept = read_bytes (kept_path);
  g_assert_true (g_bytes_equal (original, kept));

  finalize_list (list);
  mbc_test_remove_tree (folder);
}

/* A name already taken is never written over: the next file is "-2". */
static void
test_unreadable_twice (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_path = NULL;
  g_autoptr(GBytes) kept = NULL;
  MbcMyQuestionList *list;
  guint n_second = 0;

  /* The names of this second and the next few, in case the clock moves on. */
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_seconds (now, i);
      g_autofree char *stamp = g_date_time_format (then, "%Y%m%d-%H%M%S");
      g_autofree char *name = g_strdup_printf ("questions.json.unreadable-%s", stamp);

      mbc_test_write_file (folder, name, "kept before");
      g_ptr_array_add (taken, g_steal_pointer (&name));
    }
  mbc_test_write_file (folder, "questions.json", "not JSON, second time");

  list = mbc_my_question_list_new (file);
  g_assert_false (mbc_my_question_list_load (list, &error));
  g_assert_error (error, MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_UNREADABLE);
  g_test_message ("%s", error->message);

  names = list_folder (folder);
  g_assert_cmpuint (names->len, ==, taken->len + 1);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *name_path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      g_autoptr(GBytes) contents = read_bytes (name_path);
      gboolean was_taken = FALSE;

      for (guint j = 0; j < taken->len; j++)
        was_taken |= g_str_equal (g_ptr_array_index (names, i), g_ptr_array_index (taken, j));

      if (was_taken)
        {
          g_assert_cmpstr (g_bytes_get_data (contents, NULL), ==, "kept before");
        }
      else
        {
          g_assert_true (g_str_has_suffix (g_ptr_array_index (names, i), "-2"));
          g_assert_nonnull (strstr (error->message, g_ptr_array_index (names, i)));
          kept_path = g_strdup (name_path);
          n_second++;
        }
    }
  g_assert_cmpuint (n_second, ==, 1);
  kept = read_bytes (kept_path);
  g_assert_cmpstr (g_bytes_get_data (kept, NULL), ==, "not JSON, second time");

  finalize_list (list);
  mbc_test_remove_tree (folder);
}

static const char newer_file[] =
  "{\n"
  "  \"version\": 2,\n"
  "  \"questions\": [\n"
  "    {\"text\": \"Where has it spread?\", \"asked\": true, \"color\": \"red\",\n"
  "     \"suggestion\": \"q-where-spread\", \"answer\": \"Nowhere else.\"},\n"
  "    {\"text\": \"Second\", \"reminder\": {\"when\": \"2026-11-22\", \"repeat\": [1, 2.5, null]}}\n"
  "  ],\n"
  "  \"folders\": [{\"name\": \"Surgery\", \"questions\": [0]}],\n"
  "  \"sync\": null\n"
  "}\n";

static JsonNode *
parse_data (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* What a newer guide wrote is read as far as this one understands it,
 * and the rest is written back as it was.
 */
static void
assert_newer_members_kept (const char *path)
{
  g_autoptr(JsonNode) expected = parse_data (newer_file);
  g_autoptr(JsonNode) root = parse_file (path);
  JsonObject *want = json_node_get_object (expected);
  JsonObject *got = json_node_get_object (root);
  JsonArray *want_questions = json_object_get_array_member (want, "questions");
  JsonArray *got_questions = json_object_get_array_member (got, "questions");

  g_assert_cmpint (json_object_get_int_member (got, "version"), ==, 2);
  g_assert_true (json_node_equal (json_object_get_member (want, "folders"),
                                  json_object_get_member (got, "folders")));
  g_assert_true (json_object_has_member (got, "sync"));
  g_assert_true (json_object_get_null_member (got, "sync"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (got_questions, 0),
                                                  "color"), ==, "red");
  g_assert_true (json_node_equal (
    json_object_get_member (json_array_get_object_element (want_questions, 1), "reminder"),
    json_object_get_member (json_array_get_object_element (got_questions, 1), "reminder")));
}

static void
test_newer_version (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) names = NULL;
  MbcMyQuestionList *list;
  MbcMyQuestionList *again;
  MbcMyQuestion *moved;

  mbc_test_write_file (folder, "questions.json", newer_file);
  before = read_bytes (path);

  list = new_loaded_list (path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpstr (mbc_my_question_get_text (get_question (list, 0)), ==, "Where has it spread?");
  g_assert_cmpstr (mbc_my_question_get_answer (get_question (list, 0)), ==, "Nowhere else.");
  g_assert_true (mbc_my_question_get_asked (get_question (list, 0)));
  g_assert_cmpstr (mbc_my_question_get_suggestion_id (get_question (list, 0)), ==, "q-where-spread");
  g_assert_cmpstr (mbc_my_question_get_text (get_question (list, 1)), ==, "Second");
  g_assert_cmpstr (mbc_my_question_get_answer (get_question (list, 1)), ==, "");
  g_assert_false (mbc_my_question_get_asked (get_question (list, 1)));

  /* Loading writes nothing. */
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  names = list_folder (folder);
  g_assert_cmpuint (names->len, ==, 1);

  mbc_my_question_set_asked (get_question (list, 1), TRUE);
  assert_saved (path, list);
  assert_newer_members_kept (path);

  /* A question taken off and put back keeps what it had. */
  moved = mbc_my_question_list_remove (list, 1);
  mbc_my_question_list_insert (list, 1, moved);
  g_object_unref (moved);
  assert_saved (path, list);
  assert_newer_members_kept (path);

  /* And so does a list loaded again from what this version wrote. */
  again = new_loaded_list (path);
  add_question (again, "Third", NULL);
  assert_saved (path, again);
  assert_newer_members_kept (path);

  finalize_list (again);
  finalize_list (list);
  mbc_test_remove_tree (folder);
}

/* Whether a file can be made in @folder, whatever its permissions say:
 * root writes anyway.
 */
static gboolean
can_write_in (const char *folder)
{
  g_autofree char *probe = g_build_filename (folder, "probe", NULL);

  if (!g_file_set_contents (probe, "", 0, NULL))
    return FALSE;

  g_unlink (probe);
  return TRUE;
}

/* When the disk refuses, the person is told, every change stays in the
 * list, and saving again once the disk allows writes it all.
 */
static void
test_save_failed (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  MbcMyQuestionList *list = new_loaded_list (path);
  MbcMyQuestionList *again;
  MbcMyQuestion *removed;
  gboolean by_permissions = TRUE;

  g_signal_connect (list, "save-failed", G_CALLBACK (save_failed_cb), errors);
  add_question (list, "Where has it spread?", NULL);
  add_question (list, "What are my choices?", NULL);
  assert_saved (path, list);
  g_assert_cmpuint (errors->len, ==, 0);

  g_assert_cmpint (g_chmod (folder, 0500), ==, 0);
  if (can_write_in (folder))
    {
      /* Running as root: a folder where the file should be stops it. */
      g_test_message ("the folder's permissions do not stop this user; using a folder in the way");
      by_permissions = FALSE;
      g_assert_cmpint (g_chmod (folder, 0700), ==, 0);
      g_assert_cmpint (g_unlink (path), ==, 0);
      g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
    }

  /* Each write that fails is told once. */
  add_question (list, "Can I keep working?", NULL);
  wait_saved (list);
  g_assert_cmpuint (errors->len, ==, 1);
  mbc_my_question_set_answer (get_question (list, 2), "Part time,\nif I feel well.");
  wait_saved (list);
  g_assert_cmpuint (errors->len, ==, 2);
  mbc_my_question_list_move (list, 2, 0);
  wait_saved (list);
  g_assert_cmpuint (errors->len, ==, 3);
  removed = mbc_my_question_list_remove (list, 2);
  wait_saved (list);
  g_assert_cmpuint (errors->len, ==, 4);

  for (guint i = 0; i < errors->len; i++)
    g_assert_error ((GError *) g_ptr_array_index (errors, i),
                    MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_SAVE);
  g_test_message ("%s", ((GError *) g_ptr_array_index (errors, 0))->message);
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (errors, 0))->message, folder));

  g_assert_false (mbc_my_question_list_save (list, &error));
  g_assert_error (error, MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_SAVE);
  g_clear_error (&error);

  /* Nothing was lost from the list, and nothing was left half-written. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpstr (mbc_my_question_get_text (get_question (list, 0)), ==, "Can I keep working?");
  g_assert_cmpstr (mbc_my_question_get_answer (get_question (list, 0)), ==,
                   "Part time,\nif I feel well.");
  g_assert_cmpstr (mbc_my_question_get_text (get_question (list, 1)), ==, "Where has it spread?");
  names = list_folder (folder);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "questions.json");

  if (by_permissions)
    g_assert_cmpint (g_chmod (folder, 0700), ==, 0);
  else
    g_assert_cmpint (g_rmdir (path), ==, 0);

  g_assert_true (mbc_my_question_list_save (list, &error));
  g_assert_no_error (error);
  assert_saved (path, list);

  again = new_loaded_list (path);
  assert_same_questions (list, again);
  g_assert_cmpuint (errors->len, ==, 4);

  finalize_list (again);
  finalize_list (list);
  g_assert_finalize_object (removed);
  mbc_test_remove_tree (folder);
}

/* An unreadable file that cannot even be moved aside is not written
 * over: the list does not save until it can move it.
 */
static void
test_unreadable_stuck (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GError) error = NULL;
  MbcMyQuestionList *list;

  mbc_test_write_file (folder, "questions.json", "{\"questions\": [{\"text\": ");
  g_assert_cmpint (g_chmod (folder, 0500), ==, 0);
  if (can_write_in (folder))
    {
      g_assert_cmpint (g_chmod (folder, 0700), ==, 0);
      mbc_test_remove_tree (folder);
      g_test_skip ("this user can write in a folder whatever its permissions say");
      return;
    }

  list = mbc_my_question_list_new (file);
  mbc_my_question_list_set_save_delay (list, 0);
  g_signal_connect (list, "save-failed", G_CALLBACK (save_failed_cb), errors);
  g_assert_false (mbc_my_question_list_load (list, &error));
  g_assert_error (error, MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_UNREADABLE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));

  /* A change is kept in memory, and the person told it is not saved. */
  add_question (list, "Kept in memory", NULL);
  wait_saved (list);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_error ((GError *) g_ptr_array_index (errors, 0),
                  MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_SAVE);
  g_test_message ("%s", ((GError *) g_ptr_array_index (errors, 0))->message);
  kept = read_bytes (path);
  g_assert_cmpstr (g_bytes_get_data (kept, NULL), ==, "{\"questions\": [{\"text\": ");

  /* Once it can be moved, it is kept aside and the list is saved. */
  g_assert_cmpint (g_chmod (folder, 0700), ==, 0);
  add_question (list, "Saved at last", NULL);
  assert_saved (path, list);
  g_assert_cmpuint (errors->len, ==, 1);
  names = list_folder (folder);
  g_assert_cmpuint (names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "questions.json");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (names, 1), "questions.json.unreadable-"));

  finalize_list (list);
  mbc_test_remove_tree (folder);
}

/* The crash test */

static void
writer_save_failed_cb (MbcMyQuestionList *list,
                       const GError    *error,
                       gpointer         data)
{
  g_printerr ("writer: %s\n", error->message);
  exit (2);
}

/* Saves one generation after another until it is killed. Generation g
 * has g % 7 + 1 questions that all name it, in their text and in a long
 * answer, so that a file mixing two generations, or cut short, shows.
 * The list writes as it does in the guide, on its worker thread, while
 * newer generations come: whichever is newest when a write ends is
 * written next.
 */
static int
run_writer (const char *path,
            guint64     generation)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MbcMyQuestionList *list = mbc_my_question_list_new (file);

  if (!mbc_my_question_list_load (list, &error))
    {
      g_printerr ("writer: %s\n", error->message);
      return 1;
    }
  g_signal_connect (list, "save-failed", G_CALLBACK (writer_save_failed_cb), NULL);
  mbc_my_question_list_set_save_delay (list, 0);

  /* The parent starts the clock once the writer is saving. */
  if (write (STDOUT_FILENO, "ready\n", 6) != 6)
    return 1;

  for (;; generation++)
    {
      g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = generation % 7 + 1;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *text = g_strdup_printf ("generation %" G_GUINT64_FORMAT ", question %u",
                                                   generation, i + 1);
          g_autoptr(GString) answer = g_string_new (NULL);
          MbcMyQuestion *question = mbc_my_question_new (text, i == 0 ? "q-where-spread" : NULL);

          for (guint line = 0; line < 40; line++)
            g_string_append_printf (answer, "generation %" G_GUINT64_FORMAT ", line %u\n",
                                    generation, line);
          mbc_my_question_set_answer (question, answer->str);
          mbc_my_question_set_asked (question, generation % 2 == 0);
          g_ptr_array_add (questions, question);
        }

      mbc_my_question_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                                (MbcMyQuestion **) questions->pdata, questions->len);

      /* The timer, and the end of a write, without waiting for either. */
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  return 0;
}

/* The generation the file holds; fails unless it holds all of one. */
static guint64
check_generation (const char *path)
{
  g_autoptr(JsonNode) root = parse_file (path);
  JsonArray *array = json_object_get_array_member (json_node_get_object (root), "questions");
  guint64 generation = 0;
  guint n = json_array_get_length (array);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      const char *text = json_object_get_string_member (entry, "text");
      const char *answer = json_object_get_string_member (entry, "answer");
      g_autofree char *expected_text = NULL;
      g_autoptr(GString) expected_answer = g_string_new (NULL);

      if (i == 0)
        g_assert_cmpint (sscanf (text, "generation %" G_GUINT64_FORMAT ",", &generation), ==, 1);
      expected_text = g_strdup_printf ("generation %" G_GUINT64_FORMAT ", question %u",
                                       generation, i + 1);
      for (guint line = 0; line < 40; line++)
        g_string_append_printf (expected_answer, "generation %" G_GUINT64_FORMAT ", line %u\n",
                                generation, line);

      g_assert_cmpstr (text, ==, expected_text);
      g_assert_cmpstr (answer, ==, expected_answer->str);
      g_assert_cmpint (json_object_get_boolean_member (entry, "asked"), ==, generation % 2 == 0);
    }
  g_assert_cmpuint (n, ==, generation % 7 + 1);

  return generation;
}

/* Removes what saves cut short left behind (their new file, not yet in
 * place), and says how many there were.
 */
static guint
remove_leftovers (const char *folder)
{
  g_autoptr(GPtrArray) names = list_folder (folder);
  guint n = 0;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_str_equal (name, "questions.json"))
        continue;

      /* Never one set aside as unreadable: every file must be readable. */
      g_assert_true (g_str_has_prefix (name, "questions.json."));
      g_assert_false (g_str_has_prefix (name, "questions.json.unreadable"));
      g_assert_cmpint (g_unlink (path), ==, 0);
      n++;
    }

  return n;
}

/* The writer is killed at random moments, again and again: the file is
 * always there, and always holds one whole generation.
 */
static void
test_killed_while_saving (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 started = g_get_monotonic_time ();
  guint64 next = 0;
  guint64 last = 0;
  gboolean saved = FALSE;
  guint n_kills = 0;
  guint n_mid_run = 0;
  guint n_moved_on = 0;
  guint n_cut_short = 0;
  guint n_before_first = 0;
  guint64 total_delay = 0;

  while (n_kills < N_KILLS)
    {
      g_autoptr(GSubprocess) writer = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *start = g_strdup_printf ("%" G_GUINT64_FORMAT, next);
      char ready[7] = { 0, };
      gsize n_read = 0;
      guint delay = g_random_int_range (1, MAX_KILL_DELAY + 1);
      guint64 generation;

      writer = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                 self_path, "--writer", path, start, NULL);
      g_assert_no_error (error);
      g_input_stream_read_all (g_subprocess_get_stdout_pipe (writer), ready, 6, &n_read,
                               NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (ready, ==, "ready\n");

      g_usleep (delay * 1000);
      total_delay += delay;
      g_subprocess_send_signal (writer, SIGKILL);
      g_subprocess_wait (writer, NULL, &error);
      g_assert_no_error (error);
      n_kills++;

      /* A writer that stopped on its own has failed. */
      g_assert_true (g_subprocess_get_if_signaled (writer));
      g_assert_cmpint (g_subprocess_get_term_sig (writer), ==, SIGKILL);
      n_mid_run++;

      n_cut_short += remove_leftovers (folder);

      if (!saved && !g_file_test (path, G_FILE_TEST_EXISTS))
        {
          n_before_first++;
          continue;
        }
      saved = TRUE;

      generation = check_generation (path);
      /* Never back to an older list. */
      g_assert_cmpuint (generation, >=, last);
      if (generation > last || g_hash_table_size (seen) == 0)
        n_moved_on++;
      last = generation;
      next = generation + 1;
      if (!g_hash_table_contains (seen, &generation))
        g_hash_table_add (seen, g_memdup2 (&generation, sizeof generation));
    }

  g_test_message ("kills: %u, all mid-run (killed by SIGKILL while saving in a loop): %u", n_kills,
                  n_mid_run);
  g_test_message ("kills before the first save was complete: %u", n_before_first);
  g_test_message ("kills that cut a save short (its new file left behind): %u", n_cut_short);
  g_test_message ("kills after which the file held a newer generation: %u", n_moved_on);
  g_test_message ("generations seen in the file: %u different, the last %" G_GUINT64_FORMAT,
                  g_hash_table_size (seen), last);
  g_test_message ("time: %.1f s in all, %.1f s of it waiting to kill",
                  (g_get_monotonic_time () - started) / 1e6, total_delay / 1e3);

  g_assert_true (saved);
  g_assert_cmpuint (g_hash_table_size (seen), >, 1);

  mbc_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2], g_ascii_strtoull (argv[3], NULL, 10));

  /* The messages and questions in the log are UTF-8. */
  setlocale (LC_ALL, "");
  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_canonicalize_filename (argv[0], NULL);

  /* Each test has a data folder of its own, so nothing of the person who
   * runs the tests is touched.
   */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mbc/my-question-list/round-trip", test_round_trip);
  g_test_add_func ("/mbc/my-question-list/changes", test_changes);
  g_test_add_func ("/mbc/my-question-list/add-suggestions", test_add_suggestions);
  g_test_add_func ("/mbc/my-question-list/batched", test_batched);
  g_test_add_func ("/mbc/my-question-list/one-write-at-a-time", test_one_write_at_a_time);
  g_test_add_func ("/mbc/my-question-list/flush", test_flush);
  g_test_add_func ("/mbc/my-question-list/flush-on-dispose", test_flush_on_dispose);
  g_test_add_func ("/mbc/my-question-list/memory-only", test_memory_only);
  g_test_add_func ("/mbc/my-question-list/default-file", test_default_file);
  g_test_add_func ("/mbc/my-question-list/save-before-load", test_save_before_load);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/mbc/my-question-list/unreadable/%s",
                                               bad_files[i].name);

      g_test_add_data_func (name, &bad_files[i], test_unreadable);
    }
  g_test_add_func ("/mbc/my-question-list/unreadable-twice", test_unreadable_twice);
  g_test_add_func ("/mbc/my-question-list/newer-version", test_newer_version);
  g_test_add_func ("/mbc/my-question-list/save-failed", test_save_failed);
  g_test_add_func ("/mbc/my-question-list/unreadable-stuck", test_unreadable_stuck);
  g_test_add_func ("/mbc/my-question-list/killed-while-saving", test_killed_while_saving);

  return g_test_run ();
}
