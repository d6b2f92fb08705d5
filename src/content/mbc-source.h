/* mbc-source.h: a document the facts come from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"

G_BEGIN_DECLS

#define MBC_TYPE_SOURCE (mbc_source_get_type ())

G_DECLARE_FINAL_TYPE (MbcSource, mbc_source, MBC, SOURCE, MbcContentItem)

const char     *mbc_source_get_id           (MbcSource *self);
const char     *mbc_source_get_organization (MbcSource *self);
const char     *mbc_source_get_title        (MbcSource *self);
const char     *mbc_source_get_reviewed     (MbcSource *self);
const char     *mbc_source_get_about        (MbcSource *self);
char           *mbc_source_dup_review_text   (MbcSource *self);
gboolean        mbc_source_get_local         (MbcSource *self);

MbcContentItem *mbc_source_build            (MbcContentBuild *build,
                                             JsonObject      *object);

G_END_DECLS
