/* mbc-growing-model.h: the first items of a list, more as it is scrolled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MBC_TYPE_GROWING_MODEL (mbc_growing_model_get_type ())

G_DECLARE_FINAL_TYPE (MbcGrowingModel, mbc_growing_model, MBC, GROWING_MODEL, GObject)

MbcGrowingModel *mbc_growing_model_new        (GListModel      *model,
                                               guint            step);
void             mbc_growing_model_set_model  (MbcGrowingModel *self,
                                               GListModel      *model);
guint            mbc_growing_model_get_limit  (MbcGrowingModel *self);
void             mbc_growing_model_reach      (MbcGrowingModel *self,
                                               guint            position);
void             mbc_growing_model_follow     (MbcGrowingModel *self,
                                               GtkAdjustment   *adjustment);

G_END_DECLS
