/* mbc-content-build.h: turning checked JSON into content objects
 *
 * For the content loader and the content classes only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "mbc-content-item.h"

G_BEGIN_DECLS

typedef struct _MbcContentBuild MbcContentBuild;

/* Every call below reads an object that the schema has already checked,
 * so none of them can fail on content: a field that is absent reads as
 * NULL (or an empty list).
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
void        mbc_content_build_item      (MbcContentBuild *build,
                                         MbcContentItem  *item,
                                         JsonObject      *object);

G_END_DECLS
