/* mbc-focus.h: the keyboard's way into a part of the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void mbc_focus_forget_inside         (GtkWidget  *widget);
void mbc_focus_pass_through_flow_box (GtkFlowBox *box);

G_END_DECLS
