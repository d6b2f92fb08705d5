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

#include "test-atspi-guide.h"

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
        const char *text = guide_spanish != NULL ? mbc_translations_lookup (guide_spanish, key) : NULL;

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

  guide_activate_named (guide->walk, window, ATSPI_ROLE_PAGE_TAB, guide_tr (view));
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
    guide_activate (region);
  else
    guide_activate_named (guide->walk, window, ATSPI_ROLE_LIST_ITEM, site_name (id));
}

/* Defects the walk meets that are known and open, each with the words
 * (in English, or in Spanish) of the accessible it is on or
 * of the one it is in. They are listed, and the test fails on any other;
 * one no longer met is said, so that it is taken off this list.
 */
static const struct {
  const char *rule;
  const char *words;
  const char *detail; /* what the path to it also holds, or NULL */
  const char *why;
} known[] = {
  /* GTK's own file chooser, which the guide shows where the desktop has
   * no file chooser of its own (a portal): the guide mends what it
   * holds as it is shown (mbc-accessible-mend.c), but not the rows of
   * files it lists afterwards, nor can it make its column headers take
   * the focus.
   */
  { "a control with no name", N_("Export Your Diary"), "› list item “”",
    "GTK 4.8 names no row of its file chooser's list of files (GTK 4.12 does)" },
  { "an image neither named nor hidden", N_("Export Your Diary"), "› list item “” › image",
    "GTK 4.8 names no row of its file chooser's list of files (GTK 4.12 does)" },
  { "a control with no name", N_("Import a Diary"), "› list item “”",
    "GTK 4.8 names no row of its file chooser's list of files (GTK 4.12 does)" },
  { "an image neither named nor hidden", N_("Import a Diary"), "› list item “” › image",
    "GTK 4.8 names no row of its file chooser's list of files (GTK 4.12 does)" },
  { "a control with no name", N_("Export Your Diary"), "› push button “” (in",
    "GTK 4.8's file chooser makes the button of the disk's top folder, an icon alone, as it "
    "shows the folder, after it is mended" },
  { "an image neither named nor hidden", N_("Export Your Diary"), "› push button “” › image",
    "GTK 4.8's file chooser makes the button of the disk's top folder, an icon alone, as it "
    "shows the folder, after it is mended" },
  { "a control on screen that Tab never reaches", N_("Import a Diary"), "› push button “",
    "the column headers of GTK 4.8's file chooser sort its list with the pointer alone" },
  { NULL, NULL, NULL, NULL },
};

/* Whether @defect holds @words, “quoted”, in English or in Spanish: the
 * walk meets the guide in both languages, one after the other.
 */
static gboolean
holds_words (const char *defect,
             const char *words)
{
  static MbcTranslations *catalogue;
  g_autofree char *english = g_strdup_printf ("“%s”", words);
  const char *translated;

  if (catalogue == NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("MBC_LOCALEDIR"), "es",
                                                "LC_MESSAGES", "mbc-guide.mo", NULL);

      catalogue = mbc_translations_new_from_file (path);
      g_assert_nonnull (catalogue);
    }
  translated = mbc_translations_lookup (catalogue, words);
  if (strstr (defect, english) != NULL)
    return TRUE;
  if (translated != NULL)
    {
      g_autofree char *spanish = g_strdup_printf ("“%s”", translated);

      return strstr (defect, spanish) != NULL;
    }

  return FALSE;
}

static gboolean
is_known (const char *defect,
          gboolean   *met)
{
  for (guint i = 0; i < G_N_ELEMENTS (known) && known[i].rule != NULL; i++)
    if (g_str_has_prefix (defect, known[i].rule) && holds_words (defect, known[i].words)
        && (known[i].detail == NULL || strstr (defect, known[i].detail) != NULL))
      {
        met[i] = TRUE;
        return TRUE;
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

/* The roles a menu button has on the bus. */
static const AtspiRole menu_button_roles[] = {
  ATSPI_ROLE_PUSH_BUTTON, ATSPI_ROLE_TOGGLE_BUTTON, ATSPI_ROLE_INVALID,
};

/* Waits for a window more than the @before the guide had, and then
 * @settle milliseconds for it to fill in.
 */
static void
wait_for_window (Guide *guide,
                 int    before,
                 guint  settle)
{
  for (int i = 0; i < 100 && atspi_accessible_get_child_count (guide->app, NULL) <= before; i++)
    guide_iterate (100);
  if (atspi_accessible_get_child_count (guide->app, NULL) <= before)
    g_error ("No window opened");
  guide_iterate (settle);
}

/* Opens the window that the item @item of the diary's menu opens,
 * walks it as @state, and closes it with Escape.
 */
static void
walk_diary_menu_item (Guide      *guide,
                      const char *item,
                      const char *state)
{
  g_autoptr(AtspiAccessible) window = guide_window (guide);
  int before = atspi_accessible_get_child_count (guide->app, NULL);

  guide_activate_named_any (guide->walk, window, menu_button_roles, guide_tr ("More diary actions"));
  guide_activate_named (guide->walk, window, ATSPI_ROLE_MENU_ITEM, guide_tr (item));
  wait_for_window (guide, before, 500);
  guide_walk_now (guide, state, TRUE);
  guide_close_top_window (guide);
}

/* My Diary's menu, and what each of its items opens: the file chooser
 * to export to and the one to import from, and the question before the
 * whole diary is deleted (whose answer, Escape, keeps it).
 */
static void
walk_diary_menu (Guide *guide)
{
  g_autoptr(AtspiAccessible) window = guide_window (guide);

  show_view (guide, "My Diary");
  guide_activate_named_any (guide->walk, window, menu_button_roles, guide_tr ("More diary actions"));
  guide_iterate (300);
  guide_walk_now (guide, guide_tr ("More Diary Actions"), FALSE);
  guide_press_key (KEY_ESCAPE);
  guide_iterate (300);

  walk_diary_menu_item (guide, "_Export…", guide_tr ("Export Your Diary"));
  walk_diary_menu_item (guide, "_Import…", guide_tr ("Import a Diary"));
  walk_diary_menu_item (guide, "_Delete Diary…", guide_tr ("Delete Your Whole Diary?"));
}

/* The main menu (F10), and the About window it opens. */
static void
walk_main_menu (Guide *guide)
{
  g_autoptr(AtspiAccessible) window = guide_window (guide);

  guide_press_key (KEY_F10);
  guide_iterate (300);
  guide_walk_now (guide, guide_tr ("Main Menu"), FALSE);
  guide_activate_named (guide->walk, window, ATSPI_ROLE_MENU_ITEM, guide_tr ("_About MBC Guide"));
  guide_iterate (800);
  guide_walk_now (guide, guide_tr ("_About MBC Guide"), TRUE);
  guide_close_top_window (guide);
}

/* The print dialog, opened by My Questions' Print… (its questions were
 * added from the page of the bones), and closed with Escape.
 */
static void
walk_print_dialog (Guide *guide)
{
  g_autoptr(AtspiAccessible) window = guide_window (guide);
  int before = atspi_accessible_get_child_count (guide->app, NULL);

  show_view (guide, "Questions");
  guide_activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON, guide_tr ("_Print…"));
  /* Then its printers, as the print server (or none) tells them. */
  wait_for_window (guide, before, 1500);
  guide_walk_now (guide, guide_tr ("Print"), TRUE);
  guide_close_top_window (guide);
}

/* The other language, chosen with the header's button while the guide
 * runs: the map, a part of the body and My Questions walked again, in
 * the words they now have.
 */
static void
walk_other_language (Guide *guide)
{
  g_autoptr(AtspiAccessible) window = guide_window (guide);
  gboolean to_spanish = guide_spanish == NULL;

  show_view (guide, views[0]);
  guide_activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON,
                        to_spanish ? "Español" : "English");
  guide_iterate (1500);
  if (to_spanish)
    guide_read_in ("es");
  else
    g_clear_pointer (&guide_spanish, mbc_translations_free);

  show_view (guide, views[0]);
  guide_walk_now (guide, to_spanish ? "Switched to Spanish, Body Map" : "Switched to English, Body Map",
                  TRUE);
  show_site (guide, "liver");
  guide_walk_now (guide, site_name ("liver"), TRUE);
  show_view (guide, "Questions");
  guide_walk_now (guide, guide_tr ("My Questions, with questions"), TRUE);
}

static void
test_guide (gconstpointer data)
{
  Guide *guide;

  guide_read_in (data);
  guide = guide_start (FALSE);
  if (g_getenv ("MBC_ATSPI_DUMP"))
    guide_walk_now (guide, "start", FALSE);

  /* Every view, as it opens. */
  for (guint i = g_getenv ("MBC_ATSPI_FIRST_VIEW") ? atoi (g_getenv ("MBC_ATSPI_FIRST_VIEW")) : 0;
       i < G_N_ELEMENTS (views); i++)
    {
      show_view (guide, views[i]);
      guide_walk_now (guide, guide_tr (views[i]), TRUE);
    }

  /* Every part of the body's page; questions added from one. */
  for (guint i = 0; i < G_N_ELEMENTS (sites); i++)
    {
      show_site (guide, sites[i][0]);
      guide_walk_now (guide, site_name (sites[i][0]), TRUE);
    }
  {
    g_autoptr(AtspiAccessible) window = guide_window (guide);

    show_site (guide, "bones");
    for (int i = 0; i < 3; i++)
      guide_activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON, guide_tr ("_Add to My Questions"));
  }
  show_view (guide, "Questions");
  guide_walk_now (guide, guide_tr ("My Questions, with questions"), TRUE);

  /* My Diary's entry, its summary and its record dialog. */
  show_view (guide, "My Diary");
  guide_walk_now (guide, guide_tr ("My Diary"), TRUE);
  {
    g_autoptr(AtspiAccessible) window = guide_window (guide);

    guide_activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON, guide_tr ("_Summary"));
    guide_walk_now (guide, guide_tr ("Summary for Your Visit"), TRUE);
    guide_close_top_window (guide);
    guide_activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON, guide_tr ("_Record"));
    guide_walk_now (guide, guide_tr ("Record a Sign"), TRUE);
    guide_close_top_window (guide);
  }

  walk_diary_menu (guide);

  /* The search, with results. */
  guide_press_with_control ('f');
  guide_type_text ("bone");
  guide_iterate (800);
  guide_walk_now (guide, guide_tr ("Search"), TRUE);
  guide_press_key (KEY_ESCAPE);

  /* About This Information, from Basics. */
  {
    g_autoptr(AtspiAccessible) window = guide_window (guide);

    show_view (guide, "Basics");
    guide_activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON, guide_tr ("_About This Information"));
    guide_walk_now (guide, guide_tr ("About This Information"), TRUE);
    guide_close_top_window (guide);
  }

  /* The keyboard shortcuts (Ctrl+?, which needs Shift too: the window's
   * own action, as the guide exports it on the session bus).
   */
  guide_activate_window_action (guide, "show-help-overlay");
  guide_walk_now (guide, guide_tr ("Keyboard Shortcuts"), TRUE);
  guide_close_top_window (guide);

  walk_main_menu (guide);
  walk_print_dialog (guide);
  walk_other_language (guide);

  report (guide);
  guide_stop (guide);
  g_clear_pointer (&guide_spanish, mbc_translations_free);
}

static void
test_workstation (gconstpointer data)
{
  Guide *guide;

  guide_read_in (data);
  guide = guide_start (TRUE);

  /* The start page, where a visitor chooses a language. */
  guide_walk_now (guide, "Workstation, start", TRUE);
  {
    g_autoptr(AtspiAccessible) window = guide_window (guide);

    guide_activate_named (guide->walk, window, ATSPI_ROLE_PUSH_BUTTON,
                          guide_spanish != NULL ? "Español" : "English");
  }
  /* Every view but My Diary, which a workstation has not: a visitor's
   * diary would stay for the next.
   */
  for (guint i = 0; i < G_N_ELEMENTS (views) - 1; i++)
    {
      g_autofree char *state = g_strdup_printf ("Workstation, %s", views[i]);

      show_view (guide, views[i]);
      guide_walk_now (guide, state, TRUE);
    }
  show_site (guide, "bones");
  guide_walk_now (guide, "Workstation, Bones", TRUE);

  /* Start Over, as the next visitor finds it. */
  guide_activate_app_action (guide, "start-over");
  guide_walk_now (guide, "Workstation, after Start Over", TRUE);

  report (guide);
  guide_stop (guide);
  g_clear_pointer (&guide_spanish, mbc_translations_free);
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
  mbc_walk_tab_round (guide->walk, guide_press_key, guide_iterate);
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
    guide_time_scale = atoi (scale);

  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  if (argc == 3 && g_str_equal (argv[1], "--transcript"))
    {
      guide_tell_session_bus_the_display ();
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
  guide_tell_session_bus_the_display ();
  g_assert_cmpint (atspi_init (), <=, 1);
  g_test_add_data_func ("/mbc/atspi/english", "en", test_guide);
  g_test_add_data_func ("/mbc/atspi/spanish", "es", test_guide);
  g_test_add_data_func ("/mbc/atspi/workstation", "en", test_workstation);
  g_test_add_data_func ("/mbc/atspi/workstation-spanish", "es", test_workstation);

  return g_test_run ();
}
