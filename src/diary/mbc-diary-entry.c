/* mbc-diary-entry.c: one thing a person wrote in their diary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-diary-entry.h"

struct _MbcDiaryEntry
{
  GObject       parent_instance;

  gint64        id;
  MbcDiaryKind  kind;
  char         *sign_id;
  char         *label;
  gint64        when;
  int           severity;
  int           interference;
  char         *medicines;
  char         *note;
};

G_DEFINE_FINAL_TYPE (MbcDiaryEntry, mbc_diary_entry, G_TYPE_OBJECT)

static void
mbc_diary_entry_finalize (GObject *object)
{
  MbcDiaryEntry *self = MBC_DIARY_ENTRY (object);

  g_clear_pointer (&self->sign_id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->medicines, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (mbc_diary_entry_parent_class)->finalize (object);
}

static void
mbc_diary_entry_class_init (MbcDiaryEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mbc_diary_entry_finalize;
}

static void
mbc_diary_entry_init (MbcDiaryEntry *self)
{
  self->interference = MBC_DIARY_SCORE_NONE;
}

gboolean
mbc_diary_kind_is_valid (int kind)
{
  return kind >= MBC_DIARY_KIND_SIGN && kind <= MBC_DIARY_KIND_OVERALL;
}

/* Empty text is kept as NULL, so that "" and NULL never tell two
 * otherwise equal entries apart.
 */
static char *
dup_text (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

MbcDiaryEntry *
mbc_diary_entry_new (MbcDiaryKind  kind,
                     const char   *sign_id,
                     const char   *label,
                     gint64        when,
                     int           severity,
                     int           interference,
                     const char   *medicines,
                     const char   *note)
{
  MbcDiaryEntry *self;

  g_return_val_if_fail (mbc_diary_kind_is_valid (kind), NULL);
  g_return_val_if_fail ((kind == MBC_DIARY_KIND_SIGN) == (sign_id != NULL && *sign_id != '\0'), NULL);
  g_return_val_if_fail (severity >= 0 && severity <= MBC_DIARY_SCORE_MAX, NULL);
  g_return_val_if_fail (interference == MBC_DIARY_SCORE_NONE ||
                        (interference >= 0 && interference <= MBC_DIARY_SCORE_MAX), NULL);

  self = g_object_new (MBC_TYPE_DIARY_ENTRY, NULL);
  self->kind = kind;
  self->sign_id = dup_text (sign_id);
  self->label = g_strdup (label != NULL ? label : "");
  self->when = when;
  self->severity = severity;
  self->interference = interference;
  self->medicines = dup_text (medicines);
  self->note = dup_text (note);

  return self;
}

MbcDiaryEntry *
mbc_diary_entry_copy_with_id (MbcDiaryEntry *self,
                              gint64         id)
{
  MbcDiaryEntry *copy;

  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), NULL);

  copy = mbc_diary_entry_new (self->kind, self->sign_id, self->label, self->when,
                              self->severity, self->interference,
                              self->medicines, self->note);
  copy->id = id;

  return copy;
}

gint64
mbc_diary_entry_get_id (MbcDiaryEntry *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), 0);

  return self->id;
}

MbcDiaryKind
mbc_diary_entry_get_kind (MbcDiaryEntry *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), MBC_DIARY_KIND_OWN);

  return self->kind;
}

const char *
mbc_diary_entry_get_sign_id (MbcDiaryEntry *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), NULL);

  return self->sign_id;
}

const char *
mbc_diary_entry_get_label (MbcDiaryEntry *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), NULL);

  return self->label;
}

gint64
mbc_diary_entry_get_when (MbcDiaryEntry *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), 0);

  return self->when;
}

int
mbc_diary_entry_get_severity (MbcDiaryEntry *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), 0);

  return self->severity;
}

int
mbc_diary_entry_get_interference (MbcDiaryEntry *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), MBC_DIARY_SCORE_NONE);

  return self->interference;
}

const char *
mbc_diary_entry_get_medicines (MbcDiaryEntry *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), NULL);

  return self->medicines;
}

const char *
mbc_diary_entry_get_note (MbcDiaryEntry *self)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), NULL);

  return self->note;
}

guint32
mbc_diary_entry_get_day (MbcDiaryEntry *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  GDate date;

  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), 0);

  utc = g_date_time_new_from_unix_utc (self->when);
  if (utc == NULL)
    return 0;
  local = g_date_time_to_local (utc);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date,
                  g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local),
                  g_date_time_get_year (local));

  return g_date_get_julian (&date);
}

char *
mbc_diary_entry_dup_sign_key (MbcDiaryEntry *self)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (self), NULL);

  if (self->kind == MBC_DIARY_KIND_SIGN)
    return g_strconcat ("sign:", self->sign_id, NULL);
  if (self->kind == MBC_DIARY_KIND_OVERALL)
    return g_strdup ("overall");

  normal = g_utf8_normalize (self->label, -1, G_NORMALIZE_ALL);
  folded = g_utf8_casefold (normal != NULL ? normal : "", -1);
  g_strstrip (folded);

  return g_strdup_printf ("%s:%s",
                          self->kind == MBC_DIARY_KIND_SIDE_EFFECT ? "side-effect" : "own",
                          folded);
}

gboolean
mbc_diary_entry_equal_content (MbcDiaryEntry *a,
                               MbcDiaryEntry *b)
{
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (a), FALSE);
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (b), FALSE);

  return a->kind == b->kind &&
         g_strcmp0 (a->sign_id, b->sign_id) == 0 &&
         g_strcmp0 (a->label, b->label) == 0 &&
         a->when == b->when &&
         a->severity == b->severity &&
         a->interference == b->interference &&
         g_strcmp0 (a->medicines, b->medicines) == 0 &&
         g_strcmp0 (a->note, b->note) == 0;
}

int
mbc_diary_entry_compare_newest_first (gconstpointer a,
                                      gconstpointer b,
                                      gpointer      user_data)
{
  const MbcDiaryEntry *ea = a;
  const MbcDiaryEntry *eb = b;

  if (ea->when != eb->when)
    return ea->when > eb->when ? -1 : 1;
  if (ea->id != eb->id)
    return ea->id > eb->id ? -1 : 1;

  return 0;
}
