/* mbc-diary-day-row.h: one day of a sign, as a row of its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-diary-chart.h"

G_BEGIN_DECLS

/* The Julian @day as a person reads it, such as "December 4, 2026". */
char      *mbc_diary_day_format      (guint32                 day);
/* What the table says of @day after its date, such as "Worst 6 of 10,
 * 2 entries, with notes"; @overall: the sign is how a person feels
 * overall, whose worst is the lowest.
 */
char      *mbc_diary_day_describe    (const MbcDiaryChartDay *day,
                                      gboolean                overall);
GtkWidget *mbc_diary_day_row_new     (const MbcDiaryChartDay *day,
                                      gboolean                overall);

G_END_DECLS
