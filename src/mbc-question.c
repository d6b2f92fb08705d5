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
};

G_DEFINE_FINAL_TYPE (MbcQuestion, mbc_question, MBC_TYPE_CONTENT_ITEM)

static void
mbc_question_finalize (GObject *object)
{
  MbcQuestion *self = MBC_QUESTION (object);

  g_clear_pointer (&self->text, g_free);

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
