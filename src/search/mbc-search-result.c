/* mbc-search-result.c: one thing the search found
 *
 * A result is made once, by the index, and never changes: the window
 * shows it and goes to the place it names. Its properties are read-only
 * so that a list's rows can bind to them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-search-result.h"

struct _MbcSearchResult
{
  GObject         parent_instance;

  MbcSearchKind   kind;
  char           *id;
  char           *site_id;
  char           *section;
  char           *title;
  char           *context;
  int             urgency;
  guint           score;
  MbcSearchRange *title_ranges;
  guint           n_title_ranges;
  GStrv           matched_words;
};

G_DEFINE_FINAL_TYPE (MbcSearchResult, mbc_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_SITE_ID,
  PROP_SECTION,
  PROP_TITLE,
  PROP_CONTEXT,
  PROP_URGENCY,
  PROP_SCORE,
  PROP_MATCHED_WORDS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

GType
mbc_search_kind_get_type (void)
{
  static gsize type = 0;
  static const GEnumValue values[] = {
    { MBC_SEARCH_KIND_SITE, "MBC_SEARCH_KIND_SITE", "site" },
    { MBC_SEARCH_KIND_SIGN, "MBC_SEARCH_KIND_SIGN", "sign" },
    { MBC_SEARCH_KIND_TEST, "MBC_SEARCH_KIND_TEST", "test" },
    { MBC_SEARCH_KIND_TREATMENT, "MBC_SEARCH_KIND_TREATMENT", "treatment" },
    { MBC_SEARCH_KIND_SUBTYPE, "MBC_SEARCH_KIND_SUBTYPE", "subtype" },
    { MBC_SEARCH_KIND_TERM, "MBC_SEARCH_KIND_TERM", "term" },
    { MBC_SEARCH_KIND_BASICS, "MBC_SEARCH_KIND_BASICS", "basics" },
    { MBC_SEARCH_KIND_SUGGESTED_QUESTION, "MBC_SEARCH_KIND_SUGGESTED_QUESTION", "suggested-question" },
    { MBC_SEARCH_KIND_RESOURCE, "MBC_SEARCH_KIND_RESOURCE", "resource" },
    { MBC_SEARCH_KIND_OWN_QUESTION, "MBC_SEARCH_KIND_OWN_QUESTION", "own-question" },
    { MBC_SEARCH_KIND_DIARY_ENTRY, "MBC_SEARCH_KIND_DIARY_ENTRY", "diary-entry" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static (g_intern_static_string ("MbcSearchKind"),
                                                      values));

  return type;
}

static void
mbc_search_result_finalize (GObject *object)
{
  MbcSearchResult *self = MBC_SEARCH_RESULT (object);

  g_free (self->id);
  g_free (self->site_id);
  g_free (self->section);
  g_free (self->title);
  g_free (self->context);
  g_free (self->title_ranges);
  g_strfreev (self->matched_words);

  G_OBJECT_CLASS (mbc_search_result_parent_class)->finalize (object);
}

static void
mbc_search_result_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MbcSearchResult *self = MBC_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_SITE_ID:
      g_value_set_string (value, self->site_id);
      break;
    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_CONTEXT:
      g_value_set_string (value, self->context);
      break;
    case PROP_URGENCY:
      g_value_set_int (value, self->urgency);
      break;
    case PROP_SCORE:
      g_value_set_uint (value, self->score);
      break;
    case PROP_MATCHED_WORDS:
      g_value_set_boxed (value, self->matched_words);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_search_result_class_init (MbcSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = mbc_search_result_finalize;
  object_class->get_property = mbc_search_result_get_property;

  props[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       MBC_TYPE_SEARCH_KIND, MBC_SEARCH_KIND_SITE, flags);
  props[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /* The site a site or a sign belongs to; NULL for other kinds. */
  props[PROP_SITE_ID] = g_param_spec_string ("site-id", NULL, NULL, NULL, flags);
  /* For a fact, the list it is in ("about", "help", "living", "guides",
   * "goals"); for a suggested question, its group's id; NULL otherwise.
   */
  props[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, NULL, flags);
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  props[PROP_CONTEXT] = g_param_spec_string ("context", NULL, NULL, NULL, flags);
  /* A sign's MbcUrgency; -1 for every other kind. */
  props[PROP_URGENCY] = g_param_spec_int ("urgency", NULL, NULL, -1, G_MAXINT, -1, flags);
  props[PROP_SCORE] = g_param_spec_uint ("score", NULL, NULL, 0, G_MAXUINT, 0, flags);
  props[PROP_MATCHED_WORDS] =
    g_param_spec_boxed ("matched-words", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
mbc_search_result_init (MbcSearchResult *self)
{
  self->urgency = -1;
}

/* For the index: a result, with the parts of @title that matched and the
 * words of the item, as written there, that matched the query.
 */
MbcSearchResult *
mbc_search_result_new (MbcSearchKind         kind,
                       const char           *id,
                       const char           *site_id,
                       const char           *section,
                       const char           *title,
                       const char           *context,
                       int                   urgency,
                       guint                 score,
                       const MbcSearchRange *title_ranges,
                       guint                 n_title_ranges,
                       const char * const   *matched_words)
{
  MbcSearchResult *self;

  g_return_val_if_fail (kind < MBC_SEARCH_N_KINDS, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (MBC_TYPE_SEARCH_RESULT, NULL);
  self->kind = kind;
  self->id = g_strdup (id);
  self->site_id = g_strdup (site_id);
  self->section = g_strdup (section);
  self->title = g_strdup (title);
  self->context = g_strdup (context);
  self->urgency = urgency;
  self->score = score;
  self->title_ranges = g_memdup2 (title_ranges, n_title_ranges * sizeof (MbcSearchRange));
  self->n_title_ranges = n_title_ranges;
  self->matched_words = g_strdupv ((char **) matched_words);
  if (self->matched_words == NULL)
    self->matched_words = g_new0 (char *, 1);

  return self;
}

MbcSearchKind
mbc_search_result_get_kind (MbcSearchResult *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), MBC_SEARCH_KIND_SITE);
  return self->kind;
}

const char *
mbc_search_result_get_id (MbcSearchResult *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), NULL);
  return self->id;
}

const char *
mbc_search_result_get_site_id (MbcSearchResult *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), NULL);
  return self->site_id;
}

const char *
mbc_search_result_get_section (MbcSearchResult *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), NULL);
  return self->section;
}

const char *
mbc_search_result_get_title (MbcSearchResult *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), NULL);
  return self->title;
}

const char *
mbc_search_result_get_context (MbcSearchResult *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), NULL);
  return self->context;
}

int
mbc_search_result_get_urgency (MbcSearchResult *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), -1);
  return self->urgency;
}

guint
mbc_search_result_get_score (MbcSearchResult *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), 0);
  return self->score;
}

/* The parts of the title that matched a word of the query, in order and
 * apart from each other, for the window to mark.
 */
const MbcSearchRange *
mbc_search_result_get_title_ranges (MbcSearchResult *self,
                                    guint           *n_ranges)
{
  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), NULL);
  g_return_val_if_fail (n_ranges != NULL, NULL);

  *n_ranges = self->n_title_ranges;
  return self->title_ranges;
}

/* The words of the item, as its text writes them, that matched the
 * query, each once: in the title or in the text around it.
 */
const char * const *
mbc_search_result_get_matched_words (MbcSearchResult *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), NULL);
  return (const char * const *) self->matched_words;
}

/**
 * mbc_search_result_dup_key:
 *
 * Returns: a name for what @self found, "kind:id" ("site:bones",
 * "term:jaundice"), that mbc_search_index_find() turns back into a
 * result. It stays the same in every language, so a result named by
 * the desktop's search opens in the language of the moment.
 */
char *
mbc_search_result_dup_key (MbcSearchResult *self)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (MBC_TYPE_SEARCH_KIND);
  GEnumValue *value;

  g_return_val_if_fail (MBC_IS_SEARCH_RESULT (self), NULL);

  value = g_enum_get_value (kinds, self->kind);

  return g_strdup_printf ("%s:%s", value->value_nick, self->id);
}

/**
 * mbc_search_key_parse:
 * @key: a key from mbc_search_result_dup_key()
 * @kind: (out): its kind
 * @id: (out) (transfer full): its id
 *
 * Returns: whether @key is a key of a known kind with an id.
 */
gboolean
mbc_search_key_parse (const char     *key,
                      MbcSearchKind  *kind,
                      char          **id)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (MBC_TYPE_SEARCH_KIND);
  g_autofree char *nick = NULL;
  const char *colon;
  GEnumValue *value;

  g_return_val_if_fail (kind != NULL && id != NULL, FALSE);

  if (key == NULL || (colon = strchr (key, ':')) == NULL || colon[1] == '\0')
    return FALSE;

  nick = g_strndup (key, colon - key);
  value = g_enum_get_value_by_nick (kinds, nick);
  if (value == NULL)
    return FALSE;

  *kind = value->value;
  *id = g_strdup (colon + 1);

  return TRUE;
}
