/* test-diary.c: the diary as its views see it
 *
 * The model is checked through what a person does (record, edit,
 * remove and undo, import, clear) and through what the views are told
 * (items-changed, the order, the ids), then through what the guide says
 * about the entries (the flags, each sign's course), and then with a
 * file: what was recorded is there again after a restart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "mbc-diary-private.h"
#include "mbc-diary-sample-private.h"
#include "mbc-site.h"

#define DAY (24 * 60 * 60)

/* Helpers */

/* Local noon, @days days before today: entries a whole number of days
 * apart, on the days the test means, whatever the time zone and its
 * summer time.
 */
static gint64
days_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_time_get_year (now),
                                                     g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now),
                                                     12, 0, 0);
  g_autoptr(GDateTime) then = g_date_time_add_days (noon, -days);

  return g_date_time_to_unix (then);
}

static MbcContent *
load_content (void)
{
  g_autoptr(GError) error = NULL;
  MbcContent *content = mbc_content_new_default (&error);

  g_assert_no_error (error);

  return content;
}

/* The id of a sign of the shipped content with @urgency. */
static const char *
find_sign_id (MbcContent *content,
              MbcUrgency  urgency)
{
  GListModel *sites = mbc_content_get_sites (content);

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);

      for (guint j = 0; j < g_list_model_get_n_items (symptoms); j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);

          if (mbc_symptom_get_urgency (symptom) == urgency)
            return mbc_symptom_get_id (symptom);
        }
    }

  g_assert_not_reached ();
}

static MbcDiaryEntry *
new_own (const char *words,
         gint64      when,
         int         severity)
{
  return mbc_diary_entry_new (MBC_DIARY_KIND_OWN, NULL, words, when, severity,
                              MBC_DIARY_SCORE_NONE, NULL, NULL);
}

static MbcDiaryEntry *
new_sign (const char *sign_id,
          gint64      when,
          int         severity)
{
  return mbc_diary_entry_new (MBC_DIARY_KIND_SIGN, sign_id, "Words when recorded",
                              when, severity, 3, "Paracetamol", "A note");
}

/* Adds a copy of @entry (which the caller owns) and returns the
 * diary's, which the diary owns.
 */
static MbcDiaryEntry *
add (MbcDiary      *diary,
     MbcDiaryEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcDiaryEntry) owned = entry;
  MbcDiaryEntry *added = mbc_diary_add (diary, owned, &error);

  g_assert_no_error (error);
  g_assert_nonnull (added);
  g_assert_true (mbc_diary_entry_equal_content (added, owned));

  return added;
}

static MbcDiaryEntry *
get_entry (MbcDiary *diary,
           guint     position)
{
  g_autoptr(MbcDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (diary), position);

  g_assert_nonnull (entry);

  /* The diary holds it. */
  return entry;
}

/* The model is newest first, and its ids are all different. */
static void
assert_order (MbcDiary *diary)
{
  GListModel *model = G_LIST_MODEL (diary);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      MbcDiaryEntry *entry = get_entry (diary, i);
      gint64 *id = g_new (gint64, 1);

      *id = mbc_diary_entry_get_id (entry);
      g_assert_cmpint (*id, >, 0);
      g_assert_false (g_hash_table_contains (ids, id));
      g_hash_table_add (ids, id);
      if (i > 0)
        g_assert_cmpint (mbc_diary_entry_compare_newest_first (get_entry (diary, i - 1),
                                                               entry, NULL), <, 0);
    }
}

/* What the views are told, kept as a copy of the model that follows
 * items-changed alone: at the end it must be the model.
 */
typedef struct {
  GPtrArray *copy;
  guint      n_changes;
} Mirror;

static void
mirror_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->copy->len);
  g_ptr_array_remove_range (mirror->copy, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->copy, position + i, g_list_model_get_item (model, position + i));
  mirror->n_changes++;
}

static void
mirror_init (Mirror   *mirror,
             MbcDiary *diary)
{
  mirror->copy = g_ptr_array_new_with_free_func (g_object_unref);
  mirror->n_changes = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (diary)); i++)
    g_ptr_array_add (mirror->copy, g_list_model_get_item (G_LIST_MODEL (diary), i));
  g_signal_connect (diary, "items-changed", G_CALLBACK (mirror_items_changed_cb), mirror);
}

static void
mirror_check (Mirror   *mirror,
              MbcDiary *diary)
{
  g_assert_cmpuint (mirror->copy->len, ==, g_list_model_get_n_items (G_LIST_MODEL (diary)));
  for (guint i = 0; i < mirror->copy->len; i++)
    g_assert_true (g_ptr_array_index (mirror->copy, i) == get_entry (diary, i));
}

static void
mirror_clear (Mirror   *mirror,
              MbcDiary *diary)
{
  g_signal_handlers_disconnect_by_data (diary, mirror);
  g_clear_pointer (&mirror->copy, g_ptr_array_unref);
}

static void
count_cb (GListModel *model,
          guint       position,
          guint       removed,
          guint       added,
          guint      *count)
{
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, g_list_model_get_n_items (model));
  g_assert_cmpuint (added, ==, removed);
  (*count)++;
}

static void
count_any_cb (guint *count)
{
  (*count)++;
}

/* Tests */

static void
test_memory (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(GError) error = NULL;
  MbcDiaryEntry *older, *newer, *same_time;
  Mirror mirror;

  g_assert_null (mbc_diary_get_file (diary));
  g_assert_true (mbc_diary_get_loaded (diary));
  g_assert_false (mbc_diary_get_read_only (diary));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (diary)) == MBC_TYPE_DIARY_ENTRY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 0);
  g_assert_true (mbc_diary_load (diary, &error));
  g_assert_no_error (error);

  mirror_init (&mirror, diary);

  older = add (diary, new_own ("Tired", days_ago (2), 4));
  newer = add (diary, new_own ("Headache", days_ago (0), 6));
  same_time = add (diary, new_own ("Dizzy", days_ago (2), 2));

  /* Ids in the order of adding; the newest first, and of two at the same
   * time the one added later.
   */
  g_assert_cmpint (mbc_diary_entry_get_id (older), ==, 1);
  g_assert_cmpint (mbc_diary_entry_get_id (newer), ==, 2);
  g_assert_cmpint (mbc_diary_entry_get_id (same_time), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 3);
  g_assert_true (get_entry (diary, 0) == newer);
  g_assert_true (get_entry (diary, 1) == same_time);
  g_assert_true (get_entry (diary, 2) == older);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (diary), 3));
  g_assert_cmpuint (mirror.n_changes, ==, 3);
  mirror_check (&mirror, diary);
  assert_order (diary);

  mirror_clear (&mirror, diary);
  g_assert_finalize_object (g_steal_pointer (&diary));
}

static void
test_replace (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcDiaryEntry) edit = NULL;
  g_autoptr(MbcDiaryEntry) edit_again = NULL;
  MbcDiaryEntry *a, *b, *c, *replaced;
  Mirror mirror;

  a = add (diary, new_own ("Tired", days_ago (3), 4));
  b = add (diary, new_own ("Headache", days_ago (2), 6));
  c = add (diary, new_own ("Dizzy", days_ago (1), 2));
  mirror_init (&mirror, diary);

  /* The same place: only the severity changes. */
  edit = new_own ("Headache", days_ago (2), 8);
  g_assert_cmpint (mbc_diary_entry_get_id (b), ==, 2);
  /* The diary lets go of the old entry. */
  replaced = mbc_diary_replace (diary, b, edit, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mbc_diary_entry_get_id (replaced), ==, 2);
  g_assert_cmpint (mbc_diary_entry_get_severity (replaced), ==, 8);
  g_assert_true (get_entry (diary, 1) == replaced);
  mirror_check (&mirror, diary);

  /* Moved earlier than every other entry: it goes to the end. */
  edit_again = new_own ("Headache", days_ago (10), 8);
  replaced = mbc_diary_replace (diary, replaced, edit_again, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mbc_diary_entry_get_id (replaced), ==, 2);
  g_assert_true (get_entry (diary, 0) == c);
  g_assert_true (get_entry (diary, 1) == a);
  g_assert_true (get_entry (diary, 2) == replaced);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 3);
  mirror_check (&mirror, diary);
  assert_order (diary);

  mirror_clear (&mirror, diary);
  g_assert_finalize_object (g_steal_pointer (&diary));
}

static void
test_remove_undo (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MbcDiaryEntry) kept = NULL;
  MbcDiaryEntry *again;
  Mirror mirror;

  add (diary, new_own ("Tired", days_ago (3), 4));
  kept = g_object_ref (add (diary, new_own ("Headache", days_ago (2), 6)));
  add (diary, new_own ("Dizzy", days_ago (1), 2));
  mirror_init (&mirror, diary);

  g_assert_true (mbc_diary_remove (diary, kept, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_false (mbc_diary_entry_equal_content (get_entry (diary, i), kept));
  mirror_check (&mirror, diary);

  /* Undo: the entry kept by the view comes back where it was, with a new
   * id, so that no id is ever given twice.
   */
  again = mbc_diary_add (diary, kept, &error);
  g_assert_no_error (error);
  g_assert_true (mbc_diary_entry_equal_content (again, kept));
  g_assert_cmpint (mbc_diary_entry_get_id (again), ==, 4);
  g_assert_true (get_entry (diary, 1) == again);
  mirror_check (&mirror, diary);
  assert_order (diary);

  mirror_clear (&mirror, diary);
  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&kept));
}

/* An import adds what the diary does not hold yet: the same file twice
 * adds nothing the second time, a changed entry is new.
 */
static void
test_import (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) file = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_added = 0, n_known = 0;

  add (diary, new_own ("Tired", days_ago (3), 4));
  g_ptr_array_add (file, new_own ("Tired", days_ago (3), 4));
  g_ptr_array_add (file, new_own ("Tired", days_ago (2), 5));
  g_ptr_array_add (file, new_own ("Sore feet", days_ago (2), 5));

  g_assert_true (mbc_diary_import (diary, file, &n_added, &n_known, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_cmpuint (n_known, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 3);

  g_assert_true (mbc_diary_import (diary, file, &n_added, &n_known, &error));
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (n_known, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 3);

  /* The same but for its severity: another entry. */
  g_ptr_array_set_size (file, 0);
  g_ptr_array_add (file, new_own ("Tired", days_ago (3), 6));
  g_assert_true (mbc_diary_import (diary, file, &n_added, &n_known, &error));
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (n_known, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 4);

  g_assert_finalize_object (g_steal_pointer (&diary));
}

static void
test_add_all_clear (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) import = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);
  Mirror mirror;

  add (diary, new_own ("Tired", days_ago (3), 4));
  mirror_init (&mirror, diary);

  for (guint i = 0; i < 500; i++)
    g_ptr_array_add (import, new_own (i % 2 ? "Tired" : "Sore feet",
                                      days_ago (g_rand_int_range (rand, 0, 400)) +
                                      g_rand_int_range (rand, -3600, 3600),
                                      g_rand_int_range (rand, 0, 11)));
  g_assert_true (mbc_diary_add_all (diary, import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 501);
  /* One change for the whole import. */
  g_assert_cmpuint (mirror.n_changes, ==, 1);
  mirror_check (&mirror, diary);
  assert_order (diary);

  /* Nothing is nothing. */
  g_ptr_array_set_size (import, 0);
  g_assert_true (mbc_diary_add_all (diary, import, &error));
  g_assert_cmpuint (mirror.n_changes, ==, 1);

  /* The signs index follows: every entry of "Tired" is in its course. */
  {
    g_autoptr(MbcDiaryEntry) probe = new_own ("  TIRED ", 0, 0);
    g_autofree char *key = mbc_diary_entry_dup_sign_key (probe);
    g_autoptr(MbcDiarySign) sign = mbc_diary_dup_sign (diary, key, G_MININT64, G_MAXINT64);

    g_assert_nonnull (sign);
    g_assert_cmpuint (sign->entries->len, ==, 251);
  }

  g_assert_true (mbc_diary_clear (diary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 0);
  g_assert_cmpuint (mirror.n_changes, ==, 2);
  mirror_check (&mirror, diary);
  {
    g_autoptr(GPtrArray) signs = mbc_diary_dup_signs (diary, G_MININT64, G_MAXINT64);

    g_assert_cmpuint (signs->len, ==, 0);
  }

  mirror_clear (&mirror, diary);
  g_assert_finalize_object (g_steal_pointer (&diary));
}

static void
test_content (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(MbcContent) content = load_content ();
  const char *call_id = find_sign_id (content, MBC_URGENCY_CALL);
  MbcDiaryEntry *sign, *gone, *own;
  MbcSymptom *symptom;
  guint n_changes = 0;

  sign = add (diary, new_sign (call_id, days_ago (1), 5));
  gone = add (diary, new_sign ("no-such-sign", days_ago (1), 5));
  own = add (diary, new_own ("Tired", days_ago (1), 5));

  /* Without the guide, every entry keeps the words it was recorded with. */
  g_assert_null (mbc_diary_get_content (diary));
  g_assert_null (mbc_diary_find_symptom (diary, call_id));
  g_assert_cmpstr (mbc_diary_get_label (diary, sign), ==, "Words when recorded");
  g_assert_cmpint (mbc_diary_get_urgency (diary, sign), ==, -1);

  g_signal_connect (diary, "items-changed", G_CALLBACK (count_cb), &n_changes);
  mbc_diary_set_content (diary, content);
  /* Every row is told that its words may have changed. */
  g_assert_cmpuint (n_changes, ==, 1);
  g_signal_handlers_disconnect_by_data (diary, &n_changes);
  g_assert_true (mbc_diary_get_content (diary) == content);

  symptom = mbc_diary_find_symptom (diary, call_id);
  g_assert_nonnull (symptom);
  g_assert_cmpstr (mbc_symptom_get_id (symptom), ==, call_id);
  g_assert_null (mbc_diary_find_symptom (diary, "no-such-sign"));
  g_assert_null (mbc_diary_find_symptom (diary, NULL));

  g_assert_cmpstr (mbc_diary_get_label (diary, sign), ==, mbc_symptom_get_text (symptom));
  g_assert_cmpint (mbc_diary_get_urgency (diary, sign), ==, MBC_URGENCY_CALL);
  g_assert_cmpstr (mbc_diary_get_label (diary, gone), ==, "Words when recorded");
  g_assert_cmpint (mbc_diary_get_urgency (diary, gone), ==, -1);
  g_assert_cmpstr (mbc_diary_get_label (diary, own), ==, "Tired");
  g_assert_cmpint (mbc_diary_get_urgency (diary, own), ==, -1);

  mbc_diary_set_content (diary, NULL);
  g_assert_null (mbc_diary_find_symptom (diary, call_id));

  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

static void
test_flags_emergency (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(MbcContent) content = load_content ();
  const char *emergency_id = find_sign_id (content, MBC_URGENCY_EMERGENCY);
  const char *mention_id = find_sign_id (content, MBC_URGENCY_MENTION);
  MbcDiaryEntry *emergency, *mention, *overall;

  mbc_diary_set_content (diary, content);
  emergency = add (diary, new_sign (emergency_id, days_ago (0), 1));
  mention = add (diary, new_sign (mention_id, days_ago (0), 10));
  overall = add (diary, mbc_diary_entry_new (MBC_DIARY_KIND_OVERALL, NULL, "", days_ago (0),
                                             2, MBC_DIARY_SCORE_NONE, NULL, NULL));

  g_assert_cmpint (mbc_diary_get_flags (diary, emergency), ==, MBC_DIARY_FLAG_EMERGENCY);
  g_assert_cmpint (mbc_diary_get_flags (diary, mention), ==, MBC_DIARY_FLAG_NONE);
  g_assert_cmpint (mbc_diary_get_flags (diary, overall), ==, MBC_DIARY_FLAG_NONE);

  /* Without the guide no tier is known. */
  mbc_diary_set_content (diary, NULL);
  g_assert_cmpint (mbc_diary_get_flags (diary, emergency), ==, MBC_DIARY_FLAG_NONE);

  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

static void
test_flags_worse (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(MbcContent) content = load_content ();
  const char *call_id = find_sign_id (content, MBC_URGENCY_CALL);
  const char *mention_id = find_sign_id (content, MBC_URGENCY_MENTION);
  MbcDiaryEntry *first, *better, *worse, *same, *in_between, *mention_worse;

  mbc_diary_set_content (diary, content);
  first = add (diary, new_sign (call_id, days_ago (5), 4));
  better = add (diary, new_sign (call_id, days_ago (4), 2));
  worse = add (diary, new_sign (call_id, days_ago (3), 5));
  same = add (diary, new_sign (call_id, days_ago (2), 5));
  add (diary, new_sign (mention_id, days_ago (5), 1));
  mention_worse = add (diary, new_sign (mention_id, days_ago (4), 9));

  /* The first of a sign has nothing to be worse than. */
  g_assert_cmpint (mbc_diary_get_flags (diary, first), ==, MBC_DIARY_FLAG_NONE);
  g_assert_cmpint (mbc_diary_get_flags (diary, better), ==, MBC_DIARY_FLAG_NONE);
  g_assert_cmpint (mbc_diary_get_flags (diary, worse), ==, MBC_DIARY_FLAG_WORSE);
  g_assert_cmpint (mbc_diary_get_flags (diary, same), ==, MBC_DIARY_FLAG_NONE);
  /* Only a sign whose tier is call. */
  g_assert_cmpint (mbc_diary_get_flags (diary, mention_worse), ==, MBC_DIARY_FLAG_NONE);

  /* An entry recorded later for an earlier time counts where its time
   * puts it: now "worse" follows 3, not 2.
   */
  in_between = add (diary, new_sign (call_id, days_ago (3) - 3600, 3));
  g_assert_cmpint (mbc_diary_get_flags (diary, in_between), ==, MBC_DIARY_FLAG_WORSE);
  g_assert_cmpint (mbc_diary_get_flags (diary, worse), ==, MBC_DIARY_FLAG_WORSE);
  g_assert_true (mbc_diary_remove (diary, better, NULL));
  /* 4, then 3: better. */
  g_assert_cmpint (mbc_diary_get_flags (diary, in_between), ==, MBC_DIARY_FLAG_NONE);

  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

static void
test_flags_two_weeks (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(MbcContent) content = load_content ();
  const char *mention_id = find_sign_id (content, MBC_URGENCY_MENTION);
  MbcDiaryEntry *start, *middle, *today, *gone, *back;
  MbcDiaryEntry *fourteen, *fifteen;

  mbc_diary_set_content (diary, content);

  /* 20 days ago and today: more than two weeks, still there. */
  start = add (diary, new_sign (mention_id, days_ago (20), 3));
  middle = add (diary, new_sign (mention_id, days_ago (10), 2));
  today = add (diary, new_sign (mention_id, days_ago (0), 1));
  g_assert_cmpint (mbc_diary_get_flags (diary, today), ==, MBC_DIARY_FLAG_TWO_WEEKS);
  /* On the latest entry only. */
  g_assert_cmpint (mbc_diary_get_flags (diary, start), ==, MBC_DIARY_FLAG_NONE);
  g_assert_cmpint (mbc_diary_get_flags (diary, middle), ==, MBC_DIARY_FLAG_NONE);

  /* Gone today (severity 0): no longer there. */
  gone = add (diary, new_sign (mention_id, days_ago (0) + 60, 0));
  g_assert_cmpint (mbc_diary_get_flags (diary, gone), ==, MBC_DIARY_FLAG_NONE);
  g_assert_cmpint (mbc_diary_get_flags (diary, today), ==, MBC_DIARY_FLAG_NONE);

  /* Back after it was gone: the run starts again. */
  back = add (diary, new_sign (mention_id, days_ago (0) + 120, 2));
  g_assert_cmpint (mbc_diary_get_flags (diary, back), ==, MBC_DIARY_FLAG_NONE);
  /* Undo of the "gone" entry: the run is 20 days again. */
  g_assert_true (mbc_diary_remove (diary, gone, NULL));
  g_assert_cmpint (mbc_diary_get_flags (diary, back), ==, MBC_DIARY_FLAG_TWO_WEEKS);

  /* Exactly 14 days apart is not more than two weeks; 15 is. */
  fourteen = add (diary, new_own ("Sore feet", days_ago (14), 2));
  fourteen = add (diary, new_own ("sore FEET", days_ago (0), 2));
  g_assert_cmpint (mbc_diary_get_flags (diary, fourteen), ==, MBC_DIARY_FLAG_NONE);
  add (diary, mbc_diary_entry_new (MBC_DIARY_KIND_SIDE_EFFECT, NULL, "Sore feet",
                                   days_ago (15), 2, MBC_DIARY_SCORE_NONE, NULL, NULL));
  fifteen = add (diary, mbc_diary_entry_new (MBC_DIARY_KIND_SIDE_EFFECT, NULL, "Sore feet",
                                             days_ago (0), 2, MBC_DIARY_SCORE_NONE, NULL, NULL));
  /* The person's own words and side effects too, each a sign of its own. */
  g_assert_cmpint (mbc_diary_get_flags (diary, fifteen), ==, MBC_DIARY_FLAG_TWO_WEEKS);
  g_assert_cmpint (mbc_diary_get_flags (diary, fourteen), ==, MBC_DIARY_FLAG_NONE);

  /* How a person feels overall is no sign to flag. */
  add (diary, mbc_diary_entry_new (MBC_DIARY_KIND_OVERALL, NULL, "", days_ago (30),
                                   2, MBC_DIARY_SCORE_NONE, NULL, NULL));
  g_assert_cmpint (mbc_diary_get_flags (diary,
                                        add (diary, mbc_diary_entry_new (MBC_DIARY_KIND_OVERALL,
                                                                         NULL, "", days_ago (0),
                                                                         2, MBC_DIARY_SCORE_NONE,
                                                                         NULL, NULL))),
                   ==, MBC_DIARY_FLAG_NONE);

  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

/* The flags as the sources word them, worked out the long way, for the
 * entry at @position, from the model alone; @keys are the sign keys of
 * the model's entries.
 */
static MbcDiaryFlags
reference_flags (MbcDiary  *diary,
                 GPtrArray *keys,
                 guint      position)
{
  MbcDiaryEntry *entry = get_entry (diary, position);
  g_autoptr(GPtrArray) same = g_ptr_array_new ();
  MbcDiaryFlags flags = MBC_DIARY_FLAG_NONE;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (diary));
  guint in_sign = 0;
  guint run_start = 0;

  if (mbc_diary_entry_get_kind (entry) == MBC_DIARY_KIND_OVERALL)
    return MBC_DIARY_FLAG_NONE;

  /* The sign's entries, oldest first. */
  for (guint i = n; i > 0; i--)
    if (g_str_equal (g_ptr_array_index (keys, position), g_ptr_array_index (keys, i - 1)))
      {
        if (i - 1 == position)
          in_sign = same->len;
        g_ptr_array_add (same, get_entry (diary, i - 1));
      }

  if (mbc_diary_get_urgency (diary, entry) == MBC_URGENCY_EMERGENCY)
    flags |= MBC_DIARY_FLAG_EMERGENCY;
  if (mbc_diary_get_urgency (diary, entry) == MBC_URGENCY_CALL && in_sign > 0 &&
      mbc_diary_entry_get_severity (entry) >
      mbc_diary_entry_get_severity (g_ptr_array_index (same, in_sign - 1)))
    flags |= MBC_DIARY_FLAG_WORSE;

  if (in_sign == same->len - 1 && mbc_diary_entry_get_severity (entry) > 0)
    {
      for (guint i = 0; i < same->len; i++)
        if (mbc_diary_entry_get_severity (g_ptr_array_index (same, i)) == 0)
          run_start = i + 1;
      if (mbc_diary_entry_get_day (entry) -
          mbc_diary_entry_get_day (g_ptr_array_index (same, run_start)) > 14)
        flags |= MBC_DIARY_FLAG_TWO_WEEKS;
    }

  return flags;
}

static void
test_flags_reference (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(MbcContent) content = load_content ();
  g_autoptr(GPtrArray) sample = NULL;
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GError) error = NULL;
  guint n_flagged[3] = { 0, };
  guint n;

  mbc_diary_set_content (diary, content);
  /* Ten years at about one entry a day: runs long and short. */
  sample = mbc_diary_sample_entries (content, 3650, days_ago (0), 18);
  g_assert_cmpuint (sample->len, ==, 3650);
  g_assert_true (mbc_diary_add_all (diary, sample, &error));
  g_assert_no_error (error);

  /* Then a few changes, so that the index is updated, not only built. */
  for (guint i = 0; i < 200; i++)
    {
      n = g_list_model_get_n_items (G_LIST_MODEL (diary));
      g_assert_true (mbc_diary_remove (diary, get_entry (diary, (i * 7919) % n), NULL));
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (diary));
  keys = g_ptr_array_new_full (n, g_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (keys, mbc_diary_entry_dup_sign_key (get_entry (diary, i)));
  for (guint i = 0; i < n; i++)
    {
      MbcDiaryEntry *entry = get_entry (diary, i);
      MbcDiaryFlags flags = mbc_diary_get_flags (diary, entry);

      g_assert_cmpint (flags, ==, reference_flags (diary, keys, i));
      for (guint bit = 0; bit < 3; bit++)
        if (flags & (1 << bit))
          n_flagged[bit]++;
    }
  /* The sample makes every flag, so that each was compared. */
  g_test_message ("flagged: emergency %u, two weeks %u, worse %u",
                  n_flagged[0], n_flagged[1], n_flagged[2]);
  g_assert_cmpuint (n_flagged[0], >, 0);
  g_assert_cmpuint (n_flagged[1], >, 0);
  g_assert_cmpuint (n_flagged[2], >, 0);

  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

/* What a view shows of each row's flags, worked out only when the model
 * says a row is new or changed: at every step, it must be what the
 * diary says now.
 */
typedef struct {
  MbcDiary *diary;
  GArray   *flags;
} FlagView;

static void
flag_view_items_changed_cb (GListModel *model,
                            guint       position,
                            guint       removed,
                            guint       added,
                            FlagView   *view)
{
  g_array_remove_range (view->flags, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(MbcDiaryEntry) entry = g_list_model_get_item (model, position + i);
      MbcDiaryFlags flags = mbc_diary_get_flags (view->diary, entry);

      g_array_insert_val (view->flags, position + i, flags);
    }
}

static void
flag_view_check (FlagView *view)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (view->diary));

  g_assert_cmpuint (view->flags->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (view->flags, MbcDiaryFlags, i), ==,
                     mbc_diary_get_flags (view->diary, get_entry (view->diary, i)));
}

static void
test_flags_announced (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(MbcContent) content = load_content ();
  g_autoptr(GPtrArray) sample = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);
  const char *call_id = find_sign_id (content, MBC_URGENCY_CALL);
  FlagView view = { diary, g_array_new (FALSE, FALSE, sizeof (MbcDiaryFlags)) };
  MbcDiaryEntry *old, *latest;
  guint n_changes = 0;

  mbc_diary_set_content (diary, content);
  g_signal_connect (diary, "items-changed", G_CALLBACK (flag_view_items_changed_cb), &view);

  /* The row that said "two weeks" stops saying it when a newer entry
   * of its sign comes, and says it again when that entry goes.
   */
  add (diary, new_sign (call_id, days_ago (20), 3));
  old = add (diary, new_sign (call_id, days_ago (1), 3));
  g_assert_cmpint (mbc_diary_get_flags (diary, old), ==, MBC_DIARY_FLAG_TWO_WEEKS);
  flag_view_check (&view);
  g_signal_connect_swapped (diary, "items-changed", G_CALLBACK (count_any_cb), &n_changes);
  latest = add (diary, new_sign (call_id, days_ago (0), 2));
  /* The new row, and the row that changed. */
  g_assert_cmpuint (n_changes, ==, 2);
  g_assert_cmpint (mbc_diary_get_flags (diary, old), ==, MBC_DIARY_FLAG_NONE);
  flag_view_check (&view);
  g_assert_true (mbc_diary_remove (diary, latest, NULL));
  g_assert_cmpint (mbc_diary_get_flags (diary, old), ==, MBC_DIARY_FLAG_TWO_WEEKS);
  flag_view_check (&view);
  g_signal_handlers_disconnect_by_data (diary, &n_changes);

  /* Then a few hundred changes of every kind, at random. */
  sample = mbc_diary_sample_entries (content, 300, days_ago (0), 5);
  for (guint i = 0; i < 600; i++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (diary));
      MbcDiaryEntry *pick = g_ptr_array_index (sample, g_rand_int_range (rand, 0, sample->len));

      switch (n < 20 ? 0 : g_rand_int_range (rand, 0, 3))
        {
        case 0:
          add (diary, g_object_ref (pick));
          break;

        case 1:
          g_assert_true (mbc_diary_remove (diary, get_entry (diary, g_rand_int_range (rand, 0, n)),
                                           NULL));
          break;

        default:
          g_assert_nonnull (mbc_diary_replace (diary,
                                               get_entry (diary, g_rand_int_range (rand, 0, n)),
                                               pick, NULL));
          break;
        }
      flag_view_check (&view);
    }

  g_signal_handlers_disconnect_by_data (diary, &view);
  g_array_unref (view.flags);
  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

static void
test_signs (void)
{
  g_autoptr(MbcDiary) diary = mbc_diary_new (NULL);
  g_autoptr(MbcContent) content = load_content ();
  const char *emergency_id = find_sign_id (content, MBC_URGENCY_EMERGENCY);
  const char *call_id = find_sign_id (content, MBC_URGENCY_CALL);
  g_autoptr(GPtrArray) signs = NULL;
  g_autoptr(GPtrArray) recent = NULL;
  g_autoptr(MbcDiarySign) overall = NULL;
  MbcDiarySign *sign;

  mbc_diary_set_content (diary, content);
  add (diary, new_own ("Tired", days_ago (1) + 60, 4));
  add (diary, new_sign (call_id, days_ago (20), 3));
  add (diary, new_sign (call_id, days_ago (20) + 60, 7));
  add (diary, new_sign (call_id, days_ago (5), 6));
  add (diary, new_sign (call_id, days_ago (0), 2));
  add (diary, new_sign (emergency_id, days_ago (30), 8));
  add (diary, mbc_diary_entry_new (MBC_DIARY_KIND_OVERALL, NULL, "", days_ago (2),
                                   7, MBC_DIARY_SCORE_NONE, NULL, NULL));
  add (diary, mbc_diary_entry_new (MBC_DIARY_KIND_OVERALL, NULL, "", days_ago (1),
                                   3, MBC_DIARY_SCORE_NONE, NULL, NULL));

  signs = mbc_diary_dup_signs (diary, G_MININT64, G_MAXINT64);
  g_assert_cmpuint (signs->len, ==, 4);

  /* Most urgent first, then the most recent. */
  sign = g_ptr_array_index (signs, 0);
  g_assert_cmpstr (sign->sign_id, ==, emergency_id);
  g_assert_cmpint (sign->urgency, ==, MBC_URGENCY_EMERGENCY);
  g_assert_cmpint (sign->flags, ==, MBC_DIARY_FLAG_EMERGENCY);

  sign = g_ptr_array_index (signs, 1);
  g_assert_cmpstr (sign->sign_id, ==, call_id);
  g_assert_cmpint (sign->kind, ==, MBC_DIARY_KIND_SIGN);
  g_assert_cmpstr (sign->label, ==, mbc_symptom_get_text (mbc_diary_find_symptom (diary, call_id)));
  g_assert_cmpint (sign->urgency, ==, MBC_URGENCY_CALL);
  g_assert_cmpint (sign->first, ==, days_ago (20));
  g_assert_cmpint (sign->last, ==, days_ago (0));
  g_assert_cmpuint (sign->n_days, ==, 3);
  g_assert_cmpint (sign->worst, ==, 7);
  g_assert_cmpint (sign->latest, ==, 2);
  g_assert_cmpint (sign->flags, ==, MBC_DIARY_FLAG_TWO_WEEKS);
  g_assert_cmpuint (sign->entries->len, ==, 4);
  for (guint i = 1; i < sign->entries->len; i++)
    g_assert_cmpint (mbc_diary_entry_get_when (g_ptr_array_index (sign->entries, i - 1)), <,
                     mbc_diary_entry_get_when (g_ptr_array_index (sign->entries, i)));

  /* The person's own signs have no tier: last, the most recent first. */
  sign = g_ptr_array_index (signs, 2);
  g_assert_cmpint (sign->urgency, ==, -1);
  g_assert_cmpstr (sign->label, ==, "Tired");
  g_assert_cmpint (sign->kind, ==, MBC_DIARY_KIND_OWN);
  g_assert_null (sign->sign_id);
  sign = g_ptr_array_index (signs, 3);
  g_assert_cmpint (sign->kind, ==, MBC_DIARY_KIND_OVERALL);
  g_assert_cmpstr (sign->key, ==, "overall");
  /* Words for it, though the person gave none. */
  g_assert_cmpstr (sign->label, ==, "How you feel overall");
  /* For how a person feels overall, the worst is the lowest. */
  g_assert_cmpint (sign->worst, ==, 3);
  g_assert_cmpint (sign->latest, ==, 3);

  /* A span: the last two weeks, the edges inclusive. */
  recent = mbc_diary_dup_signs (diary, days_ago (5), days_ago (1) + 3600);
  g_assert_cmpuint (recent->len, ==, 3);
  sign = g_ptr_array_index (recent, 0);
  g_assert_cmpstr (sign->sign_id, ==, call_id);
  g_assert_cmpuint (sign->entries->len, ==, 1);
  g_assert_cmpint (sign->first, ==, days_ago (5));
  g_assert_cmpint (sign->worst, ==, 6);
  /* The latest entry of the span is not the sign's latest. */
  g_assert_cmpint (sign->flags, ==, MBC_DIARY_FLAG_NONE);

  overall = mbc_diary_dup_sign (diary, "overall", days_ago (2), days_ago (2));
  g_assert_nonnull (overall);
  g_assert_cmpuint (overall->entries->len, ==, 1);
  g_assert_cmpint (overall->worst, ==, 7);
  g_assert_null (mbc_diary_dup_sign (diary, "overall", days_ago (40), days_ago (35)));
  g_assert_null (mbc_diary_dup_sign (diary, "own:nothing", G_MININT64, G_MAXINT64));

  g_clear_pointer (&signs, g_ptr_array_unref);
  g_clear_pointer (&recent, g_ptr_array_unref);
  g_clear_pointer (&overall, mbc_diary_sign_free);
  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
}

/* With a file */

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("mbc-diary-XXXXXX", &error);

  g_assert_no_error (error);

  return folder;
}

static MbcDiary *
open_diary (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MbcDiary *diary = mbc_diary_new (file);

  g_assert_true (mbc_diary_get_file (diary) == file ||
                 g_file_equal (mbc_diary_get_file (diary), file));
  g_assert_false (mbc_diary_get_loaded (diary));
  g_assert_true (mbc_diary_load (diary, &error));
  g_assert_no_error (error);
  g_assert_true (mbc_diary_get_loaded (diary));
  g_assert_false (mbc_diary_get_read_only (diary));

  return diary;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
assert_same_entries (MbcDiary *a,
                     MbcDiary *b)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (a));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (b)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      MbcDiaryEntry *ea = get_entry (a, i);
      MbcDiaryEntry *eb = get_entry (b, i);

      g_assert_cmpint (mbc_diary_entry_get_id (ea), ==, mbc_diary_entry_get_id (eb));
      g_assert_true (mbc_diary_entry_equal_content (ea, eb));
    }
}

static void
test_file_restart (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "mbc-guide", "diary.sqlite3", NULL);
  g_autoptr(MbcDiary) diary = open_diary (path);
  g_autoptr(MbcDiary) again = NULL;
  g_autoptr(MbcDiaryEntry) removed = NULL;
  g_autoptr(MbcDiaryEntry) edit = NULL;
  g_autoptr(GError) error = NULL;
  MbcDiaryEntry *tired, *restored, *latest;

  tired = add (diary, new_own ("Tired", days_ago (3), 4));
  removed = g_object_ref (add (diary, new_sign ("bone-pain", days_ago (2), 6)));
  add (diary, mbc_diary_entry_new (MBC_DIARY_KIND_OVERALL, NULL, "", days_ago (1), 7,
                                   MBC_DIARY_SCORE_NONE, NULL, "A good day"));
  edit = new_own ("Tired", days_ago (3), 9);
  g_assert_nonnull (mbc_diary_replace (diary, tired, edit, &error));
  g_assert_no_error (error);
  g_assert_true (mbc_diary_remove (diary, removed, &error));
  g_assert_no_error (error);
  /* Undo, by adding it again. */
  restored = mbc_diary_add (diary, removed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mbc_diary_entry_get_id (restored), ==, 4);
  mbc_diary_flush (diary);

  /* Another start of the guide: the same entries, in the same order,
   * with the same ids.
   */
  again = open_diary (path);
  assert_same_entries (diary, again);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 3);
  g_assert_cmpint (mbc_diary_entry_get_severity (get_entry (again, 2)), ==, 9);
  g_assert_finalize_object (g_steal_pointer (&again));

  /* Going away writes whatever waits, without a flush. */
  for (guint i = 0; i < 50; i++)
    add (diary, new_own ("Headache", days_ago (0) + i, i % 11));
  g_assert_finalize_object (g_steal_pointer (&diary));

  again = open_diary (path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 53);
  assert_order (again);
  /* Ids go on from the largest. */
  latest = add (again, new_own ("Headache", days_ago (0) + 100, 1));
  g_assert_cmpint (mbc_diary_entry_get_id (latest), ==, 55);

  g_assert_finalize_object (g_steal_pointer (&again));
  g_assert_finalize_object (g_steal_pointer (&removed));
  remove_tree (folder);
}

typedef struct {
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} LoadWait;

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  LoadWait *wait = user_data;

  wait->ok = mbc_diary_load_finish (MBC_DIARY (object), result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_file_async (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autoptr(MbcDiary) diary = open_diary (path);
  g_autoptr(MbcDiary) again = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) import = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  LoadWait wait = { 0, };
  guint n_loaded_notify = 0;
  Mirror mirror;

  for (guint i = 0; i < 1000; i++)
    g_ptr_array_add (import, new_own (i % 3 ? "Tired" : "Sore feet", days_ago (i / 4) + i,
                                      i % 11));
  g_assert_true (mbc_diary_add_all (diary, import, &error));
  g_assert_no_error (error);
  mbc_diary_flush (diary);

  again = mbc_diary_new (file);
  mirror_init (&mirror, again);
  g_signal_connect (again, "notify::loaded", G_CALLBACK (count_notify_cb), &n_loaded_notify);

  /* Nothing can change before the file is read: it would be lost. */
  g_assert_null (mbc_diary_add (again, g_ptr_array_index (import, 0), &error));
  g_assert_error (error, MBC_DIARY_ERROR, MBC_DIARY_ERROR_READ_ONLY);
  g_clear_error (&error);

  wait.loop = g_main_loop_new (NULL, FALSE);
  mbc_diary_load_async (again, NULL, load_cb, &wait);
  /* Read on a worker thread: the model is empty until then. */
  g_assert_false (mbc_diary_get_loaded (again));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 0);
  g_main_loop_run (wait.loop);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);

  g_assert_true (mbc_diary_get_loaded (again));
  g_assert_cmpuint (n_loaded_notify, ==, 1);
  /* Everything at once. */
  g_assert_cmpuint (mirror.n_changes, ==, 1);
  mirror_check (&mirror, again);
  assert_same_entries (diary, again);
  assert_order (again);

  /* Loading a loaded diary does nothing. */
  g_assert_true (mbc_diary_load (again, &error));
  g_assert_cmpuint (mirror.n_changes, ==, 1);

  mirror_clear (&mirror, again);
  g_signal_handlers_disconnect_by_data (again, &n_loaded_notify);
  g_main_loop_unref (wait.loop);
  g_assert_finalize_object (g_steal_pointer (&again));
  g_assert_finalize_object (g_steal_pointer (&diary));
  remove_tree (folder);
}

/* A diary opened from @path, expecting @code. */
static MbcDiary *
open_diary_with_error (const char  *path,
                       int          code,
                       char       **message)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MbcDiary *diary = mbc_diary_new (file);

  g_assert_false (mbc_diary_load (diary, &error));
  g_assert_error (error, MBC_DIARY_ERROR, code);
  g_test_message ("%s", error->message);
  /* Whatever happened, the diary works afterwards. */
  g_assert_true (mbc_diary_get_loaded (diary));
  *message = g_strdup (error->message);

  return diary;
}

typedef enum {
  DAMAGE_GARBAGE,
  DAMAGE_EMPTY,
  DAMAGE_CUT_IN_HALF,
  DAMAGE_OTHER_PROGRAM,
} Damage;

static const struct {
  const char *name;
  Damage      damage;
} damages[] = {
  { "garbage", DAMAGE_GARBAGE },
  { "empty", DAMAGE_EMPTY },
  { "cut-in-half", DAMAGE_CUT_IN_HALF },
  { "other-program", DAMAGE_OTHER_PROGRAM },
};

static void
damage_file (const char *path,
             Damage      damage)
{
  g_autoptr(GError) error = NULL;

  switch (damage)
    {
    case DAMAGE_GARBAGE:
      g_file_set_contents (path, "This is not a diary at all.", -1, &error);
      break;

    case DAMAGE_EMPTY:
      g_file_set_contents (path, "", 0, &error);
      break;

    case DAMAGE_CUT_IN_HALF:
      {
        g_autoptr(MbcDiary) diary = open_diary (path);
        g_autofree char *contents = NULL;
        gsize length;

        for (guint i = 0; i < 500; i++)
          add (diary, new_own ("Aching knees", days_ago (i), i % 11));
        g_assert_finalize_object (g_steal_pointer (&diary));
        g_file_get_contents (path, &contents, &length, &error);
        g_assert_no_error (error);
        g_file_set_contents (path, contents, length / 2, &error);
      }
      break;

    case DAMAGE_OTHER_PROGRAM:
      {
        sqlite3 *db = NULL;

        g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                                           "INSERT INTO notes (text) VALUES ('Shopping list');",
                                       NULL, NULL, NULL), ==, SQLITE_OK);
        sqlite3_close (db);
      }
      break;

    default:
      g_assert_not_reached ();
    }
  g_assert_no_error (error);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
test_file_set_aside (gconstpointer data)
{
  Damage damage = GPOINTER_TO_INT (data);
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autofree char *message = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(MbcDiary) diary = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  damage_file (path, damage);
  before = read_bytes (path);

  diary = open_diary_with_error (path, MBC_DIARY_ERROR_SET_ASIDE, &message);
  g_assert_false (mbc_diary_get_read_only (diary));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 0);

  /* The message names where the file is now, in full; the file is there,
   * unchanged, beside its log if it had one.
   */
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "diary.sqlite3.damaged-") &&
        !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      {
        g_assert_null (aside);
        aside = g_build_filename (folder, name, NULL);
      }
  g_assert_nonnull (aside);
  g_assert_nonnull (strstr (message, aside));
  after = read_bytes (aside);
  g_assert_true (g_bytes_equal (before, after));

  /* A new diary, which keeps what is recorded. */
  add (diary, new_own ("Tired", days_ago (0), 3));
  g_assert_finalize_object (g_steal_pointer (&diary));
  diary = open_diary (path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&diary));
  remove_tree (folder);
}

static void
test_file_newer (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autofree char *message = NULL;
  g_autoptr(MbcDiary) diary = open_diary (path);
  g_autoptr(GError) error = NULL;
  MbcDiaryEntry *entry;
  sqlite3 *db = NULL;

  add (diary, new_own ("Tired", days_ago (1), 3));
  add (diary, new_own ("Tired", days_ago (0), 5));
  g_assert_finalize_object (g_steal_pointer (&diary));

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 1000;", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  diary = open_diary_with_error (path, MBC_DIARY_ERROR_NEWER, &message);
  g_assert_true (mbc_diary_get_read_only (diary));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 2);
  entry = get_entry (diary, 0);
  g_assert_cmpint (mbc_diary_entry_get_severity (entry), ==, 5);

  /* Shown, never changed. */
  g_assert_null (mbc_diary_add (diary, entry, &error));
  g_assert_error (error, MBC_DIARY_ERROR, MBC_DIARY_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_null (mbc_diary_replace (diary, entry, entry, &error));
  g_assert_error (error, MBC_DIARY_ERROR, MBC_DIARY_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (mbc_diary_remove (diary, entry, &error));
  g_assert_error (error, MBC_DIARY_ERROR, MBC_DIARY_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (mbc_diary_clear (diary, &error));
  g_assert_error (error, MBC_DIARY_ERROR, MBC_DIARY_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 2);

  g_assert_finalize_object (g_steal_pointer (&diary));
  remove_tree (folder);
}

static void
test_file_unavailable (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *not_folder = g_build_filename (folder, "mbc-guide", NULL);
  g_autofree char *path = g_build_filename (not_folder, "diary.sqlite3", NULL);
  g_autofree char *message = NULL;
  g_autoptr(MbcDiary) diary = NULL;
  g_autoptr(GError) error = NULL;

  /* Where the folder should be is a file. */
  g_file_set_contents (not_folder, "", 0, &error);
  g_assert_no_error (error);

  diary = open_diary_with_error (path, MBC_DIARY_ERROR_UNAVAILABLE, &message);
  g_assert_nonnull (strstr (message, path));
  g_assert_false (mbc_diary_get_read_only (diary));

  /* In memory, it works. */
  add (diary, new_own ("Tired", days_ago (0), 3));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 1);
  mbc_diary_flush (diary);

  g_assert_finalize_object (g_steal_pointer (&diary));
  remove_tree (folder);
}

static void
save_failed_cb (MbcDiary  *diary,
                GError    *error,
                GPtrArray *errors)
{
  g_ptr_array_add (errors, g_error_copy (error));
}

static void
test_file_save_failed (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autoptr(MbcDiary) diary = open_diary (path);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  MbcDiaryEntry *refused;
  sqlite3 *db = NULL;

  g_signal_connect (diary, "save-failed", G_CALLBACK (save_failed_cb), errors);
  add (diary, new_own ("Tired", days_ago (1), 3));
  mbc_diary_flush (diary);
  g_assert_cmpuint (errors->len, ==, 0);

  /* From now on the file refuses every new entry, as a full disk would. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER refuse BEFORE INSERT ON entries "
                                     "BEGIN SELECT RAISE (ABORT, 'refused'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  refused = add (diary, new_own ("Headache", days_ago (0), 6));
  /* Shown at once, whatever the file does. */
  g_assert_true (get_entry (diary, 0) == refused);
  mbc_diary_flush (diary);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_error ((GError *) g_ptr_array_index (errors, 0), MBC_DIARY_ERROR, MBC_DIARY_ERROR_SAVE);
  g_test_message ("%s", ((GError *) g_ptr_array_index (errors, 0))->message);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 2);

  /* Told once: nothing more at the next turn of the main loop. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (errors->len, ==, 1);

  /* Told on the main thread without a flush too. */
  add (diary, new_own ("Headache", days_ago (0) + 1, 6));
  while (errors->len < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error ((GError *) g_ptr_array_index (errors, 1), MBC_DIARY_ERROR, MBC_DIARY_ERROR_SAVE);

  g_signal_handlers_disconnect_by_data (diary, errors);
  g_assert_finalize_object (g_steal_pointer (&diary));
  diary = open_diary (path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&diary));
  remove_tree (folder);
}

static gboolean
holds (const char *data,
       gsize       length,
       const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    if (memcmp (data + i, needle, needle_length) == 0)
      return TRUE;

  return FALSE;
}

static void
test_file_clear (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(MbcDiary) diary = open_diary (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  for (guint i = 0; i < 100; i++)
    add (diary, new_own ("Private words", days_ago (i), 3));
  g_assert_true (mbc_diary_clear (diary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 0);
  mbc_diary_flush (diary);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_false (holds (contents, length, "Private words"));
  g_clear_pointer (&contents, g_free);
  if (g_file_get_contents (wal, &contents, &length, NULL))
    g_assert_cmpuint (length, ==, 0);

  /* A diary still, empty. */
  add (diary, new_own ("Tired", days_ago (0), 3));
  g_assert_finalize_object (g_steal_pointer (&diary));
  diary = open_diary (path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&diary));
  remove_tree (folder);
}

/* Years of entries: written in one transaction, all back after a restart,
 * in order, with their flags. How long it takes is the benchmark's to
 * judge; the log shows it.
 */
static void
test_file_many (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.sqlite3", NULL);
  g_autoptr(MbcContent) content = load_content ();
  g_autoptr(MbcDiary) diary = open_diary (path);
  g_autoptr(GPtrArray) sample = mbc_diary_sample_entries (content, 20000, days_ago (0), 7);
  g_autoptr(GError) error = NULL;
  gint64 start;
  guint n_flagged = 0;

  start = g_get_monotonic_time ();
  g_assert_true (mbc_diary_add_all (diary, sample, &error));
  g_assert_no_error (error);
  mbc_diary_flush (diary);
  g_test_message ("20,000 entries added and written in %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_finalize_object (g_steal_pointer (&diary));

  start = g_get_monotonic_time ();
  diary = open_diary (path);
  g_test_message ("20,000 entries loaded in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 20000);
  assert_order (diary);

  mbc_diary_set_content (diary, content);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 20000; i++)
    if (mbc_diary_get_flags (diary, get_entry (diary, i)) != MBC_DIARY_FLAG_NONE)
      n_flagged++;
  g_test_message ("the flags of 20,000 entries in %.1f ms (%u flagged)",
                  (g_get_monotonic_time () - start) / 1000.0, n_flagged);
  g_assert_cmpuint (n_flagged, >, 0);

  start = g_get_monotonic_time ();
  {
    g_autoptr(GPtrArray) signs = mbc_diary_dup_signs (diary, days_ago (365), G_MAXINT64);

    g_assert_cmpuint (signs->len, >, 0);
  }
  g_test_message ("a year's signs in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  g_assert_finalize_object (g_steal_pointer (&diary));
  g_assert_finalize_object (g_steal_pointer (&content));
  remove_tree (folder);
}

static void
test_default_file (void)
{
  g_autoptr(GFile) file = mbc_diary_get_default_file ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "mbc-guide",
                                                "diary.sqlite3", NULL);
  g_autofree char *path = g_file_get_path (file);

  g_assert_cmpstr (path, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mbc/diary/memory", test_memory);
  g_test_add_func ("/mbc/diary/replace", test_replace);
  g_test_add_func ("/mbc/diary/remove-undo", test_remove_undo);
  g_test_add_func ("/mbc/diary/add-all-clear", test_add_all_clear);
  g_test_add_func ("/mbc/diary/import", test_import);
  g_test_add_func ("/mbc/diary/content", test_content);
  g_test_add_func ("/mbc/diary/flags/emergency", test_flags_emergency);
  g_test_add_func ("/mbc/diary/flags/worse", test_flags_worse);
  g_test_add_func ("/mbc/diary/flags/two-weeks", test_flags_two_weeks);
  g_test_add_func ("/mbc/diary/flags/reference", test_flags_reference);
  g_test_add_func ("/mbc/diary/flags/announced", test_flags_announced);
  g_test_add_func ("/mbc/diary/signs", test_signs);
  g_test_add_func ("/mbc/diary/file/restart", test_file_restart);
  g_test_add_func ("/mbc/diary/file/async", test_file_async);
  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autofree char *name = g_strdup_printf ("/mbc/diary/file/set-aside/%s", damages[i].name);

      g_test_add_data_func (name, GINT_TO_POINTER (damages[i].damage), test_file_set_aside);
    }
  g_test_add_func ("/mbc/diary/file/newer", test_file_newer);
  g_test_add_func ("/mbc/diary/file/unavailable", test_file_unavailable);
  g_test_add_func ("/mbc/diary/file/save-failed", test_file_save_failed);
  g_test_add_func ("/mbc/diary/file/clear", test_file_clear);
  g_test_add_func ("/mbc/diary/file/many", test_file_many);
  g_test_add_func ("/mbc/diary/default-file", test_default_file);

  return g_test_run ();
}
