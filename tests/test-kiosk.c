/* test-kiosk.c: a hospital workstation, two people in a row
 *
 * The program starts the real application with --kiosk, in a home of
 * its own, with the idle wait shortened to a few seconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mbc-application.h"
#include "mbc-diary-record-dialog.h"
#include "mbc-guide-view.h"
#include "mbc-language.h"
#include "mbc-map-view.h"
#include "mbc-my-question.h"
#include "mbc-test-util.h"

static MbcApplication *app;
static char *home;
static int status;

static MbcWindow *
app_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (MBC_IS_WINDOW (window));

  return MBC_WINDOW (window);
}

static GtkWidget *
start_button (const char *name)
{
  GtkWidget *label = mbc_test_find_exact_label (GTK_WIDGET (app_window ()), name);

  g_assert_nonnull (label);

  return gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
}

static void
read_text_cb (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

/* What a person would get by pasting. */
static char *
dup_clipboard_text (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, read_text_cb, &text);
  for (guint i = 0; i < 200 && text == NULL; i++)
    mbc_test_iterate (10);
  g_assert_nonnull (text);

  return text;
}

static guint
n_questions (void)
{
  return g_list_model_get_n_items (G_LIST_MODEL (mbc_application_get_question_list (app)));
}

/* Nothing closes or quits it. */
static void
test_locked (void)
{
  MbcWindow *window = app_window ();

  g_assert_true (mbc_application_get_kiosk (app));
  g_assert_false (gtk_window_get_deletable (GTK_WINDOW (window)));

  gtk_window_close (GTK_WINDOW (window));
  mbc_test_iterate (50);
  g_assert_true (app_window () == window);

  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "quit"));
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                 "app.quit");
    g_assert_cmpuint (g_strv_length (accels), ==, 0);
  }
}

/* One person uses it, then leaves; the prompt comes, no one answers,
 * and the next person finds the start page and nothing of the first.
 */
static void
test_two_people (void)
{
  MbcWindow *window = app_window ();
  GtkWidget *map;
  AdwMessageDialog *prompt = NULL;
  g_autofree char *clip = NULL;

  /* The start page, with the languages by their own names. */
  g_assert_true (mbc_test_is_showing (start_button ("Español")));
  g_assert_true (mbc_test_is_showing (start_button ("English")));

  /* The first person: Spanish, the liver, a question, a copied text. */
  g_assert_true (gtk_widget_activate (start_button ("Español")));
  mbc_test_iterate (300);
  mbc_test_wait_frame (GTK_WIDGET (window));
  g_assert_cmpstr (mbc_language_get_current (), ==, "es");
  mbc_test_activate (window, "win.show-site", "liver");
  for (guint i = 0; i < 200 && mbc_test_find_label (GTK_WIDGET (window), "Hígado") == NULL; i++)
    mbc_test_iterate (10);
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "Hígado"));
  {
    g_autoptr(MbcMyQuestion) question = mbc_my_question_new ("¿Puedo seguir trabajando?", NULL);

    mbc_my_question_list_append (mbc_application_get_question_list (app), question);
  }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "private words");
  g_assert_cmpuint (n_questions (), ==, 1);
  clip = dup_clipboard_text (GTK_WIDGET (window));
  g_assert_cmpstr (clip, ==, "private words");
  g_clear_pointer (&clip, g_free);
  /* The About window, with its link to the web, does not open. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.about", NULL);
  mbc_test_iterate (100);
  g_assert_null (mbc_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));

  /* Silence: the prompt asks, counts down, and the guide starts over. */
  for (guint i = 0; i < 800 && (prompt = ADW_MESSAGE_DIALOG (mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG))) == NULL; i++)
    mbc_test_iterate (10);
  g_assert_nonnull (prompt);
  g_assert_cmpstr (adw_message_dialog_get_heading (prompt), ==, "¿Sigue ahí?");
  for (guint i = 0; i < 300 && ADW_MESSAGE_DIALOG (mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL; i++)
    mbc_test_iterate (10);
  g_assert_null (ADW_MESSAGE_DIALOG (mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
  mbc_test_wait_frame (GTK_WIDGET (app_window ()));

  window = app_window ();
  g_assert_cmpstr (mbc_language_get_current (), ==, "en");
  g_assert_cmpuint (n_questions (), ==, 0);
  g_assert_true (mbc_test_is_showing (start_button ("Español")));
  map = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_MAP_VIEW);
  g_assert_null (mbc_map_view_get_selected_site (MBC_MAP_VIEW (map)));
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "map");
  g_assert_null (mbc_test_find_label (GTK_WIDGET (window), "Hígado"));
  clip = dup_clipboard_text (GTK_WIDGET (window));
  g_assert_cmpstr (clip, ==, "");
}

/* A workstation keeps no diary: no view, no button to record a sign,
 * no shortcut to it, no file (main() checks the home folder at the end).
 */
static void
test_no_diary (void)
{
  MbcWindow *window = app_window ();
  AdwViewStack *stack;

  g_assert_true (gtk_widget_activate (start_button ("English")));
  mbc_test_iterate (300);
  mbc_test_wait_frame (GTK_WIDGET (window));

  g_assert_null (mbc_window_get_diary (window));
  /* Nothing opens to record a sign. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.diary-record", "s", "");
  mbc_test_iterate (50);
  g_assert_null (mbc_test_find_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG));
  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (mbc_test_find_type (GTK_WIDGET (window),
                                                                        MBC_TYPE_MAP_VIEW),
                                                   ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (adw_view_stack_get_child_by_name (stack, "diary"));
  g_assert_false (adw_view_stack_page_get_visible (adw_view_stack_get_page (stack,
                                                                            adw_view_stack_get_child_by_name (stack, "diary"))));
  mbc_test_activate (window, "win.view", "diary");
  g_assert_cmpstr (mbc_window_get_visible_view (window), !=, "diary");
  g_assert_null (mbc_test_find_label (GTK_WIDGET (window), "My Diary"));

  /* A site's signs offer no "Record in My Diary". */
  mbc_test_activate (window, "win.show-site", "bones");
  for (guint i = 0; i < 200 && mbc_test_find_label (GTK_WIDGET (window), "Bones") == NULL; i++)
    mbc_test_iterate (10);
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "Bones"));
  g_assert_null (mbc_test_find_label (GTK_WIDGET (window), "Record in My Diary"));
}

/* "I am still here" keeps the session. */
static void
test_still_here (void)
{
  AdwMessageDialog *prompt = NULL;

  g_assert_true (gtk_widget_activate (start_button ("English")));
  mbc_test_iterate (300);
  {
    g_autoptr(MbcMyQuestion) question = mbc_my_question_new ("Can I keep working?", NULL);

    mbc_my_question_list_append (mbc_application_get_question_list (app), question);
  }

  for (guint i = 0; i < 800 && (prompt = ADW_MESSAGE_DIALOG (mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG))) == NULL; i++)
    mbc_test_iterate (10);
  g_assert_nonnull (prompt);
  g_assert_cmpstr (adw_message_dialog_get_heading (prompt), ==, "Are You Still There?");
  adw_message_dialog_response (prompt, "still-here");
  mbc_test_iterate (100);

  g_assert_null (ADW_MESSAGE_DIALOG (mbc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
  g_assert_cmpuint (n_questions (), ==, 1);

  /* Start Over, for a person who is done. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-over", NULL);
  mbc_test_iterate (100);
  g_assert_cmpuint (n_questions (), ==, 0);
}

static gboolean
has_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (!g_file_test (child, G_FILE_TEST_IS_DIR) || has_files (child))
        {
          g_test_message ("written: %s", child);
          return TRUE;
        }
    }

  return FALSE;
}

static void
activate_cb (GApplication *application)
{
  mbc_test_iterate (200);
  status = g_test_run ();

  /* Nothing stops it but this. */
  gtk_window_destroy (GTK_WINDOW (app_window ()));
  g_application_quit (application);
}

int
main (int   argc,
      char *argv[])
{
  char *args[] = { argv[0], (char *) "--kiosk", NULL };
  g_autoptr(GSettings) settings = NULL;

  /* A home of its own, to see that nothing is written there. */
  home = g_dir_make_tmp ("mbc-kiosk-XXXXXX", NULL);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  /* As main() does for --kiosk, before the toolkit starts. */
  g_setenv ("MESA_SHADER_CACHE_DISABLE", "true", TRUE);
  g_setenv ("MESA_GLSL_CACHE_DISABLE", "true", TRUE);

  mbc_test_init (&argc, &argv);
  g_test_add_func ("/mbc/kiosk/locked", test_locked);
  g_test_add_func ("/mbc/kiosk/two-people", test_two_people);
  g_test_add_func ("/mbc/kiosk/still-here", test_still_here);
  g_test_add_func ("/mbc/kiosk/no-diary", test_no_diary);

  settings = g_settings_new (APP_ID);
  /* Long enough for the steps of a test, which move no pointer and
   * press no key, to end before the guard asks.
   */
  g_settings_set_uint (settings, "idle-timeout", 4 * mbc_test_time_scale ());
  g_settings_set_uint (settings, "idle-warning", 1 * mbc_test_time_scale ());
  g_settings_set_string (settings, "default-language", "en");

  app = mbc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, args), ==, 0);
  g_assert_finalize_object (app);

  /* The whole session left nothing in the home folder. */
  g_assert_false (has_files (home));
  mbc_test_remove_tree (home);
  g_free (home);

  return status;
}
