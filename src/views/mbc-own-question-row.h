/* mbc-own-question-row.h: the row of My Questions to write one's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *mbc_own_question_row_new       (void);
GtkWidget *mbc_own_question_row_get_entry (GtkWidget *row);

G_END_DECLS
