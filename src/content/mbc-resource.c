/* mbc-resource.c: a place to turn to for help
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-resource.h"

struct _MbcResource
{
  MbcContentItem parent_instance;

  char  *name;
  char  *description;
  char  *phone;
  char  *hours;
  char  *email;
  char  *website;
  GStrv  languages;
  /* Whether it comes from the hospital's local content pack. */
  gboolean local;
};

G_DEFINE_FINAL_TYPE (MbcResource, mbc_resource, MBC_TYPE_CONTENT_ITEM)

static void
mbc_resource_finalize (GObject *object)
{
  MbcResource *self = MBC_RESOURCE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->hours, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->languages, g_strfreev);

  G_OBJECT_CLASS (mbc_resource_parent_class)->finalize (object);
}

static void
mbc_resource_class_init (MbcResourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_resource_finalize;
}

static void
mbc_resource_init (MbcResource *self)
{
}

MbcContentItem *
mbc_resource_build (MbcContentBuild *build,
                    JsonObject      *object)
{
  g_autoptr(MbcResource) self = g_object_new (MBC_TYPE_RESOURCE, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->name = mbc_content_build_text (build, object, "name");
  self->description = mbc_content_build_text (build, object, "description");
  self->phone = mbc_content_build_string (build, object, "phone");
  self->hours = mbc_content_build_text (build, object, "hours");
  self->email = mbc_content_build_string (build, object, "email");
  self->website = mbc_content_build_string (build, object, "website");
  self->languages = mbc_content_build_strings (build, object, "languages");
  self->local = mbc_content_build_is_local (build);

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_resource_get_id (MbcResource *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_resource_get_name (MbcResource *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE (self), NULL);

  return self->name;
}

const char *
mbc_resource_get_description (MbcResource *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE (self), NULL);

  return self->description;
}

const char *
mbc_resource_get_phone (MbcResource *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE (self), NULL);

  return self->phone;
}

const char *
mbc_resource_get_hours (MbcResource *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE (self), NULL);

  return self->hours;
}

const char *
mbc_resource_get_email (MbcResource *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE (self), NULL);

  return self->email;
}

const char *
mbc_resource_get_website (MbcResource *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE (self), NULL);

  return self->website;
}

const char * const *
mbc_resource_get_languages (MbcResource *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE (self), NULL);

  return (const char * const *) self->languages;
}

/* Whether the resource comes from the hospital's own local content
 * pack rather than from the guide.
 */
gboolean
mbc_resource_get_local (MbcResource *self)
{
  g_return_val_if_fail (MBC_IS_RESOURCE (self), FALSE);

  return self->local;
}
