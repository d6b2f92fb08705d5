/* mbc-question-group.c: questions about one subject
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-question-group.h"

struct _MbcQuestionGroup
{
  MbcContentItem parent_instance;

  char       *title;
  GListModel *questions;
};

G_DEFINE_FINAL_TYPE (MbcQuestionGroup, mbc_question_group, MBC_TYPE_CONTENT_ITEM)

static void
mbc_question_group_finalize (GObject *object)
{
  MbcQuestionGroup *self = MBC_QUESTION_GROUP (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->questions);

  G_OBJECT_CLASS (mbc_question_group_parent_class)->finalize (object);
}

static void
mbc_question_group_class_init (MbcQuestionGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_question_group_finalize;
}

static void
mbc_question_group_init (MbcQuestionGroup *self)
{
}

MbcContentItem *
mbc_question_group_build (MbcContentBuild *build,
                          JsonObject      *object)
{
  g_autoptr(MbcQuestionGroup) self = g_object_new (MBC_TYPE_QUESTION_GROUP, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->title = mbc_content_build_text (build, object, "title");
  self->questions = mbc_content_build_list (build, object, "questions");

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_question_group_get_id (MbcQuestionGroup *self)
{
  g_return_val_if_fail (MBC_IS_QUESTION_GROUP (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_question_group_get_title (MbcQuestionGroup *self)
{
  g_return_val_if_fail (MBC_IS_QUESTION_GROUP (self), NULL);

  return self->title;
}

GListModel *
mbc_question_group_get_questions (MbcQuestionGroup *self)
{
  g_return_val_if_fail (MBC_IS_QUESTION_GROUP (self), NULL);

  return self->questions;
}
