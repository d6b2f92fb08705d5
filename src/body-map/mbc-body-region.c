/* mbc-body-region.c: one place on the body map that a person can choose
 *
 * A focusable widget, pressed like a button, that takes the shape of its
 * site: its artwork and the hit-testing that lets a click outside the
 * shape fall through to the region below it are in
 * mbc-body-region-shapes.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "mbc-body-region-private.h"

G_DEFINE_FINAL_TYPE (MbcBodyRegion, mbc_body_region, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SITE_ID,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_SELECTED,
  N_PROPS,
};

enum {
  SIGNAL_ACTIVATE,
  N_SIGNALS,
};

static GParamSpec *props[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
drawing_matches (const MbcBodyDrawing *drawing,
                 const MbcBodyDrawing *wanted)
{
  return drawing->node != NULL &&
         drawing->width == wanted->width &&
         drawing->height == wanted->height &&
         mbc_pixel_grid_equal (&drawing->grid, &wanted->grid) &&
         drawing->scale == wanted->scale &&
         drawing->selected == wanted->selected &&
         drawing->hover == wanted->hover &&
         drawing->focus == wanted->focus &&
         drawing->high_contrast == wanted->high_contrast &&
         gdk_rgba_equal (&drawing->color, &wanted->color);
}

typedef struct
{
  MbcBodyRegion        *self;
  const MbcBodyDrawing *drawing;
} DrawShape;

static void
draw_shape_cb (cairo_t  *cr,
               gpointer  user_data)
{
  DrawShape *args = user_data;

  _mbc_body_region_draw_shape (args->self, cr, &args->drawing->color,
                               args->drawing->width, args->drawing->height,
                               args->drawing->hover, args->drawing->focus);
}

/* The shape is drawn into pixels once for each look, and the same
 * pixels are shown until the look changes (see mbc-pixels.c): the
 * renderer then copies them rather than drawing every shape under a
 * change anew.
 */
static void
mbc_body_region_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  MbcBodyRegion *self = MBC_BODY_REGION (widget);
  GtkStateFlags flags = gtk_widget_get_state_flags (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  const double margin = MBC_BODY_REGION_OUTLINE_MARGIN;
  MbcBodyDrawing wanted = { NULL, };

  if (self->shape == NULL || self->scale <= 0 || width <= 0 || height <= 0)
    return;

  wanted.width = width;
  wanted.height = height;
  /* The outlines and the focus ring reach past the allocation. */
  mbc_pixel_grid_init (&wanted.grid, widget, -margin, -margin, width + 2 * margin, height + 2 * margin);
  wanted.scale = self->scale;
  wanted.selected = self->selected;
  wanted.hover = (flags & GTK_STATE_FLAG_PRELIGHT) != 0;
  wanted.focus = (flags & GTK_STATE_FLAG_FOCUS_VISIBLE) != 0;
  wanted.high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &wanted.color);

  if (drawing_matches (&self->drawings[1], &wanted))
    {
      MbcBodyDrawing newest = self->drawings[1];

      self->drawings[1] = self->drawings[0];
      self->drawings[0] = newest;
    }
  else if (!drawing_matches (&self->drawings[0], &wanted))
    {
      DrawShape args = { self, &wanted };

      g_clear_pointer (&self->drawings[1].node, gsk_render_node_unref);
      self->drawings[1] = self->drawings[0];
      self->drawings[0] = wanted;
      self->drawings[0].node = mbc_pixels_draw (&wanted.grid, -margin, -margin, &wanted.color,
                                                draw_shape_cb, &args);
    }

  if (self->drawings[0].node != NULL)
    gtk_snapshot_append_node (snapshot, self->drawings[0].node);
}

static void
mbc_body_region_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  /* The body map decides the size, from the shape and the map's scale. */
  *minimum = *natural = 0;
}

static gboolean
mbc_body_region_contains (GtkWidget *widget,
                          double     x,
                          double     y)
{
  MbcBodyRegion *self = MBC_BODY_REGION (widget);
  graphene_rect_t bounds;

  if (self->shape == NULL || self->scale <= 0)
    return FALSE;

  mbc_body_region_get_design_bounds (self, &bounds);

  return mbc_body_region_shape_contains (self,
                                         x / self->scale + bounds.origin.x,
                                         y / self->scale + bounds.origin.y);
}

static void
mbc_body_region_state_flags_changed (GtkWidget     *widget,
                                     GtkStateFlags  previous_flags)
{
  GtkStateFlags changed = previous_flags ^ gtk_widget_get_state_flags (widget);

  /* Hover and focus change the outline even when the CSS does not. */
  if (changed & (GTK_STATE_FLAG_PRELIGHT | GTK_STATE_FLAG_FOCUS_VISIBLE |
                 GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_CHECKED))
    gtk_widget_queue_draw (widget);

  if (GTK_WIDGET_CLASS (mbc_body_region_parent_class)->state_flags_changed != NULL)
    GTK_WIDGET_CLASS (mbc_body_region_parent_class)->state_flags_changed (widget, previous_flags);
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  MbcBodyRegion   *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);

  if (gtk_widget_get_focus_on_click (widget) && !gtk_widget_has_focus (widget))
    gtk_widget_grab_focus (widget);
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   MbcBodyRegion   *self)
{
  /* Like a button: letting go outside the shape takes the press back. */
  if (gtk_widget_contains (GTK_WIDGET (self), x, y))
    g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_ACTIVATE], 0);
}

static void
menu_at (MbcBodyRegion *self,
         double         x,
         double         y)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  self->menu_x = x;
  self->menu_y = y;
  gtk_widget_activate_action (GTK_WIDGET (self), MBC_BODY_REGION_MENU_ACTION, "s", self->site_id);
  self->menu_x = self->menu_y = -1;
}

static void
click_menu_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               MbcBodyRegion   *self)
{
  menu_at (self, x, y);
}

/* A menu for the region, from a widget above it that offers one (see
 * mbc-body-region.h): by the secondary button, a long press, or Menu
 * or Shift+F10 on the keyboard.
 */
static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  menu_at (MBC_BODY_REGION (widget), -1, -1);
}

/* A long press is for the menu, and not also a tap that chooses. */
static void
long_pressed_cb (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 MbcBodyRegion       *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  menu_at (self, x, y);
}

/* Popovers of the region, such as its menu, are placed with it. */
static void
mbc_body_region_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

static void
mbc_body_region_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mbc_body_region_parent_class)->dispose (object);
}

static void
update_accessible (MbcBodyRegion *self)
{
  if (self->name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, self->name,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);

  if (self->summary != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
mbc_body_region_constructed (GObject *object)
{
  MbcBodyRegion *self = MBC_BODY_REGION (object);

  G_OBJECT_CLASS (mbc_body_region_parent_class)->constructed (object);

  self->shape = _mbc_body_region_find_shape (self->site_id);
  g_return_if_fail (self->shape != NULL);

  /* Lets the style sheet tint each site on its own. */
  gtk_widget_add_css_class (GTK_WIDGET (self), self->site_id);
}

static void
mbc_body_region_finalize (GObject *object)
{
  MbcBodyRegion *self = MBC_BODY_REGION (object);

  g_clear_pointer (&self->site_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->drawings); i++)
    g_clear_pointer (&self->drawings[i].node, gsk_render_node_unref);

  G_OBJECT_CLASS (mbc_body_region_parent_class)->finalize (object);
}

static void
mbc_body_region_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MbcBodyRegion *self = MBC_BODY_REGION (object);

  switch (prop_id)
    {
    case PROP_SITE_ID:
      g_value_set_string (value, self->site_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_SELECTED:
      g_value_set_boolean (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_body_region_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MbcBodyRegion *self = MBC_BODY_REGION (object);

  switch (prop_id)
    {
    case PROP_SITE_ID:
      self->site_id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      mbc_body_region_set_name (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      mbc_body_region_set_summary (self, g_value_get_string (value));
      break;

    case PROP_SELECTED:
      mbc_body_region_set_selected (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_body_region_class_init (MbcBodyRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const guint activate_keys[] = {
    GDK_KEY_Return, GDK_KEY_ISO_Enter, GDK_KEY_KP_Enter, GDK_KEY_space, GDK_KEY_KP_Space,
  };

  object_class->constructed = mbc_body_region_constructed;
  object_class->dispose = mbc_body_region_dispose;
  object_class->finalize = mbc_body_region_finalize;
  object_class->get_property = mbc_body_region_get_property;
  object_class->set_property = mbc_body_region_set_property;

  widget_class->snapshot = mbc_body_region_snapshot;
  widget_class->measure = mbc_body_region_measure;
  widget_class->size_allocate = mbc_body_region_size_allocate;
  widget_class->contains = mbc_body_region_contains;
  widget_class->state_flags_changed = mbc_body_region_state_flags_changed;

  props[PROP_SITE_ID] =
    g_param_spec_string ("site-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  props[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_SELECTED] =
    g_param_spec_boolean ("selected", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * MbcBodyRegion::activate:
   *
   * Emitted when a person clicks or taps the shape, or presses Enter or
   * Space on it.
   */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new ("activate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_FIRST | G_SIGNAL_ACTION,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_activate_signal (widget_class, signals[SIGNAL_ACTIVATE]);

  gtk_widget_class_install_action (widget_class, "region.activate", NULL, activate_action);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, activate_keys[i], 0,
                                         "region.activate", NULL);
  gtk_widget_class_install_action (widget_class, "region.menu", NULL, menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "region.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "region.menu", NULL);

  gtk_widget_class_set_css_name (widget_class, "mbcregion");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);

  _mbc_body_region_ensure_shapes ();
}

static void
mbc_body_region_init (MbcBodyRegion *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *press;

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (click_menu_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (press), TRUE);
  g_signal_connect (press, "pressed", G_CALLBACK (long_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (press));

  self->menu_x = self->menu_y = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);

  g_signal_connect_object (adw_style_manager_get_default (),
                           "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw),
                           self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
mbc_body_region_new (const char *site_id,
                     const char *name,
                     const char *summary)
{
  g_return_val_if_fail (mbc_body_region_has_shape (site_id), NULL);

  return g_object_new (MBC_TYPE_BODY_REGION,
                       "site-id", site_id,
                       "name", name,
                       "summary", summary,
                       NULL);
}

gboolean
mbc_body_region_get_menu_point (MbcBodyRegion *self,
                                double        *x,
                                double        *y)
{
  g_return_val_if_fail (MBC_IS_BODY_REGION (self), FALSE);

  *x = self->menu_x;
  *y = self->menu_y;

  return self->menu_x >= 0 && self->menu_y >= 0;
}

const char *
mbc_body_region_get_site_id (MbcBodyRegion *self)
{
  g_return_val_if_fail (MBC_IS_BODY_REGION (self), NULL);

  return self->site_id;
}

const char *
mbc_body_region_get_name (MbcBodyRegion *self)
{
  g_return_val_if_fail (MBC_IS_BODY_REGION (self), NULL);

  return self->name;
}

void
mbc_body_region_set_name (MbcBodyRegion *self,
                          const char    *name)
{
  g_return_if_fail (MBC_IS_BODY_REGION (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);

  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_NAME]);
}

const char *
mbc_body_region_get_summary (MbcBodyRegion *self)
{
  g_return_val_if_fail (MBC_IS_BODY_REGION (self), NULL);

  return self->summary;
}

void
mbc_body_region_set_summary (MbcBodyRegion *self,
                             const char    *summary)
{
  g_return_if_fail (MBC_IS_BODY_REGION (self));

  if (g_strcmp0 (self->summary, summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_strdup (summary);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), summary);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SUMMARY]);
}

gboolean
mbc_body_region_get_selected (MbcBodyRegion *self)
{
  g_return_val_if_fail (MBC_IS_BODY_REGION (self), FALSE);

  return self->selected;
}

void
mbc_body_region_set_selected (MbcBodyRegion *self,
                              gboolean       selected)
{
  g_return_if_fail (MBC_IS_BODY_REGION (self));

  selected = !!selected;
  if (self->selected == selected)
    return;

  self->selected = selected;

  if (selected)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED);

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_PRESSED,
                               selected ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                        : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SELECTED]);
}

void
mbc_body_region_set_scale (MbcBodyRegion *self,
                           double         scale)
{
  g_return_if_fail (MBC_IS_BODY_REGION (self));

  if (self->scale == scale)
    return;

  self->scale = scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
