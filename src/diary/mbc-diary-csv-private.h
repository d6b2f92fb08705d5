/* mbc-diary-csv-private.h: what the diary's CSV reader shares between
 * its files: the columns, the words of the kinds, and a row's reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-csv-scanner.h"
#include "mbc-diary-csv.h"

G_BEGIN_DECLS

/* The columns, in the order they are written. */
typedef enum {
  MBC_DIARY_CSV_COLUMN_WHEN,
  MBC_DIARY_CSV_COLUMN_WHAT,
  MBC_DIARY_CSV_COLUMN_KIND,
  MBC_DIARY_CSV_COLUMN_SIGN_ID,
  MBC_DIARY_CSV_COLUMN_SEVERITY,
  MBC_DIARY_CSV_COLUMN_INTERFERENCE,
  MBC_DIARY_CSV_COLUMN_MEDICINES,
  MBC_DIARY_CSV_COLUMN_NOTE,
  MBC_DIARY_CSV_N_COLUMNS,
} MbcDiaryCsvColumn;

/* In the current language. */
const char    *mbc_diary_csv_column_name    (MbcDiaryCsvColumn  column);
const char    *mbc_diary_csv_kind_words     (MbcDiaryKind       kind);
/* The words of every kind, quoted, for a message. */
char          *mbc_diary_csv_dup_kind_list  (void);
/* The kind whose words (in any language the guide has) or keyword
 * @text is, in any case and with any spaces around; or -1.
 */
int            mbc_diary_csv_find_kind      (const char        *text);
/* A wrong value as a message shows it: short, on one line. */
char          *mbc_diary_csv_dup_shown      (const char        *text);
gboolean       mbc_diary_csv_field_is_text  (GString           *field);

MbcDiaryEntry *mbc_diary_csv_read_row       (MbcCsvRecord      *record,
                                             const int         *column_of_field,
                                             GString           *messages);

G_END_DECLS
