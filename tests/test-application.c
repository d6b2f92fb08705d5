/* test-application.c: the application as it starts, with a saved list
 * of questions and a diary that cannot be read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mbc-application.h"
#include "mbc-test-util.h"
#include "mbc-window.h"

static MbcApplication *app;
static char *data_home;
static int status;

/* The message dialog with @heading, waiting for it a while. */
static AdwMessageDialog *
wait_for_dialog (const char *heading)
{
  for (guint i = 0; i < 250; i++)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

      for (GList *l = toplevels; l != NULL; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) &&
            g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
          return l->data;
      mbc_test_iterate (20);
    }

  return NULL;
}

/* The file of @folder whose name starts with @prefix, or NULL. */
static char *
find_kept (const char *folder,
           const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return g_build_filename (folder, name, NULL);

  return NULL;
}

/* A corrupt list: the guide starts, keeps the file aside and says so in
 * plain words; the person's list starts empty and works.
 */
static void
test_unreadable_list (void)
{
  g_autofree char *folder = g_build_filename (data_home, "mbc-guide", NULL);
  g_autofree char *path = g_build_filename (folder, "questions.json", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *bytes = NULL;
  AdwMessageDialog *dialog = wait_for_dialog ("Your Saved Questions Could Not Be Read");

  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "questions.json.unreadable-"));

  /* The old bytes are kept, under another name. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  kept = find_kept (folder, "questions.json.unreadable-");
  g_assert_nonnull (kept);
  g_assert_true (g_file_get_contents (kept, &bytes, NULL, NULL));
  g_assert_cmpstr (bytes, ==, "{ \"questions\": [ { \"text\": ");

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mbc_application_get_question_list (app))), ==, 0);
}

/* A damaged diary: the guide starts, sets the file aside with its bytes
 * as they were, says so in plain words with where it is, and the diary
 * starts anew in a file of its own that only the person can read.
 */
static void
test_damaged_diary (void)
{
  g_autofree char *folder = g_build_filename (data_home, "mbc-guide", NULL);
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *bytes = NULL;
  AdwMessageDialog *dialog = wait_for_dialog ("Your Diary Could Not Be Read");
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  MbcDiary *diary;
  GStatBuf info;

  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  kept = find_kept (folder, "diary.sqlite3.");
  g_assert_nonnull (kept);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), kept));
  g_assert_true (g_file_get_contents (kept, &bytes, NULL, NULL));
  g_assert_cmpstr (bytes, ==, "SQLite format 3 and then nothing a database holds");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The new diary works, and is the person's alone. */
  diary = mbc_window_get_diary (MBC_WINDOW (window));
  g_assert_nonnull (diary);
  g_assert_true (mbc_diary_get_loaded (diary));
  g_assert_false (mbc_diary_get_read_only (diary));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 0);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);
}

/* Ctrl+? shows the keyboard shortcuts, which the window reads just
 * after its first frame.
 */
static void
test_shortcuts_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                "win.show-help-overlay");
  GtkWindow *shortcuts;

  g_assert_nonnull (window);
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>question");

  for (guint i = 0; i < 100 && gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == NULL; i++)
    mbc_test_iterate (20);
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  mbc_test_iterate (100);
  shortcuts = mbc_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_window_close (shortcuts);
}

static void
activate_cb (GApplication *application)
{
  status = g_test_run ();
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;

  /* A home of its own, holding a list cut short in the middle. */
  data_home = g_dir_make_tmp ("mbc-application-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  folder = g_build_filename (data_home, "mbc-guide", NULL);
  g_mkdir_with_parents (folder, 0700);
  path = g_build_filename (folder, "questions.json", NULL);
  g_file_set_contents (path, "{ \"questions\": [ { \"text\": ", -1, NULL);
  /* And a diary that begins as SQLite's files do, and is not one. */
  g_free (path);
  path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_file_set_contents (path, "SQLite format 3 and then nothing a database holds", -1, NULL);

  mbc_test_init (&argc, &argv);
  g_test_add_func ("/mbc/application/unreadable-list", test_unreadable_list);
  g_test_add_func ("/mbc/application/damaged-diary", test_damaged_diary);
  g_test_add_func ("/mbc/application/shortcuts-window", test_shortcuts_window);

  app = mbc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (app);

  mbc_test_remove_tree (data_home);
  g_free (data_home);

  return status;
}
