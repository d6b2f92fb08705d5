/* mbc-search-gather.c: the texts of the content that the search finds
 *
 * The content's lists are GListStores, which change a cache of their own
 * as they are read: they may only be read on the thread that owns the
 * content. So the texts are gathered here, on that thread, as copies in
 * one string chunk (a few hundred kilobytes, with a hospital's thousands
 * of resources), and folded into words on a worker thread. The words of
 * a tier, which come from the translations of the language in use, are
 * taken here too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-fact.h"
#include "mbc-medical-test.h"
#include "mbc-page-text.h"
#include "mbc-question-group.h"
#include "mbc-question.h"
#include "mbc-resource.h"
#include "mbc-search-index-private.h"
#include "mbc-subtype.h"
#include "mbc-symptom.h"
#include "mbc-term.h"
#include "mbc-treatment.h"
#include "mbc-urgency.h"

/* How much of a longer text the context line shows. */
#define CONTEXT_WORDS 12
#define CONTEXT_BYTES 90

typedef struct
{
  MbcSearchGathering *gathering;
  MbcSearchItem      *item;
  guint               n_fields;
} Adding;

static const char *
copy (MbcSearchGathering *gathering,
      const char         *text)
{
  return text != NULL ? g_string_chunk_insert_const (gathering->strings, text) : NULL;
}

/* The first words of @text, with an ellipsis where it goes on. */
static const char *
first_words (MbcSearchGathering *gathering,
             const char         *text)
{
  const char *p = text;
  const char *end = NULL;
  guint words = 0;
  g_autofree char *shortened = NULL;

  if (text == NULL)
    return NULL;

  while (*p != '\0' && (gsize) (p - text) <= CONTEXT_BYTES)
    {
      if (*p == ' ')
        {
          end = p;
          if (++words == CONTEXT_WORDS)
            break;
        }
      p++;
    }

  if (*p == '\0' || end == NULL)
    return copy (gathering, text);

  /* No comma or colon right before the ellipsis. */
  while (end > text && strchr (",;:", end[-1]) != NULL)
    end--;
  shortened = g_strdup_printf ("%.*s…", (int) (end - text), text);

  return g_string_chunk_insert (gathering->strings, shortened);
}

static Adding
add_item (MbcSearchGathering *gathering,
          MbcSearchKind       kind,
          const char         *id,
          const char         *title)
{
  MbcSearchItem item = { 0, };
  Adding adding = { gathering, NULL, 1 };

  item.kind = kind;
  item.id = copy (gathering, id);
  item.urgency = -1;
  item.fields[0] = copy (gathering, title);
  g_array_append_val (gathering->items, item);
  adding.item = &g_array_index (gathering->items, MbcSearchItem, gathering->items->len - 1);

  return adding;
}

static void
add_field (Adding     *adding,
           const char *text)
{
  g_assert (adding->n_fields < MBC_SEARCH_MAX_FIELDS);

  if (text != NULL)
    adding->item->fields[adding->n_fields++] = copy (adding->gathering, text);
}

/* A list of texts, searched as one. */
static void
add_fields (Adding             *adding,
            const char * const *texts)
{
  g_autofree char *joined = NULL;

  if (texts == NULL || texts[0] == NULL)
    return;

  joined = g_strjoinv ("\n", (char **) texts);
  add_field (adding, joined);
}

static void
gather_sites (MbcSearchGathering *gathering,
              MbcContent         *content)
{
  GListModel *sites = mbc_content_get_sites (content);

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      Adding adding = add_item (gathering, MBC_SEARCH_KIND_SITE,
                                mbc_site_get_id (site), mbc_site_get_name (site));

      adding.item->site_id = adding.item->id;
      adding.item->context = copy (gathering, mbc_site_get_summary (site));
      add_field (&adding, mbc_site_get_summary (site));
      add_field (&adding, mbc_site_get_about (site));
      add_field (&adding, mbc_site_get_care (site));
    }
}

/* The signs come after all the sites, as the kinds are grouped. */
static void
gather_signs (MbcSearchGathering *gathering,
              MbcContent         *content)
{
  GListModel *sites = mbc_content_get_sites (content);

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);

      for (guint j = 0; j < g_list_model_get_n_items (symptoms); j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);
          MbcUrgency urgency = mbc_symptom_get_urgency (symptom);
          g_autofree char *context = g_strdup_printf ("%s · %s", mbc_site_get_name (site),
                                                      mbc_urgency_get_title (urgency));
          Adding adding = add_item (gathering, MBC_SEARCH_KIND_SIGN,
                                    mbc_symptom_get_id (symptom),
                                    mbc_symptom_get_text (symptom));

          adding.item->site_id = copy (gathering, mbc_site_get_id (site));
          adding.item->urgency = urgency;
          adding.item->context = copy (gathering, context);
          /* "liver pain" finds the liver's signs of pain. */
          add_field (&adding, mbc_site_get_name (site));
        }
    }
}

static void
gather_tests (MbcSearchGathering *gathering,
              MbcContent         *content)
{
  GListModel *tests = mbc_content_get_tests (content);

  for (guint i = 0; i < g_list_model_get_n_items (tests); i++)
    {
      g_autoptr(MbcMedicalTest) test = g_list_model_get_item (tests, i);
      Adding adding = add_item (gathering, MBC_SEARCH_KIND_TEST,
                                mbc_medical_test_get_id (test),
                                mbc_medical_test_get_name (test));

      adding.item->context = first_words (gathering, mbc_medical_test_get_description (test));
      add_field (&adding, mbc_medical_test_get_description (test));
    }
}

static void
gather_treatments (MbcSearchGathering *gathering,
                   MbcContent         *content)
{
  GListModel *treatments = mbc_content_get_treatments (content);

  for (guint i = 0; i < g_list_model_get_n_items (treatments); i++)
    {
      g_autoptr(MbcTreatment) treatment = g_list_model_get_item (treatments, i);
      Adding adding = add_item (gathering, MBC_SEARCH_KIND_TREATMENT,
                                mbc_treatment_get_id (treatment),
                                mbc_treatment_get_name (treatment));

      adding.item->context = first_words (gathering, mbc_treatment_get_summary (treatment));
      add_field (&adding, mbc_treatment_get_summary (treatment));
      /* The drugs' names: "tamoxifen" finds hormone therapy. */
      add_fields (&adding, mbc_treatment_get_examples (treatment));
      add_field (&adding, mbc_treatment_get_details (treatment));
    }
}

static void
gather_subtypes (MbcSearchGathering *gathering,
                 MbcContent         *content)
{
  GListModel *subtypes = mbc_content_get_subtypes (content);

  for (guint i = 0; i < g_list_model_get_n_items (subtypes); i++)
    {
      g_autoptr(MbcSubtype) subtype = g_list_model_get_item (subtypes, i);
      Adding adding = add_item (gathering, MBC_SEARCH_KIND_SUBTYPE,
                                mbc_subtype_get_id (subtype),
                                mbc_subtype_get_name (subtype));

      adding.item->context = first_words (gathering, mbc_subtype_get_description (subtype));
      add_field (&adding, mbc_subtype_get_description (subtype));
    }
}

/* The content has no field for a term's other names: its definition
 * says them in plain words ("Yellow skin or yellow whites of the eyes"),
 * and is searched with it.
 */
static void
gather_terms (MbcSearchGathering *gathering,
              MbcContent         *content)
{
  GListModel *glossary = mbc_content_get_glossary (content);

  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(MbcTerm) term = g_list_model_get_item (glossary, i);
      Adding adding = add_item (gathering, MBC_SEARCH_KIND_TERM,
                                mbc_term_get_id (term), mbc_term_get_term (term));

      adding.item->context = first_words (gathering, mbc_term_get_definition (term));
      add_field (&adding, mbc_term_get_definition (term));
    }
}

/* The facts of the basics, and those of the treatments' page (what
 * guides the plan, its goals): each names its list as its section.
 */
static void
gather_facts (MbcSearchGathering *gathering,
              GListModel         *facts,
              const char         *section)
{
  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(MbcFact) fact = g_list_model_get_item (facts, i);
      const char *title = mbc_fact_get_title (fact);
      const char *text = mbc_fact_get_text (fact);
      Adding adding = add_item (gathering, MBC_SEARCH_KIND_BASICS, mbc_fact_get_id (fact),
                                title != NULL ? title : first_words (gathering, text));

      adding.item->section = section;
      adding.item->context = title != NULL ? first_words (gathering, text) : NULL;
      add_field (&adding, text);
      add_fields (&adding, mbc_fact_get_points (fact));
    }
}

static void
gather_questions (MbcSearchGathering *gathering,
                  MbcContent         *content)
{
  GListModel *groups = mbc_content_get_question_groups (content);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MbcQuestionGroup) group = g_list_model_get_item (groups, i);
      GListModel *questions = mbc_question_group_get_questions (group);
      const char *group_id = copy (gathering, mbc_question_group_get_id (group));
      const char *group_title = copy (gathering, mbc_question_group_get_title (group));

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(MbcQuestion) question = g_list_model_get_item (questions, j);
          Adding adding = add_item (gathering, MBC_SEARCH_KIND_SUGGESTED_QUESTION,
                                    mbc_question_get_id (question),
                                    mbc_question_get_text (question));

          adding.item->section = group_id;
          adding.item->context = group_title;
        }
    }
}

static void
gather_resources (MbcSearchGathering *gathering,
                  MbcContent         *content)
{
  GListModel *resources = mbc_content_get_resources (content);

  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(MbcResource) resource = g_list_model_get_item (resources, i);
      Adding adding = add_item (gathering, MBC_SEARCH_KIND_RESOURCE,
                                mbc_resource_get_id (resource),
                                mbc_resource_get_name (resource));

      adding.item->context = first_words (gathering, mbc_resource_get_description (resource));
      add_field (&adding, mbc_resource_get_description (resource));
      add_field (&adding, mbc_resource_get_hours (resource));
      add_field (&adding, mbc_resource_get_phone (resource));
      /* "this hospital" finds what the hospital added itself. */
      if (mbc_resource_get_local (resource))
        add_field (&adding, mbc_page_text_local_mark ());
    }
}

/* An empty gathering, to add to. */
MbcSearchGathering *
mbc_search_gathering_new (void)
{
  MbcSearchGathering *gathering = g_new0 (MbcSearchGathering, 1);

  gathering->strings = g_string_chunk_new (64 * 1024);
  gathering->items = g_array_new (FALSE, TRUE, sizeof (MbcSearchItem));

  return gathering;
}

/* Copies of what the search finds in @content, in the order of the
 * kinds, each kind in the content's own order. Call on the thread that
 * owns @content.
 */
MbcSearchGathering *
mbc_search_gather (MbcContent *content)
{
  MbcSearchGathering *gathering;

  g_return_val_if_fail (MBC_IS_CONTENT (content), NULL);

  gathering = mbc_search_gathering_new ();

  gather_sites (gathering, content);
  gather_signs (gathering, content);
  gather_tests (gathering, content);
  gather_treatments (gathering, content);
  gather_subtypes (gathering, content);
  gather_terms (gathering, content);
  gather_facts (gathering, mbc_content_get_basics (content), "about");
  gather_facts (gathering, mbc_content_get_help (content), "help");
  gather_facts (gathering, mbc_content_get_living (content), "living");
  gather_facts (gathering, mbc_content_get_guides (content), "guides");
  gather_facts (gathering, mbc_content_get_goals (content), "goals");
  gather_questions (gathering, content);
  gather_resources (gathering, content);

  return gathering;
}

void
mbc_search_gathering_free (MbcSearchGathering *gathering)
{
  if (gathering == NULL)
    return;

  g_string_chunk_free (gathering->strings);
  g_array_unref (gathering->items);
  g_free (gathering);
}
