/* mbc-body-map.c: a figure of a person on which to choose a place in the body
 *
 * The map draws the figure and lays one MbcBodyRegion child on it for each
 * site with a shape. The regions are real widgets, so that picking, hover,
 * tooltips, focus and accessibility all come from GTK; each one hits only
 * inside its own shape.
 *
 * Keyboard: the map is one tab stop. Tab enters at the selected region, or
 * at the topmost one; the arrow keys, Home and End move between regions;
 * Tab again leaves the map.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "mbc-body-map.h"
#include "mbc-body-region.h"
#include "mbc-pixels.h"
#include "mbc-site.h"

/* The figure keeps the shape of the design box; these are its heights. */
#define MINIMUM_HEIGHT 260
#define NATURAL_HEIGHT 480

struct _MbcBodyMap
{
  GtkWidget   parent_instance;

  GListModel *sites;
  char       *selected;

  /* Where the design box lies in the allocation. */
  double      scale;
  double      x_offset;
  double      y_offset;

  /* The figure as last drawn, in pixels, and what it was drawn for.
   * Choosing a site changes two regions, not the figure under them: the
   * same node lets the renderer repaint only those regions, and copy the
   * figure's pixels where they lie under them (see mbc-pixels.c).
   */
  GskRenderNode *figure;
  int            figure_width;
  int            figure_height;
  MbcPixelGrid   figure_grid;
  GdkRGBA        figure_color;
  gboolean       figure_high_contrast;
};

G_DEFINE_FINAL_TYPE (MbcBodyMap, mbc_body_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS,
};

enum {
  SIGNAL_SITE_ACTIVATED,
  N_SIGNALS,
};

typedef enum {
  MOVE_UP,
  MOVE_DOWN,
  MOVE_LEFT,
  MOVE_RIGHT,
  MOVE_FIRST,
  MOVE_LAST,
} Move;

static GParamSpec *props[N_PROPS];
static guint signals[N_SIGNALS];

static void
get_centre (GtkWidget        *region,
            graphene_point_t *centre)
{
  graphene_rect_t bounds;

  mbc_body_region_get_design_bounds (MBC_BODY_REGION (region), &bounds);
  graphene_rect_get_center (&bounds, centre);
}

static int
compare_top_to_bottom (gconstpointer a,
                       gconstpointer b)
{
  graphene_point_t centre_a;
  graphene_point_t centre_b;

  get_centre (*(GtkWidget **) a, &centre_a);
  get_centre (*(GtkWidget **) b, &centre_b);

  if (centre_a.y != centre_b.y)
    return centre_a.y < centre_b.y ? -1 : 1;
  if (centre_a.x != centre_b.x)
    return centre_a.x < centre_b.x ? -1 : 1;

  return 0;
}

/* The regions a person can move to, from the top of the body down. */
static GPtrArray *
list_in_spatial_order (MbcBodyMap *self)
{
  GPtrArray *regions = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && gtk_widget_is_sensitive (child))
      g_ptr_array_add (regions, child);

  g_ptr_array_sort (regions, compare_top_to_bottom);

  return regions;
}

/* The region with the keyboard focus, or NULL. This asks the window:
 * GTK unsets gtk_widget_get_focus_child() while the window is inactive,
 * though the focus stays where it was.
 */
static GtkWidget *
get_focused_region (MbcBodyMap *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_get_parent (focus) == GTK_WIDGET (self))
    return focus;

  return NULL;
}

/* Where the focus goes when it comes into the map. */
static GtkWidget *
find_entry_region (MbcBodyMap *self)
{
  g_autoptr(GPtrArray) regions = list_in_spatial_order (self);
  GtkWidget *selected = mbc_body_map_get_region (self, self->selected);

  if (selected != NULL && g_ptr_array_find (regions, selected, NULL))
    return selected;

  return regions->len > 0 ? g_ptr_array_index (regions, 0) : NULL;
}

/* The nearest region whose centre lies more to the side (@sign -1 for
 * left, 1 for right) than above or below, or NULL.
 */
static GtkWidget *
find_sideways (GPtrArray *regions,
               GtkWidget *from,
               int        sign)
{
  graphene_point_t start;
  GtkWidget *nearest = NULL;
  double nearest_distance = G_MAXDOUBLE;

  get_centre (from, &start);

  for (guint i = 0; i < regions->len; i++)
    {
      GtkWidget *region = g_ptr_array_index (regions, i);
      graphene_point_t centre;
      double dx, dy;

      if (region == from)
        continue;

      get_centre (region, &centre);
      dx = (centre.x - start.x) * sign;
      dy = centre.y - start.y;

      if (dx > fabs (dy) && hypot (dx, dy) < nearest_distance)
        {
          nearest = region;
          nearest_distance = hypot (dx, dy);
        }
    }

  return nearest;
}

/* Returns whether the focus moved. */
static gboolean
move_focus (MbcBodyMap *self,
            Move        move)
{
  g_autoptr(GPtrArray) regions = list_in_spatial_order (self);
  GtkWidget *current = get_focused_region (self);
  GtkWidget *target = NULL;
  guint index;

  if (regions->len == 0)
    return FALSE;

  if (current == NULL || !g_ptr_array_find (regions, current, &index))
    {
      target = find_entry_region (self);
    }
  else
    {
      switch (move)
        {
        case MOVE_UP:
          target = index > 0 ? g_ptr_array_index (regions, index - 1) : NULL;
          break;

        case MOVE_DOWN:
          target = index + 1 < regions->len ? g_ptr_array_index (regions, index + 1) : NULL;
          break;

        case MOVE_LEFT:
          target = find_sideways (regions, current, -1);
          if (target == NULL && index > 0)
            target = g_ptr_array_index (regions, index - 1);
          break;

        case MOVE_RIGHT:
          target = find_sideways (regions, current, 1);
          if (target == NULL && index + 1 < regions->len)
            target = g_ptr_array_index (regions, index + 1);
          break;

        case MOVE_FIRST:
          target = g_ptr_array_index (regions, 0);
          break;

        case MOVE_LAST:
          target = g_ptr_array_index (regions, regions->len - 1);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  if (target == NULL || target == current)
    return FALSE;

  return gtk_widget_grab_focus (target);
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  static const struct {
    const char *name;
    Move        move;
  } moves[] = {
    { "body-map.focus-up", MOVE_UP },
    { "body-map.focus-down", MOVE_DOWN },
    { "body-map.focus-left", MOVE_LEFT },
    { "body-map.focus-right", MOVE_RIGHT },
    { "body-map.focus-first", MOVE_FIRST },
    { "body-map.focus-last", MOVE_LAST },
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    if (g_str_equal (action_name, moves[i].name))
      {
        /* At the edge the focus stays where it is: the arrow keys never
         * take it out of the map, only Tab does.
         */
        move_focus (MBC_BODY_MAP (widget), moves[i].move);
        return;
      }

  g_assert_not_reached ();
}

static gboolean
mbc_body_map_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  MbcBodyMap *self = MBC_BODY_MAP (widget);
  GtkWidget *target;

  if (get_focused_region (self) == NULL)
    {
      target = find_entry_region (self);

      return target != NULL && gtk_widget_grab_focus (target);
    }

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
      /* The whole map is one tab stop. */
      return FALSE;

    case GTK_DIR_UP:
      return move_focus (self, MOVE_UP);

    case GTK_DIR_DOWN:
      return move_focus (self, MOVE_DOWN);

    case GTK_DIR_LEFT:
      return move_focus (self, MOVE_LEFT);

    case GTK_DIR_RIGHT:
      return move_focus (self, MOVE_RIGHT);

    default:
      return FALSE;
    }
}

static gboolean
mbc_body_map_grab_focus (GtkWidget *widget)
{
  GtkWidget *target = find_entry_region (MBC_BODY_MAP (widget));

  return target != NULL && gtk_widget_grab_focus (target);
}

/* The figure keeps its shape and fits in whatever it is given, in the
 * middle; it asks for its natural size, and can shrink to about half.
 */
static void
mbc_body_map_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  const double aspect = MBC_BODY_DESIGN_WIDTH / MBC_BODY_DESIGN_HEIGHT;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) ceil (MINIMUM_HEIGHT * aspect);
      *natural = (int) ceil (NATURAL_HEIGHT * aspect);
    }
  else
    {
      *minimum = MINIMUM_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
mbc_body_map_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  MbcBodyMap *self = MBC_BODY_MAP (widget);

  self->scale = MIN (width / MBC_BODY_DESIGN_WIDTH, height / MBC_BODY_DESIGN_HEIGHT);
  self->x_offset = (width - MBC_BODY_DESIGN_WIDTH * self->scale) / 2;
  self->y_offset = (height - MBC_BODY_DESIGN_HEIGHT * self->scale) / 2;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      graphene_point_t origin;

      if (!gtk_widget_get_visible (child))
        continue;

      /* The region's size comes from its shape, but GTK wants every
       * child measured before it is allocated.
       */
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);

      mbc_body_region_get_design_bounds (MBC_BODY_REGION (child), &bounds);
      mbc_body_region_set_scale (MBC_BODY_REGION (child), self->scale);

      /* A transform rather than a whole-pixel position, so that the
       * regions lie exactly where the figure is drawn.
       */
      origin.x = self->x_offset + bounds.origin.x * self->scale;
      origin.y = self->y_offset + bounds.origin.y * self->scale;
      gtk_widget_allocate (child,
                           (int) ceil (bounds.size.width * self->scale),
                           (int) ceil (bounds.size.height * self->scale),
                           -1,
                           gsk_transform_translate (NULL, &origin));
    }
}

typedef struct
{
  MbcBodyMap    *self;
  const GdkRGBA *color;
} DrawFigure;

static void
draw_figure_cb (cairo_t  *cr,
                gpointer  user_data)
{
  DrawFigure *args = user_data;

  cairo_translate (cr, args->self->x_offset, args->self->y_offset);
  mbc_body_region_draw_figure (cr, args->self->scale, args->color);
}

static void
mbc_body_map_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  MbcBodyMap *self = MBC_BODY_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean high_contrast;
  MbcPixelGrid grid;
  GdkRGBA color;

  if (width <= 0 || height <= 0 || self->scale <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  mbc_pixel_grid_init (&grid, widget, 0, 0, width, height);

  /* The scale and the offsets follow from the size. */
  if (self->figure == NULL ||
      self->figure_width != width ||
      self->figure_height != height ||
      !mbc_pixel_grid_equal (&self->figure_grid, &grid) ||
      self->figure_high_contrast != high_contrast ||
      !gdk_rgba_equal (&self->figure_color, &color))
    {
      DrawFigure args = { self, &color };

      g_clear_pointer (&self->figure, gsk_render_node_unref);
      self->figure = mbc_pixels_draw (&grid, 0, 0, &color, draw_figure_cb, &args);
      self->figure_width = width;
      self->figure_height = height;
      self->figure_grid = grid;
      self->figure_color = color;
      self->figure_high_contrast = high_contrast;
    }

  if (self->figure != NULL)
    gtk_snapshot_append_node (snapshot, self->figure);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
region_activate_cb (MbcBodyRegion *region,
                    MbcBodyMap    *self)
{
  g_autofree char *site_id = g_strdup (mbc_body_region_get_site_id (region));

  mbc_body_map_set_selected (self, site_id);
  g_signal_emit (self, signals[SIGNAL_SITE_ACTIVATED], 0, site_id);
}

static MbcSite *
find_site (GListModel *sites,
           const char *site_id)
{
  guint n_items;

  if (sites == NULL)
    return NULL;

  n_items = g_list_model_get_n_items (sites);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (sites, i);

      if (MBC_IS_SITE (item) && g_strcmp0 (mbc_site_get_id (MBC_SITE (item)), site_id) == 0)
        return MBC_SITE (g_steal_pointer (&item));
    }

  return NULL;
}

static void
sync_selection (MbcBodyMap *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      MbcBodyRegion *region = MBC_BODY_REGION (child);

      mbc_body_region_set_selected (region,
                                    g_strcmp0 (mbc_body_region_get_site_id (region),
                                               self->selected) == 0);
    }
}

/* Regions whose site is still there are kept, with the new name and
 * summary, so that a change of language does not lose the focus.
 */
static void
update_regions (MbcBodyMap *self)
{
  const char * const *site_ids = mbc_body_region_get_site_ids ();
  GtkWidget *previous = NULL;

  for (guint i = 0; site_ids[i] != NULL; i++)
    {
      g_autoptr(MbcSite) site = find_site (self->sites, site_ids[i]);
      GtkWidget *region = mbc_body_map_get_region (self, site_ids[i]);

      if (site == NULL)
        {
          if (region != NULL)
            gtk_widget_unparent (region);
          continue;
        }

      if (region == NULL)
        {
          region = mbc_body_region_new (site_ids[i],
                                        mbc_site_get_name (site),
                                        mbc_site_get_summary (site));
          g_signal_connect (region, "activate", G_CALLBACK (region_activate_cb), self);
          gtk_widget_insert_after (region, GTK_WIDGET (self), previous);
        }
      else
        {
          mbc_body_region_set_name (MBC_BODY_REGION (region), mbc_site_get_name (site));
          mbc_body_region_set_summary (MBC_BODY_REGION (region), mbc_site_get_summary (site));
        }

      previous = region;
    }

  if (self->selected != NULL && mbc_body_map_get_region (self, self->selected) == NULL)
    {
      g_clear_pointer (&self->selected, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED]);
    }

  sync_selection (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
sites_changed_cb (MbcBodyMap *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *sites)
{
  update_regions (self);
}

static void
mbc_body_map_dispose (GObject *object)
{
  MbcBodyMap *self = MBC_BODY_MAP (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->sites != NULL)
    g_signal_handlers_disconnect_by_func (self->sites, sites_changed_cb, self);
  g_clear_object (&self->sites);

  G_OBJECT_CLASS (mbc_body_map_parent_class)->dispose (object);
}

static void
mbc_body_map_finalize (GObject *object)
{
  MbcBodyMap *self = MBC_BODY_MAP (object);

  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->figure, gsk_render_node_unref);

  G_OBJECT_CLASS (mbc_body_map_parent_class)->finalize (object);
}

static void
mbc_body_map_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MbcBodyMap *self = MBC_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_body_map_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MbcBodyMap *self = MBC_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      mbc_body_map_set_selected (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_bindings (GtkWidgetClass *widget_class,
                   guint           keyval,
                   guint           keypad_keyval,
                   const char     *action_name)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, action_name, NULL);
  gtk_widget_class_add_binding_action (widget_class, keypad_keyval, 0, action_name, NULL);
}

static void
mbc_body_map_class_init (MbcBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_body_map_dispose;
  object_class->finalize = mbc_body_map_finalize;
  object_class->get_property = mbc_body_map_get_property;
  object_class->set_property = mbc_body_map_set_property;

  widget_class->measure = mbc_body_map_measure;
  widget_class->size_allocate = mbc_body_map_size_allocate;
  widget_class->snapshot = mbc_body_map_snapshot;
  widget_class->focus = mbc_body_map_focus;
  widget_class->grab_focus = mbc_body_map_grab_focus;

  /**
   * MbcBodyMap:selected:
   *
   * The id of the selected site, or %NULL.
   */
  props[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * MbcBodyMap::site-activated:
   * @self: the body map
   * @site_id: the id of the site
   *
   * Emitted when a person clicks or taps a region, or presses Enter or
   * Space on it. The region is selected first.
   */
  signals[SIGNAL_SITE_ACTIVATED] =
    g_signal_new ("site-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "body-map.focus-up", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "body-map.focus-down", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "body-map.focus-left", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "body-map.focus-right", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "body-map.focus-first", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "body-map.focus-last", NULL, move_focus_action);

  add_move_bindings (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, "body-map.focus-up");
  add_move_bindings (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, "body-map.focus-down");
  add_move_bindings (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, "body-map.focus-left");
  add_move_bindings (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, "body-map.focus-right");
  add_move_bindings (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, "body-map.focus-first");
  add_move_bindings (widget_class, GDK_KEY_End, GDK_KEY_KP_End, "body-map.focus-last");

  gtk_widget_class_set_css_name (widget_class, "mbcbodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mbc_body_map_init (MbcBodyMap *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  /* Translators: the name of the figure on which
                                   * a person chooses a part of the body. */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Body map"),
                                  -1);
}

GtkWidget *
mbc_body_map_new (void)
{
  return g_object_new (MBC_TYPE_BODY_MAP, NULL);
}

void
mbc_body_map_set_sites (MbcBodyMap *self,
                        GListModel *sites)
{
  g_return_if_fail (MBC_IS_BODY_MAP (self));
  g_return_if_fail (sites == NULL || G_IS_LIST_MODEL (sites));

  if (self->sites != sites)
    {
      if (self->sites != NULL)
        g_signal_handlers_disconnect_by_func (self->sites, sites_changed_cb, self);

      g_set_object (&self->sites, sites);

      if (sites != NULL)
        g_signal_connect_object (sites,
                                 "items-changed",
                                 G_CALLBACK (sites_changed_cb),
                                 self,
                                 G_CONNECT_SWAPPED);
    }

  update_regions (self);
}

const char *
mbc_body_map_get_selected (MbcBodyMap *self)
{
  g_return_val_if_fail (MBC_IS_BODY_MAP (self), NULL);

  return self->selected;
}

void
mbc_body_map_set_selected (MbcBodyMap *self,
                           const char *site_id)
{
  g_return_if_fail (MBC_IS_BODY_MAP (self));

  if (mbc_body_map_get_region (self, site_id) == NULL)
    site_id = NULL;

  if (g_strcmp0 (self->selected, site_id) == 0)
    return;

  g_free (self->selected);
  self->selected = g_strdup (site_id);

  sync_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED]);
}

GtkWidget *
mbc_body_map_get_region (MbcBodyMap *self,
                         const char *site_id)
{
  g_return_val_if_fail (MBC_IS_BODY_MAP (self), NULL);

  if (site_id == NULL)
    return NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (mbc_body_region_get_site_id (MBC_BODY_REGION (child)), site_id))
      return child;

  return NULL;
}
