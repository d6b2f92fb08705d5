/* mbc-medical-test.c: a test used to look for spread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-medical-test.h"

struct _MbcMedicalTest
{
  MbcContentItem parent_instance;

  char *name;
  char *description;
};

G_DEFINE_FINAL_TYPE (MbcMedicalTest, mbc_medical_test, MBC_TYPE_CONTENT_ITEM)

static void
mbc_medical_test_finalize (GObject *object)
{
  MbcMedicalTest *self = MBC_MEDICAL_TEST (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (mbc_medical_test_parent_class)->finalize (object);
}

static void
mbc_medical_test_class_init (MbcMedicalTestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_medical_test_finalize;
}

static void
mbc_medical_test_init (MbcMedicalTest *self)
{
}

MbcContentItem *
mbc_medical_test_build (MbcContentBuild *build,
                        JsonObject      *object)
{
  g_autoptr(MbcMedicalTest) self = g_object_new (MBC_TYPE_MEDICAL_TEST, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->name = mbc_content_build_text (build, object, "name");
  self->description = mbc_content_build_text (build, object, "description");

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_medical_test_get_id (MbcMedicalTest *self)
{
  g_return_val_if_fail (MBC_IS_MEDICAL_TEST (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_medical_test_get_name (MbcMedicalTest *self)
{
  g_return_val_if_fail (MBC_IS_MEDICAL_TEST (self), NULL);

  return self->name;
}

const char *
mbc_medical_test_get_description (MbcMedicalTest *self)
{
  g_return_val_if_fail (MBC_IS_MEDICAL_TEST (self), NULL);

  return self->description;
}
