/* test-language.c: the guide in Spanish, and changing language as it runs
 *
 * The program starts as a person whose system is in Spanish does, with
 * LANGUAGE=es, and drives the real application.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-application.h"
#include "mbc-body-map.h"
#include "mbc-diary-entry-row.h"
#include "mbc-diary-record-dialog.h"
#include "mbc-diary.h"
#include "mbc-guide-view.h"
#include "mbc-language.h"
#include "mbc-map-view.h"
#include "mbc-site-page.h"
#include "mbc-test-util.h"

static MbcApplication *app;

static MbcWindow *
app_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (MBC_IS_WINDOW (window));

  return MBC_WINDOW (window);
}

/* Waits until the window has laid out the guide it has just put in. */
static void
wait_for_guide (void)
{
  GtkWidget *window = GTK_WIDGET (app_window ());
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 500; i++)
    {
      GtkWidget *guide = mbc_test_find_type (window, MBC_TYPE_GUIDE_VIEW);

      if (guide != NULL && mbc_test_is_showing (guide))
        break;
      mbc_test_iterate (10);
    }

  g_test_message ("the guide showed after %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_true (mbc_test_is_showing (mbc_test_find_type (window, MBC_TYPE_GUIDE_VIEW)));
}

static void
change_language (const char *code)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string (code));
  wait_for_guide ();
}

static GtkWidget *
language_button (void)
{
  GtkWidget *guide = mbc_test_find_type (GTK_WIDGET (app_window ()), MBC_TYPE_GUIDE_VIEW);
  GtkWidget *button = NULL;

  g_assert_nonnull (guide);
  for (GtkWidget *w = mbc_test_find_type (guide, GTK_TYPE_BUTTON); w != NULL; w = NULL)
    button = w;

  /* The first button of the header is the language's. */
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "app.language");

  return button;
}

/* Started with LANGUAGE=es: the views, the body map's regions, the
 * urgency tiers and the content are in Spanish, as a person sees and a
 * screen reader says them.
 */
static void
test_starts_in_spanish (void)
{
  MbcWindow *window = app_window ();
  GtkWidget *map = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_BODY_MAP);
  g_autofree char *text = NULL;

  g_assert_cmpstr (mbc_language_get_current (), ==, "es");

  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (window), "Lo básico"));
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (window), "Recursos"));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "Esto no es un diagnóstico."));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (language_button ())), ==, "English");

  gtk_test_accessible_assert_property (mbc_body_map_get_region (MBC_BODY_MAP (map), "liver"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Hígado");

  mbc_test_activate (window, "win.show-site", "liver");
  text = mbc_test_dup_visible_text (mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_SITE_PAGE));
  g_assert_nonnull (strstr (text, "Hígado\n"));
  g_assert_nonnull (strstr (text, "Busque ayuda ahora\n"));
  g_assert_nonnull (strstr (text, "Llame a su equipo de atención médica\n"));
  g_assert_nonnull (strstr (text, "Ictericia"));
  g_assert_nonnull (strstr (text, "Fuentes: "));
  g_assert_null (strstr (text, "Jaundice"));
}

/* The button switches at once, on the same view and site, and back. */
static void
test_switch_on_the_spot (void)
{
  MbcWindow *window = app_window ();
  g_autofree char *text = NULL;

  mbc_test_activate (window, "win.show-site", "bones");
  /* A button shows itself pressed for a moment before it acts. */
  g_assert_true (gtk_widget_activate (language_button ()));
  mbc_test_iterate (300);
  wait_for_guide ();

  g_assert_cmpstr (mbc_language_get_current (), ==, "en");
  g_assert_true (app_window () == window);
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "map");
  text = mbc_test_dup_visible_text (mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_SITE_PAGE));
  g_assert_nonnull (strstr (text, "Bones\n"));
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (window), "Basics"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (language_button ())), ==, "Español");

  /* The choice is kept for next time. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autofree char *kept = g_settings_get_string (settings, "language");

    g_assert_cmpstr (kept, ==, "en");
  }

  mbc_test_activate (window, "win.view", "questions");
  change_language ("es");
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "questions");
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "Preguntas"));
}

/* How many widgets of @type there are in @widget and under it; only the
 * realized ones with @realized.
 */
static guint
count_widgets (GtkWidget *widget,
               GType      type,
               gboolean   realized)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
            (!realized || gtk_widget_get_realized (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type, realized);

  return n;
}

/* Adds to @pointers a weak pointer to @model and to each menu linked
 * from it, each cleared when its menu is freed.
 */
static void
add_menu_weak_pointers (GPtrArray  *pointers,
                        GMenuModel *model)
{
  gpointer *pointer = g_new (gpointer, 1);

  *pointer = model;
  g_object_add_weak_pointer (G_OBJECT (model), pointer);
  g_ptr_array_add (pointers, pointer);

  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      GMenuModel *linked;

      while (g_menu_link_iter_get_next (links, NULL, &linked))
        {
          add_menu_weak_pointers (pointers, linked);
          g_object_unref (linked);
        }
    }
}

/* How many handlers the toolkit's settings have for a change of
 * gtk-overlay-scrolling: each realized scroller keeps one. GLib counts
 * matches only by function or data, so they are found one by one.
 */
static guint
count_overlay_scrolling_handlers (GtkSettings *settings)
{
  guint signal = g_signal_lookup ("notify", G_TYPE_OBJECT);
  GQuark detail = g_quark_from_static_string ("gtk-overlay-scrolling");
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gulong));
  gulong handler;

  while ((handler = g_signal_handler_find (settings,
                                           G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DETAIL |
                                           G_SIGNAL_MATCH_UNBLOCKED,
                                           signal, detail, NULL, NULL, NULL)) != 0)
    {
      g_signal_handler_block (settings, handler);
      g_array_append_val (found, handler);
    }
  for (guint i = 0; i < found->len; i++)
    g_signal_handler_unblock (settings, g_array_index (found, gulong, i));

  return found->len;
}

/* A hundred changes leave one window with one guide in it, the old
 * guides gone with all they held, and no warning (warnings are fatal
 * here).
 */
static void
test_hundred_switches (void)
{
  MbcWindow *window = app_window ();
  GtkWidget *first = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_GUIDE_VIEW);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint toplevels = g_list_model_get_n_items (gtk_window_get_toplevels ());
  guint widgets = count_widgets (GTK_WIDGET (window), GTK_TYPE_WIDGET, FALSE);
  guint widgets_after;
  GtkWidget *menu_button;
  g_autoptr(GPtrArray) menus = g_ptr_array_new_with_free_func (g_free);

  /* In Spanish, with My Diary's tab, the header's switcher is too wide
   * for the window and fades to its narrow form after the guide is
   * shown, both forms on screen for a moment: the words are read once
   * it has, before and after.
   */
  mbc_test_iterate (600);
  before = mbc_test_dup_visible_text (GTK_WIDGET (window));

  g_object_add_weak_pointer (G_OBJECT (first), (gpointer *) &first);
  /* The first guide's menu, and every menu linked from it. */
  menu_button = mbc_test_find_type (first, GTK_TYPE_MENU_BUTTON);
  add_menu_weak_pointers (menus, gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)));
  g_assert_cmpuint (menus->len, >, 0);

  for (guint i = 0; i < 100; i++)
    change_language (i % 2 == 0 ? "en" : "es");

  g_assert_null (first);
  for (guint i = 0; i < menus->len; i++)
    g_assert_null (*(gpointer *) g_ptr_array_index (menus, i));
  g_assert_cmpstr (mbc_language_get_current (), ==, "es");
  /* No window left behind (the shortcuts window is made anew each time),
   * and as many widgets as before.
   */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, toplevels);
  widgets_after = count_widgets (GTK_WIDGET (window), GTK_TYPE_WIDGET, FALSE);
  g_test_message ("%u widgets before, %u after", widgets, widgets_after);
  g_assert_cmpuint (widgets_after, ==, widgets);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* The scrollers of the old guides left nothing behind (GTK 4.8 would,
   * see mbc-application.c), and a change of the desktop's overlay
   * scrollbars reaches only the scrollers there are.
   */
  {
    GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (window));
    guint scrollers = count_widgets (GTK_WIDGET (window), GTK_TYPE_SCROLLED_WINDOW, TRUE);
    gboolean overlay;

    g_test_message ("%u realized scrollers, %u handlers", scrollers,
                    count_overlay_scrolling_handlers (settings));
    g_assert_cmpuint (scrollers, >, 0);
    g_assert_cmpuint (count_overlay_scrolling_handlers (settings), ==, scrollers);

    g_object_get (settings, "gtk-overlay-scrolling", &overlay, NULL);
    g_object_set (settings, "gtk-overlay-scrolling", !overlay, NULL);
    mbc_test_iterate (50);
    g_object_set (settings, "gtk-overlay-scrolling", overlay, NULL);
    mbc_test_iterate (50);
  }

  /* The same words as before the hundred changes: nothing added twice. */
  mbc_test_iterate (600);
  after = mbc_test_dup_visible_text (GTK_WIDGET (window));
  g_assert_cmpstr (after, ==, before);
}

/* Spanish runs longer than English: every view still fits 360 px. */
static void
test_spanish_fits_narrow (void)
{
  MbcWindow *window = app_window ();

  g_assert_cmpstr (mbc_language_get_current (), ==, "es");

  mbc_test_assert_views_fit (window, 360);
}

/* A text that has no translation yet shows in English, never empty. */
static void
test_missing_translation (void)
{
  MbcWindow *window = app_window ();
  const char *source = g_getenv ("MBC_CONTENT_DIR");
  g_autofree char *folder = g_dir_make_tmp ("mbc-language-XXXXXX", NULL);
  g_autoptr(GDir) dir = g_dir_open (source, 0, NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (folder);
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *map;
  const char *name;

  g_assert_nonnull (source);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (source, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GString) changed = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      changed = g_string_new (text);
      /* A new English name for the liver, which no one has translated. */
      if (g_str_equal (name, "sites.json"))
        g_assert_cmpuint (g_string_replace (changed, "\"name\": \"Liver\"",
                                            "\"name\": \"Liver and bile ducts\"", 1), ==, 1);
      mbc_test_write_file (folder, name, changed->str);
    }

  content = mbc_content_new_from_directory (directory, &error);
  g_assert_no_error (error);
  mbc_window_set_information (window, content, NULL);
  wait_for_guide ();

  map = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_BODY_MAP);
  gtk_test_accessible_assert_property (mbc_body_map_get_region (MBC_BODY_MAP (map), "liver"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Liver and bile ducts");
  gtk_test_accessible_assert_property (mbc_body_map_get_region (MBC_BODY_MAP (map), "brain"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Cerebro");
  mbc_test_activate (window, "win.view", "map");
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (window), "Liver and bile ducts"));
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (window), "Cerebro"));

  mbc_test_remove_tree (folder);
}

/* My Diary in Spanish: a sign recorded is shown in Spanish words, and
 * in English once the guide is switched, as it runs.
 */
static void
test_diary_in_spanish (void)
{
  MbcWindow *window = app_window ();
  MbcDiary *diary = mbc_window_get_diary (window);
  GtkWindow *dialog = NULL;
  GtkWidget *row = NULL;

  g_assert_nonnull (diary);
  for (guint i = 0; i < 500 && !mbc_diary_get_loaded (diary); i++)
    mbc_test_iterate (10);
  g_assert_true (mbc_diary_get_loaded (diary));
  change_language ("es");
  mbc_test_activate (window, "win.view", "diary");
  g_assert_nonnull (mbc_test_wait_for_label (GTK_WIDGET (window), "Mi diario"));

  /* Seizures: a sign to get help for now. */
  mbc_test_activate (window, "win.diary-record", "brain-seizures");
  for (guint i = 0; i < 200 && dialog == NULL; i++)
    {
      mbc_test_iterate (10);
      dialog = mbc_test_find_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG);
    }
  g_assert_nonnull (dialog);
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (dialog), "Busque ayuda ahora"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL));
  for (guint i = 0; i < 200 && g_list_model_get_n_items (G_LIST_MODEL (diary)) == 0; i++)
    mbc_test_iterate (10);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 1);

  for (guint i = 0; i < 200 && row == NULL; i++)
    {
      mbc_test_iterate (10);
      row = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_DIARY_ENTRY_ROW);
    }
  g_assert_nonnull (row);
  mbc_test_wait_frame (row);
  g_assert_nonnull (mbc_test_find_label (row, "Qué tan fuerte:"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Busque ayuda ahora"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Hoy"));

  /* The same entry, in English, once switched. */
  change_language ("en");
  mbc_test_activate (window, "win.view", "diary");
  row = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_DIARY_ENTRY_ROW);
  g_assert_nonnull (row);
  mbc_test_wait_frame (row);
  g_assert_nonnull (mbc_test_find_label (row, "How bad:"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Get help now"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Today"));
  g_assert_null (mbc_test_find_label (row, "Qué tan fuerte:"));

  g_assert_true (mbc_diary_clear (diary, NULL));
  change_language ("es");
}

static int status;

/* The tests run inside the application, as a person uses it: started,
 * with its window open, then quit.
 */
static void
activate_cb (GApplication *application)
{
  wait_for_guide ();

  status = g_test_run ();

  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
}

int
main (int   argc,
      char *argv[])
{
  /* As a person whose system is in Spanish starts it. */
  g_setenv ("LANGUAGE", "es", TRUE);
  mbc_test_init (&argc, &argv);

  g_test_add_func ("/mbc/language/starts-in-spanish", test_starts_in_spanish);
  g_test_add_func ("/mbc/language/switch-on-the-spot", test_switch_on_the_spot);
  g_test_add_func ("/mbc/language/hundred-switches", test_hundred_switches);
  g_test_add_func ("/mbc/language/spanish-fits-narrow", test_spanish_fits_narrow);
  g_test_add_func ("/mbc/language/diary-in-spanish", test_diary_in_spanish);
  g_test_add_func ("/mbc/language/missing-translation", test_missing_translation);

  app = mbc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (app);

  return status;
}
