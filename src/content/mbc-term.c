/* mbc-term.c: a word from the glossary and what it means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-term.h"

struct _MbcTerm
{
  MbcContentItem parent_instance;

  char *term;
  char *definition;
};

G_DEFINE_FINAL_TYPE (MbcTerm, mbc_term, MBC_TYPE_CONTENT_ITEM)

static void
mbc_term_finalize (GObject *object)
{
  MbcTerm *self = MBC_TERM (object);

  g_clear_pointer (&self->term, g_free);
  g_clear_pointer (&self->definition, g_free);

  G_OBJECT_CLASS (mbc_term_parent_class)->finalize (object);
}

static void
mbc_term_class_init (MbcTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_term_finalize;
}

static void
mbc_term_init (MbcTerm *self)
{
}

MbcContentItem *
mbc_term_build (MbcContentBuild *build,
                JsonObject      *object)
{
  g_autoptr(MbcTerm) self = g_object_new (MBC_TYPE_TERM, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->term = mbc_content_build_text (build, object, "term");
  self->definition = mbc_content_build_text (build, object, "definition");

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_term_get_id (MbcTerm *self)
{
  g_return_val_if_fail (MBC_IS_TERM (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_term_get_term (MbcTerm *self)
{
  g_return_val_if_fail (MBC_IS_TERM (self), NULL);

  return self->term;
}

const char *
mbc_term_get_definition (MbcTerm *self)
{
  g_return_val_if_fail (MBC_IS_TERM (self), NULL);

  return self->definition;
}
