/* mbc-treatment.h: a type of treatment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"

G_BEGIN_DECLS

#define MBC_TYPE_TREATMENT (mbc_treatment_get_type ())

G_DECLARE_FINAL_TYPE (MbcTreatment, mbc_treatment, MBC, TREATMENT, MbcContentItem)

const char         *mbc_treatment_get_id       (MbcTreatment *self);
const char         *mbc_treatment_get_name     (MbcTreatment *self);
const char         *mbc_treatment_get_summary  (MbcTreatment *self);
const char         *mbc_treatment_get_details  (MbcTreatment *self);
GListModel         *mbc_treatment_get_subtypes (MbcTreatment *self);
const char * const *mbc_treatment_get_examples (MbcTreatment *self);

MbcContentItem     *mbc_treatment_build        (MbcContentBuild *build,
                                                JsonObject      *object);

G_END_DECLS
