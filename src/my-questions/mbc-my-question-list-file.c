/* mbc-my-question-list-file.c: the file a person's questions are kept in
 *
 * {"version": 1, "questions": [{"text": "…", "answer": "…", "asked": false,
 *                               "suggestion": "q-where-spread"}]}
 *
 * "answer" is left out when it is empty, "suggestion" when the person
 * wrote the question. Members this version does not know, at the top or
 * in a question, were written by a newer guide: they are read as they
 * are and written back unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "mbc-my-question-private.h"
#include "mbc-my-question-list-private.h"

/* Reading. Each problem is described for the log, in English: the person
 * is only told that the file could not be read and where it was kept
 * (see mbc-my-question-list.c).
 */

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Whether @node can be written back as it was read: members this version
 * does not know are kept and written back, and a file written with one
 * that cannot be would not read again. An escaped lone surrogate
 * ("\ud800") comes out of the parser as bytes that are not UTF-8, and a
 * number too large for a double (1e999) as infinity, which JSON cannot
 * write. json-glib writes a double as g_ascii_dtostr() does and adds
 * ".0" when there is no point, so that 1e22 would come out as
 * "1e+22.0", which is not JSON either.
 */
static gboolean
can_write_back (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &name, &member))
        if (!g_utf8_validate (name, -1, NULL) || !can_write_back (member))
          return FALSE;
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!can_write_back (json_array_get_element (array, i)))
          return FALSE;
    }
  else if (holds_string (node))
    {
      return g_utf8_validate (json_node_get_string (node), -1, NULL);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      char text[G_ASCII_DTOSTR_BUF_SIZE];

      if (!isfinite (json_node_get_double (node)))
        return FALSE;
      g_ascii_dtostr (text, sizeof text, json_node_get_double (node));
      return strchr (text, '.') != NULL || strchr (text, 'e') == NULL;
    }

  return TRUE;
}

/* A string member that may also be absent or null. */
static gboolean
read_optional_string (const char  *name,
                      JsonNode    *node,
                      const char **value,
                      GError     **error)
{
  if (JSON_NODE_HOLDS_NULL (node))
    {
      *value = NULL;
      return TRUE;
    }

  if (!holds_string (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "“%s” of a question is not a string", name);
      return FALSE;
    }

  *value = json_node_get_string (node);
  return TRUE;
}

static MbcMyQuestion *
read_question (JsonNode  *node,
               guint      index,
               GError   **error)
{
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(GError) local_error = NULL;
  MbcMyQuestion *question;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  const char *text = NULL;
  const char *answer = NULL;
  const char *suggestion = NULL;
  gboolean asked = FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "question %u is not an object", index + 1);
      return NULL;
    }

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (g_str_equal (name, "text"))
        {
          if (!holds_string (member))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "“text” of question %u is not a string", index + 1);
              return NULL;
            }
          text = json_node_get_string (member);
        }
      else if (g_str_equal (name, "answer"))
        {
          if (!read_optional_string (name, member, &answer, &local_error))
            break;
        }
      else if (g_str_equal (name, "suggestion"))
        {
          if (!read_optional_string (name, member, &suggestion, &local_error))
            break;
        }
      else if (g_str_equal (name, "asked"))
        {
          if (!JSON_NODE_HOLDS_VALUE (member) ||
              json_node_get_value_type (member) != G_TYPE_BOOLEAN)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "“asked” of question %u is not true or false", index + 1);
              return NULL;
            }
          asked = json_node_get_boolean (member);
        }
      else
        {
          /* Written by a newer guide: kept as it is, to be written back. */
          if (!g_utf8_validate (name, -1, NULL) || !can_write_back (member))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "question %u has a member that could not be written back as it is",
                           index + 1);
              return NULL;
            }
          if (unknown == NULL)
            unknown = json_object_new ();
          json_object_set_member (unknown, name, json_node_copy (member));
        }
    }

  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  "question %u: ", index + 1);
      return NULL;
    }

  if (text == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "question %u has no text", index + 1);
      return NULL;
    }

  /* An escaped lone surrogate ("\ud800") comes out of the parser as bytes
   * that are not UTF-8, which would upset every widget that shows them.
   */
  if (!g_utf8_validate (text, -1, NULL) ||
      (answer != NULL && !g_utf8_validate (answer, -1, NULL)) ||
      (suggestion != NULL && !g_utf8_validate (suggestion, -1, NULL)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "question %u has text that is not UTF-8", index + 1);
      return NULL;
    }

  question = mbc_my_question_new (text, suggestion);
  mbc_my_question_set_answer (question, answer);
  mbc_my_question_set_asked (question, asked);
  mbc_my_question_set_unknown_members (question, unknown);

  return question;
}

GPtrArray *
mbc_my_question_list_file_read (const char  *contents,
                             gsize        length,
                             gint64      *version,
                             JsonObject **unknown_members,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  JsonArray *array = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  JsonNode *root;

  *version = MBC_MY_QUESTION_LIST_FILE_VERSION;

  if (length == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "the file is empty");
      return NULL;
    }

  if (!g_utf8_validate_len (contents, length, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "the file is not UTF-8 text");
      return NULL;
    }

  if (!json_parser_load_from_data (parser, contents, length, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "the file does not hold a JSON object");
      return NULL;
    }

  json_object_iter_init_ordered (&iter, json_node_get_object (root));
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (g_str_equal (name, "version"))
        {
          if (!JSON_NODE_HOLDS_VALUE (member) ||
              json_node_get_value_type (member) != G_TYPE_INT64 ||
              json_node_get_int (member) < 1)
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                   "“version” is not a whole number from 1 up");
              return NULL;
            }
          *version = json_node_get_int (member);
        }
      else if (g_str_equal (name, "questions"))
        {
          if (!JSON_NODE_HOLDS_ARRAY (member))
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                   "“questions” is not a list");
              return NULL;
            }
          array = json_node_get_array (member);
        }
      else
        {
          if (!g_utf8_validate (name, -1, NULL) || !can_write_back (member))
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                   "the file has a member that could not be written back as it is");
              return NULL;
            }
          if (unknown == NULL)
            unknown = json_object_new ();
          json_object_set_member (unknown, name, json_node_copy (member));
        }
    }

  if (array == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "the file has no “questions”");
      return NULL;
    }

  questions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      MbcMyQuestion *question = read_question (json_array_get_element (array, i), i, error);

      if (question == NULL)
        return NULL;
      g_ptr_array_add (questions, question);
    }

  *unknown_members = g_steal_pointer (&unknown);
  return g_steal_pointer (&questions);
}

/* Gives @file a name of its own in the same folder, so that it is kept
 * and the list can start again: "questions.json.unreadable-20261122-101500",
 * with "-2", "-3"… when that name is taken. Returns the new place.
 */
GFile *
mbc_my_question_list_file_move_aside (GFile   *file,
                                   GError **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; n <= 1000; n++)
    {
      g_autofree char *aside_name = NULL;
      g_autoptr(GFile) aside = NULL;
      g_autoptr(GError) local_error = NULL;

      if (n == 1)
        aside_name = g_strdup_printf ("%s.unreadable-%s", name, stamp);
      else
        aside_name = g_strdup_printf ("%s.unreadable-%s-%u", name, stamp, n);
      aside = g_file_get_child (folder, aside_name);

      /* A rename: the file is never copied, so it is never half there. */
      if (g_file_move (file, aside,
                       G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                       NULL, NULL, NULL, &local_error))
        return g_steal_pointer (&aside);

      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       "too many files have been set aside already");
  return NULL;
}

/* Writing. */

static void
copy_members (JsonObject *to,
              JsonObject *from)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (from == NULL)
    return;

  json_object_iter_init_ordered (&iter, from);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    json_object_set_member (to, name, json_node_copy (member));
}

char *
mbc_my_question_list_file_write (GPtrArray  *questions,
                              gint64      version,
                              JsonObject *unknown_members,
                              gsize      *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(GString) text = NULL;

  json_object_set_int_member (object, "version", MAX (version, MBC_MY_QUESTION_LIST_FILE_VERSION));

  for (guint i = 0; i < questions->len; i++)
    {
      MbcMyQuestion *question = g_ptr_array_index (questions, i);
      const char *answer = mbc_my_question_get_answer (question);
      const char *suggestion = mbc_my_question_get_suggestion_id (question);
      JsonObject *entry = json_object_new ();

      json_object_set_string_member (entry, "text", mbc_my_question_get_text (question));
      if (answer[0] != '\0')
        json_object_set_string_member (entry, "answer", answer);
      json_object_set_boolean_member (entry, "asked", mbc_my_question_get_asked (question));
      if (suggestion != NULL)
        json_object_set_string_member (entry, "suggestion", suggestion);
      copy_members (entry, mbc_my_question_get_unknown_members (question));

      json_array_add_object_element (array, entry);
    }

  json_object_set_array_member (object, "questions", json_array_ref (array));
  copy_members (object, unknown_members);

  json_node_set_object (root, object);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');

  *length = text->len;
  return g_string_free (g_steal_pointer (&text), FALSE);
}
