/* mbc-treatments-view.h: the treatments, and what guides them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-content.h"

G_BEGIN_DECLS

#define MBC_TYPE_TREATMENTS_VIEW (mbc_treatments_view_get_type ())

G_DECLARE_FINAL_TYPE (MbcTreatmentsView, mbc_treatments_view, MBC, TREATMENTS_VIEW, GtkWidget)

void mbc_treatments_view_set_content (MbcTreatmentsView *self,
                                      MbcContent        *content);

G_END_DECLS
