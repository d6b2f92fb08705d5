/* mbc-diary-entry.h: one thing a person wrote in their diary
 *
 * An entry never changes once made: an edit makes a new entry with the
 * same id (mbc_diary_entry_copy_with), so that an entry can be handed to
 * the thread that writes the diary, and kept for an undo, safely.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What an entry is about. The values are stored in the diary's file:
 * never renumber them.
 */
typedef enum {
  MBC_DIARY_KIND_SIGN        = 1,  /* a sign of the guide's content: sign-id names it */
  MBC_DIARY_KIND_SIDE_EFFECT = 2,  /* a side effect of treatment, in the person's words */
  MBC_DIARY_KIND_OWN         = 3,  /* anything else, in the person's words */
  MBC_DIARY_KIND_OVERALL     = 4,  /* how the person feels overall that day */
} MbcDiaryKind;

#define MBC_DIARY_SCORE_MAX  10
/* An interference the person did not give. */
#define MBC_DIARY_SCORE_NONE (-1)

#define MBC_TYPE_DIARY_ENTRY (mbc_diary_entry_get_type ())

G_DECLARE_FINAL_TYPE (MbcDiaryEntry, mbc_diary_entry, MBC, DIARY_ENTRY, GObject)

/* @sign_id: the content's symptom id for MBC_DIARY_KIND_SIGN, else NULL.
 * @label: the words shown for the sign: for a sign of the guide, its text
 *   when it was recorded (shown if the content no longer has it); for
 *   the other kinds, the person's own words (may be empty for OVERALL).
 * @when: when the sign was noticed, Unix time in seconds.
 * @severity: 0 (none) to 10 (the worst you can imagine); for OVERALL,
 *   0 (very poorly) to 10 (very well).
 * @interference: how much it got in the way of daily life, 0 (not at
 *   all) to 10 (completely), or MBC_DIARY_SCORE_NONE.
 * @medicines, @note: free text, or NULL.
 */
MbcDiaryEntry *mbc_diary_entry_new             (MbcDiaryKind   kind,
                                                const char    *sign_id,
                                                const char    *label,
                                                gint64         when,
                                                int            severity,
                                                int            interference,
                                                const char    *medicines,
                                                const char    *note);
/* A copy of @self that has @id: the diary gives each entry its id when
 * the entry is added.
 */
MbcDiaryEntry *mbc_diary_entry_copy_with_id    (MbcDiaryEntry *self,
                                                gint64         id);

gint64         mbc_diary_entry_get_id           (MbcDiaryEntry *self);
MbcDiaryKind   mbc_diary_entry_get_kind         (MbcDiaryEntry *self);
const char    *mbc_diary_entry_get_sign_id      (MbcDiaryEntry *self);
const char    *mbc_diary_entry_get_label        (MbcDiaryEntry *self);
gint64         mbc_diary_entry_get_when         (MbcDiaryEntry *self);
int            mbc_diary_entry_get_severity     (MbcDiaryEntry *self);
int            mbc_diary_entry_get_interference (MbcDiaryEntry *self);
const char    *mbc_diary_entry_get_medicines    (MbcDiaryEntry *self);
const char    *mbc_diary_entry_get_note         (MbcDiaryEntry *self);

/* The local day of the entry as a Julian day number (g_date_get_julian),
 * so that entries on the same day compare equal.
 */
guint32        mbc_diary_entry_get_day          (MbcDiaryEntry *self);

/* What makes two entries the same sign, for its course and the two-week
 * rule: the guide's sign id, or the kind and the casefolded words.
 * Newly allocated.
 */
char          *mbc_diary_entry_dup_sign_key     (MbcDiaryEntry *self);

/* TRUE when every field but the id is the same. */
gboolean       mbc_diary_entry_equal_content    (MbcDiaryEntry *a,
                                                 MbcDiaryEntry *b);

/* Newest first: later @when first, then the larger id first. A
 * GCompareDataFunc over entries themselves (as GListStore sorts), not
 * over pointers to them (as g_ptr_array_sort passes).
 */
int            mbc_diary_entry_compare_newest_first (gconstpointer a,
                                                     gconstpointer b,
                                                     gpointer      user_data);

gboolean       mbc_diary_kind_is_valid          (int            kind);

G_END_DECLS
