/* test-resources-view.c: where to find help, as a list that makes rows
 * only for what is on screen
 *
 * The view shows the content's resources in order, with the built-in
 * content and with a hospital's pack of 2,000 resources; it makes rows
 * for about a screenful; it goes to one resource when asked, even
 * before it is drawn; and each row says, shows and does what a
 * resource's row always has, in English and in Spanish.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-language.h"
#include "mbc-links.h"
#include "mbc-page-text.h"
#include "mbc-resource.h"
#include "mbc-resource-row.h"
#include "mbc-resources-view.h"
#include "mbc-test-util.h"

#define N_PACK_RESOURCES 2000

/* A hospital's pack of @n resources, each a service at some place, in
 * English and in Spanish, with a phone number. Returns its folder.
 */
static char *
write_pack (guint n)
{
  static const char *places[] = { "Northside", "Riverside", "Downtown", "Eastgate" };
  static const char *services[] = { "support group", "social work", "nurse line", "transport" };
  static const char *services_es[] = { "grupo de apoyo", "trabajo social",
                                       "línea de enfermería", "transporte" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new ("{\n  \"resources\": [\n");
  char *folder = g_dir_make_tmp ("mbc-resources-view-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "    {\n"
                            "      \"id\": \"city-resource-%u\",\n"
                            "      \"name\": \"%s %s %u\",\n"
                            "      \"name@es\": \"%s %s %u\",\n"
                            "      \"description\": \"Help from the %s team, on floor %u.\",\n"
                            "      \"description@es\": \"Ayuda del equipo de %s, en el piso %u.\",\n"
                            "      \"phone\": \"555-%04u\",\n"
                            "      \"sources\": [\"komen\"]\n"
                            "    }%s\n",
                            i,
                            places[i % G_N_ELEMENTS (places)], services[i % G_N_ELEMENTS (services)], i,
                            services_es[i % G_N_ELEMENTS (services)], places[i % G_N_ELEMENTS (places)], i,
                            services[i % G_N_ELEMENTS (services)], i % 12,
                            services_es[i % G_N_ELEMENTS (services)], i % 12,
                            i, i + 1 < n ? "," : "");
  g_string_append (json, "  ]\n}\n");
  mbc_test_write_file (folder, "resources.json", json->str);

  return folder;
}

static MbcResource *
get_resource (MbcContent *content,
              guint       position)
{
  g_autoptr(MbcResource) resource = g_list_model_get_item (mbc_content_get_resources (content),
                                                           position);

  return resource;
}

static MbcResourcesView *
open_resources (MbcWindow *window)
{
  GtkWidget *view;

  mbc_test_activate (window, "win.view", "resources");
  view = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_RESOURCES_VIEW);
  g_assert_nonnull (view);
  mbc_test_wait_frame (view);

  return MBC_RESOURCES_VIEW (view);
}

/* The list's scrolled window (the heading above has one of its own). */
static GtkWidget *
get_scroller (MbcResourcesView *view)
{
  GtkWidget *list = mbc_test_find_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW);
  GtkWidget *scroller = list != NULL ? gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW) : NULL;

  g_assert_nonnull (scroller);

  return scroller;
}

/* Whether a person sees @row: shown, and at least partly inside the
 * scrolled window's frame.
 */
static gboolean
is_on_screen (MbcResourcesView *view,
              GtkWidget        *row)
{
  GtkWidget *scroller = get_scroller (view);
  graphene_rect_t bounds;

  if (!mbc_test_is_showing (row) || !gtk_widget_compute_bounds (row, scroller, &bounds))
    return FALSE;

  return bounds.origin.y + bounds.size.height > 0 &&
         bounds.origin.y < gtk_widget_get_height (scroller);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (MBC_IS_RESOURCE_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* Every row widget that exists under @root, on screen or not. */
static GPtrArray *
dup_all_rows (GtkWidget *root)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (root, rows);

  return rows;
}

static double
row_top (GtkWidget *row)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (row, GTK_WIDGET (gtk_widget_get_root (row)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));

  return point.y;
}

static int
compare_tops (gconstpointer a,
              gconstpointer b)
{
  double top_a = row_top (*(GtkWidget **) a);
  double top_b = row_top (*(GtkWidget **) b);

  return top_a < top_b ? -1 : top_a > top_b;
}

/* The names a person reads on the rows on screen, from top to bottom,
 * as the rows' headings show them.
 */
static GStrv
dup_shown_names (MbcResourcesView *view)
{
  g_autoptr(GPtrArray) rows = dup_all_rows (GTK_WIDGET (view));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_ptr_array_sort (rows, compare_tops);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *heading = gtk_widget_get_first_child (row);

      if (!is_on_screen (view, row))
        continue;

      g_assert_true (GTK_IS_LABEL (heading));
      g_assert_true (gtk_widget_has_css_class (heading, "heading"));
      g_strv_builder_add (names, gtk_label_get_text (GTK_LABEL (heading)));
    }

  return g_strv_builder_end (names);
}

/* The row that shows the resource named @name, on screen; NULL if none. */
static GtkWidget *
find_shown_row (MbcResourcesView *view,
                const char       *name)
{
  g_autoptr(GPtrArray) rows = dup_all_rows (GTK_WIDGET (view));

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      MbcResource *resource = mbc_resource_row_get_resource (MBC_RESOURCE_ROW (row));

      if (resource != NULL && g_str_equal (mbc_resource_get_name (resource), name) &&
          is_on_screen (view, row))
        return row;
    }

  return NULL;
}

/* The rows on screen show the resources from @first on, in order. */
static void
assert_shown_in_order (MbcResourcesView *view,
                       MbcContent       *content,
                       guint             first)
{
  g_auto(GStrv) names = dup_shown_names (view);
  guint n = g_strv_length (names);

  g_test_message ("%u rows on screen from %u: %s …", n, first, n > 0 ? names[0] : "");
  g_assert_cmpuint (n, >=, 2);
  for (guint i = 0; i < n; i++)
    {
      MbcResource *resource = get_resource (content, first + i);
      GtkWidget *row = find_shown_row (view, mbc_resource_get_name (resource));
      g_autofree char *sources = mbc_page_text_dup_source_names (MBC_CONTENT_ITEM (resource));

      g_assert_cmpstr (names[i], ==, mbc_resource_get_name (resource));
      /* Each in full: its description and its sources, not its name alone. */
      g_assert_nonnull (mbc_test_find_exact_label (row, mbc_resource_get_description (resource)));
      g_assert_nonnull (mbc_test_find_label (row, sources));
    }
}

/* The button of @row whose visible word is @word. */
static GtkWidget *
find_button (GtkWidget  *row,
             const char *word)
{
  GtkWidget *label = mbc_test_find_exact_label (row, word);
  GtkWidget *button;

  g_assert_nonnull (label);
  button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);

  return button;
}

static void
assert_button (GtkWidget  *button,
               const char *accessible_name)
{
  gtk_test_accessible_assert_role (button, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name);
  g_assert_true (mbc_test_is_showing (button));
  g_assert_cmpint (gtk_widget_get_width (button), >=, 44);
  g_assert_cmpint (gtk_widget_get_height (button), >=, 44);
}

static void
painted_cb (GdkFrameClock *clock,
            gint64        *painted)
{
  if (*painted == 0)
    *painted = g_get_monotonic_time ();
}

/* Opens Resources in @window, as Alt+5 does, and returns how long it
 * took to the frame painted with it, in milliseconds: reported, never
 * asserted (the benchmark measures speed). @view is the view, as that
 * first frame showed it.
 */
static double
time_opening (MbcWindow         *window,
              MbcResourcesView **view)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gint64 painted = 0;
  gint64 start;
  gulong handler;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  start = g_get_monotonic_time ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "resources"));
  while (painted == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  *view = MBC_RESOURCES_VIEW (mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_RESOURCES_VIEW));
  g_assert_nonnull (*view);

  return (painted - start) / 1000.0;
}

/* With the content that ships: the resources in order, each row a list
 * item named by its resource, with every line and button it had.
 */
static void
test_builtin (void)
{
  MbcContent *content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  MbcResourcesView *view;
  double opening = time_opening (window, &view);
  MbcResource *first = get_resource (content, 0);
  const char *name = mbc_resource_get_name (first);
  g_autofree char *call = g_strdup_printf ("Call %s", name);
  g_autofree char *copy = g_strdup_printf ("Copy the phone number of %s", name);
  g_autofree char *write = g_strdup_printf ("Write an email to %s", name);
  g_autofree char *open = g_strdup_printf ("Open the website of %s", name);
  GtkWidget *list = mbc_test_find_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW);
  GtkWidget *row;

  g_test_message ("Opening the view with %u resources, to its painted frame: %.1f ms",
                  g_list_model_get_n_items (mbc_content_get_resources (content)), opening);

  /* The heading and the words under it, as before. */
  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (view), "Where to Find Help"));
  g_assert_nonnull (mbc_test_find_label (GTK_WIDGET (view), "check them before you call"));

  assert_shown_in_order (view, content, 0);

  g_assert_nonnull (list);
  gtk_test_accessible_assert_role (list, GTK_ACCESSIBLE_ROLE_LIST);
  gtk_test_accessible_assert_property (list, GTK_ACCESSIBLE_PROPERTY_LABEL, "Resources");

  row = find_shown_row (view, name);
  g_assert_nonnull (row);
  gtk_test_accessible_assert_role (gtk_widget_get_parent (row), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  gtk_test_accessible_assert_role (row, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, name);

  /* Every line the first resource has: it has them all. */
  g_assert_nonnull (mbc_test_find_exact_label (row, mbc_resource_get_description (first)));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Languages: English, Spanish"));
  g_assert_nonnull (mbc_test_find_exact_label (row, mbc_resource_get_hours (first)));
  g_assert_nonnull (mbc_test_find_exact_label (row, mbc_resource_get_phone (first)));
  g_assert_nonnull (mbc_test_find_exact_label (row, mbc_resource_get_email (first)));
  g_assert_nonnull (mbc_test_find_exact_label (row, mbc_resource_get_website (first)));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Sources: Susan G. Komen"));
  /* The guide's own resources are not marked as the hospital's. */
  g_assert_null (mbc_test_find_exact_label (row, "From this hospital"));

  assert_button (find_button (row, "Copy"), copy);
  assert_button (find_button (row, "Call"), call);
  assert_button (find_button (row, "Write"), write);
  assert_button (find_button (row, "Open"), open);

  mbc_test_close_window (window);
  g_assert_finalize_object (content);
}

typedef struct
{
  GVariant *open_uri;
  GVariant *copy_text;
} Caught;

static void
caught_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  Caught *caught = user_data;
  GVariant **where = g_str_equal (g_action_get_name (G_ACTION (action)), "open-uri")
                     ? &caught->open_uri : &caught->copy_text;

  g_clear_pointer (where, g_variant_unref);
  *where = g_variant_ref (parameter);
}

/* Presses @button as Space or Enter does (it shows itself pressed for a
 * moment, then does its work), with @group answering its "win" actions.
 * GTK 4.8 finds the window's own "win" actions before a group put on any
 * widget between the button and the window: @group goes on the button.
 */
static void
press (GtkWidget    *button,
       GActionGroup *group)
{
  gtk_widget_insert_action_group (button, "win", group);
  g_assert_true (gtk_widget_activate (button));
  mbc_test_iterate (400);
  gtk_widget_insert_action_group (button, "win", NULL);
}

/* The buttons ask the window to act: Call opens the tel: link, Copy
 * copies the number, Write and Open their links.
 */
static void
test_buttons (void)
{
  static const GActionEntry entries[] = {
    { "open-uri", caught_cb, "s" },
    { "copy-text", caught_cb, "(ss)" },
  };
  MbcContent *content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  MbcResourcesView *view = open_resources (window);
  MbcResource *first = get_resource (content, 0);
  GSimpleActionGroup *group = g_simple_action_group_new ();
  g_autofree char *tel = mbc_links_phone_uri (mbc_resource_get_phone (first));
  g_autofree char *mailto = mbc_links_email_uri (mbc_resource_get_email (first));
  Caught caught = { NULL, NULL };
  GtkWidget *row;

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), &caught);

  row = find_shown_row (view, mbc_resource_get_name (first));
  g_assert_nonnull (row);

  g_assert_true (g_str_has_prefix (tel, "tel:"));
  press (find_button (row, "Call"), G_ACTION_GROUP (group));
  g_assert_nonnull (caught.open_uri);
  g_assert_cmpstr (g_variant_get_string (caught.open_uri, NULL), ==, tel);

  press (find_button (row, "Write"), G_ACTION_GROUP (group));
  g_assert_cmpstr (g_variant_get_string (caught.open_uri, NULL), ==, mailto);

  press (find_button (row, "Open"), G_ACTION_GROUP (group));
  g_assert_cmpstr (g_variant_get_string (caught.open_uri, NULL), ==,
                   mbc_resource_get_website (first));

  press (find_button (row, "Copy"), G_ACTION_GROUP (group));
  g_assert_nonnull (caught.copy_text);
  {
    const char *text, *toast;

    g_variant_get (caught.copy_text, "(&s&s)", &text, &toast);
    g_assert_cmpstr (text, ==, mbc_resource_get_phone (first));
    g_assert_cmpstr (toast, ==, "Copied");
  }

  g_assert_finalize_object (group);
  g_clear_pointer (&caught.open_uri, g_variant_unref);
  g_clear_pointer (&caught.copy_text, g_variant_unref);

  mbc_test_close_window (window);
  g_assert_finalize_object (content);
}

/* Tab goes from a row to each of its buttons, then on to the next row,
 * and Shift+Tab comes back.
 */
static void
test_keyboard (void)
{
  MbcContent *content = mbc_test_load_content ();
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  MbcResourcesView *view = open_resources (window);
  MbcResource *first = get_resource (content, 0);
  MbcResource *second = get_resource (content, 1);
  GtkWidget *row = find_shown_row (view, mbc_resource_get_name (first));
  GtkWidget *buttons[4];
  gboolean reached[G_N_ELEMENTS (buttons)] = { FALSE, };
  GtkWidget *next = NULL;
  GtkWidget *focus;

  g_assert_nonnull (row);
  buttons[0] = find_button (row, "Copy");
  buttons[1] = find_button (row, "Call");
  buttons[2] = find_button (row, "Write");
  buttons[3] = find_button (row, "Open");

  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == row);

  for (guint i = 0; i < 20 && next == NULL; i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      mbc_test_wait_frame (GTK_WIDGET (window));
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);

      for (guint j = 0; j < G_N_ELEMENTS (buttons); j++)
        reached[j] |= focus == buttons[j];

      if (!gtk_widget_is_ancestor (focus, row) && focus != row)
        next = MBC_IS_RESOURCE_ROW (focus) ? focus : gtk_widget_get_ancestor (focus,
                                                                              MBC_TYPE_RESOURCE_ROW);
    }

  for (guint j = 0; j < G_N_ELEMENTS (buttons); j++)
    g_assert_true (reached[j]);

  /* On to the next resource's row itself, which a screen reader names. */
  g_assert_nonnull (next);
  g_assert_true (focus == next);
  g_assert_true (mbc_resource_row_get_resource (MBC_RESOURCE_ROW (next)) == second);

  /* And back to the last button of the first. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == buttons[3]);

  mbc_test_close_window (window);
  g_assert_finalize_object (content);
}

/* With a pack of 2,000: the rows made are a screenful, in order, the
 * last resource is there at the end, and the hospital's own are marked.
 */
static void
test_pack (void)
{
  g_autofree char *folder = write_pack (N_PACK_RESOURCES);
  MbcContent *content = mbc_test_load_content_with_pack (folder);
  GListModel *resources = mbc_content_get_resources (content);
  guint n = g_list_model_get_n_items (resources);
  MbcResource *last = get_resource (content, n - 1);
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  MbcResourcesView *view;
  double opening = time_opening (window, &view);
  g_autofree char *call_last = g_strdup_printf ("Call %s", mbc_resource_get_name (last));
  GtkAdjustment *adjustment;
  GtkWidget *row = NULL;

  g_test_message ("Opening the view with %u resources, to its painted frame: %.1f ms",
                  n, opening);
  g_assert_cmpuint (n, >, N_PACK_RESOURCES);
  /* In full from the first frame. */
  assert_shown_in_order (view, content, 0);

  /* The list is given a screenful for its first frame, and the rest
   * over the frames after, a few rows' work each.
   */
  {
    GtkWidget *list = mbc_test_find_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW);
    GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
    guint first = g_list_model_get_n_items (model);

    g_test_message ("%u resources in the list at its first frame", first);
    g_assert_cmpuint (first, <, 100);
    for (guint i = 0; i < 200 && g_list_model_get_n_items (model) < n; i++)
      mbc_test_wait_frame (GTK_WIDGET (window));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  }

  /* GTK 4.8's list makes some two hundred rows, whatever the screen
   * holds; only those near the screen show their resource in full.
   */
  {
    g_autoptr(GPtrArray) rows = dup_all_rows (GTK_WIDGET (window));
    guint full = 0;

    for (guint i = 0; i < rows->len; i++)
      full += !mbc_resource_row_get_brief (g_ptr_array_index (rows, i));

    g_test_message ("%u rows made for %u resources, %u of them in full", rows->len, n, full);
    g_assert_cmpuint (rows->len, <, 250);
    g_assert_cmpuint (full, <, 60);
  }

  /* To the end, as the scroll bar's handle dragged to its foot: the list
   * learns the height of the rows it makes, so the end may move.
   */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (get_scroller (view)));
  for (guint i = 0; i < 100 && row == NULL; i++)
    {
      gtk_adjustment_set_value (adjustment,
                                gtk_adjustment_get_upper (adjustment) -
                                gtk_adjustment_get_page_size (adjustment));
      mbc_test_wait_frame (GTK_WIDGET (window));
      row = find_shown_row (view, mbc_resource_get_name (last));
    }
  g_assert_nonnull (row);
  /* A jump this far gives rows their resources in brief for a frame, as
   * the ones far off screen are (mbc-resources-view.c): then in full.
   */
  for (guint i = 0; i < 10 && mbc_test_find_exact_label (row, "From this hospital") == NULL; i++)
    mbc_test_wait_frame (GTK_WIDGET (window));
  g_assert_nonnull (mbc_test_find_exact_label (row, "From this hospital"));
  g_assert_nonnull (mbc_test_find_exact_label (row, mbc_resource_get_phone (last)));
  assert_button (find_button (row, "Call"), call_last);

  {
    g_auto(GStrv) names = dup_shown_names (view);
    guint shown = g_strv_length (names);

    g_assert_cmpstr (names[shown - 1], ==, mbc_resource_get_name (last));
    assert_shown_in_order (view, content, n - shown);
  }

  {
    g_autoptr(GPtrArray) rows = dup_all_rows (GTK_WIDGET (window));

    g_test_message ("%u rows made at the end", rows->len);
    g_assert_cmpuint (rows->len, <, 250);
  }

  mbc_test_close_window (window);
  g_assert_finalize_object (content);
  mbc_test_remove_tree (folder);
}

/* The view goes to one resource of the 2,000 when asked, even as the
 * window asks it, just made and not yet drawn: its row comes on screen
 * with the keyboard focus, marked for a moment.
 */
static void
test_show_resource (void)
{
  g_autofree char *folder = write_pack (N_PACK_RESOURCES);
  MbcContent *content = mbc_test_load_content_with_pack (folder);
  MbcWindow *window = mbc_test_open_window (content, 1100, 800);
  MbcResource *wanted = MBC_RESOURCE (mbc_content_find_item (content,
                                                             mbc_content_get_resources (content),
                                                             "city-resource-1499"));
  MbcResourcesView *view;
  GtkAdjustment *adjustment;
  GtkWidget *row = NULL;
  GtkWidget *focus;
  double value;

  g_assert_nonnull (wanted);

  /* The view is made as it is chosen, and asked at once. */
  g_assert_null (mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_RESOURCES_VIEW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "resources"));
  view = MBC_RESOURCES_VIEW (mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_RESOURCES_VIEW));
  g_assert_nonnull (view);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)) &&
                  gtk_widget_get_height (GTK_WIDGET (view)) > 0);

  g_assert_true (mbc_resources_view_show_resource (view, "city-resource-1499"));

  for (guint i = 0; i < 100 && row == NULL; i++)
    {
      mbc_test_wait_frame (GTK_WIDGET (window));
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (MBC_IS_RESOURCE_ROW (focus) &&
          mbc_resource_row_get_resource (MBC_RESOURCE_ROW (focus)) == wanted)
        row = focus;
    }

  g_assert_nonnull (row);
  g_assert_true (is_on_screen (view, row));
  g_assert_true (gtk_widget_has_css_class (row, "search-mark"));
  g_assert_nonnull (mbc_test_find_exact_label (row, mbc_resource_get_name (wanted)));
  g_assert_true (row == find_shown_row (view, mbc_resource_get_name (wanted)));

  /* Whole on screen, not cut by the frame. */
  {
    graphene_rect_t bounds;
    GtkWidget *scroller = get_scroller (view);

    g_assert_true (gtk_widget_compute_bounds (row, scroller, &bounds));
    g_assert_cmpfloat (bounds.origin.y, >=, 0);
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));
  }

  /* Marked for a moment only. */
  mbc_test_iterate (2500);
  g_assert_false (gtk_widget_has_css_class (row, "search-mark"));

  /* An id the content does not have: nothing moves. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (get_scroller (view)));
  value = gtk_adjustment_get_value (adjustment);
  g_assert_false (mbc_resources_view_show_resource (view, "no-such-resource"));
  mbc_test_wait_frame (GTK_WIDGET (window));
  mbc_test_wait_frame (GTK_WIDGET (window));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, value);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == row);

  /* And back to the first, which is far above. */
  g_assert_true (mbc_resources_view_show_resource (view, "komen-helpline"));
  row = NULL;
  for (guint i = 0; i < 100 && row == NULL; i++)
    {
      mbc_test_wait_frame (GTK_WIDGET (window));
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (MBC_IS_RESOURCE_ROW (focus) &&
          mbc_resource_row_get_resource (MBC_RESOURCE_ROW (focus)) == get_resource (content, 0))
        row = focus;
    }
  g_assert_nonnull (row);
  g_assert_true (is_on_screen (view, row));
  g_assert_true (gtk_widget_has_css_class (row, "search-mark"));

  mbc_test_close_window (window);
  g_assert_finalize_object (content);
  mbc_test_remove_tree (folder);
}

/* In Spanish, the rows say everything in Spanish, the pack's own words
 * too.
 */
static void
test_spanish (void)
{
  g_autofree char *folder = write_pack (20);
  MbcContent *content;
  MbcWindow *window;
  MbcResourcesView *view;
  MbcResource *first;
  g_autofree char *call = NULL;
  GtkWidget *row = NULL;

  g_assert_true (mbc_language_set ("es"));
  content = mbc_test_load_content_with_pack (folder);
  window = mbc_test_open_window (content, 1100, 800);
  view = open_resources (window);
  first = get_resource (content, 0);

  g_assert_nonnull (mbc_test_find_exact_label (GTK_WIDGET (view), "Dónde encontrar ayuda"));
  g_assert_cmpstr (mbc_resource_get_name (first), ==,
                   "Komen Breast Care Helpline (línea de ayuda de Komen)");
  assert_shown_in_order (view, content, 0);

  row = find_shown_row (view, mbc_resource_get_name (first));
  g_assert_nonnull (row);
  g_assert_nonnull (mbc_test_find_exact_label (row, "Idiomas: inglés, español"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Fuentes: Susan G. Komen"));
  call = g_strdup_printf ("Llamar a %s", mbc_resource_get_name (first));
  assert_button (find_button (row, "Llamar"), call);

  /* The pack's own resource, in its Spanish. */
  g_assert_true (mbc_resources_view_show_resource (view, "city-resource-5"));
  row = NULL;
  for (guint i = 0; i < 100 && row == NULL; i++)
    {
      mbc_test_wait_frame (GTK_WIDGET (window));
      row = find_shown_row (view, "trabajo social Riverside 5");
    }
  g_assert_nonnull (row);
  g_assert_nonnull (mbc_test_find_exact_label (row, "De este hospital"));
  g_assert_nonnull (mbc_test_find_exact_label (row, "Ayuda del equipo de trabajo social, en el piso 5."));

  mbc_test_close_window (window);
  g_assert_finalize_object (content);
  mbc_test_remove_tree (folder);
  mbc_language_set ("en");
}


int
main (int   argc,
      char *argv[])
{
  mbc_test_init (&argc, &argv);

  g_test_add_func ("/mbc/resources-view/builtin", test_builtin);
  g_test_add_func ("/mbc/resources-view/buttons", test_buttons);
  g_test_add_func ("/mbc/resources-view/keyboard", test_keyboard);
  g_test_add_func ("/mbc/resources-view/pack", test_pack);
  g_test_add_func ("/mbc/resources-view/show-resource", test_show_resource);
  g_test_add_func ("/mbc/resources-view/spanish", test_spanish);

  return g_test_run ();
}
