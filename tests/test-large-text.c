/* test-large-text.c: the guide with the desktop's text made larger
 *
 * A person who needs larger text sets it once for the whole desktop:
 * GNOME's Large Text raises the resolution GTK draws text at
 * (gtk-xft-dpi), and a larger font (gtk-font-name) does the same for
 * text alone. The guide is shown at text scale 1, 1.5 and 2, at the
 * desktop width and at the 360 px the guide supports, in English and in
 * Spanish (whose words are longer), over every view, a site page, the
 * lists a person fills, the search and the dialogs, and at a hospital's
 * workstation. Everywhere: every text grew, no label has less room than
 * it needs (nothing cut or clipped), nothing covers anything else,
 * nothing is wider than the window, and every pointer target is large
 * enough to hit (24 × 24 px, WCAG 2.2 AA; 44 × 44 px at a workstation).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-body-region.h"
#include "mbc-diary-record-dialog.h"
#include "mbc-diary.h"
#include "mbc-language.h"
#include "mbc-my-question-list.h"
#include "mbc-site-page.h"
#include "mbc-sources-window.h"
#include "mbc-symptom.h"
#include "mbc-test-util.h"
#include "mbc-window.h"

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
  GString    *failures;
  GString    *strict;
} Check;

static char *base_font;

/* Text at @scale times the desktop's usual size, as GNOME's Large Text
 * makes it: by the resolution text is drawn at.
 */
static void
set_text_scale (double scale)
{
  g_object_set (gtk_settings_get_default (),
                "gtk-xft-dpi", (int) (96 * 1024 * scale),
                "gtk-font-name", base_font,
                NULL);
}

/* Text at @scale times the usual size by the desktop's font alone. */
static void
set_font_scale (double scale)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (base_font);
  g_autofree char *name = NULL;

  pango_font_description_set_size (font, pango_font_description_get_size (font) * scale);
  name = pango_font_description_to_string (font);
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024, "gtk-font-name", name, NULL);
}

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
      g_string_append_printf (check->failures, "  %s\n", text);
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
  { "AdwViewSwitcherTitle", "the window's title" },
  /* Six views share the bar at the foot of a narrow window: each
   * button says the view's whole name as its name.
   */
  { "AdwViewSwitcherButton", "a view's name in the bar at the foot" },
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
    g_string_append_printf (check->strict, "  %s: %s %d × %d px\n", check->where,
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

/* Checks @window as it shows now, and adds what is wrong to @failures. */
static GString *strict_failures;

static void
check_window (GtkWidget  *window,
              int         width,
              const char *where,
              gboolean    kiosk,
              GString    *failures,
              guint      *n_labels,
              guint      *n_targets)
{
  Check check = { where, window, 0, 0, kiosk, 0, 0, 0, failures, strict_failures };
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
    g_string_append_printf (failures, "  %s: %u more\n", where, check.n_failures - 40);
  g_test_message ("%s: %u labels, %u targets, %u problems", where, check.n_labels,
                  check.n_targets, check.n_failures);
  *n_labels += check.n_labels;
  *n_targets += check.n_targets;
}

/* The site with the most to read. */
static const char *
longest_site (MbcContent *content)
{
  GListModel *sites = mbc_content_get_sites (content);
  const char *longest = NULL;
  gsize most = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);
      gsize length = strlen (mbc_site_get_summary (site) ?: "") +
                     strlen (mbc_site_get_about (site) ?: "") +
                     strlen (mbc_site_get_care (site) ?: "");

      for (guint j = 0; j < g_list_model_get_n_items (symptoms); j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);

          length += strlen (mbc_symptom_get_text (symptom)) + 80;
        }
      if (length > most)
        {
          most = length;
          longest = mbc_site_get_id (site);
        }
    }

  return longest;
}

/* The first sign of @site_id, for the diary. */
static const char *
first_sign (MbcContent *content,
            const char *site_id)
{
  MbcSite *site = mbc_content_find_site (content, site_id);
  g_autoptr(MbcSymptom) symptom = g_list_model_get_item (mbc_site_get_symptoms (site), 0);

  /* The content holds the symptom; the id outlives this reference. */
  return mbc_symptom_get_id (symptom);
}

static void
add_diary_entries (MbcDiary   *diary,
                   const char *sign_id)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  for (int i = 0; i < 4; i++)
    {
      g_autoptr(MbcDiaryEntry) entry = NULL;
      g_autoptr(GError) error = NULL;

      if (i % 2 == 0)
        entry = mbc_diary_entry_new (MBC_DIARY_KIND_SIGN, sign_id, NULL, now - i * 86400,
                                     3 + i, 2, "Paracetamol 500 mg",
                                     "Worse in the evening, better after resting a while.");
      else
        entry = mbc_diary_entry_new (MBC_DIARY_KIND_OWN, NULL, "Tiredness after the walk",
                                     now - i * 86400, 5, MBC_DIARY_SCORE_NONE, NULL, NULL);
      /* The diary keeps the entry it returns. */
      g_assert_nonnull (mbc_diary_add (diary, entry, &error));
      g_assert_no_error (error);
    }
}

/* Shows the toplevel of @type opened by @action of @window, checks it,
 * and closes it again.
 */
static void
check_dialog (MbcWindow  *window,
              const char *action,
              GVariant   *target,
              GType       type,
              const char *where,
              GString    *failures,
              guint      *n_labels,
              guint      *n_targets)
{
  GtkWindow *dialog = NULL;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, target));
  for (guint i = 0; i < 300 && (dialog = mbc_test_find_toplevel (type)) == NULL; i++)
    mbc_test_iterate (10);
  g_assert_nonnull (dialog);
  for (guint i = 0; i < 300 && !gtk_widget_get_mapped (GTK_WIDGET (dialog)); i++)
    mbc_test_iterate (10);
  mbc_test_wait_frame (GTK_WIDGET (dialog));
  mbc_test_iterate (300);

  check_window (GTK_WIDGET (dialog), 0, where, mbc_window_get_kiosk (window), failures, n_labels,
                n_targets);

  /* The About window stays with its application; destroyed here, it goes. */
  gtk_window_destroy (dialog);
  mbc_test_iterate (50);
}

typedef struct
{
  const char *language;
  double      scale;
  int         width;
  gboolean    kiosk;
} Case;

static void
check_case (const Case *c,
            GString    *failures,
            guint      *n_labels,
            guint      *n_targets)
{
  static const char *views[] = { "basics", "treatments", "questions", "resources", "diary" };
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(MbcMyQuestionList) questions = mbc_my_question_list_new (NULL);
  g_autoptr(MbcDiary) diary = NULL;
  const char *site;
  MbcWindow *window;
  g_autofree char *prefix = g_strdup_printf ("%s ×%.1f %d px%s", c->language, c->scale, c->width,
                                             c->kiosk ? " workstation" : "");
  const int height = 760;

  g_assert_true (mbc_language_set (c->language));
  content = mbc_test_load_content ();
  site = longest_site (content);
  set_text_scale (c->scale);

  window = mbc_window_new (NULL, content, NULL);
  mbc_window_set_question_list (window, questions);
  if (c->kiosk)
    {
      mbc_window_set_kiosk (window, TRUE);
      gtk_window_unfullscreen (GTK_WINDOW (window));
    }
  else
    {
      diary = mbc_diary_new (NULL);
      g_assert_true (mbc_diary_load (diary, NULL));
      mbc_diary_set_content (diary, content);
      add_diary_entries (diary, first_sign (content, site));
      mbc_window_set_diary (window, diary);
    }
  mbc_test_show_window (GTK_WINDOW (window), c->width, height);

  if (c->kiosk)
    {
      g_autofree char *where = g_strdup_printf ("%s, start page", prefix);

      check_window (GTK_WIDGET (window), c->width, where, TRUE, failures, n_labels, n_targets);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.begin", "s",
                                                 c->language));
      mbc_test_iterate (300);
    }

  {
    g_autofree char *where = g_strdup_printf ("%s, map", prefix);

    mbc_test_activate (window, "win.view", "map");
    check_window (GTK_WIDGET (window), c->width, where, c->kiosk, failures, n_labels, n_targets);
  }
  {
    g_autofree char *where = g_strdup_printf ("%s, site page %s", prefix, site);

    mbc_test_activate (window, "win.show-site", site);
    mbc_test_iterate (400);
    check_window (GTK_WIDGET (window), c->width, where, c->kiosk, failures, n_labels, n_targets);
  }

  /* My Questions with the questions about the site on it (put there as
   * the site page's button does, without the message it shows).
   */
  {
    g_autoptr(GPtrArray) about = mbc_content_dup_questions_about (content,
                                                                  MBC_CONTENT_ITEM (mbc_content_find_site (content, site)));

    mbc_my_question_list_add_suggestions (questions, about);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (questions)), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s, %s", prefix, views[i]);

      if (diary == NULL && g_str_equal (views[i], "diary"))
        continue;
      mbc_test_activate (window, "win.view", views[i]);
      mbc_test_iterate (200);
      check_window (GTK_WIDGET (window), c->width, where, c->kiosk, failures, n_labels, n_targets);
    }

  {
    g_autofree char *where = g_strdup_printf ("%s, search", prefix);

    mbc_test_activate (window, "win.view", "map");
    gtk_widget_activate_action (GTK_WIDGET (window), "win.search-for", "s",
                                g_str_equal (c->language, "es") ? "dolor" : "pain");
    mbc_test_iterate (500);
    check_window (GTK_WIDGET (window), c->width, where, c->kiosk, failures, n_labels, n_targets);
  }

  /* The dialogs, at the wide size only: they keep their own size. */
  if (c->width > 360 || c->scale == 2.0)
    {
      g_autofree char *sources = g_strdup_printf ("%s, About This Information", prefix);

      check_dialog (window, "win.sources", NULL, MBC_TYPE_SOURCES_WINDOW, sources,
                    failures, n_labels, n_targets);
      if (diary != NULL)
        {
          g_autofree char *record = g_strdup_printf ("%s, record dialog", prefix);

          check_dialog (window, "win.diary-record", g_variant_new_string (first_sign (content, site)),
                        MBC_TYPE_DIARY_RECORD_DIALOG, record, failures, n_labels, n_targets);
        }
    }

  mbc_test_close_window (window);
  if (diary != NULL)
    g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&questions));
  g_assert_finalize_object (g_steal_pointer (&content));
  set_text_scale (1.0);
  mbc_language_set ("en");
}

static void
check_cases (const Case *cases,
             guint       n_cases)
{
  g_autoptr(GString) failures = g_string_new (NULL);
  guint n_labels = 0;
  guint n_targets = 0;

  strict_failures = g_string_new (NULL);
  for (guint i = 0; i < n_cases; i++)
    check_case (&cases[i], failures, &n_labels, &n_targets);

  g_test_message ("%u labels and %u targets checked", n_labels, n_targets);
  g_assert_cmpuint (n_labels, >, 100 * n_cases);
  g_assert_cmpuint (n_targets, >, 10 * n_cases);
  /* Every target away from a workstation is at least 24 × 24 px. */
  if (strict_failures->len > 0)
    g_error ("Targets smaller than 24 × 24 px:\n%s", strict_failures->str);
  g_string_free (g_steal_pointer (&strict_failures), TRUE);
  /* The layout at large text is not yet right everywhere (issue 20):
   * what is still wrong is listed, and the test is marked incomplete
   * rather than passed.
   */
  if (failures->len > 0)
    g_test_incomplete_printf ("Not all text has room, or a target is too small:\n%s",
                              failures->str);
}

static void
test_layout_english (void)
{
  const Case cases[] = {
    { "en", 1.0, 1100 }, { "en", 1.0, 360 },
    { "en", 1.5, 1100 }, { "en", 1.5, 360 },
    { "en", 2.0, 1100 }, { "en", 2.0, 360 },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_layout_spanish (void)
{
  const Case cases[] = {
    { "es", 1.0, 1100 }, { "es", 1.0, 360 },
    { "es", 1.5, 1100 }, { "es", 1.5, 360 },
    { "es", 2.0, 1100 }, { "es", 2.0, 360 },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* At a workstation every target takes a finger: 44 × 44 px. A
 * workstation fills its screen, so it is never as narrow as 360 px.
 */
static void
test_workstation (void)
{
  const Case cases[] = {
    { "en", 1.0, 1100, TRUE }, { "es", 1.0, 1100, TRUE },
    { "en", 2.0, 1100, TRUE }, { "es", 2.0, 1100, TRUE },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The size a label's text is drawn at, in pixels. */
static double
font_pixels (GtkWidget *label)
{
  PangoContext *context = gtk_widget_get_pango_context (label);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, "Xg");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  g_test_message ("“%.30s”: %.1f px, a line %d px high", gtk_label_get_text (GTK_LABEL (label)),
                  (double) pango_font_description_get_size (font) / PANGO_SCALE, height);

  return (double) height;
}

/* The texts of a site page and of the window around it, at @scale. */
static void
measure_texts (MbcContent *content,
               void      (*set_scale) (double),
               double      scale,
               double     *sizes)
{
  MbcWindow *window;
  GtkWidget *page;
  MbcSite *site = mbc_content_find_site (content, "bones");
  g_autoptr(MbcSymptom) symptom = g_list_model_get_item (mbc_site_get_symptoms (site), 0);
  /* The start of each: a text may be split into paragraphs. */
  g_autofree char *about = g_strndup (mbc_site_get_about (site), 24);
  g_autofree char *sign = g_strndup (mbc_symptom_get_text (symptom), 24);
  const char *texts[] = {
    about,                         /* body */
    mbc_site_get_name (site),      /* its heading */
    sign,                          /* a sign, in a row */
    "In an emergency, call 911.",  /* the emergency line */
  };

  set_scale (scale);
  window = mbc_test_open_window (content, 1100, 760);
  mbc_test_activate (window, "win.show-site", "bones");
  mbc_test_iterate (300);
  page = mbc_test_find_type (GTK_WIDGET (window), MBC_TYPE_SITE_PAGE);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *label = mbc_test_find_label (i < 3 ? page : GTK_WIDGET (window), texts[i]);

      g_assert_nonnull (label);
      sizes[i] = font_pixels (label);
    }

  mbc_test_close_window (window);
}

static void
check_growth (void (*set_scale) (double))
{
  g_autoptr(MbcContent) content = mbc_test_load_content ();
  double base[4], double_size[4], half_again[4];

  measure_texts (content, set_scale, 1.0, base);
  measure_texts (content, set_scale, 1.5, half_again);
  measure_texts (content, set_scale, 2.0, double_size);
  set_text_scale (1.0);

  for (guint i = 0; i < G_N_ELEMENTS (base); i++)
    {
      g_test_message ("text %u: %.0f, %.0f, %.0f px", i, base[i], half_again[i], double_size[i]);
      g_assert_cmpfloat (half_again[i] / base[i], >=, 1.4);
      g_assert_cmpfloat (half_again[i] / base[i], <=, 1.6);
      g_assert_cmpfloat (double_size[i] / base[i], >=, 1.85);
      g_assert_cmpfloat (double_size[i] / base[i], <=, 2.15);
    }
}

/* Every text grows with the resolution (GNOME's Large Text). */
static void
test_grows_with_resolution (void)
{
  check_growth (set_text_scale);
}

/* And with the desktop's font size alone: the body of a site page did
 * not, as libadwaita 1.2 sizes its type classes in points.
 */
static void
test_grows_with_font (void)
{
  check_growth (set_font_scale);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mbc_test_init (&argc, &argv);

  /* GNOME's title bar: a close button alone, as the guide is made for. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  g_object_get (gtk_settings_get_default (), "gtk-font-name", &base_font,
                NULL);
  if (base_font == NULL)
    base_font = g_strdup ("Cantarell 11");

  g_test_add_func ("/mbc/large-text/grows-with-resolution", test_grows_with_resolution);
  g_test_add_func ("/mbc/large-text/grows-with-font", test_grows_with_font);
  g_test_add_func ("/mbc/large-text/english", test_layout_english);
  g_test_add_func ("/mbc/large-text/spanish", test_layout_spanish);
  g_test_add_func ("/mbc/large-text/workstation", test_workstation);

  status = g_test_run ();
  g_free (base_font);

  return status;
}
