/* mbc-content-check-private.h: what the files of MbcContentCheck share:
 * the checker's struct, its files, and how a problem is noted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-check.h"
#include "mbc-content-kind.h"
#include "mbc-json-places.h"

G_BEGIN_DECLS

/* A content file that parsed, with the name it has in problems. */
typedef struct
{
  char          *name;
  MbcJsonPlaces *places;
} ContentFile;

struct _MbcContentCheck
{
  /* File name → ContentFile, for every file read. */
  GHashTable *files;
  /* The names of files that could not be read or parsed. */
  GHashTable *unread;
  GPtrArray  *problems;
  /* Kind name → (id → "file:line"), to find duplicates and references. */
  GHashTable *ids;
  GPtrArray  *references;
  /* How many of the references have been looked up already. */
  guint       n_references_checked;

  /* The local content pack, once read: its file names (of
   * mbc_content_pack_lists) → ContentFile, and whether a file of it
   * could not be read.
   */
  GHashTable *pack_files;
  gboolean    pack_unread;
  /* Whether the files being read are a pack's, whose texts may carry
   * translations.
   */
  gboolean    reading_pack;
};

/* In mbc-content-check.c. */
G_GNUC_PRINTF (5, 6)
void        _mbc_content_check_add_problem    (MbcContentCheck *check,
                                               ContentFile     *file,
                                               MbcJsonPlace     place,
                                               const char      *owner,
                                               const char      *format,
                                               ...);
/* An item's reference to item @id of @kind, looked up once every file
 * that could hold it has been read.
 */
void        _mbc_content_check_note_reference (MbcContentCheck *check,
                                               ContentFile     *file,
                                               MbcJsonPlace     place,
                                               const char      *owner,
                                               const MbcKind   *kind,
                                               const char      *id);

/* In mbc-content-check-items.c. Checks @node, an item of @kind in a
 * list at @place; @where names what holds it, for messages about an
 * item whose own id is not known.
 */
void        _mbc_content_check_item           (MbcContentCheck *check,
                                               ContentFile     *file,
                                               const MbcKind   *kind,
                                               JsonNode        *node,
                                               MbcJsonPlace     place,
                                               const char      *where);
/* How a problem names the type of @node: "an object", "a list"… */
const char *_mbc_content_check_type_name      (JsonNode        *node);

G_END_DECLS
