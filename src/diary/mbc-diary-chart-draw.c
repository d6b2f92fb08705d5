/* mbc-diary-chart-draw.c: the drawing of a sign's course
 *
 * The worst of each day is a filled dot on a line, each entry an open
 * ring, and the legend names both: the shapes and the words tell them
 * apart, not the colours. The colours are the style's own, so that the
 * chart follows the dark style and high contrast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "mbc-diary-chart-private.h"

/* Room between the plot and its labels, and for the legend's shapes. */
#define LABEL_GAP      6
#define LEGEND_GAP     16
#define LEGEND_SHAPE   12

/* Short month names for the dates under the chart, in the guide's
 * language rather than the system's (see mbc-date.c).
 */
static const char *short_months[] = {
  NC_("short month", "Jan"), NC_("short month", "Feb"), NC_("short month", "Mar"),
  NC_("short month", "Apr"), NC_("short month", "May"), NC_("short month", "Jun"),
  NC_("short month", "Jul"), NC_("short month", "Aug"), NC_("short month", "Sep"),
  NC_("short month", "Oct"), NC_("short month", "Nov"), NC_("short month", "Dec"),
};

typedef struct {
  GdkRGBA  foreground;
  GdkRGBA  accent;
  GdkRGBA  background;
  GdkRGBA  grid;
  GdkRGBA  dim;
  double   left;
  double   right;
  double   top;
  double   bottom;
  guint32  first_day;
  guint    n_days;
} Plot;

static void
lookup_colors (MbcDiaryChart *self,
               Plot          *plot)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &plot->foreground);
  if (!gtk_style_context_lookup_color (context, "accent_color", &plot->accent))
    plot->accent = plot->foreground;
  if (!gtk_style_context_lookup_color (context, "window_bg_color", &plot->background))
    plot->background = (GdkRGBA) { 1, 1, 1, 1 };
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* Lines that guide the eye and words that name things, quieter than
   * the figures; more marked with high contrast.
   */
  plot->grid = plot->foreground;
  plot->dim = plot->foreground;
  if (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
    {
      plot->grid.alpha *= 0.5;
      plot->dim.alpha *= 0.9;
    }
  else
    {
      plot->grid.alpha *= 0.15;
      plot->dim.alpha *= 0.7;
    }
}

static double
day_x (const Plot *plot,
       guint32     day)
{
  return plot->left + (day - plot->first_day + 0.5) * (plot->right - plot->left) / plot->n_days;
}

static double
value_y (const Plot *plot,
         int         value)
{
  return plot->bottom - value * (plot->bottom - plot->top) / MBC_DIARY_SCORE_MAX;
}

static PangoLayout *
new_layout (MbcDiaryChart *self,
            const char    *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static void
append_layout_at (GtkSnapshot   *snapshot,
                  PangoLayout   *layout,
                  double         x,
                  double         y,
                  const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static char *
format_short_date (guint32      day,
                   MbcDiarySpan span)
{
  GDate date;
  const char *month;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  month = g_dpgettext2 (GETTEXT_PACKAGE, "short month", short_months[g_date_get_month (&date) - 1]);

  if (span == MBC_DIARY_SPAN_YEAR)
    /* Translators: a short date under a year's chart: %1$s is the short
     * name of the month, %2$d the year, as in "Dec 2025".
     */
    return g_strdup_printf (C_("short month and year", "%1$s %2$d"), month, g_date_get_year (&date));

  /* Translators: a short date under a chart: %1$s is the short name of
   * the month, %2$d the day, as in "Dec 7"; in Spanish "%2$d %1$s".
   */
  return g_strdup_printf (C_("short date", "%1$s %2$d"), month, g_date_get_day (&date));
}

/* The lines at 0, 5 and 10 and their numbers, at the start of the plot. */
static void
draw_grid (MbcDiaryChart *self,
           GtkSnapshot   *snapshot,
           const Plot    *plot)
{
  for (int value = 0; value <= MBC_DIARY_SCORE_MAX; value += MBC_DIARY_SCORE_MAX / 2)
    {
      g_autofree char *text = g_strdup_printf ("%d", value);
      g_autoptr(PangoLayout) layout = new_layout (self, text);
      double y = floor (value_y (plot, value));
      int width, height;

      gtk_snapshot_append_color (snapshot, &plot->grid,
                                 &GRAPHENE_RECT_INIT (plot->left, y, plot->right - plot->left,
                                                      value == 0 ? 2 : 1));
      pango_layout_get_pixel_size (layout, &width, &height);
      append_layout_at (snapshot, layout, plot->left - LABEL_GAP - width, y - height / 2.0,
                        &plot->dim);
    }
}

/* A few dates under the plot, from the first day to today, each with a
 * short tick; as many as fit.
 */
static void
draw_dates (MbcDiaryChart *self,
            GtkSnapshot   *snapshot,
            const Plot    *plot,
            int            width)
{
  guint n_labels = CLAMP ((guint) ((plot->right - plot->left) / 100), 2, 5);
  double end_of_last = -G_MAXDOUBLE;

  n_labels = MIN (n_labels, plot->n_days);
  for (guint i = 0; i < n_labels; i++)
    {
      guint32 day = plot->first_day + (n_labels > 1 ? i * (plot->n_days - 1) / (n_labels - 1) : 0);
      g_autofree char *text = format_short_date (day, self->span);
      g_autoptr(PangoLayout) layout = new_layout (self, text);
      double x = day_x (plot, day);
      double label_x;
      int label_width, label_height;

      pango_layout_get_pixel_size (layout, &label_width, &label_height);
      label_x = CLAMP (x - label_width / 2.0, 0, width - label_width);
      /* A label that would run into the one before it is left out. */
      if (label_x < end_of_last + LABEL_GAP)
        continue;
      end_of_last = label_x + label_width;

      gtk_snapshot_append_color (snapshot, &plot->grid,
                                 &GRAPHENE_RECT_INIT (floor (x), plot->bottom + 2, 1, 4));
      append_layout_at (snapshot, layout, label_x, plot->bottom + LABEL_GAP + 2, &plot->dim);
    }
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
draw_dot (cairo_t       *cr,
          double         x,
          double         y,
          double         radius,
          const Plot    *plot)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  set_source (cr, &plot->accent);
  cairo_fill_preserve (cr);
  /* A rim in the background's colour keeps each dot apart from the line
   * and from its neighbours.
   */
  set_source (cr, &plot->background);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static void
draw_ring (cairo_t    *cr,
           double      x,
           double      y,
           double      radius,
           const Plot *plot)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  set_source (cr, &plot->background);
  cairo_fill_preserve (cr);
  set_source (cr, &plot->foreground);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

/* The shapes' sizes for a span: the more days, the smaller. */
static void
shape_sizes (MbcDiarySpan  span,
             double       *line_width,
             double       *radius)
{
  switch (span)
    {
    case MBC_DIARY_SPAN_TWO_WEEKS:
      *line_width = 2.5;
      *radius = 5.5;
      break;

    case MBC_DIARY_SPAN_THREE_MONTHS:
      *line_width = 2;
      *radius = 3.5;
      break;

    case MBC_DIARY_SPAN_YEAR:
    default:
      *line_width = 1.5;
      *radius = 2.5;
      break;
    }
}

static void
draw_course (MbcDiaryChart *self,
             GtkSnapshot   *snapshot,
             const Plot    *plot,
             int            width,
             int            height)
{
  const MbcDiaryChartDay *days = (const MbcDiaryChartDay *) self->days->data;
  double line_width, radius;
  cairo_t *cr;

  shape_sizes (self->span, &line_width, &radius);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The worst of each day, joined. */
  for (guint i = 0; i < self->days->len; i++)
    cairo_line_to (cr, day_x (plot, days[i].day), value_y (plot, days[i].value));
  set_source (cr, &plot->accent);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);

  /* Over two weeks there is room for each entry of a day with several:
   * a ring at its severity, on the day's line.
   */
  if (self->span == MBC_DIARY_SPAN_TWO_WEEKS)
    {
      const MbcDiaryChartPoint *points = (const MbcDiaryChartPoint *) self->points->data;
      guint d = 0;

      for (guint i = 0; i < self->points->len; i++)
        {
          while (days[d].day != points[i].day)
            d++;
          if (days[d].n_entries > 1 && points[i].severity != days[d].value)
            draw_ring (cr, day_x (plot, points[i].day), value_y (plot, points[i].severity),
                       3.5, plot);
        }
    }

  for (guint i = 0; i < self->days->len; i++)
    draw_dot (cr, day_x (plot, days[i].day), value_y (plot, days[i].value), radius, plot);

  cairo_destroy (cr);
}

/* What the shapes mean, in words, above the plot. Returns its height. */
static int
draw_legend (MbcDiaryChart *self,
             GtkSnapshot   *snapshot,
             const Plot    *plot,
             int            width)
{
  g_autoptr(PangoLayout) worst = NULL;
  g_autoptr(PangoLayout) each = NULL;
  gboolean show_each = FALSE;
  double x = plot->left;
  double second;
  int text_width, height;
  cairo_t *cr;

  worst = new_layout (self, self->kind == MBC_DIARY_KIND_OVERALL ?
                      /* Translators: the legend of a chart of how a person feels overall. */
                      _("Lowest that day") :
                      /* Translators: the legend of the dots of a chart. */
                      _("Worst that day"));
  pango_layout_get_pixel_size (worst, &text_width, &height);

  if (self->span == MBC_DIARY_SPAN_TWO_WEEKS)
    for (guint i = 0; i < self->days->len && !show_each; i++)
      show_each = g_array_index (self->days, MbcDiaryChartDay, i).n_entries > 1;

  if (snapshot == NULL)
    return height;

  /* Each item: its shape, a gap, its words; then a wider gap. */
  second = x + LEGEND_SHAPE + LABEL_GAP + text_width + LEGEND_GAP;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_dot (cr, x + LEGEND_SHAPE / 2.0, height / 2.0, 5, plot);
  if (show_each)
    draw_ring (cr, second + LEGEND_SHAPE / 2.0, height / 2.0, 3.5, plot);
  cairo_destroy (cr);

  append_layout_at (snapshot, worst, x + LEGEND_SHAPE + LABEL_GAP, 0, &plot->dim);
  if (show_each)
    {
      /* Translators: the legend of the rings of a chart. */
      each = new_layout (self, _("Each entry"));
      append_layout_at (snapshot, each, second + LEGEND_SHAPE + LABEL_GAP, 0, &plot->dim);
    }

  return height;
}

GskRenderNode *
mbc_diary_chart_build_drawing (MbcDiaryChart *self,
                               int            width,
                               int            height)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(PangoLayout) ten = new_layout (self, "10");
  int label_width, label_height, legend_height;
  Plot plot;

  lookup_colors (self, &plot);
  pango_layout_get_pixel_size (ten, &label_width, &label_height);
  legend_height = draw_legend (self, NULL, &plot, width);

  plot.first_day = self->first_day;
  plot.n_days = self->today - self->first_day + 1;
  plot.left = label_width + LABEL_GAP;
  plot.right = width - 1;
  plot.top = legend_height + LABEL_GAP + label_height / 2.0;
  plot.bottom = height - label_height - LABEL_GAP - 2;

  if (plot.bottom - plot.top < 20 || plot.right - plot.left < 40)
    return NULL;

  draw_grid (self, snapshot, &plot);
  draw_dates (self, snapshot, &plot, width);

  if (self->days->len == 0)
    {
      /* Translators: shown in a chart with no entry in its span. */
      g_autoptr(PangoLayout) empty = new_layout (self, _("Nothing recorded in this time"));
      int empty_width, empty_height;

      pango_layout_get_pixel_size (empty, &empty_width, &empty_height);
      append_layout_at (snapshot, empty,
                        (plot.left + plot.right - empty_width) / 2,
                        (plot.top + plot.bottom - empty_height) / 2 - empty_height,
                        &plot.foreground);
    }
  else
    {
      draw_legend (self, snapshot, &plot, width);
      draw_course (self, snapshot, &plot, width, height);
    }

  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

