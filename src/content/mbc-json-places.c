/* mbc-json-places.c: where each part of a JSON text stands in its file
 *
 * The parser's signals come while it stands at each part, which is
 * the only moment its line and column mean anything: each is noted in
 * a table keyed by the JsonObject or JsonArray it belongs to, which
 * the finished tree keeps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-json-places.h"

struct _MbcJsonPlaces
{
  JsonParser *parser;
  /* JsonObject or JsonArray → where it starts. */
  GHashTable *starts;
  /* JsonObject → (member name → where its value ends). */
  GHashTable *members;
  /* JsonArray → GArray of where each plain element ends. */
  GHashTable *elements;
  /* Where each object or array still being parsed starts, innermost
   * last: its end is where it is known as a JsonObject or JsonArray.
   */
  GArray     *open;
};

static MbcJsonPlace
current_place (MbcJsonPlaces *self)
{
  return mbc_json_place (json_parser_get_current_line (self->parser),
                         json_parser_get_current_pos (self->parser));
}

static void
container_start_cb (JsonParser    *parser,
                    MbcJsonPlaces *self)
{
  MbcJsonPlace place = current_place (self);

  g_array_append_val (self->open, place);
}

static void
container_end_cb (JsonParser    *parser,
                  gpointer       container,
                  MbcJsonPlaces *self)
{
  if (self->open->len == 0)
    return;

  g_hash_table_insert (self->starts,
                       container,
                       GUINT_TO_POINTER (g_array_index (self->open, MbcJsonPlace,
                                                        self->open->len - 1)));
  g_array_set_size (self->open, self->open->len - 1);
}

static void
object_member_cb (JsonParser    *parser,
                  JsonObject    *object,
                  const char    *name,
                  MbcJsonPlaces *self)
{
  GHashTable *members = g_hash_table_lookup (self->members, object);

  if (members == NULL)
    {
      members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (self->members, object, members);
    }

  g_hash_table_insert (members, g_strdup (name), GUINT_TO_POINTER (current_place (self)));
}

static void
array_element_cb (JsonParser    *parser,
                  JsonArray     *array,
                  int            index,
                  MbcJsonPlaces *self)
{
  GArray *places = g_hash_table_lookup (self->elements, array);

  if (places == NULL)
    {
      places = g_array_new (FALSE, TRUE, sizeof (MbcJsonPlace));
      g_hash_table_insert (self->elements, array, places);
    }

  if (index >= 0 && (guint) index >= places->len)
    g_array_set_size (places, index + 1);
  if (index >= 0)
    g_array_index (places, MbcJsonPlace, index) = current_place (self);
}

MbcJsonPlaces *
mbc_json_places_new (void)
{
  MbcJsonPlaces *self = g_new0 (MbcJsonPlaces, 1);

  self->parser = json_parser_new ();
  self->starts = g_hash_table_new (NULL, NULL);
  self->members = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  self->elements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  self->open = g_array_new (FALSE, FALSE, sizeof (MbcJsonPlace));

  g_signal_connect (self->parser, "object-start", G_CALLBACK (container_start_cb), self);
  g_signal_connect (self->parser, "array-start", G_CALLBACK (container_start_cb), self);
  g_signal_connect (self->parser, "object-end", G_CALLBACK (container_end_cb), self);
  g_signal_connect (self->parser, "array-end", G_CALLBACK (container_end_cb), self);
  g_signal_connect (self->parser, "object-member", G_CALLBACK (object_member_cb), self);
  g_signal_connect (self->parser, "array-element", G_CALLBACK (array_element_cb), self);

  return self;
}

void
mbc_json_places_free (MbcJsonPlaces *self)
{
  /* The parser goes first: it is the one that calls back into the tables. */
  g_clear_object (&self->parser);
  g_clear_pointer (&self->starts, g_hash_table_unref);
  g_clear_pointer (&self->members, g_hash_table_unref);
  g_clear_pointer (&self->elements, g_hash_table_unref);
  g_clear_pointer (&self->open, g_array_unref);
  g_free (self);
}

/**
 * mbc_json_places_load:
 * @data: a JSON text of @length bytes
 *
 * Parses @data once, noting where each part of it stands. On failure,
 * @error is json-glib's, whose message begins with "<data>:LINE:COLUMN:".
 */
gboolean
mbc_json_places_load (MbcJsonPlaces  *self,
                      const char     *data,
                      gsize           length,
                      GError        **error)
{
  return json_parser_load_from_data (self->parser, data, length, error);
}

/* The top of the tree, owned by @self; NULL before a text was loaded. */
JsonNode *
mbc_json_places_get_root (MbcJsonPlaces *self)
{
  return json_parser_get_root (self->parser);
}

/* Where @container, a JsonObject or JsonArray of the tree, starts; the
 * start of the file when it is not known, so that a message about it
 * still points somewhere.
 */
MbcJsonPlace
mbc_json_places_of_container (MbcJsonPlaces *self,
                              gpointer       container)
{
  MbcJsonPlace place = GPOINTER_TO_UINT (g_hash_table_lookup (self->starts, container));

  return place != 0 ? place : mbc_json_place (1, 1);
}

/* Where @node starts, when it is an object or an array; 0 otherwise. */
static MbcJsonPlace
place_of_start (MbcJsonPlaces *self,
                JsonNode      *node)
{
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return GPOINTER_TO_UINT (g_hash_table_lookup (self->starts, json_node_get_object (node)));
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    return GPOINTER_TO_UINT (g_hash_table_lookup (self->starts, json_node_get_array (node)));

  return 0;
}

/* Where the value of member @name of @object is: the start of an object
 * or array, or the end of a plain value, which is on the line of its
 * name. When the member is not known, where @object starts.
 */
MbcJsonPlace
mbc_json_places_of_member (MbcJsonPlaces *self,
                           JsonObject    *object,
                           const char    *name)
{
  MbcJsonPlace place = place_of_start (self, json_object_get_member (object, name));
  GHashTable *members;

  if (place == 0 && (members = g_hash_table_lookup (self->members, object)) != NULL)
    place = GPOINTER_TO_UINT (g_hash_table_lookup (members, name));

  return place != 0 ? place : mbc_json_places_of_container (self, object);
}

/* Where entry @index of @array is: the start of an object or array, or
 * the end of a plain value, so that a wrong entry in a list that spans
 * lines is found on its own line. When the entry is not known, where
 * @array starts.
 */
MbcJsonPlace
mbc_json_places_of_element (MbcJsonPlaces *self,
                            JsonArray     *array,
                            guint          index)
{
  MbcJsonPlace place = place_of_start (self, json_array_get_element (array, index));
  GArray *places;

  if (place == 0 && (places = g_hash_table_lookup (self->elements, array)) != NULL &&
      index < places->len)
    place = g_array_index (places, MbcJsonPlace, index);

  return place != 0 ? place : mbc_json_places_of_container (self, array);
}
