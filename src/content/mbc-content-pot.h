/* mbc-content-pot.h: the texts of content that translators translate
 *
 * For the content tool and its tests only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "mbc-content-check.h"
#include "mbc-content-schema.h"

G_BEGIN_DECLS

/* One translatable text: a TEXT field, or one entry of a TEXT_LIST. */
typedef struct
{
  const char     *file;
  /* The line of the field's value; for a list entry, where the list starts. */
  guint           line;
  /* The item that holds the field, and the item that holds that one
   * (a symptom's site), or NULL for an item at the top of a file.
   */
  const MbcKind  *kind;
  const char     *id;
  const MbcKind  *parent_kind;
  const char     *parent_id;
  const MbcField *field;
  /* 1 for the first entry of a TEXT_LIST field, 0 for a TEXT field. */
  guint           entry;
  const char     *text;
} MbcContentText;

typedef void (*MbcContentTextFunc) (const MbcContentText *text,
                                    gpointer              user_data);

void  mbc_content_foreach_text      (MbcContentCheck       *check,
                                     MbcContentTextFunc     func,
                                     gpointer               user_data);
char *mbc_content_text_dup_context  (const MbcContentText  *text);

char *mbc_content_pot_new           (MbcContentCheck       *check,
                                     const char            *reference_dir,
                                     GError               **error);

G_END_DECLS
