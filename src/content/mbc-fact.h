/* mbc-fact.h: one thing to know, with its sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"

G_BEGIN_DECLS

#define MBC_TYPE_FACT (mbc_fact_get_type ())

G_DECLARE_FINAL_TYPE (MbcFact, mbc_fact, MBC, FACT, MbcContentItem)

const char     *mbc_fact_get_id    (MbcFact *self);
const char     *mbc_fact_get_title (MbcFact *self);
const char     *mbc_fact_get_text  (MbcFact *self);
const char * const *
                mbc_fact_get_points (MbcFact *self);

MbcContentItem *mbc_fact_build     (MbcContentBuild *build,
                                    JsonObject      *object);

G_END_DECLS
