/* mbc-content-kind.h: what a kind of content is made of
 *
 * A kind is a name, the fields that an item of it has, and the function
 * that builds such an item. The schema (mbc-content-schema.c) describes
 * each kind in these terms; the checker and the builder read them. They
 * are kept apart from the schema's tables, which name every record
 * class, so that the builder, on which the records stand, needs nothing
 * that stands on the records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "mbc-content-item.h"

G_BEGIN_DECLS

/* What a kind's build function reads its item from (mbc-content-build.h). */
typedef struct _MbcContentBuild MbcContentBuild;

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

const MbcField *mbc_kind_find_field (const MbcKind *kind,
                                     const char    *name);

G_END_DECLS
