/* mbc-pixels.c: a drawing kept as device pixels, for drawings that seldom change
 *
 * The body map's figure and regions are many curves, and they change only
 * when their look does; yet the renderer paints them again whenever
 * anything near them changes. GTK 4.8's cairo renderer replays a cairo
 * node's drawing on every paint, and converts a texture node's pixels on
 * every paint. So such a drawing is drawn once into an image, lined up
 * with the device's pixel grid so that nothing is blurred, and kept as a
 * cairo node that only paints its colour through that image: with cairo
 * the cheapest paint there is. The body map's drawings are each in one
 * colour, so the image keeps only how much of it each pixel has.
 *
 * The GL renderer keeps what it drew of a cairo node by the node's
 * address, and a new node that malloc puts where a freed one was is
 * shown with the old node's pixels (seen in test-body-map: a region
 * drawn with another map's picture). A texture's upload lives and dies
 * with the texture, so for GL the pixels are kept as a texture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "mbc-pixels.h"

/* The grid for a drawing of @width × @height with its corner at @x, @y
 * in @widget's coordinates.
 */
void
mbc_pixel_grid_init (MbcPixelGrid *grid,
                     GtkWidget    *widget,
                     double        x,
                     double        y,
                     double        width,
                     double        height)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t corner;

  g_return_if_fail (grid != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  grid->scale_factor = MAX (1, gtk_widget_get_scale_factor (widget));
  grid->x_fraction = 0;
  grid->y_fraction = 0;

  if (native != NULL &&
      gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                &GRAPHENE_POINT_INIT (x, y), &corner))
    {
      double device_x = corner.x * grid->scale_factor;
      double device_y = corner.y * grid->scale_factor;

      grid->x_fraction = device_x - floor (device_x);
      grid->y_fraction = device_y - floor (device_y);
    }

  grid->pixel_width = (int) ceil (MAX (0, width) * grid->scale_factor + grid->x_fraction);
  grid->pixel_height = (int) ceil (MAX (0, height) * grid->scale_factor + grid->y_fraction);

  {
    GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

    grid->as_texture = renderer != NULL && !GSK_IS_CAIRO_RENDERER (renderer);
  }
}

gboolean
mbc_pixel_grid_equal (const MbcPixelGrid *a,
                      const MbcPixelGrid *b)
{
  return a->scale_factor == b->scale_factor &&
         a->x_fraction == b->x_fraction &&
         a->y_fraction == b->y_fraction &&
         a->pixel_width == b->pixel_width &&
         a->pixel_height == b->pixel_height &&
         a->as_texture == b->as_texture;
}

/* Draws with @draw, which draws as in the widget's coordinates with the
 * drawing's corner at @x, @y (as given to mbc_pixel_grid_init()), into
 * pixels on @grid. The drawing is in the one colour @color, in more or
 * less of it: for cairo only how much is kept, a byte a pixel, a quarter
 * of what full colour takes; for GL the texture is in full colour.
 * Returns a node to append to the widget's snapshot for as long as the
 * drawing stays the same, or NULL for an empty one.
 */
GskRenderNode *
mbc_pixels_draw (const MbcPixelGrid *grid,
                 double              x,
                 double              y,
                 const GdkRGBA      *color,
                 MbcPixelsDrawFunc   draw,
                 gpointer            user_data)
{
  double scale = grid->scale_factor;
  cairo_surface_t *surface;
  graphene_rect_t bounds;
  GskRenderNode *node;
  cairo_t *cr;

  g_return_val_if_fail (grid != NULL, NULL);
  g_return_val_if_fail (color != NULL, NULL);
  g_return_val_if_fail (draw != NULL, NULL);

  if (grid->pixel_width <= 0 || grid->pixel_height <= 0)
    return NULL;

  surface = cairo_image_surface_create (grid->as_texture ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_A8,
                                        grid->pixel_width, grid->pixel_height);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  cairo_translate (cr, grid->x_fraction / scale - x, grid->y_fraction / scale - y);
  draw (cr, user_data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The node's corner is the whole device pixel at or before @x, @y. */
  bounds = GRAPHENE_RECT_INIT (x - grid->x_fraction / scale,
                               y - grid->y_fraction / scale,
                               grid->pixel_width / scale,
                               grid->pixel_height / scale);

  if (grid->as_texture)
    {
      /* Cairo's ARGB32 is GDK's default memory format. */
      g_autoptr(GBytes) bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                                             (gsize) cairo_image_surface_get_stride (surface) *
                                             grid->pixel_height);
      g_autoptr(GdkTexture) texture = gdk_memory_texture_new (grid->pixel_width, grid->pixel_height,
                                                              GDK_MEMORY_DEFAULT, bytes,
                                                              cairo_image_surface_get_stride (surface));

      node = gsk_texture_node_new (texture, &bounds);
    }
  else
    {
      node = gsk_cairo_node_new (&bounds);
      cr = gsk_cairo_node_get_draw_context (node);
      cairo_set_source_rgb (cr, color->red, color->green, color->blue);
      cairo_mask_surface (cr, surface, bounds.origin.x, bounds.origin.y);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);

  return node;
}
