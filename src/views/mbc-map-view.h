/* mbc-map-view.h: the body map beside the page of the chosen site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-content.h"

G_BEGIN_DECLS

#define MBC_TYPE_MAP_VIEW (mbc_map_view_get_type ())

G_DECLARE_FINAL_TYPE (MbcMapView, mbc_map_view, MBC, MAP_VIEW, GtkWidget)

void        mbc_map_view_set_content       (MbcMapView *self,
                                            MbcContent *content);
const char *mbc_map_view_get_selected_site (MbcMapView *self);
void        mbc_map_view_select_site       (MbcMapView *self,
                                            const char *site_id);


G_END_DECLS
