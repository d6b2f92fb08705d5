/* mbc-content-schema.h: the one description of the content files
 *
 * The loader checks content against these tables and builds objects
 * from them; the content tool reads the same tables to find every
 * translatable string. A field is described here and nowhere else;
 * what a kind and a field are is told in mbc-content-kind.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "mbc-content-kind.h"

G_BEGIN_DECLS

typedef struct
{
  const char    *file;
  const char    *member;
  const MbcKind *kind;
} MbcContentList;

/* In the order they are read: an item refers only to kinds read before it. */
#define MBC_N_CONTENT_LISTS 13
extern const MbcContentList mbc_content_lists[MBC_N_CONTENT_LISTS + 1];

/* A hospital's local content pack: its own sources, then the resources
 * that cite them (or the built-in sources). Each is a list of
 * mbc_content_lists too, so that a pack is read by the same schema.
 */
#define MBC_N_PACK_LISTS 2
extern const MbcContentList mbc_content_pack_lists[MBC_N_PACK_LISTS + 1];
#define MBC_PACK_REQUIRED_FILE "resources.json"

/* The languages a pack may translate its texts into, with a member
 * "FIELD@LANGUAGE" next to the text field FIELD.
 */
extern const char * const mbc_content_pack_languages[];

G_END_DECLS
