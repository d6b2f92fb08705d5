/* mbc-content-pot.c: the texts of content that translators translate
 *
 * Translators get the content's texts in a gettext template, next to the
 * strings of the code. Each text is found by walking the same schema
 * tables the loader builds from, and carries the same context the loader
 * asks gettext for, so a translation made from the template is one the
 * app finds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-content-error.h"
#include "mbc-content-pot.h"

/* What xgettext and msgcat wrap at, so that the template reads like
 * any other and a change to one text changes few lines.
 */
#define POT_WIDTH 79

typedef struct
{
  MbcContentCheck    *check;
  MbcContentTextFunc  func;
  gpointer            user_data;
} Walk;

static void walk_item (Walk          *walk,
                       const char    *file,
                       const MbcKind *kind,
                       JsonObject    *object,
                       const MbcKind *parent_kind,
                       const char    *parent_id);

static void
walk_field (Walk           *walk,
            MbcContentText *text,
            JsonObject     *object)
{
  const MbcField *field = text->field;
  JsonArray *array;

  if (!json_object_has_member (object, field->name))
    return;

  switch (field->type)
    {
    case MBC_FIELD_TEXT:
      text->line = mbc_content_check_get_line (walk->check, text->file, object, field->name);
      text->entry = 0;
      text->text = json_object_get_string_member (object, field->name);
      walk->func (text, walk->user_data);
      break;

    case MBC_FIELD_TEXT_LIST:
      array = json_object_get_array_member (object, field->name);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          text->line = mbc_content_check_get_element_line (walk->check, text->file, array, i);
          text->entry = i + 1;
          text->text = json_array_get_string_element (array, i);
          walk->func (text, walk->user_data);
        }
      break;

    case MBC_FIELD_ITEMS:
      array = json_object_get_array_member (object, field->name);
      for (guint i = 0; i < json_array_get_length (array); i++)
        walk_item (walk, text->file, field->kind,
                   json_array_get_object_element (array, i),
                   text->kind, text->id);
      break;

    case MBC_FIELD_ID:
    case MBC_FIELD_STRING:
    case MBC_FIELD_DATE:
    case MBC_FIELD_BOOLEAN:
    case MBC_FIELD_CHOICE:
    case MBC_FIELD_CHOICE_LIST:
    case MBC_FIELD_SOURCES:
    case MBC_FIELD_REFS:
    case MBC_FIELD_PHONE:
    case MBC_FIELD_EMAIL:
    case MBC_FIELD_LINK:
    default:
      break;
    }
}

static void
walk_item (Walk          *walk,
           const char    *file,
           const MbcKind *kind,
           JsonObject    *object,
           const MbcKind *parent_kind,
           const char    *parent_id)
{
  MbcContentText text = {
    .file = file,
    .kind = kind,
    .id = json_object_get_string_member (object, "id"),
    .parent_kind = parent_kind,
    .parent_id = parent_id,
  };

  /* In the schema's order of fields, not the file's, so that the order
   * of texts does not depend on how a file happens to be written.
   */
  for (const MbcField *field = kind->fields; field->name != NULL; field++)
    {
      text.field = field;
      walk_field (walk, &text, object);
    }
}

/**
 * mbc_content_foreach_text:
 * @check: content that has been read with no problems
 *
 * Calls @func for each text a translator translates, in the order of
 * mbc_content_lists, of the items in each list, and of the fields of
 * each kind, nested items in place.
 */
void
mbc_content_foreach_text (MbcContentCheck    *check,
                          MbcContentTextFunc  func,
                          gpointer            user_data)
{
  Walk walk = { check, func, user_data };

  g_return_if_fail (check != NULL);
  g_return_if_fail (func != NULL);
  g_return_if_fail (mbc_content_check_get_problems (check)->len == 0);

  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
    {
      JsonObject *root = mbc_content_check_get_root (check, list->file);
      JsonArray *array = json_object_get_array_member (root, list->member);

      for (guint i = 0; i < json_array_get_length (array); i++)
        walk_item (&walk, list->file, list->kind,
                   json_array_get_object_element (array, i),
                   NULL, NULL);
    }
}

/* The context the loader translates @text with: "symptom:liver-jaundice:text". */
char *
mbc_content_text_dup_context (const MbcContentText *text)
{
  return g_strdup_printf ("%s:%s:%s", text->kind->name, text->id, text->field->name);
}

typedef struct
{
  char      *context;
  char      *text;
  GPtrArray *comments;
  GPtrArray *references;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->context);
  g_free (entry->text);
  g_ptr_array_unref (entry->comments);
  g_ptr_array_unref (entry->references);
  g_free (entry);
}

typedef struct
{
  const char *reference_dir;
  /* Entries in the order they were first met, and by context and text. */
  GPtrArray  *entries;
  GHashTable *index;
} Template;

static void
add_text_cb (const MbcContentText *text,
             gpointer              user_data)
{
  Template *template = user_data;
  g_autofree char *context = mbc_content_text_dup_context (text);
  g_autofree char *key = g_strconcat (context, "\004", text->text, NULL);
  g_autofree char *reference = NULL;
  Entry *entry = g_hash_table_lookup (template->index, key);

  if (template->reference_dir != NULL)
    reference = g_strdup_printf ("%s/%s:%u", template->reference_dir, text->file, text->line);
  else
    reference = g_strdup_printf ("%s:%u", text->file, text->line);

  /* The same words twice in one list need one translation, not two. */
  if (entry != NULL)
    {
      if (!g_ptr_array_find_with_equal_func (entry->references, reference, g_str_equal, NULL))
        g_ptr_array_add (entry->references, g_steal_pointer (&reference));
      return;
    }

  entry = g_new0 (Entry, 1);
  entry->context = g_steal_pointer (&context);
  entry->text = g_strdup (text->text);
  entry->comments = g_ptr_array_new_with_free_func (g_free);
  entry->references = g_ptr_array_new_with_free_func (g_free);

  if (text->field->comment != NULL)
    g_ptr_array_add (entry->comments, g_strdup (text->field->comment));

  /* Where the text is shown, for a translator who has the app open. */
  if (text->parent_kind != NULL)
    g_ptr_array_add (entry->comments,
                     g_strdup_printf ("The “%s” of the %s “%s”, in the %s “%s”.",
                                      text->field->name, text->kind->name, text->id,
                                      text->parent_kind->name, text->parent_id));
  else
    g_ptr_array_add (entry->comments,
                     g_strdup_printf ("The “%s” of the %s “%s”.",
                                      text->field->name, text->kind->name, text->id));

  if (text->field->type == MBC_FIELD_TEXT_LIST)
    g_ptr_array_add (entry->comments,
                     g_strdup ("One entry of a list: translate it on its own."));
  if (text->field->label)
    g_ptr_array_add (entry->comments,
                     g_strdup ("A name or a heading, not a sentence."));

  g_ptr_array_add (entry->references, g_steal_pointer (&reference));
  g_ptr_array_add (template->entries, entry);
  g_hash_table_insert (template->index, g_steal_pointer (&key), entry);
}

/* Appends @c as it is written between double quotes in a PO file. */
static void
append_escaped (GString *out,
                char     c)
{
  switch (c)
    {
    case '\\':
      g_string_append (out, "\\\\");
      break;
    case '"':
      g_string_append (out, "\\\"");
      break;
    case '\n':
      g_string_append (out, "\\n");
      break;
    case '\t':
      g_string_append (out, "\\t");
      break;
    case '\r':
      g_string_append (out, "\\r");
      break;
    default:
      /* The content's checker allows no other control characters in
       * plain text, but a template must stay a valid PO file whatever
       * it is given.
       */
      if ((guchar) c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\%03o", (guchar) c);
      else
        g_string_append_c (out, c);
      break;
    }
}

/* Writes `keyword "text"`, escaped, and wrapped as xgettext wraps: on
 * one line when it fits, otherwise as an empty first string followed
 * by lines that break after spaces and after each newline.
 */
static void
append_string (GString    *out,
               const char *keyword,
               const char *text)
{
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) piece = g_string_new (NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  gboolean has_newline = FALSE;
  glong length = 0;

  /* Pieces end after a space or a newline: the places a line may break. */
  for (const char *p = text; *p != '\0'; p++)
    {
      append_escaped (piece, *p);
      if (*p == ' ' || *p == '\n')
        {
          has_newline |= (*p == '\n' && p[1] != '\0');
          g_ptr_array_add (pieces, g_strdup (piece->str));
          g_string_truncate (piece, 0);
        }
    }
  if (piece->len > 0)
    g_ptr_array_add (pieces, g_strdup (piece->str));

  for (guint i = 0; i < pieces->len; i++)
    length += g_utf8_strlen (g_ptr_array_index (pieces, i), -1);

  if (!has_newline && (glong) strlen (keyword) + 3 + length <= POT_WIDTH)
    {
      g_string_append_printf (out, "%s \"", keyword);
      for (guint i = 0; i < pieces->len; i++)
        g_string_append (out, g_ptr_array_index (pieces, i));
      g_string_append (out, "\"\n");
      return;
    }

  g_string_append_printf (out, "%s \"\"\n", keyword);
  length = 0;
  for (guint i = 0; i < pieces->len; i++)
    {
      const char *next = g_ptr_array_index (pieces, i);
      glong next_length = g_utf8_strlen (next, -1);

      if (line->len > 0 && length + next_length + 2 > POT_WIDTH)
        {
          g_string_append_printf (out, "\"%s\"\n", line->str);
          g_string_truncate (line, 0);
          length = 0;
        }

      g_string_append (line, next);
      length += next_length;

      if (g_str_has_suffix (next, "\\n"))
        {
          g_string_append_printf (out, "\"%s\"\n", line->str);
          g_string_truncate (line, 0);
          length = 0;
        }
    }
  if (line->len > 0)
    g_string_append_printf (out, "\"%s\"\n", line->str);
}

/* No creation date: the template is committed, and must come out the
 * same from the same content on any machine and any day.
 */
static const char header[] =
  "# The texts of the MBC Guide content, for translators.\n"
  "# Written by “mbc-guide-content pot” from the content files: do not edit it\n"
  "# by hand, change the content and write it again.\n"
  "# This file is distributed under the same license as the mbc-guide package.\n"
  "#\n"
  "#, fuzzy\n"
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Project-Id-Version: mbc-guide\\n\"\n"
  "\"Report-Msgid-Bugs-To: \\n\"\n"
  "\"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n\"\n"
  "\"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n\"\n"
  "\"Language-Team: LANGUAGE <LL@li.org>\\n\"\n"
  "\"Language: \\n\"\n"
  "\"MIME-Version: 1.0\\n\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Content-Transfer-Encoding: 8bit\\n\"\n";

/**
 * mbc_content_pot_new:
 * @check: content that has been read
 * @reference_dir: (nullable): the folder to name the content files by in
 *   references ("data/content"), or %NULL for their names alone
 *
 * Writes a gettext template of every text of @check, one entry for each
 * context and text. Fails, with the first problem in @error, when the
 * content has problems: a template of broken content would lead
 * translators to texts the app never shows.
 *
 * Returns: (transfer full): the template, or %NULL
 */
char *
mbc_content_pot_new (MbcContentCheck  *check,
                     const char       *reference_dir,
                     GError          **error)
{
  GPtrArray *problems;
  Template template;
  GString *out;

  g_return_val_if_fail (check != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  problems = mbc_content_check_get_problems (check);
  if (problems->len > 0)
    {
      g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_INVALID,
                   "%s", (const char *) g_ptr_array_index (problems, 0));
      return NULL;
    }

  template.reference_dir = reference_dir;
  template.entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  template.index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  mbc_content_foreach_text (check, add_text_cb, &template);

  out = g_string_new (header);
  for (guint i = 0; i < template.entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (template.entries, i);

      g_string_append_c (out, '\n');
      for (guint j = 0; j < entry->comments->len; j++)
        g_string_append_printf (out, "#. %s\n",
                                (const char *) g_ptr_array_index (entry->comments, j));
      for (guint j = 0; j < entry->references->len; j++)
        g_string_append_printf (out, "#: %s\n",
                                (const char *) g_ptr_array_index (entry->references, j));
      append_string (out, "msgctxt", entry->context);
      append_string (out, "msgid", entry->text);
      g_string_append (out, "msgstr \"\"\n");
    }

  g_hash_table_unref (template.index);
  g_ptr_array_unref (template.entries);

  return g_string_free (out, FALSE);
}
