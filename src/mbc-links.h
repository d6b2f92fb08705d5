/* mbc-links.h: opening web, phone and email links, and only those
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean  mbc_links_is_allowed (const char *uri);
char     *mbc_links_phone_uri  (const char *phone);
char     *mbc_links_email_uri  (const char *email);
gboolean  mbc_links_in_kiosk   (void);
gboolean  mbc_links_open       (GtkWidget  *widget,
                                const char *uri);
void      mbc_links_copy       (GtkWidget  *widget,
                                const char *text,
                                const char *toast);

G_END_DECLS
