/* mbc-diary-chart-private.h: what the chart works out, for its drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-diary-chart.h"

G_BEGIN_DECLS

typedef struct {
  guint32 day;
  int     severity;
} MbcDiaryChartPoint;

struct _MbcDiaryChart
{
  GtkWidget     parent_instance;

  MbcDiarySpan  span;
  char         *label;
  MbcDiaryKind  kind;
  GPtrArray    *entries;

  /* What the chart shows, worked out when the sign or the span changes. */
  guint32       today;
  guint32       first_day;
  GArray       *days;       /* MbcDiaryChartDay */
  GArray       *points;     /* MbcDiaryChartPoint: each entry within the span */
  int           worst;
  int           latest;
  char         *summary;

  /* The drawing, kept until the size or the style changes. */
  GskRenderNode *node;
  int            node_width;
  int            node_height;
};

GskRenderNode *mbc_diary_chart_build_drawing (MbcDiaryChart *self,
                                              int            width,
                                              int            height);

G_END_DECLS
