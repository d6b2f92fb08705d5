/* mbc-diary-chart.h: one sign's course over a span, drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-diary.h"

G_BEGIN_DECLS

/* How far back a chart looks: each span ends today. */
typedef enum {
  MBC_DIARY_SPAN_TWO_WEEKS,
  MBC_DIARY_SPAN_THREE_MONTHS,
  MBC_DIARY_SPAN_YEAR,
} MbcDiarySpan;

#define MBC_TYPE_DIARY_SPAN (mbc_diary_span_get_type ())

GType       mbc_diary_span_get_type        (void);
/* The first day of @span when it ends on @today (Julian day numbers,
 * as mbc_diary_entry_get_day() gives them).
 */
guint32     mbc_diary_span_get_first_day   (MbcDiarySpan  span,
                                            guint32       today);
/* The span in words, to follow "over" or "in", such as "the last two
 * weeks".
 */
const char *mbc_diary_span_get_words       (MbcDiarySpan  span);
/* Today, as a Julian day number in local time. */
guint32     mbc_diary_today                (void);
/* The local midnight that starts the Julian @day, as Unix time. */
gint64      mbc_diary_day_get_start        (guint32       day);

/* What the chart shows for one day on which the sign was recorded: the
 * same figures the sign's page lists as a table.
 */
typedef struct {
  guint32   day;         /* Julian day number */
  int       value;       /* the worst severity that day; for OVERALL the lowest */
  int       latest;      /* the severity of the day's last entry */
  guint     n_entries;
  gboolean  has_notes;
} MbcDiaryChartDay;

#define MBC_TYPE_DIARY_CHART (mbc_diary_chart_get_type ())

G_DECLARE_FINAL_TYPE (MbcDiaryChart, mbc_diary_chart, MBC, DIARY_CHART, GtkWidget)

GtkWidget    *mbc_diary_chart_new          (void);

/* The sign to draw, or NULL: the chart keeps what it needs of it (its
 * words, its kind and its entries), so that the sign can be freed.
 */
void          mbc_diary_chart_set_sign     (MbcDiaryChart      *self,
                                            const MbcDiarySign *sign);
/* The same from @label, @kind and @entries (MbcDiaryEntry of one sign,
 * oldest first; the chart takes a reference to the array).
 */
void          mbc_diary_chart_set_entries  (MbcDiaryChart      *self,
                                            const char         *label,
                                            MbcDiaryKind        kind,
                                            GPtrArray          *entries);

MbcDiarySpan  mbc_diary_chart_get_span     (MbcDiaryChart      *self);
void          mbc_diary_chart_set_span     (MbcDiaryChart      *self,
                                            MbcDiarySpan        span);

/* The days of the span with an entry, oldest first. */
const MbcDiaryChartDay *
              mbc_diary_chart_get_days     (MbcDiaryChart      *self,
                                            guint              *n_days);
/* The number of entries within the span. */
guint         mbc_diary_chart_get_n_entries (MbcDiaryChart     *self);
/* The worst severity within the span (for OVERALL the lowest), or -1. */
int           mbc_diary_chart_get_worst    (MbcDiaryChart      *self);
/* The severity of the latest entry within the span, or -1. */
int           mbc_diary_chart_get_latest   (MbcDiaryChart      *self);
/* What the chart shows, in words, as a screen reader says it. */
const char   *mbc_diary_chart_get_summary  (MbcDiaryChart      *self);

G_END_DECLS
