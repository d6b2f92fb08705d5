/* mbc-body-region-shapes.c: the artwork of the body map
 *
 * The figure and the shape of each region, built once as cairo paths in
 * the design box, drawn for each state of a region, and hit-tested so
 * that a point outside a shape falls through to the region below it.
 * The widget itself is in mbc-body-region.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "mbc-body-region-private.h"

/* One closed outline of a shape. A shape is the union of its parts: each
 * part is filled and hit-tested on its own, so that overlapping parts
 * never cancel out, whichever way round they were drawn.
 */
typedef struct
{
  cairo_path_data_t *data;
  int                num_data;
} Part;

typedef void (*BuildFunc) (cairo_t *cr);

typedef struct
{
  const char *site_id;
  BuildFunc   build_area;     /* what a person sees and hits */
  BuildFunc   build_inner;    /* drawn stronger inside the area, or NULL */
  BuildFunc   build_details;  /* thin open lines over the fill, or NULL */
} ShapeDesign;

struct _MbcBodyShape
{
  GArray          *area;      /* of Part */
  GArray          *inner;     /* of Part */
  cairo_path_t    *details;
  graphene_rect_t  bounds;
};

/* Building blocks of the artwork, in design units. */

static void
ellipse (cairo_t *cr,
         double   cx,
         double   cy,
         double   rx,
         double   ry,
         double   degrees)
{
  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_rotate (cr, degrees * G_PI / 180.0);
  cairo_scale (cr, rx, ry);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_close_path (cr);
  cairo_restore (cr);
}

/* A rod with round ends, for a bone. */
static void
capsule (cairo_t *cr,
         double   x1,
         double   y1,
         double   x2,
         double   y2,
         double   radius)
{
  double angle = atan2 (y2 - y1, x2 - x1);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x2, y2, radius, angle - G_PI / 2, angle + G_PI / 2);
  cairo_arc (cr, x1, y1, radius, angle + G_PI / 2, angle + 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A rib: a band along an ellipse around (cx, cy), from the breastbone
 * (angle from) sideways and down (angle to), with rounded ends.
 */
static void
rib (cairo_t *cr,
     double   cx,
     double   cy,
     double   rx,
     double   ry,
     double   half_width,
     double   from_degrees,
     double   to_degrees)
{
  double from = from_degrees * G_PI / 180.0;
  double to = to_degrees * G_PI / 180.0;
  double end_x = cx + rx * cos (to);
  double end_y = cy + ry * sin (to);

  cairo_new_sub_path (cr);
  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_scale (cr, rx + half_width, ry + half_width);
  cairo_arc_negative (cr, 0, 0, 1, from, to);
  cairo_restore (cr);
  cairo_arc_negative (cr, end_x, end_y, half_width, to, to + G_PI);
  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_scale (cr, rx - half_width, ry - half_width);
  cairo_arc (cr, 0, 0, 1, to, from);
  cairo_restore (cr);
  cairo_close_path (cr);
}

/* Draws the person's right side (on the left of the picture), then the
 * same again mirrored for the left side.
 */
static void
both_sides (cairo_t   *cr,
            BuildFunc  side)
{
  side (cr);
  cairo_save (cr);
  cairo_translate (cr, MBC_BODY_DESIGN_WIDTH, 0);
  cairo_scale (cr, -1, 1);
  side (cr);
  cairo_restore (cr);
}

/* The shapes. Sizes follow the figure that the body map draws: head
 * centred on (120, 48), shoulders at y 116, waist at 240, feet at 470.
 */

static void
bones_side (cairo_t *cr)
{
  int i;

  /* Collarbone, shoulder, upper arm, elbow, the two forearm bones, hand. */
  capsule (cr, 115, 112, 76, 117, 3);
  ellipse (cr, 71, 125, 6.5, 6.5, 0);
  capsule (cr, 69, 129, 58, 205, 4);
  ellipse (cr, 57, 210, 5.5, 5, 0);
  capsule (cr, 54, 214, 44, 284, 2.5);
  capsule (cr, 60, 214, 50, 285, 2.5);
  ellipse (cr, 46, 302, 6, 11, 8);

  /* Ribs, wider and longer towards the waist. */
  for (i = 0; i < 6; i++)
    rib (cr,
         120, 123 + 15 * i,
         28 + 4 * i, 15 + 2 * i,
         2.2,
         -96, 160 - 6 * i);

  /* Hip bone: one wing of the pelvis, from the base of the spine out to
   * the top of the hip and round under to where the hips meet.
   */
  cairo_new_sub_path (cr);
  cairo_move_to (cr, 120, 266);
  cairo_curve_to (cr, 112, 260, 104, 252, 96, 252);
  cairo_curve_to (cr, 86, 252, 81, 258, 81, 266);
  cairo_curve_to (cr, 81, 276, 84, 284, 88, 290);
  cairo_curve_to (cr, 94, 298, 106, 302, 120, 302);
  cairo_close_path (cr);

  /* Thigh bone, knee cap, shin bone, foot. */
  ellipse (cr, 90, 293, 6.5, 6.5, 0);
  capsule (cr, 91, 297, 95, 374, 5);
  ellipse (cr, 95, 382, 6.5, 6.5, 0);
  capsule (cr, 95, 390, 96, 448, 4);
  ellipse (cr, 94, 461, 8.5, 4, -8);
}

static void
build_bones (cairo_t *cr)
{
  /* Skull: the rounded top of the head and the jaw. */
  ellipse (cr, 120, 42, 26, 30, 0);
  cairo_new_sub_path (cr);
  cairo_move_to (cr, 102, 56);
  cairo_curve_to (cr, 102, 74, 111, 84, 120, 84);
  cairo_curve_to (cr, 129, 84, 138, 74, 138, 56);
  cairo_close_path (cr);

  /* Spine and breastbone. */
  capsule (cr, 120, 80, 120, 270, 4.5);
  capsule (cr, 120, 119, 120, 186, 5);

  both_sides (cr, bones_side);
}

static void
build_bones_details (cairo_t *cr)
{
  /* The base of the spine, inside the pelvis. */
  cairo_move_to (cr, 111, 262);
  cairo_curve_to (cr, 112, 274, 116, 284, 120, 288);
  cairo_curve_to (cr, 124, 284, 128, 274, 129, 262);
}

static void
right_lung (cairo_t *cr)
{
  cairo_new_sub_path (cr);
  cairo_move_to (cr, 100, 121);
  cairo_curve_to (cr, 90, 123, 83, 141, 82, 168);
  cairo_curve_to (cr, 81, 192, 80, 206, 82, 217);
  cairo_curve_to (cr, 92, 208, 104, 206, 113, 212);
  cairo_curve_to (cr, 116, 190, 115, 150, 111, 133);
  cairo_curve_to (cr, 109, 125, 105, 121, 100, 121);
  cairo_close_path (cr);
}

/* The left lung is a little smaller and leaves room for the heart. */
static void
left_lung (cairo_t *cr)
{
  cairo_new_sub_path (cr);
  cairo_move_to (cr, 140, 121);
  cairo_curve_to (cr, 135, 121, 131, 125, 129, 133);
  cairo_curve_to (cr, 127, 150, 127, 176, 132, 186);
  cairo_curve_to (cr, 136, 194, 134, 204, 130, 212);
  cairo_curve_to (cr, 140, 208, 150, 208, 158, 216);
  cairo_curve_to (cr, 160, 206, 159, 192, 158, 168);
  cairo_curve_to (cr, 157, 141, 150, 123, 140, 121);
  cairo_close_path (cr);
}

static void
around (cairo_t   *cr,
        double     cx,
        double     cy,
        double     factor,
        BuildFunc  build)
{
  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_scale (cr, factor, factor);
  cairo_translate (cr, -cx, -cy);
  build (cr);
  cairo_restore (cr);
}

/* The area of the lungs takes in the lining around them (the pleura),
 * which is where fluid can gather.
 */
static void
build_lungs_area (cairo_t *cr)
{
  around (cr, 97, 169, 1.12, right_lung);
  around (cr, 143, 169, 1.12, left_lung);
}

static void
build_lungs_inner (cairo_t *cr)
{
  right_lung (cr);
  left_lung (cr);
}

static void
build_lungs_details (cairo_t *cr)
{
  /* The windpipe and the two airways. */
  cairo_move_to (cr, 120, 96);
  cairo_line_to (cr, 120, 130);
  cairo_move_to (cr, 120, 130);
  cairo_curve_to (cr, 114, 136, 108, 140, 102, 150);
  cairo_move_to (cr, 120, 130);
  cairo_curve_to (cr, 126, 136, 132, 140, 138, 150);
  /* The gaps between the lobes. */
  cairo_move_to (cr, 84, 176);
  cairo_curve_to (cr, 94, 170, 104, 160, 110, 146);
  cairo_move_to (cr, 156, 176);
  cairo_curve_to (cr, 148, 168, 140, 158, 131, 146);
}

static void
build_liver (cairo_t *cr)
{
  /* Large on the right of the body, tapering across to the left. */
  cairo_new_sub_path (cr);
  cairo_move_to (cr, 80, 214);
  cairo_curve_to (cr, 96, 206, 132, 208, 152, 214);
  cairo_curve_to (cr, 160, 217, 161, 224, 154, 228);
  cairo_curve_to (cr, 138, 238, 118, 246, 104, 254);
  cairo_curve_to (cr, 94, 259, 82, 255, 79, 244);
  cairo_curve_to (cr, 76, 234, 76, 222, 80, 214);
  cairo_close_path (cr);
}

static void
build_liver_details (cairo_t *cr)
{
  /* Where the two lobes meet. */
  cairo_move_to (cr, 124, 211);
  cairo_curve_to (cr, 122, 222, 118, 234, 112, 249);
}

/* Lymph nodes in the neck, above the collarbone and in the armpit. The
 * area around each node is generous, so that it is easy to hit.
 */
static void
lymph_nodes_area_side (cairo_t *cr)
{
  ellipse (cr, 109, 96, 12.5, 12.5, 0);
  ellipse (cr, 95, 108, 12.5, 12.5, 0);
  ellipse (cr, 72, 152, 12.5, 12.5, 0);
  ellipse (cr, 76, 169, 12.5, 12.5, 0);
}

static void
lymph_nodes_inner_side (cairo_t *cr)
{
  ellipse (cr, 109, 96, 4.5, 3.5, 70);
  ellipse (cr, 95, 108, 4.5, 3.5, 20);
  ellipse (cr, 72, 152, 4.5, 3.5, 60);
  ellipse (cr, 76, 169, 4.5, 3.5, 80);
}

static void
lymph_nodes_details_side (cairo_t *cr)
{
  /* The lymph vessels that join them. */
  cairo_move_to (cr, 111, 86);
  cairo_curve_to (cr, 110, 92, 108, 100, 95, 108);
  cairo_curve_to (cr, 86, 114, 78, 126, 72, 152);
  cairo_line_to (cr, 76, 169);
}

static void
build_lymph_nodes_details (cairo_t *cr)
{
  both_sides (cr, lymph_nodes_details_side);
}

static void
build_lymph_nodes_area (cairo_t *cr)
{
  both_sides (cr, lymph_nodes_area_side);
}

static void
build_lymph_nodes_inner (cairo_t *cr)
{
  both_sides (cr, lymph_nodes_inner_side);
}

static void
build_brain (cairo_t *cr)
{
  ellipse (cr, 120, 38, 24, 22.5, 0);
}

static void
build_brain_details (cairo_t *cr)
{
  /* The groove between the two halves and a few folds. */
  cairo_move_to (cr, 120, 17);
  cairo_curve_to (cr, 118, 28, 122, 40, 120, 52);
  cairo_move_to (cr, 101, 29);
  cairo_curve_to (cr, 106, 26, 110, 32, 114, 30);
  cairo_move_to (cr, 139, 29);
  cairo_curve_to (cr, 134, 26, 130, 32, 126, 30);
  cairo_move_to (cr, 100, 44);
  cairo_curve_to (cr, 105, 40, 110, 46, 114, 42);
  cairo_move_to (cr, 140, 44);
  cairo_curve_to (cr, 135, 40, 130, 46, 126, 42);
}

/* The figure under the regions: a soft silhouette of a person, seen from
 * the front, arms a little away from the body.
 */
static void
build_figure_side (cairo_t *cr)
{
  /* Arm, from the armpit over the shoulder down to the wrist, and hand. */
  cairo_new_sub_path (cr);
  cairo_move_to (cr, 80, 152);
  cairo_curve_to (cr, 80, 132, 74, 118, 66, 119);
  cairo_curve_to (cr, 58, 121, 54, 134, 53, 150);
  cairo_curve_to (cr, 51, 172, 50, 192, 49, 212);
  cairo_curve_to (cr, 47, 240, 42, 264, 40, 290);
  cairo_curve_to (cr, 42, 296, 52, 297, 54, 292);
  cairo_curve_to (cr, 56, 262, 62, 238, 65, 212);
  cairo_curve_to (cr, 68, 190, 74, 170, 80, 152);
  cairo_close_path (cr);
  ellipse (cr, 46, 304, 8.5, 15, 8);

  /* Leg, from the hip down to the ankle, and foot. */
  cairo_new_sub_path (cr);
  cairo_move_to (cr, 73, 276);
  cairo_curve_to (cr, 72, 330, 78, 360, 82, 386);
  cairo_curve_to (cr, 85, 412, 87, 440, 88, 456);
  cairo_curve_to (cr, 92, 460, 100, 460, 104, 456);
  cairo_curve_to (cr, 104, 432, 106, 410, 106, 386);
  cairo_curve_to (cr, 108, 352, 116, 328, 119, 304);
  cairo_close_path (cr);
  ellipse (cr, 93, 463, 12, 7.5, -10);
}

static void
build_figure (cairo_t *cr)
{
  ellipse (cr, 120, 48, 32, 40, 0);

  /* Neck. */
  cairo_new_sub_path (cr);
  cairo_move_to (cr, 107, 74);
  cairo_line_to (cr, 133, 74);
  cairo_line_to (cr, 135, 108);
  cairo_line_to (cr, 105, 108);
  cairo_close_path (cr);

  /* Trunk: down the right side to the hips, back up the left. */
  cairo_new_sub_path (cr);
  cairo_move_to (cr, 108, 102);
  cairo_curve_to (cr, 98, 110, 82, 110, 72, 116);
  cairo_curve_to (cr, 64, 120, 64, 134, 70, 148);
  cairo_curve_to (cr, 76, 170, 82, 200, 83, 238);
  cairo_curve_to (cr, 84, 256, 73, 268, 73, 290);
  cairo_curve_to (cr, 74, 306, 100, 314, 120, 314);
  cairo_curve_to (cr, 140, 314, 166, 306, 167, 290);
  cairo_curve_to (cr, 167, 268, 156, 256, 157, 238);
  cairo_curve_to (cr, 158, 200, 164, 170, 170, 148);
  cairo_curve_to (cr, 176, 134, 176, 120, 168, 116);
  cairo_curve_to (cr, 158, 110, 142, 110, 132, 102);
  cairo_close_path (cr);

  both_sides (cr, build_figure_side);
}

/* Bottom to top: where shapes overlap, the later one is on top and wins. */
static const ShapeDesign designs[] = {
  { "bones", build_bones, NULL, build_bones_details },
  { "lungs", build_lungs_area, build_lungs_inner, build_lungs_details },
  { "liver", build_liver, NULL, build_liver_details },
  { "lymph-nodes", build_lymph_nodes_area, build_lymph_nodes_inner, build_lymph_nodes_details },
  { "brain", build_brain, NULL, build_brain_details },
};

#define N_SHAPES G_N_ELEMENTS (designs)

static const char * const site_ids[N_SHAPES + 1] = {
  "bones", "lungs", "liver", "lymph-nodes", "brain", NULL,
};

static MbcBodyShape shapes[N_SHAPES];
static MbcBodyShape figure;

static cairo_t *
scratch_context (void)
{
  static cairo_t *cr = NULL;

  if (cr == NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);

      cr = cairo_create (surface);
      cairo_surface_destroy (surface);
    }

  cairo_new_path (cr);
  cairo_identity_matrix (cr);

  return cr;
}

static void
add_part (GArray             *parts,
          const cairo_path_t *path,
          int                 start,
          int                 end)
{
  Part part;

  /* A lone move-to, as cairo leaves after closing a path, is no part. */
  if (end - start <= 2)
    return;

  part.num_data = end - start;
  part.data = g_memdup2 (&path->data[start], sizeof (cairo_path_data_t) * part.num_data);
  g_array_append_val (parts, part);
}

static GArray *
build_parts (BuildFunc build)
{
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (Part));
  cairo_t *cr = scratch_context ();
  cairo_path_t *path;
  int start = 0;
  int i = 0;

  build (cr);
  path = cairo_copy_path (cr);
  g_assert (path->status == CAIRO_STATUS_SUCCESS);

  while (i < path->num_data)
    {
      if (path->data[i].header.type == CAIRO_PATH_MOVE_TO && i > start)
        {
          add_part (parts, path, start, i);
          start = i;
        }
      i += path->data[i].header.length;
    }
  add_part (parts, path, start, i);

  cairo_path_destroy (path);
  cairo_new_path (cr);

  return parts;
}

static void
init_shape (MbcBodyShape      *shape,
            const ShapeDesign *design)
{
  cairo_t *cr;
  double x1, y1, x2, y2;

  shape->area = build_parts (design->build_area);
  if (design->build_inner != NULL)
    shape->inner = build_parts (design->build_inner);
  else
    shape->inner = g_array_new (FALSE, FALSE, sizeof (Part));

  cr = scratch_context ();
  if (design->build_details != NULL)
    design->build_details (cr);
  shape->details = cairo_copy_path (cr);

  cr = scratch_context ();
  design->build_area (cr);
  cairo_path_extents (cr, &x1, &y1, &x2, &y2);
  graphene_rect_init (&shape->bounds, x1, y1, x2 - x1, y2 - y1);
  cairo_new_path (cr);
}

/* The shapes are built once and kept for the life of the program. */
void
_mbc_body_region_ensure_shapes (void)
{
  static gsize initialized = 0;
  static const ShapeDesign figure_design = { NULL, build_figure, NULL, NULL };

  if (!g_once_init_enter (&initialized))
    return;

  for (guint i = 0; i < N_SHAPES; i++)
    {
      g_assert (g_str_equal (designs[i].site_id, site_ids[i]));
      init_shape (&shapes[i], &designs[i]);
    }
  init_shape (&figure, &figure_design);

  g_once_init_leave (&initialized, 1);
}

const MbcBodyShape *
_mbc_body_region_find_shape (const char *site_id)
{
  _mbc_body_region_ensure_shapes ();

  for (guint i = 0; i < N_SHAPES; i++)
    if (g_strcmp0 (site_ids[i], site_id) == 0)
      return &shapes[i];

  return NULL;
}

/* Drawing. All line widths are in pixels, so that lines stay thin and
 * crisp whatever the size of the map.
 */

static void
append_part (cairo_t              *cr,
             const Part           *part,
             const cairo_matrix_t *design)
{
  cairo_path_t path = { CAIRO_STATUS_SUCCESS, part->data, part->num_data };

  cairo_save (cr);
  cairo_transform (cr, design);
  cairo_append_path (cr, &path);
  cairo_restore (cr);
}

static cairo_pattern_t *
union_mask (cairo_t              *cr,
            GArray               *parts,
            const cairo_matrix_t *design)
{
  cairo_push_group_with_content (cr, CAIRO_CONTENT_ALPHA);
  cairo_set_source_rgba (cr, 0, 0, 0, 1);
  for (guint i = 0; i < parts->len; i++)
    {
      cairo_new_path (cr);
      append_part (cr, &g_array_index (parts, Part, i), design);
      cairo_fill (cr);
    }

  return cairo_pop_group (cr);
}

/* An outline of the union of @parts, @gap pixels away from it and @width
 * pixels wide, dashed if @dash is not 0. Strokes of the parts that fall
 * inside the union are cleared away, so only the outer edge shows.
 */
static void
draw_ring (cairo_t              *cr,
           GArray               *parts,
           const cairo_matrix_t *design,
           cairo_pattern_t      *mask,
           const GdkRGBA        *color,
           double                gap,
           double                width,
           double                dash)
{
  cairo_push_group (cr);

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 2 * (gap + width));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  if (dash > 0)
    {
      double dashes[] = { dash, dash * 0.8 };

      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
    }
  /* All parts in one stroke: the stroker covers where they overlap once,
   * and one stroke is much cheaper to fill than one for each part.
   */
  cairo_new_path (cr);
  for (guint i = 0; i < parts->len; i++)
    append_part (cr, &g_array_index (parts, Part, i), design);
  cairo_stroke_preserve (cr);

  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  if (gap > 0)
    {
      cairo_set_line_width (cr, 2 * gap);
      cairo_stroke_preserve (cr);
    }
  cairo_new_path (cr);
  cairo_mask (cr, mask);

  cairo_pop_group_to_source (cr);
  cairo_paint (cr);
}

static void
fill_with_alpha (cairo_t         *cr,
                 cairo_pattern_t *mask,
                 const GdkRGBA   *color,
                 double           alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
  cairo_mask (cr, mask);
}

/* Diagonal lines across the shape, so that a chosen region differs from
 * the others by its pattern, not by colour alone.
 */
static void
draw_hatch (cairo_t         *cr,
            cairo_pattern_t *mask,
            const GdkRGBA   *color,
            double           width,
            double           height,
            double           line_width,
            double           alpha)
{
  const double spacing = 6;
  const double margin = MBC_BODY_REGION_OUTLINE_MARGIN;

  cairo_push_group (cr);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
  cairo_set_line_width (cr, line_width);
  for (double x = -height - margin; x < width + margin; x += spacing)
    {
      cairo_move_to (cr, x, -margin);
      cairo_line_to (cr, x + height + 2 * margin, height + margin);
    }
  cairo_stroke (cr);
  cairo_pop_group_to_source (cr);
  cairo_mask (cr, mask);
}

static gboolean
high_contrast (void)
{
  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

/* Draws @self's shape as it looks in its state, into @cr in the widget's
 * coordinates; @width and @height are the size of the widget.
 */
void
_mbc_body_region_draw_shape (MbcBodyRegion *self,
                             cairo_t       *cr,
                             const GdkRGBA *color,
                             double         width,
                             double         height,
                             gboolean       hover,
                             gboolean       focus)
{
  const MbcBodyShape *shape = self->shape;
  gboolean hc = high_contrast ();
  gboolean has_inner = shape->inner->len > 0;
  cairo_pattern_t *mask;
  cairo_pattern_t *inner_mask;
  cairo_matrix_t design;
  double area_alpha;

  cairo_matrix_init_scale (&design, self->scale, self->scale);
  cairo_matrix_translate (&design, -shape->bounds.origin.x, -shape->bounds.origin.y);

  mask = union_mask (cr, shape->area, &design);
  inner_mask = has_inner ? union_mask (cr, shape->inner, &design) : NULL;

  /* At rest a shape with an inner part (the lungs in their lining, the
   * nodes in the area around them) shows mostly that part; hovered or
   * chosen, the whole area that can be hit.
   */
  if (self->selected)
    area_alpha = 0.32;
  else if (hover)
    area_alpha = 0.28;
  else if (has_inner)
    area_alpha = hc ? 0.16 : 0.08;
  else
    area_alpha = hc ? 0.28 : 0.2;
  fill_with_alpha (cr, mask, color, area_alpha);

  if (has_inner)
    fill_with_alpha (cr, inner_mask, color, hc ? 0.45 : 0.26);

  if (shape->details->num_data > 0)
    {
      cairo_save (cr);
      cairo_transform (cr, &design);
      cairo_append_path (cr, shape->details);
      cairo_restore (cr);
      cairo_save (cr);
      cairo_set_source_rgba (cr, color->red, color->green, color->blue,
                             color->alpha * (hc ? 0.9 : 0.5));
      cairo_set_line_width (cr, hc ? 1.5 : 1);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (self->selected)
    {
      draw_hatch (cr, mask, color, width, height, hc ? 2 : 1.25, hc ? 0.9 : 0.55);
      draw_ring (cr, shape->area, &design, mask, color, 0, hc ? 4 : 3, 0);
    }
  else if (hover)
    {
      draw_ring (cr, shape->area, &design, mask, color, 0, hc ? 2.5 : 1.5, 0);
    }
  else
    {
      GdkRGBA line = *color;

      line.alpha *= hc ? 1 : 0.45;
      if (has_inner)
        draw_ring (cr, shape->inner, &design, inner_mask, &line, 0, hc ? 1.5 : 1, 0);
      else
        draw_ring (cr, shape->area, &design, mask, &line, 0, hc ? 1.5 : 1, 0);
    }

  if (focus)
    draw_ring (cr, shape->area, &design, mask, color, self->selected ? 5 : 3, hc ? 3 : 2, 5);

  cairo_pattern_destroy (mask);
  g_clear_pointer (&inner_mask, cairo_pattern_destroy);
}

/**
 * mbc_body_region_draw_figure:
 * @cr: a cairo context in the body map's coordinates, moved to the top
 *   left corner of the design box
 * @scale: how many pixels one design unit takes
 * @color: the colour of the figure
 *
 * Draws the figure that the regions lie on.
 */
void
mbc_body_region_draw_figure (cairo_t       *cr,
                             double         scale,
                             const GdkRGBA *color)
{
  gboolean hc = high_contrast ();
  cairo_pattern_t *mask;
  cairo_matrix_t design;
  GdkRGBA line = *color;

  _mbc_body_region_ensure_shapes ();

  cairo_matrix_init_scale (&design, scale, scale);
  mask = union_mask (cr, figure.area, &design);

  fill_with_alpha (cr, mask, color, hc ? 0.12 : 0.07);
  line.alpha *= hc ? 0.9 : 0.3;
  draw_ring (cr, figure.area, &design, mask, &line, 0, hc ? 2 : 1.5, 0);

  cairo_pattern_destroy (mask);
}

/**
 * mbc_body_region_get_site_ids:
 *
 * Returns: (transfer none): the ids of the sites that have a shape, in
 *   drawing order, bottom first, ending with %NULL
 */
const char * const *
mbc_body_region_get_site_ids (void)
{
  return site_ids;
}

gboolean
mbc_body_region_has_shape (const char *site_id)
{
  return site_id != NULL && _mbc_body_region_find_shape (site_id) != NULL;
}

void
mbc_body_region_get_design_bounds (MbcBodyRegion   *self,
                                   graphene_rect_t *bounds)
{
  g_return_if_fail (MBC_IS_BODY_REGION (self));
  g_return_if_fail (bounds != NULL);

  *bounds = self->shape->bounds;
}

gboolean
mbc_body_region_shape_contains (MbcBodyRegion *self,
                                double         design_x,
                                double         design_y)
{
  cairo_t *cr;
  cairo_matrix_t identity;

  g_return_val_if_fail (MBC_IS_BODY_REGION (self), FALSE);

  if (!graphene_rect_contains_point (&self->shape->bounds,
                                     &GRAPHENE_POINT_INIT (design_x, design_y)))
    return FALSE;

  cr = scratch_context ();
  cairo_matrix_init_identity (&identity);

  for (guint i = 0; i < self->shape->area->len; i++)
    {
      gboolean inside;

      cairo_new_path (cr);
      append_part (cr, &g_array_index (self->shape->area, Part, i), &identity);
      inside = cairo_in_fill (cr, design_x, design_y);
      cairo_new_path (cr);

      if (inside)
        return TRUE;
    }

  return FALSE;
}
