/* mbc-diary-csv.h: the diary as a CSV file, out and back in
 *
 * RFC 4180 (commas, CRLF line ends, fields quoted where they need it),
 * UTF-8, one row an entry, with a header row in the person's language.
 * Columns, in this order: date and time (ISO 8601 with its UTC offset),
 * what (the sign's words), kind, guide sign id (empty for the person's
 * own words), how bad (0-10), daily life (0-10 or empty), medicines,
 * note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "mbc-diary-entry.h"

G_BEGIN_DECLS

#define MBC_DIARY_CSV_ERROR (mbc_diary_csv_error_quark ())

typedef enum {
  MBC_DIARY_CSV_ERROR_NOT_CSV,   /* not text, or no header we know */
  MBC_DIARY_CSV_ERROR_ROWS,      /* some rows are wrong: see the problems */
} MbcDiaryCsvError;

/* One row that cannot be read. */
typedef struct {
  guint  line;      /* the file's line where the row starts, from 1 */
  char  *message;   /* what is wrong, in the person's language */
} MbcDiaryCsvProblem;

void       mbc_diary_csv_problem_free (MbcDiaryCsvProblem *problem);

GQuark     mbc_diary_csv_error_quark  (void);

/* @entries: MbcDiaryEntry, written in the order given. */
char      *mbc_diary_csv_write        (GPtrArray   *entries,
                                       gsize       *length);

/* Reads every row of @text; entries come without an id, in the order of
 * the file. All or nothing: when any row is wrong, returns NULL with
 * MBC_DIARY_CSV_ERROR_ROWS, and *problems (when not NULL) holds an
 * MbcDiaryCsvProblem for every wrong row.
 */
GPtrArray *mbc_diary_csv_read         (const char  *text,
                                       gsize        length,
                                       GPtrArray  **problems,
                                       GError     **error);

G_END_DECLS
