/* test-window.c: the whole window, used as a person would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-basics-view.h"
#include "mbc-diary-record-dialog.h"
#include "mbc-diary-view.h"
#include "mbc-body-map.h"
#include "mbc-map-view.h"
#include "mbc-page-text.h"
#include "mbc-question-group.h"
#include "mbc-question.h"
#include "mbc-questions-view.h"
#include "mbc-resources-view.h"
#include "mbc-site-page.h"
#include "mbc-symptom.h"
#include "mbc-treatments-view.h"
#include "mbc-test-util.h"
#include "mbc-urgency.h"
#include "mbc-view-bar.h"
#include "mbc-window.h"

/* The part of the window with a site's details. */
static GtkWidget *
site_page (MbcWindow *window)
{
  GtkWidget *page = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_SITE_PAGE);

  g_assert_nonnull (page);

  return page;
}

/* The rows of the lists under the figure: the one of @site_id is marked,
 * and is the only one that is.
 */
static void
check_marked_row (MbcWindow  *window,
                  GListModel *sites,
                  const char *site_id)
{
  guint marked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GtkWidget *label = mbc_test_find_exact_label (GTK_WIDGET (window), mbc_site_get_name (site));
      GtkWidget *row = label != NULL ? gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW) : NULL;
      gboolean chosen = g_str_equal (mbc_site_get_id (site), site_id);
      g_autofree char *state = NULL;

      g_assert_nonnull (row);
      g_assert_cmpint (gtk_widget_has_css_class (row, "current-site"), ==, chosen);
      state = gtk_test_accessible_check_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED,
                                               chosen);
      g_assert_null (state);
      marked += chosen;
    }

  g_assert_cmpuint (marked, ==, 1);
}

/* Liver, clicked on the map: jaundice shows under "Call your care team". */
static void
test_liver_shows_jaundice (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GtkWidget *map = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_BODY_MAP);
  GtkWidget *region;
  GtkWidget *jaundice;
  GtkWidget *tier;

  g_assert_nonnull (map);
  region = mbc_body_map_get_region (MBC_BODY_MAP (map), "liver");
  g_assert_nonnull (region);
  g_assert_true (mbc_test_is_showing (region));

  /* As Enter or a click does: through the region itself. */
  g_assert_true (gtk_widget_activate (region));
  mbc_test_iterate (100);

  g_assert_cmpstr (mbc_map_view_get_selected_site (MBC_MAP_VIEW (gtk_widget_get_ancestor (map, MBC_TYPE_MAP_VIEW))),
                   ==, "liver");

  jaundice = mbc_test_wait_for_label (site_page (window), "Jaundice");
  g_assert_nonnull (jaundice);

  /* The tier above it says, in words, how urgent it is. */
  tier = gtk_widget_get_ancestor (jaundice, GTK_TYPE_BOX);
  while (tier != NULL && !gtk_widget_has_css_class (tier, "tier"))
    tier = gtk_widget_get_ancestor (gtk_widget_get_parent (tier), GTK_TYPE_BOX);
  g_assert_nonnull (tier);
  g_assert_true (gtk_widget_has_css_class (tier, "urgency-call"));
  g_assert_nonnull (mbc_test_find_label (tier, "Call your care team"));

  /* A screen reader hears the tier with the symptom. */
  gtk_test_accessible_assert_property (gtk_widget_get_ancestor (jaundice, GTK_TYPE_LIST_BOX_ROW),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Call your care team");

  mbc_test_close_window (window);
}

/* Every site, chosen from the list, shows its name and its symptoms. */
static void
test_every_site (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GListModel *sites = mbc_content_get_sites (content);

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);
      g_autofree char *text = NULL;

      mbc_test_activate (window, "win.show-site", mbc_site_get_id (site));
      text = mbc_test_dup_visible_text (site_page (window));

      g_test_message ("site %s", mbc_site_get_id (site));
      g_assert_nonnull (strstr (text, mbc_site_get_name (site)));
      g_assert_nonnull (strstr (text, mbc_site_get_about (site)));

      for (guint j = 0; j < g_list_model_get_n_items (symptoms); j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);

          g_autofree char *names = mbc_page_text_dup_source_names (MBC_CONTENT_ITEM (symptom));
          g_autofree char *sources = g_strdup_printf ("%s\nSources: %s\n",
                                                      mbc_symptom_get_text (symptom), names);

          g_assert_nonnull (strstr (text, mbc_urgency_get_title (mbc_symptom_get_urgency (symptom))));
          /* Each symptom names its sources right under it. */
          g_assert_nonnull (strstr (text, sources));
        }

      /* A site with no symptoms of its own points to the whole body. */
      if (g_list_model_get_n_items (symptoms) == 0)
        g_assert_nonnull (strstr (text, "Symptoms of the Whole Body"));

      /* In the lists under the figure, its row alone is marked as the
       * chosen one, to the eye and to a screen reader.
       */
      check_marked_row (window, sites, mbc_site_get_id (site));
    }

  mbc_test_close_window (window);
}

/* What @widget draws itself, as GTK asks it to for a frame. */
static GskRenderNode *
draw_widget (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);

  return gtk_snapshot_free_to_node (snapshot);
}

/* The pixels @node draws over @bounds, with @window's renderer. */
static GBytes *
render_pixels (GtkWidget             *window,
               GskRenderNode         *node,
               const graphene_rect_t *bounds)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_autoptr(GdkTexture) texture = gsk_renderer_render_texture (renderer, node, bounds);
  gsize stride = (gsize) gdk_texture_get_width (texture) * 4;
  guchar *data = g_malloc (stride * gdk_texture_get_height (texture));

  gdk_texture_download (texture, data, stride);

  return g_bytes_new_take (data, stride * gdk_texture_get_height (texture));
}

/* A change of site repaints the page beside the map as one piece and
 * leaves the rest of the window alone (mbc_site_page_snapshot()): the
 * page of each site is drawn as a node of another kind than the page of
 * the site before, so that GTK does not compare the two line by line,
 * and it draws the same pixels as the page itself.
 */
static void
test_site_change_drawing (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GListModel *sites = mbc_content_get_sites (content);
  GskRenderNodeType last_type = GSK_NOT_A_RENDER_NODE;

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GtkWidget *page = site_page (window);
      GtkWidget *stack = gtk_widget_get_first_child (page);
      g_autoptr(GskRenderNode) drawn = NULL;
      g_autoptr(GskRenderNode) plain = NULL;
      g_autoptr(GBytes) drawn_pixels = NULL;
      g_autoptr(GBytes) plain_pixels = NULL;
      GtkSnapshot *snapshot;
      graphene_rect_t bounds;

      mbc_test_activate (window, "win.show-site", mbc_site_get_id (site));
      mbc_test_wait_frame (GTK_WIDGET (window));
      g_test_message ("site %s", mbc_site_get_id (site));

      drawn = draw_widget (page);
      g_assert_nonnull (drawn);
      g_assert_cmpint (gsk_render_node_get_node_type (drawn), !=, last_type);
      last_type = gsk_render_node_get_node_type (drawn);

      /* The stack of pages as the page would draw it without the change. */
      snapshot = gtk_snapshot_new ();
      gtk_widget_snapshot_child (page, stack, snapshot);
      plain = gtk_snapshot_free_to_node (snapshot);
      g_assert_nonnull (plain);

      bounds = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (page), gtk_widget_get_height (page));
      drawn_pixels = render_pixels (GTK_WIDGET (window), drawn, &bounds);
      plain_pixels = render_pixels (GTK_WIDGET (window), plain, &bounds);
      g_assert_true (g_bytes_equal (drawn_pixels, plain_pixels));
    }

  mbc_test_close_window (window);
}

/* The kinds of node that wrap one other node, and how to get it. */
static const struct {
  GskRenderNodeType type;
  GskRenderNode  *(*child) (const GskRenderNode *node);
} wrapping_nodes[] = {
  { GSK_TRANSFORM_NODE, gsk_transform_node_get_child },
  { GSK_CLIP_NODE, gsk_clip_node_get_child },
  { GSK_ROUNDED_CLIP_NODE, gsk_rounded_clip_node_get_child },
  { GSK_OPACITY_NODE, gsk_opacity_node_get_child },
  { GSK_COLOR_MATRIX_NODE, gsk_color_matrix_node_get_child },
  { GSK_DEBUG_NODE, gsk_debug_node_get_child },
  { GSK_SHADOW_NODE, gsk_shadow_node_get_child },
};

/* Whether @node, or a node in it, draws a blurred shadow. */
static gboolean
has_blurred_shadow (GskRenderNode *node)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (node);

  if (type == GSK_OUTSET_SHADOW_NODE)
    return gsk_outset_shadow_node_get_blur_radius (node) > 0;

  if (type == GSK_CONTAINER_NODE)
    {
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        if (has_blurred_shadow (gsk_container_node_get_child (node, i)))
          return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (wrapping_nodes); i++)
    if (type == wrapping_nodes[i].type)
      return has_blurred_shadow (wrapping_nodes[i].child (node));

  return FALSE;
}

/* The lists on a site's page keep libadwaita's soft shadow with the GL
 * renderer, and only its outline with the cairo renderer, which would
 * blur it again on every frame (mbc_window_realize()). Run twice by
 * meson: as the other tests, and as window-cairo with GSK_RENDERER=cairo.
 */
static void
test_cards (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  gboolean cairo = GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (GTK_NATIVE (window)));
  g_autoptr(GskRenderNode) node = NULL;

  g_test_message ("renderer: %s", G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  mbc_test_activate (window, "win.show-site", "bones");
  mbc_test_wait_frame (GTK_WIDGET (window));

  node = draw_widget (GTK_WIDGET (window));
  g_assert_nonnull (node);

  g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (window), "cairo-drawn"), ==, cairo);
  g_assert_cmpint (has_blurred_shadow (node), ==, !cairo);

  mbc_test_close_window (window);
}

/* The views other than the body map, with words each of them shows. */
static const struct {
  const char *name;
  const char *words;
  GType     (*get_type) (void);
} other_views[] = {
  { "basics", "How Spread Is Found", mbc_basics_view_get_type },
  { "treatments", "Types of Treatment", mbc_treatments_view_get_type },
  { "questions", "Questions to Ask", mbc_questions_view_get_type },
  { "resources", "Where to Find Help", mbc_resources_view_get_type },
};

/* Each view opens, by its action and by Alt and its number. */
static void
test_views (void)
{
  static const char *order[] = { "map", "basics", "treatments", "questions", "resources" };
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);

  for (guint i = 0; i < G_N_ELEMENTS (other_views); i++)
    {
      mbc_test_activate (window, "win.view", other_views[i].name);
      g_assert_cmpstr (mbc_window_get_visible_view (window), ==, other_views[i].name);
      g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), other_views[i].words));
    }
  mbc_test_activate (window, "win.view", "map");
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "map");
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "All Parts of the Body"));

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *accelerator = g_strdup_printf ("<Alt>%u", i + 1);
      GtkShortcut *shortcut = mbc_test_find_shortcut (GTK_WIDGET (window), accelerator);

      g_assert_nonnull (shortcut);
      g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                   GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                   GTK_WIDGET (window),
                                                   gtk_shortcut_get_arguments (shortcut)));
      mbc_test_iterate (50);
      g_assert_cmpstr (mbc_window_get_visible_view (window), ==, order[i]);
    }

  mbc_test_close_window (window);
}

/* The window starts with the body map alone: each other view is made
 * the first time a person opens it, and is whole when it shows.
 */
static void
test_views_made_when_shown (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);

  /* Well after the first frame, none of the four is made yet. */
  mbc_test_iterate (200);
  for (guint i = 0; i < G_N_ELEMENTS (other_views); i++)
    g_assert_null (mbc_test_find_type (GTK_WIDGET (window), other_views[i].get_type ()));

  for (guint i = 0; i < G_N_ELEMENTS (other_views); i++)
    {
      GtkWidget *view;

      mbc_test_activate (window, "win.view", other_views[i].name);
      view = mbc_test_find_type (GTK_WIDGET (window), other_views[i].get_type ());
      g_assert_nonnull (view);
      g_assert_true (mbc_test_is_showing (view));
      g_assert_true (mbc_test_is_showing (mbc_test_find_label (view, other_views[i].words)));
      /* The others still wait. */
      for (guint j = i + 1; j < G_N_ELEMENTS (other_views); j++)
        g_assert_null (mbc_test_find_type (GTK_WIDGET (window), other_views[j].get_type ()));
    }

  /* Back and forth, each view is made once. */
  mbc_test_activate (window, "win.view", "map");
  mbc_test_activate (window, "win.view", "questions");
  {
    GtkWidget *view = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_QUESTIONS_VIEW);
    guint n = 0;

    for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_parent (view));
         w != NULL;
         w = gtk_widget_get_next_sibling (w))
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  mbc_test_close_window (window);
}

/* Every question is there, with the documents it comes from under it. */
static void
test_questions_sources (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GListModel *groups = mbc_content_get_question_groups (content);
  g_autofree char *text = NULL;
  guint n = 0;

  mbc_test_activate (window, "win.view", "questions");
  text = mbc_test_dup_visible_text (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MbcQuestionGroup) group = g_list_model_get_item (groups, i);
      GListModel *questions = mbc_question_group_get_questions (group);

      g_assert_nonnull (strstr (text, mbc_question_group_get_title (group)));
      for (guint j = 0; j < g_list_model_get_n_items (questions); j++, n++)
        {
          g_autoptr(MbcQuestion) question = g_list_model_get_item (questions, j);
          g_autofree char *names = mbc_page_text_dup_source_names (MBC_CONTENT_ITEM (question));
          g_autofree char *expected = g_strdup_printf ("%s\nSources: %s\n",
                                                       mbc_question_get_text (question), names);

          g_assert_nonnull (strstr (text, expected));
        }
    }

  g_test_message ("%u questions", n);
  mbc_test_close_window (window);
}

/* The emergency advice is on every view and follows the setting. */
static void
test_emergency_line (void)
{
  static const char *views[] = { "map", "basics", "treatments", "questions", "resources" };
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      mbc_test_activate (window, "win.view", views[i]);
      g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window),
                                             "This is not a diagnosis. In an emergency, call 911."));
    }

  g_settings_set_string (settings, "emergency-number", "112");
  mbc_test_iterate (50);
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "In an emergency, call 112."));

  /* A blank number falls back to the default rather than to nothing. */
  g_settings_set_string (settings, "emergency-number", "  ");
  mbc_test_iterate (50);
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "In an emergency, call 911."));
  g_settings_reset (settings, "emergency-number");

  mbc_test_close_window (window);
}

/* With text half as large again, as the large-text setting makes it,
 * every view still fits a 360 px window: labels wrap, nothing clips.
 */
static void
test_large_text (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window;
  g_autofree char *layout = NULL;
  int dpi;

  /* GNOME's title bar has only a close button; with three window
   * buttons and the language button, the header alone needs ~400 px at
   * this text size.
   */
  g_object_get (settings, "gtk-xft-dpi", &dpi, "gtk-decoration-layout", &layout, NULL);
  g_object_set (settings,
                "gtk-xft-dpi", 96 * 1024 * 3 / 2,
                "gtk-decoration-layout", "appmenu:close",
                NULL);
  window = mbc_test_open_window (content, 360, 720);

  mbc_test_assert_views_fit (window, 360);

  mbc_test_close_window (window);
  g_object_set (settings, "gtk-xft-dpi", dpi, "gtk-decoration-layout", layout, NULL);
}

/* At 360 pixels the switcher moves to the bottom, a site's page takes
 * the whole width, and nothing is wider than the window.
 */
/* The names of the views along @bar, none over another, with room
 * between them, so that none reads as part of the next.
 */
static void
collect_shown_labels (GtkWidget *widget,
                      GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shown_labels (child, labels);
}

static void
assert_names_apart (GtkWidget *bar)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));

  mbc_test_wait_frame (bar);
  collect_shown_labels (bar, labels);
  g_assert_cmpuint (labels->len, ==, 6);
  for (guint i = 0; i < labels->len; i++)
    {
      graphene_rect_t rect;

      g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (labels, i), bar, &rect));
      g_test_message ("%s: %.0f,%.0f to %.0f,%.0f",
                      gtk_label_get_label (g_ptr_array_index (labels, i)),
                      rect.origin.x, rect.origin.y,
                      rect.origin.x + rect.size.width, rect.origin.y + rect.size.height);
      for (guint j = 0; j < bounds->len; j++)
        {
          graphene_rect_t *other = &g_array_index (bounds, graphene_rect_t, j);
          double gap_x = MAX (other->origin.x - (rect.origin.x + rect.size.width),
                              rect.origin.x - (other->origin.x + other->size.width));
          double gap_y = MAX (other->origin.y - (rect.origin.y + rect.size.height),
                              rect.origin.y - (other->origin.y + other->size.height));

          g_assert_cmpfloat (MAX (gap_x, gap_y), >=, 4);
        }
      g_array_append_val (bounds, rect);
    }
}

/* Waits for the bar at the foot to slide in or out. */
static void
assert_bar_showing (GtkWidget *bar,
                    gboolean   showing)
{
  GtkWidget *revealer = gtk_widget_get_ancestor (bar, GTK_TYPE_REVEALER);

  g_assert_nonnull (revealer);
  g_assert_cmpint (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)), ==, showing);
  for (guint i = 0; i < 300 && mbc_test_is_showing (bar) != showing; i++)
    mbc_test_iterate (10);
  g_assert_cmpint (mbc_test_is_showing (bar), ==, showing);
}

static void
test_narrow (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 360, 720);
  GtkWidget *bar = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_VIEW_BAR);
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);

  g_assert_nonnull (bar);
  assert_bar_showing (bar, TRUE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  mbc_test_assert_views_fit (window, 360);
  /* All six, with My Diary. */
  g_assert_true (mbc_diary_load (diary, NULL));
  mbc_diary_set_content (diary, content);
  mbc_window_set_diary (window, diary);
  assert_names_apart (bar);

  /* Choosing a site moves on to its page; Back returns to the map. */
  mbc_test_activate (window, "win.view", "map");
  mbc_test_activate (window, "win.show-site", "brain");
  mbc_test_iterate (400);
  g_assert_true (mbc_test_is_showing (site_page (window)));
  g_assert_nonnull (mbc_test_wait_for_label (site_page (window), "Seizures"));

  mbc_test_activate (gtk_widget_get_ancestor (site_page (window), MBC_TYPE_MAP_VIEW), "map.back", NULL);
  mbc_test_iterate (400);
  g_assert_true (mbc_test_is_showing (mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_BODY_MAP)));

  mbc_test_close_window (window);
}

static void
test_wide (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1280, 900);
  GtkWidget *bar = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_VIEW_BAR);

  g_assert_nonnull (bar);
  assert_bar_showing (bar, FALSE);

  /* Before a site is chosen, the page beside the map says what will
   * show there, under a heading.
   */
  {
    GtkWidget *heading = mbc_test_find_exact_label (site_page (window), "Choose a Part of the Body");

    g_assert_nonnull (heading);
    g_assert_true (mbc_test_is_showing (heading));
    g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (heading)), ==,
                     GTK_ACCESSIBLE_ROLE_HEADING);
    g_assert_true (mbc_test_is_showing (mbc_test_find_label (site_page (window),
                                                             "Not every change means the cancer is growing")));
  }

  /* Map and page side by side. */
  mbc_test_activate (window, "win.show-site", "bones");
  g_assert_true (mbc_test_is_showing (site_page (window)));
  g_assert_true (mbc_test_is_showing (mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_BODY_MAP)));

  mbc_test_close_window (window);
}

/* The window comes back with the size and view it had. */
static void
test_remembers (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MbcWindow *window = mbc_test_open_window (content, 900, 700);
  g_autofree char *last_view = NULL;

  mbc_test_activate (window, "win.view", "questions");
  gtk_window_close (GTK_WINDOW (window));
  mbc_test_iterate (50);

  last_view = g_settings_get_string (settings, "last-view");
  g_assert_cmpstr (last_view, ==, "questions");
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);

  window = mbc_window_new (NULL, content, NULL);
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "questions");
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 700);
  }
  mbc_test_close_window (window);

  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static gboolean
has_label (GtkWidget *widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* Whether a screen reader has words for @widget: its own accessible
 * label, or a label a person can see inside it.
 */
static gboolean
is_named (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (has_label (widget))
    return TRUE;

  /* The button inside a GtkMenuButton speaks with the menu button's name. */
  if (GTK_IS_MENU_BUTTON (parent) && has_label (parent))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && mbc_test_is_showing (child) &&
         *gtk_label_get_text (GTK_LABEL (child)) != '\0') ||
        is_named (child))
      return TRUE;

  return FALSE;
}

/* Every button a person can reach has a name a screen reader can say. */
static void
assert_buttons_named (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && mbc_test_is_showing (widget) && !is_named (widget))
    g_error ("A %s with the tooltip “%s” has no accessible name",
             G_OBJECT_TYPE_NAME (widget), gtk_widget_get_tooltip_text (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_buttons_named (child);
}

static void
test_buttons_named (void)
{
  static const char *views[] = { "map", "basics", "treatments", "questions", "resources" };
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);

  mbc_test_activate (window, "win.show-site", "lymph-nodes");
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      mbc_test_activate (window, "win.view", views[i]);
      assert_buttons_named (GTK_WIDGET (window));
    }

  mbc_test_close_window (window);
}

/* Tab alone walks through every part of the window a person uses. */
static void
test_keyboard_reach (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GtkWidget *map = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_BODY_MAP);
  gboolean on_map = FALSE;
  gboolean on_site_row = FALSE;
  gboolean on_switcher = FALSE;

  for (guint i = 0; i < 60; i++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);

      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus == NULL)
        continue;

      on_map |= gtk_widget_is_ancestor (focus, map);
      on_site_row |= ADW_IS_ACTION_ROW (focus);
      on_switcher |= gtk_widget_get_ancestor (focus, ADW_TYPE_VIEW_SWITCHER) != NULL;
    }

  g_assert_true (on_switcher);
  g_assert_true (on_map);
  g_assert_true (on_site_row);

  /* In Resources, the guide's search button and the contact buttons. */
  mbc_test_activate (window, "win.view", "resources");
  {
    gboolean on_search = FALSE;
    gboolean on_copy = FALSE;

    for (guint i = 0; i < 60; i++)
      {
        GtkWidget *focus;

        gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
        focus = gtk_root_get_focus (GTK_ROOT (window));
        if (focus == NULL)
          continue;

        on_search |= GTK_IS_TOGGLE_BUTTON (focus) &&
                     g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (focus)),
                                "system-search-symbolic") == 0;
        on_copy |= GTK_IS_BUTTON (focus) && gtk_widget_has_css_class (focus, "touch-target");
      }

    g_assert_true (on_search);
    g_assert_true (on_copy);
  }

  mbc_test_close_window (window);
}

/* About lists the sources and says the app is not a diagnosis. */
static void
test_about (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  GtkWindow *about = NULL;
  GListModel *toplevels;

  mbc_test_activate (window, "win.about", NULL);

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && about == NULL; i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        about = toplevel;
    }

  g_assert_nonnull (about);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_about_window_get_comments (ADW_ABOUT_WINDOW (about)),
                            "does not give a diagnosis"));

  gtk_window_destroy (about);
  mbc_test_close_window (window);
}

/* Every button a finger might use is at least 44 pixels each way. */
static guint
assert_touch_targets (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "touch-target") &&
      mbc_test_is_showing (widget))
    {
      g_assert_cmpint (gtk_widget_get_width (widget), >=, 44);
      g_assert_cmpint (gtk_widget_get_height (widget), >=, 44);
      n++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_touch_targets (child);

  return n;
}

static void
test_touch_targets (void)
{
  static const char *views[] = { "questions", "resources" };
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 360, 720);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      mbc_test_activate (window, "win.view", views[i]);
      mbc_test_iterate (100);
      g_assert_cmpuint (assert_touch_targets (GTK_WIDGET (window)), >, 3);
    }

  mbc_test_close_window (window);
}

/* Without content the window says why, instead of showing nothing. */
static void
test_no_content (void)
{
  GError error = { MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX, (char *) "sites.json:3:7: oops" };
  MbcWindow *window = mbc_window_new (NULL, NULL, &error);

  mbc_test_show_window (GTK_WINDOW (window), 800, 600);
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "The Information Could Not Be Loaded"));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "sites.json:3:7: oops"));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (window), "In an emergency, call 911."));

  mbc_test_close_window (window);
}

/* The first button under a sign of the site page that records it in
 * the diary, or NULL.
 */
static GtkWidget *
find_record_button (GtkWidget *widget)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.diary-record") == 0 &&
      mbc_test_is_showing (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_record_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* At home the guide has My Diary: its view, by action and by Alt+6, and
 * under each sign of a site a button that records it there. Without a
 * diary (a workstation) none of it is there.
 */
static void
test_diary (void)
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  GtkShortcut *shortcut;
  GtkWidget *button;
  GVariant *target;
  MbcDiaryRecordDialog *dialog = NULL;
  g_autoptr(MbcDiaryEntry) entry = NULL;

  /* No diary yet: no view, no buttons. */
  mbc_test_activate (window, "win.show-site", "bones");
  mbc_test_wait_frame (GTK_WIDGET (window));
  g_assert_null (find_record_button (GTK_WIDGET (window)));
  /* The parts of the body have no menu to record from. */
  {
    GtkWidget *map = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_BODY_MAP);
    GtkWidget *region = mbc_body_map_get_region (MBC_BODY_MAP (map), "bones");

    g_assert_true (gtk_widget_activate_action (region, "region.menu", NULL));
    mbc_test_iterate (50);
    for (GtkWidget *child = gtk_widget_get_first_child (region); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      g_assert_false (GTK_IS_POPOVER (child));
  }
  /* Nothing opens to record a sign. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.diary-record", "s", "");
  mbc_test_iterate (50);
  g_assert_null (mbc_test_find_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG));
  mbc_test_activate (window, "win.view", "diary");
  g_assert_cmpstr (mbc_window_get_visible_view (window), !=, "diary");

  g_assert_true (mbc_diary_load (diary, NULL));
  mbc_diary_set_content (diary, content);
  mbc_window_set_diary (window, diary);

  /* Alt+6 opens it. */
  shortcut = mbc_test_find_shortcut (GTK_WIDGET (window), "<Alt>6");
  g_assert_nonnull (shortcut);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                               GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                               GTK_WIDGET (window),
                                               gtk_shortcut_get_arguments (shortcut)));
  mbc_test_iterate (50);
  g_assert_cmpstr (mbc_window_get_visible_view (window), ==, "diary");
  g_assert_true (mbc_test_is_showing (mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_DIARY_VIEW)));

  /* A sign of the bones, recorded from its row. */
  mbc_test_activate (window, "win.show-site", "bones");
  mbc_test_wait_frame (GTK_WIDGET (window));
  button = find_record_button (GTK_WIDGET (window));
  g_assert_nonnull (button);
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_nonnull (target);
  {
    g_autofree char *name = NULL;
    MbcSymptom *symptom = mbc_diary_find_symptom (diary, g_variant_get_string (target, NULL));

    g_assert_nonnull (symptom);
    name = g_strdup_printf ("Record “%s” in My Diary", mbc_symptom_get_text (symptom));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  }
  g_assert_true (gtk_widget_activate (button));
  for (guint i = 0; i < 100 && (dialog = (MbcDiaryRecordDialog *) mbc_test_find_toplevel (MBC_TYPE_DIARY_RECORD_DIALOG)) == NULL; i++)
    mbc_test_iterate (10);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  /* Save (Ctrl+Return) keeps what the dialog holds: the sign, now. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.save", NULL));
  for (guint i = 0; i < 100 && g_list_model_get_n_items (G_LIST_MODEL (diary)) == 0; i++)
    mbc_test_iterate (10);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 1);
  entry = g_list_model_get_item (G_LIST_MODEL (diary), 0);
  g_assert_cmpint (mbc_diary_entry_get_kind (entry), ==, MBC_DIARY_KIND_SIGN);
  g_assert_cmpstr (mbc_diary_entry_get_sign_id (entry), ==, g_variant_get_string (target, NULL));

  /* Taken away again, as a workstation has it. */
  mbc_window_set_diary (window, NULL);
  mbc_test_wait_frame (GTK_WIDGET (window));
  g_assert_null (find_record_button (GTK_WIDGET (window)));

  mbc_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);

  g_test_add_func ("/mbc/window/liver-shows-jaundice", test_liver_shows_jaundice);
  g_test_add_func ("/mbc/window/every-site", test_every_site);
  g_test_add_func ("/mbc/window/site-change-drawing", test_site_change_drawing);
  g_test_add_func ("/mbc/window/cards", test_cards);
  g_test_add_func ("/mbc/window/views", test_views);
  g_test_add_func ("/mbc/window/views-made-when-shown", test_views_made_when_shown);
  g_test_add_func ("/mbc/window/questions-sources", test_questions_sources);
  g_test_add_func ("/mbc/window/large-text", test_large_text);
  g_test_add_func ("/mbc/window/emergency-line", test_emergency_line);
  g_test_add_func ("/mbc/window/narrow", test_narrow);
  g_test_add_func ("/mbc/window/wide", test_wide);
  g_test_add_func ("/mbc/window/remembers", test_remembers);
  g_test_add_func ("/mbc/window/buttons-named", test_buttons_named);
  g_test_add_func ("/mbc/window/keyboard-reach", test_keyboard_reach);
  g_test_add_func ("/mbc/window/about", test_about);
  g_test_add_func ("/mbc/window/touch-targets", test_touch_targets);
  g_test_add_func ("/mbc/window/no-content", test_no_content);
  g_test_add_func ("/mbc/window/diary", test_diary);

  return g_test_run ();
}
