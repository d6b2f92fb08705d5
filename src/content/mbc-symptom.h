/* mbc-symptom.h: a sign that a person may notice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"
#include "mbc-urgency.h"

G_BEGIN_DECLS

#define MBC_TYPE_SYMPTOM (mbc_symptom_get_type ())

G_DECLARE_FINAL_TYPE (MbcSymptom, mbc_symptom, MBC, SYMPTOM, MbcContentItem)

const char     *mbc_symptom_get_id      (MbcSymptom *self);
const char     *mbc_symptom_get_text    (MbcSymptom *self);
MbcUrgency      mbc_symptom_get_urgency (MbcSymptom *self);

MbcContentItem *mbc_symptom_build       (MbcContentBuild *build,
                                         JsonObject      *object);

G_END_DECLS
