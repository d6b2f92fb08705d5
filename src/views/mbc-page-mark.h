/* mbc-page-mark.h: a thing of a page, found by its name and shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       mbc_page_mark_set_key (GtkWidget  *widget,
                                  const char *kind,
                                  const char *id);
GtkWidget *mbc_page_mark_find    (GtkWidget  *root,
                                  const char *key);
void       mbc_page_mark_widget  (GtkWidget  *widget);
void       mbc_page_mark_show    (GtkWidget  *root,
                                  const char *key);

G_END_DECLS
