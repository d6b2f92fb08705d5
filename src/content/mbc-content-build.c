/* mbc-content-build.c: turning checked JSON into content objects
 *
 * The store hands the builder each list of the content, in the order of
 * the schema's lists; the builder makes an item of each object with the
 * build function of its kind, and keeps every item it made by kind and
 * id, so that an item can refer to any item made before it. The records
 * read their fields through the calls below, which find a text's
 * translation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-content-build.h"
#include "mbc-language.h"

struct _MbcContentBuild
{
  /* Kind name → (id → MbcContentItem). */
  GHashTable *index;
  /* The kinds of the items being built, the innermost one last. */
  GPtrArray  *kinds;
  /* Whether the items come from a hospital's local content pack. */
  gboolean    local;
};

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

static void
append_items (MbcContentBuild *build,
              const MbcKind   *kind,
              JsonArray       *array,
              GListStore      *store)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autoptr(MbcContentItem) item = build_one (build, kind, json_array_get_element (array, i));

      g_list_store_append (store, item);
    }
}

static GListModel *
build_items (MbcContentBuild *build,
             const MbcKind   *kind,
             JsonArray       *array)
{
  GListStore *store = g_list_store_new (MBC_TYPE_CONTENT_ITEM);

  append_items (build, kind, array, store);

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

/* A local pack is not in the app's translations: it carries its own,
 * as a member "FIELD@LANGUAGE" next to the English FIELD. Returns the
 * name of the member to read @field from.
 */
static char *
local_member (JsonObject *object,
              const char *field)
{
  g_autofree char *translated = g_strdup_printf ("%s@%s", field, mbc_language_get_current ());

  if (json_object_has_member (object, translated))
    return g_steal_pointer (&translated);

  return g_strdup (field);
}

char *
mbc_content_build_text (MbcContentBuild *build,
                        JsonObject      *object,
                        const char      *field)
{
  const char *text = json_object_get_string_member_with_default (object, field, NULL);

  if (build->local)
    {
      g_autofree char *member = local_member (object, field);

      return g_strdup (json_object_get_string_member_with_default (object, member, NULL));
    }

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
  g_autofree char *member = translated && build->local ? local_member (object, field)
                                                       : g_strdup (field);
  JsonArray *array = json_object_get_array_member (object, member);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *text = json_array_get_string_element (array, i);

      if (translated && !build->local)
        text = translate (build, object, field, text);
      g_strv_builder_add (strings, text);
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

/* Whether the item being built comes from a hospital's local content pack. */
gboolean
mbc_content_build_is_local (MbcContentBuild *build)
{
  return build->local;
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

GPtrArray *
mbc_content_build_sources (MbcContentBuild *build,
                           JsonObject      *object,
                           const char      *name)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  const MbcField *field;
  JsonArray *array;

  /* Every item is asked for its "sources", and a kind that has none (a
   * source, a group of questions) has no field to look up.
   */
  if (!json_object_has_member (object, name))
    return g_steal_pointer (&sources);

  field = mbc_kind_find_field (current_kind (build), name);
  array = json_object_get_array_member (object, name);

  g_assert (field != NULL && field->kind != NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *id = json_array_get_string_element (array, i);

      g_ptr_array_add (sources, g_object_ref (find_item (build, field->kind, id)));
    }

  return g_steal_pointer (&sources);
}

void
mbc_content_build_item (MbcContentBuild *build,
                        MbcContentItem  *item,
                        JsonObject      *object)
{
  g_autoptr(GPtrArray) sources = mbc_content_build_sources (build, object, "sources");

  mbc_content_item_setup (item, json_object_get_string_member (object, "id"), sources);
}

/**
 * mbc_content_build_new:
 *
 * A builder for one store: every item it builds can refer to the items
 * it built before, whatever their list.
 *
 * Returns: (transfer full): the builder, for mbc_content_build_free()
 */
MbcContentBuild *
mbc_content_build_new (void)
{
  MbcContentBuild *build = g_new0 (MbcContentBuild, 1);

  build->index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) g_hash_table_unref);
  build->kinds = g_ptr_array_new ();

  return build;
}

void
mbc_content_build_free (MbcContentBuild *build)
{
  g_return_if_fail (build != NULL);

  g_hash_table_unref (build->index);
  g_ptr_array_unref (build->kinds);
  g_free (build);
}

/* Whether the items built from now on come from a hospital's local
 * content pack, whose texts carry their own translations.
 */
void
mbc_content_build_set_local (MbcContentBuild *build,
                             gboolean         local)
{
  g_return_if_fail (build != NULL);

  build->local = local;
}

/**
 * mbc_content_build_run:
 * @build: a builder
 * @kind: the kind of the items in @array
 * @array: (nullable): objects that the checker found nothing wrong with
 * @store: where to append the items, in the order of @array
 *
 * Builds an item of @kind from each object of @array.
 */
void
mbc_content_build_run (MbcContentBuild *build,
                       const MbcKind   *kind,
                       JsonArray       *array,
                       GListStore      *store)
{
  g_return_if_fail (build != NULL);
  g_return_if_fail (kind != NULL);
  g_return_if_fail (G_IS_LIST_STORE (store));

  append_items (build, kind, array, store);
}
