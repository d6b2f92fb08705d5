/* mbc-diary-csv-row.c: one row of a diary file, read into an entry
 *
 * Every column of a wrong row is checked, so that the person learns at
 * once all that is wrong with it, each in a sentence that names the
 * column as the header names it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mbc-diary-csv-private.h"

/* How long a sign's id can be, as the content's ids are. */
#define MAX_SIGN_ID  100

static void
add_message (GString *messages,
             char    *message)
{
  if (messages->len > 0)
    g_string_append_c (messages, ' ');
  g_string_append (messages, message);
  g_free (message);
}

/* "2026-03-14", "2026-03-14T09:30" and "2026-03-14 09:30" (no seconds)
 * as GLib reads them: a spreadsheet may write a date so.
 */
static char *
dup_complete_when (const char *text)
{
  gsize length = strlen (text);

  if (length == 10 && text[4] == '-' && text[7] == '-')
    return g_strconcat (text, "T00:00:00", NULL);

  if (length >= 16 && text[4] == '-' && text[7] == '-' &&
      (text[10] == 'T' || text[10] == 't' || text[10] == ' ') &&
      text[13] == ':' && g_ascii_isdigit (text[14]) && g_ascii_isdigit (text[15]) &&
      text[16] != ':')
    return g_strdup_printf ("%.16s:00%s", text, text + 16);

  return g_strdup (text);
}

static gboolean
parse_when (const char *text,
            gint64     *when)
{
  g_autofree char *complete = dup_complete_when (text);
  g_autoptr(GTimeZone) local_zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) date = g_date_time_new_from_iso8601 (complete, local_zone);
  g_autoptr(GDateTime) local = NULL;

  if (date == NULL)
    return FALSE;

  *when = g_date_time_to_unix (date);

  /* A time the diary could not write back as a local time is no time
   * a person noted.
   */
  local = g_date_time_new_from_unix_local (*when);
  return local != NULL;
}

static gboolean
parse_score (const char *text,
             int        *score)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, MBC_DIARY_SCORE_MAX, &value, NULL))
    return FALSE;

  *score = (int) value;
  return TRUE;
}

/* As the content checker has them: small letters and digits, in words
 * joined by single dashes.
 */
static gboolean
is_sign_id (const char *text)
{
  gboolean after_dash = TRUE;

  if (*text == '\0' || strlen (text) > MAX_SIGN_ID)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_dash)
            return FALSE;
          after_dash = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_dash = FALSE;
      else
        return FALSE;
    }

  return !after_dash;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* The values of one row, or NULL with what is wrong in @messages. */
static MbcDiaryEntry *
read_values (const char * const *values,
             GString            *messages)
{
  g_autofree char *when_text = g_strstrip (g_strdup (values[MBC_DIARY_CSV_COLUMN_WHEN]));
  g_autofree char *sign_id = g_strstrip (g_strdup (values[MBC_DIARY_CSV_COLUMN_SIGN_ID]));
  g_autofree char *severity_text = g_strstrip (g_strdup (values[MBC_DIARY_CSV_COLUMN_SEVERITY]));
  g_autofree char *interference_text = g_strstrip (g_strdup (values[MBC_DIARY_CSV_COLUMN_INTERFERENCE]));
  const char *what = values[MBC_DIARY_CSV_COLUMN_WHAT];
  gint64 when = 0;
  int kind;
  int severity = 0;
  int interference = MBC_DIARY_SCORE_NONE;

  if (*when_text == '\0')
    /* Translators: about a row of a diary file being imported; %s is
     * the name of a column.
     */
    add_message (messages, g_strdup_printf (_("“%s” is empty."), mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_WHEN)));
  else if (!parse_when (when_text, &when))
    {
      g_autofree char *shown = mbc_diary_csv_dup_shown (when_text);

      add_message (messages, g_strdup_printf (
        /* Translators: about a row of a diary file being imported: %1$s
         * is the name of a column, %2$s what is in it. Keep the example
         * date as it is.
         */
        _("“%1$s” must be a date and time such as 2026-03-14T09:30:00+01:00, not “%2$s”."),
        mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_WHEN), shown));
    }

  kind = mbc_diary_csv_find_kind (values[MBC_DIARY_CSV_COLUMN_KIND]);
  if (kind < 0)
    {
      g_autofree char *shown = mbc_diary_csv_dup_shown (values[MBC_DIARY_CSV_COLUMN_KIND]);
      g_autofree char *list = mbc_diary_csv_dup_kind_list ();

      if (is_blank (values[MBC_DIARY_CSV_COLUMN_KIND]))
        add_message (messages, g_strdup_printf (_("“%s” is empty."), mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_KIND)));
      else
        add_message (messages, g_strdup_printf (
          /* Translators: about a row of a diary file being imported: %1$s
           * is the name of a column, %2$s a list of the words it may
           * hold, %3$s what is in it.
           */
          _("“%1$s” must be one of %2$s, not “%3$s”."),
          mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_KIND), list, shown));
    }
  else if (kind == MBC_DIARY_KIND_SIGN && *sign_id == '\0')
    add_message (messages, g_strdup_printf (
      /* Translators: about a row of a diary file being imported: %1$s
       * is the name of a column, %2$s the words for a sign of the guide.
       */
      _("“%1$s” is empty, but an entry of the kind “%2$s” needs it."),
      mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_SIGN_ID), mbc_diary_csv_kind_words (MBC_DIARY_KIND_SIGN)));
  else if (kind != MBC_DIARY_KIND_SIGN && *sign_id != '\0')
    add_message (messages, g_strdup_printf (
      /* Translators: about a row of a diary file being imported: %1$s
       * is the name of a column, %2$s the words for a sign of the guide.
       */
      _("“%1$s” must be empty unless the kind is “%2$s”."),
      mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_SIGN_ID), mbc_diary_csv_kind_words (MBC_DIARY_KIND_SIGN)));
  else if (kind == MBC_DIARY_KIND_SIGN && !is_sign_id (sign_id))
    {
      g_autofree char *shown = mbc_diary_csv_dup_shown (sign_id);

      add_message (messages, g_strdup_printf (
        /* Translators: about a row of a diary file being imported: %1$s
         * is the name of a column, %2$s what is in it.
         */
        _("“%1$s” is not a sign ID of the guide, which has only small letters, digits and dashes: “%2$s”."),
        mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_SIGN_ID), shown));
    }

  if ((kind == MBC_DIARY_KIND_SIDE_EFFECT || kind == MBC_DIARY_KIND_OWN) && is_blank (what))
    add_message (messages, g_strdup_printf (
      /* Translators: about a row of a diary file being imported: %1$s
       * is the name of a column, %2$s the words for the entry's kind.
       */
      _("“%1$s” is empty, but an entry of the kind “%2$s” needs words there."),
      mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_WHAT), mbc_diary_csv_kind_words (kind)));

  if (*severity_text == '\0')
    add_message (messages, g_strdup_printf (
      /* Translators: about a row of a diary file being imported; %s is
       * the name of a column.
       */
      _("“%s” is empty: it needs a whole number from 0 to 10."),
      mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_SEVERITY)));
  else if (!parse_score (severity_text, &severity))
    {
      g_autofree char *shown = mbc_diary_csv_dup_shown (severity_text);

      add_message (messages, g_strdup_printf (
        /* Translators: about a row of a diary file being imported: %1$s
         * is the name of a column, %2$s what is in it.
         */
        _("“%1$s” must be a whole number from 0 to 10, not “%2$s”."),
        mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_SEVERITY), shown));
    }

  if (*interference_text != '\0' && !parse_score (interference_text, &interference))
    {
      g_autofree char *shown = mbc_diary_csv_dup_shown (interference_text);

      add_message (messages, g_strdup_printf (
        /* Translators: about a row of a diary file being imported: %1$s
         * is the name of a column, %2$s what is in it.
         */
        _("“%1$s” must be empty or a whole number from 0 to 10, not “%2$s”."),
        mbc_diary_csv_column_name (MBC_DIARY_CSV_COLUMN_INTERFERENCE), shown));
    }

  if (messages->len > 0)
    return NULL;

  return mbc_diary_entry_new (kind, kind == MBC_DIARY_KIND_SIGN ? sign_id : NULL, what, when,
                              severity, interference,
                              values[MBC_DIARY_CSV_COLUMN_MEDICINES], values[MBC_DIARY_CSV_COLUMN_NOTE]);
}

/* What is wrong with the record as a record, before its values. */
static void
check_record (MbcCsvRecord *record,
              const int    *column_of_field,
              GString      *messages)
{
  if (record->unclosed >= 0)
    {
      add_message (messages, g_strdup_printf (
        /* Translators: about a row of a diary file being imported; %s is
         * the name of a column.
         */
        _("In “%s”, a quote opens and never closes, so the rest of the file is taken as part of this row."),
        mbc_diary_csv_column_name (column_of_field[MIN (record->unclosed, MBC_DIARY_CSV_N_COLUMNS - 1)])));
      return;
    }

  if (record->n_fields != MBC_DIARY_CSV_N_COLUMNS)
    {
      add_message (messages, g_strdup_printf (
        /* Translators: about a row of a diary file being imported: %1$u
         * is how many fields (values between commas) the row has, %2$u
         * how many a row of the diary has.
         */
        g_dngettext (GETTEXT_PACKAGE,
                     "This row has %1$u field, but a row of the diary has %2$u: a comma may be missing, or one too many.",
                     "This row has %1$u fields, but a row of the diary has %2$u: a comma may be missing, or one too many.",
                     record->n_fields),
        record->n_fields, (guint) MBC_DIARY_CSV_N_COLUMNS));
      return;
    }

  if (record->stray_quote >= 0)
    add_message (messages, g_strdup_printf (
      /* Translators: about a row of a diary file being imported; %s is
       * the name of a column.
       */
      _("In “%s”, there is text after the closing quote: a value in quotes must end with a quote followed by a comma or the end of the line."),
      mbc_diary_csv_column_name (column_of_field[record->stray_quote])));

  if (record->too_long >= 0)
    add_message (messages, g_strdup_printf (
      /* Translators: about a row of a diary file being imported; %s is
       * the name of a column.
       */
      _("“%s” is longer than the diary takes (1 MB)."),
      mbc_diary_csv_column_name (column_of_field[record->too_long])));

  for (guint i = 0; i < MBC_DIARY_CSV_N_COLUMNS; i++)
    if (!mbc_diary_csv_field_is_text (mbc_csv_record_get (record, i)))
      add_message (messages, g_strdup_printf (
        /* Translators: about a row of a diary file being imported; %s is
         * the name of a column.
         */
        _("“%s” holds bytes that are not UTF-8 text."),
        mbc_diary_csv_column_name (column_of_field[i])));
}



/**
 * mbc_diary_csv_read_row:
 * @record: a record of the file after its header
 * @column_of_field: the column of each field, as the header has them
 * @messages: an empty string, for what is wrong with the row
 *
 * Returns: (transfer full) (nullable): the row's entry, or NULL when
 *   something is wrong with it, and then @messages says what
 */
MbcDiaryEntry *
mbc_diary_csv_read_row (MbcCsvRecord *record,
                        const int    *column_of_field,
                        GString      *messages)
{
  const char *values[MBC_DIARY_CSV_N_COLUMNS];

  check_record (record, column_of_field, messages);
  if (messages->len > 0)
    return NULL;

  for (guint i = 0; i < MBC_DIARY_CSV_N_COLUMNS; i++)
    values[column_of_field[i]] = mbc_csv_record_get (record, i)->str;

  return read_values (values, messages);
}
