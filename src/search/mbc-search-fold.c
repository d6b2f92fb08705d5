/* mbc-search-fold.c: texts made into words that match however they are typed
 *
 * A person types "higado" for "Hígado", "METASTASIS" for "metástasis",
 * or the other way round. Each character is folded: its compatibility
 * decomposition (NFKD) without the combining marks, in its case-folded
 * form; so both sides of a match are plain letters and digits in one
 * case. A word is a run of letters and digits; a combining mark inside
 * one (a text written decomposed) belongs to it and is dropped.
 *
 * Folding goes character by character, without a copy of the whole text
 * for each step: the index folds every text of the guide, a hospital's
 * thousands of resources included, and ASCII, most of it, costs a lower-
 * case letter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-search-fold.h"

static gboolean
is_mark (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
append_folded_char (GString  *out,
                    gunichar  c)
{
  char utf8[8];
  int length;
  g_autofree char *casefolded = NULL;

  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char) c));
      return;
    }

  length = g_unichar_to_utf8 (c, utf8);
  casefolded = g_utf8_casefold (utf8, length);

  for (const char *p = casefolded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n = g_unichar_fully_decompose (g_utf8_get_char (p), TRUE,
                                           decomposed, G_N_ELEMENTS (decomposed));

      for (gsize i = 0; i < n; i++)
        if (!is_mark (decomposed[i]))
          g_string_append_unichar (out, g_unichar_tolower (decomposed[i]));
    }
}

/* Appends the folded form of each word of @text to @folded, each
 * followed by a NUL byte, and to @words (of MbcSearchWord) where it is.
 * Returns the number of words. @text must be valid UTF-8.
 */
guint
mbc_search_fold_words (const char *text,
                       GString    *folded,
                       GArray     *words)
{
  MbcSearchWord word = { 0, };
  gboolean in_word = FALSE;
  guint n = 0;
  const char *p;

  g_return_val_if_fail (folded != NULL, 0);
  g_return_val_if_fail (words != NULL, 0);

  if (text == NULL)
    return 0;

  for (p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean letter = c != 0 && (g_unichar_isalnum (c) || (in_word && is_mark (c)));

      if (letter && !in_word)
        {
          word.folded = folded->len;
          word.start = p - text;
          in_word = TRUE;
        }
      else if (!letter && in_word)
        {
          word.folded_len = folded->len - word.folded;
          word.end = p - text;
          in_word = FALSE;
          /* A word of marks alone folds to nothing. */
          if (word.folded_len > 0)
            {
              g_string_append_c (folded, '\0');
              g_array_append_val (words, word);
              n++;
            }
          else
            g_string_truncate (folded, word.folded);
        }

      if (c == 0)
        break;
      if (letter)
        append_folded_char (folded, c);
    }

  return n;
}

/* @text folded as a whole, words and what is between them, for a test
 * or a comparison.
 */
char *
mbc_search_fold (const char *text)
{
  GString *folded = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_mark (c))
        append_folded_char (folded, c);
    }

  return g_string_free (folded, FALSE);
}

/* How many bytes of @word (@length bytes, a word as folded by
 * mbc_search_fold_words()) make its first @folded_len folded bytes: the
 * part of the word a prefix of the query matched, to be marked.
 */
gsize
mbc_search_fold_prefix_end (const char *word,
                            gsize       length,
                            gsize       folded_len)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  const char *p = word;

  g_return_val_if_fail (word != NULL, 0);

  while (p < word + length && folded->len < folded_len)
    {
      append_folded_char (folded, g_utf8_get_char (p));
      p = g_utf8_next_char (p);
    }
  /* The marks that follow the last letter belong to it. */
  while (p < word + length && is_mark (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return p - word;
}
