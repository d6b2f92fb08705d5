/* mbc-link-panel.h: a link to take away on one's own phone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MBC_TYPE_LINK_PANEL (mbc_link_panel_get_type ())

G_DECLARE_FINAL_TYPE (MbcLinkPanel, mbc_link_panel, MBC, LINK_PANEL, AdwWindow)

GtkWidget  *mbc_link_panel_new     (const char *uri);
const char *mbc_link_panel_get_uri (MbcLinkPanel *self);
void        mbc_link_panel_show    (GtkWidget  *from,
                                    const char *uri);

G_END_DECLS
