/* mbc-diary-paper-chart.h: a sign's course, small, on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "mbc-diary.h"

G_BEGIN_DECLS

void mbc_diary_paper_chart_draw      (cairo_t      *cr,
                                MbcDiarySign *sign,
                                gint64        from,
                                gint64        to,
                                double        x,
                                double        y,
                                double        width,
                                double        height);
void mbc_diary_paper_chart_draw_mark (cairo_t      *cr,
                                int           urgency,
                                double        x,
                                double        y,
                                double        size);

G_END_DECLS
