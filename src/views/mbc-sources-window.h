/* mbc-sources-window.h: where the information comes from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-content.h"

G_BEGIN_DECLS

#define MBC_TYPE_SOURCES_WINDOW (mbc_sources_window_get_type ())

G_DECLARE_FINAL_TYPE (MbcSourcesWindow, mbc_sources_window, MBC, SOURCES_WINDOW, AdwWindow)

GtkWidget *mbc_sources_window_new (MbcContent *content);

G_END_DECLS
