/* mbc-json-text.c: texts in a JSON file that do not show what they say
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-json-text.h"

/* Finds the first text or member name in @node that is not UTF-8, and
 * where it is. The file itself is UTF-8, so such a text comes from a \u
 * escape that stands for half a character (\ud800 to \udfff alone),
 * which json-glib passes on as it is.
 */
static gboolean
find_broken_text (MbcJsonPlaces *places,
                  JsonNode      *node,
                  MbcJsonPlace   place,
                  MbcJsonPlace  *found)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      for (const GList *l = names; l != NULL; l = l->next)
        {
          MbcJsonPlace member_place = mbc_json_places_of_member (places, object, l->data);

          if (!g_utf8_validate (l->data, -1, NULL))
            {
              *found = member_place;
              return TRUE;
            }
          if (find_broken_text (places, json_object_get_member (object, l->data), member_place,
                                found))
            return TRUE;
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (find_broken_text (places, json_array_get_element (array, i),
                              mbc_json_places_of_element (places, array, i), found))
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

/* The Unicode name of @c, one of the characters of hidden_format_ranges,
 * so that a person can look it up or find it with an editor's search.
 */
const char *
mbc_json_text_get_format_name (gunichar c)
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

/**
 * mbc_json_text_find_hidden_format:
 *
 * Finds the first such character in a string of @data, a JSON file that
 * parsed, written as it is or as a \u escape, with its line and column
 * (in characters, as an editor counts them). Outside strings it is no
 * text, and a byte order mark at the start of a file is left alone.
 */
gboolean
mbc_json_text_find_hidden_format (const char *data,
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

/**
 * mbc_json_text_find_half_character:
 * @places: a JSON text that parsed
 * @found: (out): where the first such text is
 *
 * Finds the first text or member name that holds half a character.
 */
gboolean
mbc_json_text_find_half_character (MbcJsonPlaces *places,
                                   MbcJsonPlace  *found)
{
  JsonNode *root = mbc_json_places_get_root (places);

  return root != NULL && find_broken_text (places, root, mbc_json_place (1, 1), found);
}
