/* mbc-subtype.c: a kind of breast cancer, told by testing the tumour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-subtype.h"

struct _MbcSubtype
{
  MbcContentItem parent_instance;

  char *name;
  char *description;
};

G_DEFINE_FINAL_TYPE (MbcSubtype, mbc_subtype, MBC_TYPE_CONTENT_ITEM)

static void
mbc_subtype_finalize (GObject *object)
{
  MbcSubtype *self = MBC_SUBTYPE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (mbc_subtype_parent_class)->finalize (object);
}

static void
mbc_subtype_class_init (MbcSubtypeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_subtype_finalize;
}

static void
mbc_subtype_init (MbcSubtype *self)
{
}

MbcContentItem *
mbc_subtype_build (MbcContentBuild *build,
                   JsonObject      *object)
{
  g_autoptr(MbcSubtype) self = g_object_new (MBC_TYPE_SUBTYPE, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->name = mbc_content_build_text (build, object, "name");
  self->description = mbc_content_build_text (build, object, "description");

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_subtype_get_id (MbcSubtype *self)
{
  g_return_val_if_fail (MBC_IS_SUBTYPE (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_subtype_get_name (MbcSubtype *self)
{
  g_return_val_if_fail (MBC_IS_SUBTYPE (self), NULL);

  return self->name;
}

const char *
mbc_subtype_get_description (MbcSubtype *self)
{
  g_return_val_if_fail (MBC_IS_SUBTYPE (self), NULL);

  return self->description;
}
