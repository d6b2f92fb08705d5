/* mbc-body-map.h: a figure of a person on which to choose a place in the body
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MBC_TYPE_BODY_MAP (mbc_body_map_get_type ())

G_DECLARE_FINAL_TYPE (MbcBodyMap, mbc_body_map, MBC, BODY_MAP, GtkWidget)

GtkWidget  *mbc_body_map_new          (void);

/* @sites: a GListModel of MbcSite, or NULL. Creates a region for each site
 * whose id has a shape and ignores the others; the regions keep their own
 * drawing order whatever the order of the model. Calling again replaces
 * the regions' names and summaries, and keeps the selection if its id is
 * still there. NULL removes all regions.
 */
void        mbc_body_map_set_sites    (MbcBodyMap *self,
                                       GListModel *sites);

/* The id of the selected site, or NULL. */
const char *mbc_body_map_get_selected (MbcBodyMap *self);

/* NULL, or an id without a region, clears the selection. */
void        mbc_body_map_set_selected (MbcBodyMap *self,
                                       const char *site_id);

/* The region of a site, or NULL if it has none. */
GtkWidget  *mbc_body_map_get_region   (MbcBodyMap *self,
                                       const char *site_id);

G_END_DECLS
