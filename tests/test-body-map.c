/* test-body-map.c: the body map, in a window, used as a person would
 *
 * Set MBC_TEST_SCREENSHOT_DIR to a folder to also save what the map looks
 * like there, in the light and the dark style.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "mbc-body-map.h"
#include "mbc-body-region.h"
#include "mbc-content.h"
#include "mbc-test-util.h"

/* Drawing order, bottom first. */
static const char * const drawing_order[] = {
  "bones", "lungs", "liver", "lymph-nodes", "brain",
};

/* The order of the arrow keys, top of the body first. */
static const char * const spatial_order[] = {
  "brain", "lymph-nodes", "lungs", "liver", "bones",
};

typedef struct
{
  MbcContent *content;
  GtkWindow  *window;
  GtkWidget  *before;
  MbcBodyMap *map;
  GtkWidget  *after;
} Fixture;

/* A window with a button, the map and another button, so that there is
 * somewhere for the focus to come from and go to; or, without @buttons,
 * with only the map, to give it the window's size.
 */
static void
open_map (Fixture  *f,
          int       width,
          int       height,
          gboolean  buttons)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  f->map = MBC_BODY_MAP (mbc_body_map_new ());
  mbc_body_map_set_sites (f->map, mbc_content_get_sites (f->content));

  if (buttons)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      f->before = gtk_button_new_with_label ("Before");
      f->after = gtk_button_new_with_label ("After");

      gtk_widget_set_vexpand (GTK_WIDGET (f->map), TRUE);
      gtk_box_append (GTK_BOX (box), f->before);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->map));
      gtk_box_append (GTK_BOX (box), f->after);
      gtk_window_set_child (f->window, box);
    }
  else
    {
      /* The screen may be smaller than the window: ask for the size. */
      gtk_widget_set_size_request (GTK_WIDGET (f->map), width, height);
      gtk_window_set_child (f->window, GTK_WIDGET (f->map));
    }

  mbc_test_show_window (f->window, width, height);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->content = mbc_test_load_content ();
  open_map (f, 400, 700, TRUE);
}

static void
close_map (Fixture *f)
{
  g_object_add_weak_pointer (G_OBJECT (f->map), (gpointer *) &f->map);

  g_object_ref (f->window);
  gtk_window_destroy (f->window);
  g_assert_finalize_object (f->window);
  g_assert_null (f->map);

  f->window = NULL;
  f->before = NULL;
  f->after = NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    close_map (f);
  g_assert_finalize_object (f->content);
}

static GtkWidget *
region (Fixture    *f,
        const char *site_id)
{
  GtkWidget *widget = mbc_body_map_get_region (f->map, site_id);

  g_assert_nonnull (widget);
  g_assert_true (MBC_IS_BODY_REGION (widget));
  g_assert_cmpstr (mbc_body_region_get_site_id (MBC_BODY_REGION (widget)), ==, site_id);

  return widget;
}

static const char *
site_id_of (GtkWidget *widget)
{
  if (widget == NULL || !MBC_IS_BODY_REGION (widget))
    return NULL;

  return mbc_body_region_get_site_id (MBC_BODY_REGION (widget));
}

static const char *
focused_site (Fixture *f)
{
  return site_id_of (gtk_root_get_focus (GTK_ROOT (f->window)));
}

/* Where a point of the design box lies in the window, for a map of the
 * size it has now: the figure keeps its shape and sits in the middle.
 */
static graphene_point_t
design_to_window (Fixture *f,
                  double   x,
                  double   y)
{
  double width = gtk_widget_get_width (GTK_WIDGET (f->map));
  double height = gtk_widget_get_height (GTK_WIDGET (f->map));
  double scale = MIN (width / MBC_BODY_DESIGN_WIDTH, height / MBC_BODY_DESIGN_HEIGHT);
  graphene_point_t in_map;
  graphene_point_t in_window;

  in_map.x = (width - MBC_BODY_DESIGN_WIDTH * scale) / 2 + x * scale;
  in_map.y = (height - MBC_BODY_DESIGN_HEIGHT * scale) / 2 + y * scale;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->map), GTK_WIDGET (f->window),
                                           &in_map, &in_window));

  return in_window;
}

/* What a click at a point of the design box would reach. */
static GtkWidget *
pick (Fixture *f,
      double   x,
      double   y)
{
  graphene_point_t point = design_to_window (f, x, y);

  return gtk_widget_pick (GTK_WIDGET (f->window), point.x, point.y, GTK_PICK_DEFAULT);
}

static gboolean
shape_contains (Fixture    *f,
                const char *site_id,
                double      x,
                double      y)
{
  return mbc_body_region_shape_contains (MBC_BODY_REGION (region (f, site_id)), x, y);
}

/* Windows of other tests on the same display can take the input focus,
 * and in an inactive window GTK forgets which child holds the focus, so
 * Tab would start again from the first widget. Make ours active again
 * before each key.
 */
static void
make_active (Fixture *f)
{
  for (guint i = 0; i < 100 && !gtk_window_is_active (f->window); i++)
    {
      gtk_window_present (f->window);
      mbc_test_iterate (10);
    }

  if (!gtk_window_is_active (f->window))
    g_test_message ("the window could not be made active");
}

/* Moves the focus as Tab (or Shift+Tab) does. */
static gboolean
tab (Fixture          *f,
     GtkDirectionType  direction)
{
  make_active (f);

  return gtk_widget_child_focus (GTK_WIDGET (f->window), direction);
}

/* Offers a key press to the shortcut controllers of the focus widget and
 * then of each of its ancestors, as GTK's bubble phase does, and runs the
 * first shortcut whose trigger is that key without modifiers. Returns the
 * widget whose shortcut ran, or NULL.
 *
 * GTK 4 can't make a real key event; this goes through the real key
 * bindings and the real actions, and only leaves out the event itself.
 */
static GtkWidget *
press_key (Fixture *f,
           guint    keyval)
{
  make_active (f);

  for (GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (f->window));
       widget != NULL;
       widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;

          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = NULL;
              GtkShortcutTrigger *trigger;

              shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
              trigger = gtk_shortcut_get_trigger (shortcut);
              if (!GTK_IS_KEYVAL_TRIGGER (trigger) ||
                  gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval ||
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != 0)
                continue;

              if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                widget,
                                                gtk_shortcut_get_arguments (shortcut)))
                {
                  mbc_test_iterate (10);
                  return widget;
                }
            }
        }
    }

  return NULL;
}

/* The name of the action a key runs on @widget, or NULL. */
static const char *
action_for_key (GtkWidget *widget,
                guint      keyval)
{
  g_autofree char *accelerator = gtk_accelerator_name (keyval, 0);
  GtkShortcut *shortcut = mbc_test_find_shortcut (widget, accelerator);
  GtkShortcutAction *action = shortcut != NULL ? gtk_shortcut_get_action (shortcut) : NULL;

  if (action == NULL || !GTK_IS_NAMED_ACTION (action))
    return NULL;

  return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
}

static GListModel *
sites_in_order (Fixture            *f,
                const char * const *ids,
                guint               n_ids)
{
  GListStore *store = g_list_store_new (MBC_TYPE_SITE);

  for (guint i = 0; i < n_ids; i++)
    {
      MbcSite *site = mbc_content_find_site (f->content, ids[i]);

      g_assert_nonnull (site);
      g_list_store_append (store, site);
    }

  return G_LIST_MODEL (store);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

typedef struct
{
  guint  count;
  char  *site_id;
} Activations;

static void
site_activated_cb (MbcBodyMap  *map,
                   const char  *site_id,
                   Activations *activations)
{
  /* The region is selected before the signal. */
  g_assert_cmpstr (mbc_body_map_get_selected (map), ==, site_id);

  activations->count++;
  g_free (activations->site_id);
  activations->site_id = g_strdup (site_id);
}

static void
test_regions (Fixture       *f,
              gconstpointer  data)
{
  const char * const reversed[] = { "whole-body", "brain", "lymph-nodes", "heart", "liver",
                                    "lungs", "bones" };
  g_autoptr(GListModel) store = NULL;
  GtkWidget *child;
  guint i;

  /* One region for each site with a shape, in drawing order, whatever the
   * order of the model; sites without a shape have none.
   */
  store = sites_in_order (f, reversed, G_N_ELEMENTS (reversed));
  mbc_body_map_set_sites (f->map, store);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (f->map)), i = 0;
       child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      g_assert_cmpuint (i, <, G_N_ELEMENTS (drawing_order));
      g_assert_cmpstr (site_id_of (child), ==, drawing_order[i]);
      g_assert_true (region (f, drawing_order[i]) == child);
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (drawing_order));

  g_assert_null (mbc_body_map_get_region (f->map, "heart"));
  g_assert_null (mbc_body_map_get_region (f->map, "whole-body"));
  g_assert_null (mbc_body_map_get_region (f->map, NULL));

  /* The map follows changes to the model. */
  g_list_store_remove (G_LIST_STORE (store), 4);  /* liver */
  g_assert_null (mbc_body_map_get_region (f->map, "liver"));
  g_list_store_append (G_LIST_STORE (store), mbc_content_find_site (f->content, "liver"));
  g_assert_true (gtk_widget_get_prev_sibling (region (f, "liver")) == region (f, "lungs"));
  g_assert_true (gtk_widget_get_next_sibling (region (f, "liver")) == region (f, "lymph-nodes"));

  mbc_body_map_set_sites (f->map, NULL);
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (f->map)));

  /* The store is no longer watched. */
  g_list_store_remove (G_LIST_STORE (store), 0);
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (f->map)));
}

static void
test_size (Fixture       *f,
           gconstpointer  data)
{
  int minimum, natural;

  gtk_widget_measure (GTK_WIDGET (f->map), GTK_ORIENTATION_VERTICAL, -1,
                      &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >=, 250);
  g_assert_cmpint (minimum, <=, 270);
  g_assert_cmpint (natural, ==, (int) MBC_BODY_DESIGN_HEIGHT);

  gtk_widget_measure (GTK_WIDGET (f->map), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 320);
  g_assert_cmpint (natural, <=, 320);
  g_assert_cmpint (natural, ==, (int) MBC_BODY_DESIGN_WIDTH);

  /* At the natural size one design unit is one pixel: every region is a
   * large enough target for a finger.
   */
  for (guint i = 0; i < G_N_ELEMENTS (drawing_order); i++)
    {
      graphene_rect_t bounds;

      mbc_body_region_get_design_bounds (MBC_BODY_REGION (region (f, drawing_order[i])), &bounds);
      g_assert_cmpfloat (bounds.size.width, >=, 44);
      g_assert_cmpfloat (bounds.size.height, >=, 44);
    }

  /* Each lymph node can be hit well away from its centre. */
  g_assert_true (shape_contains (f, "lymph-nodes", 72, 152));
  g_assert_true (shape_contains (f, "lymph-nodes", 72 + 10, 152));
  g_assert_true (shape_contains (f, "lymph-nodes", 109, 96 - 10));
}

static void
test_hit_testing (Fixture       *f,
                  gconstpointer  data)
{
  static const struct {
    const char *site_id;
    double      x;
    double      y;
  } inside[] = {
    { "brain", 120, 38 },
    { "brain", 100, 38 },
    { "lymph-nodes", 109, 96 },
    { "lymph-nodes", 72, 152 },
    { "lymph-nodes", 168, 152 },
    { "lungs", 97, 170 },
    { "lungs", 145, 160 },
    { "liver", 95, 235 },
    { "liver", 140, 222 },
    { "bones", 93, 330 },
    { "bones", 120, 78 },
    { "bones", 120, 140 },
  };
  static const struct {
    const char *site_id;
    double      x;
    double      y;
    const char *reached;  /* NULL for the map itself */
  } outside[] = {
    /* In the box around each shape, but not in the shape. */
    { "brain", 97, 17, NULL },
    { "lymph-nodes", 120, 140, "bones" },
    { "lungs", 120, 200, "bones" },
    { "liver", 77, 256, NULL },
    { "bones", 45, 400, NULL },
  };
  guint overlaps = 0;

  for (guint i = 0; i < G_N_ELEMENTS (inside); i++)
    {
      g_test_message ("%s at %g, %g", inside[i].site_id, inside[i].x, inside[i].y);
      g_assert_cmpstr (site_id_of (pick (f, inside[i].x, inside[i].y)), ==, inside[i].site_id);
    }

  for (guint i = 0; i < G_N_ELEMENTS (outside); i++)
    {
      GtkWidget *widget = region (f, outside[i].site_id);
      graphene_point_t point = design_to_window (f, outside[i].x, outside[i].y);
      graphene_point_t in_region;
      graphene_rect_t bounds;
      GtkWidget *reached;

      g_test_message ("outside %s at %g, %g", outside[i].site_id, outside[i].x, outside[i].y);

      g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->window), &bounds));
      g_assert_true (graphene_rect_contains_point (&bounds, &point));
      g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->window), widget, &point, &in_region));
      g_assert_false (gtk_widget_contains (widget, in_region.x, in_region.y));

      reached = pick (f, outside[i].x, outside[i].y);
      g_assert_true (reached != widget);
      if (outside[i].reached != NULL)
        g_assert_cmpstr (site_id_of (reached), ==, outside[i].reached);
      else
        g_assert_true (reached == GTK_WIDGET (f->map));
    }

  /* Where the liver lies over a rib, the liver wins; without it, the rib. */
  for (double y = 200; y < 260; y += 1)
    for (double x = 70; x < 170; x += 1)
      {
        if (!shape_contains (f, "liver", x, y) || !shape_contains (f, "bones", x, y) ||
            shape_contains (f, "lungs", x, y))
          continue;

        overlaps++;
        g_assert_cmpstr (site_id_of (pick (f, x, y)), ==, "liver");
        gtk_widget_set_can_target (region (f, "liver"), FALSE);
        g_assert_cmpstr (site_id_of (pick (f, x, y)), ==, "bones");
        gtk_widget_set_can_target (region (f, "liver"), TRUE);
      }
  g_assert_cmpuint (overlaps, >, 20);

  /* The brain lies inside the skull, and wins. */
  g_assert_true (shape_contains (f, "bones", 120, 38));
  g_assert_cmpstr (site_id_of (pick (f, 120, 38)), ==, "brain");
  gtk_widget_set_can_target (region (f, "brain"), FALSE);
  g_assert_cmpstr (site_id_of (pick (f, 120, 38)), ==, "bones");
  gtk_widget_set_can_target (region (f, "brain"), TRUE);

  /* The lymph nodes lie over the bones of the shoulder. */
  g_assert_true (shape_contains (f, "bones", 95, 114));
  g_assert_cmpstr (site_id_of (pick (f, 95, 114)), ==, "lymph-nodes");
}

static void
check_scaled (Fixture *f,
              int      width,
              int      height)
{
  double scale = MIN (width / MBC_BODY_DESIGN_WIDTH, height / MBC_BODY_DESIGN_HEIGHT);
  double x_offset = (width - MBC_BODY_DESIGN_WIDTH * scale) / 2;
  double y_offset = (height - MBC_BODY_DESIGN_HEIGHT * scale) / 2;

  open_map (f, width, height, FALSE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->map)), ==, width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->map)), ==, height);

  for (guint i = 0; i < G_N_ELEMENTS (drawing_order); i++)
    {
      GtkWidget *widget = region (f, drawing_order[i]);
      graphene_rect_t design;
      graphene_rect_t bounds;

      mbc_body_region_get_design_bounds (MBC_BODY_REGION (widget), &design);
      g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->map), &bounds));

      g_assert_cmpfloat_with_epsilon (bounds.origin.x, x_offset + design.origin.x * scale, 0.01);
      g_assert_cmpfloat_with_epsilon (bounds.origin.y, y_offset + design.origin.y * scale, 0.01);
      g_assert_cmpfloat_with_epsilon (bounds.size.width, design.size.width * scale, 1.0);
      g_assert_cmpfloat_with_epsilon (bounds.size.height, design.size.height * scale, 1.0);
    }

  /* The same places are hit at any size. */
  g_assert_cmpstr (site_id_of (pick (f, 95, 235)), ==, "liver");
  g_assert_cmpstr (site_id_of (pick (f, 72, 152)), ==, "lymph-nodes");
  g_assert_true (pick (f, 97, 17) == GTK_WIDGET (f->map));
}

static void
test_scaling (Fixture       *f,
              gconstpointer  data)
{
  graphene_rect_t small[G_N_ELEMENTS (drawing_order)];
  graphene_rect_t large[G_N_ELEMENTS (drawing_order)];

  close_map (f);

  check_scaled (f, 200, 300);
  for (guint i = 0; i < G_N_ELEMENTS (drawing_order); i++)
    g_assert_true (gtk_widget_compute_bounds (region (f, drawing_order[i]), GTK_WIDGET (f->map),
                                              &small[i]));
  close_map (f);

  check_scaled (f, 800, 1200);
  for (guint i = 0; i < G_N_ELEMENTS (drawing_order); i++)
    g_assert_true (gtk_widget_compute_bounds (region (f, drawing_order[i]), GTK_WIDGET (f->map),
                                              &large[i]));

  /* From 200×300 to 800×1200 the figure grows four times, and stays in
   * the middle: 25 px from the side in the small map, 100 px in the large.
   */
  for (guint i = 0; i < G_N_ELEMENTS (drawing_order); i++)
    {
      g_assert_cmpfloat_with_epsilon (large[i].origin.x - 100, 4 * (small[i].origin.x - 25), 0.05);
      g_assert_cmpfloat_with_epsilon (large[i].origin.y, 4 * small[i].origin.y, 0.05);
      g_assert_cmpfloat_with_epsilon (large[i].size.width, 4 * small[i].size.width, 4);
      g_assert_cmpfloat_with_epsilon (large[i].size.height, 4 * small[i].size.height, 4);
    }
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  static const struct {
    guint       keyval;
    const char *action;
  } bindings[] = {
    { GDK_KEY_Up, "body-map.focus-up" },
    { GDK_KEY_KP_Up, "body-map.focus-up" },
    { GDK_KEY_Down, "body-map.focus-down" },
    { GDK_KEY_KP_Down, "body-map.focus-down" },
    { GDK_KEY_Left, "body-map.focus-left" },
    { GDK_KEY_KP_Left, "body-map.focus-left" },
    { GDK_KEY_Right, "body-map.focus-right" },
    { GDK_KEY_KP_Right, "body-map.focus-right" },
    { GDK_KEY_Home, "body-map.focus-first" },
    { GDK_KEY_KP_Home, "body-map.focus-first" },
    { GDK_KEY_End, "body-map.focus-last" },
    { GDK_KEY_KP_End, "body-map.focus-last" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    g_assert_cmpstr (action_for_key (GTK_WIDGET (f->map), bindings[i].keyval),
                     ==, bindings[i].action);

  /* Tab enters the map at the top of the body, and the next Tab leaves:
   * the map is one tab stop, not five.
   */
  g_assert_true (gtk_widget_grab_focus (f->before));
  g_assert_true (tab (f, GTK_DIR_TAB_FORWARD));
  g_assert_cmpstr (focused_site (f), ==, "brain");
  g_assert_true (tab (f, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == f->after);
  g_assert_true (tab (f, GTK_DIR_TAB_BACKWARD));
  g_assert_cmpstr (focused_site (f), ==, "brain");
  g_assert_true (tab (f, GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == f->before);

  /* Down and Up go from the head to the feet and back, and stop there. */
  g_assert_true (tab (f, GTK_DIR_TAB_FORWARD));
  for (guint i = 1; i < G_N_ELEMENTS (spatial_order); i++)
    {
      g_assert_true (press_key (f, GDK_KEY_Down) == GTK_WIDGET (f->map));
      g_assert_cmpstr (focused_site (f), ==, spatial_order[i]);
    }
  g_assert_true (press_key (f, GDK_KEY_KP_Down) == GTK_WIDGET (f->map));
  g_assert_cmpstr (focused_site (f), ==, "bones");

  for (guint i = G_N_ELEMENTS (spatial_order) - 1; i > 0; i--)
    {
      g_assert_true (press_key (f, GDK_KEY_Up) == GTK_WIDGET (f->map));
      g_assert_cmpstr (focused_site (f), ==, spatial_order[i - 1]);
    }
  g_assert_true (press_key (f, GDK_KEY_Up) == GTK_WIDGET (f->map));
  g_assert_cmpstr (focused_site (f), ==, "brain");

  /* End and Home jump to the feet and the head. */
  g_assert_true (press_key (f, GDK_KEY_End) == GTK_WIDGET (f->map));
  g_assert_cmpstr (focused_site (f), ==, "bones");
  g_assert_true (press_key (f, GDK_KEY_Home) == GTK_WIDGET (f->map));
  g_assert_cmpstr (focused_site (f), ==, "brain");

  /* The regions lie one above the other, so Left and Right follow the
   * same order as Up and Down.
   */
  g_assert_true (press_key (f, GDK_KEY_Right) == GTK_WIDGET (f->map));
  g_assert_cmpstr (focused_site (f), ==, "lymph-nodes");
  g_assert_true (press_key (f, GDK_KEY_Right) == GTK_WIDGET (f->map));
  g_assert_cmpstr (focused_site (f), ==, "lungs");
  g_assert_true (press_key (f, GDK_KEY_Left) == GTK_WIDGET (f->map));
  g_assert_cmpstr (focused_site (f), ==, "lymph-nodes");

  /* Moving the focus does not choose anything. */
  g_assert_null (mbc_body_map_get_selected (f->map));

  /* A region that is hidden is skipped. */
  gtk_widget_set_visible (region (f, "lungs"), FALSE);
  g_assert_true (press_key (f, GDK_KEY_Down) == GTK_WIDGET (f->map));
  g_assert_cmpstr (focused_site (f), ==, "liver");
  gtk_widget_set_visible (region (f, "lungs"), TRUE);

  /* With a region chosen, Tab comes back in at that region. */
  mbc_body_map_set_selected (f->map, "lungs");
  g_assert_true (gtk_widget_grab_focus (f->before));
  g_assert_true (tab (f, GTK_DIR_TAB_FORWARD));
  g_assert_cmpstr (focused_site (f), ==, "lungs");
  g_assert_true (gtk_widget_grab_focus (f->after));
  g_assert_true (tab (f, GTK_DIR_TAB_BACKWARD));
  g_assert_cmpstr (focused_site (f), ==, "lungs");

  /* So does grabbing the focus for the map as a whole. */
  g_assert_true (gtk_widget_grab_focus (f->before));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->map)));
  g_assert_cmpstr (focused_site (f), ==, "lungs");
}

static void
test_activation (Fixture       *f,
                 gconstpointer  data)
{
  static const guint activate_keys[] = {
    GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space, GDK_KEY_KP_Space,
  };
  Activations activations = { 0, NULL };
  guint notifies = 0;

  g_signal_connect (f->map, "site-activated", G_CALLBACK (site_activated_cb), &activations);
  g_signal_connect (f->map, "notify::selected", G_CALLBACK (count_notify_cb), &notifies);

  for (guint i = 0; i < G_N_ELEMENTS (drawing_order); i++)
    for (guint j = 0; j < G_N_ELEMENTS (activate_keys); j++)
      g_assert_cmpstr (action_for_key (region (f, drawing_order[i]), activate_keys[j]),
                       ==, "region.activate");

  /* Enter on the focused region chooses it and tells the app. */
  g_assert_true (gtk_widget_grab_focus (region (f, "liver")));
  g_assert_true (press_key (f, GDK_KEY_Return) == region (f, "liver"));
  g_assert_cmpuint (activations.count, ==, 1);
  g_assert_cmpstr (activations.site_id, ==, "liver");
  g_assert_cmpstr (mbc_body_map_get_selected (f->map), ==, "liver");
  g_assert_cmpuint (notifies, ==, 1);
  g_assert_true (gtk_widget_get_state_flags (region (f, "liver")) & GTK_STATE_FLAG_CHECKED);

  /* Space does the same, and only one region is chosen at a time. */
  g_assert_true (press_key (f, GDK_KEY_Up) == GTK_WIDGET (f->map));
  g_assert_cmpstr (focused_site (f), ==, "lungs");
  g_assert_true (press_key (f, GDK_KEY_space) == region (f, "lungs"));
  g_assert_cmpuint (activations.count, ==, 2);
  g_assert_cmpstr (activations.site_id, ==, "lungs");
  g_assert_cmpstr (mbc_body_map_get_selected (f->map), ==, "lungs");
  g_assert_cmpuint (notifies, ==, 2);
  g_assert_false (gtk_widget_get_state_flags (region (f, "liver")) & GTK_STATE_FLAG_CHECKED);
  g_assert_true (mbc_body_region_get_selected (MBC_BODY_REGION (region (f, "lungs"))));

  /* Choosing the chosen region again still tells the app. */
  g_assert_true (press_key (f, GDK_KEY_KP_Enter) == region (f, "lungs"));
  g_assert_cmpuint (activations.count, ==, 3);
  g_assert_cmpuint (notifies, ==, 2);

  /* gtk_widget_activate(), as assistive technology and mnemonics use. */
  g_assert_true (gtk_widget_activate (region (f, "brain")));
  g_assert_cmpuint (activations.count, ==, 4);
  g_assert_cmpstr (activations.site_id, ==, "brain");

  /* Choosing from code tells nobody but the property. */
  mbc_body_map_set_selected (f->map, "bones");
  g_assert_cmpstr (mbc_body_map_get_selected (f->map), ==, "bones");
  g_assert_cmpuint (notifies, ==, 4);
  mbc_body_map_set_selected (f->map, "bones");
  g_assert_cmpuint (notifies, ==, 4);
  g_object_set (f->map, "selected", "liver", NULL);
  g_assert_cmpstr (mbc_body_map_get_selected (f->map), ==, "liver");
  g_assert_cmpuint (notifies, ==, 5);

  /* An id without a region clears the choice. */
  mbc_body_map_set_selected (f->map, "heart");
  g_assert_null (mbc_body_map_get_selected (f->map));
  g_assert_cmpuint (notifies, ==, 6);
  mbc_body_map_set_selected (f->map, "liver");
  mbc_body_map_set_selected (f->map, NULL);
  g_assert_null (mbc_body_map_get_selected (f->map));
  g_assert_cmpuint (notifies, ==, 8);

  g_assert_cmpuint (activations.count, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (drawing_order); i++)
    g_assert_false (mbc_body_region_get_selected (MBC_BODY_REGION (region (f, drawing_order[i]))));

  g_signal_handlers_disconnect_by_data (f->map, &activations);
  g_signal_handlers_disconnect_by_data (f->map, &notifies);
  g_free (activations.site_id);
}

static void
test_accessibility (Fixture       *f,
                    gconstpointer  data)
{
  gtk_test_accessible_assert_role (f->map, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (f->map, GTK_ACCESSIBLE_PROPERTY_LABEL, "Body map");

  gtk_test_accessible_assert_property (region (f, "liver"), GTK_ACCESSIBLE_PROPERTY_LABEL, "Liver");
  gtk_test_accessible_assert_property (region (f, "brain"), GTK_ACCESSIBLE_PROPERTY_LABEL, "Brain");

  for (guint i = 0; i < G_N_ELEMENTS (drawing_order); i++)
    {
      GtkWidget *widget = region (f, drawing_order[i]);
      MbcSite *site = mbc_content_find_site (f->content, drawing_order[i]);

      gtk_test_accessible_assert_role (widget, GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           mbc_site_get_name (site));
      gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           mbc_site_get_summary (site));
      gtk_test_accessible_assert_state (widget, GTK_ACCESSIBLE_STATE_PRESSED,
                                        GTK_ACCESSIBLE_TRISTATE_FALSE);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (widget), ==, mbc_site_get_summary (site));
      g_assert_true (gtk_widget_get_focusable (widget));
      g_assert_nonnull (gtk_widget_get_cursor (widget));
      g_assert_cmpstr (gdk_cursor_get_name (gtk_widget_get_cursor (widget)), ==, "pointer");
    }

  mbc_body_map_set_selected (f->map, "liver");
  for (guint i = 0; i < G_N_ELEMENTS (drawing_order); i++)
    gtk_test_accessible_assert_state (region (f, drawing_order[i]), GTK_ACCESSIBLE_STATE_PRESSED,
                                      g_str_equal (drawing_order[i], "liver")
                                        ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                        : GTK_ACCESSIBLE_TRISTATE_FALSE);

  mbc_body_map_set_selected (f->map, NULL);
  gtk_test_accessible_assert_state (region (f, "liver"), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_FALSE);
}

static void
test_set_sites_again (Fixture       *f,
                      gconstpointer  data)
{
  const char * const without_liver[] = { "bones", "lungs", "lymph-nodes", "brain" };
  g_autoptr(GListModel) fewer = sites_in_order (f, without_liver, G_N_ELEMENTS (without_liver));
  g_autoptr(MbcContent) other = mbc_test_load_content ();
  guint notifies = 0;

  g_signal_connect (f->map, "notify::selected", G_CALLBACK (count_notify_cb), &notifies);

  mbc_body_map_set_selected (f->map, "liver");
  g_assert_true (gtk_widget_grab_focus (region (f, "liver")));
  notifies = 0;

  /* New sites, as after a change of language: same choice, same focus,
   * the new names.
   */
  mbc_body_map_set_sites (f->map, mbc_content_get_sites (other));
  g_assert_cmpstr (mbc_body_map_get_selected (f->map), ==, "liver");
  g_assert_cmpuint (notifies, ==, 0);
  g_assert_true (mbc_body_region_get_selected (MBC_BODY_REGION (region (f, "liver"))));
  gtk_test_accessible_assert_state (region (f, "liver"), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_TRUE);
  g_assert_cmpstr (focused_site (f), ==, "liver");
  gtk_test_accessible_assert_property (region (f, "liver"), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       mbc_site_get_name (mbc_content_find_site (other, "liver")));

  /* The same model again changes nothing. */
  mbc_body_map_set_sites (f->map, mbc_content_get_sites (other));
  g_assert_cmpstr (mbc_body_map_get_selected (f->map), ==, "liver");
  g_assert_cmpuint (notifies, ==, 0);

  /* Sites without the chosen one: the choice goes. */
  mbc_body_map_set_sites (f->map, fewer);
  g_assert_null (mbc_body_map_get_region (f->map, "liver"));
  g_assert_null (mbc_body_map_get_selected (f->map));
  g_assert_cmpuint (notifies, ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (without_liver); i++)
    g_assert_false (mbc_body_region_get_selected (MBC_BODY_REGION (region (f, without_liver[i]))));

  mbc_body_map_set_selected (f->map, "brain");
  mbc_body_map_set_sites (f->map, NULL);
  g_assert_null (mbc_body_map_get_selected (f->map));
  g_assert_cmpuint (notifies, ==, 3);

  mbc_body_map_set_sites (f->map, mbc_content_get_sites (f->content));
  g_signal_handlers_disconnect_by_data (f->map, &notifies);

  /* The map let go of the other content's sites. */
  g_assert_finalize_object (g_steal_pointer (&other));
}

/* What a widget looks like, as the app would draw it. */
static GdkTexture *
render (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  GdkTexture *texture;

  mbc_test_iterate (50);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_render_node_unref (node);

  return texture;
}

typedef struct
{
  int     width;
  int     height;
  guchar *data;  /* premultiplied ARGB, as cairo has it */
} Pixels;

static Pixels
download (GdkTexture *texture)
{
  Pixels pixels;

  pixels.width = gdk_texture_get_width (texture);
  pixels.height = gdk_texture_get_height (texture);
  pixels.data = g_malloc (pixels.width * pixels.height * 4);
  gdk_texture_download (texture, pixels.data, pixels.width * 4);

  return pixels;
}

/* The pixel of @pixels, a drawing of @widget, at a point of the design. */
static const guchar *
widget_pixel_at (Fixture      *f,
                 GtkWidget    *widget,
                 const Pixels *pixels,
                 double        x,
                 double        y)
{
  graphene_point_t in_window = design_to_window (f, x, y);
  graphene_point_t in_widget;
  int px, py;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->window), widget,
                                           &in_window, &in_widget));
  px = (int) in_widget.x;
  py = (int) in_widget.y;
  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (px, <, pixels->width);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (py, <, pixels->height);

  return &pixels->data[(py * pixels->width + px) * 4];
}

static const guchar *
pixel_at (Fixture      *f,
          const Pixels *pixels,
          double        x,
          double        y)
{
  return widget_pixel_at (f, GTK_WIDGET (f->map), pixels, x, y);
}

static guint
alpha_at (Fixture      *f,
          const Pixels *pixels,
          double        x,
          double        y)
{
  return pixel_at (f, pixels, x, y)[3];
}

/* The sum of the alpha in a box of the design, to compare drawings. */
static guint64
ink_in (Fixture               *f,
        const Pixels          *pixels,
        const graphene_rect_t *box)
{
  guint64 sum = 0;

  for (double y = box->origin.y; y < box->origin.y + box->size.height; y += 0.5)
    for (double x = box->origin.x; x < box->origin.x + box->size.width; x += 0.5)
      sum += alpha_at (f, pixels, x, y);

  return sum;
}

static void
save_screenshot (GdkTexture *texture,
                 const char *name)
{
  const char *directory = g_getenv ("MBC_TEST_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (directory == NULL)
    return;

  path = g_build_filename (directory, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

static double
lightness (const guchar *pixel)
{
  /* Premultiplied B, G, R, A in memory on little-endian hosts; the
   * average of the colour channels over alpha is enough to tell light
   * from dark.
   */
  if (pixel[3] == 0)
    return 0;

  return (pixel[0] + pixel[1] + pixel[2]) / (3.0 * pixel[3]);
}

/* Whether a point and the points @margin away from it on each side are
 * all inside the shape of a site.
 */
static gboolean
well_inside (Fixture    *f,
             const char *site_id,
             double      x,
             double      y,
             double      margin)
{
  return shape_contains (f, site_id, x, y) &&
         shape_contains (f, site_id, x - margin, y) &&
         shape_contains (f, site_id, x + margin, y) &&
         shape_contains (f, site_id, x, y - margin) &&
         shape_contains (f, site_id, x, y + margin);
}

/* The alpha along the outer edge of a shape: where its outline is. */
static guint64
ink_along_edge (Fixture      *f,
                const Pixels *pixels,
                const char   *site_id)
{
  graphene_rect_t box;
  guint64 sum = 0;

  mbc_body_region_get_design_bounds (MBC_BODY_REGION (region (f, site_id)), &box);
  graphene_rect_inset (&box, -4, -4);

  for (double y = box.origin.y; y < box.origin.y + box.size.height; y += 0.5)
    for (double x = box.origin.x; x < box.origin.x + box.size.width; x += 0.5)
      if (!shape_contains (f, site_id, x, y) &&
          (shape_contains (f, site_id, x - 2, y) || shape_contains (f, site_id, x + 2, y) ||
           shape_contains (f, site_id, x, y - 2) || shape_contains (f, site_id, x, y + 2)))
        sum += alpha_at (f, pixels, x, y);

  return sum;
}

/* Draws one region on its own and returns the share of the points well
 * inside its shape whose alpha is clearly not the most common one: near
 * nothing for an even fill, much more for a hatch.
 */
static double
share_of_pattern (Fixture    *f,
                  const char *site_id)
{
  GtkWidget *widget = region (f, site_id);
  g_autoptr(GdkTexture) texture = render (widget);
  Pixels pixels = download (texture);
  g_autoptr(GArray) alphas = g_array_new (FALSE, FALSE, sizeof (guint));
  guint histogram[256] = { 0 };
  guint most_common = 0;
  guint differing = 0;
  graphene_rect_t box;

  mbc_body_region_get_design_bounds (MBC_BODY_REGION (widget), &box);

  for (double y = box.origin.y; y < box.origin.y + box.size.height; y += 0.5)
    for (double x = box.origin.x; x < box.origin.x + box.size.width; x += 0.5)
      if (well_inside (f, site_id, x, y, 4))
        {
          guint alpha = widget_pixel_at (f, widget, &pixels, x, y)[3];

          g_array_append_val (alphas, alpha);
          histogram[alpha]++;
        }

  g_assert_cmpuint (alphas->len, >, 100);

  for (guint i = 0; i < 256; i++)
    if (histogram[i] > histogram[most_common])
      most_common = i;

  for (guint i = 0; i < alphas->len; i++)
    if (ABS ((int) g_array_index (alphas, guint, i) - (int) most_common) > 24)
      differing++;

  g_free (pixels.data);

  return (double) differing / alphas->len;
}

static void
test_look (Fixture       *f,
           gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  graphene_rect_t liver_box;
  g_autoptr(GdkTexture) plain = NULL;
  g_autoptr(GdkTexture) chosen = NULL;
  g_autoptr(GdkTexture) focused = NULL;
  g_autoptr(GdkTexture) dark = NULL;
  Pixels plain_pixels, chosen_pixels, focused_pixels, dark_pixels;
  double figure_light, figure_dark;
  double plain_pattern, chosen_pattern;
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  mbc_body_region_get_design_bounds (MBC_BODY_REGION (region (f, "liver")), &liver_box);
  graphene_rect_inset (&liver_box, -8, -8);

  plain = render (GTK_WIDGET (f->map));
  plain_pixels = download (plain);
  save_screenshot (plain, "body-map-light.png");

  /* Outside the figure nothing is drawn; the figure and each region are. */
  g_assert_cmpuint (alpha_at (f, &plain_pixels, 4, 4), ==, 0);
  g_assert_cmpuint (alpha_at (f, &plain_pixels, 20, 250), ==, 0);
  g_assert_cmpuint (alpha_at (f, &plain_pixels, 160, 330), >, 0);
  g_assert_cmpuint (alpha_at (f, &plain_pixels, 120, 38), >, alpha_at (f, &plain_pixels, 160, 330));
  g_assert_cmpuint (alpha_at (f, &plain_pixels, 95, 235), >, alpha_at (f, &plain_pixels, 160, 330));

  /* The chosen region differs by more than colour: a thick outline and
   * a hatch.
   */
  plain_pattern = share_of_pattern (f, "liver");
  mbc_body_map_set_selected (f->map, "liver");
  chosen = render (GTK_WIDGET (f->map));
  chosen_pixels = download (chosen);
  save_screenshot (chosen, "body-map-chosen.png");
  g_assert_cmpuint (ink_in (f, &chosen_pixels, &liver_box), >,
                    ink_in (f, &plain_pixels, &liver_box));
  g_assert_cmpuint (ink_along_edge (f, &chosen_pixels, "liver"), >,
                    ink_along_edge (f, &plain_pixels, "liver") * 3 / 2);
  chosen_pattern = share_of_pattern (f, "liver");
  g_test_message ("share of pattern: plain %g, chosen %g", plain_pattern, chosen_pattern);
  g_assert_cmpfloat (plain_pattern, <, 0.1);
  g_assert_cmpfloat (chosen_pattern, >, 0.2);

  /* Keyboard focus adds a ring around the shape. */
  gtk_window_set_focus_visible (f->window, TRUE);
  g_assert_true (gtk_widget_grab_focus (region (f, "liver")));
  g_assert_true (gtk_widget_get_state_flags (region (f, "liver")) & GTK_STATE_FLAG_FOCUS_VISIBLE);
  focused = render (GTK_WIDGET (f->map));
  focused_pixels = download (focused);
  save_screenshot (focused, "body-map-focused.png");
  g_assert_cmpuint (ink_in (f, &focused_pixels, &liver_box), >,
                    ink_in (f, &chosen_pixels, &liver_box));

  /* The colours come from the style: in the dark style the figure is
   * drawn in a light colour.
   */
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  mbc_test_iterate (100);
  g_assert_true (adw_style_manager_get_dark (style_manager));
  dark = render (GTK_WIDGET (f->map));
  dark_pixels = download (dark);
  save_screenshot (dark, "body-map-dark.png");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  mbc_test_iterate (100);

  figure_light = lightness (pixel_at (f, &plain_pixels, 160, 330));
  figure_dark = lightness (pixel_at (f, &dark_pixels, 160, 330));
  g_test_message ("figure lightness: light style %g, dark style %g", figure_light, figure_dark);
  g_assert_cmpfloat (figure_dark, >, figure_light + 0.3);

  /* The regions take their colour from the style sheet too. */
  gtk_css_provider_load_from_data (provider, "mbcregion.liver { color: rgb(255, 0, 0); }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  {
    g_autoptr(GdkTexture) red = render (region (f, "liver"));
    Pixels red_pixels = download (red);
    const guchar *pixel = widget_pixel_at (f, region (f, "liver"), &red_pixels, 95, 235);

    /* Blue, green, red, alpha. */
    g_assert_cmpuint (pixel[3], >, 0);
    g_assert_cmpuint (pixel[2], >, 200 * pixel[3] / 255);
    g_assert_cmpuint (pixel[1], <, 30);
    g_assert_cmpuint (pixel[0], <, 30);
    g_free (red_pixels.data);
  }
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (provider));

  g_free (plain_pixels.data);
  g_free (chosen_pixels.data);
  g_free (focused_pixels.data);
  g_free (dark_pixels.data);
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/mbc/body-map/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("regions", test_regions);
  ADD ("size", test_size);
  ADD ("hit-testing", test_hit_testing);
  ADD ("scaling", test_scaling);
  ADD ("keyboard", test_keyboard);
  ADD ("activation", test_activation);
  ADD ("accessibility", test_accessibility);
  ADD ("set-sites-again", test_set_sites_again);
  ADD ("look", test_look);

#undef ADD

  return g_test_run ();
}
