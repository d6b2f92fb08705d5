/* mbc-resources-view.h: where to find help
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-content.h"

G_BEGIN_DECLS

#define MBC_TYPE_RESOURCES_VIEW (mbc_resources_view_get_type ())

G_DECLARE_FINAL_TYPE (MbcResourcesView, mbc_resources_view, MBC, RESOURCES_VIEW, GtkWidget)

void mbc_resources_view_set_content (MbcResourcesView *self,
                                     MbcContent       *content);
gboolean mbc_resources_view_show_resource (MbcResourcesView *self,
                                           const char       *resource_id);

G_END_DECLS
