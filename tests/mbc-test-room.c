/* mbc-test-room.c: whether every text has its room, and every target
 * its size
 *
 * A window is checked as a person sees it: each label has at least the
 * room it measures for itself (or ends in an ellipsis on purpose, and
 * says its whole text another way), no box's children cover one
 * another, nothing is wider than the window, and every pointer target
 * is at least 24 × 24 px (WCAG 2.2 AA), 44 × 44 px at a workstation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-body-region.h"
#include "mbc-test-room.h"
#include "mbc-test-util.h"

/* What a pass over one window found. */
typedef struct
{
  const char *where;
  GtkWidget  *window;
  double      left;
  double      right;
  gboolean    kiosk;
  guint       n_labels;
  guint       n_targets;
  guint       n_failures;
  MbcTestRoom *room;
} Check;

static void
fail (Check      *check,
      GtkWidget  *widget,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
fail (Check      *check,
      GtkWidget  *widget,
      const char *format,
      ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  check->n_failures++;
  /* Enough to find each problem, not a flood of the same one. */
  if (check->n_failures <= 40)
    {
      g_autofree char *text = g_strdup_printf ("%s: %s “%.60s”: %s", check->where,
                                               G_OBJECT_TYPE_NAME (widget),
                                               GTK_IS_LABEL (widget)
                                               ? gtk_label_get_text (GTK_LABEL (widget))
                                               : gtk_widget_get_css_name (widget),
                                               what);

      g_test_message ("%s", text);
      g_string_append_printf (check->room->failures, "  %s\n", text);
    }
}

/* Whether @widget is shown inside something that scrolls sideways, so
 * that it may reach past the window's edge.
 */
static gboolean
scrolls_sideways (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      {
        GtkPolicyType policy;

        gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (w), &policy, NULL);
        if (policy != GTK_POLICY_NEVER)
          return TRUE;
      }

  return FALSE;
}

/* The whole text of @label is told another way (its tooltip, or the
 * name a screen reader says for it or for the button it is in), so an
 * ellipsis at its end hides nothing.
 */
static gboolean
whole_text_told (GtkWidget *label)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));
  GtkWidget *w = label;
  GtkRoot *root = gtk_widget_get_root (label);

  /* The window's title is the window's name. */
  if (GTK_IS_WINDOW (root) && g_strcmp0 (gtk_window_get_title (GTK_WINDOW (root)), text) == 0)
    return TRUE;

  for (guint i = 0; i < 6 && w != NULL; i++, w = gtk_widget_get_parent (w))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (w);

      if (tooltip != NULL && strstr (tooltip, text) != NULL)
        return TRUE;
      if (w != label &&
          gtk_test_accessible_has_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL))
        {
          g_autofree char *mismatch =
            gtk_test_accessible_check_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                text);

          if (mismatch == NULL)
            return TRUE;
        }
      /* A screen reader says the label itself, whole, as the name of
       * the control it names.
       */
      if (w != label && (GTK_IS_BUTTON (w) || ADW_IS_ENTRY_ROW (w)) &&
          gtk_test_accessible_has_relation (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        return TRUE;
      if (GTK_IS_BUTTON (w))
        break;
    }

  return FALSE;
}

/* Labels that may end in an ellipsis when there is no room, and why;
 * each must still say its whole text (whole_text_told()).
 */
static const struct
{
  const char *ancestor;
  const char *why;
} may_ellipsize[] = {
  /* The window's title: the window manager and the screen reader say
   * it whole, as the window's name.
   */
  { "AdwWindowTitle", "the window's title" },
  /* The lines under a search result's title say where it is, one line
   * each (mbc-search-row.c says why); the title itself wraps.
   */
  { "MbcSearchRow", "where a search result is" },
  /* An entry's title, above what is typed: libadwaita cuts it short. */
  { "AdwEntryRow", "the title of an entry" },
};

static const char *
why_ellipsized (GtkWidget *label)
{
  for (GtkWidget *w = label; w != NULL; w = gtk_widget_get_parent (w))
    for (guint i = 0; i < G_N_ELEMENTS (may_ellipsize); i++)
      if (g_str_equal (G_OBJECT_TYPE_NAME (w), may_ellipsize[i].ancestor))
        return may_ellipsize[i].why;

  return NULL;
}

/* A label has at least the room it needs: its measured minimum width,
 * and for the width it has, its minimum height. A label that ellipsizes
 * on purpose may end in an ellipsis if it says its whole text another
 * way.
 */
static void
check_label (Check     *check,
             GtkWidget *label)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  int margin_x = gtk_widget_get_margin_start (label) + gtk_widget_get_margin_end (label);
  int margin_y = gtk_widget_get_margin_top (label) + gtk_widget_get_margin_bottom (label);
  GtkAllocation allocation;
  int width;
  int height;
  int min_width;
  int min_height;

  /* A measure holds the widget's margins and all its CSS box; its
   * allocation holds the CSS box (gtk_widget_get_width() leaves out the
   * padding).
   */
  gtk_widget_get_allocation (label, &allocation);
  width = allocation.width;
  height = allocation.height;

  if (gtk_label_get_text (GTK_LABEL (label))[0] == '\0')
    return;

  check->n_labels++;
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, width + margin_x, &min_height, NULL, NULL, NULL);
  min_width -= margin_x;
  min_height -= margin_y;

  if (width + 1 < min_width)
    fail (check, label, "%d px wide, needs %d", width, min_width);
  if (height + 1 < min_height)
    fail (check, label, "%d px high at %d px wide, needs %d", height, width, min_height);

  if (pango_layout_is_ellipsized (layout))
    {
      const char *why = why_ellipsized (label);

      if (why == NULL)
        fail (check, label, "cut short with an ellipsis");
      else if (!whole_text_told (label))
        fail (check, label, "cut short (%s) and its whole text is told nowhere", why);
    }
}

/* Whether @widget is something a person points at to use. */
static gboolean
is_target (GtkWidget *widget)
{
  if (!gtk_widget_is_sensitive (widget))
    return FALSE;

  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget) ||
      GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_SPIN_BUTTON (widget) ||
      GTK_IS_TEXT_VIEW (widget) || GTK_IS_DROP_DOWN (widget) || MBC_IS_BODY_REGION (widget) ||
      ADW_IS_ENTRY_ROW (widget))
    return TRUE;

  if (GTK_IS_LIST_BOX_ROW (widget))
    return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)) &&
           gtk_widget_get_focusable (widget);

  /* The rows of a GtkListView that open what they show. */
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget"))
    {
      GtkWidget *list = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW);

      return list != NULL && gtk_list_view_get_single_click_activate (GTK_LIST_VIEW (list));
    }

  return FALSE;
}

static void
check_target (Check     *check,
              GtkWidget *widget)
{
  int least = check->kiosk ? 44 : 24;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  check->n_targets++;
  if ((width < least || height < least) && !check->kiosk)
    g_string_append_printf (check->room->small_targets, "  %s: %s %d × %d px\n", check->where,
                            G_OBJECT_TYPE_NAME (widget), width, height);
  if (width < least || height < least)
    fail (check, widget, "a target of %d × %d px, less than %d × %d (%s)", width, height,
          least, least, gtk_widget_get_tooltip_text (widget) != NULL
          ? gtk_widget_get_tooltip_text (widget) : "");
}

/* The children of a box one after the other, none over the next: the
 * emergency line at the foot of the window, for one, takes room of its
 * own rather than covering the text above it.
 */
static void
check_box (Check     *check,
           GtkWidget *box)
{
  GtkOrientation orientation = gtk_orientable_get_orientation (GTK_ORIENTABLE (box));
  GtkWidget *previous = NULL;
  graphene_rect_t previous_bounds;

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!mbc_test_is_showing (child) || !gtk_widget_compute_bounds (child, box, &bounds))
        continue;

      if (previous != NULL)
        {
          double end = orientation == GTK_ORIENTATION_VERTICAL
                       ? previous_bounds.origin.y + previous_bounds.size.height
                       : previous_bounds.origin.x + previous_bounds.size.width;
          double start = orientation == GTK_ORIENTATION_VERTICAL ? bounds.origin.y : bounds.origin.x;

          if (gtk_widget_get_direction (box) != GTK_TEXT_DIR_RTL && start + 1 < end)
            fail (check, child, "covers %s by %.0f px", gtk_widget_get_css_name (previous),
                  end - start);
        }
      previous = child;
      previous_bounds = bounds;
    }

  /* Nor does any reach past the box's end. */
  if (previous != NULL)
    {
      double end = orientation == GTK_ORIENTATION_VERTICAL
                   ? previous_bounds.origin.y + previous_bounds.size.height
                   : previous_bounds.origin.x + previous_bounds.size.width;
      int size = orientation == GTK_ORIENTATION_VERTICAL
                 ? gtk_widget_get_height (box) : gtk_widget_get_width (box);

      if (end > size + 1)
        fail (check, previous, "reaches %.0f px past the end of its box", end - size);
    }
}

static void
check_tree (Check     *check,
            GtkWidget *widget)
{
  graphene_rect_t bounds;

  if (!mbc_test_is_showing (widget))
    return;

  if (GTK_IS_LABEL (widget))
    check_label (check, widget);
  if (is_target (widget))
    check_target (check, widget);
  if (GTK_IS_BOX (widget))
    check_box (check, widget);

  /* Nothing is wider than the window. A scrollbar's slider may stand
   * out of its trough.
   */
  if (widget != check->window && gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLBAR) == NULL &&
      gtk_widget_compute_bounds (widget, check->window, &bounds) && !scrolls_sideways (widget) &&
      (bounds.origin.x < check->left - 1 ||
       bounds.origin.x + bounds.size.width > check->right + 1))
    fail (check, widget, "from %.0f to %.0f px, outside the window's %.0f to %.0f",
          bounds.origin.x, bounds.origin.x + bounds.size.width, check->left, check->right);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_tree (check, child);
}

/* Says which widgets ask for more than @limit pixels of width: those
 * whose children all ask for less, where the width comes from.
 */
static void
explain_width (Check     *check,
               GtkWidget *widget,
               int        limit)
{
  gboolean child_too_wide = FALSE;
  int min_width;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      if (min_width > limit)
        {
          child_too_wide = TRUE;
          explain_width (check, child, limit);
        }
    }

  if (!child_too_wide)
    {
      g_autoptr(GString) parts = g_string_new (NULL);

      /* What its children ask for, side by side. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_get_visible (child))
          {
            gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
            g_string_append_printf (parts, " %s %d", gtk_widget_get_css_name (child), min_width);
          }
      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      fail (check, widget, "asks for %d px of width (%s)", min_width, parts->str);
    }
}

/**
 * mbc_test_room_check_window:
 * @room: where to add what is checked and what is wrong
 * @window: a window on screen
 * @width: the width it was given, or 0 for its own
 * @where: what it shows, for the messages
 * @kiosk: whether targets must take a fingertip (44 px)
 *
 * Checks @window as it shows now, once it has drawn a frame.
 */
void
mbc_test_room_check_window (MbcTestRoom *room,
                            GtkWidget   *window,
                            int          width,
                            const char  *where,
                            gboolean     kiosk)
{
  Check check = { where, window, 0, 0, kiosk, 0, 0, 0, room };
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (window));
  graphene_rect_t bounds;
  int min_width;

  mbc_test_wait_frame (window);
  mbc_test_iterate (50);

  /* The window's edges are those of its content, inside its shadow. */
  g_assert_true (gtk_widget_compute_bounds (content, window, &bounds));
  check.left = bounds.origin.x;
  check.right = bounds.origin.x + bounds.size.width;

  /* The window's content fits the width it was given, and has the room
   * it needs.
   */
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (width > 0 && check.right - check.left > width)
    {
      fail (&check, window, "%.0f px wide, more than the %d px it was given",
            check.right - check.left, width);
      explain_width (&check, content, width);
    }
  if (min_width > check.right - check.left)
    fail (&check, window, "needs %d px, has %.0f", min_width, check.right - check.left);

  check_tree (&check, window);

  if (check.n_failures > 40)
    g_string_append_printf (room->failures, "  %s: %u more\n", where, check.n_failures - 40);
  g_test_message ("%s: %u labels, %u targets, %u problems", where, check.n_labels,
                  check.n_targets, check.n_failures);
  room->n_labels += check.n_labels;
  room->n_targets += check.n_targets;
}

