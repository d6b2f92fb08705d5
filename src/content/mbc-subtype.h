/* mbc-subtype.h: a kind of breast cancer, told by testing the tumour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"

G_BEGIN_DECLS

#define MBC_TYPE_SUBTYPE (mbc_subtype_get_type ())

G_DECLARE_FINAL_TYPE (MbcSubtype, mbc_subtype, MBC, SUBTYPE, MbcContentItem)

const char     *mbc_subtype_get_id          (MbcSubtype *self);
const char     *mbc_subtype_get_name        (MbcSubtype *self);
const char     *mbc_subtype_get_description (MbcSubtype *self);

MbcContentItem *mbc_subtype_build           (MbcContentBuild *build,
                                             JsonObject      *object);

G_END_DECLS
