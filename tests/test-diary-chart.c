/* test-diary-chart.c: a sign's page in the diary, its chart and its
 * table, as a person and a screen reader meet them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-date.h"
#include "mbc-diary.h"
#include "mbc-diary-chart.h"
#include "mbc-diary-sign-page.h"
#include "mbc-test-util.h"

typedef struct
{
  MbcContent *content;
  MbcDiary   *diary;
  GSettings  *settings;
  GtkWindow  *window;
  GtkWidget  *page;
  /* What the window's "diary" actions were asked. */
  guint       n_back;
  char       *asked;
} Fixture;

static void
show_timeline_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       data)
{
  Fixture *f = data;

  f->n_back++;
}

static void
ask_cb (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       data)
{
  Fixture *f = data;

  g_free (f->asked);
  f->asked = g_variant_dup_string (parameter, NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  static const GActionEntry actions[] = {
    { "show-timeline", show_timeline_cb, NULL, NULL, NULL },
    { "ask", ask_cb, "s", NULL, NULL },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GError) error = NULL;

  f->content = mbc_test_load_content ();
  f->diary = mbc_diary_new (NULL);
  mbc_diary_set_content (f->diary, f->content);
  g_assert_true (mbc_diary_load (f->diary, &error));
  g_assert_no_error (error);
  f->settings = g_settings_new (APP_ID);

  /* The diary's view installs these; here the test answers them. */
  g_action_map_add_action_entries (G_ACTION_MAP (group), actions, G_N_ELEMENTS (actions), f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "diary", G_ACTION_GROUP (group));
  f->page = mbc_diary_sign_page_new ();
  mbc_diary_sign_page_set_diary (MBC_DIARY_SIGN_PAGE (f->page), f->diary);
  mbc_diary_sign_page_set_settings (MBC_DIARY_SIGN_PAGE (f->page), f->settings);
  gtk_window_set_child (f->window, f->page);
  mbc_test_show_window (f->window, 400, 1000);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  mbc_test_close_window (f->window);
  g_assert_finalize_object (f->settings);
  g_assert_finalize_object (f->diary);
  g_assert_finalize_object (f->content);
  g_free (f->asked);
}

/* @days_ago days before today, at @hour local time. */
static gint64
past (int days_ago,
      int hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now),
                                                      hour, 0, 0);
  g_autoptr(GDateTime) then = g_date_time_add_days (today, -days_ago);

  return g_date_time_to_unix (then);
}

/* The date a person reads for @days_ago days before today. */
static char *
date_of (int days_ago)
{
  g_autoptr(GDateTime) then = g_date_time_new_from_unix_local (past (days_ago, 12));

  return mbc_date_format (then);
}

/* Adds an entry through the model, as the diary's form does, and
 * returns the key of its sign.
 */
static char *
record (Fixture      *f,
        MbcDiaryKind  kind,
        const char   *sign_id,
        const char   *label,
        int           days_ago,
        int           hour,
        int           severity,
        const char   *note)
{
  g_autoptr(MbcDiaryEntry) entry = mbc_diary_entry_new (kind, sign_id, label,
                                                        past (days_ago, hour),
                                                        severity, MBC_DIARY_SCORE_NONE,
                                                        NULL, note);
  g_autoptr(GError) error = NULL;
  /* The diary's own: it stays valid while it is in the diary. */
  MbcDiaryEntry *added = mbc_diary_add (f->diary, entry, &error);

  g_assert_no_error (error);
  g_assert_nonnull (added);

  return mbc_diary_entry_dup_sign_key (added);
}

/* New pain in a bone, a call sign: recorded 20, 10, 3 (twice) and 1
 * days ago, worse each time. Returns its key.
 */
static char *
record_bone_pain (Fixture *f)
{
  g_free (record (f, MBC_DIARY_KIND_SIGN, "bones-pain", NULL, 20, 9, 4, "After gardening"));
  g_free (record (f, MBC_DIARY_KIND_SIGN, "bones-pain", NULL, 10, 9, 5, NULL));
  g_free (record (f, MBC_DIARY_KIND_SIGN, "bones-pain", NULL, 3, 9, 3, "Woke me up"));
  g_free (record (f, MBC_DIARY_KIND_SIGN, "bones-pain", NULL, 3, 18, 6, NULL));

  return record (f, MBC_DIARY_KIND_SIGN, "bones-pain", NULL, 1, 9, 7, NULL);
}

static void
show_sign (Fixture    *f,
           const char *key)
{
  mbc_diary_sign_page_set_key (MBC_DIARY_SIGN_PAGE (f->page), key);
  mbc_test_wait_frame (f->page);
}

static GtkWidget *
named (Fixture    *f,
       GType       type,
       const char *name)
{
  GtkWidget *widget = mbc_test_find_named (f->page, type, name);

  g_test_message ("looking for “%s”", name);
  g_assert_nonnull (widget);

  return widget;
}

static GtkWidget *
chart (Fixture *f)
{
  GtkWidget *widget = mbc_test_find_type (f->page, MBC_TYPE_DIARY_CHART);

  g_assert_nonnull (widget);
  g_assert_true (mbc_test_is_showing (widget));

  return widget;
}

/* The table's rows as a person reads them: "date: figures", newest
 * first, one a line.
 */
static char *
table_text (Fixture *f)
{
  GtkWidget *list = named (f, GTK_TYPE_LIST_BOX, "Each day with an entry, newest first");
  GString *text = g_string_new (NULL);

  if (!mbc_test_is_showing (list))
    return g_string_free (text, FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *date;
      GtkWidget *figures;

      g_assert_true (GTK_IS_LIST_BOX_ROW (row));
      g_assert_true (mbc_test_is_showing (row));
      date = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
      figures = gtk_widget_get_next_sibling (date);
      g_assert_true (mbc_test_is_showing (date));
      g_assert_true (mbc_test_is_showing (figures));
      g_string_append_printf (text, "%s: %s\n",
                              gtk_label_get_text (GTK_LABEL (date)),
                              gtk_label_get_text (GTK_LABEL (figures)));

      /* What a screen reader says of the row: it is named by the date a
       * person sees and described by the figures a person sees.
       */
      gtk_test_accessible_assert_role (row, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
      gtk_test_accessible_assert_relation (row, GTK_ACCESSIBLE_RELATION_LABELLED_BY, date, NULL);
      gtk_test_accessible_assert_relation (row, GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, figures, NULL);
    }

  return g_string_free (text, FALSE);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *c = text; *c != '\0'; c++)
    n += *c == '\n';

  return n;
}

/* The subtitle of the figures' row titled @title. */
static const char *
figure (Fixture    *f,
        const char *title)
{
  GtkWidget *label = mbc_test_find_exact_label (f->page, title);
  GtkWidget *row;

  g_test_message ("looking for the figure “%s”", title);
  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (label, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static gboolean
shows (Fixture    *f,
       const char *text)
{
  return mbc_test_find_label (f->page, text) != NULL;
}

/* What @widget looks like, as the app would draw it, on the window's
 * background.
 */
static GdkTexture *
render (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GdkRGBA background;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget),
                                                 "window_bg_color", &background));
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
save_screenshot (GdkTexture *texture,
                 const char *name)
{
  const char *directory = g_getenv ("MBC_TEST_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (directory == NULL)
    return;

  path = g_build_filename (directory, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

/* The figures, the table and the chart's words of a sign over two
 * weeks; the entry twenty days ago is outside them.
 */
static void
test_two_weeks (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *key = record_bone_pain (f);
  g_autofree char *table = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *day1 = date_of (1);
  g_autofree char *day3 = date_of (3);
  g_autofree char *day10 = date_of (10);

  show_sign (f, key);

  g_assert_nonnull (mbc_test_find_exact_label (f->page,
    "New pain in a bone or joint, or in your back, neck, hips or ribs"));
  gtk_test_accessible_assert_role (mbc_test_find_exact_label (f->page,
    "New pain in a bone or joint, or in your back, neck, hips or ribs"),
    GTK_ACCESSIBLE_ROLE_HEADING);

  table = table_text (f);
  expected = g_strdup_printf ("%s: Worst 7 of 10, 1 entry\n"
                              "%s: Worst 6 of 10, 2 entries, with notes\n"
                              "%s: Worst 5 of 10, 1 entry\n",
                              day1, day3, day10);
  g_assert_cmpstr (table, ==, expected);
  g_assert_nonnull (mbc_test_find_exact_label (f->page, "Worst 6 of 10, 2 entries, with notes"));

  g_assert_true (shows (f, "In the Last Two Weeks"));
  g_assert_cmpstr (figure (f, "First day"), ==, day10);
  g_assert_cmpstr (figure (f, "Last day"), ==, day1);
  g_assert_cmpstr (figure (f, "Days recorded"), ==, "3");
  g_assert_cmpstr (figure (f, "Worst"), ==, "7 of 10");
  g_assert_cmpstr (figure (f, "Latest"), ==, "7 of 10");
  g_assert_true (shows (f, "0 means none and 10 the worst you can imagine."));

  gtk_test_accessible_assert_role (chart (f), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (chart (f), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "New pain in a bone or joint, or in your back, neck, "
                                       "hips or ribs over the last two weeks: 4 entries, "
                                       "highest 7, latest 7 of 10");
}

/* The tier in colour, icon and words, and the flags in the sources'
 * words, with the button that adds a question.
 */
static void
test_flags (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *key = record_bone_pain (f);
  GtkWidget *ask;
  GtkWidget *tier;

  show_sign (f, key);

  tier = gtk_widget_get_ancestor (mbc_test_find_exact_label (f->page, "Call your care team"),
                                  GTK_TYPE_BOX);
  g_assert_nonnull (tier);
  tier = gtk_widget_get_parent (tier);
  g_assert_true (gtk_widget_has_css_class (tier, "tier"));
  g_assert_true (gtk_widget_has_css_class (tier, "urgency-call"));
  g_assert_nonnull (mbc_test_find_type (tier, GTK_TYPE_IMAGE));
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (mbc_test_find_type (tier, GTK_TYPE_IMAGE))),
                   ==, "call-start-symbolic");

  g_assert_true (shows (f, "You have recorded this on days more than two weeks apart and it is "
                           "still there. Tell your care team."));
  g_assert_true (shows (f, "Worse than last time: call your care team today."));
  g_assert_false (shows (f, "Get help now"));

  ask = named (f, GTK_TYPE_BUTTON, "Add a Question to My Questions");
  g_assert_true (mbc_test_is_showing (ask));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (ask)), ==, "diary.ask");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (ask)), NULL),
                   ==, key);
  g_assert_cmpint (gtk_widget_get_height (ask), >=, 44);

  /* Pressed, it asks the diary's view to add the question. */
  g_assert_true (gtk_widget_activate (ask));
  mbc_test_iterate (300);
  g_assert_cmpstr (f->asked, ==, key);

  /* Back, by its name. */
  {
    GtkWidget *back = named (f, GTK_TYPE_BUTTON, "Back to My Diary");

    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (back)), ==,
                     "diary.show-timeline");
    g_assert_cmpint (gtk_widget_get_width (back), >=, 44);
    g_assert_cmpint (gtk_widget_get_height (back), >=, 44);
    g_assert_true (gtk_widget_activate (back));
    mbc_test_iterate (300);
    g_assert_cmpuint (f->n_back, ==, 1);
  }

  /* A better day since, recorded while the page is hidden (the diary's
   * view shows the timeline then): the page catches up when shown, no
   * longer worse, and still there two weeks on.
   */
  gtk_widget_set_visible (f->page, FALSE);
  mbc_test_wait_frame (GTK_WIDGET (f->window));
  g_free (record (f, MBC_DIARY_KIND_SIGN, "bones-pain", NULL, 0, 8, 2, NULL));
  mbc_test_wait_frame (GTK_WIDGET (f->window));
  gtk_widget_set_visible (f->page, TRUE);
  mbc_test_wait_frame (f->page);
  g_assert_false (shows (f, "Worse than last time"));
  g_assert_true (shows (f, "more than two weeks apart"));
  g_assert_cmpstr (figure (f, "Latest"), ==, "2 of 10");
}

/* A sign whose tier is emergency says "Get help now" and the number. */
static void
test_emergency (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *key = record (f, MBC_DIARY_KIND_SIGN, "bones-broken-bone", NULL, 0, 8, 8, NULL);
  GtkWidget *title;

  show_sign (f, key);

  title = mbc_test_find_exact_label (f->page, "Get help now");
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (gtk_widget_get_parent (title)),
                                           "urgency-emergency"));
  g_assert_true (shows (f, "Emergency number: 911"));
  g_assert_false (shows (f, "more than two weeks apart"));
  g_assert_false (shows (f, "Worse than last time"));

  {
    g_autoptr(GdkTexture) page = render (f->page);

    save_screenshot (page, "diary-sign-page-emergency.png");
  }

  /* The number a hospital sets is the one shown. */
  g_settings_set_string (f->settings, "emergency-number", "112");
  mbc_test_wait_frame (f->page);
  g_assert_true (shows (f, "Emergency number: 112"));
}

/* The person's own words have no tier and no flag; a mention sign has
 * its tier and no flag.
 */
static void
test_own_and_mention (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *own = record (f, MBC_DIARY_KIND_OWN, NULL, "Tired after lunch", 2, 14, 4, NULL);
  g_autofree char *mention = record (f, MBC_DIARY_KIND_SIGN, "liver-appetite", NULL, 2, 14, 3, NULL);

  show_sign (f, own);
  g_assert_nonnull (mbc_test_find_exact_label (f->page, "Tired after lunch"));
  g_assert_true (shows (f, "In your own words"));
  g_assert_false (shows (f, "Call your care team"));
  g_assert_false (shows (f, "Get help now"));
  g_assert_false (shows (f, "Tell your care team at your next visit"));

  show_sign (f, mention);
  g_assert_true (shows (f, "Tell your care team at your next visit"));
  g_assert_false (shows (f, "more than two weeks apart"));
  g_assert_false (mbc_test_is_showing (named (f, GTK_TYPE_BUTTON, "Add a Question to My Questions")));
}

/* How a person feels overall: its lowest, not its highest. */
static void
test_overall (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *key = record (f, MBC_DIARY_KIND_OVERALL, NULL, NULL, 2, 20, 6, NULL);

  g_free (record (f, MBC_DIARY_KIND_OVERALL, NULL, NULL, 1, 20, 3, NULL));
  show_sign (f, key);

  g_assert_nonnull (mbc_test_find_exact_label (f->page, "How you feel overall"));
  g_assert_true (shows (f, "0 means very poorly and 10 very well."));
  g_assert_cmpstr (figure (f, "Lowest"), ==, "3 of 10");
  g_assert_nonnull (mbc_test_find_exact_label (f->page, "Lowest 3 of 10, 1 entry"));
  gtk_test_accessible_assert_property (chart (f), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "How you feel overall over the last two weeks: "
                                       "2 entries, lowest 3, latest 3 of 10");
}

static void
make_active (Fixture *f)
{
  for (guint i = 0; i < 100 && !gtk_window_is_active (f->window); i++)
    {
      gtk_window_present (f->window);
      mbc_test_iterate (10);
    }
}

/* Offers a key press to the shortcuts of the focus widget and then of
 * its ancestors, as GTK's bubble phase does: the real key bindings and
 * actions, without the event itself, which GTK 4 cannot make.
 */
static gboolean
press_key (Fixture *f,
           guint    keyval)
{
  make_active (f);

  for (GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (f->window));
       widget != NULL;
       widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;

          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (!GTK_IS_KEYVAL_TRIGGER (trigger) ||
                  gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval ||
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != 0)
                continue;

              if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                widget,
                                                gtk_shortcut_get_arguments (shortcut)))
                {
                  /* A button shows itself pressed for a moment before it acts. */
                  mbc_test_iterate (350);
                  mbc_test_wait_frame (f->page);
                  return TRUE;
                }
            }
        }
    }

  return FALSE;
}

/* Tab to the span's buttons and Space on one: the chart, the figures and
 * the table follow.
 */
static void
test_span_by_keyboard (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *key = record_bone_pain (f);
  g_autofree char *day20 = date_of (20);
  g_autofree char *table = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *months = named (f, GTK_TYPE_TOGGLE_BUTTON, "Three Months");
  GtkWidget *year = named (f, GTK_TYPE_TOGGLE_BUTTON, "One Year");
  GtkWidget *group = gtk_widget_get_parent (months);
  gboolean reached = FALSE;

  g_free (record (f, MBC_DIARY_KIND_SIGN, "bones-pain", NULL, 200, 9, 2, NULL));
  show_sign (f, key);
  {
    g_autofree char *two_weeks = table_text (f);

    g_assert_cmpuint (count_lines (two_weeks), ==, 3);
  }

  /* The switcher has a name a screen reader says. */
  gtk_test_accessible_assert_role (group, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (group, GTK_ACCESSIBLE_PROPERTY_LABEL, "Time shown");
  g_assert_cmpint (gtk_widget_get_height (months), >=, 44);

  /* Tab goes from the back button through the page to the button. */
  make_active (f);
  gtk_widget_grab_focus (named (f, GTK_TYPE_BUTTON, "Back to My Diary"));
  for (guint i = 0; i < 10 && !reached; i++)
    {
      make_active (f);
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
      reached = gtk_root_get_focus (GTK_ROOT (f->window)) == months;
    }
  g_assert_true (reached);
  g_assert_true (press_key (f, GDK_KEY_space));

  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (months)));
  g_assert_cmpint (mbc_diary_sign_page_get_span (MBC_DIARY_SIGN_PAGE (f->page)), ==,
                   MBC_DIARY_SPAN_THREE_MONTHS);
  table = table_text (f);
  expected = g_strdup_printf ("%s: Worst 4 of 10, 1 entry, with notes\n", day20);
  g_assert_true (g_str_has_suffix (table, expected));
  g_assert_true (shows (f, "In the Last Three Months"));
  g_assert_cmpstr (figure (f, "First day"), ==, day20);
  g_assert_cmpstr (figure (f, "Days recorded"), ==, "4");
  gtk_test_accessible_assert_property (chart (f), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "New pain in a bone or joint, or in your back, neck, "
                                       "hips or ribs over the last three months: 5 entries, "
                                       "highest 7, latest 7 of 10");

  /* A year reaches the entry 200 days ago. */
  gtk_widget_grab_focus (year);
  g_assert_true (press_key (f, GDK_KEY_Return));
  g_assert_cmpstr (figure (f, "Days recorded"), ==, "5");
  g_assert_cmpstr (figure (f, "Worst"), ==, "7 of 10");
  g_assert_true (shows (f, "In the Last Year"));
}

/* A month of days at first, and every day when asked. */
static void
test_many_days (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *key = record (f, MBC_DIARY_KIND_SIDE_EFFECT, NULL, "Dry mouth", 60, 9, 2, NULL);
  g_autofree char *table = NULL;
  g_autofree char *oldest = date_of (60);
  g_autofree char *expected = NULL;
  GtkWidget *more;

  for (int d = 39; d >= 0; d--)
    g_free (record (f, MBC_DIARY_KIND_SIDE_EFFECT, NULL, "Dry mouth", d, 9, d % 5, NULL));
  show_sign (f, key);
  mbc_diary_sign_page_set_span (MBC_DIARY_SIGN_PAGE (f->page), MBC_DIARY_SPAN_THREE_MONTHS);
  mbc_test_wait_frame (f->page);

  g_assert_true (shows (f, "A side effect of treatment"));
  g_assert_cmpstr (figure (f, "Days recorded"), ==, "41");
  table = table_text (f);
  g_assert_cmpuint (count_lines (table), ==, 31);

  more = named (f, GTK_TYPE_BUTTON, "Show All 41 Days");
  g_assert_true (mbc_test_is_showing (more));
  g_assert_true (gtk_widget_activate (more));
  mbc_test_iterate (300);
  mbc_test_wait_frame (f->page);

  g_clear_pointer (&table, g_free);
  table = table_text (f);
  g_assert_cmpuint (count_lines (table), ==, 41);
  expected = g_strdup_printf ("%s: Worst 2 of 10, 1 entry\n", oldest);
  g_assert_true (g_str_has_suffix (table, expected));
  g_assert_false (mbc_test_is_showing (more));

  /* Another span starts again from a month. */
  mbc_diary_sign_page_set_span (MBC_DIARY_SIGN_PAGE (f->page), MBC_DIARY_SPAN_YEAR);
  mbc_test_wait_frame (f->page);
  g_clear_pointer (&table, g_free);
  table = table_text (f);
  g_assert_cmpuint (count_lines (table), ==, 31);
  g_assert_true (mbc_test_is_showing (more));
}

/* An empty span says so, and a sign with no entry at all too. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *key = record (f, MBC_DIARY_KIND_SIGN, "lungs-cough", NULL, 40, 9, 3, NULL);

  show_sign (f, key);
  g_assert_true (shows (f, "Nothing recorded in the last two weeks."));
  g_assert_false (mbc_test_is_showing (named (f, GTK_TYPE_LIST_BOX,
                                              "Each day with an entry, newest first")));
  gtk_test_accessible_assert_property (chart (f), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "A cough that will not go away, such as a dry cough "
                                       "over the last two weeks: nothing recorded");

  show_sign (f, "no-such-sign");
  g_assert_true (shows (f, "Nothing is recorded for this sign."));
}

/* How many pixels of @texture are close to @color. */
static guint
count_color (GdkTexture    *texture,
             const GdkRGBA *color)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  guint count = 0;

  gdk_texture_download (texture, data, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      /* Premultiplied B, G, R, A, as cairo has it on little-endian hosts. */
      const guchar *pixel = data + i * 4;

      if (pixel[3] > 200 &&
          ABS (pixel[2] - color->red * 255) < 24 &&
          ABS (pixel[1] - color->green * 255) < 24 &&
          ABS (pixel[0] - color->blue * 255) < 24)
        count++;
    }

  return count;
}

/* The chart draws its course in the accent colour, in light and dark,
 * at every span, with no warning (the tests turn warnings into failures).
 */
static void
test_drawing (Fixture       *f,
              gconstpointer  data)
{
  static const char *schemes[] = { "light", "dark" };
  g_autofree char *key = record_bone_pain (f);
  GtkWidget *widget;

  g_free (record (f, MBC_DIARY_KIND_SIGN, "bones-pain", NULL, 60, 9, 2, "Started"));
  g_free (record (f, MBC_DIARY_KIND_SIGN, "bones-pain", NULL, 200, 9, 1, NULL));
  show_sign (f, key);
  widget = chart (f);

  /* Whole at 360 px: the page fits, and the chart keeps its height. */
  {
    int minimum;

    gtk_widget_measure (f->page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
    gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, 300, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, >=, 160);
  }

  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      AdwStyleManager *manager = adw_style_manager_get_default ();
      GtkStyleContext *context;
      GdkRGBA accent;

      adw_style_manager_set_color_scheme (manager, s == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
      mbc_test_wait_frame (f->page);
      g_assert_true (adw_style_manager_get_dark (manager) == (s == 1));

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      context = gtk_widget_get_style_context (widget);
      g_assert_true (gtk_style_context_lookup_color (context, "accent_color", &accent));
      G_GNUC_END_IGNORE_DEPRECATIONS

      for (MbcDiarySpan span = MBC_DIARY_SPAN_TWO_WEEKS; span <= MBC_DIARY_SPAN_YEAR; span++)
        {
          g_autoptr(GdkTexture) drawn = NULL;
          g_autofree char *name = NULL;

          mbc_diary_sign_page_set_span (MBC_DIARY_SIGN_PAGE (f->page), span);
          mbc_test_wait_frame (f->page);
          drawn = render (widget);
          g_test_message ("%s, span %d: %u pixels of the accent colour",
                          schemes[s], span, count_color (drawn, &accent));
          g_assert_cmpuint (count_color (drawn, &accent), >, 40);

          name = g_strdup_printf ("diary-chart-%s-%d.png", schemes[s], span);
          save_screenshot (drawn, name);
        }

      {
        g_autoptr(GdkTexture) page = NULL;
        g_autofree char *name = g_strdup_printf ("diary-sign-page-%s.png", schemes[s]);

        g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (
          named (f, GTK_TYPE_TOGGLE_BUTTON, "One Year"))));
        g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (
          named (f, GTK_TYPE_TOGGLE_BUTTON, "Two Weeks"))));
        /* The buttons' change of colour has run its course. */
        mbc_test_iterate (400);
        mbc_test_wait_frame (f->page);
        page = render (f->page);
        save_screenshot (page, name);
        g_clear_object (&page);
        g_free (name);

        /* All of the page, below what the window shows too. */
        page = render (mbc_test_find_type (f->page, ADW_TYPE_CLAMP));
        name = g_strdup_printf ("diary-sign-page-%s-whole.png", schemes[s]);
        save_screenshot (page, name);
      }
      mbc_diary_sign_page_set_span (MBC_DIARY_SIGN_PAGE (f->page), MBC_DIARY_SPAN_TWO_WEEKS);
    }
}

/* The chart alone, from entries, with no diary: a year of many entries
 * a day comes to one point a day, and drawing it again costs nothing
 * new.
 */
static void
test_chart_entries (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *widget = mbc_diary_chart_new ();
  const MbcDiaryChartDay *days;
  guint n_days;

  /* Four entries a day for 400 days, oldest first. */
  for (int d = 399; d >= 0; d--)
    for (int h = 8; h < 24; h += 4)
      g_ptr_array_add (entries,
                       mbc_diary_entry_new (MBC_DIARY_KIND_SIDE_EFFECT, NULL, "Tingling fingers",
                                            past (d, h), (d + h) % 11, MBC_DIARY_SCORE_NONE,
                                            NULL, h == 20 ? "Cold hands" : NULL));

  mbc_diary_chart_set_entries (MBC_DIARY_CHART (widget), "Tingling fingers",
                               MBC_DIARY_KIND_SIDE_EFFECT, entries);
  gtk_window_set_child (GTK_WINDOW (window), widget);
  mbc_test_show_window (GTK_WINDOW (window), 360, 240);

  days = mbc_diary_chart_get_days (MBC_DIARY_CHART (widget), &n_days);
  g_assert_cmpuint (n_days, ==, 14);
  g_assert_cmpuint (mbc_diary_chart_get_n_entries (MBC_DIARY_CHART (widget)), ==, 14 * 4);
  g_assert_cmpuint (days[13].day, ==, mbc_diary_today ());
  g_assert_cmpuint (days[13].n_entries, ==, 4);
  g_assert_true (days[13].has_notes);
  /* Today's entries at 8, 12, 16 and 20 o'clock: (0 + h) % 11. */
  g_assert_cmpint (days[13].value, ==, 9);
  g_assert_cmpint (days[13].latest, ==, 9);
  g_assert_cmpint (mbc_diary_chart_get_latest (MBC_DIARY_CHART (widget)), ==, 9);

  mbc_diary_chart_set_span (MBC_DIARY_CHART (widget), MBC_DIARY_SPAN_YEAR);
  days = mbc_diary_chart_get_days (MBC_DIARY_CHART (widget), &n_days);
  g_assert_cmpuint (n_days, >=, 365);
  g_assert_cmpuint (n_days, <=, 366);
  g_assert_cmpuint (days[0].day, ==,
                    mbc_diary_span_get_first_day (MBC_DIARY_SPAN_YEAR, mbc_diary_today ()));
  g_assert_cmpint (mbc_diary_chart_get_worst (MBC_DIARY_CHART (widget)), ==, 10);

  /* Drawn twice at the same size: the second time is the first's node. */
  {
    GtkSnapshot *snapshot = gtk_snapshot_new ();
    g_autoptr(GskRenderNode) first = NULL;
    g_autoptr(GskRenderNode) second = NULL;
    gint64 start;

    mbc_test_wait_frame (widget);
    GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
    first = gtk_snapshot_free_to_node (snapshot);
    g_assert_nonnull (first);

    start = g_get_monotonic_time ();
    snapshot = gtk_snapshot_new ();
    GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
    second = gtk_snapshot_free_to_node (snapshot);
    g_test_message ("drawn again in %" G_GINT64_FORMAT " µs", g_get_monotonic_time () - start);
    g_assert_true (first == second);
  }

  {
    g_autofree char *summary = g_strdup_printf ("Tingling fingers over the last year: %u entries, "
                                                "highest 10, latest 9 of 10",
                                                mbc_diary_chart_get_n_entries (MBC_DIARY_CHART (widget)));

    g_assert_cmpstr (mbc_diary_chart_get_summary (MBC_DIARY_CHART (widget)), ==, summary);
    gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL, summary);
  }

  mbc_test_close_window (window);
}

/* Each span ends today and reaches back as far as it says. */
static void
test_spans (void)
{
  GDate date;
  guint32 day;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 7, G_DATE_DECEMBER, 2026);
  day = g_date_get_julian (&date);

  g_assert_cmpuint (mbc_diary_span_get_first_day (MBC_DIARY_SPAN_TWO_WEEKS, day), ==, day - 13);

  g_date_set_julian (&date, mbc_diary_span_get_first_day (MBC_DIARY_SPAN_THREE_MONTHS, day));
  g_assert_cmpint (g_date_get_day (&date), ==, 8);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_SEPTEMBER);

  g_date_set_julian (&date, mbc_diary_span_get_first_day (MBC_DIARY_SPAN_YEAR, day));
  g_assert_cmpint (g_date_get_day (&date), ==, 8);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_DECEMBER);
  g_assert_cmpint (g_date_get_year (&date), ==, 2025);
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);

  g_test_add_func ("/mbc/diary-chart/spans", test_spans);
  g_test_add_func ("/mbc/diary-chart/entries", test_chart_entries);
  g_test_add ("/mbc/diary-chart/two-weeks", Fixture, NULL, fixture_setup, test_two_weeks, fixture_teardown);
  g_test_add ("/mbc/diary-chart/flags", Fixture, NULL, fixture_setup, test_flags, fixture_teardown);
  g_test_add ("/mbc/diary-chart/emergency", Fixture, NULL, fixture_setup, test_emergency, fixture_teardown);
  g_test_add ("/mbc/diary-chart/own-and-mention", Fixture, NULL, fixture_setup, test_own_and_mention, fixture_teardown);
  g_test_add ("/mbc/diary-chart/overall", Fixture, NULL, fixture_setup, test_overall, fixture_teardown);
  g_test_add ("/mbc/diary-chart/span-by-keyboard", Fixture, NULL, fixture_setup, test_span_by_keyboard, fixture_teardown);
  g_test_add ("/mbc/diary-chart/many-days", Fixture, NULL, fixture_setup, test_many_days, fixture_teardown);
  g_test_add ("/mbc/diary-chart/empty", Fixture, NULL, fixture_setup, test_empty, fixture_teardown);
  g_test_add ("/mbc/diary-chart/drawing", Fixture, NULL, fixture_setup, test_drawing, fixture_teardown);

  return g_test_run ();
}
