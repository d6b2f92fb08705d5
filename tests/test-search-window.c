/* test-search-window.c: the search across the whole guide, used as a
 * person would, in the guide's window
 *
 * Runs inside a headless mutter (run-under-mutter.sh): Ctrl+F, the
 * words typed, Down, Enter and Escape are pressed through its remote
 * desktop (mbc-test-seat.c), and go through all of GTK's event
 * handling, as a real keyboard's do. What a person sees (the rows, the
 * view and the row a result opens, on screen) and what a screen reader
 * hears (each row's name, the number of results) are checked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-body-map.h"
#include "mbc-diary.h"
#include "mbc-guide-view.h"
#include "mbc-language.h"
#include "mbc-my-question-list.h"
#include "mbc-page-mark.h"
#include "mbc-search-page.h"
#include "mbc-search-row.h"
#include "mbc-site.h"
#include "mbc-symptom.h"
#include "mbc-test-seat.h"
#include "mbc-test-util.h"
#include "mbc-urgency.h"

static MbcTestSeat *seat;

#define OWN_QUESTION "Can I still go swimming in the lake this summer?"
#define DIARY_NOTE "Worse after the long drive to the coast"

typedef struct
{
  MbcContent        *content;
  MbcWindow         *window;
  MbcDiary          *diary;
  MbcMyQuestionList *questions;
  MbcMyQuestion     *own;
  gint64             entry_id;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(MbcDiaryEntry) entry = NULL;
  MbcDiaryEntry *added;
  GDateTime *now = g_date_time_new_now_local ();

  if (data != NULL)
    g_assert_true (mbc_language_set (data));
  f->content = mbc_test_load_content ();
  f->window = mbc_test_open_window (f->content, 1100, 800);

  f->questions = mbc_my_question_list_new (NULL);
  g_assert_true (mbc_my_question_list_load (f->questions, NULL));
  f->own = mbc_my_question_new (OWN_QUESTION, NULL);
  mbc_my_question_list_append (f->questions, f->own);

  f->diary = mbc_diary_new (NULL);
  mbc_diary_set_content (f->diary, f->content);
  g_assert_true (mbc_diary_load (f->diary, NULL));
  entry = mbc_diary_entry_new (MBC_DIARY_KIND_SIGN, "bones-pain", NULL,
                               g_date_time_to_unix (now) - 3600, 4, -1, NULL, DIARY_NOTE);
  added = mbc_diary_add (f->diary, entry, NULL);
  g_assert_nonnull (added);
  f->entry_id = mbc_diary_entry_get_id (added);
  g_date_time_unref (now);

  mbc_window_set_question_list (f->window, f->questions);
  mbc_window_set_diary (f->window, f->diary);
  mbc_test_wait_frame (GTK_WIDGET (f->window));
  g_assert_true (mbc_test_seat_wait_for_focus (seat, GTK_WINDOW (f->window)));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  mbc_test_close_window (f->window);
  g_assert_finalize_object (f->diary);
  g_clear_object (&f->own);
  g_assert_finalize_object (f->questions);
  g_assert_finalize_object (f->content);
  if (data != NULL)
    g_assert_true (mbc_language_set ("en"));
}

static MbcSymptom *
find_symptom (MbcContent *content,
              const char *site_id,
              const char *id)
{
  MbcSite *site = mbc_content_find_site (content, site_id);
  GListModel *symptoms;

  g_assert_nonnull (site);
  symptoms = mbc_site_get_symptoms (site);
  for (guint i = 0; i < g_list_model_get_n_items (symptoms); i++)
    {
      MbcSymptom *symptom = g_list_model_get_item (symptoms, i);

      if (g_strcmp0 (mbc_symptom_get_id (symptom), id) == 0)
        return symptom;
      g_object_unref (symptom);
    }

  return NULL;
}

static GtkWidget *
focus_of (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static MbcSearchPage *
search_page (Fixture *f)
{
  GtkWidget *guide = mbc_test_find_type (GTK_WIDGET (f->window), MBC_TYPE_GUIDE_VIEW);

  return MBC_SEARCH_PAGE (mbc_guide_view_get_search_page (MBC_GUIDE_VIEW (guide)));
}

static GtkWidget *
search_entry (Fixture *f)
{
  return mbc_test_find_type (GTK_WIDGET (f->window), GTK_TYPE_SEARCH_ENTRY);
}

/* Waits until the results are there for what was typed. */
static void
wait_for_results (Fixture *f)
{
  for (guint i = 0; i < 200 && (search_page (f) == NULL || mbc_search_page_get_pending (search_page (f))); i++)
    mbc_test_iterate (10);
  g_assert_nonnull (search_page (f));
  g_assert_false (mbc_search_page_get_pending (search_page (f)));
  mbc_test_wait_frame (GTK_WIDGET (f->window));
  mbc_test_iterate (50);
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
      g_assert_true (mbc_test_seat_press (seat, key));
    }
  mbc_test_iterate (100);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (MBC_IS_SEARCH_ROW (widget))
    {
      if (mbc_test_is_showing (widget) && mbc_search_row_get_result (MBC_SEARCH_ROW (widget)) != NULL)
        g_ptr_array_add (rows, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* The rows on screen, top to bottom. */
static GPtrArray *
showing_rows (Fixture *f)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (mbc_search_page_get_list (search_page (f)), rows);

  return rows;
}

/* The position in the results of @kind and @id, or -1. */
static int
find_result (Fixture       *f,
             MbcSearchKind  kind,
             const char    *id)
{
  GListModel *results = mbc_search_page_get_results (search_page (f));

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(MbcSearchResult) result = g_list_model_get_item (results, i);

      if (mbc_search_result_get_kind (result) == kind &&
          g_strcmp0 (mbc_search_result_get_id (result), id) == 0)
        return i;
    }

  return -1;
}

static GtkWidget *
find_marked (GtkWidget *widget)
{
  if (gtk_widget_has_css_class (widget, "search-mark") && mbc_test_is_showing (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_marked (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Waits for the row a result opened: tinted, on screen in its page,
 * and with the keyboard focus in it or just after it. Returns it.
 */
static GtkWidget *
wait_for_mark (Fixture    *f,
               const char *key)
{
  GtkWidget *marked = NULL;
  GtkWidget *scroller;
  graphene_rect_t bounds;

  for (guint i = 0; i < 200; i++)
    {
      marked = mbc_page_mark_find (GTK_WIDGET (f->window), key);
      if (marked != NULL && gtk_widget_has_css_class (marked, "search-mark"))
        break;
      mbc_test_iterate (10);
    }
  g_assert_nonnull (marked);
  g_assert_true (gtk_widget_has_css_class (marked, "search-mark"));
  /* The row of the result opened, and it alone. */
  g_assert_true (find_marked (GTK_WIDGET (f->window)) == marked);
  mbc_test_wait_frame (marked);
  mbc_test_iterate (100);

  /* Its top is in the part of the page on screen. */
  scroller = gtk_widget_get_ancestor (marked, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  g_assert_true (gtk_widget_compute_bounds (marked, scroller, &bounds));
  g_test_message ("the row opened is at %.0f of %d", bounds.origin.y, gtk_widget_get_height (scroller));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  /* A page is put with the row near its top; the Resources list, whose
   * rows GTK 4.8's list places, just brings it on screen, whole.
   */
  if (g_str_has_prefix (key, "resource:"))
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));
  else
    g_assert_cmpfloat (bounds.origin.y, <, gtk_widget_get_height (scroller) / 2.0);

  g_assert_nonnull (focus_of (f));
  g_assert_true (mbc_test_is_showing (focus_of (f)));

  return marked;
}

/* The search bar slides away as it closes. */
static gboolean
search_closed (Fixture *f)
{
  for (guint i = 0; i < 100 && mbc_test_is_showing (search_entry (f)); i++)
    mbc_test_iterate (10);

  return !mbc_test_is_showing (search_entry (f));
}

static void
open_search (Fixture *f)
{
  g_assert_true (mbc_test_seat_press (seat, "<Control>f"));
  mbc_test_iterate (200);
  g_assert_true (mbc_test_is_showing (search_entry (f)));
  g_assert_true (gtk_widget_is_ancestor (focus_of (f), search_entry (f)));
}

/* Ctrl+F, a word's beginning, Down, Enter, and back with Escape. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(MbcSymptom) jaundice = NULL;
  g_autofree char *spoken = NULL;
  g_autofree char *count = NULL;
  GListModel *results;
  GtkWidget *marked;
  GtkWidget *focus;
  int position;
  guint n;

  open_search (f);
  type ("jaun");
  wait_for_results (f);

  /* The results are in place of the views, grouped by kind. */
  results = mbc_search_page_get_results (search_page (f));
  n = g_list_model_get_n_items (results);
  g_assert_cmpuint (n, >=, 2);
  g_assert_true (mbc_test_is_showing (mbc_search_page_get_list (search_page (f))));
  g_assert_null (mbc_test_find_exact_label (GTK_WIDGET (f->window), "How the Body Map Works"));
  position = find_result (f, MBC_SEARCH_KIND_SIGN, "liver-jaundice");
  g_assert_cmpint (position, ==, 0);
  g_assert_cmpint (find_result (f, MBC_SEARCH_KIND_TERM, "jaundice"), >, 0);
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (f->window), "Signs"));
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (f->window), "Words You May Hear"));

  /* A screen reader hears what each row is, and how many there are. */
  rows = showing_rows (f);
  g_assert_cmpuint (rows->len, ==, n);
  jaundice = find_symptom (f->content, "liver", "liver-jaundice");
  g_assert_nonnull (jaundice);
  spoken = g_strdup_printf ("Sign, Liver, %s: %s", mbc_urgency_get_title (MBC_URGENCY_CALL),
                            mbc_symptom_get_text (jaundice));
  gtk_test_accessible_assert_property (g_ptr_array_index (rows, 0),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, spoken);
  g_assert_cmpuint (mbc_search_page_get_n_results (search_page (f)), ==, n);
  count = g_strdup_printf ("%u results", n);
  gtk_test_accessible_assert_property (search_entry (f), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count);

  /* Down goes to the results; Down again and Enter opens the second. */
  g_assert_true (mbc_test_seat_press (seat, "Down"));
  mbc_test_iterate (100);
  focus = focus_of (f);
  g_assert_true (gtk_widget_is_ancestor (focus, mbc_search_page_get_list (search_page (f))));
  g_assert_true (mbc_test_seat_press (seat, "Down"));
  g_assert_true (mbc_test_seat_press (seat, "Return"));
  marked = wait_for_mark (f, "term:jaundice");
  g_assert_cmpstr (mbc_window_get_visible_view (f->window), ==, "basics");
  g_assert_nonnull (mbc_test_find_exact_label (marked, "Jaundice"));
  g_assert_true (search_closed (f));
  g_assert_true (focus_of (f) == marked || gtk_widget_is_ancestor (focus_of (f), marked));

  /* The search again, empty: Enter opens nothing. Words, and Enter
   * opens the first.
   */
  open_search (f);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry (f))), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_assert_true (mbc_test_seat_press (seat, "Return"));
  mbc_test_iterate (200);
  g_assert_true (mbc_test_is_showing (search_entry (f)));
  g_assert_cmpstr (mbc_window_get_visible_view (f->window), ==, "basics");
  type ("jaun");
  wait_for_results (f);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, n);
  g_assert_true (mbc_test_seat_press (seat, "Return"));
  marked = wait_for_mark (f, "sign:liver-jaundice");
  g_assert_cmpstr (mbc_window_get_visible_view (f->window), ==, "map");
  g_assert_cmpstr (mbc_guide_view_get_selected_site (MBC_GUIDE_VIEW (mbc_test_find_type (GTK_WIDGET (f->window), MBC_TYPE_GUIDE_VIEW))),
                   ==, "liver");
  g_assert_nonnull (mbc_test_find_label (marked, mbc_symptom_get_text (jaundice)));

  /* Escape closes the search and gives the focus back where it was,
   * from the search box and from among the results.
   */
  focus = focus_of (f);
  open_search (f);
  g_assert_true (mbc_test_seat_press (seat, "Escape"));
  mbc_test_iterate (300);
  g_assert_true (search_closed (f));
  g_assert_cmpstr (mbc_window_get_visible_view (f->window), ==, "map");
  g_assert_true (focus_of (f) == focus);

  open_search (f);
  type ("liver");
  wait_for_results (f);
  g_assert_true (mbc_test_seat_press (seat, "Down"));
  mbc_test_iterate (100);
  g_assert_true (gtk_widget_is_ancestor (focus_of (f), mbc_search_page_get_list (search_page (f))));
  g_assert_true (mbc_test_seat_press (seat, "Escape"));
  mbc_test_iterate (300);
  g_assert_true (search_closed (f));
  g_assert_true (focus_of (f) == focus);
}

/* Typing anywhere starts a search, from the body map too. */
static void
test_type_to_search (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *region;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "map"));
  region = mbc_body_map_get_region (MBC_BODY_MAP (mbc_test_find_type (GTK_WIDGET (f->window),
                                                                       MBC_TYPE_BODY_MAP)),
                                    "bones");
  g_assert_nonnull (region);
  g_assert_true (gtk_widget_grab_focus (region));
  mbc_test_iterate (100);
  g_assert_true (search_closed (f));

  type ("lung");
  wait_for_results (f);
  g_assert_true (mbc_test_is_showing (search_entry (f)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry (f))), ==, "lung");
  g_assert_cmpint (find_result (f, MBC_SEARCH_KIND_SITE, "lungs"), ==, 0);

  g_assert_true (mbc_test_seat_press (seat, "Return"));
  wait_for_mark (f, "site:lungs");
  g_assert_cmpstr (mbc_guide_view_get_selected_site (MBC_GUIDE_VIEW (mbc_test_find_type (GTK_WIDGET (f->window), MBC_TYPE_GUIDE_VIEW))),
                   ==, "lungs");
}

/* Every kind of thing is found, and opens at its place. */
static void
test_every_kind (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *own_id = g_strdup_printf ("%p", f->own);
  g_autofree char *entry_id = g_strdup_printf ("%" G_GINT64_FORMAT, f->entry_id);
  struct {
    const char    *query;
    MbcSearchKind  kind;
    const char    *id;
    const char    *view;
    const char    *words;
  } finds[] = {
    { "liver", MBC_SEARCH_KIND_SITE, "liver", "map", "Liver" },
    { "yellow skin", MBC_SEARCH_KIND_TERM, "jaundice", "basics", "Jaundice" },
    { "high calcium", MBC_SEARCH_KIND_TERM, "hypercalcemia", "basics", "Hypercalcemia" },
    { "bone scan", MBC_SEARCH_KIND_TEST, "bone-scan", "basics", "Bone scan" },
    { "tamoxifen", MBC_SEARCH_KIND_TREATMENT, "hormone-therapy", "treatments", "Hormone therapy" },
    { "triple negative", MBC_SEARCH_KIND_SUBTYPE, "triple-negative", "treatments", NULL },
    { "stages breast", MBC_SEARCH_KIND_BASICS, "stages", "basics", NULL },
    { "qualify trial", MBC_SEARCH_KIND_SUGGESTED_QUESTION, "q-trial-qualify", "questions", NULL },
    { "swim lake", MBC_SEARCH_KIND_OWN_QUESTION, own_id, "questions", NULL },
    { "drive coast", MBC_SEARCH_KIND_DIARY_ENTRY, entry_id, "diary", NULL },
    { "komen helpline", MBC_SEARCH_KIND_RESOURCE, "komen-helpline", "resources", NULL },
  };

  /* A kind whose names match comes before one whose text only
   * mentions the word: "komen" is a help line's name first.
   */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (search_entry (f)), "komen");
  wait_for_results (f);
  {
    g_autoptr(MbcSearchResult) first = g_list_model_get_item (mbc_search_page_get_results (search_page (f)), 0);

    g_assert_cmpint (mbc_search_result_get_kind (first), ==, MBC_SEARCH_KIND_RESOURCE);
    g_assert_cmpint (find_result (f, MBC_SEARCH_KIND_SITE, "bones"), >, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (finds); i++)
    {
      GtkWidget *marked;
      int position;

      g_test_message ("searching for “%s”", finds[i].query);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
      gtk_editable_set_text (GTK_EDITABLE (search_entry (f)), finds[i].query);
      wait_for_results (f);
      position = find_result (f, finds[i].kind, finds[i].id);
      g_assert_cmpint (position, >=, 0);

      {
        g_autoptr(MbcSearchResult) result = g_list_model_get_item (mbc_search_page_get_results (search_page (f)),
                                                                   position);
        g_autofree char *key = mbc_search_result_dup_key (result);

        g_assert_true (gtk_widget_activate_action (mbc_search_page_get_list (search_page (f)),
                                                   "list.activate-item", "u", position));
        marked = wait_for_mark (f, key);
      }
      g_assert_cmpstr (mbc_window_get_visible_view (f->window), ==, finds[i].view);
      if (finds[i].words != NULL)
        g_assert_nonnull (mbc_test_find_exact_label (marked, finds[i].words));
    }
}

/* Nothing found says so, and offers the body map and the help lines. */
static void
test_no_results (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *button;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "questions"));
  open_search (f);
  type ("zzqxv");
  wait_for_results (f);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_search_page_get_results (search_page (f))), ==, 0);
  g_assert_true (mbc_test_is_showing (mbc_test_find_exact_label (GTK_WIDGET (f->window), "No Results Found")));
  gtk_test_accessible_assert_property (search_entry (f), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "No results");
  /* The emergency line stays in reach. */
  g_assert_true (mbc_test_is_showing (mbc_test_find_label (GTK_WIDGET (f->window), "In an emergency")));

  button = gtk_widget_get_ancestor (mbc_test_find_exact_label (GTK_WIDGET (f->window), "Open the Body Map"),
                                    GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  /* A button shows itself pressed for a moment before it acts. */
  mbc_test_iterate (400);
  g_assert_cmpstr (mbc_window_get_visible_view (f->window), ==, "map");
  g_assert_true (search_closed (f));

  open_search (f);
  type ("zzqxv");
  wait_for_results (f);
  button = gtk_widget_get_ancestor (mbc_test_find_exact_label (GTK_WIDGET (f->window), "See Help Lines"),
                                    GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_activate (button));
  /* A button shows itself pressed for a moment before it acts. */
  mbc_test_iterate (400);
  g_assert_cmpstr (mbc_window_get_visible_view (f->window), ==, "resources");

  /* No words, no results page: the view is back. */
  open_search (f);
  gtk_editable_set_text (GTK_EDITABLE (search_entry (f)), "");
  mbc_test_iterate (100);
  g_assert_null (mbc_test_find_exact_label (GTK_WIDGET (f->window), "No Results Found"));
  g_assert_cmpstr (mbc_window_get_visible_view (f->window), ==, "resources");
}

/* A word in much of the guide: the list is given a screenful of its
 * results, and more as it is scrolled to its end, until all are there.
 */
static void
test_many_results (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *shown;
  GtkAdjustment *adjustment;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *count = NULL;
  guint total;
  guint first;

  open_search (f);
  type ("cancer");
  wait_for_results (f);
  shown = mbc_search_page_get_results (search_page (f));
  total = mbc_search_page_get_n_results (search_page (f));
  first = g_list_model_get_n_items (shown);
  g_test_message ("%u results, %u in the list at first", total, first);
  g_assert_cmpuint (total, >, 60);
  g_assert_cmpuint (first, <, 30);
  rows = showing_rows (f);
  g_assert_cmpuint (rows->len, <=, first);
  /* The screen reader hears how many there are in all. */
  count = g_strdup_printf ("%u results", total);
  gtk_test_accessible_assert_property (search_entry (f), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count);

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (mbc_search_page_get_list (search_page (f))));
  for (guint i = 0; i < 200 && g_list_model_get_n_items (shown) < total; i++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      mbc_test_wait_frame (GTK_WIDGET (f->window));
      mbc_test_iterate (20);
    }
  g_test_message ("%u in the list after scrolling", g_list_model_get_n_items (shown));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);

  /* The last result is there to see at the end. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  mbc_test_wait_frame (GTK_WIDGET (f->window));
  mbc_test_iterate (100);
  g_ptr_array_unref (g_steal_pointer (&rows));
  rows = showing_rows (f);
  {
    g_autoptr(MbcSearchResult) last = g_list_model_get_item (shown, total - 1);
    MbcSearchResult *bottom = mbc_search_row_get_result (g_ptr_array_index (rows, rows->len - 1));

    g_assert_true (bottom == last);
  }

  /* A new query starts again with a screenful. */
  type (" cells");
  wait_for_results (f);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <=, first);
}

/* A question added while the search is open is found at once; one
 * removed is no longer found.
 */
static void
test_person_changes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MbcMyQuestion) added = mbc_my_question_new ("Who do I call about the cat at night?", NULL);
  g_autofree char *added_id = g_strdup_printf ("%p", added);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (search_entry (f)), "cat night");
  wait_for_results (f);
  g_assert_cmpint (find_result (f, MBC_SEARCH_KIND_OWN_QUESTION, added_id), ==, -1);

  mbc_my_question_list_append (f->questions, added);
  wait_for_results (f);
  g_assert_cmpint (find_result (f, MBC_SEARCH_KIND_OWN_QUESTION, added_id), >=, 0);

  g_object_unref (mbc_my_question_list_remove (f->questions,
                                               g_list_model_get_n_items (G_LIST_MODEL (f->questions)) - 1));
  wait_for_results (f);
  g_assert_cmpint (find_result (f, MBC_SEARCH_KIND_OWN_QUESTION, added_id), ==, -1);

  /* Without a diary (a workstation keeps none), no entry is found. */
  gtk_editable_set_text (GTK_EDITABLE (search_entry (f)), "drive coast");
  wait_for_results (f);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_search_page_get_results (search_page (f))), >, 0);
  mbc_window_set_diary (f->window, NULL);
  wait_for_results (f);
  for (guint i = 0; i < g_list_model_get_n_items (mbc_search_page_get_results (search_page (f))); i++)
    {
      g_autoptr(MbcSearchResult) result = g_list_model_get_item (mbc_search_page_get_results (search_page (f)), i);

      g_assert_cmpint (mbc_search_result_get_kind (result), !=, MBC_SEARCH_KIND_DIARY_ENTRY);
    }
}

/* In Spanish, the search finds the Spanish texts, accents or none, and
 * says so in Spanish.
 */
static void
test_spanish (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *count = NULL;

  open_search (f);
  type ("higado");
  wait_for_results (f);
  g_assert_cmpint (find_result (f, MBC_SEARCH_KIND_SITE, "liver"), ==, 0);
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (f->window), "Partes del cuerpo"));
  rows = showing_rows (f);
  gtk_test_accessible_assert_property (g_ptr_array_index (rows, 0),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Parte del cuerpo: Hígado");
  count = g_strdup_printf ("%u resultados", mbc_search_page_get_n_results (search_page (f)));
  gtk_test_accessible_assert_property (search_entry (f), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count);

  gtk_editable_set_text (GTK_EDITABLE (search_entry (f)), "METASTASIS");
  wait_for_results (f);
  g_assert_cmpint (find_result (f, MBC_SEARCH_KIND_TERM, "metastasis"), >=, 0);

  gtk_editable_set_text (GTK_EDITABLE (search_entry (f)), "calcio alto");
  wait_for_results (f);
  g_assert_cmpint (find_result (f, MBC_SEARCH_KIND_TERM, "hypercalcemia"), >=, 0);

  gtk_editable_set_text (GTK_EDITABLE (search_entry (f)), "zzqxv");
  wait_for_results (f);
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (f->window), "No se encontró nada"));
  gtk_test_accessible_assert_property (search_entry (f), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Ningún resultado");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mbc_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/mbc/search-window/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("keyboard", test_keyboard);
  ADD ("type-to-search", test_type_to_search);
  ADD ("every-kind", test_every_kind);
  ADD ("no-results", test_no_results);
  ADD ("person-changes", test_person_changes);
  ADD ("many-results", test_many_results);
  g_test_add ("/mbc/search-window/spanish", Fixture, "es", fixture_setup, test_spanish,
              fixture_teardown);

  seat = mbc_test_seat_new ();
  status = g_test_run ();
  mbc_test_seat_free (seat);

  return status;
}
