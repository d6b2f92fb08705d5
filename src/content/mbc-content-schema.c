/* mbc-content-schema.c: the one description of the content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-content-schema.h"
#include "mbc-fact.h"
#include "mbc-medical-test.h"
#include "mbc-question-group.h"
#include "mbc-question.h"
#include "mbc-resource.h"
#include "mbc-site.h"
#include "mbc-source.h"
#include "mbc-subtype.h"
#include "mbc-symptom.h"
#include "mbc-term.h"
#include "mbc-treatment.h"
#include "mbc-urgency.h"

static const char * const languages[] = { "en", "es", NULL };

static const MbcField source_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "organization", MBC_FIELD_TEXT, TRUE, .label = TRUE,
    .comment = "The organization that published a source document; a name, usually kept as it is." },
  { "title", MBC_FIELD_TEXT, TRUE, .label = TRUE,
    .comment = "The title of a source document. Keep a document's real title as it is; "
               "translate it only where it describes the document." },
  { "reviewed", MBC_FIELD_DATE, FALSE },
  { "archived", MBC_FIELD_DATE, FALSE },
  { "about", MBC_FIELD_TEXT, TRUE,
    .comment = "What a source document covers, in one sentence." },
  { NULL }
};

static const MbcKind source_kind = { "source", source_fields, mbc_source_build };

static const MbcField test_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "name", MBC_FIELD_TEXT, TRUE, .label = TRUE, .comment = "The name of a medical test." },
  { "description", MBC_FIELD_TEXT, TRUE,
    .comment = "What a medical test is and what it looks for." },
  { "sources", MBC_FIELD_SOURCES, TRUE, .kind = &source_kind },
  { NULL }
};

static const MbcKind test_kind = { "test", test_fields, mbc_medical_test_build };

static const MbcField symptom_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "text", MBC_FIELD_TEXT, TRUE,
    .comment = "A symptom, in plain words, as a person would notice it." },
  { "urgency", MBC_FIELD_CHOICE, TRUE, .choices = mbc_urgency_names },
  { "sources", MBC_FIELD_SOURCES, TRUE, .kind = &source_kind },
  { NULL }
};

static const MbcKind symptom_kind = { "symptom", symptom_fields, mbc_symptom_build };

static const MbcField site_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "name", MBC_FIELD_TEXT, TRUE, .label = TRUE,
    .comment = "A place in the body where breast cancer can spread; short, for a button." },
  { "summary", MBC_FIELD_TEXT, TRUE,
    .comment = "One short sentence about a site, shown as a tooltip." },
  { "about", MBC_FIELD_TEXT, TRUE,
    .comment = "What it means that breast cancer has spread to this site." },
  { "frequency", MBC_FIELD_TEXT, FALSE, .goes_with = "frequency-sources",
    .comment = "How often this is the first site where spread is found." },
  { "frequency-sources", MBC_FIELD_SOURCES, FALSE, .kind = &source_kind,
    .goes_with = "frequency" },
  { "symptoms", MBC_FIELD_ITEMS, TRUE, .kind = &symptom_kind },
  { "tests", MBC_FIELD_REFS, TRUE, .kind = &test_kind },
  { "care", MBC_FIELD_TEXT, FALSE,
    .comment = "What is particular about treating cancer that has spread here." },
  { "rare", MBC_FIELD_BOOLEAN, FALSE },
  { "sources", MBC_FIELD_SOURCES, TRUE, .kind = &source_kind },
  { NULL }
};

static const MbcKind site_kind = { "site", site_fields, mbc_site_build };

static const MbcField fact_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "title", MBC_FIELD_TEXT, FALSE, .label = TRUE, .comment = "A short heading." },
  { "text", MBC_FIELD_TEXT, TRUE, .comment = "A few short sentences for patients and families." },
  { "points", MBC_FIELD_TEXT_LIST, FALSE,
    .comment = "One point of a short bulleted list under a text." },
  { "sources", MBC_FIELD_SOURCES, TRUE, .kind = &source_kind },
  { NULL }
};

static const MbcKind fact_kind = { "fact", fact_fields, mbc_fact_build };

static const MbcField subtype_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "name", MBC_FIELD_TEXT, TRUE, .label = TRUE,
    .comment = "The name of a subtype of breast cancer." },
  { "description", MBC_FIELD_TEXT, TRUE, .comment = "What a subtype of breast cancer is." },
  { "sources", MBC_FIELD_SOURCES, TRUE, .kind = &source_kind },
  { NULL }
};

static const MbcKind subtype_kind = { "subtype", subtype_fields, mbc_subtype_build };

static const MbcField treatment_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "name", MBC_FIELD_TEXT, TRUE, .label = TRUE,
    .comment = "The name of a type of treatment." },
  { "summary", MBC_FIELD_TEXT, TRUE, .comment = "What a type of treatment is, in a sentence or two." },
  { "details", MBC_FIELD_TEXT, FALSE, .comment = "More about when and how a treatment is used." },
  { "subtypes", MBC_FIELD_REFS, FALSE, .kind = &subtype_kind },
  { "examples", MBC_FIELD_TEXT_LIST, FALSE, .label = TRUE,
    .comment = "A family of drugs or a named drug; keep drug names as they are." },
  { "sources", MBC_FIELD_SOURCES, TRUE, .kind = &source_kind },
  { NULL }
};

static const MbcKind treatment_kind = { "treatment", treatment_fields, mbc_treatment_build };

static const MbcField question_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "text", MBC_FIELD_TEXT, TRUE,
    .comment = "A question a patient asks the care team, in the first person." },
  { "sites", MBC_FIELD_REFS, FALSE, .kind = &site_kind },
  { "treatments", MBC_FIELD_REFS, FALSE, .kind = &treatment_kind },
  { "sources", MBC_FIELD_SOURCES, TRUE, .kind = &source_kind },
  { NULL }
};

static const MbcKind question_kind = { "question", question_fields, mbc_question_build };

static const MbcField question_group_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "title", MBC_FIELD_TEXT, TRUE, .label = TRUE,
    .comment = "The heading of a group of questions." },
  { "questions", MBC_FIELD_ITEMS, TRUE, .kind = &question_kind },
  { NULL }
};

static const MbcKind question_group_kind = {
  "question-group", question_group_fields, mbc_question_group_build
};

static const MbcField resource_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "name", MBC_FIELD_TEXT, TRUE, .label = TRUE,
    .comment = "The name of a help line, program or group." },
  { "description", MBC_FIELD_TEXT, TRUE, .comment = "What a help line, program or group offers." },
  { "phone", MBC_FIELD_PHONE, FALSE },
  { "hours", MBC_FIELD_TEXT, FALSE, .label = TRUE,
    .comment = "Opening hours; keep the time zone." },
  { "email", MBC_FIELD_EMAIL, FALSE },
  { "website", MBC_FIELD_LINK, FALSE },
  { "languages", MBC_FIELD_CHOICE_LIST, FALSE, .choices = languages },
  { "sources", MBC_FIELD_SOURCES, TRUE, .kind = &source_kind },
  { NULL }
};

static const MbcKind resource_kind = { "resource", resource_fields, mbc_resource_build };

static const MbcField term_fields[] = {
  { "id", MBC_FIELD_ID, TRUE },
  { "term", MBC_FIELD_TEXT, TRUE, .label = TRUE,
    .comment = "A word from the glossary, as it appears in the app's text." },
  { "definition", MBC_FIELD_TEXT, TRUE,
    .comment = "What a glossary word means, in plain words." },
  { "sources", MBC_FIELD_SOURCES, TRUE, .kind = &source_kind },
  { NULL }
};

static const MbcKind term_kind = { "term", term_fields, mbc_term_build };

const MbcContentList mbc_content_lists[MBC_N_CONTENT_LISTS + 1] = {
  { "sources.json", "sources", &source_kind },
  { "tests.json", "tests", &test_kind },
  { "sites.json", "sites", &site_kind },
  { "treatments.json", "guides", &fact_kind },
  { "treatments.json", "goals", &fact_kind },
  { "treatments.json", "subtypes", &subtype_kind },
  { "treatments.json", "treatments", &treatment_kind },
  { "questions.json", "groups", &question_group_kind },
  { "resources.json", "resources", &resource_kind },
  { "basics.json", "about", &fact_kind },
  { "basics.json", "help", &fact_kind },
  { "basics.json", "living", &fact_kind },
  { "basics.json", "glossary", &term_kind },
  { NULL }
};

const MbcContentList mbc_content_pack_lists[MBC_N_PACK_LISTS + 1] = {
  { "sources.json", "sources", &source_kind },
  { "resources.json", "resources", &resource_kind },
  { NULL }
};

/* English is the text of the field itself. */
const char * const mbc_content_pack_languages[] = { "es", NULL };
