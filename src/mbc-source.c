/* mbc-source.c: a document the facts come from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-date.h"
#include "mbc-source.h"

struct _MbcSource
{
  MbcContentItem parent_instance;

  char *organization;
  char *title;
  char *reviewed;
  char *about;
  /* Whether it is one of the hospital's own, from its local content pack. */
  gboolean local;
};

G_DEFINE_FINAL_TYPE (MbcSource, mbc_source, MBC_TYPE_CONTENT_ITEM)

static void
mbc_source_finalize (GObject *object)
{
  MbcSource *self = MBC_SOURCE (object);

  g_clear_pointer (&self->organization, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->reviewed, g_free);
  g_clear_pointer (&self->about, g_free);

  G_OBJECT_CLASS (mbc_source_parent_class)->finalize (object);
}

static void
mbc_source_class_init (MbcSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mbc_source_finalize;
}

static void
mbc_source_init (MbcSource *self)
{
}

MbcContentItem *
mbc_source_build (MbcContentBuild *build,
                  JsonObject      *object)
{
  g_autoptr(MbcSource) self = g_object_new (MBC_TYPE_SOURCE, NULL);

  mbc_content_build_item (build, MBC_CONTENT_ITEM (self), object);
  self->organization = mbc_content_build_text (build, object, "organization");
  self->title = mbc_content_build_text (build, object, "title");
  self->reviewed = mbc_content_build_string (build, object, "reviewed");
  self->about = mbc_content_build_text (build, object, "about");
  self->local = mbc_content_build_is_local (build);

  return MBC_CONTENT_ITEM (g_steal_pointer (&self));
}

const char *
mbc_source_get_id (MbcSource *self)
{
  g_return_val_if_fail (MBC_IS_SOURCE (self), NULL);

  return mbc_content_item_get_id (MBC_CONTENT_ITEM (self));
}

const char *
mbc_source_get_organization (MbcSource *self)
{
  g_return_val_if_fail (MBC_IS_SOURCE (self), NULL);

  return self->organization;
}

const char *
mbc_source_get_title (MbcSource *self)
{
  g_return_val_if_fail (MBC_IS_SOURCE (self), NULL);

  return self->title;
}

const char *
mbc_source_get_reviewed (MbcSource *self)
{
  g_return_val_if_fail (MBC_IS_SOURCE (self), NULL);

  return self->reviewed;
}

const char *
mbc_source_get_about (MbcSource *self)
{
  g_return_val_if_fail (MBC_IS_SOURCE (self), NULL);

  return self->about;
}

/* "Last reviewed September 11, 2023", in the reader's language. */
char *
mbc_source_dup_review_text (MbcSource *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *day = NULL;
  g_autofree char *when = NULL;

  g_return_val_if_fail (MBC_IS_SOURCE (self), NULL);

  if (self->reviewed != NULL)
    {
      day = g_strconcat (self->reviewed, "T00:00:00Z", NULL);
      date = g_date_time_new_from_iso8601 (day, NULL);
    }

  if (date == NULL)
    return g_strdup (_("Review date not stated"));

  when = mbc_date_format (date);

  /* Translators: %s is a date, such as "September 11, 2023". */
  return g_strdup_printf (_("Last reviewed %s"), when);
}

/* Whether the source is one of the hospital's own documents, from its
 * local content pack, rather than one the guide's makers checked.
 */
gboolean
mbc_source_get_local (MbcSource *self)
{
  g_return_val_if_fail (MBC_IS_SOURCE (self), FALSE);

  return self->local;
}
