/* mbc-content-item.h: what every piece of content has in common
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _MbcSource MbcSource;

#define MBC_TYPE_CONTENT_ITEM (mbc_content_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (MbcContentItem, mbc_content_item, MBC, CONTENT_ITEM, GObject)

struct _MbcContentItemClass
{
  GObjectClass parent_class;
};

const char *mbc_content_item_get_id        (MbcContentItem *self);
guint       mbc_content_item_get_n_sources (MbcContentItem *self);
MbcSource  *mbc_content_item_get_source    (MbcContentItem *self,
                                            guint           position);

/* For the loader only. */
void        mbc_content_item_setup         (MbcContentItem *self,
                                            const char     *id,
                                            GPtrArray      *sources);

G_END_DECLS
