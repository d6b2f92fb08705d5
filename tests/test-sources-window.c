/* test-sources-window.c: "About This Information", where every fact
 * comes from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-basics-view.h"
#include "mbc-question-group.h"
#include "mbc-sources-window.h"
#include "mbc-test-util.h"

static guint
count_citing (GListModel *items,
              const char *source_id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MbcContentItem) item = g_list_model_get_item (items, i);

      for (guint j = 0; j < mbc_content_item_get_n_sources (item); j++)
        if (g_str_equal (mbc_source_get_id (mbc_content_item_get_source (item, j)), source_id))
          n++;
    }

  return n;
}

/* The row of the window that is about @source. */
static GtkWidget *
source_row (GtkWindow *window,
            MbcSource *source)
{
  GtkWidget *label = mbc_test_find_label (GTK_WIDGET (window), mbc_source_get_title (source));

  g_assert_nonnull (label);

  return gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
}

static void
assert_row_says (GtkWidget  *row,
                 const char *words)
{
  g_autofree char *text = mbc_test_dup_visible_text (row);

  g_test_message ("looking for “%s”", words);
  g_assert_nonnull (strstr (text, words));
}

/* From the main menu's action: each source with its organization, title,
 * review date, what it covers, and which parts of the guide use it.
 */
static void
test_lists_sources (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GListModel *sources = mbc_content_get_sources (content);
  GListModel *groups = mbc_content_get_question_groups (content);
  GtkWindow *sources_window;
  gboolean undated = FALSE;

  g_assert_null (mbc_test_find_toplevel (MBC_TYPE_SOURCES_WINDOW));
  mbc_test_activate (window, "win.sources", NULL);
  mbc_test_iterate (100);

  sources_window = mbc_test_find_toplevel (MBC_TYPE_SOURCES_WINDOW);
  g_assert_nonnull (sources_window);
  g_assert_true (gtk_window_get_transient_for (sources_window) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (sources_window));
  g_assert_cmpstr (gtk_window_get_title (sources_window), ==, "About This Information");
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (sources_window), "Sources"));

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(MbcSource) source = g_list_model_get_item (sources, i);
      GtkWidget *row = source_row (sources_window, source);
      g_autofree char *review = mbc_source_dup_review_text (source);

      g_assert_nonnull (row);
      assert_row_says (row, mbc_source_get_organization (source));
      assert_row_says (row, review);
      assert_row_says (row, mbc_source_get_about (source));
      undated |= mbc_source_get_reviewed (source) == NULL;
    }

  /* Not every document gives a date, and the window says so. */
  g_assert_true (undated);

  /* Komen: its help lines are in Resources, its questions in Questions. */
  {
    g_autoptr(MbcSource) komen = NULL;
    g_autofree char *resources = NULL;
    g_autofree char *questions = NULL;
    guint n_questions = 0;

    for (guint i = 0; i < g_list_model_get_n_items (sources) && komen == NULL; i++)
      {
        g_autoptr(MbcSource) source = g_list_model_get_item (sources, i);

        if (g_str_equal (mbc_source_get_id (source), "komen"))
          komen = g_steal_pointer (&source);
      }
    g_assert_nonnull (komen);

    for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
      {
        g_autoptr(MbcQuestionGroup) group = g_list_model_get_item (groups, i);

        n_questions += count_citing (mbc_question_group_get_questions (group), "komen");
      }

    resources = g_strdup_printf ("Resources: %u item", count_citing (mbc_content_get_resources (content),
                                                                     "komen"));
    questions = g_strdup_printf ("Questions: %u item", n_questions);
    g_assert_cmpuint (n_questions, >, 0);
    assert_row_says (source_row (sources_window, komen), "Used in:");
    assert_row_says (source_row (sources_window, komen), resources);
    assert_row_says (source_row (sources_window, komen), questions);
  }

  /* Escape closes it, as it closes any dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sources_window), "window.close", NULL));
  mbc_test_iterate (100);
  g_assert_null (mbc_test_find_toplevel (MBC_TYPE_SOURCES_WINDOW));

  mbc_test_close_window (window);
}

/* The button at the end of the Basics view opens it too. */
static void
test_from_basics (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GtkWidget *view;
  GtkWidget *button;
  GtkWindow *sources_window;

  mbc_test_activate (window, "win.view", "basics");
  view = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_BASICS_VIEW);
  button = mbc_test_find_label (view, "About This Information");
  g_assert_nonnull (button);
  button = gtk_widget_get_ancestor (button, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);

  /* A button shows itself pressed for a moment before it acts. */
  g_assert_true (gtk_widget_activate (button));
  mbc_test_iterate (400);

  sources_window = mbc_test_find_toplevel (MBC_TYPE_SOURCES_WINDOW);
  g_assert_nonnull (sources_window);
  gtk_window_destroy (sources_window);
  mbc_test_iterate (50);

  mbc_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);

  g_test_add_func ("/mbc/sources-window/lists-sources", test_lists_sources);
  g_test_add_func ("/mbc/sources-window/from-basics", test_from_basics);

  return g_test_run ();
}
