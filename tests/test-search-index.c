/* test-search-index.c: the search across the whole guide, without the window
 *
 * The real content, in English and in Spanish, searched as a person
 * types: accents or none, capitals or none, the beginnings of words, in
 * any order; every kind of thing found, grouped by kind; the index built
 * on a worker thread the same as here; and a hospital's pack of 2,000
 * resources searched too. The times are reported, never asserted: the
 * benchmark measures speed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-language.h"
#include "mbc-question-group.h"
#include "mbc-search-fold.h"
#include "mbc-search-index.h"
#include "mbc-search-index-private.h"
#include "mbc-symptom.h"
#include "mbc-test-files.h"
#include "mbc-test-util.h"
#include "mbc-urgency.h"

#define N_PACK_RESOURCES 2000

static MbcSearchResult *
get_result (GListModel *results,
            guint       position)
{
  MbcSearchResult *result = g_list_model_get_item (results, position);

  g_object_unref (result);
  return result;
}

/* The position of the result of @kind and @id in @results, or -1. */
static int
find_result (GListModel    *results,
             MbcSearchKind  kind,
             const char    *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      MbcSearchResult *result = get_result (results, i);

      if (mbc_search_result_get_kind (result) == kind &&
          g_str_equal (mbc_search_result_get_id (result), id))
        return i;
    }

  return -1;
}

static GListModel *
search (MbcSearchIndex *index,
        const char     *query)
{
  GListModel *results = mbc_search_index_search (index, query, 0);
  guint n = g_list_model_get_n_items (results);

  g_test_message ("“%s”: %u results", query, n);
  for (guint i = 0; i < n && i < 3; i++)
    {
      MbcSearchResult *result = get_result (results, i);

      g_test_message ("  %u %s %s %u", i, mbc_search_result_get_id (result),
                      mbc_search_result_get_title (result), mbc_search_result_get_score (result));
    }

  return results;
}

static void
assert_finds (MbcSearchIndex *index,
              const char     *query,
              MbcSearchKind   kind,
              const char     *id)
{
  g_autoptr(GListModel) results = search (index, query);

  if (find_result (results, kind, id) < 0)
    g_error ("“%s” does not find %s “%s”", query,
             g_enum_to_string (MBC_TYPE_SEARCH_KIND, kind), id);
}

/* Every list the index gives: grouped by kind in the kinds' order, best
 * first within each kind, each title's marks inside the title.
 */
static void
assert_well_formed (GListModel *results)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      MbcSearchResult *result = get_result (results, i);
      const char *title = mbc_search_result_get_title (result);
      const MbcSearchRange *ranges;
      guint n_ranges;

      ranges = mbc_search_result_get_title_ranges (result, &n_ranges);
      for (guint r = 0; r < n_ranges; r++)
        {
          g_assert_cmpuint (ranges[r].start, <, ranges[r].end);
          g_assert_cmpuint (ranges[r].end, <=, strlen (title));
          if (r > 0)
            g_assert_cmpuint (ranges[r - 1].end, <=, ranges[r].start);
        }
      g_assert_nonnull (mbc_search_result_get_matched_words (result)[0]);

      if (i > 0)
        {
          MbcSearchResult *previous = get_result (results, i - 1);

          g_assert_cmpint (mbc_search_result_get_kind (previous), <=,
                           mbc_search_result_get_kind (result));
          if (mbc_search_result_get_kind (previous) == mbc_search_result_get_kind (result))
            g_assert_cmpuint (mbc_search_result_get_score (previous), >=,
                              mbc_search_result_get_score (result));
        }
    }
}

static char *
title_part (MbcSearchResult *result,
            guint            range)
{
  const MbcSearchRange *ranges;
  guint n_ranges;

  ranges = mbc_search_result_get_title_ranges (result, &n_ranges);
  g_assert_cmpuint (range, <, n_ranges);

  return g_strndup (mbc_search_result_get_title (result) + ranges[range].start,
                    ranges[range].end - ranges[range].start);
}

static void
test_fold (void)
{
  g_autofree char *liver = mbc_search_fold ("Hígado");
  g_autofree char *spread = mbc_search_fold ("METÁSTASIS");
  /* An "a" followed by a combining acute accent, as some keyboards write it. */
  g_autofree char *decomposed = mbc_search_fold ("Meta\xcc\x81stasis");
  g_autofree char *german = mbc_search_fold ("Straße");
  g_autofree char *ligature = mbc_search_fold ("\xef\xac\x81ve");
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (MbcSearchWord));
  const char *text = "  Ictericia (¡piel amarilla!)";
  MbcSearchWord *word;

  g_assert_cmpstr (liver, ==, "higado");
  g_assert_cmpstr (spread, ==, "metastasis");
  g_assert_cmpstr (decomposed, ==, "metastasis");
  g_assert_cmpstr (german, ==, "strasse");
  g_assert_cmpstr (ligature, ==, "five");

  g_assert_cmpuint (mbc_search_fold_words (text, folded, words), ==, 3);
  word = &g_array_index (words, MbcSearchWord, 1);
  g_assert_cmpstr (folded->str + word->folded, ==, "piel");
  g_assert_cmpuint (word->start, ==, strlen ("  Ictericia (¡"));
  g_assert_cmpuint (word->end, ==, strlen ("  Ictericia (¡piel"));
  g_assert_cmpuint (mbc_search_fold_prefix_end ("Hígado", strlen ("Hígado"), 2), ==, strlen ("Hí"));
}

static void
test_english (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(MbcSearchIndex) index = mbc_search_index_new (content);
  g_autoptr(GListModel) jaundice = NULL;
  g_autoptr(GListModel) liver = NULL;
  g_autoptr(GListModel) pain_back = NULL;
  g_autoptr(GListModel) back_pain = NULL;
  g_autoptr(GListModel) bone = NULL;
  MbcSite *liver_site = mbc_content_find_site (content, "liver");
  MbcSymptom *symptom;
  g_autofree char *part = NULL;
  g_autofree char *expected_context = NULL;
  MbcSearchResult *result;
  int position;

  /* The beginning of a word: the sign on the liver's page, with its
   * place and its tier, and the word in the glossary.
   */
  jaundice = search (index, "jaun");
  assert_well_formed (jaundice);
  position = find_result (jaundice, MBC_SEARCH_KIND_SIGN, "liver-jaundice");
  g_assert_cmpint (position, >=, 0);
  g_assert_cmpint (find_result (jaundice, MBC_SEARCH_KIND_TERM, "jaundice"), >, position);
  result = get_result (jaundice, position);
  g_assert_cmpstr (mbc_search_result_get_site_id (result), ==, "liver");
  symptom = MBC_SYMPTOM (mbc_content_find_item (content, mbc_site_get_symptoms (liver_site),
                                                "liver-jaundice"));
  g_assert_cmpint (mbc_search_result_get_urgency (result), ==, mbc_symptom_get_urgency (symptom));
  g_assert_cmpint (mbc_search_result_get_urgency (result), ==, MBC_URGENCY_CALL);
  expected_context = g_strdup_printf ("%s · %s", mbc_site_get_name (liver_site),
                                      mbc_urgency_get_title (MBC_URGENCY_CALL));
  g_assert_cmpstr (mbc_search_result_get_context (result), ==, expected_context);
  part = title_part (result, 0);
  g_assert_cmpstr (part, ==, "Jaun");
  g_assert_true (g_strv_contains (mbc_search_result_get_matched_words (result), "Jaundice"));
  /* Only signs carry a tier. */
  g_assert_cmpint (mbc_search_result_get_urgency (get_result (jaundice, g_list_model_get_n_items (jaundice) - 1)),
                   ==, -1);

  /* A whole title comes first, and a site before its signs. */
  liver = search (index, "LIVER");
  assert_well_formed (liver);
  result = get_result (liver, 0);
  g_assert_cmpint (mbc_search_result_get_kind (result), ==, MBC_SEARCH_KIND_SITE);
  g_assert_cmpstr (mbc_search_result_get_id (result), ==, "liver");
  g_assert_cmpstr (mbc_search_result_get_site_id (result), ==, "liver");
  g_assert_cmpstr (mbc_search_result_get_title (result), ==, mbc_site_get_name (liver_site));
  g_assert_cmpint (find_result (liver, MBC_SEARCH_KIND_SIGN, "liver-jaundice"), >, 0);
  /* An accent the text does not have. */
  assert_finds (index, "líver", MBC_SEARCH_KIND_SITE, "liver");
  assert_finds (index, "metástasis", MBC_SEARCH_KIND_TERM, "metastasis");
  assert_finds (index, "metastát", MBC_SEARCH_KIND_BASICS, "what-is-mbc");

  /* Within a kind: the title's whole word, at its start, above the
   * titles that have it later or only in their text.
   */
  bone = search (index, "bone");
  assert_well_formed (bone);
  position = find_result (bone, MBC_SEARCH_KIND_TEST, "bone-scan");
  g_assert_cmpint (position, >, 0);
  g_assert_cmpint (mbc_search_result_get_kind (get_result (bone, position - 1)), <, MBC_SEARCH_KIND_TEST);

  /* A whole word above the beginning of a longer one, though "Blood
   * tests" comes first in the content.
   */
  {
    g_autoptr(GListModel) tests = search (index, "test");

    position = find_result (tests, MBC_SEARCH_KIND_TEST, "tumor-dna-test");
    g_assert_cmpint (position, >=, 0);
    g_assert_cmpint (mbc_search_result_get_kind (get_result (tests, position - 1)), <, MBC_SEARCH_KIND_TEST);
    g_assert_cmpint (find_result (tests, MBC_SEARCH_KIND_TEST, "blood-tests"), >, position);
  }

  /* An earlier word above a later one, though "Severe chest pain" comes
   * first in the content.
   */
  {
    g_autoptr(GListModel) pain = search (index, "pain");
    g_autofree char *first = NULL;
    int severe;

    position = -1;
    for (guint i = 0; i < g_list_model_get_n_items (pain) && position < 0; i++)
      if (mbc_search_result_get_kind (get_result (pain, i)) == MBC_SEARCH_KIND_SIGN)
        position = i;
    g_assert_cmpint (position, >=, 0);
    first = title_part (get_result (pain, position), 0);
    g_assert_cmpstr (first, ==, "Pain");
    g_assert_true (g_str_has_prefix (mbc_search_result_get_title (get_result (pain, position)), "Pain"));
    severe = find_result (pain, MBC_SEARCH_KIND_SIGN, "lungs-severe-chest-pain");
    g_assert_cmpint (severe, >, position);
  }

  /* Each word anywhere, in any order. */
  pain_back = search (index, "pain back");
  back_pain = search (index, "Back, pain");
  assert_well_formed (pain_back);
  g_assert_cmpint (find_result (pain_back, MBC_SEARCH_KIND_SIGN, "bones-pain"), >=, 0);
  g_assert_cmpint (find_result (pain_back, MBC_SEARCH_KIND_SIGN, "bones-spinal-cord-compression"), >=, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pain_back), ==, g_list_model_get_n_items (back_pain));
  /* But every word must match: a sign of pain not in the back is left out. */
  g_assert_cmpint (find_result (pain_back, MBC_SEARCH_KIND_SIGN, "liver-jaundice"), <, 0);

  /* What a thing is also called, in the content's own words. */
  assert_finds (index, "yellow skin", MBC_SEARCH_KIND_TERM, "jaundice");
  assert_finds (index, "yellow skin", MBC_SEARCH_KIND_SIGN, "liver-jaundice");
  assert_finds (index, "high calcium", MBC_SEARCH_KIND_BASICS, "high-calcium");
  assert_finds (index, "hypercalc", MBC_SEARCH_KIND_TERM, "hypercalcemia");
  assert_finds (index, "cat scan", MBC_SEARCH_KIND_TEST, "ct-scan");
  assert_finds (index, "computed tomography", MBC_SEARCH_KIND_TERM, "ct-scan");
  assert_finds (index, "tamox", MBC_SEARCH_KIND_TREATMENT, "hormone-therapy");

  g_assert_finalize_object (g_steal_pointer (&jaundice));
  g_assert_finalize_object (g_steal_pointer (&liver));
  g_assert_finalize_object (g_steal_pointer (&index));
  g_assert_finalize_object (g_steal_pointer (&content));
}

/* Every kind of result, found by a word of its own. */
static void
test_every_kind (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(MbcSearchIndex) index = mbc_search_index_new (content);
  g_autoptr(GListModel) broad = NULL;
  gboolean kinds[MBC_SEARCH_N_KINDS] = { FALSE, };
  guint n_kinds = 0;
  struct {
    const char    *query;
    MbcSearchKind  kind;
    const char    *id;
  } finds[] = {
    { "lungs", MBC_SEARCH_KIND_SITE, "lungs" },
    { "jaundice", MBC_SEARCH_KIND_SIGN, "liver-jaundice" },
    { "bone scan", MBC_SEARCH_KIND_TEST, "bone-scan" },
    { "chemo", MBC_SEARCH_KIND_TREATMENT, "chemotherapy" },
    { "triple negative", MBC_SEARCH_KIND_SUBTYPE, "triple-negative" },
    { "triple negative", MBC_SEARCH_KIND_TERM, "triple-negative" },
    { "stages breast", MBC_SEARCH_KIND_BASICS, "stages" },
    { "qualify trial", MBC_SEARCH_KIND_SUGGESTED_QUESTION, "q-trial-qualify" },
    { "komen helpline", MBC_SEARCH_KIND_RESOURCE, "komen-helpline" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (finds); i++)
    {
      g_autoptr(GListModel) results = search (index, finds[i].query);

      int position;
      g_autofree char *key = NULL;
      g_autoptr(MbcSearchResult) found = NULL;

      assert_well_formed (results);
      position = find_result (results, finds[i].kind, finds[i].id);
      g_assert_cmpint (position, >=, 0);

      /* Its key, as the desktop's search keeps it, finds it again. */
      key = mbc_search_result_dup_key (get_result (results, position));
      found = mbc_search_index_find (index, key);
      g_assert_nonnull (found);
      g_assert_cmpint (mbc_search_result_get_kind (found), ==, finds[i].kind);
      g_assert_cmpstr (mbc_search_result_get_id (found), ==, finds[i].id);
      g_assert_cmpstr (mbc_search_result_get_title (found), ==,
                       mbc_search_result_get_title (get_result (results, position)));
      g_assert_cmpstr (mbc_search_result_get_site_id (found), ==,
                       mbc_search_result_get_site_id (get_result (results, position)));
    }

  /* Keys that name nothing. */
  {
    const char *bad[] = { "", "site", "site:", ":bones", "nothing:bones", "site:nowhere",
                          "term:bones" };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      g_assert_null (mbc_search_index_find (index, bad[i]));
    g_assert_null (mbc_search_index_find (index, NULL));
  }

  /* Where a fact and a suggested question are in their views. */
  {
    g_autoptr(GListModel) question = search (index, "qualify trial");
    g_autoptr(GListModel) fact = search (index, "stages breast");
    int position = find_result (question, MBC_SEARCH_KIND_SUGGESTED_QUESTION, "q-trial-qualify");

    g_assert_cmpstr (mbc_search_result_get_section (get_result (question, position)), ==,
                     "clinical-trials");
    position = find_result (fact, MBC_SEARCH_KIND_BASICS, "stages");
    g_assert_cmpstr (mbc_search_result_get_section (get_result (fact, position)), ==, "about");
  }

  /* A word in most of the guide: many kinds, grouped in their order. */
  broad = search (index, "cancer");
  assert_well_formed (broad);
  for (guint i = 0; i < g_list_model_get_n_items (broad); i++)
    {
      MbcSearchKind kind = mbc_search_result_get_kind (get_result (broad, i));

      if (!kinds[kind])
        n_kinds++;
      kinds[kind] = TRUE;
    }
  g_assert_cmpuint (n_kinds, >=, 6);
  g_assert_false (kinds[MBC_SEARCH_KIND_OWN_QUESTION]);
  g_assert_false (kinds[MBC_SEARCH_KIND_DIARY_ENTRY]);

  /* The best few, still grouped: none left out scores above one kept. */
  {
    g_autoptr(GListModel) few = mbc_search_index_search (index, "cancer", 5);
    guint lowest = G_MAXUINT;
    guint kept = 0;

    assert_well_formed (few);
    g_assert_cmpuint (g_list_model_get_n_items (few), ==, 5);
    for (guint i = 0; i < 5; i++)
      lowest = MIN (lowest, mbc_search_result_get_score (get_result (few, i)));
    for (guint i = 0; i < g_list_model_get_n_items (broad); i++)
      {
        MbcSearchResult *result = get_result (broad, i);

        if (find_result (few, mbc_search_result_get_kind (result), mbc_search_result_get_id (result)) >= 0)
          kept++;
        else
          g_assert_cmpuint (mbc_search_result_get_score (result), <=, lowest);
      }
    g_assert_cmpuint (kept, ==, 5);
  }

  g_assert_finalize_object (g_steal_pointer (&broad));
  g_assert_finalize_object (g_steal_pointer (&index));
  g_assert_finalize_object (g_steal_pointer (&content));
}

static void
test_nothing (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(MbcSearchIndex) index = mbc_search_index_new (content);
  const char *queries[] = { "", "   ", " \t\n", "¿?—!", "zzqxv", "liver zzqxv", "jaundicex" };

  GListModel *lists[] = {
    mbc_content_get_sites (content), mbc_content_get_tests (content),
    mbc_content_get_treatments (content), mbc_content_get_subtypes (content),
    mbc_content_get_glossary (content), mbc_content_get_basics (content),
    mbc_content_get_help (content), mbc_content_get_living (content),
    mbc_content_get_guides (content), mbc_content_get_goals (content),
    mbc_content_get_resources (content),
  };
  guint n_items = 0;

  /* Everything of the content is in the index, and only once. */
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    n_items += g_list_model_get_n_items (lists[i]);
  for (guint i = 0; i < g_list_model_get_n_items (mbc_content_get_sites (content)); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (mbc_content_get_sites (content), i);

      n_items += g_list_model_get_n_items (mbc_site_get_symptoms (site));
    }
  for (guint i = 0; i < g_list_model_get_n_items (mbc_content_get_question_groups (content)); i++)
    {
      g_autoptr(MbcQuestionGroup) group =
        g_list_model_get_item (mbc_content_get_question_groups (content), i);

      n_items += g_list_model_get_n_items (mbc_question_group_get_questions (group));
    }
  g_assert_cmpuint (mbc_search_index_get_n_items (index), ==, n_items);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GListModel) results = search (index, queries[i]);

      g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
    }

  g_assert_finalize_object (g_steal_pointer (&index));
  g_assert_finalize_object (g_steal_pointer (&content));
}

static void
test_spanish (void)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcSearchIndex) index = NULL;
  g_autoptr(GListModel) liver = NULL;
  g_autoptr(GListModel) plain = NULL;
  g_autoptr(GListModel) accented = NULL;
  g_autoptr(GListModel) english = NULL;
  g_autoptr(GListModel) jaundice = NULL;
  g_autofree char *part = NULL;
  MbcSearchResult *result;
  int position;

  g_assert_true (mbc_language_set ("es"));
  content = mbc_test_load_content ();
  index = mbc_search_index_new (content);

  /* No accent in the query, one in the text. */
  liver = search (index, "higado");
  assert_well_formed (liver);
  result = get_result (liver, 0);
  g_assert_cmpint (mbc_search_result_get_kind (result), ==, MBC_SEARCH_KIND_SITE);
  g_assert_cmpstr (mbc_search_result_get_id (result), ==, "liver");
  g_assert_cmpstr (mbc_search_result_get_title (result), ==, "Hígado");
  part = title_part (result, 0);
  g_assert_cmpstr (part, ==, "Hígado");
  g_assert_true (g_strv_contains (mbc_search_result_get_matched_words (result), "Hígado"));

  /* The same results with the accent or without it. */
  plain = search (index, "metastasis");
  accented = search (index, "METÁSTASIS");
  g_assert_cmpuint (g_list_model_get_n_items (plain), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (plain), ==, g_list_model_get_n_items (accented));
  for (guint i = 0; i < g_list_model_get_n_items (plain); i++)
    g_assert_cmpstr (mbc_search_result_get_id (get_result (plain, i)), ==,
                     mbc_search_result_get_id (get_result (accented, i)));

  /* A sign in Spanish, with its tier's words in Spanish. */
  jaundice = search (index, "icteri");
  position = find_result (jaundice, MBC_SEARCH_KIND_SIGN, "liver-jaundice");
  g_assert_cmpint (position, >=, 0);
  result = get_result (jaundice, position);
  g_assert_true (g_str_has_prefix (mbc_search_result_get_title (result), "Ictericia"));
  g_assert_nonnull (strstr (mbc_search_result_get_context (result), "Hígado"));
  g_assert_nonnull (strstr (mbc_search_result_get_context (result),
                            mbc_urgency_get_title (MBC_URGENCY_CALL)));
  g_assert_cmpstr (mbc_urgency_get_title (MBC_URGENCY_CALL), !=, "Call your care team");
  g_assert_cmpint (find_result (jaundice, MBC_SEARCH_KIND_TERM, "jaundice"), >, position);
  assert_finds (index, "amarill piel", MBC_SEARCH_KIND_SIGN, "liver-jaundice");

  /* The English title is not in the Spanish guide. */
  english = search (index, "jaundice");
  g_assert_cmpuint (g_list_model_get_n_items (english), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&liver));
  g_assert_finalize_object (g_steal_pointer (&index));
  g_assert_finalize_object (g_steal_pointer (&content));
  g_assert_true (mbc_language_set ("en"));
}

static void
built_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

static MbcSearchIndex *
build_async (MbcContent    *content,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  mbc_search_index_new_async (content, cancellable, built_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return mbc_search_index_new_finish (result, error);
}

static void
assert_same_results (GListModel *a,
                     GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      MbcSearchResult *ra = get_result (a, i);
      MbcSearchResult *rb = get_result (b, i);

      g_assert_cmpint (mbc_search_result_get_kind (ra), ==, mbc_search_result_get_kind (rb));
      g_assert_cmpstr (mbc_search_result_get_id (ra), ==, mbc_search_result_get_id (rb));
      g_assert_cmpstr (mbc_search_result_get_context (ra), ==, mbc_search_result_get_context (rb));
      g_assert_cmpuint (mbc_search_result_get_score (ra), ==, mbc_search_result_get_score (rb));
    }
}

static void
test_async (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(MbcContent) dropped = mbc_test_load_content ();
  g_autoptr(MbcSearchIndex) sync = mbc_search_index_new (content);
  g_autoptr(MbcSearchIndex) async = NULL;
  g_autoptr(MbcSearchIndex) without_content = NULL;
  g_autoptr(MbcSearchIndex) cancelled_index = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *queries[] = { "jaun", "cancer", "pain back", "komen", "c" };

  async = build_async (content, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mbc_search_index_get_n_items (async), ==, mbc_search_index_get_n_items (sync));

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GListModel) from_sync = mbc_search_index_search (sync, queries[i], 0);
      g_autoptr(GListModel) from_async = mbc_search_index_search (async, queries[i], 0);

      g_assert_cmpuint (g_list_model_get_n_items (from_sync), >, 0);
      assert_same_results (from_sync, from_async);
    }

  /* The texts are copied before the thread starts: the content can go
   * at once, and the index still finds its things.
   */
  mbc_search_index_new_async (dropped, NULL, built_cb, &result);
  g_assert_finalize_object (g_steal_pointer (&dropped));
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  without_content = mbc_search_index_new_finish (result, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GListModel) a = mbc_search_index_search (sync, "liver", 0);
    g_autoptr(GListModel) b = mbc_search_index_search (without_content, "liver", 0);

    g_assert_cmpuint (g_list_model_get_n_items (a), >, 0);
    assert_same_results (a, b);
  }

  /* Cancelled: no index, and an error that says so. */
  g_cancellable_cancel (cancellable);
  cancelled_index = build_async (content, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (cancelled_index);

  g_assert_finalize_object (g_steal_pointer (&async));
  g_assert_finalize_object (g_steal_pointer (&without_content));
  g_assert_finalize_object (g_steal_pointer (&sync));

  g_assert_finalize_object (g_steal_pointer (&content));
}

/* A hospital's pack of @n resources, the way a large one may look: each
 * a service of some department at some place, in English and Spanish.
 */
static char *
write_pack (guint n)
{
  static const char *places[] = { "Northside", "Riverside", "Downtown", "Eastgate", "Hillcrest" };
  static const char *services[] = { "support group", "social work", "interpreter services",
                                    "nurse line", "nutrition clinic", "pain clinic",
                                    "counseling", "financial help", "transport", "chaplaincy" };
  static const char *services_es[] = { "grupo de apoyo", "trabajo social", "intérpretes",
                                       "línea de enfermería", "clínica de nutrición",
                                       "clínica del dolor", "consejería", "ayuda económica",
                                       "transporte", "capellanía" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new ("{\n  \"resources\": [\n");
  char *folder = g_dir_make_tmp ("mbc-search-pack-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "    {\n"
                            "      \"id\": \"city-resource-%u\",\n"
                            "      \"name\": \"%s %s %u\",\n"
                            "      \"name@es\": \"%s %s %u\",\n"
                            "      \"description\": \"Help from the hospital's %s team, on floor %u, for patients and families.\",\n"
                            "      \"description@es\": \"Ayuda del equipo de %s del hospital, en el piso %u, para pacientes y familias.\",\n"
                            "      \"phone\": \"555-%04u\",\n"
                            "      \"sources\": [\n"
                            "        \"komen\"\n"
                            "      ]\n"
                            "    }%s\n",
                            i, places[i % G_N_ELEMENTS (places)],
                            services[i % G_N_ELEMENTS (services)], i,
                            services_es[i % G_N_ELEMENTS (services)],
                            places[i % G_N_ELEMENTS (places)], i,
                            services[(i / 7) % G_N_ELEMENTS (services)], i % 12,
                            services_es[(i / 7) % G_N_ELEMENTS (services)], i % 12,
                            i, i + 1 < n ? "," : "");
  g_string_append (json, "  ]\n}\n");
  mbc_test_write_file (folder, "resources.json", json->str);

  return folder;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 ta = *(const gint64 *) a;
  gint64 tb = *(const gint64 *) b;

  return ta < tb ? -1 : ta > tb;
}

/* Each prefix of @typed searched, as a person types it: the times of
 * the searches, reported.
 */
static void
type_query (MbcSearchIndex *index,
            const char     *typed)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint most = 0;

  for (const char *p = g_utf8_next_char (typed); ; p = g_utf8_next_char (p))
    {
      g_autofree char *query = g_strndup (typed, p - typed);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GListModel) results = mbc_search_index_search (index, query, 200);
      gint64 elapsed = g_get_monotonic_time () - start;

      g_array_append_val (times, elapsed);
      most = MAX (most, g_list_model_get_n_items (results));
      if (*p == '\0')
        break;
    }

  g_array_sort (times, compare_times);
  g_test_message ("Typing “%s” (%u searches, up to %u results): median %.2f ms, slowest %.2f ms",
                  typed, times->len, most,
                  g_array_index (times, gint64, times->len / 2) / 1000.0,
                  g_array_index (times, gint64, times->len - 1) / 1000.0);
}

static void
test_pack (void)
{
  g_autofree char *folder = write_pack (N_PACK_RESOURCES);
  g_autoptr(MbcContent) builtin = mbc_test_load_content ();
  g_autoptr(MbcContent) content = mbc_test_load_content_with_pack (folder);
  g_autoptr(MbcSearchIndex) builtin_index = NULL;
  g_autoptr(MbcSearchIndex) index = NULL;
  g_autoptr(MbcSearchIndex) spanish_index = NULL;
  g_autoptr(MbcContent) spanish = NULL;
  g_autoptr(GListModel) one = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GListModel) spanish_one = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  gint64 fastest = G_MAXINT64;

  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_resources (content)), >,
                    N_PACK_RESOURCES);

  start = g_get_monotonic_time ();
  builtin_index = mbc_search_index_new (builtin);
  g_test_message ("Building the index of the built-in content alone: %.2f ms",
                  (g_get_monotonic_time () - start) / 1000.0);

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(MbcSearchIndex) built = NULL;

      start = g_get_monotonic_time ();
      built = mbc_search_index_new (content);
      fastest = MIN (fastest, g_get_monotonic_time () - start);
    }
  g_test_message ("Building the index with %u resources of a pack: fastest of 5 %.2f ms",
                  N_PACK_RESOURCES, fastest / 1000.0);

  /* The part of the asynchronous building that stays on this thread:
   * the copies of the texts.
   */
  fastest = G_MAXINT64;
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(MbcSearchGathering) gathering = NULL;

      start = g_get_monotonic_time ();
      gathering = mbc_search_gather (content);
      fastest = MIN (fastest, g_get_monotonic_time () - start);
      g_assert_cmpuint (gathering->items->len, >, N_PACK_RESOURCES);
    }
  g_test_message ("Copying the texts on the content's thread, before the worker thread: "
                  "fastest of 5 %.2f ms", fastest / 1000.0);

  start = g_get_monotonic_time ();
  index = build_async (content, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("Building it on a worker thread, to its callback: %.2f ms",
                  (g_get_monotonic_time () - start) / 1000.0);

  g_assert_cmpuint (mbc_search_index_get_n_items (index), ==,
                    mbc_search_index_get_n_items (builtin_index) + N_PACK_RESOURCES);

  /* One resource among the 2,000, by two of its words. */
  one = search (index, "1717 downt");
  g_assert_cmpuint (g_list_model_get_n_items (one), ==, 1);
  g_assert_cmpstr (mbc_search_result_get_id (get_result (one, 0)), ==, "city-resource-1717");
  g_assert_cmpint (mbc_search_result_get_kind (get_result (one, 0)), ==, MBC_SEARCH_KIND_RESOURCE);

  /* The built-in content still comes first, grouped ahead of the pack. */
  groups = search (index, "support");
  assert_well_formed (groups);
  g_assert_cmpint (mbc_search_result_get_kind (get_result (groups, 0)), <, MBC_SEARCH_KIND_RESOURCE);
  g_assert_cmpint (find_result (groups, MBC_SEARCH_KIND_RESOURCE, "city-resource-0"), >, 0);

  /* "this hospital" finds what the hospital added, and only that. */
  {
    g_autoptr(GListModel) local = search (index, "this hospital");

    g_assert_cmpuint (g_list_model_get_n_items (local), ==, N_PACK_RESOURCES);
    for (guint i = 0; i < g_list_model_get_n_items (local); i++)
      g_assert_true (g_str_has_prefix (mbc_search_result_get_id (get_result (local, i)), "city-"));
  }

  type_query (index, "support group northside");
  type_query (index, "interpreter");
  type_query (index, "pain back");
  type_query (index, "a");
  type_query (index, "jaundice");

  /* Every result at once, as a list that makes its rows as they are
   * scrolled to could take them.
   */
  {
    gint64 begin = g_get_monotonic_time ();
    g_autoptr(GListModel) all = mbc_search_index_search (index, "a", 0);

    g_test_message ("“a” with no limit: %u results in %.2f ms", g_list_model_get_n_items (all),
                    (g_get_monotonic_time () - begin) / 1000.0);
    g_assert_cmpuint (g_list_model_get_n_items (all), >, N_PACK_RESOURCES);
    assert_well_formed (all);
  }

  /* The pack's own Spanish. */
  g_assert_true (mbc_language_set ("es"));
  spanish = mbc_test_load_content_with_pack (folder);
  spanish_index = mbc_search_index_new (spanish);
  spanish_one = search (spanish_index, "interpretes 1712");
  g_assert_cmpuint (g_list_model_get_n_items (spanish_one), ==, 1);
  g_assert_cmpstr (mbc_search_result_get_id (get_result (spanish_one, 0)), ==, "city-resource-1712");
  g_assert_cmpstr (mbc_search_result_get_title (get_result (spanish_one, 0)), ==,
                   "intérpretes Downtown 1712");
  type_query (spanish_index, "grupo de apoyo");
  g_assert_finalize_object (g_steal_pointer (&spanish_index));
  g_assert_finalize_object (g_steal_pointer (&spanish));
  g_assert_true (mbc_language_set ("en"));

  g_assert_finalize_object (g_steal_pointer (&index));
  g_assert_finalize_object (g_steal_pointer (&builtin_index));
  g_assert_finalize_object (g_steal_pointer (&content));
  g_assert_finalize_object (g_steal_pointer (&builtin));
  mbc_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  mbc_language_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mbc/search-index/fold", test_fold);
  g_test_add_func ("/mbc/search-index/english", test_english);
  g_test_add_func ("/mbc/search-index/every-kind", test_every_kind);
  g_test_add_func ("/mbc/search-index/nothing", test_nothing);
  g_test_add_func ("/mbc/search-index/spanish", test_spanish);
  g_test_add_func ("/mbc/search-index/async", test_async);
  g_test_add_func ("/mbc/search-index/pack", test_pack);

  return g_test_run ();
}
