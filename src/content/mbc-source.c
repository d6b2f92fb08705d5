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
  /* When the copy the facts were taken from was made, for a page that
   * gives no review date of its own: not a review date.
   */
  char *archived;
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
  g_clear_pointer (&self->archived, g_free);
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
  self->archived = mbc_content_build_string (build, object, "archived");
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

/* The date written YYYY-MM-DD, as the reader's language writes it, or
 * NULL.
 */
static char *
format_day (const char *day)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *midnight = NULL;

  if (day == NULL)
    return NULL;

  midnight = g_strconcat (day, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (midnight, NULL);

  return date != NULL ? mbc_date_format (date) : NULL;
}

/* "Last reviewed September 11, 2023", in the reader's language; a page
 * that gives no review date says so, with the date of the copy read
 * where there is one, never called a review.
 */
char *
mbc_source_dup_review_text (MbcSource *self)
{
  g_autofree char *reviewed = NULL;
  g_autofree char *archived = NULL;

  g_return_val_if_fail (MBC_IS_SOURCE (self), NULL);

  reviewed = format_day (self->reviewed);
  if (reviewed != NULL)
    /* Translators: %s is a date, such as "September 11, 2023". */
    return g_strdup_printf (_("Last reviewed %s"), reviewed);

  archived = format_day (self->archived);
  if (archived != NULL)
    /* Translators: %s is a date, such as "October 17, 2012": the day a
     * copy of a web page was kept, which gave no review date itself.
     */
    return g_strdup_printf (_("Review date not stated. Archived copy of %s"), archived);

  return g_strdup (_("Review date not stated"));
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
