/* mbc-symptom.c: a sign that a person may notice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-symptom.h"

struct _MbcSymptom
{
  MbcContentItem parent_instance;

  char       *text;
  MbcUrgency  urgency;
};

G_DEFINE_FINAL_TYPE (MbcSymptom, mbc_symptom, MBC_TYPE_CONTENT_ITEM)

static void
mbc_symptom_finalize (GObject *object)
{
  MbcSymptom *self = MBC_SYMPTOM (object);

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (mbc_symptom_parent_class)->finalize (object);
}

static void
mbc_symptom_class_init (MbcSymptomClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_symptom_finalize;
}

static void
mbc_symptom_init (MbcSymptom *self)
{
}

MbcContentItem *
mbc_symptom_build (MbcContentBuild *build,
                   JsonObject      *object)
{
  g_autoptr(MbcSymptom) self = g_object_new (MBC_TYPE_SYMPTOM, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->text = mbc_content_build_text (build, object, "text");
  {
    g_autofree char *name = mbc_content_build_string (build, object, "urgency");

    self->urgency = mbc_urgency_from_name (name);
  }

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_symptom_get_id (MbcSymptom *self)
{
  g_return_val_if_fail (MBC_IS_SYMPTOM (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_symptom_get_text (MbcSymptom *self)
{
  g_return_val_if_fail (MBC_IS_SYMPTOM (self), NULL);

  return self->text;
}

MbcUrgency
mbc_symptom_get_urgency (MbcSymptom *self)
{
  g_return_val_if_fail (MBC_IS_SYMPTOM (self), MBC_URGENCY_CALL);

  return self->urgency;
}
