/* mbc-content-schema.h: the one description of the content files
 *
 * The loader checks content against these tables and builds objects
 * from them; the content tool reads the same tables to find every
 * translatable string. A field is described here and nowhere else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "mbc-content-build.h"

G_BEGIN_DECLS

typedef enum {
  MBC_FIELD_ID,          /* "lower-case-words", unique within its kind */
  MBC_FIELD_TEXT,        /* text a person reads; translatable */
  MBC_FIELD_TEXT_LIST,   /* a list of such texts */
  MBC_FIELD_STRING,      /* a string kept as it is (a title, a name) */
  MBC_FIELD_DATE,        /* "YYYY-MM-DD" */
  MBC_FIELD_BOOLEAN,
  MBC_FIELD_CHOICE,      /* one of field->choices */
  MBC_FIELD_CHOICE_LIST, /* a list of field->choices */
  MBC_FIELD_SOURCES,     /* the ids of source documents (field->kind), at least one */
  MBC_FIELD_REFS,        /* the ids of items of field->kind */
  MBC_FIELD_ITEMS,       /* items of field->kind, nested */
  MBC_FIELD_PHONE,       /* digits, spaces, dashes, dots, parentheses */
  MBC_FIELD_EMAIL,
  MBC_FIELD_LINK,        /* an https: address */
} MbcFieldType;

typedef struct _MbcKind MbcKind;

typedef struct
{
  const char         *name;
  MbcFieldType        type;
  gboolean            required;
  const MbcKind      *kind;
  const char * const *choices;
  /* What a translator needs to know about this field. */
  const char         *comment;
  /* A text that is a short name or heading rather than sentences: it is
   * translated like any text, but not held to the readability limits of
   * prose.
   */
  gboolean            label;
  /* A field that must be there whenever this one is, and the other way
   * round: a figure and the documents it comes from.
   */
  const char         *goes_with;
} MbcField;

struct _MbcKind
{
  const char      *name;
  const MbcField  *fields;
  MbcContentItem *(*build) (MbcContentBuild *build,
                            JsonObject      *object);
};

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

const MbcField *mbc_kind_find_field (const MbcKind *kind,
                                     const char    *name);

G_END_DECLS
