/* test-basics-view.c: the Basics view, read as a person would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-basics-view.h"
#include "mbc-fact.h"
#include "mbc-map-view.h"
#include "mbc-medical-test.h"
#include "mbc-site-page.h"
#include "mbc-symptom.h"
#include "mbc-term.h"
#include "mbc-test-util.h"

static GtkWidget *
open_basics (MbcWindow *window)
{
  GtkWidget *view;

  mbc_test_activate (window, "win.view", "basics");
  view = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_BASICS_VIEW);
  g_assert_nonnull (view);
  g_assert_true (mbc_test_is_showing (view));

  return view;
}

static void
assert_shows_facts (const char *text,
                    GListModel *facts)
{
  g_assert_cmpuint (g_list_model_get_n_items (facts), >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(MbcFact) fact = g_list_model_get_item (facts, i);
      const char * const *points = mbc_fact_get_points (fact);

      g_assert_nonnull (strstr (text, mbc_fact_get_title (fact)));
      g_assert_nonnull (strstr (text, mbc_fact_get_text (fact)));
      for (guint j = 0; points != NULL && points[j] != NULL; j++)
        {
          g_autofree char *bullet = g_strdup_printf ("• %s", points[j]);

          g_assert_nonnull (strstr (text, bullet));
        }
    }
}

/* Every section is there, with every fact, test and word of the content. */
static void
test_sections (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GtkWidget *view = open_basics (window);
  g_autofree char *text = mbc_test_dup_visible_text (view);
  static const char *headings[] = {
    "The Basics", "About Metastatic Breast Cancer", "When to Get Help", "Get help now",
    "How Spread Is Found", "Living With Metastatic Breast Cancer", "Words You May Hear",
  };
  GListModel *tests = mbc_content_get_tests (content);
  GListModel *glossary = mbc_content_get_glossary (content);
  const char *last = text;

  /* In this order, as a person scrolling down meets them. */
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      const char *at = strstr (last, headings[i]);

      g_test_message ("heading %s", headings[i]);
      g_assert_nonnull (at);
      last = at;
    }

  assert_shows_facts (text, mbc_content_get_basics (content));
  assert_shows_facts (text, mbc_content_get_help (content));
  assert_shows_facts (text, mbc_content_get_living (content));

  for (guint i = 0; i < g_list_model_get_n_items (tests); i++)
    {
      g_autoptr(MbcMedicalTest) test = g_list_model_get_item (tests, i);

      g_assert_nonnull (strstr (text, mbc_medical_test_get_name (test)));
      g_assert_nonnull (strstr (text, mbc_medical_test_get_description (test)));
    }

  g_assert_cmpuint (g_list_model_get_n_items (glossary), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(MbcTerm) term = g_list_model_get_item (glossary, i);

      g_assert_nonnull (strstr (text, mbc_term_get_term (term)));
      g_assert_nonnull (strstr (text, mbc_term_get_definition (term)));
    }

  /* Each item says where its facts come from. */
  g_assert_nonnull (strstr (text, "Sources: "));

  mbc_test_close_window (window);
}

/* Finds the row in @view that holds the label @text. */
static GtkWidget *
find_row (GtkWidget  *view,
          const char *text)
{
  GtkWidget *label = mbc_test_find_exact_label (view, text);

  g_assert_nonnull (label);

  return gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
}

/* Every sign that needs help at once, from every site, is listed under
 * "Get help now", says so to a screen reader, and leads to its site.
 */
static void
test_emergency_signs (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GtkWidget *view = open_basics (window);
  GListModel *sites = mbc_content_get_sites (content);
  g_autoptr(GHashTable) first_site = g_hash_table_new (g_str_hash, g_str_equal);
  MbcSite *last_site = NULL;
  const char *last_text = NULL;
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);

      for (guint j = 0; j < g_list_model_get_n_items (symptoms); j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);
          const char *text = mbc_symptom_get_text (symptom);
          g_autofree char *description = NULL;
          g_autofree char *row_text = NULL;
          MbcSite *first;
          GtkWidget *row;
          GtkWidget *tier;

          if (mbc_symptom_get_urgency (symptom) != MBC_URGENCY_EMERGENCY)
            continue;

          /* A sign that two places share is listed once, naming both. */
          first = g_hash_table_lookup (first_site, text);
          if (first == NULL)
            g_hash_table_insert (first_site, (gpointer) text, (first = site));

          row = find_row (view, text);
          g_assert_nonnull (row);
          g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
          row_text = mbc_test_dup_visible_text (row);
          g_assert_nonnull (strstr (row_text, "See: "));
          g_assert_nonnull (strstr (row_text, mbc_site_get_name (site)));

          tier = gtk_widget_get_ancestor (gtk_widget_get_parent (row), GTK_TYPE_BOX);
          while (tier != NULL && !gtk_widget_has_css_class (tier, "tier"))
            tier = gtk_widget_get_ancestor (gtk_widget_get_parent (tier), GTK_TYPE_BOX);
          g_assert_nonnull (tier);
          g_assert_true (gtk_widget_has_css_class (tier, "urgency-emergency"));

          description = g_strdup_printf ("Get help now. Opens %s.", mbc_site_get_name (first));
          gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                               description);
          n++;
          last_site = first;
          last_text = text;
        }
    }

  g_test_message ("%u signs need help at once", n);
  g_assert_cmpuint (n, >=, 5);

  /* Enter or a tap on a sign opens its site on the map. */
  {
    GtkWidget *row = find_row (view, last_text);
    GtkWidget *map;

    g_assert_true (gtk_widget_activate (row));
    mbc_test_iterate (100);
    g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "map");
    map = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_MAP_VIEW);
    g_assert_cmpstr (mbc_map_view_get_selected_site (MBC_MAP_VIEW (map)), ==,
                     mbc_site_get_id (last_site));
    /* The site's page may take a few frames on a busy machine. */
    for (guint i = 0; i < 100 && mbc_test_find_exact_label (map, last_text) == NULL; i++)
      mbc_test_iterate (50);
    g_assert_nonnull (mbc_test_find_exact_label (mbc_test_find_type (map, MBC_TYPE_SITE_PAGE),
                                                 last_text));
  }

  mbc_test_close_window (window);
}

/* At 360 px the view fits, and its rows stay readable. */
static void
test_narrow (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 360, 720);
  GtkWidget *view = open_basics (window);
  int minimum;

  gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("the Basics view needs %d px", minimum);
  g_assert_cmpint (minimum, <=, 360);

  mbc_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);

  g_test_add_func ("/mbc/basics-view/sections", test_sections);
  g_test_add_func ("/mbc/basics-view/emergency-signs", test_emergency_signs);
  g_test_add_func ("/mbc/basics-view/narrow", test_narrow);

  return g_test_run ();
}
