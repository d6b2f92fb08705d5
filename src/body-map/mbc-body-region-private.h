/* mbc-body-region-private.h: what the region widget shares with its artwork
 *
 * The widget is in mbc-body-region.c; the shapes it is drawn and
 * hit-tested from are in mbc-body-region-shapes.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-body-region.h"
#include "mbc-pixels.h"

G_BEGIN_DECLS

/* How far outside the allocation the outlines and the focus ring reach. */
#define MBC_BODY_REGION_OUTLINE_MARGIN 10.0

/* The built shape of one site; only the artwork looks inside it. */
typedef struct _MbcBodyShape MbcBodyShape;

/* The shape drawn into pixels once, and what it was drawn for. */
typedef struct
{
  GskRenderNode *node;
  int            width;
  int            height;
  MbcPixelGrid   grid;
  double         scale;
  GdkRGBA        color;
  gboolean       selected;
  gboolean       hover;
  gboolean       focus;
  gboolean       high_contrast;
} MbcBodyDrawing;

struct _MbcBodyRegion
{
  GtkWidget           parent_instance;

  const MbcBodyShape *shape;
  char               *site_id;
  char               *name;
  char               *summary;
  double              scale;
  gboolean            selected;

  /* The last two drawings, newest first: choosing a site and then
   * another takes a region back and forth between two looks.
   */
  MbcBodyDrawing      drawings[2];

  /* Where the person asked for the menu, or -1 by the keyboard. */
  double              menu_x;
  double              menu_y;
};

void                _mbc_body_region_ensure_shapes (void);
const MbcBodyShape *_mbc_body_region_find_shape    (const char    *site_id);
void                _mbc_body_region_draw_shape    (MbcBodyRegion *self,
                                                    cairo_t       *cr,
                                                    const GdkRGBA *color,
                                                    double         width,
                                                    double         height,
                                                    gboolean       hover,
                                                    gboolean       focus);

G_END_DECLS
