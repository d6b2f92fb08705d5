/* mbc-question.c: a question to ask the care team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-question.h"

struct _MbcQuestion
{
  MbcContentItem parent_instance;

  char *text;
  GListModel *sites;
  GListModel *treatments;
};

G_DEFINE_FINAL_TYPE (MbcQuestion, mbc_question, MBC_TYPE_CONTENT_ITEM)

static void
mbc_question_finalize (GObject *object)
{
  MbcQuestion *self = MBC_QUESTION (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->sites);
  g_clear_object (&self->treatments);

  G_OBJECT_CLASS (mbc_question_parent_class)->finalize (object);
}

static void
mbc_question_class_init (MbcQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_question_finalize;
}

static void
mbc_question_init (MbcQuestion *self)
{
}

MbcContentItem *
mbc_question_build (MbcContentBuild *build,
                    JsonObject      *object)
{
  g_autoptr(MbcQuestion) self = g_object_new (MBC_TYPE_QUESTION, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->text = mbc_content_build_text (build, object, "text");
  self->sites = mbc_content_build_list (build, object, "sites");
  self->treatments = mbc_content_build_list (build, object, "treatments");

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_question_get_id (MbcQuestion *self)
{
  g_return_val_if_fail (MBC_IS_QUESTION (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_question_get_text (MbcQuestion *self)
{
  g_return_val_if_fail (MBC_IS_QUESTION (self), NULL);

  return self->text;
}

/* The places in the body this question is about; may be empty. */
GListModel *
mbc_question_get_sites (MbcQuestion *self)
{
  g_return_val_if_fail (MBC_IS_QUESTION (self), NULL);

  return self->sites;
}

/* The treatments this question is about; may be empty. */
GListModel *
mbc_question_get_treatments (MbcQuestion *self)
{
  g_return_val_if_fail (MBC_IS_QUESTION (self), NULL);

  return self->treatments;
}
