/* mbc-view-bar.h: the views' names at the foot of a narrow window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MBC_TYPE_VIEW_BAR (mbc_view_bar_get_type ())

G_DECLARE_FINAL_TYPE (MbcViewBar, mbc_view_bar, MBC, VIEW_BAR, GtkWidget)

GtkWidget    *mbc_view_bar_new       (void);
AdwViewStack *mbc_view_bar_get_stack (MbcViewBar   *self);
void          mbc_view_bar_set_stack (MbcViewBar   *self,
                                      AdwViewStack *stack);

G_END_DECLS
