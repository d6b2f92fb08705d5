/* mbc-content-check.c: reading content files and finding what is wrong
 *
 * Every problem is noted with its file, line and column, and checking
 * goes on after the first one, so that a person fixing a content folder
 * sees all that is wrong at once. Each item is checked against its kind
 * in mbc-content-check-items.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-content-check-private.h"
#include "mbc-content-error.h"
#include "mbc-content-schema.h"
#include "mbc-json-text.h"

typedef struct
{
  char          *id;
  const MbcKind *kind;
  ContentFile   *file;
  MbcJsonPlace   place;
  char          *owner;
} Reference;

typedef MbcContentCheck Check;

static ContentFile *
content_file_new (const char *name)
{
  ContentFile *file = g_new0 (ContentFile, 1);

  file->name = g_strdup (name);
  file->places = mbc_json_places_new ();

  return file;
}

static void
content_file_free (ContentFile *file)
{
  g_clear_pointer (&file->name, g_free);
  g_clear_pointer (&file->places, mbc_json_places_free);
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

void
_mbc_content_check_add_problem (Check        *check,
                                ContentFile  *file,
                                MbcJsonPlace  place,
                                const char   *owner,
                                const char   *format,
                                ...)
{
  g_autofree char *message = NULL;
  guint line = mbc_json_place_get_line (place);
  guint column = mbc_json_place_get_column (place);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (owner != NULL)
    g_ptr_array_add (check->problems,
                     g_strdup_printf ("%s:%u:%u: %s: %s", file->name, line, column,
                                      owner, message));
  else
    g_ptr_array_add (check->problems,
                     g_strdup_printf ("%s:%u:%u: %s", file->name, line, column, message));
}

void
_mbc_content_check_note_reference (Check         *check,
                                   ContentFile   *file,
                                   MbcJsonPlace   place,
                                   const char    *owner,
                                   const MbcKind *kind,
                                   const char    *id)
{
  Reference *reference = g_new0 (Reference, 1);

  reference->id = g_strdup (id);
  reference->kind = kind;
  reference->file = file;
  reference->place = place;
  reference->owner = g_strdup (owner);
  g_ptr_array_add (check->references, reference);
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

/* The text of @list_file in @directory, named @name in problems: NULL
 * when it cannot be read, or is no text at all.
 */
static char *
load_text (GFile       *directory,
           const char  *list_file,
           const char  *name,
           gsize       *length,
           GError     **error)
{
  g_autoptr(GFile) child = g_file_get_child (directory, list_file);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;

  if (!g_file_load_contents (child, NULL, &data, length, NULL, &local_error))
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

  if (is_blank (data, *length))
    {
      g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX,
                   "%s:1:1: the file is empty", name);
      return NULL;
    }

  if (!g_utf8_validate (data, *length, NULL))
    {
      g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX,
                   "%s:1:1: the file is not UTF-8 text", name);
      return NULL;
    }

  return g_steal_pointer (&data);
}

static gboolean
parse (ContentFile  *file,
       const char   *data,
       gsize         length,
       GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *message;

  if (mbc_json_places_load (file->places, data, length, &local_error))
    return TRUE;

  /* json-glib names the place as "<data>:LINE:COLUMN: …". */
  message = local_error->message;
  if (g_str_has_prefix (message, "<data>:"))
    message += strlen ("<data>:");
  g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX, "%s:%s", file->name, message);

  return FALSE;
}

/* Whether the texts of @file, which parsed from @data, show what they
 * say. A text that does not stops the file as a syntax error does: the
 * messages about its fields would quote it.
 */
static gboolean
check_texts (ContentFile  *file,
             const char   *data,
             gsize         length,
             GError      **error)
{
  MbcJsonPlace place = 0;
  guint line, column;
  gunichar found;

  /* Only a \u escape can make half a character, and most files have none. */
  if (strstr (data, "\\u") != NULL && mbc_json_text_find_half_character (file->places, &place))
    {
      g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX,
                   "%s:%u:%u: a \\u escape here stands for half a character "
                   "(\\ud800 to \\udfff without its other half)",
                   file->name, mbc_json_place_get_line (place), mbc_json_place_get_column (place));
      return FALSE;
    }

  if (mbc_json_text_find_hidden_format (data, length, &line, &column, &found))
    {
      g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX,
                   "%s:%u:%u: an invisible character, U+%04X %s, is in a text here: "
                   "it changes how the text is shown, not what it says; remove it",
                   file->name, line, column, found, mbc_json_text_get_format_name (found));
      return FALSE;
    }

  return TRUE;
}

/* Checks that @file holds the lists of @lists that belong in
 * @list_file, and no others, and each item in them.
 */
static void
check_lists (Check                *check,
             ContentFile          *file,
             const MbcContentList *lists,
             const char           *list_file)
{
  JsonNode *root = mbc_json_places_get_root (file->places);
  JsonObject *object;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      _mbc_content_check_add_problem (check, file, mbc_json_place (1, 1), NULL,
                                      "the file must hold one object, not %s",
                                      root != NULL ? _mbc_content_check_type_name (root)
                                                   : "nothing");
      return;
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
          _mbc_content_check_add_problem (check, file,
                                          mbc_json_places_of_member (file->places, object,
                                                                     l->data),
                                          NULL, "unknown list “%s”", (const char *) l->data);
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
          _mbc_content_check_add_problem (check, file,
                                          mbc_json_places_of_container (file->places, object),
                                          NULL, "the list “%s” is missing", list->member);
          continue;
        }

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          _mbc_content_check_add_problem (check, file,
                                          mbc_json_places_of_member (file->places, object,
                                                                     list->member),
                                          NULL, "“%s” must be a list, not %s",
                                          list->member, _mbc_content_check_type_name (node));
          continue;
        }

      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autofree char *where = g_strdup_printf ("entry %u of “%s”", i + 1, list->member);
          MbcJsonPlace place = mbc_json_places_of_container (file->places, array);

          if (JSON_NODE_HOLDS_OBJECT (element))
            place = mbc_json_places_of_container (file->places, json_node_get_object (element));
          _mbc_content_check_item (check, file, list->kind, element, place, where);
        }
    }
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
  g_autoptr(ContentFile) file = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  data = load_text (directory, list_file, name, &length, error);
  if (data == NULL)
    return NULL;

  file = content_file_new (name);
  if (!parse (file, data, length, error) || !check_texts (file, data, length, error))
    return NULL;

  check_lists (check, file, lists, list_file);

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
        _mbc_content_check_add_problem (check, reference->file, reference->place,
                                        reference->owner, "there is no %s with the id “%s”",
                                        reference->kind->name, reference->id);
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

  return json_node_get_object (mbc_json_places_get_root (content_file->places));
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

  return mbc_json_place_get_line (mbc_json_places_of_member (content_file->places, object, member));
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

  return mbc_json_place_get_line (mbc_json_places_of_element (content_file->places, array, index));
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

  root = json_node_get_object (mbc_json_places_get_root (content_file->places));

  return json_object_get_array_member (root, member);
}

