/* mbc-basics-view.h: what metastatic breast cancer is, when to get help, and living with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-content.h"

G_BEGIN_DECLS

#define MBC_TYPE_BASICS_VIEW (mbc_basics_view_get_type ())

G_DECLARE_FINAL_TYPE (MbcBasicsView, mbc_basics_view, MBC, BASICS_VIEW, GtkWidget)

void mbc_basics_view_set_content (MbcBasicsView *self,
                                      MbcContent        *content);

G_END_DECLS
