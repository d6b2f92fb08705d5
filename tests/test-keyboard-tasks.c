/* test-keyboard-tasks.c: every task of the guide by keyboard alone
 *
 * Runs the real application inside a headless mutter
 * (run-under-mutter.sh), where Tab, the arrows, Enter, Space, Escape
 * and the shortcuts are pressed through its remote desktop
 * (mbc-test-seat.c), as a person without a mouse presses them. Each task
 * starts from where the window's focus is and goes on by keys only; the
 * widgets are only read, to check what the keys did. After each step the
 * keyboard's focus is checked: shown (focus-visible), on a widget that is
 * on screen in the window, and at a sensible place: back on what opened
 * a dialog once it closes, on the language button after a change of
 * language, on the first choice of the start page after Start Over.
 *
 * Run with --kiosk, the program tests a hospital workstation instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-application.h"
#include "mbc-body-map.h"
#include "mbc-body-region.h"
#include "mbc-diary-record-dialog.h"
#include "mbc-diary-summary-dialog.h"
#include "mbc-diary-view.h"
#include "mbc-guide-view.h"
#include "mbc-language.h"
#include "mbc-my-question-list.h"
#include "mbc-my-question-row.h"
#include "mbc-search-page.h"
#include "mbc-site-page.h"
#include "mbc-sources-window.h"
#include "mbc-symptom.h"
#include "mbc-test-seat.h"
#include "mbc-test-util.h"
#include "mbc-treatments-view.h"
#include "mbc-urgency.h"

static MbcApplication *app;
static MbcTestSeat *seat;
static int status;

typedef gboolean (*FocusMatch) (GtkWidget     *focus,
                                gconstpointer  data);

static MbcWindow *
app_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (MBC_IS_WINDOW (window));

  return MBC_WINDOW (window);
}

static MbcGuideView *
guide (void)
{
  return MBC_GUIDE_VIEW (mbc_test_find_type (GTK_WIDGET (app_window ()), MBC_TYPE_GUIDE_VIEW));
}

static GtkWidget *
focus_of (GtkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static void
press (const char *keys)
{
  g_assert_true (mbc_test_seat_press (seat, keys));
}

static void
type (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      char key[16];

      if (*p == ' ')
        g_strlcpy (key, "space", sizeof key);
      else
        g_snprintf (key, sizeof key, "%c", *p);
      press (key);
    }
}

/* The focus is shown, and on a widget of @window that a person sees. */
static GtkWidget *
assert_focus_on_screen (GtkWindow  *window,
                        const char *where)
{
  GtkWidget *focus;

  mbc_test_wait_frame (GTK_WIDGET (window));
  focus = focus_of (window);
  if (focus != NULL)
    {
      g_autofree char *text = g_strstrip (mbc_test_dup_visible_text (focus));

      g_test_message ("%s: the focus is on %s “%s”%s", where, G_OBJECT_TYPE_NAME (focus), text,
                      gtk_window_get_focus_visible (window) ? ", shown" : "");
    }
  else
    {
      g_test_message ("%s: the focus is on nothing", where);
    }
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_root (focus) == GTK_ROOT (window));
  g_assert_true (gtk_widget_get_mapped (focus));
  g_assert_true (mbc_test_is_showing (focus));
  g_assert_true (gtk_widget_is_sensitive (focus));

  return focus;
}

/* The same, after keys were pressed: the focus is shown too. */
static GtkWidget *
assert_focus_shown (GtkWindow  *window,
                    const char *where)
{
  GtkWidget *focus = assert_focus_on_screen (window, where);

  g_assert_true (gtk_window_get_focus_visible (window));

  return focus;
}

/* Presses @key until the focus is on a widget that @match takes, and
 * returns it; at most @max times.
 */
static GtkWidget *
move_focus_to (GtkWindow     *window,
               const char    *key,
               FocusMatch     match,
               gconstpointer  data,
               guint          max)
{
  for (guint i = 0; i <= max; i++)
    {
      GtkWidget *focus = focus_of (window);

      if (focus != NULL && match (focus, data))
        {
          /* Where no key was pressed yet, the focus need not be shown. */
          if (i == 0)
            assert_focus_on_screen (window, key);
          else
            assert_focus_shown (window, key);
          return focus;
        }
      if (i < max)
        press (key);
    }

  g_error ("%s %u times never reached the widget looked for (the focus is on %s)", key, max,
           focus_of (window) != NULL ? G_OBJECT_TYPE_NAME (focus_of (window)) : "nothing");
  return NULL;
}

static gboolean
is_type (GtkWidget     *focus,
         gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (focus, GPOINTER_TO_SIZE (data));
}

static gboolean
has_action (GtkWidget     *focus,
            gconstpointer  data)
{
  return GTK_IS_ACTIONABLE (focus) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), data) == 0;
}

static gboolean
is_inside (GtkWidget     *focus,
           gconstpointer  data)
{
  return gtk_widget_get_ancestor (focus, GPOINTER_TO_SIZE (data)) != NULL;
}

static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action_name)
{
  if (has_action (widget, action_name))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A button whose words are @data. */
static gboolean
has_words (GtkWidget     *focus,
           gconstpointer  data)
{
  return GTK_IS_BUTTON (focus) && mbc_test_find_exact_label (focus, data) != NULL;
}

static gboolean
has_tooltip (GtkWidget     *focus,
             gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (focus), data) == 0;
}

static GtkWindow *
wait_for_toplevel (GType type)
{
  GtkWindow *window = NULL;

  for (guint i = 0; i < 300 && (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window))); i++)
    {
      mbc_test_iterate (10);
      window = mbc_test_find_toplevel (type);
    }
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  mbc_test_wait_frame (GTK_WIDGET (window));
  g_assert_true (mbc_test_seat_wait_for_focus (seat, window));

  return window;
}

static void
wait_for_no_toplevel (GType type)
{
  for (guint i = 0; i < 300 && mbc_test_find_toplevel (type) != NULL; i++)
    mbc_test_iterate (10);
  g_assert_null (mbc_test_find_toplevel (type));
  g_assert_true (mbc_test_seat_wait_for_focus (seat, GTK_WINDOW (app_window ())));
}

/* A dialog, once open, has the keyboard, with its focus on one of its
 * own widgets.
 */
static GtkWindow *
wait_for_dialog (GType type)
{
  GtkWindow *dialog = wait_for_toplevel (type);

  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (app_window ()));
  assert_focus_shown (dialog, G_OBJECT_TYPE_NAME (dialog));

  return dialog;
}

/* The view @keys (Alt and a number) open, with the focus kept in the
 * window.
 */
static void
show_view (const char *keys,
           const char *view)
{
  /* The view is what tells that the keys arrived. */
  mbc_test_seat_press (seat, keys);
  mbc_test_wait_frame (GTK_WIDGET (app_window ()));
  mbc_test_iterate (150);
  g_assert_cmpstr (mbc_window_get_visible_view (app_window ()), ==, view);
  /* From a view gone from the screen, the focus came with the keys. */
  assert_focus_shown (GTK_WINDOW (app_window ()), view);
}

/* The signs of the site shown are where the focus is: on the first of
 * them, which a screen reader reads with how soon to get help.
 */
static void
assert_reading_signs (MbcWindow  *window,
                      const char *site_id)
{
  g_autoptr(MbcContent) content = NULL;
  MbcSite *site;
  g_autoptr(MbcSymptom) first = NULL;
  GtkWidget *focus = assert_focus_shown (GTK_WINDOW (window), "the site's page");
  GtkWidget *page = gtk_widget_get_ancestor (focus, MBC_TYPE_SITE_PAGE);
  guint urgency = MBC_N_URGENCIES;
  GListModel *symptoms;

  g_object_get (window, "information", &content, NULL);
  site = mbc_content_find_site (content, site_id);
  g_test_message ("the signs of %s", site_id);
  g_assert_nonnull (site);
  g_assert_nonnull (page);
  symptoms = mbc_site_get_symptoms (site);

  /* A place with no signs of its own leads on to the whole body's. */
  if (g_list_model_get_n_items (symptoms) == 0)
    {
      g_assert_true (has_words (focus, "Symptoms of the Whole Body"));
      press ("Return");
      mbc_test_iterate (200);
      g_assert_cmpstr (mbc_guide_view_get_selected_site (guide ()), ==, MBC_SITE_WHOLE_BODY);
      assert_reading_signs (window, MBC_SITE_WHOLE_BODY);
      return;
    }

  g_assert_true (GTK_IS_LIST_BOX_ROW (focus));

  /* The sign first shown: the first of the most urgent tier. */
  for (guint i = 0; i < g_list_model_get_n_items (symptoms); i++)
    {
      g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, i);

      if (mbc_symptom_get_urgency (symptom) < urgency)
        {
          urgency = mbc_symptom_get_urgency (symptom);
          g_set_object (&first, symptom);
        }
    }
  g_assert_nonnull (first);
  g_assert_nonnull (mbc_test_find_exact_label (focus, mbc_symptom_get_text (first)));
  gtk_test_accessible_assert_role (focus, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  gtk_test_accessible_assert_property (focus, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       mbc_urgency_get_title (urgency));
}

/* From the window's first focus to a part of the body on the map, and
 * its signs; then from the list of all parts.
 */
static void
test_choose_site (void)
{
  MbcWindow *window = app_window ();
  GtkWidget *region;
  GtkWidget *focus;
  const char *first_site;
  const char *site_id;

  assert_focus_on_screen (GTK_WINDOW (window), "the window's first focus");
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "map");

  region = move_focus_to (GTK_WINDOW (window), "Tab", is_type,
                          GSIZE_TO_POINTER (MBC_TYPE_BODY_REGION), 30);
  first_site = mbc_body_region_get_site_id (MBC_BODY_REGION (region));
  gtk_test_accessible_assert_property (region, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       mbc_body_region_get_name (MBC_BODY_REGION (region)));
  press ("Down");
  region = assert_focus_shown (GTK_WINDOW (window), "Down on the map");
  g_assert_true (MBC_IS_BODY_REGION (region));
  site_id = mbc_body_region_get_site_id (MBC_BODY_REGION (region));
  g_assert_cmpstr (site_id, !=, first_site);

  press ("Return");
  mbc_test_iterate (200);
  g_assert_cmpstr (mbc_guide_view_get_selected_site (guide ()), ==, site_id);
  assert_reading_signs (window, site_id);

  /* The signs one after the other, by the arrows as in any list. */
  focus = focus_of (GTK_WINDOW (window));
  press ("Down");
  g_assert_true (assert_focus_shown (GTK_WINDOW (window), "the next sign") != focus);
  g_assert_true (gtk_widget_get_ancestor (focus_of (GTK_WINDOW (window)), MBC_TYPE_SITE_PAGE) != NULL);

  /* Back to the map, and on to the list of every part. */
  show_view ("<Alt>1", "map");
  move_focus_to (GTK_WINDOW (window), "<Shift>ISO_Left_Tab", is_type,
                 GSIZE_TO_POINTER (MBC_TYPE_BODY_REGION), 60);
  focus = move_focus_to (GTK_WINDOW (window), "Tab", is_type,
                         GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW), 10);
  press ("Down");
  press ("Down");
  focus = assert_focus_shown (GTK_WINDOW (window), "Down in the list");
  g_assert_true (ADW_IS_ACTION_ROW (focus));
  site_id = g_object_get_data (G_OBJECT (focus), "site-id");
  g_assert_nonnull (site_id);
  press ("Return");
  mbc_test_iterate (200);
  g_assert_cmpstr (mbc_guide_view_get_selected_site (guide ()), ==, site_id);
  assert_reading_signs (window, site_id);
}

static gboolean
is_switcher_to (GtkWidget     *focus,
                gconstpointer  data)
{
  /* By name: the switcher's buttons have no public type. */
  return g_str_equal (G_OBJECT_TYPE_NAME (focus), "AdwViewSwitcherButton") &&
         mbc_test_find_exact_label (focus, data) != NULL;
}

/* The view switcher in the header, by Tab and Space, from a site's
 * signs; and Tab from the switcher goes on into the view shown.
 */
static void
test_switcher (void)
{
  MbcWindow *window = app_window ();

  show_view ("<Alt>1", "map");
  move_focus_to (GTK_WINDOW (window), "Tab", is_type, GSIZE_TO_POINTER (MBC_TYPE_BODY_REGION), 30);
  press ("Return");
  mbc_test_iterate (200);
  g_assert_nonnull (gtk_widget_get_ancestor (assert_focus_shown (GTK_WINDOW (window), "a site"),
                                             MBC_TYPE_SITE_PAGE));

  move_focus_to (GTK_WINDOW (window), "<Shift>ISO_Left_Tab", is_switcher_to, "Treatment", 80);
  press ("space");
  mbc_test_iterate (200);
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "treatments");
  assert_focus_shown (GTK_WINDOW (window), "the switcher");
  move_focus_to (GTK_WINDOW (window), "Tab", is_inside, GSIZE_TO_POINTER (MBC_TYPE_TREATMENTS_VIEW), 10);
}

/* On a narrow window the map and the site's page take turns: the focus
 * goes with the page shown, and back.
 */
static void
test_choose_site_narrow (void)
{
  MbcWindow *window = app_window ();
  GtkWidget *region;
  GtkWidget *back;
  const char *site_id;
  int width, height;
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (window));

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  gtk_window_unmaximize (GTK_WINDOW (window));
  for (guint i = 0; i < 100 && gtk_window_is_maximized (GTK_WINDOW (window)); i++)
    mbc_test_iterate (10);
  mbc_test_wait_frame (GTK_WIDGET (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  for (guint i = 0; i < 100 && gtk_widget_get_width (GTK_WIDGET (window)) > 360; i++)
    mbc_test_iterate (10);
  mbc_test_wait_frame (GTK_WIDGET (window));
  mbc_test_iterate (300);
  g_test_message ("the window is %d wide, %d high, maximized %d", gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)), gtk_window_is_maximized (GTK_WINDOW (window)));

  show_view ("<Alt>1", "map");
  /* The narrow window shows the page of the site chosen before: its
   * Back button leads to the map, where the focus follows.
   */
  back = find_actionable (GTK_WIDGET (window), "map.back");
  g_assert_nonnull (back);
  if (mbc_test_is_showing (back))
    {
      move_focus_to (GTK_WINDOW (window), "Tab", has_action, "map.back", 60);
      press ("Return");
      mbc_test_iterate (400);
      g_assert_true (MBC_IS_BODY_REGION (assert_focus_shown (GTK_WINDOW (window), "back")));
    }
  region = move_focus_to (GTK_WINDOW (window), "Tab", is_type,
                          GSIZE_TO_POINTER (MBC_TYPE_BODY_REGION), 60);
  site_id = mbc_body_region_get_site_id (MBC_BODY_REGION (region));
  press ("Return");
  mbc_test_iterate (400);
  g_assert_cmpstr (mbc_guide_view_get_selected_site (guide ()), ==, site_id);
  assert_reading_signs (window, site_id);
  g_assert_false (mbc_test_is_showing (region));

  /* Alt+Left, back to the map, on the part of the body chosen. */
  press ("<Alt>Left");
  mbc_test_iterate (400);
  region = assert_focus_shown (GTK_WINDOW (window), "back on the map");
  g_assert_true (MBC_IS_BODY_REGION (region));
  g_assert_cmpstr (mbc_body_region_get_site_id (MBC_BODY_REGION (region)), ==, site_id);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (maximized)
    gtk_window_maximize (GTK_WINDOW (window));
  mbc_test_wait_frame (GTK_WIDGET (window));
  mbc_test_iterate (300);
}

static GtkWidget *
row_of_focus (GtkWindow *window)
{
  return gtk_widget_get_ancestor (focus_of (window), MBC_TYPE_MY_QUESTION_ROW);
}

/* A suggested question onto My Questions, ticked, reworded, printed. */
static void
test_questions (void)
{
  MbcWindow *window = app_window ();
  MbcMyQuestionList *list = mbc_application_get_question_list (app);
  g_autoptr(MbcMyQuestion) question = NULL;
  GtkWidget *add;
  GtkWidget *focus;
  GtkWidget *tick;
  GtkWidget *row;
  GtkWidget *edit;
  GtkWidget *print;
  GType print_dialog_type;
  const char *words = "what is the aim of my treatment now";

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  show_view ("<Alt>4", "questions");
  assert_focus_shown (GTK_WINDOW (window), "the view of questions");

  add = move_focus_to (GTK_WINDOW (window), "Tab", has_action, "questions.add-suggestion", 40);
  press ("space");
  mbc_test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  question = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_false (gtk_widget_is_sensitive (add));
  /* The button is spent: the focus goes on to the next suggestion. */
  focus = assert_focus_shown (GTK_WINDOW (window), "after adding");
  g_assert_true (has_action (focus, "questions.add-suggestion"));
  g_assert_true (focus != add);
  /* Which adds the next one, at once. */
  press ("space");
  mbc_test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_true (assert_focus_shown (GTK_WINDOW (window), "after adding again") != focus);

  /* Up to the first question added, and tick it. */
  move_focus_to (GTK_WINDOW (window), "<Shift>ISO_Left_Tab", is_type,
                 GSIZE_TO_POINTER (GTK_TYPE_CHECK_BUTTON), 30);
  g_assert_true (GTK_IS_LIST_BOX_ROW (row_of_focus (GTK_WINDOW (window))));
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row_of_focus (GTK_WINDOW (window)))), ==, 1);
  press ("<Shift>ISO_Left_Tab");
  tick = move_focus_to (GTK_WINDOW (window), "<Shift>ISO_Left_Tab", is_type,
                        GSIZE_TO_POINTER (GTK_TYPE_CHECK_BUTTON), 20);
  row = row_of_focus (GTK_WINDOW (window));
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, 0);
  press ("space");
  g_assert_true (mbc_my_question_get_asked (question));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (tick)));
  g_assert_true (assert_focus_shown (GTK_WINDOW (window), "after ticking") == tick);

  /* Reword it: its Edit button, the words, Enter. */
  edit = move_focus_to (GTK_WINDOW (window), "Tab", has_tooltip, "Change the Words", 6);
  g_assert_true (row_of_focus (GTK_WINDOW (window)) == row);
  press ("Return");
  focus = assert_focus_shown (GTK_WINDOW (window), "editing");
  g_assert_true (GTK_IS_TEXT (focus));
  press ("<Control>a");
  type (words);
  press ("Return");
  mbc_test_iterate (100);
  g_assert_cmpstr (mbc_my_question_get_text (question), ==, words);
  g_assert_true (assert_focus_shown (GTK_WINDOW (window), "after editing") == edit);

  /* Print: the dialog opens with the focus in it; Escape closes it and
   * the focus is back on Print.
   */
  print = move_focus_to (GTK_WINDOW (window), "<Shift>ISO_Left_Tab", has_action, "questions.print", 30);
  press ("Return");
  /* By name: its header is in the gtk4-unix-print package. */
  print_dialog_type = g_type_from_name ("GtkPrintUnixDialog");
  g_assert_true (print_dialog_type != G_TYPE_INVALID);
  wait_for_dialog (print_dialog_type);
  press ("Escape");
  wait_for_no_toplevel (print_dialog_type);
  g_assert_true (assert_focus_shown (GTK_WINDOW (window), "after the print dialog") == print);

  /* Its mnemonic does the same. */
  press ("<Alt>p");
  wait_for_dialog (print_dialog_type);
  press ("Escape");
  wait_for_no_toplevel (print_dialog_type);
  g_assert_true (assert_focus_shown (GTK_WINDOW (window), "after the print dialog") == print);

  /* Removed by its own button: the focus stays with the list, on the
   * question now in its place, and on the row to write a question of
   * one's own once the list is empty.
   */
  move_focus_to (GTK_WINDOW (window), "Tab", has_tooltip, "Remove", 12);
  g_assert_true (row_of_focus (GTK_WINDOW (window)) == row);
  press ("Return");
  mbc_test_iterate (200);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  assert_focus_shown (GTK_WINDOW (window), "after removing");
  row = row_of_focus (GTK_WINDOW (window));
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, 0);

  move_focus_to (GTK_WINDOW (window), "Tab", has_tooltip, "Remove", 12);
  g_assert_true (row_of_focus (GTK_WINDOW (window)) == row);
  press ("space");
  mbc_test_iterate (200);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  focus = assert_focus_shown (GTK_WINDOW (window), "after removing the last");
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY),
                                           "own-question"));
}

/* A sign recorded in My Diary, and the summary for the next visit. */
static void
test_diary (void)
{
  MbcWindow *window = app_window ();
  MbcDiary *diary = mbc_window_get_diary (window);
  GtkWidget *record;
  GtkWidget *summary;
  GtkWindow *dialog;
  guint before;

  g_assert_nonnull (diary);
  for (guint i = 0; i < 300 && !mbc_diary_get_loaded (diary); i++)
    mbc_test_iterate (10);
  before = g_list_model_get_n_items (G_LIST_MODEL (diary));
  show_view ("<Alt>6", "diary");
  mbc_test_iterate (200);
  assert_focus_shown (GTK_WINDOW (window), "My Diary");

  record = move_focus_to (GTK_WINDOW (window), "Tab", has_words, "Record a Sign", 30);
  press ("Return");
  dialog = wait_for_dialog (MBC_TYPE_DIARY_RECORD_DIALOG);
  type ("appet");
  press ("Down");
  press ("Return");
  assert_focus_shown (dialog, "the sign chosen");
  press ("<Control>Return");
  wait_for_no_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, before + 1);
  /* The first entry takes the place of the empty diary and its button:
   * the focus is on the Record button of the list, which opens the same
   * dialog; it records again, and is where the focus comes back to.
   */
  record = assert_focus_shown (GTK_WINDOW (window), "after recording");
  g_assert_true (has_action (record, "diary.record"));
  press ("Return");
  dialog = wait_for_dialog (MBC_TYPE_DIARY_RECORD_DIALOG);
  type ("fever");
  press ("Down");
  press ("Return");
  press ("<Control>Return");
  wait_for_no_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, before + 2);
  g_assert_true (assert_focus_shown (GTK_WINDOW (window), "after recording again") == record);

  summary = move_focus_to (GTK_WINDOW (window), "Tab", has_action, "diary.summary", 30);
  press ("Return");
  dialog = wait_for_dialog (MBC_TYPE_DIARY_SUMMARY_DIALOG);
  press ("Escape");
  wait_for_no_toplevel (MBC_TYPE_DIARY_SUMMARY_DIALOG);
  g_assert_true (assert_focus_shown (GTK_WINDOW (window), "after the summary") == summary);
}

/* Ctrl+F, words, Down, Enter: the result opens with the focus on it. */
static void
test_search (void)
{
  MbcWindow *window = app_window ();
  MbcSearchPage *page;
  GtkWidget *entry;
  GtkWidget *focus;

  show_view ("<Alt>2", "basics");
  press ("<Control>f");
  mbc_test_iterate (200);
  entry = mbc_test_find_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_true (gtk_widget_is_ancestor (assert_focus_shown (GTK_WINDOW (window), "search"), entry));
  type ("jaun");
  page = MBC_SEARCH_PAGE (mbc_guide_view_get_search_page (guide ()));
  for (guint i = 0; i < 300 && (page == NULL || mbc_search_page_get_pending (page)); i++)
    {
      mbc_test_iterate (10);
      page = MBC_SEARCH_PAGE (mbc_guide_view_get_search_page (guide ()));
    }
  g_assert_nonnull (page);
  g_assert_cmpuint (mbc_search_page_get_n_results (page), >, 0);
  mbc_test_wait_frame (GTK_WIDGET (window));

  press ("Down");
  focus = assert_focus_shown (GTK_WINDOW (window), "the results");
  g_assert_true (gtk_widget_is_ancestor (focus, mbc_search_page_get_list (page)));
  press ("Return");
  mbc_test_iterate (400);
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "map");
  g_assert_cmpstr (mbc_guide_view_get_selected_site (guide ()), ==, "liver");
  focus = assert_focus_shown (GTK_WINDOW (window), "the result opened");
  g_assert_nonnull (gtk_widget_get_ancestor (focus, MBC_TYPE_SITE_PAGE));
  g_assert_false (mbc_test_is_showing (entry));

  /* Nothing found: the way on to the body map, by Tab and Enter. */
  show_view ("<Alt>5", "resources");
  press ("<Control>f");
  mbc_test_iterate (200);
  type ("zzqxv");
  for (guint i = 0; i < 300 && mbc_search_page_get_pending (page); i++)
    mbc_test_iterate (10);
  mbc_test_wait_frame (GTK_WIDGET (window));
  move_focus_to (GTK_WINDOW (window), "Tab", has_words, "Open the Body Map", 10);
  press ("Return");
  mbc_test_iterate (400);
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "map");
  g_assert_false (mbc_test_is_showing (entry));
  focus = assert_focus_shown (GTK_WINDOW (window), "the body map, from no results");
}

/* F10 opens the main menu; its first item, About This Information, by
 * Enter; Escape closes that window, and the focus is back on the menu.
 * The keyboard shortcuts window likewise, by its keys.
 */
static void
test_menu (void)
{
  MbcWindow *window = app_window ();
  GtkWidget *before;
  GtkWindow *dialog;

  show_view ("<Alt>2", "basics");
  press ("Tab");
  before = assert_focus_shown (GTK_WINDOW (window), "before the menu");

  press ("F10");
  mbc_test_iterate (200);
  g_assert_nonnull (gtk_widget_get_ancestor (assert_focus_shown (GTK_WINDOW (window), "the menu"),
                                             GTK_TYPE_POPOVER_MENU));
  press ("Return");
  dialog = wait_for_dialog (MBC_TYPE_SOURCES_WINDOW);
  press ("Escape");
  wait_for_no_toplevel (MBC_TYPE_SOURCES_WINDOW);
  /* Back on what opened it: the menu's button. */
  before = assert_focus_shown (GTK_WINDOW (window), "after About This Information");
  g_assert_nonnull (gtk_widget_get_ancestor (before, GTK_TYPE_MENU_BUTTON));

  /* The shortcuts window, by its own keys. */
  press ("<Control>question");
  dialog = wait_for_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  assert_focus_shown (dialog, "the shortcuts");
  press ("Escape");
  for (guint i = 0; i < 300 && gtk_widget_get_mapped (GTK_WIDGET (dialog)); i++)
    mbc_test_iterate (10);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (mbc_test_seat_wait_for_focus (seat, GTK_WINDOW (window)));
  g_assert_true (assert_focus_shown (GTK_WINDOW (window), "after the shortcuts") == before);
}

static GtkWidget *
language_button (void)
{
  return GTK_WIDGET (gtk_widget_get_ancestor (mbc_test_find_exact_label (GTK_WIDGET (guide ()),
                                                                          mbc_language_get_current ()[0] == 'e' &&
                                                                          mbc_language_get_current ()[1] == 'n' ?
                                                                          "Español" : "English"),
                                              GTK_TYPE_BUTTON));
}

/* The language button, to Spanish and back, on the same view: the
 * focus stays on the button, in the window made anew.
 */
static void
test_language (void)
{
  MbcWindow *window = app_window ();
  GtkWidget *button;

  show_view ("<Alt>4", "questions");
  g_assert_cmpstr (mbc_language_get_current (), ==, "en");
  button = move_focus_to (GTK_WINDOW (window), "<Shift>ISO_Left_Tab", has_words, "Español", 60);
  press ("Return");
  mbc_test_iterate (300);
  g_assert_cmpstr (mbc_language_get_current (), ==, "es");
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "questions");
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (window), "Preguntas que puede hacer"));
  button = assert_focus_shown (GTK_WINDOW (window), "in Spanish");
  g_assert_true (button == language_button ());
  g_assert_nonnull (mbc_test_find_exact_label (button, "English"));

  press ("space");
  mbc_test_iterate (300);
  g_assert_cmpstr (mbc_language_get_current (), ==, "en");
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (window), "Questions to Ask"));
  button = assert_focus_shown (GTK_WINDOW (window), "in English again");
  g_assert_true (button == language_button ());
  g_assert_nonnull (mbc_test_find_exact_label (button, "Español"));
}

/* The start page, the guide by keys, and Start Over, twice. */
static void
test_workstation (void)
{
  MbcWindow *window = app_window ();
  GtkWidget *focus;
  GtkWidget *start_english;

  g_assert_true (mbc_application_get_kiosk (app));

  for (guint person = 0; person < 2; person++)
    {
      g_test_message ("person %u", person + 1);
      start_english = gtk_widget_get_ancestor (mbc_test_find_exact_label (GTK_WIDGET (window), "English"),
                                               GTK_TYPE_BUTTON);
      g_assert_nonnull (start_english);
      g_assert_true (mbc_test_is_showing (start_english));
      if (person > 0)
        {
          /* After Start Over, the first choice is where the next
           * person's first key goes.
           */
          g_assert_true (assert_focus_shown (GTK_WINDOW (window), "after Start Over") == start_english);
        }
      else
        {
          move_focus_to (GTK_WINDOW (window), "Tab", has_words, "English", 10);
        }
      press ("Return");
      mbc_test_iterate (300);
      g_assert_false (mbc_test_is_showing (start_english));
      assert_focus_shown (GTK_WINDOW (window), "the guide at a workstation");
      g_assert_nonnull (gtk_widget_get_ancestor (focus_of (GTK_WINDOW (window)), MBC_TYPE_GUIDE_VIEW));

      /* A part of the body and its signs. */
      move_focus_to (GTK_WINDOW (window), "Tab", is_type, GSIZE_TO_POINTER (MBC_TYPE_BODY_REGION), 30);
      press ("Right");
      focus = assert_focus_shown (GTK_WINDOW (window), "Right on the map");
      g_assert_true (MBC_IS_BODY_REGION (focus));
      press ("space");
      mbc_test_iterate (200);
      assert_reading_signs (window, mbc_body_region_get_site_id (MBC_BODY_REGION (focus)));

      /* Start Over, by its button. */
      move_focus_to (GTK_WINDOW (window), "<Shift>ISO_Left_Tab", has_action, "app.start-over", 80);
      press ("Return");
      mbc_test_iterate (400);
      g_assert_null (mbc_guide_view_get_selected_site (guide ()));
    }

  /* Start Over by its mnemonic, from the guide. */
  press ("Return");
  mbc_test_iterate (300);
  press ("<Alt>s");
  mbc_test_iterate (400);
  start_english = gtk_widget_get_ancestor (mbc_test_find_exact_label (GTK_WIDGET (window), "English"),
                                           GTK_TYPE_BUTTON);
  g_assert_true (mbc_test_is_showing (start_english));
  g_assert_true (assert_focus_shown (GTK_WINDOW (window), "after Start Over") == start_english);
}

static void
activate_cb (GApplication *application)
{
  GtkWindow *window = GTK_WINDOW (app_window ());

  if (mbc_application_get_kiosk (app))
    for (guint i = 0; i < 500 && !gtk_window_is_fullscreen (window); i++)
      mbc_test_iterate (10);
  mbc_test_wait_frame (GTK_WIDGET (window));
  g_assert_true (mbc_test_seat_wait_for_focus (seat, window));

  status = g_test_run ();

  gtk_window_destroy (window);
  g_application_quit (application);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  g_autoptr(GSettings) settings = NULL;
  gboolean kiosk = FALSE;
  char *args[] = { argv[0], (char *) "--kiosk", NULL };

  for (int i = 1; i < argc; i++)
    if (g_strcmp0 (argv[i], "--kiosk") == 0)
      kiosk = TRUE;

  /* A home of its own: the questions and the diary start empty. */
  home = g_dir_make_tmp ("mbc-keyboard-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);

  mbc_test_init (&argc, &argv);
  /* Only the print-to-file printer, so that no print server is asked. */
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);

  if (kiosk)
    {
      g_test_add_func ("/mbc/keyboard-tasks/workstation", test_workstation);
    }
  else
    {
      g_test_add_func ("/mbc/keyboard-tasks/choose-site", test_choose_site);
      g_test_add_func ("/mbc/keyboard-tasks/switcher", test_switcher);
      g_test_add_func ("/mbc/keyboard-tasks/choose-site-narrow", test_choose_site_narrow);
      g_test_add_func ("/mbc/keyboard-tasks/questions", test_questions);
      g_test_add_func ("/mbc/keyboard-tasks/diary", test_diary);
      g_test_add_func ("/mbc/keyboard-tasks/search", test_search);
      g_test_add_func ("/mbc/keyboard-tasks/menu", test_menu);
      g_test_add_func ("/mbc/keyboard-tasks/language", test_language);
    }

  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "language", "en");
  g_settings_set_string (settings, "default-language", "en");
  g_settings_set_uint (settings, "idle-timeout", 3600);
  g_settings_set_uint (settings, "idle-warning", 600);
  g_settings_set_boolean (settings, "kiosk-allow-printing", TRUE);

  /* The keyboard comes before the window. */
  seat = mbc_test_seat_new ();

  app = mbc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), kiosk ? 2 : 1, args), ==, 0);
  g_assert_finalize_object (app);

  mbc_test_seat_free (seat);
  mbc_test_remove_tree (home);

  return status;
}
