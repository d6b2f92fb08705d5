/* test-locked.c: a setting that IT has locked has no control to change it
 *
 * The program locks the "language" key in a dconf database of its own,
 * as a hospital's dconf profile does, and looks at the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mbc-test-util.h"

static char *folder;

static GtkWidget *
find_language_button (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (root), "Change the Language") == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_language_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_language_locked (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window;
  GtkWidget *button;

  g_assert_false (g_settings_is_writable (settings, "language"));

  window = mbc_test_open_window (content, 1100, 800);
  button = find_language_button (GTK_WIDGET (window));
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_visible (button));

  mbc_test_close_window (window);
}

/* Keyfiles as IT writes them, compiled as "dconf update" would. */
static void
lock_language (void)
{
  g_autofree char *keyfiles = g_build_filename (folder, "keyfiles", NULL);
  g_autofree char *locks = g_build_filename (keyfiles, "locks", NULL);
  g_autofree char *db = g_build_filename (folder, "db", NULL);
  g_autofree char *profile = g_build_filename (folder, "profile", NULL);
  g_autofree char *profile_text = g_strdup_printf ("user-db:user\nfile-db:%s\n", db);
  g_autofree char *home = g_build_filename (folder, "home", NULL);
  const char *compile[] = { "dconf", "compile", db, keyfiles, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_mkdir_with_parents (locks, 0700);
  mbc_test_write_file (keyfiles, "00-mbc-guide",
                       "[io/github/mbcguide/MbcGuide]\nlanguage='es'\n");
  mbc_test_write_file (locks, "mbc-guide", "/io/github/mbcguide/MbcGuide/language\n");
  g_spawn_sync (NULL, (char **) compile, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  mbc_test_write_file (folder, "profile", profile_text);

  g_setenv ("DCONF_PROFILE", profile, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "dconf", TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  folder = g_dir_make_tmp ("mbc-locked-XXXXXX", NULL);
  lock_language ();

  mbc_test_init (&argc, &argv);
  g_test_add_func ("/mbc/locked/language", test_language_locked);
  status = g_test_run ();

  mbc_test_remove_tree (folder);
  g_free (folder);

  return status;
}
