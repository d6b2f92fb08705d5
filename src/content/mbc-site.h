/* mbc-site.h: a place in the body where breast cancer can spread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"

G_BEGIN_DECLS

#define MBC_TYPE_SITE (mbc_site_get_type ())

/* The id of the entry for symptoms of the whole body. */
#define MBC_SITE_WHOLE_BODY "whole-body"

G_DECLARE_FINAL_TYPE (MbcSite, mbc_site, MBC, SITE, MbcContentItem)

const char     *mbc_site_get_id        (MbcSite *self);
const char     *mbc_site_get_name      (MbcSite *self);
const char     *mbc_site_get_summary   (MbcSite *self);
const char     *mbc_site_get_about     (MbcSite *self);
const char     *mbc_site_get_frequency (MbcSite *self);
GPtrArray      *mbc_site_get_frequency_sources (MbcSite *self);
const char     *mbc_site_get_care      (MbcSite *self);
gboolean        mbc_site_get_rare      (MbcSite *self);
GListModel     *mbc_site_get_symptoms  (MbcSite *self);
GListModel     *mbc_site_get_tests     (MbcSite *self);

MbcContentItem *mbc_site_build         (MbcContentBuild *build,
                                        JsonObject      *object);

G_END_DECLS
