/* mbc-application.h: the guide as an application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-my-question-list.h"

G_BEGIN_DECLS

#define MBC_TYPE_APPLICATION (mbc_application_get_type ())

G_DECLARE_FINAL_TYPE (MbcApplication, mbc_application, MBC, APPLICATION, AdwApplication)

MbcApplication  *mbc_application_new               (void);
MbcMyQuestionList *mbc_application_get_question_list (MbcApplication *self);
gboolean         mbc_application_get_kiosk         (MbcApplication *self);

G_END_DECLS
