/* test-atspi-guide.c: the built guide, started with its accessibility
 * bridge on, and driven as a screen reader's user drives it: through
 * the actions of its accessibles and real keys (XTest, through the
 * accessibility registry)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#include "mbc-diary-entry.h"
#include "mbc-diary-store.h"
#include "mbc-test-files.h"
#include "test-atspi-guide.h"
guint guide_time_scale = 1;

/* Runs the main loop for @milliseconds, so that the events of the bus
 * come in meanwhile.
 */
void
guide_iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) milliseconds * guide_time_scale * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (5000);
    }
}

/* The guide's words in the language of the run: what a person reads. */
MbcTranslations *guide_spanish;

static GHashTable *plain_words;

/* @msgid in the language of the run, as a screen reader speaks it:
 * without its mnemonic's underscore.
 */
const char *
guide_tr (const char *msgid)
{
  const char *text = guide_spanish != NULL ? mbc_translations_lookup (guide_spanish, msgid) : NULL;
  g_autofree char *key = g_strdup_printf ("%s\n%s", guide_spanish != NULL ? "es" : "en", msgid);
  char *plain;

  if (plain_words == NULL)
    plain_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  plain = g_hash_table_lookup (plain_words, key);
  if (plain == NULL)
    {
      char *to;

      plain = g_strdup (text != NULL ? text : msgid);
      to = plain;
      for (const char *from = plain; *from != '\0'; from++)
        if (*from != '_')
          *to++ = *from;
      *to = '\0';
      g_hash_table_insert (plain_words, g_steal_pointer (&key), plain);
    }

  return plain;
}


/* The accessibility bus and its registry are started by the session
 * bus when first asked for, with the session bus's environment: the
 * registry presses keys through the X server, so it must know which.
 */
void
guide_tell_session_bus_the_display (void)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  GVariantBuilder environment;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  g_variant_builder_init (&environment, G_VARIANT_TYPE ("a{ss}"));
  for (const char *const *name = (const char *const[]) { "DISPLAY", "XAUTHORITY", NULL };
       *name != NULL; name++)
    if (g_getenv (*name) != NULL)
      g_variant_builder_add (&environment, "{ss}", *name, g_getenv (*name));

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "UpdateActivationEnvironment",
                                       g_variant_new ("(a{ss})", &environment), NULL,
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
}

/* One entry in the diary of the guide about to start, written as the
 * guide writes it, so that My Diary has an entry to show and sum up.
 */
static void
write_diary_entry (const char *home)
{
  g_autofree char *path = g_build_filename (home, "mbc-guide", "diary.sqlite3", NULL);
  g_autoptr(MbcDiaryStore) store = NULL;
  g_autoptr(MbcDiaryEntry) entry = NULL;
  g_autoptr(MbcDiaryEntry) with_id = NULL;
  g_autoptr(GError) error = NULL;

  store = mbc_diary_store_open (path, FALSE, &error);
  g_assert_no_error (error);
  entry = mbc_diary_entry_new (MBC_DIARY_KIND_SIGN, "bone-pain", "Ache in the left hip",
                               g_get_real_time () / G_USEC_PER_SEC - 3600, 4, 3,
                               "Paracetamol 500 mg", "Worse after the long drive");
  with_id = mbc_diary_entry_copy_with_id (entry, 1);
  g_assert_true (mbc_diary_store_add (store, with_id, &error));
  g_assert_no_error (error);
}

/* Starts the built guide as a person's desktop starts it, with the
 * accessibility bridge on (the other tests turn it off), its files in
 * a folder of its own, and waits for its window on the bus.
 */
/* The guide ends with the test, even one that fails halfway and
 * aborts: left running, it would hold the test's output open.
 */
static void
end_with_test (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

Guide *
guide_start (gboolean kiosk)
{
  Guide *guide = g_new0 (Guide, 1);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *argv[] = { g_getenv ("MBC_GUIDE"), kiosk ? "--kiosk" : NULL, NULL };
  gint64 deadline;

  g_assert_nonnull (argv[0]);
  guide->home = g_dir_make_tmp ("test-atspi-XXXXXX", &error);
  g_assert_no_error (error);
  write_diary_entry (guide->home);

  envp = g_environ_unsetenv (envp, "NO_AT_BRIDGE");
  envp = g_environ_setenv (envp, "GTK_A11Y", "atspi", TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", guide->home, TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", guide_spanish != NULL ? "es" : "", TRUE);
  /* A sanitizer's leak check at exit would report what the guide keeps
   * when it is killed at the end: this test reads the guide, it does
   * not measure its memory (every other test does).
   */
  envp = g_environ_setenv (envp, "ASAN_OPTIONS", "detect_leaks=0", TRUE);
  /* Warnings are not fatal in the guide here: Tab shows each control's
   * tooltip, and GTK 4.8 on an X server with no window manager warns
   * that it cannot find the tooltip's monitor. The other tests keep
   * them fatal.
   */
  envp = g_environ_setenv (envp, "G_DEBUG", "gc-friendly", TRUE);

  /* In its own folder, where its file chooser opens: the build
   * folder's name, "_build", would read as a mnemonic's underscore.
   */
  g_spawn_async (guide->home, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, end_with_test, NULL,
                 &guide->pid, &error);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC * guide_time_scale;
  while (guide->app == NULL && g_get_monotonic_time () < deadline)
    {
      AtspiAccessible *desktop = atspi_get_desktop (0);
      int n = atspi_accessible_get_child_count (desktop, NULL);

      for (int i = 0; i < n && guide->app == NULL; i++)
        {
          g_autoptr(AtspiAccessible) app = atspi_accessible_get_child_at_index (desktop, i, NULL);

          if (app != NULL && atspi_accessible_get_process_id (app, NULL) == (guint) guide->pid)
            {
              g_autoptr(AtspiAccessible) frame = atspi_accessible_get_child_at_index (app, 0, NULL);

              if (frame != NULL)
                guide->app = g_object_ref (app);
            }
        }
      g_object_unref (desktop);
      guide_iterate (200);
    }
  g_assert_nonnull (guide->app);
  /* Its first frame drawn, and its views made. */
  guide_iterate (1500);

  guide->walk = mbc_walk_new (guide->app);

  return guide;
}

void
guide_stop (Guide *guide)
{
  int status;

  kill (guide->pid, SIGTERM);
  waitpid (guide->pid, &status, 0);
  g_spawn_close_pid (guide->pid);
  mbc_test_remove_tree (guide->home);
  g_clear_pointer (&guide->walk, mbc_walk_free);
  g_clear_object (&guide->app);
  g_free (guide->home);
  g_free (guide);
}

/* The window whose title is @title (NULL: the main window, the first). */
AtspiAccessible *
guide_window (Guide *guide)
{
  AtspiAccessible *window = atspi_accessible_get_child_at_index (guide->app, 0, NULL);

  g_assert_nonnull (window);
  return window;
}

void
guide_press_key (guint keysym)
{
  g_autoptr(GError) error = NULL;

  atspi_generate_keyboard_event (keysym, NULL, ATSPI_KEY_SYM, &error);
  g_assert_no_error (error);
  guide_iterate (30);
}

void
guide_press_with_control (guint keysym)
{
  g_autoptr(GError) error = NULL;

  atspi_generate_keyboard_event (KEY_CONTROL_L, NULL, ATSPI_KEY_PRESS, &error);
  g_assert_no_error (error);
  atspi_generate_keyboard_event (keysym, NULL, ATSPI_KEY_SYM, &error);
  g_assert_no_error (error);
  atspi_generate_keyboard_event (KEY_CONTROL_L, NULL, ATSPI_KEY_RELEASE, &error);
  g_assert_no_error (error);
  guide_iterate (60);
}

void
guide_type_text (const char *text)
{
  g_autoptr(GError) error = NULL;

  atspi_generate_keyboard_event (0, text, ATSPI_KEY_STRING, &error);
  g_assert_no_error (error);
  guide_iterate (100);
}

/* Does the first action of the accessible (Orca's "activate"), as a
 * screen reader's user does with a braille display's key; one with no
 * action (a row of a list, in GTK 4.8, which takes no GrabFocus
 * either) is reached with Tab and opened with Enter, as a person using
 * the keyboard does.
 */
void
guide_activate (AtspiAccessible *accessible)
{
  g_autoptr(AtspiAction) action = atspi_accessible_get_action_iface (accessible);
  g_autoptr(GError) error = NULL;
  int n = action != NULL ? atspi_action_get_n_actions (action, NULL) : 0;

  if (n > 0)
    {
      int index = 0;

      /* The action that activates, where there are more: a part of the
       * body on the map also has one that opens its menu.
       */
      for (int i = 0; i < n; i++)
        {
          g_autofree char *name = atspi_action_get_action_name (action, i, NULL);

          if (g_strcmp0 (name, "click") == 0 || g_strcmp0 (name, "activate") == 0
              || (name != NULL && g_str_has_suffix (name, ".activate")))
            index = i;
        }
      g_assert_true (atspi_action_do_action (action, index, &error));
      g_assert_no_error (error);
    }
  else
    {
      if (!mbc_walk_tab_to (accessible, guide_press_key, guide_iterate))
        g_error ("Tab never reaches the row to open");
      guide_press_key (KEY_RETURN);
    }
  guide_iterate (400);
}

/* Finds the first shown accessible under @root with @role and @name,
 * and activates it; fails the test when there is none.
 */
void
guide_activate_named (MbcWalk         *walk,
                      AtspiAccessible *root,
                      AtspiRole        role,
                      const char      *name)
{
  g_autoptr(AtspiAccessible) found = mbc_walk_find (walk, root, role, name);

  if (found == NULL)
    g_error ("No %s named “%s” on screen", atspi_role_get_name (role), name);
  guide_activate (found);
}

/* Walks every window of the guide, as it is now. With @tab, Tab goes
 * round the window on top first: what it reaches tells the pages of
 * stacks on screen from those hidden, and each control on screen it
 * never reaches is a defect.
 */
void
guide_walk_now (Guide      *guide,
                const char *state,
                gboolean    tab)
{
  int n = atspi_accessible_get_child_count (guide->app, NULL);
  gint64 start = g_get_monotonic_time ();

  if (tab)
    mbc_walk_tab_round (guide->walk, guide_press_key, guide_iterate);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) window = atspi_accessible_get_child_at_index (guide->app, i, NULL);

      if (window != NULL)
        mbc_walk_check (guide->walk, window, state);
    }
  mbc_walk_forget_round (guide->walk);
  g_test_message ("%s: walked in %.1f s", state,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
}

/* Activates the action @name that the guide exports on the session
 * bus at @path.
 */
static void
activate_exported_action (const char *path,
                          const char *name)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_sync (bus, APP_ID, path,
                                       "org.gtk.Actions", "Activate",
                                       g_variant_new ("(s@av@a{sv})", name,
                                                      g_variant_new_array (G_VARIANT_TYPE_VARIANT,
                                                                           NULL, 0),
                                                      g_variant_new_array (G_VARIANT_TYPE ("{sv}"),
                                                                           NULL, 0)),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  guide_iterate (800);
}

/* The main window's action @name. */
void
guide_activate_window_action (Guide      *guide,
                              const char *name)
{
  activate_exported_action ("/io/github/mbcguide/MbcGuide/window/1", name);
}

/* The application's action @name (app.start-over, app.language). */
void
guide_activate_app_action (Guide      *guide,
                           const char *name)
{
  activate_exported_action ("/io/github/mbcguide/MbcGuide", name);
}

/* Closes the window on top, as a person does with Escape. */
void
guide_close_top_window (Guide *guide)
{
  int before = atspi_accessible_get_child_count (guide->app, NULL);

  guide_press_key (KEY_ESCAPE);
  guide_iterate (300);
  if (atspi_accessible_get_child_count (guide->app, NULL) >= before)
    g_error ("Escape did not close the window on top");
}

/* The catalogue the walk reads the guide's words in: @language's. */
void
guide_read_in (const char *language)
{
  guide_spanish = NULL;
  if (g_strcmp0 (language, "es") == 0)
    {
      g_autofree char *path = g_build_filename (g_getenv ("MBC_LOCALEDIR"), "es",
                                                "LC_MESSAGES", "mbc-guide.mo", NULL);

      guide_spanish = mbc_translations_new_from_file (path);
      g_assert_nonnull (guide_spanish);
    }
}

/* The first of @roles on screen under @root named @name, activated;
 * fails the test when there is none.
 */
void
guide_activate_named_any (MbcWalk         *walk,
                          AtspiAccessible *root,
                          const AtspiRole *roles,
                          const char      *name)
{
  for (const AtspiRole *role = roles; *role != ATSPI_ROLE_INVALID; role++)
    {
      g_autoptr(AtspiAccessible) found = mbc_walk_find (walk, root, *role, name);

      if (found != NULL)
        {
          guide_activate (found);
          return;
        }
    }
  g_error ("Nothing on screen named “%s”", name);
}
