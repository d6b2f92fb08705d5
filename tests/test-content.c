/* test-content.c: the content loader, on good content and on bad
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mbc-content.h"
#include "mbc-fact.h"
#include "mbc-question-group.h"
#include "mbc-question.h"
#include "mbc-resource.h"
#include "mbc-site.h"
#include "mbc-source.h"
#include "mbc-subtype.h"
#include "mbc-symptom.h"
#include "mbc-term.h"
#include "mbc-test-util.h"
#include "mbc-treatment.h"
#include "mbc-urgency.h"

/* A small content folder that is valid, written line by line so that
 * each test can break one line and know where the error must point.
 */
static const char *good_sources =
  "{\n"
  "  \"sources\": [\n"
  "    {\n"
  "      \"id\": \"clinic\",\n"
  "      \"organization\": \"A Clinic\",\n"
  "      \"title\": \"A Page\",\n"
  "      \"reviewed\": \"2023-09-11\",\n"
  "      \"about\": \"What the page covers.\"\n"
  "    }\n"
  "  ]\n"
  "}\n";

static const char *good_tests =
  "{\n"
  "  \"tests\": [\n"
  "    { \"id\": \"scan\", \"name\": \"Scan\", \"description\": \"A scan.\", \"sources\": [\"clinic\"] }\n"
  "  ]\n"
  "}\n";

static const char *good_sites =
  "{\n"
  "  \"sites\": [\n"
  "    {\n"
  "      \"id\": \"liver\",\n"
  "      \"name\": \"Liver\",\n"
  "      \"summary\": \"The liver.\",\n"
  "      \"about\": \"About the liver.\",\n"
  "      \"symptoms\": [\n"
  "        { \"id\": \"jaundice\", \"text\": \"Jaundice\", \"urgency\": \"call\", \"sources\": [\"clinic\"] }\n"
  "      ],\n"
  "      \"tests\": [\"scan\"],\n"
  "      \"sources\": [\"clinic\"]\n"
  "    }\n"
  "  ]\n"
  "}\n";

static const char *good_treatments =
  "{\n"
  "  \"guides\": [],\n"
  "  \"goals\": [],\n"
  "  \"subtypes\": [],\n"
  "  \"treatments\": []\n"
  "}\n";

static const char *good_questions =
  "{\n"
  "  \"groups\": []\n"
  "}\n";

static const char *good_resources =
  "{\n"
  "  \"resources\": [\n"
  "    {\n"
  "      \"id\": \"line\",\n"
  "      \"name\": \"A Help Line\",\n"
  "      \"description\": \"Answers questions.\",\n"
  "      \"website\": \"https://example.org/help\",\n"
  "      \"languages\": [\"en\", \"es\"],\n"
  "      \"sources\": [\"clinic\"]\n"
  "    }\n"
  "  ]\n"
  "}\n";

static const char *good_basics =
  "{\n"
  "  \"about\": [\n"
  "    {\n"
  "      \"id\": \"stages\",\n"
  "      \"title\": \"Stages\",\n"
  "      \"text\": \"There are five stages.\",\n"
  "      \"points\": [\"Stage 0.\", \"Stage IV.\"],\n"
  "      \"sources\": [\"clinic\"]\n"
  "    }\n"
  "  ],\n"
  "  \"help\": [],\n"
  "  \"living\": [],\n"
  "  \"glossary\": [\n"
  "    { \"id\": \"biopsy\", \"term\": \"Biopsy\", \"definition\": \"A small sample.\", \"sources\": [\"clinic\"] }\n"
  "  ]\n"
  "}\n";

typedef struct
{
  char *path;
} Folder;

static void
write_file (Folder     *folder,
            const char *name,
            const char *text)
{
  mbc_test_write_file (folder->path, name, text);
}

static void
folder_setup (Folder        *folder,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  folder->path = g_dir_make_tmp ("mbc-content-XXXXXX", &error);
  g_assert_no_error (error);

  write_file (folder, "sources.json", good_sources);
  write_file (folder, "tests.json", good_tests);
  write_file (folder, "sites.json", good_sites);
  write_file (folder, "treatments.json", good_treatments);
  write_file (folder, "questions.json", good_questions);
  write_file (folder, "resources.json", good_resources);
  write_file (folder, "basics.json", good_basics);
}

static void
folder_teardown (Folder        *folder,
                 gconstpointer  data)
{
  mbc_test_remove_tree (folder->path);
  g_free (folder->path);
}

static MbcContent *
load (Folder  *folder,
      GError **error)
{
  g_autoptr(GFile) directory = g_file_new_for_path (folder->path);

  return mbc_content_new_from_directory (directory, error);
}

/* Loads @folder after putting @text in @file, and checks that the error
 * has @code and starts with @place, and holds @words.
 */
static void
assert_bad (Folder          *folder,
            const char      *file,
            const char      *text,
            MbcContentError  code,
            const char      *place,
            const char      *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcContent) content = NULL;

  if (text != NULL)
    write_file (folder, file, text);

  content = load (folder, &error);

  g_test_message ("%s", error != NULL ? error->message : "(no error)");
  g_assert_null (content);
  g_assert_error (error, MBC_CONTENT_ERROR, (int) code);
  g_assert_true (g_str_has_prefix (error->message, place));
  g_assert_nonnull (strstr (error->message, words));
}

static void
test_small_folder (Folder        *folder,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcContent) content = load (folder, &error);
  MbcSite *liver;
  g_autoptr(MbcSymptom) symptom = NULL;
  g_autoptr(MbcResource) resource = NULL;
  g_autoptr(MbcFact) stages = NULL;
  g_autoptr(MbcTerm) biopsy = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (content);

  liver = mbc_content_find_site (content, "liver");
  g_assert_nonnull (liver);
  g_assert_cmpstr (mbc_site_get_name (liver), ==, "Liver");
  g_assert_null (mbc_site_get_frequency (liver));
  g_assert_cmpuint (g_list_model_get_n_items (mbc_site_get_symptoms (liver)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_site_get_tests (liver)), ==, 1);

  symptom = g_list_model_get_item (mbc_site_get_symptoms (liver), 0);
  g_assert_cmpint (mbc_symptom_get_urgency (symptom), ==, MBC_URGENCY_CALL);
  g_assert_cmpuint (mbc_content_item_get_n_sources (MBC_CONTENT_ITEM (symptom)), ==, 1);
  g_assert_cmpstr (mbc_source_get_organization (mbc_content_item_get_source (MBC_CONTENT_ITEM (symptom), 0)),
                   ==, "A Clinic");

  resource = g_list_model_get_item (mbc_content_get_resources (content), 0);
  g_assert_cmpstr (mbc_resource_get_website (resource), ==, "https://example.org/help");
  g_assert_cmpstrv (mbc_resource_get_languages (resource), ((const char *[]) { "en", "es", NULL }));

  stages = g_list_model_get_item (mbc_content_get_basics (content), 0);
  g_assert_cmpstr (mbc_fact_get_title (stages), ==, "Stages");
  g_assert_cmpstrv (mbc_fact_get_points (stages), ((const char *[]) { "Stage 0.", "Stage IV.", NULL }));
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_help (content)), ==, 0);

  biopsy = g_list_model_get_item (mbc_content_get_glossary (content), 0);
  g_assert_cmpstr (mbc_term_get_term (biopsy), ==, "Biopsy");
  g_assert_cmpstr (mbc_term_get_definition (biopsy), ==, "A small sample.");

  g_assert_finalize_object (g_steal_pointer (&content));
}

static void
test_malformed (Folder        *folder,
                gconstpointer  data)
{
  assert_bad (folder, "sites.json",
              "{\n  \"sites\": [\n    { \"id\": \"liver\", }\n  ]\n}\n",
              MBC_CONTENT_ERROR_SYNTAX, "sites.json:3:", "");
}

static void
test_empty_file (Folder        *folder,
                 gconstpointer  data)
{
  assert_bad (folder, "tests.json", "  \n", MBC_CONTENT_ERROR_SYNTAX,
              "tests.json:1:1:", "empty");
}

static void
test_missing_file (Folder        *folder,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (folder->path, "questions.json", NULL);

  g_assert_cmpint (g_unlink (path), ==, 0);
  assert_bad (folder, "questions.json", NULL, MBC_CONTENT_ERROR_UNREADABLE,
              "questions.json:1:1:", "the file is missing");
}

static void
test_not_an_object (Folder        *folder,
                    gconstpointer  data)
{
  assert_bad (folder, "questions.json", "[]\n", MBC_CONTENT_ERROR_INVALID,
              "questions.json:1:1:", "must hold one object");
}

static void
test_missing_field (Folder        *folder,
                    gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "      \"about\": \"About the liver.\",\n", "", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:3:", "site “liver”: the field “about” is missing");
}

static void
test_mistyped_field (Folder        *folder,
                     gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "\"name\": \"Liver\"", "\"name\": 7", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:5:", "“name” must be a string, not a number");
}

static void
test_unknown_field (Folder        *folder,
                    gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "\"summary\":", "\"sumary\":", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:6:", "unknown field “sumary”");
}

static void
test_bad_urgency (Folder        *folder,
                  gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "\"urgency\": \"call\"", "\"urgency\": \"soon\"", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:9:", "symptom “jaundice”: “urgency” must be one of emergency, call, mention");
}

static void
test_unknown_source (Folder        *folder,
                     gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "\"sources\": [\"clinic\"]\n", "\"sources\": [\"nowhere\"]\n", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:12:", "site “liver”: there is no source with the id “nowhere”");
}

/* An item that names no source at all cannot be traced to a document. */
static void
test_no_sources (Folder        *folder,
                 gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_basics);

  g_string_replace (text, "\"definition\": \"A small sample.\", \"sources\": [\"clinic\"]",
                    "\"definition\": \"A small sample.\", \"sources\": []", 1);
  assert_bad (folder, "basics.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "basics.json:14:", "term “biopsy”: “sources” must not be empty");
}

static void
test_unknown_test (Folder        *folder,
                   gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "\"tests\": [\"scan\"]", "\"tests\": [\"x-ray\"]", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:11:", "there is no test with the id “x-ray”");
}

static void
test_duplicate_id (Folder        *folder,
                   gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_tests);

  g_string_replace (text, "  ]\n",
                    "    ,{ \"id\": \"scan\", \"name\": \"Scan\", \"description\": \"Again.\", "
                    "\"sources\": [\"clinic\"] }\n  ]\n", 1);
  assert_bad (folder, "tests.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "tests.json:4:", "the id “scan” is used twice (first at tests.json:3)");
}

static void
test_bad_id (Folder        *folder,
             gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "\"id\": \"liver\"", "\"id\": \"Liver Site\"", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:4:", "an id may hold only");
}

static void
test_bad_link_scheme (Folder        *folder,
                      gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_resources);

  g_string_replace (text, "https://example.org/help", "file:///etc/passwd", 1);
  assert_bad (folder, "resources.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "resources.json:7:", "must be a web address that starts with https://");

  g_string_replace (text, "file:///etc/passwd", "javascript:alert(1)", 1);
  assert_bad (folder, "resources.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "resources.json:7:", "starts with https://");

  g_string_replace (text, "javascript:alert(1)", "http://example.org", 1);
  assert_bad (folder, "resources.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "resources.json:7:", "starts with https://");
}

static void
test_bad_language (Folder        *folder,
                   gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_resources);

  g_string_replace (text, "[\"en\", \"es\"]", "[\"en\", \"klingon\"]", 1);
  assert_bad (folder, "resources.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "resources.json:8:", "entry 2 of “languages” must be one of en, es");
}

static void
test_empty_text (Folder        *folder,
                 gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "\"text\": \"Jaundice\"", "\"text\": \"  \"", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:9:", "“text” is empty");
}

static void
test_bad_date (Folder        *folder,
               gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sources);

  g_string_replace (text, "2023-09-11", "2023-02-30", 1);
  assert_bad (folder, "sources.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sources.json:7:", "must be a date");
}

static void
test_counts_problems (Folder        *folder,
                      gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "\"urgency\": \"call\"", "\"urgency\": \"soon\"", 1);
  g_string_replace (text, "\"summary\":", "\"sumary\":", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:", "(and 2 more problems)");
}

/* The content that ships with the app: complete enough for every view. */
static void
test_shipped (void)
{
  /* The spinal cord is among the places one source says breast cancer
   * most often spreads to, and its page holds emergencies: it is listed
   * with them, not among the less common places.
   */
  static const char *map_sites[] = { "bones", "lungs", "liver", "brain", "lymph-nodes",
                                     "spinal-cord", NULL };
  static const char *rare_sites[] = { "heart", "intestines", "adrenal-glands", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcContent) content = mbc_content_new_default (&error);
  GListModel *symptoms;
  gboolean jaundice = FALSE;
  MbcSite *site;

  g_assert_no_error (error);
  g_assert_nonnull (content);

  for (guint i = 0; map_sites[i] != NULL; i++)
    {
      site = mbc_content_find_site (content, map_sites[i]);
      g_assert_nonnull (site);
      g_assert_false (mbc_site_get_rare (site));
    }

  for (guint i = 0; rare_sites[i] != NULL; i++)
    {
      site = mbc_content_find_site (content, rare_sites[i]);
      g_assert_nonnull (site);
      g_assert_true (mbc_site_get_rare (site));
    }

  site = mbc_content_find_site (content, MBC_SITE_WHOLE_BODY);
  g_assert_nonnull (site);
  g_assert_nonnull (strstr (mbc_site_get_about (site), "two weeks"));

  /* Liver: jaundice, to call the care team about. */
  symptoms = mbc_site_get_symptoms (mbc_content_find_site (content, "liver"));
  for (guint i = 0; i < g_list_model_get_n_items (symptoms); i++)
    {
      g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, i);

      if (strstr (mbc_symptom_get_text (symptom), "Jaundice") != NULL)
        {
          jaundice = TRUE;
          g_assert_cmpint (mbc_symptom_get_urgency (symptom), ==, MBC_URGENCY_CALL);
        }
    }
  g_assert_true (jaundice);

  /* The brain's page offers the questions about the brain. */
  {
    g_autoptr(GPtrArray) about_brain =
      mbc_content_dup_questions_about (content, MBC_CONTENT_ITEM (mbc_content_find_site (content, "brain")));
    gboolean brain = FALSE;

    for (guint i = 0; i < about_brain->len; i++)
      brain |= g_str_equal (mbc_question_get_id (g_ptr_array_index (about_brain, i)), "q-brain");
    g_assert_true (brain);
  }

  /* Every list the views show has something in it. */
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_sources (content)), >=, 5);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_tests (content)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_guides (content)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_goals (content)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_subtypes (content)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_treatments (content)), >=, 9);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_question_groups (content)), >=, 6);
  g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_resources (content)), >, 0);

  g_assert_finalize_object (g_steal_pointer (&content));
}

static MbcSymptom *
find_symptom (MbcContent *content,
              const char *site_id,
              const char *symptom_id)
{
  GListModel *symptoms = mbc_site_get_symptoms (mbc_content_find_site (content, site_id));

  for (guint i = 0; i < g_list_model_get_n_items (symptoms); i++)
    {
      g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, i);

      if (g_str_equal (mbc_content_item_get_id (MBC_CONTENT_ITEM (symptom)), symptom_id))
        return symptom;
    }

  return NULL;
}

static gboolean
cites (gpointer    item,
       const char *source_id)
{
  for (guint i = 0; i < mbc_content_item_get_n_sources (item); i++)
    if (g_str_equal (mbc_source_get_id (mbc_content_item_get_source (item, i)), source_id))
      return TRUE;

  return FALSE;
}

/* Every warning sign that the review of the content found in too calm a
 * tier, or missing, is where the sources put it: a later edit cannot
 * move one back without this failing.
 */
static void
test_warning_signs (void)
{
  static const struct {
    const char *site;
    const char *symptom;
    MbcUrgency  urgency;
    /* A document the sign must name, or NULL. */
    const char *source;
  } signs[] = {
    /* Sudden, severe or worsening weakness or numbness, beside the milder sign. */
    { "bones", "bones-sudden-weakness", MBC_URGENCY_EMERGENCY, "cruk-spinal-cord" },
    { "bones", "bones-numbness-weakness", MBC_URGENCY_CALL, NULL },
    { "brain", "brain-sudden-weakness", MBC_URGENCY_EMERGENCY, NULL },
    { "brain", "brain-weakness", MBC_URGENCY_CALL, NULL },
    { "spinal-cord", "spinal-cord-sudden-weakness", MBC_URGENCY_EMERGENCY, "cruk-spinal-cord" },
    { "spinal-cord", "spinal-cord-numbness", MBC_URGENCY_CALL, NULL },
    /* Trouble walking. */
    { "bones", "bones-trouble-walking", MBC_URGENCY_EMERGENCY, "cruk-spinal-cord" },
    { "spinal-cord", "spinal-cord-trouble-walking", MBC_URGENCY_EMERGENCY, "cruk-spinal-cord" },
    /* Sudden trouble speaking or moving, beside the milder signs. */
    { "brain", "brain-sudden-speech-movement", MBC_URGENCY_EMERGENCY, NULL },
    { "brain", "brain-speech", MBC_URGENCY_CALL, NULL },
    /* Severe chest pain, beside chest pain that is not severe. */
    { "lungs", "lungs-severe-chest-pain", MBC_URGENCY_EMERGENCY, NULL },
    { "lungs", "lungs-chest-pain", MBC_URGENCY_CALL, NULL },
    /* Spinal cord compression. */
    { "bones", "bones-spinal-cord-compression", MBC_URGENCY_EMERGENCY, "cruk-spinal-cord" },
    { "bones", "bones-bladder-bowel", MBC_URGENCY_EMERGENCY, "cruk-spinal-cord" },
    { "spinal-cord", "spinal-cord-compression-signs", MBC_URGENCY_EMERGENCY, "cruk-spinal-cord" },
    { "spinal-cord", "spinal-cord-bladder-bowel", MBC_URGENCY_EMERGENCY, "cruk-spinal-cord" },
    { "bones", "bones-spine-pain", MBC_URGENCY_CALL, "cruk-spinal-cord" },
    { "spinal-cord", "spinal-cord-back-pain", MBC_URGENCY_CALL, "cruk-spinal-cord" },
    /* Fever during chemotherapy. */
    { "whole-body", "whole-body-fever-chemo", MBC_URGENCY_EMERGENCY, "oncolink-fever" },
    /* What high calcium feels like, not the blood test's word. */
    { "bones", "bones-high-calcium", MBC_URGENCY_CALL, "cruk-high-calcium" },
    { "whole-body", "whole-body-high-calcium", MBC_URGENCY_CALL, "cruk-high-calcium" },
    /* Tiredness that rest does not help. */
    { "whole-body", "whole-body-tiredness", MBC_URGENCY_CALL, NULL },
    /* Confusion that is not sudden, beside sudden confusion. */
    { "brain", "brain-confusion", MBC_URGENCY_CALL, NULL },
    { "brain", "brain-sudden-confusion", MBC_URGENCY_EMERGENCY, NULL },
    /* Those that were right already stay so. */
    { "lungs", "lungs-trouble-breathing", MBC_URGENCY_EMERGENCY, NULL },
    { "brain", "brain-seizures", MBC_URGENCY_EMERGENCY, NULL },
    { "liver", "liver-severe-belly-pain", MBC_URGENCY_EMERGENCY, NULL },
    { "whole-body", "whole-body-high-fever", MBC_URGENCY_EMERGENCY, NULL },
    { "whole-body", "whole-body-extreme-weakness", MBC_URGENCY_EMERGENCY, NULL },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcContent) content = mbc_content_new_default (&error);
  GListModel *help;
  gboolean compression = FALSE, fever = FALSE, calcium = FALSE;

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    {
      MbcSymptom *symptom = find_symptom (content, signs[i].site, signs[i].symptom);

      g_test_message ("%s: %s", signs[i].site, signs[i].symptom);
      g_assert_nonnull (symptom);
      g_assert_cmpint (mbc_symptom_get_urgency (symptom), ==, signs[i].urgency);
      if (signs[i].source != NULL)
        g_assert_true (cites (symptom, signs[i].source));
    }

  /* The call tier says to call the same day, and the two-week rule, on
   * every page with signs to call about.
   */
  g_assert_nonnull (strstr (mbc_urgency_get_advice (MBC_URGENCY_CALL), "same day"));
  g_assert_nonnull (strstr (mbc_urgency_get_advice (MBC_URGENCY_CALL), "two weeks"));

  /* The three emergencies the five documents leave out are in When to
   * Get Help, each from its own document.
   */
  help = mbc_content_get_help (content);
  for (guint i = 0; i < g_list_model_get_n_items (help); i++)
    {
      g_autoptr(MbcFact) fact = g_list_model_get_item (help, i);
      const char *id = mbc_content_item_get_id (MBC_CONTENT_ITEM (fact));

      if (g_str_equal (id, "spinal-cord-compression"))
        compression = cites (fact, "cruk-spinal-cord");
      else if (g_str_equal (id, "fever-during-chemotherapy"))
        fever = cites (fact, "oncolink-fever") && strstr (mbc_fact_get_text (fact), "100.4") != NULL;
      else if (g_str_equal (id, "high-calcium"))
        calcium = cites (fact, "cruk-high-calcium");
      else if (g_str_equal (id, "get-help-now"))
        g_assert_true (cites (fact, "cruk-spinal-cord") && cites (fact, "oncolink-fever"));

      /* Said as the one source for people with spread says it. */
      g_assert_null (strstr (mbc_fact_get_text (fact), "most of the time"));
    }
  g_assert_true (compression);
  g_assert_true (fever);
  g_assert_true (calcium);

  g_assert_finalize_object (g_steal_pointer (&content));
}

/* Each fact names the documents that hold it: the frequency figures
 * come from one source alone, and a date that is not a review date is
 * not called one.
 */
static void
test_credits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcContent) content = mbc_content_new_default (&error);
  GListModel *sites = mbc_content_get_sites (content);
  GListModel *sources = mbc_content_get_sources (content);
  guint with_frequency = 0;

  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GPtrArray *frequency_sources = mbc_site_get_frequency_sources (site);

      if (mbc_site_get_frequency (site) == NULL)
        {
          g_assert_cmpuint (frequency_sources->len, ==, 0);
          continue;
        }

      with_frequency++;
      g_assert_cmpuint (frequency_sources->len, ==, 1);
      g_assert_cmpstr (mbc_source_get_id (g_ptr_array_index (frequency_sources, 0)), ==, "singlecare");
    }
  g_assert_cmpuint (with_frequency, >=, 5);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(MbcSource) source = g_list_model_get_item (sources, i);
      g_autofree char *review = mbc_source_dup_review_text (source);
      const char *id = mbc_source_get_id (source);

      if (g_str_equal (id, "nci-cis"))
        {
          g_assert_null (mbc_source_get_reviewed (source));
          g_assert_null (strstr (review, "Last reviewed"));
          g_assert_nonnull (strstr (review, "Archived copy of October 17, 2012"));
        }
      else if (g_str_equal (id, "oncolink-fever"))
        g_assert_cmpstr (review, ==, "Last reviewed July 24, 2024");
      else if (g_str_equal (id, "cruk-spinal-cord") || g_str_equal (id, "cruk-high-calcium"))
        g_assert_cmpstr (review, ==, "Review date not stated");
    }
  g_assert_nonnull (mbc_content_find_item (content, sources, "cruk-spinal-cord"));
  g_assert_nonnull (mbc_content_find_item (content, sources, "oncolink-fever"));
  g_assert_nonnull (mbc_content_find_item (content, sources, "cruk-high-calcium"));

  /* The spinal cord's page stands alone and agrees with its flag. */
  {
    MbcSite *spinal_cord = mbc_content_find_site (content, "spinal-cord");

    g_assert_false (mbc_site_get_rare (spinal_cord));
    g_assert_null (strstr (mbc_site_get_about (spinal_cord), "sources say"));
    g_assert_true (cites (spinal_cord, "cruk-spinal-cord"));
  }

  g_assert_finalize_object (g_steal_pointer (&content));
}

/* HER2 status and hormone receptor status are two tests; no text says
 * that HER2-positive is HER2-enriched, or that hormones never drive it.
 */
static void
test_subtypes_apart (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcContent) content = mbc_content_new_default (&error);
  GListModel *lists[] = {
    mbc_content_get_subtypes (content),
    mbc_content_get_glossary (content),
    mbc_content_get_guides (content),
  };
  gboolean both = FALSE;

  g_assert_no_error (error);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        const char *text = MBC_IS_TERM (item) ? mbc_term_get_definition (MBC_TERM (item)) :
                           MBC_IS_FACT (item) ? mbc_fact_get_text (MBC_FACT (item)) :
                           mbc_subtype_get_description (MBC_SUBTYPE (item));

        g_assert_null (strstr (text, "hormones do not drive"));
        g_assert_null (strstr (text, "also called HER2-enriched"));
        g_assert_null (strstr (text, "also call it HER2-enriched"));
        both |= strstr (text, "HER2-positive and hormone receptor-positive") != NULL;
      }
  g_assert_true (both);

  g_assert_finalize_object (g_steal_pointer (&content));
}

/* A text that shows other than it says (a right-to-left override makes
 * "evil" show as "live") is refused, with the character and its place,
 * whether it is written as it is or as a \u escape.
 */
static void
test_hidden_format (Folder        *folder,
                    gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "\"name\": \"Liver\"", "\"name\": \"Li\u202Eevil\"", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_SYNTAX,
              "sites.json:5:18:", "U+202E RIGHT-TO-LEFT OVERRIDE");
  write_file (folder, "sites.json", good_sites);

  g_string_assign (text, good_resources);
  g_string_replace (text, "\"A Help Line\"", "\"A Help \xe2\x81\xa6Line\"", 1);
  assert_bad (folder, "resources.json", text->str, MBC_CONTENT_ERROR_SYNTAX,
              "resources.json:5:23:", "U+2066 LEFT-TO-RIGHT ISOLATE");
  write_file (folder, "resources.json", good_resources);

  g_string_assign (text, good_basics);
  g_string_replace (text, "\"A small sample.\"", "\"A small\\\"\xef\xbb\xbf sample.\"", 1);
  assert_bad (folder, "basics.json", text->str, MBC_CONTENT_ERROR_SYNTAX,
              "basics.json:14:", "U+FEFF ZERO WIDTH NO-BREAK SPACE");
  write_file (folder, "basics.json", good_basics);

  /* An escaped backslash before "u202e" is no escape of the character. */
  g_string_assign (text, good_sites);
  g_string_replace (text, "\"About the liver.\"", "\"About the liver \\\\u202e.\"", 1);
  write_file (folder, "sites.json", text->str);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MbcContent) content = load (folder, &error);

    g_assert_no_error (error);
    g_assert_finalize_object (g_steal_pointer (&content));
  }
}

/* A frequency without its documents, or documents without a frequency,
 * cannot say what rests on what.
 */
static void
test_frequency_sources (Folder        *folder,
                        gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (good_sites);

  g_string_replace (text, "\"about\": \"About the liver.\",",
                    "\"about\": \"About the liver.\", \"frequency\": \"Often.\",", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:", "the field “frequency” needs the field “frequency-sources” beside it");

  g_string_assign (text, good_sites);
  g_string_replace (text, "\"about\": \"About the liver.\",",
                    "\"about\": \"About the liver.\", \"frequency-sources\": [\"clinic\"],", 1);
  assert_bad (folder, "sites.json", text->str, MBC_CONTENT_ERROR_INVALID,
              "sites.json:", "the field “frequency-sources” needs the field “frequency” beside it");
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/mbc/content/" path, Folder, NULL, folder_setup, func, folder_teardown)

  g_test_add_func ("/mbc/content/shipped", test_shipped);
  g_test_add_func ("/mbc/content/warning-signs", test_warning_signs);
  g_test_add_func ("/mbc/content/credits", test_credits);
  g_test_add_func ("/mbc/content/subtypes-apart", test_subtypes_apart);
  ADD ("bad/hidden-format", test_hidden_format);
  ADD ("bad/frequency-sources", test_frequency_sources);
  ADD ("small-folder", test_small_folder);
  ADD ("bad/malformed", test_malformed);
  ADD ("bad/empty-file", test_empty_file);
  ADD ("bad/missing-file", test_missing_file);
  ADD ("bad/not-an-object", test_not_an_object);
  ADD ("bad/missing-field", test_missing_field);
  ADD ("bad/mistyped-field", test_mistyped_field);
  ADD ("bad/unknown-field", test_unknown_field);
  ADD ("bad/urgency", test_bad_urgency);
  ADD ("bad/unknown-source", test_unknown_source);
  ADD ("bad/no-sources", test_no_sources);
  ADD ("bad/unknown-test", test_unknown_test);
  ADD ("bad/duplicate-id", test_duplicate_id);
  ADD ("bad/id", test_bad_id);
  ADD ("bad/link-scheme", test_bad_link_scheme);
  ADD ("bad/language", test_bad_language);
  ADD ("bad/empty-text", test_empty_text);
  ADD ("bad/date", test_bad_date);
  ADD ("bad/counts-problems", test_counts_problems);

#undef ADD

  return g_test_run ();
}
