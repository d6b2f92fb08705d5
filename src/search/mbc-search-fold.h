/* mbc-search-fold.h: texts made into words that match however they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A word of a text, folded: where its folded form is in the buffer the
 * text was folded into, and where the word is in the text itself.
 */
typedef struct
{
  guint32 folded;
  guint32 folded_len;
  guint32 start;
  guint32 end;
} MbcSearchWord;

guint  mbc_search_fold_words      (const char *text,
                                   GString    *folded,
                                   GArray     *words);
char  *mbc_search_fold            (const char *text);
gsize  mbc_search_fold_prefix_end (const char *word,
                                   gsize       length,
                                   gsize       folded_len);

G_END_DECLS
