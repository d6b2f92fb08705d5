/* mbc-content-check.c: reading content files and finding what is wrong
 *
 * Every problem is noted with its file, line and column, and checking
 * goes on after the first one, so that a person fixing a content folder
 * sees all that is wrong at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mbc-content-check.h"
#include "mbc-content-error.h"
#include "mbc-content-schema.h"

/* A place in a file: line and column packed into one pointer-sized
 * value, so that it can live in a hash table without allocations.
 */
#define PLACE(line, column) GUINT_TO_POINTER (((guint) (line) << 12) | MIN ((guint) (column), 4095u))
#define PLACE_LINE(place)   (GPOINTER_TO_UINT (place) >> 12)
#define PLACE_COLUMN(place) (GPOINTER_TO_UINT (place) & 4095u)

typedef struct
{
  char       *name;
  JsonParser *parser;
  /* JsonObject or JsonArray → where it starts. */
  GHashTable *starts;
  /* JsonObject → (member name → where its value ends). */
  GHashTable *members;
  /* JsonArray → GPtrArray of where each plain element ends. */
  GHashTable *elements;
  GArray     *open;
} ContentFile;

typedef struct
{
  char          *id;
  const MbcKind *kind;
  ContentFile   *file;
  gpointer       place;
  char          *owner;
} Reference;

struct _MbcContentCheck
{
  /* File name → ContentFile, for every file read. */
  GHashTable *files;
  /* The names of files that could not be read or parsed. */
  GHashTable *unread;
  GPtrArray  *problems;
  /* Kind name → (id → "file:line"), to find duplicates and references. */
  GHashTable *ids;
  GPtrArray  *references;
  /* How many of the references have been looked up already. */
  guint       n_references_checked;

  /* The local content pack, once read: its file names (of
   * mbc_content_pack_lists) → ContentFile, and whether a file of it
   * could not be read.
   */
  GHashTable *pack_files;
  gboolean    pack_unread;
  /* Whether the files being read are a pack's, whose texts may carry
   * translations.
   */
  gboolean    reading_pack;
};

typedef MbcContentCheck Check;


static void
content_file_free (ContentFile *file)
{
  g_clear_pointer (&file->name, g_free);
  g_clear_object (&file->parser);
  g_clear_pointer (&file->starts, g_hash_table_unref);
  g_clear_pointer (&file->members, g_hash_table_unref);
  g_clear_pointer (&file->elements, g_hash_table_unref);
  g_clear_pointer (&file->open, g_array_unref);
  g_free (file);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContentFile, content_file_free)

static void
reference_free (Reference *reference)
{
  g_free (reference->id);
  g_free (reference->owner);
  g_free (reference);
}

static gpointer
current_place (ContentFile *file)
{
  return PLACE (json_parser_get_current_line (file->parser),
                json_parser_get_current_pos (file->parser));
}

static void
container_start_cb (JsonParser  *parser,
                    ContentFile *file)
{
  gpointer place = current_place (file);

  g_array_append_val (file->open, place);
}

static void
container_end_cb (JsonParser  *parser,
                  gpointer     container,
                  ContentFile *file)
{
  if (file->open->len == 0)
    return;

  g_hash_table_insert (file->starts,
                       container,
                       g_array_index (file->open, gpointer, file->open->len - 1));
  g_array_set_size (file->open, file->open->len - 1);
}

static void
object_member_cb (JsonParser  *parser,
                  JsonObject  *object,
                  const char  *name,
                  ContentFile *file)
{
  GHashTable *members = g_hash_table_lookup (file->members, object);

  if (members == NULL)
    {
      members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (file->members, object, members);
    }

  g_hash_table_insert (members, g_strdup (name), current_place (file));
}

static void
array_element_cb (JsonParser  *parser,
                  JsonArray   *array,
                  int          index,
                  ContentFile *file)
{
  GPtrArray *places = g_hash_table_lookup (file->elements, array);

  if (places == NULL)
    {
      places = g_ptr_array_new ();
      g_hash_table_insert (file->elements, array, places);
    }

  if (index >= 0 && (guint) index >= places->len)
    g_ptr_array_set_size (places, index + 1);
  if (index >= 0)
    g_ptr_array_index (places, index) = current_place (file);
}

static ContentFile *
content_file_new (const char *name)
{
  ContentFile *file = g_new0 (ContentFile, 1);

  file->name = g_strdup (name);
  file->parser = json_parser_new ();
  file->starts = g_hash_table_new (NULL, NULL);
  file->members = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  file->elements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  file->open = g_array_new (FALSE, FALSE, sizeof (gpointer));

  g_signal_connect (file->parser, "object-start", G_CALLBACK (container_start_cb), file);
  g_signal_connect (file->parser, "array-start", G_CALLBACK (container_start_cb), file);
  g_signal_connect (file->parser, "object-end", G_CALLBACK (container_end_cb), file);
  g_signal_connect (file->parser, "array-end", G_CALLBACK (container_end_cb), file);
  g_signal_connect (file->parser, "object-member", G_CALLBACK (object_member_cb), file);
  g_signal_connect (file->parser, "array-element", G_CALLBACK (array_element_cb), file);

  return file;
}

static gpointer
place_of_container (ContentFile *file,
                    gpointer     container)
{
  gpointer place = g_hash_table_lookup (file->starts, container);

  return place != NULL ? place : PLACE (1, 1);
}

/* Where @node starts, when it is an object or an array; NULL otherwise. */
static gpointer
place_of_start (ContentFile *file,
                JsonNode    *node)
{
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return g_hash_table_lookup (file->starts, json_node_get_object (node));
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    return g_hash_table_lookup (file->starts, json_node_get_array (node));

  return NULL;
}

/* Where a member's value is: the start of an object or array, or the
 * end of a plain value, which is on the line of its name.
 */
static gpointer
place_of_member (ContentFile *file,
                 JsonObject  *object,
                 const char  *name)
{
  gpointer place = place_of_start (file, json_object_get_member (object, name));
  GHashTable *members;

  if (place == NULL && (members = g_hash_table_lookup (file->members, object)) != NULL)
    place = g_hash_table_lookup (members, name);

  return place != NULL ? place : place_of_container (file, object);
}

/* Where entry @index of @array is: the start of an object or array, or
 * the end of a plain value, so that a wrong entry in a list that spans
 * lines is found on its own line.
 */
static gpointer
place_of_element (ContentFile *file,
                  JsonArray   *array,
                  guint        index)
{
  gpointer place = place_of_start (file, json_array_get_element (array, index));
  GPtrArray *places;

  if (place == NULL && (places = g_hash_table_lookup (file->elements, array)) != NULL && index < places->len)
    place = g_ptr_array_index (places, index);

  return place != NULL ? place : place_of_container (file, array);
}

G_GNUC_PRINTF (5, 6)
static void
add_problem (Check       *check,
             ContentFile *file,
             gpointer     place,
             const char  *owner,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (owner != NULL)
    g_ptr_array_add (check->problems,
                     g_strdup_printf ("%s:%u:%u: %s: %s",
                                      file->name, PLACE_LINE (place), PLACE_COLUMN (place),
                                      owner, message));
  else
    g_ptr_array_add (check->problems,
                     g_strdup_printf ("%s:%u:%u: %s",
                                      file->name, PLACE_LINE (place), PLACE_COLUMN (place),
                                      message));
}

static const char *
json_type_name (JsonNode *node)
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

static void
note_reference (Check          *check,
                ContentFile    *file,
                gpointer        place,
                const char     *owner,
                const MbcKind  *kind,
                const char     *id)
{
  Reference *reference = g_new0 (Reference, 1);

  reference->id = g_strdup (id);
  reference->kind = kind;
  reference->file = file;
  reference->place = place;
  reference->owner = g_strdup (owner);
  g_ptr_array_add (check->references, reference);
}

static void check_item (Check         *check,
                        ContentFile   *file,
                        const MbcKind *kind,
                        JsonNode      *node,
                        gpointer       place,
                        const char    *where);

/* A string that must not be empty, or NULL after noting why. */
static const char *
check_string (Check       *check,
              ContentFile *file,
              gpointer     place,
              const char  *owner,
              const char  *what,
              JsonNode    *node)
{
  const char *text;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      add_problem (check, file, place, owner, "%s must be a string, not %s",
                   what, json_type_name (node));
      return NULL;
    }

  text = json_node_get_string (node);
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return text;

  add_problem (check, file, place, owner, "%s is empty", what);
  return NULL;
}

static void
check_value (Check          *check,
             ContentFile    *file,
             gpointer        place,
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
        add_problem (check, file, place, owner, "%s must be one line, without line breaks", what);
      break;

    case MBC_FIELD_ID:
    case MBC_FIELD_STRING:
      check_string (check, file, place, owner, what, node);
      break;

    case MBC_FIELD_DATE:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL && !is_date (text))
        add_problem (check, file, place, owner,
                     "%s must be a date written YYYY-MM-DD, not “%s”", what, text);
      break;

    case MBC_FIELD_BOOLEAN:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        add_problem (check, file, place, owner, "%s must be true or false, not %s",
                     what, json_type_name (node));
      break;

    case MBC_FIELD_CHOICE:
    case MBC_FIELD_CHOICE_LIST:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL &&
          !is_choice (field, text))
        {
          g_autofree char *choices = list_choices (field);

          add_problem (check, file, place, owner, "%s must be one of %s, not “%s”",
                       what, choices, text);
        }
      break;

    case MBC_FIELD_SOURCES:
    case MBC_FIELD_REFS:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL)
        note_reference (check, file, place, owner, field->kind, text);
      break;

    case MBC_FIELD_PHONE:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL && !is_phone (text))
        add_problem (check, file, place, owner,
                     "%s must be a phone number of digits, spaces and dashes, not “%s”",
                     what, text);
      break;

    case MBC_FIELD_EMAIL:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL && !is_email (text))
        add_problem (check, file, place, owner, "%s is not an email address: “%s”", what, text);
      break;

    case MBC_FIELD_LINK:
      if ((text = check_string (check, file, place, owner, what, node)) != NULL)
        {
          g_autoptr(GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);

          if (uri == NULL || g_strcmp0 (g_uri_get_scheme (uri), "https") != 0 ||
              g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
            add_problem (check, file, place, owner,
                         "%s must be a web address that starts with https://, not “%s”",
                         what, text);
        }
      break;

    case MBC_FIELD_ITEMS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean is_list_field (const MbcField *field);

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
  gpointer place;

  if (!check->reading_pack || at == NULL)
    return FALSE;

  base = g_strndup (name, at - name);
  field = mbc_kind_find_field (kind, base);
  place = place_of_member (file, object, name);

  if (field == NULL)
    return FALSE;

  if (field->type != MBC_FIELD_TEXT && field->type != MBC_FIELD_TEXT_LIST)
    {
      add_problem (check, file, place, owner,
                   "“%s” is not a text, so “%s” cannot translate it", base, name);
      return TRUE;
    }

  if (!g_strv_contains (mbc_content_pack_languages, at + 1))
    {
      g_autofree char *languages = g_strjoinv (", ", (char **) mbc_content_pack_languages);

      add_problem (check, file, place, owner,
                   "“%s” names a language the guide does not have: use one of %s, not “%s”",
                   name, languages, at + 1);
      return TRUE;
    }

  if (!json_object_has_member (object, base))
    {
      add_problem (check, file, place, owner,
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
        add_problem (check, file, place, owner, "%s must be a list, not %s",
                     what, json_type_name (node));
      }
    else
      {
        JsonArray *array = json_node_get_array (node);
        JsonArray *english = json_object_get_array_member (object, base);

        /* Entry by entry, so that each English text has its own. */
        if (english != NULL && json_array_get_length (array) != json_array_get_length (english))
          add_problem (check, file, place, owner, "%s must have as many entries as “%s”",
                       what, base);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            g_autofree char *element_what = g_strdup_printf ("entry %u of “%s”", i + 1, name);

            check_value (check, file, place_of_element (file, array, i), owner, field,
                         json_array_get_element (array, i), element_what);
          }
      }
  }

  return TRUE;
}

static gboolean
is_list_field (const MbcField *field)
{
  return field->type == MBC_FIELD_TEXT_LIST || field->type == MBC_FIELD_CHOICE_LIST ||
         field->type == MBC_FIELD_SOURCES || field->type == MBC_FIELD_REFS ||
         field->type == MBC_FIELD_ITEMS;
}

static void
check_field (Check          *check,
             ContentFile    *file,
             JsonObject     *object,
             const char     *owner,
             const MbcField *field)
{
  JsonNode *node = json_object_get_member (object, field->name);
  gpointer place = place_of_member (file, object, field->name);
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
      add_problem (check, file, place, owner, "%s must be a list, not %s",
                   what, json_type_name (node));
      return;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);

  if (n == 0 && field->type != MBC_FIELD_ITEMS && field->type != MBC_FIELD_REFS)
    add_problem (check, file, place, owner, "%s must not be empty", what);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_what = g_strdup_printf ("entry %u of “%s”", i + 1, field->name);

      gpointer element_place = place_of_element (file, array, i);

      if (field->type == MBC_FIELD_ITEMS)
        check_item (check, file, field->kind, element, element_place, owner);
      else
        check_value (check, file, element_place, owner, field, element, element_what);
    }
}

/* Checks one item; @where names what holds it, for messages about an
 * item whose own id is not known.
 */
static void
check_item (Check         *check,
            ContentFile   *file,
            const MbcKind *kind,
            JsonNode      *node,
            gpointer       place,
            const char    *where)
{
  g_autofree char *owner = NULL;
  JsonObject *object;
  JsonNode *id_node;
  const char *id = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_problem (check, file, place, where, "each %s must be an object, not %s",
                   kind->name, json_type_name (node));
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
        add_problem (check, file, place_of_member (file, object, l->data), owner,
                     "unknown field “%s”", (const char *) l->data);
  }

  for (const MbcField *field = kind->fields; field->name != NULL; field++)
    {
      if (!json_object_has_member (object, field->name))
        {
          if (field->required)
            add_problem (check, file, place, owner, "the field “%s” is missing", field->name);
          continue;
        }

      if (field->goes_with != NULL && !json_object_has_member (object, field->goes_with))
        add_problem (check, file, place_of_member (file, object, field->name), owner,
                     "the field “%s” needs the field “%s” beside it",
                     field->name, field->goes_with);

      check_field (check, file, object, owner, field);
    }

  if (id == NULL)
    return;

  if (!is_id (id))
    {
      add_problem (check, file, place_of_member (file, object, "id"), owner,
                   "an id may hold only lower-case letters, digits and single dashes");
      return;
    }

  {
    GHashTable *ids = g_hash_table_lookup (check->ids, kind->name);
    const char *first;

    if (ids == NULL)
      {
        ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
        g_hash_table_insert (check->ids, (gpointer) kind->name, ids);
      }

    first = g_hash_table_lookup (ids, id);
    if (first != NULL)
      add_problem (check, file, place_of_member (file, object, "id"), owner,
                   "the id “%s” is used twice (first at %s)", id, first);
    else
      g_hash_table_insert (ids,
                           g_strdup (id),
                           g_strdup_printf ("%s:%u", file->name,
                                            PLACE_LINE (place_of_member (file, object, "id"))));
  }
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;

  return TRUE;
}

/* Finds the first text or member name in @node that is not UTF-8, and
 * where it is. The file itself is UTF-8, so such a text comes from a \u
 * escape that stands for half a character (\ud800 to \udfff alone),
 * which json-glib passes on as it is.
 */
static gboolean
find_broken_text (ContentFile *file,
                  JsonNode    *node,
                  gpointer     place,
                  gpointer    *found)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      for (const GList *l = names; l != NULL; l = l->next)
        {
          gpointer member_place = place_of_member (file, object, l->data);

          if (!g_utf8_validate (l->data, -1, NULL))
            {
              *found = member_place;
              return TRUE;
            }
          if (find_broken_text (file, json_object_get_member (object, l->data), member_place, found))
            return TRUE;
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (find_broken_text (file, json_array_get_element (array, i),
                              place_of_element (file, array, i), found))
          return TRUE;
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
           !g_utf8_validate (json_node_get_string (node), -1, NULL))
    {
      *found = place;
      return TRUE;
    }

  return FALSE;
}

/* The invisible characters that change how a text is shown rather than
 * what it says: with them a pack can make "evil" show as "live", or a
 * phone number read backwards. None has a place in the guide's texts.
 */
static const struct {
  gunichar    first;
  gunichar    last;
} hidden_format_ranges[] = {
  { 0x200B, 0x200F },  /* zero-width space, joiners, direction marks */
  { 0x202A, 0x202E },  /* direction embeddings and overrides */
  { 0x2066, 0x2069 },  /* direction isolates */
  { 0xFEFF, 0xFEFF },  /* zero-width no-break space (byte order mark) */
};

static const char *
hidden_format_name (gunichar c)
{
  static const char * const names[] = {
    [0x200B - 0x200B] = "ZERO WIDTH SPACE",
    [0x200C - 0x200B] = "ZERO WIDTH NON-JOINER",
    [0x200D - 0x200B] = "ZERO WIDTH JOINER",
    [0x200E - 0x200B] = "LEFT-TO-RIGHT MARK",
    [0x200F - 0x200B] = "RIGHT-TO-LEFT MARK",
    [0x202A - 0x200B] = "LEFT-TO-RIGHT EMBEDDING",
    [0x202B - 0x200B] = "RIGHT-TO-LEFT EMBEDDING",
    [0x202C - 0x200B] = "POP DIRECTIONAL FORMATTING",
    [0x202D - 0x200B] = "LEFT-TO-RIGHT OVERRIDE",
    [0x202E - 0x200B] = "RIGHT-TO-LEFT OVERRIDE",
    [0x2066 - 0x200B] = "LEFT-TO-RIGHT ISOLATE",
    [0x2067 - 0x200B] = "RIGHT-TO-LEFT ISOLATE",
    [0x2068 - 0x200B] = "FIRST STRONG ISOLATE",
    [0x2069 - 0x200B] = "POP DIRECTIONAL ISOLATE",
  };

  if (c == 0xFEFF)
    return "ZERO WIDTH NO-BREAK SPACE";

  return names[c - 0x200B];
}

static gboolean
is_hidden_format (gunichar c)
{
  for (guint i = 0; i < G_N_ELEMENTS (hidden_format_ranges); i++)
    if (c >= hidden_format_ranges[i].first && c <= hidden_format_ranges[i].last)
      return TRUE;

  return FALSE;
}

/* Finds the first such character in a string of @data, a JSON file that
 * parsed, written as it is or as a \u escape, with its line and column
 * (in characters, as an editor counts them). Outside strings it is no
 * text, and a byte order mark at the start of a file is left alone.
 */
static gboolean
find_hidden_format (const char *data,
                    gsize       length,
                    guint      *line,
                    guint      *column,
                    gunichar   *found)
{
  const char *end = data + length;
  gboolean in_string = FALSE;
  guint l = 1;
  guint c = 1;

  for (const char *p = data; p < end; p = g_utf8_next_char (p), c++)
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch == '\n')
        {
          l++;
          c = 0;
          continue;
        }

      if (!in_string)
        {
          in_string = ch == '"';
          continue;
        }

      if (ch == '"')
        {
          in_string = FALSE;
        }
      else if (is_hidden_format (ch))
        {
          *line = l;
          *column = c;
          *found = ch;
          return TRUE;
        }
      else if (ch == '\\' && p + 1 < end)
        {
          if (p[1] == 'u' && end - p >= 6 &&
              g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]) &&
              g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]))
            {
              char hex[5] = { p[2], p[3], p[4], p[5], '\0' };
              gunichar escaped = (gunichar) g_ascii_strtoull (hex, NULL, 16);

              if (is_hidden_format (escaped))
                {
                  *line = l;
                  *column = c;
                  *found = escaped;
                  return TRUE;
                }
            }
          /* The escaped character is not the end of the string. */
          p++;
          c++;
        }
    }

  return FALSE;
}

/* Reads and checks the file @list_file of @lists in @directory, naming
 * it @name in problems; NULL when it could not be parsed at all.
 */
static ContentFile *
read_file (Check                *check,
           GFile                *directory,
           const MbcContentList *lists,
           const char           *list_file,
           const char           *name,
           GError              **error)
{
  g_autoptr(GFile) child = g_file_get_child (directory, list_file);
  g_autoptr(ContentFile) file = content_file_new (name);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  JsonNode *root;
  JsonObject *object;
  gsize length = 0;

  if (!g_file_load_contents (child, NULL, &data, &length, NULL, &local_error))
    {
      /* Every problem has a line and a column, so that tools and editors
       * can take them all alike; a file that is not there has only its
       * first line to point at.
       */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_UNREADABLE,
                     "%s:1:1: the file is missing", name);
      else
        g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_UNREADABLE,
                     "%s:1:1: the file cannot be read: %s", name, local_error->message);
      return NULL;
    }

  if (is_blank (data, length))
    {
      g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX,
                   "%s:1:1: the file is empty", name);
      return NULL;
    }

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX,
                   "%s:1:1: the file is not UTF-8 text", name);
      return NULL;
    }

  if (!json_parser_load_from_data (file->parser, data, length, &local_error))
    {
      /* json-glib names the place as "<data>:LINE:COLUMN: …". */
      const char *message = local_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX,
                   "%s:%s", name, message);
      return NULL;
    }

  root = json_parser_get_root (file->parser);
  {
    gpointer place = NULL;

    /* Checked before anything else, since the messages quote texts;
     * only a \u escape can make such a text, and most files have none.
     */
    if (root != NULL && strstr (data, "\\u") != NULL &&
        find_broken_text (file, root, PLACE (1, 1), &place))
      {
        g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX,
                     "%s:%u:%u: a \\u escape here stands for half a character "
                     "(\\ud800 to \\udfff without its other half)",
                     name, PLACE_LINE (place), PLACE_COLUMN (place));
        return NULL;
      }
  }
  {
    guint line, column;
    gunichar found;

    if (find_hidden_format (data, length, &line, &column, &found))
      {
        g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX,
                     "%s:%u:%u: an invisible character, U+%04X %s, is in a text here: "
                     "it changes how the text is shown, not what it says; remove it",
                     name, line, column, found, hidden_format_name (found));
        return NULL;
      }
  }
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      add_problem (check, file, PLACE (1, 1), NULL, "the file must hold one object, not %s",
                   root != NULL ? json_type_name (root) : "nothing");
      return g_steal_pointer (&file);
    }

  object = json_node_get_object (root);

  {
    g_autoptr(GList) members = json_object_get_members (object);

    for (const GList *l = members; l != NULL; l = l->next)
      {
        gboolean known = FALSE;

        for (const MbcContentList *list = lists; list->file != NULL; list++)
          known |= g_str_equal (list->file, list_file) && g_str_equal (list->member, l->data);

        if (!known)
          add_problem (check, file, place_of_member (file, object, l->data), NULL,
                       "unknown list “%s”", (const char *) l->data);
      }
  }

  for (const MbcContentList *list = lists; list->file != NULL; list++)
    {
      JsonNode *node;
      JsonArray *array;

      if (!g_str_equal (list->file, list_file))
        continue;

      node = json_object_get_member (object, list->member);
      if (node == NULL)
        {
          add_problem (check, file, place_of_container (file, object), NULL,
                       "the list “%s” is missing", list->member);
          continue;
        }

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          add_problem (check, file, place_of_member (file, object, list->member), NULL,
                       "“%s” must be a list, not %s", list->member, json_type_name (node));
          continue;
        }

      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autofree char *where = g_strdup_printf ("entry %u of “%s”", i + 1, list->member);
          gpointer place = place_of_container (file, array);

          if (JSON_NODE_HOLDS_OBJECT (element))
            place = place_of_container (file, json_node_get_object (element));
          check_item (check, file, list->kind, element, place, where);
        }
    }

  return g_steal_pointer (&file);
}

/* Whether every file that holds items of @kind was read, so that an id
 * missing from them is really missing.
 */
static gboolean
kind_was_read (Check         *check,
               const MbcKind *kind)
{
  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
    if (list->kind == kind && g_hash_table_contains (check->unread, list->file))
      return FALSE;

  return TRUE;
}

/* Looks up the references noted since the last call. */
static void
check_references (Check *check)
{
  for (guint i = check->n_references_checked; i < check->references->len; i++)
    {
      Reference *reference = g_ptr_array_index (check->references, i);
      GHashTable *ids = g_hash_table_lookup (check->ids, reference->kind->name);

      if (!kind_was_read (check, reference->kind) || (check->reading_pack && check->pack_unread))
        continue;

      if (ids == NULL || !g_hash_table_contains (ids, reference->id))
        add_problem (check, reference->file, reference->place, reference->owner,
                     "there is no %s with the id “%s”", reference->kind->name, reference->id);
    }

  check->n_references_checked = check->references->len;
}

MbcContentCheck *
mbc_content_check_new (void)
{
  MbcContentCheck *check = g_new0 (MbcContentCheck, 1);

  check->files = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) content_file_free);
  check->unread = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  check->problems = g_ptr_array_new_with_free_func (g_free);
  check->ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                      (GDestroyNotify) g_hash_table_unref);
  check->references = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);
  check->pack_files = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) content_file_free);

  return check;
}

void
mbc_content_check_free (MbcContentCheck *check)
{
  g_clear_pointer (&check->pack_files, g_hash_table_unref);
  g_clear_pointer (&check->references, g_ptr_array_unref);
  g_clear_pointer (&check->ids, g_hash_table_unref);
  g_clear_pointer (&check->problems, g_ptr_array_unref);
  g_clear_pointer (&check->unread, g_hash_table_unref);
  g_clear_pointer (&check->files, g_hash_table_unref);
  g_free (check);
}

/**
 * mbc_content_check_read:
 * @directory: a folder with the content files
 *
 * Reads and checks every content file in @directory. Returns %FALSE,
 * with @error set to the first of them, when a file cannot be read or
 * parsed at all; the others are still read. Every problem, including
 * those, is listed by mbc_content_check_get_problems().
 */
gboolean
mbc_content_check_read (MbcContentCheck  *check,
                        GFile            *directory,
                        GError          **error)
{
  g_autoptr(GError) first_error = NULL;

  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
    {
      g_autoptr(GError) local_error = NULL;
      ContentFile *file;

      if (g_hash_table_contains (check->files, list->file) ||
          g_hash_table_contains (check->unread, list->file))
        continue;

      /* A file that cannot be read does not stop the others from being
       * checked: a person fixing a folder sees every problem at once.
       */
      file = read_file (check, directory, mbc_content_lists, list->file, list->file,
                        &local_error);
      if (file == NULL)
        {
          g_ptr_array_add (check->problems, g_strdup (local_error->message));
          g_hash_table_add (check->unread, g_strdup (list->file));
          if (first_error == NULL)
            first_error = g_steal_pointer (&local_error);
          continue;
        }

      g_hash_table_insert (check->files, file->name, file);
    }

  /* References into files that were read are checked even when another
   * file was not, so that one broken file hides nothing else.
   */
  check_references (check);

  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }

  return TRUE;
}

/* Every problem found, as "file:line:column: message", in file order. */
GPtrArray *
mbc_content_check_get_problems (MbcContentCheck *check)
{
  return check->problems;
}

/* The object at the top of @file, once it has been read. */
JsonObject *
mbc_content_check_get_root (MbcContentCheck *check,
                            const char      *file)
{
  ContentFile *content_file = g_hash_table_lookup (check->files, file);

  g_return_val_if_fail (content_file != NULL, NULL);

  return json_node_get_object (json_parser_get_root (content_file->parser));
}

/* The line where the value of @member of @object is, in @file: where a
 * translator or a reviewer finds the text.
 */
guint
mbc_content_check_get_line (MbcContentCheck *check,
                            const char      *file,
                            JsonObject      *object,
                            const char      *member)
{
  ContentFile *content_file = g_hash_table_lookup (check->files, file);

  g_return_val_if_fail (content_file != NULL, 0);

  return PLACE_LINE (place_of_member (content_file, object, member));
}

/* The line of entry @index of @array, a list in @file. */
guint
mbc_content_check_get_element_line (MbcContentCheck *check,
                                    const char      *file,
                                    JsonArray       *array,
                                    guint            index)
{
  ContentFile *content_file = g_hash_table_lookup (check->files, file);

  g_return_val_if_fail (content_file != NULL, 0);
  g_return_val_if_fail (index < json_array_get_length (array), 0);

  return PLACE_LINE (place_of_element (content_file, array, index));
}

/* How a pack's file is named in problems: by its path, so that a line
 * in the journal leads straight to it.
 */
static char *
pack_file_name (GFile      *directory,
                const char *file)
{
  g_autoptr(GFile) child = g_file_get_child (directory, file);
  char *path = g_file_get_path (child);

  return path != NULL ? path : g_file_get_uri (child);
}

/**
 * mbc_content_check_read_pack:
 * @directory: a hospital's local content pack
 *
 * Reads and checks the local content pack in @directory, after the
 * built-in content has been read with mbc_content_check_read(): the
 * pack's ids must not be the built-in ones, and its items may cite the
 * built-in sources. Its files are named by their paths in problems.
 *
 * Returns %FALSE, with @error set, when a file of the pack cannot be
 * read or parsed at all; the problems are listed, after those of the
 * built-in content, by mbc_content_check_get_problems().
 */
gboolean
mbc_content_check_read_pack (MbcContentCheck  *check,
                             GFile            *directory,
                             GError          **error)
{
  g_autoptr(GError) first_error = NULL;

  g_return_val_if_fail (g_hash_table_size (check->pack_files) == 0, FALSE);

  check->reading_pack = TRUE;

  for (const MbcContentList *list = mbc_content_pack_lists; list->file != NULL; list++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *name = NULL;
      ContentFile *file;

      if (g_hash_table_contains (check->pack_files, list->file))
        continue;

      name = pack_file_name (directory, list->file);

      /* Only the resources are required: a pack may cite built-in sources alone. */
      if (!g_str_equal (list->file, MBC_PACK_REQUIRED_FILE))
        {
          g_autoptr(GFile) child = g_file_get_child (directory, list->file);

          if (!g_file_query_exists (child, NULL))
            continue;
        }

      file = read_file (check, directory, mbc_content_pack_lists, list->file, name, &local_error);
      if (file == NULL)
        {
          g_ptr_array_add (check->problems, g_strdup (local_error->message));
          check->pack_unread = TRUE;
          if (first_error == NULL)
            first_error = g_steal_pointer (&local_error);
          continue;
        }

      g_hash_table_insert (check->pack_files, (gpointer) list->file, file);
    }

  check_references (check);
  check->reading_pack = FALSE;

  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }

  return TRUE;
}

/* How many files of the pack were read. */
guint
mbc_content_check_get_n_pack_files (MbcContentCheck *check)
{
  return g_hash_table_size (check->pack_files);
}

/* The list @member of @file in the pack, or NULL when the pack has no
 * such file.
 */
JsonArray *
mbc_content_check_get_pack_list (MbcContentCheck *check,
                                 const char      *file,
                                 const char      *member)
{
  ContentFile *content_file = g_hash_table_lookup (check->pack_files, file);
  JsonObject *root;

  if (content_file == NULL)
    return NULL;

  root = json_node_get_object (json_parser_get_root (content_file->parser));

  return json_object_get_array_member (root, member);
}
