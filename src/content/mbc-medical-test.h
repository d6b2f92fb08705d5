/* mbc-medical-test.h: a test used to look for spread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content-build.h"

G_BEGIN_DECLS

#define MBC_TYPE_MEDICAL_TEST (mbc_medical_test_get_type ())

G_DECLARE_FINAL_TYPE (MbcMedicalTest, mbc_medical_test, MBC, MEDICAL_TEST, MbcContentItem)

const char     *mbc_medical_test_get_id          (MbcMedicalTest *self);
const char     *mbc_medical_test_get_name        (MbcMedicalTest *self);
const char     *mbc_medical_test_get_description (MbcMedicalTest *self);

MbcContentItem *mbc_medical_test_build           (MbcContentBuild *build,
                                                  JsonObject      *object);

G_END_DECLS
