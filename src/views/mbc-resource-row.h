/* mbc-resource-row.h: one place to turn to for help, in the Resources list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-resource.h"

G_BEGIN_DECLS

#define MBC_TYPE_RESOURCE_ROW (mbc_resource_row_get_type ())

G_DECLARE_FINAL_TYPE (MbcResourceRow, mbc_resource_row, MBC, RESOURCE_ROW, GtkWidget)

GtkWidget   *mbc_resource_row_new          (void);
MbcResource *mbc_resource_row_get_resource (MbcResourceRow *self);
void         mbc_resource_row_set_resource (MbcResourceRow *self,
                                            MbcResource    *resource);
gboolean     mbc_resource_row_get_brief    (MbcResourceRow *self);
void         mbc_resource_row_set_brief    (MbcResourceRow *self,
                                            gboolean        brief);
/* Marks the row for a moment, so that the eye finds it after a jump. */
void         mbc_resource_row_mark         (MbcResourceRow *self);

G_END_DECLS
