/* mbc-accessible.h: names and roles as a screen reader meets them on
 * GTK 4.8's accessibility bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

char      *mbc_accessible_strip_mnemonic (const char *text);
void       mbc_accessible_set_name       (GtkWidget  *widget,
                                          const char *name);
void       mbc_accessible_name_mnemonics (GtkWidget  *root);
GtkWidget *mbc_accessible_new_icon       (const char *icon_name);
void       mbc_accessible_hide_images    (GtkWidget  *root);
GtkWidget *mbc_accessible_new_heading    (const char *text);
void       mbc_accessible_mark_headings  (GtkWidget  *root);

void       mbc_accessible_name_list_item (GtkListItem *item,
                                          const char  *name);

void       mbc_accessible_follow_squeezer (AdwSqueezer *squeezer);

void       mbc_accessible_mend             (GtkWidget *window);
void       mbc_accessible_mend_gtk_dialogs (void);

G_END_DECLS
