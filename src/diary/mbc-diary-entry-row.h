/* mbc-diary-entry-row.h: one entry of the diary's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-diary.h"

G_BEGIN_DECLS

#define MBC_TYPE_DIARY_ENTRY_ROW (mbc_diary_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (MbcDiaryEntryRow, mbc_diary_entry_row, MBC, DIARY_ENTRY_ROW, GtkWidget)

GtkWidget     *mbc_diary_entry_row_new       (void);
/* Shows @entry, an entry of @diary. @first_of_day: whether it is the
 * newest entry of its day, which then heads the day. @emergency_number:
 * the number to call, shown with an emergency. @read_only: no Edit and
 * no Delete.
 */
void           mbc_diary_entry_row_bind      (MbcDiaryEntryRow *self,
                                              MbcDiary         *diary,
                                              MbcDiaryEntry    *entry,
                                              gboolean          first_of_day,
                                              const char       *emergency_number,
                                              gboolean          read_only);
MbcDiaryEntry *mbc_diary_entry_row_get_entry (MbcDiaryEntryRow *self);

/* The words that head a day of the diary: "Today", "Yesterday" or the
 * date; @day is a Julian day (mbc_diary_entry_get_day()).
 */
char          *mbc_diary_entry_row_dup_day_text (guint32 day);

G_END_DECLS
