/* mbc-site.c: a place in the body where breast cancer can spread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-site.h"

struct _MbcSite
{
  MbcContentItem parent_instance;

  char       *name;
  char       *summary;
  char       *about;
  char       *frequency;
  /* The documents the frequency figures come from, which are fewer
   * than those of the rest of the page.
   */
  GPtrArray  *frequency_sources;
  char       *care;
  gboolean    rare;
  GListModel *symptoms;
  GListModel *tests;
};

G_DEFINE_FINAL_TYPE (MbcSite, mbc_site, MBC_TYPE_CONTENT_ITEM)

static void
mbc_site_finalize (GObject *object)
{
  MbcSite *self = MBC_SITE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->about, g_free);
  g_clear_pointer (&self->frequency, g_free);
  g_clear_pointer (&self->frequency_sources, g_ptr_array_unref);
  g_clear_pointer (&self->care, g_free);
  g_clear_object (&self->symptoms);
  g_clear_object (&self->tests);

  G_OBJECT_CLASS (mbc_site_parent_class)->finalize (object);
}

static void
mbc_site_class_init (MbcSiteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_site_finalize;
}

static void
mbc_site_init (MbcSite *self)
{
}

MbcContentItem *
mbc_site_build (MbcContentBuild *build,
                JsonObject      *object)
{
  g_autoptr(MbcSite) self = g_object_new (MBC_TYPE_SITE, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->name = mbc_content_build_text (build, object, "name");
  self->summary = mbc_content_build_text (build, object, "summary");
  self->about = mbc_content_build_text (build, object, "about");
  self->frequency = mbc_content_build_text (build, object, "frequency");
  self->frequency_sources = mbc_content_build_sources (build, object, "frequency-sources");
  self->care = mbc_content_build_text (build, object, "care");
  self->rare = mbc_content_build_boolean (build, object, "rare");
  self->symptoms = mbc_content_build_list (build, object, "symptoms");
  self->tests = mbc_content_build_list (build, object, "tests");

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_site_get_id (MbcSite *self)
{
  g_return_val_if_fail (MBC_IS_SITE (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_site_get_name (MbcSite *self)
{
  g_return_val_if_fail (MBC_IS_SITE (self), NULL);

  return self->name;
}

const char *
mbc_site_get_summary (MbcSite *self)
{
  g_return_val_if_fail (MBC_IS_SITE (self), NULL);

  return self->summary;
}

const char *
mbc_site_get_about (MbcSite *self)
{
  g_return_val_if_fail (MBC_IS_SITE (self), NULL);

  return self->about;
}

const char *
mbc_site_get_frequency (MbcSite *self)
{
  g_return_val_if_fail (MBC_IS_SITE (self), NULL);

  return self->frequency;
}

/* The source documents of the frequency figures (MbcSource objects);
 * empty when the site has no frequency.
 */
GPtrArray *
mbc_site_get_frequency_sources (MbcSite *self)
{
  g_return_val_if_fail (MBC_IS_SITE (self), NULL);

  return self->frequency_sources;
}

const char *
mbc_site_get_care (MbcSite *self)
{
  g_return_val_if_fail (MBC_IS_SITE (self), NULL);

  return self->care;
}

gboolean
mbc_site_get_rare (MbcSite *self)
{
  g_return_val_if_fail (MBC_IS_SITE (self), FALSE);

  return self->rare;
}

GListModel *
mbc_site_get_symptoms (MbcSite *self)
{
  g_return_val_if_fail (MBC_IS_SITE (self), NULL);

  return self->symptoms;
}

GListModel *
mbc_site_get_tests (MbcSite *self)
{
  g_return_val_if_fail (MBC_IS_SITE (self), NULL);

  return self->tests;
}
