/* mbc-treatment.c: a type of treatment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-treatment.h"

struct _MbcTreatment
{
  MbcContentItem parent_instance;

  char       *name;
  char       *summary;
  char       *details;
  GListModel *subtypes;
  GStrv       examples;
};

G_DEFINE_FINAL_TYPE (MbcTreatment, mbc_treatment, MBC_TYPE_CONTENT_ITEM)

static void
mbc_treatment_finalize (GObject *object)
{
  MbcTreatment *self = MBC_TREATMENT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->details, g_free);
  g_clear_object (&self->subtypes);
  g_clear_pointer (&self->examples, g_strfreev);

  G_OBJECT_CLASS (mbc_treatment_parent_class)->finalize (object);
}

static void
mbc_treatment_class_init (MbcTreatmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_treatment_finalize;
}

static void
mbc_treatment_init (MbcTreatment *self)
{
}

MbcContentItem *
mbc_treatment_build (MbcContentBuild *build,
                     JsonObject      *object)
{
  g_autoptr(MbcTreatment) self = g_object_new (MBC_TYPE_TREATMENT, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->name = mbc_content_build_text (build, object, "name");
  self->summary = mbc_content_build_text (build, object, "summary");
  self->details = mbc_content_build_text (build, object, "details");
  self->subtypes = mbc_content_build_list (build, object, "subtypes");
  self->examples = mbc_content_build_text_list (build, object, "examples");

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_treatment_get_id (MbcTreatment *self)
{
  g_return_val_if_fail (MBC_IS_TREATMENT (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_treatment_get_name (MbcTreatment *self)
{
  g_return_val_if_fail (MBC_IS_TREATMENT (self), NULL);

  return self->name;
}

const char *
mbc_treatment_get_summary (MbcTreatment *self)
{
  g_return_val_if_fail (MBC_IS_TREATMENT (self), NULL);

  return self->summary;
}

const char *
mbc_treatment_get_details (MbcTreatment *self)
{
  g_return_val_if_fail (MBC_IS_TREATMENT (self), NULL);

  return self->details;
}

GListModel *
mbc_treatment_get_subtypes (MbcTreatment *self)
{
  g_return_val_if_fail (MBC_IS_TREATMENT (self), NULL);

  return self->subtypes;
}

const char * const *
mbc_treatment_get_examples (MbcTreatment *self)
{
  g_return_val_if_fail (MBC_IS_TREATMENT (self), NULL);

  return (const char * const *) self->examples;
}
