/* mbc-diary-signs.c: what the guide already says about the diary's
 * entries, and each sign's course
 *
 * The entries of each sign are kept apart, oldest first, so that the
 * flags of one entry (asked for by every row the timeline shows) and a
 * sign's course over a span are found by a binary search among the
 * sign's own entries: years of entries cost no more than a few.
 *
 * The rules are the sources' own (CONTENT.md, "How urgent" and "The
 * symptom diary"): a sign whose tier is emergency means getting help
 * now; a sign of tier call that is getting worse means calling the same
 * day; any sign that lasts more than two weeks is one to tell the care
 * team about.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-diary-private.h"

/* "More than two weeks": days further apart than this. */
#define TWO_WEEKS_DAYS 14

static void
sign_index_free (MbcDiarySignIndex *index)
{
  g_free (index->key);
  g_ptr_array_unref (index->entries);
  g_free (index);
}

static GHashTable *
new_signs (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal,
                                NULL, (GDestroyNotify) sign_index_free);
}

void
_mbc_diary_signs_init (MbcDiary *self)
{
  self->signs = new_signs ();
}

/* Oldest first: the opposite of the timeline's order. */
static int
compare_oldest_first (MbcDiaryEntry *a,
                      MbcDiaryEntry *b)
{
  return -mbc_diary_entry_compare_newest_first (a, b, NULL);
}

/* The first position in @entries (oldest first) whose entry is not older
 * than @entry.
 */
static guint
lower_bound (GPtrArray     *entries,
             MbcDiaryEntry *entry)
{
  guint low = 0;
  guint high = entries->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare_oldest_first (g_ptr_array_index (entries, middle), entry) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* The first position in @entries (oldest first) whose entry is at
 * @when or later.
 */
static guint
lower_bound_when (GPtrArray *entries,
                  gint64     when)
{
  guint low = 0;
  guint high = entries->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (mbc_diary_entry_get_when (g_ptr_array_index (entries, middle)) < when)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static MbcDiarySignIndex *
lookup_index (MbcDiary      *self,
              MbcDiaryEntry *entry)
{
  g_autofree char *key = mbc_diary_entry_dup_sign_key (entry);

  return g_hash_table_lookup (self->signs, key);
}

/* The position of @entry in its sign's entries, or -1. */
static int
find_in_index (MbcDiarySignIndex *index,
               MbcDiaryEntry     *entry)
{
  guint position = lower_bound (index->entries, entry);

  if (position < index->entries->len &&
      compare_oldest_first (g_ptr_array_index (index->entries, position), entry) == 0)
    return position;

  return -1;
}

static MbcDiarySignIndex *
ensure_index (GHashTable    *signs,
              MbcDiaryEntry *entry)
{
  g_autofree char *key = mbc_diary_entry_dup_sign_key (entry);
  MbcDiarySignIndex *index = g_hash_table_lookup (signs, key);

  if (index == NULL)
    {
      index = g_new0 (MbcDiarySignIndex, 1);
      index->key = g_steal_pointer (&key);
      index->entries = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (signs, index->key, index);
    }

  return index;
}

void
_mbc_diary_signs_add (MbcDiary      *self,
                      MbcDiaryEntry *entry)
{
  MbcDiarySignIndex *index = ensure_index (self->signs, entry);

  g_ptr_array_insert (index->entries, lower_bound (index->entries, entry),
                      g_object_ref (entry));
  index->two_weeks_known = FALSE;
}

void
_mbc_diary_signs_remove (MbcDiary      *self,
                         MbcDiaryEntry *entry)
{
  MbcDiarySignIndex *index = lookup_index (self, entry);
  int position;

  g_return_if_fail (index != NULL);

  position = find_in_index (index, entry);
  g_return_if_fail (position >= 0);

  g_ptr_array_remove_index (index->entries, position);
  index->two_weeks_known = FALSE;
  if (index->entries->len == 0)
    g_hash_table_remove (self->signs, index->key);
}

GHashTable *
_mbc_diary_signs_build (GPtrArray *entries)
{
  GHashTable *signs = new_signs ();
  /* The sign of each entry's words or sign id, by kind: a sign key is
   * made (with Unicode normalization and case folding) once for each
   * different text, not once for each of years of entries.
   */
  GHashTable *by_text[MBC_DIARY_KIND_OVERALL + 1] = { NULL, };

  for (guint kind = MBC_DIARY_KIND_SIGN; kind <= MBC_DIARY_KIND_OVERALL; kind++)
    by_text[kind] = g_hash_table_new (g_str_hash, g_str_equal);

  /* @entries is newest first: read backwards, each sign's entries come
   * oldest first and are only ever appended.
   */
  for (guint i = entries->len; i > 0; i--)
    {
      MbcDiaryEntry *entry = g_ptr_array_index (entries, i - 1);
      MbcDiaryKind kind = mbc_diary_entry_get_kind (entry);
      const char *text = kind == MBC_DIARY_KIND_SIGN ? mbc_diary_entry_get_sign_id (entry)
                         : kind == MBC_DIARY_KIND_OVERALL ? ""
                         : mbc_diary_entry_get_label (entry);
      MbcDiarySignIndex *index = g_hash_table_lookup (by_text[kind], text);

      if (index == NULL)
        {
          index = ensure_index (signs, entry);
          /* The entry, and so its text, lives as long as the table. */
          g_hash_table_insert (by_text[kind], (gpointer) text, index);
        }
      g_ptr_array_add (index->entries, g_object_ref (entry));
    }

  for (guint kind = MBC_DIARY_KIND_SIGN; kind <= MBC_DIARY_KIND_OVERALL; kind++)
    g_hash_table_unref (by_text[kind]);

  return signs;
}

void
_mbc_diary_signs_take (MbcDiary   *self,
                       GHashTable *signs)
{
  g_clear_pointer (&self->signs, g_hash_table_unref);
  self->signs = signs;
}

void
_mbc_diary_signs_rebuild (MbcDiary *self)
{
  _mbc_diary_signs_take (self, _mbc_diary_signs_build (self->entries));
}

static void
note (MbcDiary           *self,
      MbcDiaryNeighbours *neighbours,
      MbcDiarySignIndex  *index,
      guint               position)
{
  MbcDiaryEntry *entry = g_ptr_array_index (index->entries, position);

  for (guint i = 0; i < neighbours->n; i++)
    if (neighbours->entries[i] == entry)
      return;
  g_return_if_fail (neighbours->n < MBC_DIARY_MAX_NEIGHBOURS);

  neighbours->entries[neighbours->n] = g_object_ref (entry);
  neighbours->flags[neighbours->n] = mbc_diary_get_flags (self, entry);
  neighbours->n++;
}

void
_mbc_diary_signs_note_neighbours (MbcDiary           *self,
                                  MbcDiaryEntry      *entry,
                                  MbcDiaryNeighbours *neighbours)
{
  MbcDiarySignIndex *index = lookup_index (self, entry);
  guint position;

  if (index == NULL)
    return;

  /* An entry's "worse" follows the entry before it, and "two weeks" is
   * the latest entry's: an entry added or removed changes at most those
   * of the entries beside it and of the latest.
   */
  position = lower_bound (index->entries, entry);
  for (guint i = position > 0 ? position - 1 : 0; i < position + 2 && i < index->entries->len; i++)
    note (self, neighbours, index, i);
  note (self, neighbours, index, index->entries->len - 1);
}

void
_mbc_diary_neighbours_clear (MbcDiaryNeighbours *neighbours)
{
  for (guint i = 0; i < neighbours->n; i++)
    g_clear_object (&neighbours->entries[i]);
  neighbours->n = 0;
}

static MbcSymptom *
find_entry_symptom (MbcDiary      *self,
                    MbcDiaryEntry *entry)
{
  if (mbc_diary_entry_get_kind (entry) != MBC_DIARY_KIND_SIGN)
    return NULL;

  return mbc_diary_find_symptom (self, mbc_diary_entry_get_sign_id (entry));
}

int
mbc_diary_get_urgency (MbcDiary      *self,
                       MbcDiaryEntry *entry)
{
  MbcSymptom *symptom;

  g_return_val_if_fail (MBC_IS_DIARY (self), -1);
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (entry), -1);

  symptom = find_entry_symptom (self, entry);

  return symptom != NULL ? (int) mbc_symptom_get_urgency (symptom) : -1;
}

const char *
mbc_diary_get_label (MbcDiary      *self,
                     MbcDiaryEntry *entry)
{
  MbcSymptom *symptom;

  g_return_val_if_fail (MBC_IS_DIARY (self), NULL);
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (entry), NULL);

  symptom = find_entry_symptom (self, entry);
  if (symptom != NULL)
    return mbc_symptom_get_text (symptom);

  if (mbc_diary_entry_get_kind (entry) == MBC_DIARY_KIND_OVERALL &&
      *mbc_diary_entry_get_label (entry) == '\0')
    /* Translators: what an entry of the diary is about when the person
     * said how they feel overall that day, without words of their own.
     */
    return _("How you feel overall");

  /* A sign the guide no longer has keeps the words it was recorded with. */
  return mbc_diary_entry_get_label (entry);
}

/* Whether the sign is still there and has been for more than two weeks:
 * its latest entry has a severity above 0, and the entries since the
 * latest one at 0 (or since the first) were made on days more than two
 * weeks apart.
 */
static gboolean
compute_two_weeks (MbcDiarySignIndex *index)
{
  MbcDiaryEntry *latest;
  MbcDiaryEntry *first_of_run;
  guint start;

  if (index->entries->len == 0)
    return FALSE;

  latest = g_ptr_array_index (index->entries, index->entries->len - 1);
  if (mbc_diary_entry_get_kind (latest) == MBC_DIARY_KIND_OVERALL ||
      mbc_diary_entry_get_severity (latest) == 0)
    return FALSE;

  start = index->entries->len - 1;
  while (start > 0 &&
         mbc_diary_entry_get_severity (g_ptr_array_index (index->entries, start - 1)) > 0)
    start--;
  first_of_run = g_ptr_array_index (index->entries, start);

  return mbc_diary_entry_get_day (latest) > mbc_diary_entry_get_day (first_of_run) + TWO_WEEKS_DAYS;
}

static MbcDiaryFlags
compute_flags (MbcDiary          *self,
               MbcDiarySignIndex *index,
               guint              position)
{
  MbcDiaryEntry *entry = g_ptr_array_index (index->entries, position);
  MbcDiaryFlags flags = MBC_DIARY_FLAG_NONE;
  MbcSymptom *symptom;

  if (mbc_diary_entry_get_kind (entry) == MBC_DIARY_KIND_OVERALL)
    return MBC_DIARY_FLAG_NONE;

  symptom = find_entry_symptom (self, entry);
  if (symptom != NULL)
    {
      MbcUrgency urgency = mbc_symptom_get_urgency (symptom);

      if (urgency == MBC_URGENCY_EMERGENCY)
        flags |= MBC_DIARY_FLAG_EMERGENCY;

      if (urgency == MBC_URGENCY_CALL && position > 0 &&
          mbc_diary_entry_get_severity (entry) >
          mbc_diary_entry_get_severity (g_ptr_array_index (index->entries, position - 1)))
        flags |= MBC_DIARY_FLAG_WORSE;
    }

  /* Given on the sign's latest entry only: it tells about the sign as it
   * is now, not as it was when an older entry was made.
   */
  if (position == index->entries->len - 1)
    {
      if (!index->two_weeks_known)
        {
          index->two_weeks = compute_two_weeks (index);
          index->two_weeks_known = TRUE;
        }
      if (index->two_weeks)
        flags |= MBC_DIARY_FLAG_TWO_WEEKS;
    }

  return flags;
}

MbcDiaryFlags
mbc_diary_get_flags (MbcDiary      *self,
                     MbcDiaryEntry *entry)
{
  MbcDiarySignIndex *index;
  int position;

  g_return_val_if_fail (MBC_IS_DIARY (self), MBC_DIARY_FLAG_NONE);
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (entry), MBC_DIARY_FLAG_NONE);

  index = lookup_index (self, entry);
  if (index == NULL)
    return MBC_DIARY_FLAG_NONE;

  position = find_in_index (index, entry);
  if (position < 0)
    return MBC_DIARY_FLAG_NONE;

  return compute_flags (self, index, position);
}

/* The course of @index's sign from @from to @to, or NULL. */
static MbcDiarySign *
make_sign (MbcDiary          *self,
           MbcDiarySignIndex *index,
           gint64             from,
           gint64             to)
{
  MbcDiarySign *sign;
  MbcDiaryEntry *latest;
  MbcSymptom *symptom;
  guint start;
  guint end;
  guint32 previous_day = 0;
  gboolean overall;

  start = lower_bound_when (index->entries, from);
  end = to == G_MAXINT64 ? index->entries->len : lower_bound_when (index->entries, to + 1);
  if (start >= end)
    return NULL;

  latest = g_ptr_array_index (index->entries, end - 1);
  overall = mbc_diary_entry_get_kind (latest) == MBC_DIARY_KIND_OVERALL;
  symptom = find_entry_symptom (self, latest);

  sign = g_new0 (MbcDiarySign, 1);
  sign->key = g_strdup (index->key);
  sign->kind = mbc_diary_entry_get_kind (latest);
  sign->sign_id = g_strdup (mbc_diary_entry_get_sign_id (latest));
  sign->label = g_strdup (mbc_diary_get_label (self, latest));
  sign->urgency = symptom != NULL ? (int) mbc_symptom_get_urgency (symptom) : -1;
  sign->first = mbc_diary_entry_get_when (g_ptr_array_index (index->entries, start));
  sign->last = mbc_diary_entry_get_when (latest);
  sign->latest = mbc_diary_entry_get_severity (latest);
  sign->worst = sign->latest;
  sign->flags = compute_flags (self, index, end - 1);
  sign->entries = g_ptr_array_new_full (end - start, g_object_unref);

  for (guint i = start; i < end; i++)
    {
      MbcDiaryEntry *entry = g_ptr_array_index (index->entries, i);
      int severity = mbc_diary_entry_get_severity (entry);
      guint32 day = mbc_diary_entry_get_day (entry);

      g_ptr_array_add (sign->entries, g_object_ref (entry));
      /* For how a person feels overall, 0 is very poorly: the worst day
       * is the lowest.
       */
      sign->worst = overall ? MIN (sign->worst, severity) : MAX (sign->worst, severity);
      /* Oldest first: the days only go forward. */
      if (day != previous_day)
        sign->n_days++;
      previous_day = day;
    }

  return sign;
}

/* Most urgent first (the person's own signs, with no tier, last), then
 * the most recent.
 */
static int
compare_signs (gconstpointer a,
               gconstpointer b)
{
  const MbcDiarySign *sa = *(const MbcDiarySign **) a;
  const MbcDiarySign *sb = *(const MbcDiarySign **) b;
  int ua = sa->urgency < 0 ? MBC_N_URGENCIES : sa->urgency;
  int ub = sb->urgency < 0 ? MBC_N_URGENCIES : sb->urgency;

  if (ua != ub)
    return ua < ub ? -1 : 1;
  if (sa->last != sb->last)
    return sa->last > sb->last ? -1 : 1;

  return g_strcmp0 (sa->key, sb->key);
}

GPtrArray *
mbc_diary_dup_signs (MbcDiary *self,
                     gint64    from,
                     gint64    to)
{
  GPtrArray *signs;
  GHashTableIter iter;
  MbcDiarySignIndex *index;

  g_return_val_if_fail (MBC_IS_DIARY (self), NULL);

  signs = g_ptr_array_new_with_free_func ((GDestroyNotify) mbc_diary_sign_free);
  g_hash_table_iter_init (&iter, self->signs);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &index))
    {
      MbcDiarySign *sign = make_sign (self, index, from, to);

      if (sign != NULL)
        g_ptr_array_add (signs, sign);
    }
  g_ptr_array_sort (signs, compare_signs);

  return signs;
}

MbcDiarySign *
mbc_diary_dup_sign (MbcDiary   *self,
                    const char *key,
                    gint64      from,
                    gint64      to)
{
  MbcDiarySignIndex *index;

  g_return_val_if_fail (MBC_IS_DIARY (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  index = g_hash_table_lookup (self->signs, key);
  if (index == NULL)
    return NULL;

  return make_sign (self, index, from, to);
}
