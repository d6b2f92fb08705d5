/* mbc-diary-paper-chart.c: a sign's course, small, on paper
 *
 * A bar for each day (or, over a long span, each group of days) with
 * an entry, as high as the worst severity of that day, on a scale of 0
 * to 10. Grey on white with a light frame and a line at 5, so that it
 * reads the same from a black-and-white printer or a photocopy. A day
 * with a severity of 0 still shows, as a tick on the base line: the
 * person wrote something that day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-diary-paper-chart.h"
#include "mbc-urgency.h"

/* More bars than that would be thinner than a printer draws well. */
#define MAX_BARS    60

#define FRAME_GREY  0.70
#define GRID_GREY   0.82
#define BAR_GREY    0.25
#define THIN_LINE   0.5
/* The height of a bar for a severity of 0, so that it shows. */
#define TICK        1.5

static guint32
local_day (gint64 when)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (when);
  GDate day;

  if (date == NULL)
    return 0;
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (date), g_date_time_get_month (date),
                  g_date_time_get_year (date));

  return g_date_get_julian (&day);
}

/**
 * mbc_diary_paper_chart_draw:
 * @cr: the page
 * @sign: the sign, with its entries from @from to @to
 * @from: the span's first moment (Unix time)
 * @to: its last moment
 * @x: the chart's left edge
 * @y: its top
 * @width: its width
 * @height: its height
 *
 * Draws how bad @sign was by day over the span. For how the person felt
 * overall, where 10 is very well, a day's bar is its lowest score: the
 * day at its worst, as for the other signs.
 */
void
mbc_diary_paper_chart_draw (cairo_t      *cr,
                      MbcDiarySign *sign,
                      gint64        from,
                      gint64        to,
                      double        x,
                      double        y,
                      double        width,
                      double        height)
{
  guint32 first_day = local_day (from);
  guint32 last_day = local_day (to);
  int values[MAX_BARS];
  guint n_days;
  guint n_bars;
  double bar_width;

  g_return_if_fail (sign != NULL);

  if (first_day == 0 || last_day < first_day)
    return;
  n_days = last_day - first_day + 1;
  n_bars = MIN (n_days, MAX_BARS);
  bar_width = width / n_bars;

  for (guint i = 0; i < n_bars; i++)
    values[i] = -1;

  for (guint i = 0; sign->entries != NULL && i < sign->entries->len; i++)
    {
      MbcDiaryEntry *entry = g_ptr_array_index (sign->entries, i);
      guint32 day = mbc_diary_entry_get_day (entry);
      int severity = mbc_diary_entry_get_severity (entry);
      guint bar;

      if (day < first_day || day > last_day)
        continue;
      bar = (guint) (((guint64) (day - first_day) * n_bars) / n_days);
      if (values[bar] < 0 ||
          (sign->kind == MBC_DIARY_KIND_OVERALL ? severity < values[bar] : severity > values[bar]))
        values[bar] = severity;
    }

  cairo_save (cr);

  /* The frame, and a line at 5, lighter than the bars. */
  cairo_set_line_width (cr, THIN_LINE);
  cairo_set_source_rgb (cr, GRID_GREY, GRID_GREY, GRID_GREY);
  cairo_move_to (cr, x, y + height / 2);
  cairo_line_to (cr, x + width, y + height / 2);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, FRAME_GREY, FRAME_GREY, FRAME_GREY);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, BAR_GREY, BAR_GREY, BAR_GREY);
  for (guint i = 0; i < n_bars; i++)
    {
      double bar_height;
      double gap;

      if (values[i] < 0)
        continue;

      bar_height = MAX (TICK, height * values[i] / MBC_DIARY_SCORE_MAX);
      /* Bars stand apart where there is room. */
      gap = bar_width > 3 ? bar_width * 0.2 : 0;
      cairo_rectangle (cr, x + i * bar_width + gap / 2, y + height - bar_height,
                       MAX (bar_width - gap, THIN_LINE), bar_height);
    }
  cairo_fill (cr);

  cairo_restore (cr);
}

/**
 * mbc_diary_paper_chart_draw_mark:
 * @cr: the page
 * @urgency: an MbcUrgency, or -1 for a sign of the person's own
 * @x: the mark's left edge
 * @y: its top
 * @size: its width and height
 *
 * The tier's mark beside the tier's words, told apart by its shape as
 * well as its colour, since a page is often printed in black and white:
 * a triangle for "Get help now", a filled circle for "Call your care
 * team", a ring for "Tell your care team at your next visit". A sign
 * with no tier has none.
 */
void
mbc_diary_paper_chart_draw_mark (cairo_t *cr,
                           int      urgency,
                           double   x,
                           double   y,
                           double   size)
{
  cairo_save (cr);
  /* Nothing of the text drawn before joins the mark. */
  cairo_new_path (cr);

  switch (urgency)
    {
    case MBC_URGENCY_EMERGENCY:
      cairo_set_source_rgb (cr, 0.70, 0.05, 0.05);
      cairo_move_to (cr, x + size / 2, y);
      cairo_line_to (cr, x + size, y + size);
      cairo_line_to (cr, x, y + size);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case MBC_URGENCY_CALL:
      cairo_set_source_rgb (cr, 0.60, 0.30, 0.0);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + size / 2, y + size / 2, size / 2, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case MBC_URGENCY_MENTION:
      cairo_set_source_rgb (cr, 0.20, 0.30, 0.45);
      cairo_set_line_width (cr, 1.2);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + size / 2, y + size / 2, size / 2 - 0.6, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;

    default:
      break;
    }

  cairo_restore (cr);
}
