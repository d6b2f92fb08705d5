/* mbc-content-item.c: what every piece of content has in common
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-content-item.h"

typedef struct
{
  char      *id;
  GPtrArray *sources;
} MbcContentItemPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (MbcContentItem, mbc_content_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
mbc_content_item_finalize (GObject *object)
{
  MbcContentItem *self = MBC_CONTENT_ITEM (object);
  MbcContentItemPrivate *priv = mbc_content_item_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (mbc_content_item_parent_class)->finalize (object);
}

static void
mbc_content_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MbcContentItem *self = MBC_CONTENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, mbc_content_item_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_content_item_class_init (MbcContentItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_content_item_finalize;
  object_class->get_property = mbc_content_item_get_property;

  props[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
mbc_content_item_init (MbcContentItem *self)
{
}

void
mbc_content_item_setup (MbcContentItem *self,
                        const char     *id,
                        GPtrArray      *sources)
{
  MbcContentItemPrivate *priv = mbc_content_item_get_instance_private (self);

  g_return_if_fail (MBC_IS_CONTENT_ITEM (self));
  g_return_if_fail (id != NULL);

  g_free (priv->id);
  priv->id = g_strdup (id);

  g_clear_pointer (&priv->sources, g_ptr_array_unref);
  if (sources != NULL)
    priv->sources = g_ptr_array_ref (sources);
}

const char *
mbc_content_item_get_id (MbcContentItem *self)
{
  MbcContentItemPrivate *priv = mbc_content_item_get_instance_private (self);

  g_return_val_if_fail (MBC_IS_CONTENT_ITEM (self), NULL);

  return priv->id;
}

guint
mbc_content_item_get_n_sources (MbcContentItem *self)
{
  MbcContentItemPrivate *priv = mbc_content_item_get_instance_private (self);

  g_return_val_if_fail (MBC_IS_CONTENT_ITEM (self), 0);

  return priv->sources != NULL ? priv->sources->len : 0;
}

MbcSource *
mbc_content_item_get_source (MbcContentItem *self,
                             guint           position)
{
  MbcContentItemPrivate *priv = mbc_content_item_get_instance_private (self);

  g_return_val_if_fail (MBC_IS_CONTENT_ITEM (self), NULL);
  g_return_val_if_fail (position < mbc_content_item_get_n_sources (self), NULL);

  return g_ptr_array_index (priv->sources, position);
}
