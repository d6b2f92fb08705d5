/* mbc-site-page.h: what a person should know about one site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-content.h"
#include "mbc-site.h"

G_BEGIN_DECLS

#define MBC_TYPE_SITE_PAGE (mbc_site_page_get_type ())

G_DECLARE_FINAL_TYPE (MbcSitePage, mbc_site_page, MBC, SITE_PAGE, GtkWidget)

MbcSite *mbc_site_page_get_site (MbcSitePage *self);
void     mbc_site_page_set_site (MbcSitePage *self,
                                 MbcSite     *site);
void     mbc_site_page_set_content (MbcSitePage *self,
                                    MbcContent  *content);
gboolean mbc_site_page_focus_signs (MbcSitePage *self);


G_END_DECLS
