/* mbc-content.c: everything the app tells, read from the content files
 *
 * Content is read in two steps. First every file is parsed and checked
 * against the schema, and every problem is noted with its file, line and
 * column. Only when nothing is wrong are the objects built, so a person
 * never sees half of a broken content folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "mbc-content-schema.h"
#include "mbc-content.h"

struct _MbcContent
{
  GObject     parent_instance;

  GListModel *lists[MBC_N_CONTENT_LISTS];
};

G_DEFINE_FINAL_TYPE (MbcContent, mbc_content, G_TYPE_OBJECT)

G_DEFINE_QUARK (mbc-content-error-quark, mbc_content_error)

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

typedef struct
{
  GPtrArray  *problems;
  /* Kind name → (id → "file:line"), to find duplicates and references. */
  GHashTable *ids;
  GPtrArray  *references;
} Check;

struct _MbcContentBuild
{
  /* Kind name → (id → MbcContentItem). */
  GHashTable *index;
  GPtrArray  *kinds;
};

static const MbcKind *
source_kind (void)
{
  return mbc_content_lists[0].kind;
}

static void
content_file_free (ContentFile *file)
{
  g_clear_pointer (&file->name, g_free);
  g_clear_object (&file->parser);
  g_clear_pointer (&file->starts, g_hash_table_unref);
  g_clear_pointer (&file->members, g_hash_table_unref);
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

static ContentFile *
content_file_new (const char *name)
{
  ContentFile *file = g_new0 (ContentFile, 1);

  file->name = g_strdup (name);
  file->parser = json_parser_new ();
  file->starts = g_hash_table_new (NULL, NULL);
  file->members = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  file->open = g_array_new (FALSE, FALSE, sizeof (gpointer));

  g_signal_connect (file->parser, "object-start", G_CALLBACK (container_start_cb), file);
  g_signal_connect (file->parser, "array-start", G_CALLBACK (container_start_cb), file);
  g_signal_connect (file->parser, "object-end", G_CALLBACK (container_end_cb), file);
  g_signal_connect (file->parser, "array-end", G_CALLBACK (container_end_cb), file);
  g_signal_connect (file->parser, "object-member", G_CALLBACK (object_member_cb), file);

  return file;
}

static gpointer
place_of_container (ContentFile *file,
                    gpointer     container)
{
  gpointer place = g_hash_table_lookup (file->starts, container);

  return place != NULL ? place : PLACE (1, 1);
}

/* Where a member's value is: the start of an object or array, or the
 * end of a plain value, which is on the line of its name.
 */
static gpointer
place_of_member (ContentFile *file,
                 JsonObject  *object,
                 const char  *name)
{
  JsonNode *node = json_object_get_member (object, name);
  GHashTable *members;
  gpointer place = NULL;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    place = g_hash_table_lookup (file->starts, json_node_get_object (node));
  else if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    place = g_hash_table_lookup (file->starts, json_node_get_array (node));

  if (place == NULL && (members = g_hash_table_lookup (file->members, object)) != NULL)
    place = g_hash_table_lookup (members, name);

  return place != NULL ? place : place_of_container (file, object);
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
    case MBC_FIELD_ID:
    case MBC_FIELD_TEXT:
    case MBC_FIELD_TEXT_LIST:
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
        note_reference (check, file, place, owner,
                        field->type == MBC_FIELD_SOURCES ? source_kind () : field->kind,
                        text);
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

      if (field->type == MBC_FIELD_ITEMS)
        {
          gpointer element_place = place;

          if (JSON_NODE_HOLDS_OBJECT (element))
            element_place = place_of_container (file, json_node_get_object (element));
          check_item (check, file, field->kind, element, element_place, owner);
        }
      else
        {
          check_value (check, file, place, owner, field, element, element_what);
        }
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
      if (mbc_kind_find_field (kind, l->data) == NULL)
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

/* Reads and checks one file; NULL when it could not be parsed at all. */
static ContentFile *
read_file (Check      *check,
           GFile      *directory,
           const char *name,
           GError    **error)
{
  g_autoptr(GFile) child = g_file_get_child (directory, name);
  g_autoptr(ContentFile) file = content_file_new (name);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  JsonNode *root;
  JsonObject *object;
  gsize length = 0;

  if (!g_file_load_contents (child, NULL, &data, &length, NULL, &local_error))
    {
      g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_UNREADABLE,
                   "%s: the file cannot be read: %s", name, local_error->message);
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
                   "%s: the file is not UTF-8 text", name);
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

        for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
          known |= g_str_equal (list->file, name) && g_str_equal (list->member, l->data);

        if (!known)
          add_problem (check, file, place_of_member (file, object, l->data), NULL,
                       "unknown list “%s”", (const char *) l->data);
      }
  }

  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
    {
      JsonNode *node;
      JsonArray *array;

      if (!g_str_equal (list->file, name))
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

static void
check_references (Check *check)
{
  for (guint i = 0; i < check->references->len; i++)
    {
      Reference *reference = g_ptr_array_index (check->references, i);
      GHashTable *ids = g_hash_table_lookup (check->ids, reference->kind->name);

      if (ids == NULL || !g_hash_table_contains (ids, reference->id))
        add_problem (check, reference->file, reference->place, reference->owner,
                     "there is no %s with the id “%s”", reference->kind->name, reference->id);
    }
}

static MbcContentItem *
build_one (MbcContentBuild *build,
           const MbcKind   *kind,
           JsonNode        *node)
{
  JsonObject *object = json_node_get_object (node);
  MbcContentItem *item;
  GHashTable *items;

  g_ptr_array_add (build->kinds, (gpointer) kind);
  item = kind->build (build, object);
  g_ptr_array_set_size (build->kinds, build->kinds->len - 1);

  items = g_hash_table_lookup (build->index, kind->name);
  if (items == NULL)
    {
      items = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
      g_hash_table_insert (build->index, (gpointer) kind->name, items);
    }
  g_hash_table_insert (items, (gpointer) mbc_content_item_get_id (item), g_object_ref (item));

  return item;
}

static GListModel *
build_items (MbcContentBuild *build,
             const MbcKind   *kind,
             JsonArray       *array)
{
  GListStore *store = g_list_store_new (MBC_TYPE_CONTENT_ITEM);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autoptr(MbcContentItem) item = build_one (build, kind, json_array_get_element (array, i));

      g_list_store_append (store, item);
    }

  return G_LIST_MODEL (store);
}

static const MbcKind *
current_kind (MbcContentBuild *build)
{
  return g_ptr_array_index (build->kinds, build->kinds->len - 1);
}

static MbcContentItem *
find_item (MbcContentBuild *build,
           const MbcKind   *kind,
           const char      *id)
{
  GHashTable *items = g_hash_table_lookup (build->index, kind->name);

  return items != NULL ? g_hash_table_lookup (items, id) : NULL;
}

/* Translations of content are found by a context that names the item
 * and the field ("site:liver:about"), so that the same English words in
 * two places can be translated differently.
 */
static const char *
translate (MbcContentBuild *build,
           JsonObject      *object,
           const char      *field,
           const char      *text)
{
  g_autofree char *context = g_strdup_printf ("%s:%s:%s",
                                              current_kind (build)->name,
                                              json_object_get_string_member (object, "id"),
                                              field);

  return g_dpgettext2 (GETTEXT_PACKAGE, context, text);
}

char *
mbc_content_build_text (MbcContentBuild *build,
                        JsonObject      *object,
                        const char      *field)
{
  const char *text = json_object_get_string_member_with_default (object, field, NULL);

  return text != NULL ? g_strdup (translate (build, object, field, text)) : NULL;
}

char *
mbc_content_build_string (MbcContentBuild *build,
                          JsonObject      *object,
                          const char      *field)
{
  return g_strdup (json_object_get_string_member_with_default (object, field, NULL));
}

static GStrv
build_strings (MbcContentBuild *build,
               JsonObject      *object,
               const char      *field,
               gboolean         translated)
{
  g_autoptr(GStrvBuilder) strings = g_strv_builder_new ();
  JsonArray *array = json_object_get_array_member (object, field);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *text = json_array_get_string_element (array, i);

      g_strv_builder_add (strings, translated ? translate (build, object, field, text) : text);
    }

  return g_strv_builder_end (strings);
}

GStrv
mbc_content_build_text_list (MbcContentBuild *build,
                             JsonObject      *object,
                             const char      *field)
{
  if (!json_object_has_member (object, field))
    return NULL;

  return build_strings (build, object, field, TRUE);
}

GStrv
mbc_content_build_strings (MbcContentBuild *build,
                           JsonObject      *object,
                           const char      *field)
{
  if (!json_object_has_member (object, field))
    return NULL;

  return build_strings (build, object, field, FALSE);
}

gboolean
mbc_content_build_boolean (MbcContentBuild *build,
                           JsonObject      *object,
                           const char      *field)
{
  return json_object_get_boolean_member_with_default (object, field, FALSE);
}

GListModel *
mbc_content_build_list (MbcContentBuild *build,
                        JsonObject      *object,
                        const char      *name)
{
  const MbcField *field = mbc_kind_find_field (current_kind (build), name);
  JsonArray *array = NULL;
  GListStore *store;

  if (json_object_has_member (object, name))
    array = json_object_get_array_member (object, name);

  g_assert (field != NULL && field->kind != NULL);

  if (field->type == MBC_FIELD_ITEMS)
    return build_items (build, field->kind, array);

  store = g_list_store_new (MBC_TYPE_CONTENT_ITEM);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    g_list_store_append (store,
                         find_item (build, field->kind, json_array_get_string_element (array, i)));

  return G_LIST_MODEL (store);
}

void
mbc_content_build_item (MbcContentBuild *build,
                        MbcContentItem  *item,
                        JsonObject      *object)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array = NULL;

  if (json_object_has_member (object, "sources"))
    array = json_object_get_array_member (object, "sources");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *id = json_array_get_string_element (array, i);

      g_ptr_array_add (sources, g_object_ref (find_item (build, source_kind (), id)));
    }

  mbc_content_item_setup (item, json_object_get_string_member (object, "id"), sources);
}

static void
mbc_content_dispose (GObject *object)
{
  MbcContent *self = MBC_CONTENT (object);

  for (guint i = 0; i < MBC_N_CONTENT_LISTS; i++)
    g_clear_object (&self->lists[i]);

  G_OBJECT_CLASS (mbc_content_parent_class)->dispose (object);
}

static void
mbc_content_class_init (MbcContentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mbc_content_dispose;
}

static void
mbc_content_init (MbcContent *self)
{
}

static void
check_clear (Check *check)
{
  g_clear_pointer (&check->problems, g_ptr_array_unref);
  g_clear_pointer (&check->ids, g_hash_table_unref);
  g_clear_pointer (&check->references, g_ptr_array_unref);
}

/**
 * mbc_content_new_from_directory:
 * @directory: a folder with the content files, on disk or in resources
 * @error: where to say what is wrong
 *
 * Reads every content file in @directory. On any problem, returns %NULL
 * and sets @error to the first problem, as "file:line:column: message".
 */
MbcContent *
mbc_content_new_from_directory (GFile   *directory,
                                GError **error)
{
  g_autoptr(MbcContent) self = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) content_file_free);
  MbcContentBuild build;
  Check check;
  guint i;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  check.problems = g_ptr_array_new_with_free_func (g_free);
  check.ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                     (GDestroyNotify) g_hash_table_unref);
  check.references = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);

  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
    {
      ContentFile *file = NULL;
      gboolean seen = FALSE;

      for (i = 0; i < files->len; i++)
        seen |= g_str_equal (((ContentFile *) g_ptr_array_index (files, i))->name, list->file);
      if (seen)
        continue;

      file = read_file (&check, directory, list->file, error);
      if (file == NULL)
        {
          check_clear (&check);
          return NULL;
        }
      g_ptr_array_add (files, file);
    }

  check_references (&check);

  if (check.problems->len > 0)
    {
      const char *first = g_ptr_array_index (check.problems, 0);

      if (check.problems->len == 1)
        g_set_error_literal (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_INVALID, first);
      else
        g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_INVALID,
                     check.problems->len == 2 ? "%s (and %u more problem)" : "%s (and %u more problems)",
                     first, check.problems->len - 1);
      check_clear (&check);
      return NULL;
    }

  check_clear (&check);

  self = g_object_new (MBC_TYPE_CONTENT, NULL);
  build.index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                       (GDestroyNotify) g_hash_table_unref);
  build.kinds = g_ptr_array_new ();

  i = 0;
  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++, i++)
    {
      ContentFile *file = NULL;
      JsonObject *root;

      for (guint j = 0; j < files->len && file == NULL; j++)
        if (g_str_equal (((ContentFile *) g_ptr_array_index (files, j))->name, list->file))
          file = g_ptr_array_index (files, j);

      root = json_node_get_object (json_parser_get_root (file->parser));
      self->lists[i] = build_items (&build, list->kind,
                                    json_object_get_array_member (root, list->member));
    }

  g_hash_table_unref (build.index);
  g_ptr_array_unref (build.kinds);

  return g_steal_pointer (&self);
}

/**
 * mbc_content_new_default:
 *
 * Reads the content built into the app.
 */
MbcContent *
mbc_content_new_default (GError **error)
{
  g_autoptr(GFile) directory = g_file_new_for_uri ("resource://" RESOURCE_BASE "/content");

  return mbc_content_new_from_directory (directory, error);
}

static GListModel *
get_list (MbcContent *self,
          const char *member)
{
  g_return_val_if_fail (MBC_IS_CONTENT (self), NULL);

  for (guint i = 0; i < MBC_N_CONTENT_LISTS; i++)
    if (g_str_equal (mbc_content_lists[i].member, member))
      return self->lists[i];

  g_return_val_if_reached (NULL);
}

GListModel *
mbc_content_get_sources (MbcContent *self)
{
  return get_list (self, "sources");
}

GListModel *
mbc_content_get_tests (MbcContent *self)
{
  return get_list (self, "tests");
}

GListModel *
mbc_content_get_sites (MbcContent *self)
{
  return get_list (self, "sites");
}

GListModel *
mbc_content_get_guides (MbcContent *self)
{
  return get_list (self, "guides");
}

GListModel *
mbc_content_get_goals (MbcContent *self)
{
  return get_list (self, "goals");
}

GListModel *
mbc_content_get_subtypes (MbcContent *self)
{
  return get_list (self, "subtypes");
}

GListModel *
mbc_content_get_treatments (MbcContent *self)
{
  return get_list (self, "treatments");
}

GListModel *
mbc_content_get_question_groups (MbcContent *self)
{
  return get_list (self, "groups");
}

GListModel *
mbc_content_get_resources (MbcContent *self)
{
  return get_list (self, "resources");
}

MbcSite *
mbc_content_find_site (MbcContent *self,
                       const char *id)
{
  GListModel *sites = mbc_content_get_sites (self);

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);

      if (g_strcmp0 (mbc_site_get_id (site), id) == 0)
        return site;
    }

  return NULL;
}
