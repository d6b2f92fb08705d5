/* mbc-content-build.h: turning checked JSON into content objects
 *
 * For the content loader and the content classes only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "mbc-content-item.h"
#include "mbc-content-kind.h"

G_BEGIN_DECLS

typedef struct _MbcContentBuild MbcContentBuild;

/* For the store, which drives the builder: one builder for all the
 * lists of a content folder and of its local pack, each list handed to
 * mbc_content_build_run() in the order of the schema, so that an item
 * can refer to the items of any list before its own.
 */
MbcContentBuild *mbc_content_build_new       (void);
void             mbc_content_build_free      (MbcContentBuild *build);
void             mbc_content_build_set_local (MbcContentBuild *build,
                                              gboolean         local);
void             mbc_content_build_run       (MbcContentBuild *build,
                                              const MbcKind   *kind,
                                              JsonArray       *array,
                                              GListStore      *store);

/* For the records, whose build functions (MbcKind.build) read their
 * item's fields with the calls below. Each reads an object that the
 * schema has already checked, so none of them can fail on content: a
 * field that is absent reads as NULL (or an empty list).
 */
char       *mbc_content_build_text      (MbcContentBuild *build,
                                         JsonObject      *object,
                                         const char      *field);
char       *mbc_content_build_string    (MbcContentBuild *build,
                                         JsonObject      *object,
                                         const char      *field);
GStrv       mbc_content_build_text_list (MbcContentBuild *build,
                                         JsonObject      *object,
                                         const char      *field);
GStrv       mbc_content_build_strings   (MbcContentBuild *build,
                                         JsonObject      *object,
                                         const char      *field);
gboolean    mbc_content_build_is_local  (MbcContentBuild *build);
gboolean    mbc_content_build_boolean   (MbcContentBuild *build,
                                         JsonObject      *object,
                                         const char      *field);
GListModel *mbc_content_build_list      (MbcContentBuild *build,
                                         JsonObject      *object,
                                         const char      *field);
/* The source documents a field names, as MbcSource objects. */
GPtrArray  *mbc_content_build_sources   (MbcContentBuild *build,
                                         JsonObject      *object,
                                         const char      *field);
/* The id and the sources that every item has. */
void        mbc_content_build_item      (MbcContentBuild *build,
                                         MbcContentItem  *item,
                                         JsonObject      *object);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MbcContentBuild, mbc_content_build_free)

G_END_DECLS
