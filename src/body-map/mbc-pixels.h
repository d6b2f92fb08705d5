/* mbc-pixels.h: a drawing kept as device pixels, for drawings that seldom change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Where a drawing falls on the device's pixel grid, and how many pixels
 * it takes: two drawings with equal grids can share their pixels.
 */
typedef struct
{
  int    scale_factor;
  /* How far the drawing's corner lies past a whole device pixel. */
  double x_fraction;
  double y_fraction;
  int    pixel_width;
  int    pixel_height;
  /* Kept as a texture rather than a cairo node: for every renderer but
   * cairo (see mbc-pixels.c).
   */
  gboolean as_texture;
} MbcPixelGrid;

typedef void (*MbcPixelsDrawFunc) (cairo_t  *cr,
                                   gpointer  user_data);

void           mbc_pixel_grid_init  (MbcPixelGrid       *grid,
                                     GtkWidget          *widget,
                                     double              x,
                                     double              y,
                                     double              width,
                                     double              height);
gboolean       mbc_pixel_grid_equal (const MbcPixelGrid *a,
                                     const MbcPixelGrid *b);
GskRenderNode *mbc_pixels_draw      (const MbcPixelGrid *grid,
                                     double              x,
                                     double              y,
                                     const GdkRGBA      *color,
                                     MbcPixelsDrawFunc   draw,
                                     gpointer            user_data);

G_END_DECLS
