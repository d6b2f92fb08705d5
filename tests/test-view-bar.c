/* test-view-bar.c: the views' names at the foot of a narrow window, and
 * the header's title above them
 *
 * In a real window of the guide at 360 px: the bar shows each view's
 * whole name, a screen reader hears a tab list of tabs, choosing a tab
 * (a click, or Enter or Space on it) shows its view and selects it, and
 * the bar follows the views chosen elsewhere; in English and Spanish, at
 * the usual text size and at twice it. The header shows the guide's name
 * whole or not at all, never a lone "…", and at the desktop's width the
 * views' names in the header, as before, with no bar at the foot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-diary.h"
#include "mbc-language.h"
#include "mbc-test-util.h"
#include "mbc-view-bar.h"
#include "mbc-window.h"

static const char *view_names[] = { "map", "basics", "treatments", "questions", "resources", "diary" };
static const char *english_titles[] = { "Body Map", "Basics", "Treatment", "Questions", "Resources", "My Diary" };
static const char *spanish_titles[] = { "Mapa", "Lo básico", "Tratamiento", "Preguntas", "Recursos", "Mi diario" };

static char *base_font;

/* Text @scale times the usual size, by the desktop's font. */
static void
set_font_scale (double scale)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (base_font);
  g_autofree char *name = NULL;

  pango_font_description_set_size (font, pango_font_description_get_size (font) * scale);
  name = pango_font_description_to_string (font);
  g_object_set (gtk_settings_get_default (), "gtk-font-name", name, NULL);
}

static GtkWidget *
find_bar (MbcWindow *window)
{
  GtkWidget *bar = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_VIEW_BAR);

  g_assert_nonnull (bar);
  return bar;
}

/* Waits for the bar to slide in or out. */
static void
wait_bar_showing (GtkWidget *bar,
                  gboolean   showing)
{
  for (guint i = 0; i < 300 && mbc_test_is_showing (bar) != showing; i++)
    mbc_test_iterate (10);
  mbc_test_wait_frame (bar);
  g_assert_cmpint (mbc_test_is_showing (bar), ==, showing);
}

static GtkWidget *
tab_label (GtkWidget *tab)
{
  return mbc_test_find_type (tab, GTK_TYPE_LABEL);
}

static GtkWidget *
nth_tab (GtkWidget *bar,
         guint      n)
{
  GtkWidget *tab = gtk_widget_get_first_child (bar);

  for (guint i = 0; i < n && tab != NULL; i++)
    tab = gtk_widget_get_next_sibling (tab);
  g_assert_nonnull (tab);

  return tab;
}

/* Each tab shows its whole name, inside the window, none over another,
 * and is large enough to hit.
 */
static void
assert_names_whole (MbcWindow  *window,
                    GtkWidget  *bar,
                    const char *titles[],
                    guint       n)
{
  graphene_rect_t seen[G_N_ELEMENTS (view_names)];
  GHashTable *rows = g_hash_table_new (NULL, NULL);
  guint n_rows;

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *tab = nth_tab (bar, i);
      GtkWidget *label = tab_label (tab);
      int min_width, min_height;

      g_assert_true (mbc_test_is_showing (tab));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, titles[i]);
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (label), >=, min_width);
      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label),
                          &min_height, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (label), >=, min_height);

      g_assert_cmpint (gtk_widget_get_width (tab), >=, 24);
      g_assert_cmpint (gtk_widget_get_height (tab), >=, 24);

      g_assert_true (gtk_widget_compute_bounds (tab, GTK_WIDGET (window), &seen[i]));
      g_assert_cmpfloat (seen[i].origin.x, >=, 0);
      g_assert_cmpfloat (seen[i].origin.x + seen[i].size.width, <=,
                         gtk_widget_get_width (GTK_WIDGET (window)) + 1);
      for (guint j = 0; j < i; j++)
        {
          graphene_rect_t overlap;

          /* Neighbours touch at an edge at most. */
          if (graphene_rect_intersection (&seen[i], &seen[j], &overlap))
            g_assert_true (overlap.size.width < 1 || overlap.size.height < 1);
        }
      g_hash_table_add (rows, GINT_TO_POINTER ((int) seen[i].origin.y));
    }

  n_rows = g_hash_table_size (rows);
  g_test_message ("%u tabs in %u rows", n, n_rows);
  /* One row of all, or rows of equal count but the last. */
  g_assert_true (n_rows == 1 || n_rows == 2 || n_rows == 3 || n_rows == n);
  g_hash_table_unref (rows);
}

/* @selected's tab, and no other, is highlighted and said to be selected. */
static void
assert_selected (GtkWidget *bar,
                 guint      selected,
                 guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *tab = nth_tab (bar, i);

      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (tab)), ==,
                       GTK_ACCESSIBLE_ROLE_TAB);
      gtk_test_accessible_assert_state (GTK_ACCESSIBLE (tab), GTK_ACCESSIBLE_STATE_SELECTED,
                                        i == selected);
      g_assert_cmpint (!!(gtk_widget_get_state_flags (tab) & GTK_STATE_FLAG_CHECKED), ==,
                       i == selected);
    }
}

/* Every view switcher in the header but @shown is hidden from a screen
 * reader (GTK 4.8 would tell it of them all, shown or not).
 */
static void
assert_header_switchers_hidden (MbcWindow *window,
                                GtkWidget *shown)
{
  GtkWidget *header = mbc_test_find_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *squeezer = mbc_test_find_type (header, ADW_TYPE_SQUEEZER);
  guint n = 0;

  g_assert_nonnull (squeezer);
  for (GtkWidget *child = gtk_widget_get_first_child (squeezer);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_VIEW_SWITCHER (child))
      {
        gtk_test_accessible_assert_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN,
                                          child != shown);
        g_assert_cmpint (mbc_test_is_showing (child), ==, child == shown);
        n++;
      }
  g_assert_cmpuint (n, ==, 2);
}

static void
check_bar (const char *language,
           double      scale)
{
  const char **titles = g_str_equal (language, "es") ? spanish_titles : english_titles;
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  MbcWindow *window;
  GtkWidget *bar;
  guint n = G_N_ELEMENTS (view_names);

  g_test_message ("%s, text ×%.1f", language, scale);
  g_assert_true (mbc_language_set (language));
  set_font_scale (scale);
  content = mbc_test_load_content ();
  g_assert_true (mbc_diary_load (diary, NULL));
  mbc_diary_set_content (diary, content);
  window = mbc_window_new (NULL, content, NULL);
  mbc_window_set_diary (window, diary);
  mbc_test_show_window (GTK_WINDOW (window), 360, 760);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  bar = find_bar (window);
  wait_bar_showing (bar, TRUE);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (bar)), ==,
                   GTK_ACCESSIBLE_ROLE_TAB_LIST);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (bar),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  /* A screen reader meets the views once: here, and not in the header,
   * whose switchers do not show.
   */
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
  assert_header_switchers_hidden (window, NULL);
  assert_names_whole (window, bar, titles, n);
  assert_selected (bar, 0, n);

  /* A click on each tab, then Enter or Space on it (what a key does to a
   * button is to activate it): its view shows and its tab is selected.
   */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        guint which = pass == 0 ? i : n - 1 - i;
        GtkWidget *tab = nth_tab (bar, which);

        g_assert_true (gtk_widget_get_focusable (tab));
        if (pass == 0)
          {
            g_signal_emit_by_name (tab, "clicked");
          }
        else
          {
            g_assert_true (gtk_widget_grab_focus (tab));
            g_assert_true (gtk_widget_activate (tab));
          }
        /* A button takes a moment to show that a key pressed it. */
        for (guint j = 0; j < 100 && g_strcmp0 (mbc_window_get_visible_view (window),
                                                view_names[which]) != 0; j++)
          mbc_test_iterate (10);
        g_assert_cmpstr (mbc_window_get_visible_view (window), ==, view_names[which]);
        assert_selected (bar, which, n);
        g_assert_true (mbc_test_is_showing (bar));
      }

  /* A view chosen elsewhere (the keyboard shortcuts, a search result)
   * selects its tab too.
   */
  mbc_test_activate (window, "win.view", "questions");
  assert_selected (bar, 3, n);
  mbc_test_wait_frame (bar);
  assert_names_whole (window, bar, titles, n);

  /* Without a diary, its tab goes, and the others still show whole. */
  mbc_window_set_diary (window, NULL);
  mbc_test_wait_frame (bar);
  mbc_test_iterate (100);
  g_assert_false (gtk_widget_get_visible (nth_tab (bar, n - 1)));
  assert_names_whole (window, bar, titles, n - 1);

  mbc_test_close_window (window);
  set_font_scale (1);
  mbc_language_set ("en");
}

static void
test_english (void)
{
  check_bar ("en", 1);
  check_bar ("en", 2);
}

static void
test_spanish (void)
{
  check_bar ("es", 1);
  check_bar ("es", 1.5);
  check_bar ("es", 2);
}

/* At a workstation, where the screen is often touched, each tab takes a
 * fingertip (44 × 44 px), and there is no diary to show.
 */
static void
test_workstation (void)
{
  g_autoptr(MbcContent) content = NULL;
  MbcWindow *window;
  GtkWidget *bar;

  g_assert_true (mbc_language_set ("es"));
  set_font_scale (2);
  content = mbc_test_load_content ();
  window = mbc_window_new (NULL, content, NULL);
  mbc_window_set_kiosk (window, TRUE);
  gtk_window_unfullscreen (GTK_WINDOW (window));
  mbc_test_show_window (GTK_WINDOW (window), 360, 760);
  bar = find_bar (window);
  /* Past the start page, in the guide. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.begin", "s", "es"));
  mbc_test_iterate (300);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 760);
  mbc_test_wait_frame (GTK_WIDGET (window));
  mbc_test_iterate (150);
  /* Its header, with Start Over, takes more than 360 px at twice the
   * text: the window is as narrow as it can be.
   */
  g_test_message ("a workstation at twice the text: %d px wide",
                  gtk_widget_get_width (GTK_WIDGET (window)));
  wait_bar_showing (bar, TRUE);

  g_assert_false (gtk_widget_get_visible (nth_tab (bar, 5)));
  assert_names_whole (window, bar, spanish_titles, 5);
  for (guint i = 0; i < 5; i++)
    {
      GtkWidget *tab = nth_tab (bar, i);

      g_assert_cmpint (gtk_widget_get_width (tab), >=, 44);
      g_assert_cmpint (gtk_widget_get_height (tab), >=, 44);
    }
  g_signal_emit_by_name (nth_tab (bar, 4), "clicked");
  mbc_test_iterate (50);
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "resources");
  assert_selected (bar, 4, 5);

  mbc_test_close_window (window);
  set_font_scale (1);
  mbc_language_set ("en");
}

/* The guide's name in the header, if shown, is shown whole. */
static gboolean
title_shown_whole (MbcWindow *window)
{
  GtkWidget *title = mbc_test_find_type (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE);
  GtkWidget *label;

  g_assert_nonnull (title);
  if (!mbc_test_is_showing (title))
    return FALSE;

  label = mbc_test_find_type (title, GTK_TYPE_LABEL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "MBC Guide");
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));

  return TRUE;
}

/* At 360 px and twice the text, the header has no room for the guide's
 * name: it shows none rather than "…"; a wider window shows it whole
 * again, and a wide one the views' names, with no bar at the foot.
 */
static void
test_title (void)
{
  g_autoptr(MbcContent) content = NULL;
  MbcWindow *window;
  GtkWidget *bar;
  GtkWidget *switcher;
  gboolean seen_title = FALSE;

  g_assert_true (mbc_language_set ("es"));
  set_font_scale (2);
  content = mbc_test_load_content ();
  window = mbc_window_new (NULL, content, NULL);
  mbc_test_show_window (GTK_WINDOW (window), 360, 760);
  bar = find_bar (window);
  wait_bar_showing (bar, TRUE);
  g_assert_false (title_shown_whole (window));
  /* The window keeps its name for a screen reader. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, NULL);

  /* Wider and wider: whenever the name shows, it shows whole. */
  for (int width = 400; width <= 1100; width += 50)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), width, 760);
      mbc_test_wait_frame (GTK_WIDGET (window));
      mbc_test_iterate (100);
      seen_title |= title_shown_whole (window);
    }
  g_assert_true (seen_title);
  mbc_test_close_window (window);

  /* At the desktop's width, the views' names in the header, as wide as
   * ever, and no bar at the foot.
   */
  g_assert_true (mbc_language_set ("en"));
  set_font_scale (1);
  g_clear_object (&content);
  content = mbc_test_load_content ();
  window = mbc_test_open_window (content, 1100, 760);
  bar = find_bar (window);
  wait_bar_showing (bar, FALSE);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
  switcher = mbc_test_find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER);
  g_assert_nonnull (switcher);
  g_assert_true (mbc_test_is_showing (switcher));
  assert_header_switchers_hidden (window, switcher);
  g_assert_cmpint (adw_view_switcher_get_policy (ADW_VIEW_SWITCHER (switcher)), ==,
                   ADW_VIEW_SWITCHER_POLICY_WIDE);
  g_assert_nonnull (mbc_test_find_exact_label (switcher, "Body Map"));
  g_assert_false (title_shown_whole (window));
  mbc_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mbc_test_init (&argc, &argv);

  g_object_get (gtk_settings_get_default (), "gtk-font-name", &base_font, NULL);
  if (base_font == NULL)
    base_font = g_strdup ("Cantarell 11");
  /* GNOME's title bar has only a close button: with three window buttons
   * the header's own buttons alone need more than 360 px at twice the
   * text.
   */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  g_test_add_func ("/mbc/view-bar/english", test_english);
  g_test_add_func ("/mbc/view-bar/spanish", test_spanish);
  g_test_add_func ("/mbc/view-bar/workstation", test_workstation);
  g_test_add_func ("/mbc/view-bar/title", test_title);

  status = g_test_run ();
  g_free (base_font);

  return status;
}
