/* mbc-content-check-items.c: checking each item against its kind
 *
 * The half of MbcContentCheck that walks the schema: every field of an
 * item, every entry of a list, every translation in a pack, each held
 * to its field's rules, and every id noted to find those used twice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mbc-content-check-private.h"
#include "mbc-content-schema.h"

typedef MbcContentCheck Check;

const char *
_mbc_content_check_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "a list";
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return "true or false";
    case G_TYPE_STRING:
      return "a string";
    default:
      return "a number";
    }
}

static gboolean
is_id (const char *text)
{
  gboolean after_dash = TRUE;

  if (text == NULL || *text == '\0')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_dash)
            return FALSE;
          after_dash = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_dash = FALSE;
      else
        return FALSE;
    }

  return !after_dash;
}

static gboolean
is_date (const char *text)
{
  guint year, month, day;
  char end;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;

  return g_date_valid_dmy (day, month, year);
}

static gboolean
is_phone (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr (" -.()+", *p) == NULL)
        return FALSE;
    }

  return digits >= 3;
}

static gboolean
is_email (const char *text)
{
  const char *at = strchr (text, '@');

  if (at == NULL || at == text || at[1] == '\0' || strchr (at + 1, '@') != NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || strchr (":/?#<>\"", *p) != NULL)
      return FALSE;

  return TRUE;
}

static gboolean
is_choice (const MbcField *field,
           const char     *text)
{
  return g_strv_contains ((const char * const *) field->choices, text);
}

static char *
list_choices (const MbcField *field)
{
  return g_strjoinv (", ", (char **) field->choices);
}

/* A string that must not be empty, or NULL after noting why. */
static const char *
check_string (Check        *check,
              ContentFile  *file,
              MbcJsonPlace  place,
              const char   *owner,
              const char   *what,
              JsonNode     *node)
{
  const char *text;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _mbc_content_check_add_problem (check, file, place, owner, "%s must be a string, not %s",
                                      what, _mbc_content_check_type_name (node));
      return NULL;
    }

  text = json_node_get_string (node);
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return text;

  _mbc_content_check_add_problem (check, file, place, owner, "%s is empty", what);
  return NULL;
}

static void
check_value (Check          *check,
             ContentFile    *file,
             MbcJsonPlace    place,
             const char     *owner,
             const MbcField *field,
             JsonNode       *node,
             const char     *what)
{
  const char *text;

  switch (field->type)
    {
    case MBC_FIELD_TEXT:
    case MBC_FIELD_TEXT_LIST:
      /* A text is shown as the app lays it out, and translated as one
       * line; a line break in it is almost always a pasting mistake.
       */
      if ((text = check_string (check, file, place, owner, what, node)) != NULL &&
          strpbrk (text, "\n\r") != NULL)
        _mbc_content_check_add_problem (check, file, place, owner,
                                        "%s must be one line, without line breaks", what);
      break;

    case MBC_FIELD_ID:
    case MBC_FIELD_STRING:
      check_string (check, file, place, owner, what, node);
      break;

    case MBC_FIELD_DATE:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL && !is_date (text))
        _mbc_content_check_add_problem (check, file, place, owner,
                                        "%s must be a date written YYYY-MM-DD, not “%s”",
                                        what, text);
      break;

    case MBC_FIELD_BOOLEAN:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        _mbc_content_check_add_problem (check, file, place, owner,
                                        "%s must be true or false, not %s",
                                        what, _mbc_content_check_type_name (node));
      break;

    case MBC_FIELD_CHOICE:
    case MBC_FIELD_CHOICE_LIST:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL &&
          !is_choice (field, text))
        {
          g_autofree char *choices = list_choices (field);

          _mbc_content_check_add_problem (check, file, place, owner,
                                          "%s must be one of %s, not “%s”", what, choices, text);
        }
      break;

    case MBC_FIELD_SOURCES:
    case MBC_FIELD_REFS:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL)
        _mbc_content_check_note_reference (check, file, place, owner, field->kind, text);
      break;

    case MBC_FIELD_PHONE:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL && !is_phone (text))
        _mbc_content_check_add_problem (check, file, place, owner,
                                        "%s must be a phone number of digits, spaces and "
                                        "dashes, not “%s”",
                                        what, text);
      break;

    case MBC_FIELD_EMAIL:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL && !is_email (text))
        _mbc_content_check_add_problem (check, file, place, owner,
                                        "%s is not an email address: “%s”", what, text);
      break;

    case MBC_FIELD_LINK:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL)
        {
          g_autoptr(GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);

          if (uri == NULL || g_strcmp0 (g_uri_get_scheme (uri), "https") != 0 ||
              g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
            _mbc_content_check_add_problem (check, file, place, owner,
                                            "%s must be a web address that starts with "
                                            "https://, not “%s”",
                                            what, text);
        }
      break;

    case MBC_FIELD_ITEMS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_list_field (const MbcField *field)
{
  return field->type == MBC_FIELD_TEXT_LIST || field->type == MBC_FIELD_CHOICE_LIST ||
         field->type == MBC_FIELD_SOURCES || field->type == MBC_FIELD_REFS ||
         field->type == MBC_FIELD_ITEMS;
}

/* A member "FIELD@LANGUAGE" of an item in a local content pack: the
 * text FIELD in another language, held to the same rules as FIELD.
 * Returns whether @name is such a member, after noting what is wrong
 * with it.
 */
static gboolean
check_translation (Check         *check,
                   ContentFile   *file,
                   JsonObject    *object,
                   const char    *owner,
                   const MbcKind *kind,
                   const char    *name)
{
  const char *at = strchr (name, '@');
  g_autofree char *base = NULL;
  const MbcField *field;
  MbcJsonPlace place;

  if (!check->reading_pack || at == NULL)
    return FALSE;

  base = g_strndup (name, at - name);
  field = mbc_kind_find_field (kind, base);
  place = mbc_json_places_of_member (file->places, object, name);

  if (field == NULL)
    return FALSE;

  if (field->type != MBC_FIELD_TEXT && field->type != MBC_FIELD_TEXT_LIST)
    {
      _mbc_content_check_add_problem (check, file, place, owner,
                                      "“%s” is not a text, so “%s” cannot translate it",
                                      base, name);
      return TRUE;
    }

  if (!g_strv_contains (mbc_content_pack_languages, at + 1))
    {
      g_autofree char *languages = g_strjoinv (", ", (char **) mbc_content_pack_languages);

      _mbc_content_check_add_problem (check, file, place, owner,
                                      "“%s” names a language the guide does not have: "
                                      "use one of %s, not “%s”",
                                      name, languages, at + 1);
      return TRUE;
    }

  if (!json_object_has_member (object, base))
    {
      _mbc_content_check_add_problem (check, file, place, owner,
                                      "“%s” translates “%s”, which is missing", name, base);
      return TRUE;
    }

  {
    JsonNode *node = json_object_get_member (object, name);
    g_autofree char *what = g_strdup_printf ("“%s”", name);

    if (!is_list_field (field))
      {
        check_value (check, file, place, owner, field, node, what);
      }
    else if (!JSON_NODE_HOLDS_ARRAY (node))
      {
        _mbc_content_check_add_problem (check, file, place, owner, "%s must be a list, not %s",
                                        what, _mbc_content_check_type_name (node));
      }
    else
      {
        JsonArray *array = json_node_get_array (node);
        JsonArray *english = json_object_get_array_member (object, base);

        /* Entry by entry, so that each English text has its own. */
        if (english != NULL && json_array_get_length (array) != json_array_get_length (english))
          _mbc_content_check_add_problem (check, file, place, owner,
                                          "%s must have as many entries as “%s”", what, base);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            g_autofree char *element_what = g_strdup_printf ("entry %u of “%s”", i + 1, name);

            check_value (check, file, mbc_json_places_of_element (file->places, array, i),
                         owner, field, json_array_get_element (array, i), element_what);
          }
      }
  }

  return TRUE;
}

static void
check_field (Check          *check,
             ContentFile    *file,
             JsonObject     *object,
             const char     *owner,
             const MbcField *field)
{
  JsonNode *node = json_object_get_member (object, field->name);
  MbcJsonPlace place = mbc_json_places_of_member (file->places, object, field->name);
  g_autofree char *what = g_strdup_printf ("“%s”", field->name);
  JsonArray *array;
  guint n;

  if (!is_list_field (field))
    {
      check_value (check, file, place, owner, field, node, what);
      return;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _mbc_content_check_add_problem (check, file, place, owner, "%s must be a list, not %s",
                                      what, _mbc_content_check_type_name (node));
      return;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);

  if (n == 0 && field->type != MBC_FIELD_ITEMS && field->type != MBC_FIELD_REFS)
    _mbc_content_check_add_problem (check, file, place, owner, "%s must not be empty", what);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_what = g_strdup_printf ("entry %u of “%s”", i + 1, field->name);
      MbcJsonPlace element_place = mbc_json_places_of_element (file->places, array, i);

      if (field->type == MBC_FIELD_ITEMS)
        _mbc_content_check_item (check, file, field->kind, element, element_place, owner);
      else
        check_value (check, file, element_place, owner, field, element, element_what);
    }
}

/* An item's id must be one the guide can put in a link, and the only
 * one of its kind: noted with its place, to tell where the first was.
 */
static void
check_id (Check         *check,
          ContentFile   *file,
          JsonObject    *object,
          const char    *owner,
          const MbcKind *kind,
          const char    *id)
{
  MbcJsonPlace place = mbc_json_places_of_member (file->places, object, "id");
  GHashTable *ids;
  const char *first;

  if (!is_id (id))
    {
      _mbc_content_check_add_problem (check, file, place, owner,
                                      "an id may hold only lower-case letters, digits and "
                                      "single dashes");
      return;
    }

  ids = g_hash_table_lookup (check->ids, kind->name);
  if (ids == NULL)
    {
      ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (check->ids, (gpointer) kind->name, ids);
    }

  first = g_hash_table_lookup (ids, id);
  if (first != NULL)
    _mbc_content_check_add_problem (check, file, place, owner,
                                    "the id “%s” is used twice (first at %s)", id, first);
  else
    g_hash_table_insert (ids,
                         g_strdup (id),
                         g_strdup_printf ("%s:%u", file->name, mbc_json_place_get_line (place)));
}

void
_mbc_content_check_item (Check         *check,
                         ContentFile   *file,
                         const MbcKind *kind,
                         JsonNode      *node,
                         MbcJsonPlace   place,
                         const char    *where)
{
  g_autofree char *owner = NULL;
  JsonObject *object;
  JsonNode *id_node;
  const char *id = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _mbc_content_check_add_problem (check, file, place, where,
                                      "each %s must be an object, not %s",
                                      kind->name, _mbc_content_check_type_name (node));
      return;
    }

  object = json_node_get_object (node);

  id_node = json_object_get_member (object, "id");
  if (id_node != NULL && JSON_NODE_HOLDS_VALUE (id_node) &&
      json_node_get_value_type (id_node) == G_TYPE_STRING)
    id = json_node_get_string (id_node);

  if (id != NULL && *id != '\0')
    owner = g_strdup_printf ("%s “%s”", kind->name, id);
  else if (where != NULL)
    owner = g_strdup_printf ("%s, a %s", where, kind->name);
  else
    owner = g_strdup_printf ("a %s", kind->name);

  /* Unknown fields are most often typing mistakes in a field name. */
  {
    g_autoptr(GList) names = json_object_get_members (object);

    for (const GList *l = names; l != NULL; l = l->next)
      if (mbc_kind_find_field (kind, l->data) == NULL &&
          !check_translation (check, file, object, owner, kind, l->data))
        _mbc_content_check_add_problem (check, file,
                                        mbc_json_places_of_member (file->places, object, l->data),
                                        owner, "unknown field “%s”", (const char *) l->data);
  }

  for (const MbcField *field = kind->fields; field->name != NULL; field++)
    {
      if (!json_object_has_member (object, field->name))
        {
          if (field->required)
            _mbc_content_check_add_problem (check, file, place, owner,
                                            "the field “%s” is missing", field->name);
          continue;
        }

      if (field->goes_with != NULL && !json_object_has_member (object, field->goes_with))
        _mbc_content_check_add_problem (check, file,
                                        mbc_json_places_of_member (file->places, object,
                                                                   field->name),
                                        owner, "the field “%s” needs the field “%s” beside it",
                                        field->name, field->goes_with);

      check_field (check, file, object, owner, field);
    }

  if (id != NULL)
    check_id (check, file, object, owner, kind, id);
}
