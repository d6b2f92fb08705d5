/* mbc-body-region.h: one place on the body map that a person can choose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The figure and every shape on it are drawn in a box of this size, in
 * design units; the body map scales that box to fit its allocation.
 */
#define MBC_BODY_DESIGN_WIDTH  240.0
#define MBC_BODY_DESIGN_HEIGHT 480.0

/* The action a region asks for when a person wants its menu (the
 * secondary button, a long press, Menu or Shift+F10), with the site's
 * id: a widget above it that offers a menu installs it, and shows the
 * menu as a popover of the region (one of its children).
 */
#define MBC_BODY_REGION_MENU_ACTION "site.menu"

#define MBC_TYPE_BODY_REGION (mbc_body_region_get_type ())

G_DECLARE_FINAL_TYPE (MbcBodyRegion, mbc_body_region, MBC, BODY_REGION, GtkWidget)

/* The ids of the sites that have a shape, in drawing order, bottom first. */
const char * const *mbc_body_region_get_site_ids     (void);
gboolean            mbc_body_region_has_shape        (const char      *site_id);

GtkWidget          *mbc_body_region_new              (const char      *site_id,
                                                      const char      *name,
                                                      const char      *summary);

const char         *mbc_body_region_get_site_id      (MbcBodyRegion   *self);
/* While the menu action runs: where the person pointed, in the region's
 * own coordinates; FALSE when the menu was asked for by the keyboard.
 */
gboolean            mbc_body_region_get_menu_point   (MbcBodyRegion   *self,
                                                      double          *x,
                                                      double          *y);
const char         *mbc_body_region_get_name         (MbcBodyRegion   *self);
void                mbc_body_region_set_name         (MbcBodyRegion   *self,
                                                      const char      *name);
const char         *mbc_body_region_get_summary      (MbcBodyRegion   *self);
void                mbc_body_region_set_summary      (MbcBodyRegion   *self,
                                                      const char      *summary);
gboolean            mbc_body_region_get_selected     (MbcBodyRegion   *self);
void                mbc_body_region_set_selected     (MbcBodyRegion   *self,
                                                      gboolean         selected);

/* Where the shape lies in the design box (see MBC_BODY_DESIGN_WIDTH). */
void                mbc_body_region_get_design_bounds (MbcBodyRegion   *self,
                                                       graphene_rect_t *bounds);

/* For the body map's size_allocate: how many pixels one design unit takes. */
void                mbc_body_region_set_scale        (MbcBodyRegion   *self,
                                                      double           scale);

/* Whether a point in design units lies inside the shape a person can hit. */
gboolean            mbc_body_region_shape_contains   (MbcBodyRegion   *self,
                                                      double           design_x,
                                                      double           design_y);

/* For the body map: draws the figure under the regions. */
void                mbc_body_region_draw_figure      (cairo_t         *cr,
                                                      double           scale,
                                                      const GdkRGBA   *color);

G_END_DECLS
