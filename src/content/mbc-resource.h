/* mbc-resource.h: a place to turn to for help
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"

G_BEGIN_DECLS

#define MBC_TYPE_RESOURCE (mbc_resource_get_type ())

G_DECLARE_FINAL_TYPE (MbcResource, mbc_resource, MBC, RESOURCE, MbcContentItem)

const char         *mbc_resource_get_id          (MbcResource *self);
const char         *mbc_resource_get_name        (MbcResource *self);
const char         *mbc_resource_get_description (MbcResource *self);
const char         *mbc_resource_get_phone       (MbcResource *self);
const char         *mbc_resource_get_hours       (MbcResource *self);
const char         *mbc_resource_get_email       (MbcResource *self);
const char         *mbc_resource_get_website     (MbcResource *self);
const char * const *mbc_resource_get_languages   (MbcResource *self);
gboolean            mbc_resource_get_local       (MbcResource *self);

MbcContentItem     *mbc_resource_build           (MbcContentBuild *build,
                                                  JsonObject      *object);

G_END_DECLS
