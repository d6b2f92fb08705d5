/* mbc-links.h: the rules for links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  mbc_links_is_allowed (const char *uri);
char     *mbc_links_phone_uri  (const char *phone);
char     *mbc_links_email_uri  (const char *email);

G_END_DECLS
