/* mbc-search-provider.h: the guide's answers to the desktop's search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How many results the desktop is given for one search: the Activities
 * overview shows only the first few of each application.
 */
#define MBC_SEARCH_PROVIDER_MAX_RESULTS 5

#define MBC_TYPE_SEARCH_PROVIDER (mbc_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (MbcSearchProvider, mbc_search_provider, MBC, SEARCH_PROVIDER, GObject)

MbcSearchProvider *mbc_search_provider_new      (GtkApplication     *application);
gboolean           mbc_search_provider_export   (MbcSearchProvider  *self,
                                                 GDBusConnection    *connection,
                                                 const char         *object_path,
                                                 GError            **error);
void               mbc_search_provider_unexport (MbcSearchProvider  *self);

G_END_DECLS
