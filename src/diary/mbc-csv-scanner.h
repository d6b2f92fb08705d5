/* mbc-csv-scanner.h: the records of a CSV text, as RFC 4180 has them
 *
 * Fields, not values: what they mean is the diary's business
 * (mbc-diary-csv.c). Line ends may be CRLF, LF or a lone CR; a record
 * that is not as RFC 4180 wants it is still read to its end, and what
 * is wrong with it is told, so that every wrong row of a file can be
 * reported at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A field that big is not a diary a person wrote: it is cut there, and
 * the record says so, before it takes all the memory there is.
 */
#define MBC_CSV_MAX_FIELD_BYTES  (1024 * 1024)
/* Fields past these in a record are counted, never kept. */
#define MBC_CSV_MAX_KEPT_FIELDS  64

typedef struct
{
  const char *p;
  const char *end;
  guint       line;   /* the line @p is on, from 1 */
} MbcCsvScanner;

typedef struct
{
  guint      line;          /* the line it starts on, from 1 */
  GPtrArray *fields;        /* GString, the first MBC_CSV_MAX_KEPT_FIELDS */
  guint      n_fields;
  gboolean   first_quoted;  /* its first field is in quotes */
  int        too_long;      /* the first field cut at MBC_CSV_MAX_FIELD_BYTES, or -1 */
  int        stray_quote;   /* the first field with text after its closing quote, or -1 */
  int        unclosed;      /* the field whose quote never closes (the last), or -1 */
  gboolean   empty;         /* it is a line end alone */
  /* Set to scan records only to count them: no field is kept. */
  gboolean   count_only;
} MbcCsvRecord;

/* Skips a UTF-8 byte order mark at the start of @text. */
void      mbc_csv_scanner_init   (MbcCsvScanner *scanner,
                                  const char    *text,
                                  gsize          length);
void      mbc_csv_record_init    (MbcCsvRecord  *record);
void      mbc_csv_record_clear   (MbcCsvRecord  *record);
/* Reads the next record into @record; FALSE at the end of the text. */
gboolean  mbc_csv_scanner_next   (MbcCsvScanner *scanner,
                                  MbcCsvRecord  *record);
/* A line with nothing on it, not even quotes. */
gboolean  mbc_csv_record_is_blank (MbcCsvRecord *record);
GString  *mbc_csv_record_get     (MbcCsvRecord  *record,
                                  guint          field);

G_END_DECLS
