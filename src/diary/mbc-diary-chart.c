/* mbc-diary-chart.c: one sign's course over a span, drawn
 *
 * The chart works out what it shows (a point for each day, and each
 * entry of the last two weeks) when the sign or the span changes, and
 * keeps the drawing it makes from that until its size or its colours
 * change: a diary of years redraws as fast as an empty one. The drawing
 * itself is in mbc-diary-chart-draw.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-diary-chart-private.h"

G_DEFINE_FINAL_TYPE (MbcDiaryChart, mbc_diary_chart, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (MbcDiarySpan, mbc_diary_span,
  G_DEFINE_ENUM_VALUE (MBC_DIARY_SPAN_TWO_WEEKS, "two-weeks"),
  G_DEFINE_ENUM_VALUE (MBC_DIARY_SPAN_THREE_MONTHS, "three-months"),
  G_DEFINE_ENUM_VALUE (MBC_DIARY_SPAN_YEAR, "year"))

enum {
  PROP_0,
  PROP_SPAN,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

guint32
mbc_diary_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));

  return g_date_get_julian (&date);
}

gint64
mbc_diary_day_get_start (guint32 day)
{
  g_autoptr(GDateTime) start = NULL;
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (day), 0);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  start = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 0, 0, 0);

  return g_date_time_to_unix (start);
}

guint32
mbc_diary_span_get_first_day (MbcDiarySpan span,
                              guint32      today)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (today), today);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, today);

  /* Today and the days before it: fourteen days for two weeks, and
   * from the day after the same date three months or a year ago.
   */
  switch (span)
    {
    case MBC_DIARY_SPAN_TWO_WEEKS:
      g_date_subtract_days (&date, 13);
      break;

    case MBC_DIARY_SPAN_THREE_MONTHS:
      g_date_subtract_months (&date, 3);
      g_date_add_days (&date, 1);
      break;

    case MBC_DIARY_SPAN_YEAR:
    default:
      g_date_subtract_years (&date, 1);
      g_date_add_days (&date, 1);
      break;
    }

  return g_date_get_julian (&date);
}

const char *
mbc_diary_span_get_words (MbcDiarySpan span)
{
  switch (span)
    {
    case MBC_DIARY_SPAN_TWO_WEEKS:
      /* Translators: follows "over" or "in", as in "Back pain over the last two weeks". */
      return _("the last two weeks");

    case MBC_DIARY_SPAN_THREE_MONTHS:
      /* Translators: follows "over" or "in", as in "Back pain over the last three months". */
      return _("the last three months");

    case MBC_DIARY_SPAN_YEAR:
    default:
      /* Translators: follows "over" or "in", as in "Back pain over the last year". */
      return _("the last year");
    }
}

/* The sign's words; how a person feels overall may have none. */
static const char *
sign_words (MbcDiaryChart *self)
{
  if (self->label != NULL && *self->label != '\0')
    return self->label;

  if (self->kind == MBC_DIARY_KIND_OVERALL)
    return _("How you feel overall");

  return _("This sign");
}

static void
update_summary (MbcDiaryChart *self)
{
  g_autofree char *count = NULL;
  char *summary;

  if (self->days->len == 0)
    {
      /* Translators: what a screen reader says of an empty chart: %1$s is
       * the sign, %2$s a span such as "the last two weeks".
       */
      summary = g_strdup_printf (_("%1$s over %2$s: nothing recorded"),
                                 sign_words (self), mbc_diary_span_get_words (self->span));
    }
  else
    {
      guint n_entries = self->points->len;

      /* Translators: part of what a screen reader says of a chart. */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n_entries),
                               n_entries);
      if (self->kind == MBC_DIARY_KIND_OVERALL)
        /* Translators: what a screen reader says of a chart of how a
         * person felt overall (0 very poorly, 10 very well): %1$s is the
         * sign, %2$s a span such as "the last two weeks", %3$s a count
         * such as "6 entries".
         */
        summary = g_strdup_printf (_("%1$s over %2$s: %3$s, lowest %4$d, latest %5$d of 10"),
                                   sign_words (self), mbc_diary_span_get_words (self->span),
                                   count, self->worst, self->latest);
      else
        /* Translators: what a screen reader says of a chart: %1$s is the
         * sign, %2$s a span such as "the last two weeks", %3$s a count
         * such as "6 entries", then the highest and the latest severity
         * from 0 to 10.
         */
        summary = g_strdup_printf (_("%1$s over %2$s: %3$s, highest %4$d, latest %5$d of 10"),
                                   sign_words (self), mbc_diary_span_get_words (self->span),
                                   count, self->worst, self->latest);
    }

  g_free (self->summary);
  self->summary = summary;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  -1);
}

static void
forget_drawing (MbcDiaryChart *self)
{
  g_clear_pointer (&self->node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The first entry on or after @day: the entries are oldest first, so
 * the years before the span are passed over without a look.
 */
static guint
find_first_entry (GPtrArray *entries,
                  guint32    day)
{
  gint64 start = mbc_diary_day_get_start (day);
  guint low = 0;
  guint high = entries->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (mbc_diary_entry_get_when (g_ptr_array_index (entries, middle)) < start)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Works out the days and the points of the span, once per change of
 * the sign or the span, so that drawing has only to draw them.
 */
static void
recompute (MbcDiaryChart *self)
{
  gboolean lowest = self->kind == MBC_DIARY_KIND_OVERALL;

  g_array_set_size (self->days, 0);
  g_array_set_size (self->points, 0);
  self->worst = -1;
  self->latest = -1;
  self->today = mbc_diary_today ();
  self->first_day = mbc_diary_span_get_first_day (self->span, self->today);

  for (guint i = self->entries != NULL ? find_first_entry (self->entries, self->first_day) : 0;
       self->entries != NULL && i < self->entries->len;
       i++)
    {
      MbcDiaryEntry *entry = g_ptr_array_index (self->entries, i);
      guint32 day = mbc_diary_entry_get_day (entry);
      int severity = mbc_diary_entry_get_severity (entry);
      gboolean has_note = mbc_diary_entry_get_note (entry) != NULL;
      MbcDiaryChartDay *last = NULL;
      MbcDiaryChartPoint point = { day, severity };

      if (day < self->first_day || day > self->today)
        continue;

      if (self->days->len > 0)
        last = &g_array_index (self->days, MbcDiaryChartDay, self->days->len - 1);

      if (last == NULL || last->day != day)
        {
          MbcDiaryChartDay new_day = { day, severity, severity, 1, has_note };

          g_array_append_val (self->days, new_day);
        }
      else
        {
          last->value = lowest ? MIN (last->value, severity) : MAX (last->value, severity);
          last->latest = severity;
          last->n_entries++;
          last->has_notes |= has_note;
        }

      g_array_append_val (self->points, point);
      self->latest = severity;
      if (self->worst < 0)
        self->worst = severity;
      else
        self->worst = lowest ? MIN (self->worst, severity) : MAX (self->worst, severity);
    }

  update_summary (self);
  forget_drawing (self);
}

GtkWidget *
mbc_diary_chart_new (void)
{
  return g_object_new (MBC_TYPE_DIARY_CHART, NULL);
}

void
mbc_diary_chart_set_entries (MbcDiaryChart *self,
                             const char    *label,
                             MbcDiaryKind   kind,
                             GPtrArray     *entries)
{
  g_return_if_fail (MBC_IS_DIARY_CHART (self));

  g_free (self->label);
  self->label = g_strdup (label);
  self->kind = kind;
  if (entries != NULL)
    g_ptr_array_ref (entries);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  self->entries = entries;

  recompute (self);
}

void
mbc_diary_chart_set_sign (MbcDiaryChart      *self,
                          const MbcDiarySign *sign)
{
  g_return_if_fail (MBC_IS_DIARY_CHART (self));

  if (sign == NULL)
    mbc_diary_chart_set_entries (self, NULL, MBC_DIARY_KIND_SIGN, NULL);
  else
    mbc_diary_chart_set_entries (self, sign->label, sign->kind, sign->entries);
}

MbcDiarySpan
mbc_diary_chart_get_span (MbcDiaryChart *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_CHART (self), MBC_DIARY_SPAN_TWO_WEEKS);

  return self->span;
}

void
mbc_diary_chart_set_span (MbcDiaryChart *self,
                          MbcDiarySpan   span)
{
  g_return_if_fail (MBC_IS_DIARY_CHART (self));
  g_return_if_fail (span <= MBC_DIARY_SPAN_YEAR);

  if (self->span == span)
    return;

  self->span = span;
  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SPAN]);
}

const MbcDiaryChartDay *
mbc_diary_chart_get_days (MbcDiaryChart *self,
                          guint         *n_days)
{
  g_return_val_if_fail (MBC_IS_DIARY_CHART (self), NULL);
  g_return_val_if_fail (n_days != NULL, NULL);

  *n_days = self->days->len;

  return (const MbcDiaryChartDay *) self->days->data;
}

guint
mbc_diary_chart_get_n_entries (MbcDiaryChart *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_CHART (self), 0);

  return self->points->len;
}

int
mbc_diary_chart_get_worst (MbcDiaryChart *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_CHART (self), -1);

  return self->worst;
}

int
mbc_diary_chart_get_latest (MbcDiaryChart *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_CHART (self), -1);

  return self->latest;
}

const char *
mbc_diary_chart_get_summary (MbcDiaryChart *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_CHART (self), NULL);

  return self->summary;
}

static void
mbc_diary_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  MbcDiaryChart *self = MBC_DIARY_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->node == NULL || self->node_width != width || self->node_height != height)
    {
      g_clear_pointer (&self->node, gsk_render_node_unref);
      self->node = mbc_diary_chart_build_drawing (self, width, height);
      self->node_width = width;
      self->node_height = height;
    }

  if (self->node != NULL)
    gtk_snapshot_append_node (snapshot, self->node);
}

static void
mbc_diary_chart_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (mbc_diary_chart_parent_class)->css_changed (widget, change);

  /* Colours and fonts may have changed: dark, high contrast, bigger text. */
  forget_drawing (MBC_DIARY_CHART (widget));
}

static void
mbc_diary_chart_system_setting_changed (GtkWidget        *widget,
                                        GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (mbc_diary_chart_parent_class)->system_setting_changed (widget, setting);

  forget_drawing (MBC_DIARY_CHART (widget));
}

static void
mbc_diary_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  /* Narrow enough for a 360 px window with the page's margins, tall
   * enough for a legend, three lines and the dates.
   */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 560;
    }
  else
    {
      *minimum = 180;
      *natural = 220;
    }
}

static void
mbc_diary_chart_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MbcDiaryChart *self = MBC_DIARY_CHART (object);

  switch (prop_id)
    {
    case PROP_SPAN:
      g_value_set_enum (value, self->span);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_diary_chart_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MbcDiaryChart *self = MBC_DIARY_CHART (object);

  switch (prop_id)
    {
    case PROP_SPAN:
      mbc_diary_chart_set_span (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_diary_chart_finalize (GObject *object)
{
  MbcDiaryChart *self = MBC_DIARY_CHART (object);

  g_clear_pointer (&self->node, gsk_render_node_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (mbc_diary_chart_parent_class)->finalize (object);
}

static void
mbc_diary_chart_class_init (MbcDiaryChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mbc_diary_chart_finalize;
  object_class->get_property = mbc_diary_chart_get_property;
  object_class->set_property = mbc_diary_chart_set_property;

  widget_class->snapshot = mbc_diary_chart_snapshot;
  widget_class->measure = mbc_diary_chart_measure;
  widget_class->css_changed = mbc_diary_chart_css_changed;
  widget_class->system_setting_changed = mbc_diary_chart_system_setting_changed;

  /* How far back the chart looks, ending today. */
  props[PROP_SPAN] =
    g_param_spec_enum ("span", NULL, NULL,
                       MBC_TYPE_DIARY_SPAN, MBC_DIARY_SPAN_TWO_WEEKS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_css_name (widget_class, "mbcdiarychart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mbc_diary_chart_init (MbcDiaryChart *self)
{
  self->span = MBC_DIARY_SPAN_TWO_WEEKS;
  self->kind = MBC_DIARY_KIND_SIGN;
  self->days = g_array_new (FALSE, FALSE, sizeof (MbcDiaryChartDay));
  self->points = g_array_new (FALSE, FALSE, sizeof (MbcDiaryChartPoint));

  recompute (self);
}
