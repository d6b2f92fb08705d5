/* mbc-fact.c: one thing to know, with its sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-fact.h"

struct _MbcFact
{
  MbcContentItem parent_instance;

  char *title;
  char *text;
  GStrv points;
};

G_DEFINE_FINAL_TYPE (MbcFact, mbc_fact, MBC_TYPE_CONTENT_ITEM)

static void
mbc_fact_finalize (GObject *object)
{
  MbcFact *self = MBC_FACT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->points, g_strfreev);

  G_OBJECT_CLASS (mbc_fact_parent_class)->finalize (object);
}

static void
mbc_fact_class_init (MbcFactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_fact_finalize;
}

static void
mbc_fact_init (MbcFact *self)
{
}

MbcContentItem *
mbc_fact_build (MbcContentBuild *build,
                JsonObject      *object)
{
  g_autoptr(MbcFact) self = g_object_new (MBC_TYPE_FACT, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->title = mbc_content_build_text (build, object, "title");
  self->text = mbc_content_build_text (build, object, "text");
  self->points = mbc_content_build_text_list (build, object, "points");

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_fact_get_id (MbcFact *self)
{
  g_return_val_if_fail (MBC_IS_FACT (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_fact_get_title (MbcFact *self)
{
  g_return_val_if_fail (MBC_IS_FACT (self), NULL);

  return self->title;
}

const char *
mbc_fact_get_text (MbcFact *self)
{
  g_return_val_if_fail (MBC_IS_FACT (self), NULL);

  return self->text;
}

/* The points of a short list under the text, or NULL when there is none. */
const char * const *
mbc_fact_get_points (MbcFact *self)
{
  g_return_val_if_fail (MBC_IS_FACT (self), NULL);

  return (const char * const *) self->points;
}
