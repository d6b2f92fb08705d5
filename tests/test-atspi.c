/* test-atspi.c: the guide as a screen reader hears it, over the real
 * accessibility bus
 *
 * The other tests check names through GTK's test accessible, inside
 * their own process. GTK 4.8 builds the names it puts on the bus its
 * own way (a mnemonic button's label joined with its label's name, a
 * widget's type name for a widget with none), so this test starts the
 * real, built guide as a child process on the session bus, with its
 * accessibility bridge on, and reads it as Orca does: from the
 * desktop's tree, through libatspi. It drives the guide as a screen
 * reader's user does, through the actions of the accessibles and real
 * keys (XTest, through the accessibility registry), and walks every
 * view, every part of the body, My Questions with questions in it, My
 * Diary with an entry and its summary, the search, the dialogs and the
 * workstation mode, in English and in Spanish.
 *
 * The walk fails, with the path of roles and names to each, on a
 * control with no name, a name with a mnemonic's underscore or the same
 * words twice, an image that is neither named nor hidden, a title that
 * is not a heading, and a control on screen that Tab never reaches.
 *
 * "test-atspi --transcript SITE" prints instead what a screen reader
 * reads on the page of the part of the body SITE ("bones"), in reading
 * order: the transcript of the README.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <atspi/atspi.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "mbc-diary-entry.h"
#include "mbc-diary-store.h"
#include "mbc-test-files.h"
#include "mbc-translations.h"
#include "test-atspi-walk.h"

/* Keysyms, as X names them. */
#define KEY_TAB       0xff09
#define KEY_ESCAPE    0xff1b
#define KEY_RETURN    0xff0d
#define KEY_CONTROL_L 0xffe3

static guint time_scale = 1;

/* Runs the main loop for @milliseconds, so that the events of the bus
 * come in meanwhile.
 */
static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) milliseconds * time_scale * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (5000);
    }
}

/* The guide's words in the language of the run: what a person reads. */
static MbcTranslations *spanish;

static GHashTable *plain_words;

/* @msgid in the language of the run, as a screen reader speaks it:
 * without its mnemonic's underscore.
 */
static const char *
tr (const char *msgid)
{
  const char *text = spanish != NULL ? mbc_translations_lookup (spanish, msgid) : NULL;
  g_autofree char *key = g_strdup_printf ("%s\n%s", spanish != NULL ? "es" : "en", msgid);
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

typedef struct
{
  GPid             pid;
  char            *home;
  AtspiAccessible *app;
  MbcWalk         *walk;
} Guide;

/* The accessibility bus and its registry are started by the session
 * bus when first asked for, with the session bus's environment: the
 * registry presses keys through the X server, so it must know which.
 */
static void
tell_session_bus_the_display (void)
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
static Guide *
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
  envp = g_environ_setenv (envp, "LANGUAGE", spanish != NULL ? "es" : "", TRUE);
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

  g_spawn_async (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                 &guide->pid, &error);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC * time_scale;
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
      iterate (200);
    }
  g_assert_nonnull (guide->app);
  /* Its first frame drawn, and its views made. */
  iterate (1500);

  guide->walk = mbc_walk_new (guide->app);

  return guide;
}

static void
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
static AtspiAccessible *
guide_window (Guide *guide)
{
  AtspiAccessible *window = atspi_accessible_get_child_at_index (guide->app, 0, NULL);

  g_assert_nonnull (window);
  return window;
}

static void
press_key (guint keysym)
{
  g_autoptr(GError) error = NULL;

  atspi_generate_keyboard_event (keysym, NULL, ATSPI_KEY_SYM, &error);
  g_assert_no_error (error);
  iterate (30);
}

static void
press_with_control (guint keysym)
{
  g_autoptr(GError) error = NULL;

  atspi_generate_keyboard_event (KEY_CONTROL_L, NULL, ATSPI_KEY_PRESS, &error);
  g_assert_no_error (error);
  atspi_generate_keyboard_event (keysym, NULL, ATSPI_KEY_SYM, &error);
  g_assert_no_error (error);
  atspi_generate_keyboard_event (KEY_CONTROL_L, NULL, ATSPI_KEY_RELEASE, &error);
  g_assert_no_error (error);
  iterate (60);
}

static void
type_text (const char *text)
{
  g_autoptr(GError) error = NULL;

  atspi_generate_keyboard_event (0, text, ATSPI_KEY_STRING, &error);
  g_assert_no_error (error);
  iterate (100);
}

/* Does the first action of the accessible (Orca's "activate"), as a
 * screen reader's user does with a braille display's key; one with no
 * action (a row of a list, in GTK 4.8, which takes no GrabFocus
 * either) is reached with Tab and opened with Enter, as a person using
 * the keyboard does.
 */
static void
activate (AtspiAccessible *accessible)
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
      if (!mbc_walk_tab_to (accessible, press_key, iterate))
        g_error ("Tab never reaches the row to open");
      press_key (KEY_RETURN);
    }
  iterate (400);
}

/* Finds the first shown accessible under @root with @role and @name,
 * and activates it; fails the test when there is none.
 */
static void
activate_named (MbcWalk         *walk,
                AtspiAccessible *root,
                AtspiRole        role,
                const char      *name)
{
  g_autoptr(AtspiAccessible) found = mbc_walk_find (walk, root, role, name);

  if (found == NULL)
    g_error ("No %s named “%s” on screen", atspi_role_get_name (role), name);
  activate (found);
}

/* Walks every window of the guide, as it is now. With @tab, Tab goes
 * round the window on top first: what it reaches tells the pages of
 * stacks on screen from those hidden, and each control on screen it
 * never reaches is a defect.
 */
static void
walk_now (Guide      *guide,
          const char *state,
          gboolean    tab)
{
  int n = atspi_accessible_get_child_count (guide->app, NULL);
  gint64 start = g_get_monotonic_time ();

  if (tab)
    mbc_walk_tab_round (guide->walk, press_key, iterate);
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
  iterate (800);
}

/* The main window's action @name. */
static void
activate_window_action (Guide      *guide,
                        const char *name)
{
  activate_exported_action ("/io/github/mbcguide/MbcGuide/window/1", name);
}

/* The application's action @name (app.start-over, app.language). */
static void
activate_app_action (Guide      *guide,
                     const char *name)
{
  activate_exported_action ("/io/github/mbcguide/MbcGuide", name);
}

/* Closes the window on top, as a person does with Escape. */
static void
close_top_window (Guide *guide)
{
  int before = atspi_accessible_get_child_count (guide->app, NULL);

  press_key (KEY_ESCAPE);
  iterate (300);
  if (atspi_accessible_get_child_count (guide->app, NULL) >= before)
    g_error ("Escape did not close the window on top");
}

/* The parts of the body, in the order of the map's list: their ids and
 * their names, which the content's catalogue translates in the context
 * "site:ID:name".
 */
static const char *sites[][2] = {
  { "brain", "Brain" }, { "lymph-nodes", "Lymph nodes" }, { "lungs", "Lungs" },
  { "liver", "Liver" }, { "bones", "Bones" }, { "spinal-cord", "Spinal cord" },
  { "whole-body", "Whole body" }, { "heart", "Heart" }, { "intestines", "Intestines" },
  { "adrenal-glands", "Adrenal glands" },
};

static const char *
site_name (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sites); i++)
    if (g_str_equal (sites[i][0], id))
      {
        g_autofree char *key = g_strdup_printf ("site:%s:name\004%s", id, sites[i][1]);
        const char *text = spanish != NULL ? mbc_translations_lookup (spanish, key) : NULL;

        return text != NULL ? text : sites[i][1];
      }
  g_error ("No part of the body “%s”", id);
}

static const char *views[] = {
  N_("Body Map"), N_("Basics"), N_("Treatment"), N_("Questions"), N_("Resources"),
  N_("My Diary"),
};

static void
show_view (Guide      *guide,
           const char *view)
{
  g_autoptr(AtspiAccessible) window = guide_window (guide);

  activate_named (guide->walk, window, ATSPI_ROLE_PAGE_TAB, tr (view));
}

/* Opens the page of @site from the map, or, for a part of the body not
 * drawn on it, from the list of them all under it.
 */
static void
show_site (Guide      *guide,
           const char *id)
{
  g_autoptr(AtspiAccessible) window = guide_window (guide);
  g_autoptr(AtspiAccessible) region = NULL;

  show_view (guide, views[0]);
  region = mbc_walk_find (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON, site_name (id));
  if (region != NULL)
    activate (region);
  else
    activate_named (guide->walk, window, ATSPI_ROLE_LIST_ITEM, site_name (id));
}

/* Defects the walk meets that are known and open, each with the words
 * (in English, translated for the run) of the accessible it is on or
 * of the one it is in. They are listed, and the test fails on any other;
 * one no longer met is said, so that it is taken off this list.
 */
static const struct {
  const char *rule;
  const char *words;
  const char *why;
} known[] = {
  /* None now: the walk fails on any defect; one found that cannot be
   * mended here goes on this list, with the reason.
   */
  { NULL, NULL, NULL },
};

static gboolean
is_known (const char *defect,
          gboolean   *met)
{
  for (guint i = 0; i < G_N_ELEMENTS (known) && known[i].rule != NULL; i++)
    {
      g_autofree char *words = g_strdup_printf ("“%s”", tr (known[i].words));

      if (g_str_has_prefix (defect, known[i].rule) && strstr (defect, words) != NULL)
        {
          met[i] = TRUE;
          return TRUE;
        }
    }

  return FALSE;
}

static void
report (Guide *guide)
{
  GPtrArray *defects = mbc_walk_get_defects (guide->walk);
  g_autoptr(GString) unknown = g_string_new (NULL);
  gboolean met[G_N_ELEMENTS (known)] = { FALSE, };

  for (guint i = 0; i < defects->len; i++)
    {
      const char *defect = defects->pdata[i];

      if (is_known (defect, met))
        g_test_message ("Known, open: %s", defect);
      else
        g_string_append_printf (unknown, "  %s\n", defect);
    }
  for (guint i = 0; i < G_N_ELEMENTS (known) && known[i].rule != NULL; i++)
    if (!met[i])
      g_test_message ("No longer met (%s): %s, “%s”", known[i].why, known[i].rule,
                      known[i].words);

  g_test_message ("%u accessibles walked, %u defects",
                  mbc_walk_get_n_walked (guide->walk), defects->len);
  if (unknown->len > 0)
    g_test_fail_printf ("What a screen reader meets:\n%s", unknown->str);
}

/* The catalogue the walk reads the guide's words in: @language's. */
static void
read_in (const char *language)
{
  spanish = NULL;
  if (g_strcmp0 (language, "es") == 0)
    {
      g_autofree char *path = g_build_filename (g_getenv ("MBC_LOCALEDIR"), "es",
                                                "LC_MESSAGES", "mbc-guide.mo", NULL);

      spanish = mbc_translations_new_from_file (path);
      g_assert_nonnull (spanish);
    }
}

static void
test_guide (gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  Guide *guide;

  read_in (data);
  guide = guide_start (FALSE);
  if (g_getenv ("MBC_ATSPI_DUMP"))
    walk_now (guide, "start", FALSE);

  /* Every view, as it opens. */
  for (guint i = g_getenv ("MBC_ATSPI_FIRST_VIEW") ? atoi (g_getenv ("MBC_ATSPI_FIRST_VIEW")) : 0;
       i < G_N_ELEMENTS (views); i++)
    {
      show_view (guide, views[i]);
      walk_now (guide, tr (views[i]), TRUE);
    }

  /* Every part of the body's page; questions added from one. */
  for (guint i = 0; i < G_N_ELEMENTS (sites); i++)
    {
      show_site (guide, sites[i][0]);
      walk_now (guide, site_name (sites[i][0]), TRUE);
    }
  {
    g_autoptr(AtspiAccessible) window = guide_window (guide);

    show_site (guide, "bones");
    for (int i = 0; i < 3; i++)
      activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON, tr ("_Add to My Questions"));
  }
  show_view (guide, "Questions");
  walk_now (guide, tr ("My Questions, with questions"), TRUE);

  /* My Diary's entry, its summary and its record dialog. */
  show_view (guide, "My Diary");
  walk_now (guide, tr ("My Diary"), TRUE);
  {
    g_autoptr(AtspiAccessible) window = guide_window (guide);

    activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON, tr ("_Summary"));
    walk_now (guide, tr ("Summary for Your Visit"), TRUE);
    close_top_window (guide);
    activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON, tr ("_Record"));
    walk_now (guide, tr ("Record a Sign"), TRUE);
    close_top_window (guide);
  }

  /* The search, with results. */
  press_with_control ('f');
  type_text ("bone");
  iterate (800);
  walk_now (guide, tr ("Search"), TRUE);
  press_key (KEY_ESCAPE);

  /* About This Information, from Basics. */
  {
    g_autoptr(AtspiAccessible) window = guide_window (guide);

    show_view (guide, "Basics");
    activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON, tr ("_About This Information"));
    walk_now (guide, tr ("About This Information"), TRUE);
    close_top_window (guide);
  }

  /* The keyboard shortcuts (Ctrl+?, which needs Shift too: the window's
   * own action, as the guide exports it on the session bus).
   */
  activate_window_action (guide, "show-help-overlay");
  walk_now (guide, tr ("Keyboard Shortcuts"), TRUE);
  close_top_window (guide);

  report (guide);
  guide_stop (guide);
  g_clear_pointer (&spanish, mbc_translations_free);
}

static void
test_workstation (gconstpointer data)
{
  Guide *guide;

  read_in (data);
  guide = guide_start (TRUE);

  /* The start page, where a visitor chooses a language. */
  walk_now (guide, "Workstation, start", TRUE);
  {
    g_autoptr(AtspiAccessible) window = guide_window (guide);

    activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON,
                    spanish != NULL ? "Español" : "English");
  }
  /* Every view but My Diary, which a workstation has not: a visitor's
   * diary would stay for the next.
   */
  for (guint i = 0; i < G_N_ELEMENTS (views) - 1; i++)
    {
      g_autofree char *state = g_strdup_printf ("Workstation, %s", views[i]);

      show_view (guide, views[i]);
      walk_now (guide, state, TRUE);
    }
  show_site (guide, "bones");
  walk_now (guide, "Workstation, Bones", TRUE);

  /* Start Over, as the next visitor finds it. */
  activate_app_action (guide, "start-over");
  walk_now (guide, "Workstation, after Start Over", TRUE);

  report (guide);
  guide_stop (guide);
  g_clear_pointer (&spanish, mbc_translations_free);
}

/* What a screen reader reads on the page of @site, to standard output. */
static int
print_transcript (const char *site)
{
  Guide *guide = guide_start (FALSE);
  g_autoptr(AtspiAccessible) window = NULL;
  g_autoptr(AtspiAccessible) page = NULL;
  show_site (guide, site);
  window = guide_window (guide);
  mbc_walk_tab_round (guide->walk, press_key, iterate);
  page = mbc_walk_find (guide->walk, window, ATSPI_ROLE_FILLER, "MbcSitePage");
  g_assert_nonnull (page);
  mbc_walk_print_transcript (guide->walk, page, stdout);
  guide_stop (guide);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *scale = g_getenv ("MBC_TEST_TIME_SCALE");

  setlocale (LC_ALL, "");
  if (scale != NULL && atoi (scale) > 0)
    time_scale = atoi (scale);

  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  if (argc == 3 && g_str_equal (argv[1], "--transcript"))
    {
      tell_session_bus_the_display ();
      g_assert_cmpint (atspi_init (), <=, 1);
      return print_transcript (argv[2]);
    }

  g_test_init (&argc, &argv, NULL);
  /* libatspi warns when an application does not keep the cache it
   * asks for (GTK 4.8 keeps none), and then reads each accessible
   * itself: no fault of the guide's nor of the test's. Criticals stay
   * fatal.
   */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  tell_session_bus_the_display ();
  g_assert_cmpint (atspi_init (), <=, 1);
  g_test_add_data_func ("/mbc/atspi/english", "en", test_guide);
  g_test_add_data_func ("/mbc/atspi/spanish", "es", test_guide);
  g_test_add_data_func ("/mbc/atspi/workstation", "en", test_workstation);
  g_test_add_data_func ("/mbc/atspi/workstation-spanish", "es", test_workstation);

  return g_test_run ();
}
