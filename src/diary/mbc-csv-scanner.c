/* mbc-csv-scanner.c: the records of a CSV text, as RFC 4180 has them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-csv-scanner.h"

static void
field_free (gpointer data)
{
  g_string_free (data, TRUE);
}

void
mbc_csv_scanner_init (MbcCsvScanner *scanner,
                      const char    *text,
                      gsize          length)
{
  scanner->p = text;
  scanner->end = text + length;
  scanner->line = 1;

  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    scanner->p += 3;
}

void
mbc_csv_record_init (MbcCsvRecord *record)
{
  memset (record, 0, sizeof *record);
  record->fields = g_ptr_array_new_with_free_func (field_free);
}

void
mbc_csv_record_clear (MbcCsvRecord *record)
{
  g_clear_pointer (&record->fields, g_ptr_array_unref);
}

GString *
mbc_csv_record_get (MbcCsvRecord *record,
                    guint         field)
{
  g_return_val_if_fail (!record->count_only, NULL);
  g_return_val_if_fail (field < MIN (record->n_fields, MBC_CSV_MAX_KEPT_FIELDS), NULL);

  return g_ptr_array_index (record->fields, field);
}

static void
append_byte (MbcCsvRecord *record,
             GString      *field,
             char          c)
{
  if (field == NULL)
    return;
  if (field->len >= MBC_CSV_MAX_FIELD_BYTES)
    {
      if (record->too_long < 0)
        record->too_long = record->n_fields - 1;
      return;
    }
  g_string_append_c (field, c);
}

static gboolean
at_line_end (MbcCsvScanner *scanner)
{
  return scanner->p < scanner->end && (*scanner->p == '\r' || *scanner->p == '\n');
}

static gboolean
at_field_end (MbcCsvScanner *scanner)
{
  return scanner->p >= scanner->end || *scanner->p == ',' || at_line_end (scanner);
}

/* Steps over CRLF, LF or a lone CR, into @field when it is not NULL. */
static void
take_line_end (MbcCsvScanner *scanner,
               MbcCsvRecord  *record,
               GString       *field)
{
  if (*scanner->p == '\r' && scanner->p + 1 < scanner->end && scanner->p[1] == '\n')
    {
      append_byte (record, field, '\r');
      scanner->p++;
    }
  append_byte (record, field, *scanner->p);
  scanner->p++;
  scanner->line++;
}

/* The strings of the fields are kept from one record to the next:
 * a file of a million rows is read with a few allocations, not tens of
 * millions.
 */
static GString *
begin_field (MbcCsvRecord *record)
{
  GString *field;

  record->n_fields++;
  if (record->count_only || record->n_fields > MBC_CSV_MAX_KEPT_FIELDS)
    return NULL;

  if (record->fields->len < record->n_fields)
    g_ptr_array_add (record->fields, g_string_new (NULL));
  field = g_ptr_array_index (record->fields, record->n_fields - 1);
  g_string_truncate (field, 0);

  return field;
}

static void
scan_quoted (MbcCsvScanner *scanner,
             MbcCsvRecord  *record,
             GString       *field)
{
  /* The opening quote. */
  scanner->p++;

  for (;;)
    {
      if (scanner->p >= scanner->end)
        {
          record->unclosed = record->n_fields - 1;
          return;
        }

      if (*scanner->p == '"')
        {
          if (scanner->p + 1 < scanner->end && scanner->p[1] == '"')
            {
              append_byte (record, field, '"');
              scanner->p += 2;
              continue;
            }
          scanner->p++;
          break;
        }

      if (at_line_end (scanner))
        {
          take_line_end (scanner, record, field);
          continue;
        }

      append_byte (record, field, *scanner->p);
      scanner->p++;
    }

  /* RFC 4180 allows nothing between the closing quote and the comma or
   * the line's end; what is there is left out, and the record says so.
   */
  if (!at_field_end (scanner))
    {
      if (record->stray_quote < 0)
        record->stray_quote = record->n_fields - 1;
      while (!at_field_end (scanner))
        scanner->p++;
    }
}

gboolean
mbc_csv_scanner_next (MbcCsvScanner *scanner,
                      MbcCsvRecord  *record)
{
  if (scanner->p >= scanner->end)
    return FALSE;

  record->line = scanner->line;
  record->n_fields = 0;
  record->first_quoted = *scanner->p == '"';
  record->empty = scanner->p < scanner->end && (*scanner->p == '\r' || *scanner->p == '\n');
  record->too_long = -1;
  record->stray_quote = -1;
  record->unclosed = -1;

  for (;;)
    {
      GString *field = begin_field (record);

      if (scanner->p < scanner->end && *scanner->p == '"')
        {
          scan_quoted (scanner, record, field);
          if (record->unclosed >= 0)
            return TRUE;
        }
      else
        {
          /* A quote inside a field that does not begin with one is
           * taken as it is, as spreadsheets take it.
           */
          while (!at_field_end (scanner))
            {
              append_byte (record, field, *scanner->p);
              scanner->p++;
            }
        }

      if (scanner->p >= scanner->end)
        return TRUE;
      if (*scanner->p == ',')
        {
          scanner->p++;
          continue;
        }

      take_line_end (scanner, record, NULL);
      return TRUE;
    }
}

gboolean
mbc_csv_record_is_blank (MbcCsvRecord *record)
{
  return record->n_fields == 1 && !record->first_quoted && record->empty;
}
