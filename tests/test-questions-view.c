/* test-questions-view.c: My Questions, built and used as a person would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mbc-my-question-row.h"
#include "mbc-questions-view.h"
#include "mbc-site-page.h"
#include "mbc-test-util.h"

typedef struct
{
  MbcContent      *content;
  MbcWindow       *window;
  MbcMyQuestionList *list;
  GtkWidget       *view;
  char            *folder;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  f->folder = g_dir_make_tmp ("mbc-questions-view-XXXXXX", NULL);
  path = g_build_filename (f->folder, "questions.json", NULL);
  file = g_file_new_for_path (path);

  f->content = mbc_test_load_content ();
  f->window = mbc_test_open_window (f->content, 1100, 800);
  f->list = mbc_my_question_list_new (file);
  g_assert_true (mbc_my_question_list_load (f->list, NULL));

  mbc_window_set_question_list (f->window, f->list);
  mbc_test_activate (f->window, "win.view", "questions");
  f->view = mbc_test_find_type (GTK_WIDGET (f->window), MBC_TYPE_QUESTIONS_VIEW);
  g_assert_nonnull (f->view);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  mbc_test_close_window (f->window);
  g_assert_finalize_object (f->list);
  g_assert_finalize_object (f->content);
  mbc_test_remove_tree (f->folder);
  g_free (f->folder);
}

static GtkWidget *
named (Fixture    *f,
       GType       type,
       const char *name)
{
  GtkWidget *widget = mbc_test_find_named (f->view, type, name);

  g_test_message ("looking for “%s”", name);
  g_assert_nonnull (widget);

  return widget;
}

static void
click (GtkWidget *button)
{
  /* The button's row may be made anew by what it does. */
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (button));

  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_true (gtk_widget_activate (button));
  /* A button shows itself pressed for a moment before it acts. */
  mbc_test_iterate (300);
  mbc_test_wait_frame (window);
}

static MbcMyQuestion *
item (Fixture *f,
      guint    position)
{
  g_autoptr(MbcMyQuestion) question = g_list_model_get_item (G_LIST_MODEL (f->list), position);

  g_assert_nonnull (question);

  return question;
}

/* An empty list says what to do. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *title = mbc_test_find_exact_label (f->view, "No Questions Yet");
  GtkWidget *page;

  g_assert_nonnull (title);
  g_assert_true (mbc_test_is_showing (title));
  g_assert_true (mbc_test_is_showing (mbc_test_find_label (f->view, "Add a suggested question below")));

  /* Whole, not squeezed into what is left: the icon gets its full size. */
  page = gtk_widget_get_parent (title);
  g_assert_cmpint (gtk_widget_get_height (gtk_widget_get_first_child (page)), >=, 64);
}

/* A suggested question goes on the list with one click, once. */
static void
test_add_suggestion (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *add = named (f, GTK_TYPE_BUTTON,
                          "Add “What is the goal of this treatment for me?” to my questions");

  click (add);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, 1);
  g_assert_cmpstr (mbc_my_question_get_text (item (f, 0)), ==, "What is the goal of this treatment for me?");
  g_assert_cmpstr (mbc_my_question_get_suggestion_id (item (f, 0)), ==, "q-goal");
  g_assert_false (gtk_widget_get_sensitive (add));
  {
    GtkWidget *empty = mbc_test_find_exact_label (f->view, "No Questions Yet");

    g_assert_true (empty == NULL || !mbc_test_is_showing (empty));
  }
  g_assert_nonnull (mbc_test_find_type (f->view, MBC_TYPE_MY_QUESTION_ROW));
}

static void
add_own (Fixture    *f,
         const char *text)
{
  GtkWidget *entry = mbc_test_find_named (f->view, GTK_TYPE_ENTRY, "Write your own question");

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  mbc_test_wait_frame (f->view);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

/* Tick, answer, move, remove and undo, through the row's own controls,
 * and everything is back after a restart.
 */
static void
test_use_and_restart (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(MbcMyQuestionList) again = NULL;
  g_autoptr(GFile) file = NULL;
  GtkWidget *asked;
  GtkWidget *answer;
  GtkTextBuffer *buffer;

  add_own (f, "Can I keep working?");
  add_own (f, "Who do I call at night?");

  /* Blank words add nothing. */
  {
    GtkWidget *entry = mbc_test_find_named (f->view, GTK_TYPE_ENTRY, "Write your own question");

    gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
    g_signal_emit_by_name (entry, "activate");
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, 2);

  /* Asked, by its tick box. */
  asked = named (f, GTK_TYPE_CHECK_BUTTON, "Asked: Can I keep working?");
  g_assert_true (gtk_widget_activate (asked));
  mbc_test_wait_frame (f->view);
  g_assert_true (mbc_my_question_get_asked (item (f, 0)));

  /* An answer of two lines: in the question as it is typed; the list
   * writes it once the typing pauses.
   */
  answer = named (f, GTK_TYPE_TEXT_VIEW, "Answer or note for: Can I keep working?");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (answer));
  gtk_text_buffer_set_text (buffer, "Yes, part time.\nAsk again in May.", -1);
  g_assert_cmpstr (mbc_my_question_get_answer (item (f, 0)), ==, "Yes, part time.\nAsk again in May.");

  /* Moved down, then the other one up again. */
  click (named (f, GTK_TYPE_BUTTON, "Move down: Can I keep working?"));
  g_assert_cmpstr (mbc_my_question_get_text (item (f, 0)), ==, "Who do I call at night?");
  click (named (f, GTK_TYPE_BUTTON, "Move up: Can I keep working?"));
  g_assert_cmpstr (mbc_my_question_get_text (item (f, 0)), ==, "Can I keep working?");

  /* Removed, and back where it was with Undo. */
  click (named (f, GTK_TYPE_BUTTON, "Remove: Can I keep working?"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, 1);
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (f->window), "Question removed"));
  /* The toast's own button, as a person presses it: it must be able to
   * reach the view's Undo from the window's toast overlay.
   */
  {
    GtkWidget *undo = mbc_test_find_exact_label (GTK_WIDGET (f->window), "Undo");

    while (undo != NULL && !GTK_IS_BUTTON (undo))
      undo = gtk_widget_get_parent (undo);
    g_assert_nonnull (undo);
    mbc_test_wait_frame (undo);
    g_assert_true (gtk_widget_is_sensitive (undo));
    click (undo);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, 2);
  g_assert_cmpstr (mbc_my_question_get_text (item (f, 0)), ==, "Can I keep working?");
  g_assert_true (mbc_my_question_get_asked (item (f, 0)));

  /* Read again from the disk, as the next start would, once the guide
   * has written what waited, as it does when it quits.
   */
  mbc_my_question_list_flush (f->list);
  file = g_object_ref (mbc_my_question_list_get_file (f->list));
  again = mbc_my_question_list_new (file);
  g_assert_true (mbc_my_question_list_load (again, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 2);
  {
    g_autoptr(MbcMyQuestion) first = g_list_model_get_item (G_LIST_MODEL (again), 0);
    g_autoptr(MbcMyQuestion) second = g_list_model_get_item (G_LIST_MODEL (again), 1);

    g_assert_cmpstr (mbc_my_question_get_text (first), ==, "Can I keep working?");
    g_assert_true (mbc_my_question_get_asked (first));
    g_assert_cmpstr (mbc_my_question_get_answer (first), ==, "Yes, part time.\nAsk again in May.");
    g_assert_cmpstr (mbc_my_question_get_text (second), ==, "Who do I call at night?");
    g_assert_false (mbc_my_question_get_asked (second));
  }
  g_assert_finalize_object (g_steal_pointer (&again));
}

/* Every control of the list can be reached by keyboard and has a name. */
static void
test_keyboard_and_names (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *row;

  add_own (f, "Can I keep working?");
  row = mbc_test_find_type (f->view, MBC_TYPE_MY_QUESTION_ROW);
  g_assert_nonnull (row);

  {
    const char *names[] = {
      "Asked: Can I keep working?", "Move up: Can I keep working?",
      "Move down: Can I keep working?", "Remove: Can I keep working?",
      "Change the words: Can I keep working?",
      "Answer or note for: Can I keep working?",
    };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        GtkWidget *control = mbc_test_find_named (row, G_TYPE_INITIALLY_UNOWNED, names[i]);

        g_test_message ("control “%s”", names[i]);
        g_assert_nonnull (control);
        g_assert_true (gtk_widget_get_focusable (control) || gtk_widget_get_can_focus (control));
        g_assert_true (gtk_widget_grab_focus (control));
      }
  }

  /* The question's words can be changed from the keyboard: the button
   * puts them in an entry, Enter keeps the new words.
   */
  {
    GtkWidget *entry;

    click (mbc_test_find_named (row, GTK_TYPE_BUTTON, "Change the words: Can I keep working?"));
    entry = mbc_test_find_named (row, GTK_TYPE_ENTRY, "Words of the question: Can I keep working?");
    g_assert_nonnull (entry);
    g_assert_true (mbc_test_is_showing (entry));
    g_assert_true (gtk_widget_has_focus (gtk_widget_get_first_child (entry)) || gtk_widget_has_focus (entry));
    gtk_editable_set_text (GTK_EDITABLE (entry), "Can I keep working part time?");
    g_signal_emit_by_name (entry, "activate");
    mbc_test_wait_frame (f->view);
    g_assert_cmpstr (mbc_my_question_get_text (item (f, 0)), ==, "Can I keep working part time?");
    g_assert_nonnull (mbc_test_find_exact_label (row, "Can I keep working part time?"));
    g_assert_nonnull (mbc_test_find_named (row, GTK_TYPE_CHECK_BUTTON,
                                           "Asked: Can I keep working part time?"));
  }
}

/* The brain's page adds its own questions to the list. */
static void
test_add_from_site (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *button;

  mbc_test_activate (f->window, "win.show-site", "brain");
  page = mbc_test_find_type (GTK_WIDGET (f->window), MBC_TYPE_SITE_PAGE);
  button = mbc_test_wait_for_label (page, "Add to My Questions");
  g_assert_nonnull (button);
  button = gtk_widget_get_ancestor (button, GTK_TYPE_BUTTON);
  click (button);

  g_assert_true (mbc_my_question_list_has_suggestion (f->list, "q-brain"));
  g_assert_true (mbc_my_question_list_has_suggestion (f->list, "q-surgery-radiation"));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (f->window), "questions added to My Questions"));
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/mbc/questions-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("empty", test_empty);
  ADD ("add-suggestion", test_add_suggestion);
  ADD ("use-and-restart", test_use_and_restart);
  ADD ("keyboard-and-names", test_keyboard_and_names);
  ADD ("add-from-site", test_add_from_site);

  return g_test_run ();
}
