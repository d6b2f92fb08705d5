/* mbc-diary-csv.c: the diary as a CSV file, out and back in
 *
 * The file is for the person: to keep, to open in a spreadsheet, to
 * bring to a new computer. So its header and its kinds are in their
 * language, and the reader takes the words of every language the guide
 * has, whichever it is shown in now, and plain keywords, so that a file
 * written before the person changed language, on a computer set up in
 * another one, or by hand still comes back. What cannot be read is never
 * guessed at: a row that is wrong stops the whole import, and the
 * person is told which line and which column, in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mbc-diary-csv-private.h"
#include "mbc-translations.h"

/* More rows than that are not a diary a person wrote: stop before they
 * take all the memory there is (a field is held to 1 MB by the scanner).
 */
#define MAX_ROWS         1000000
/* How much of a wrong value a message shows. */
#define SHOWN_CHARS      40

G_DEFINE_QUARK (mbc-diary-csv-error-quark, mbc_diary_csv_error)

/* In the order they are written. The keyword names a column in any
 * language, for a file made by a program or by hand.
 */
static const struct {
  const char *keyword;
  const char *name;
} columns[MBC_DIARY_CSV_N_COLUMNS] = {
  /* Translators: the heading of a column of the diary's CSV file,
   * which a person opens in a spreadsheet: when a sign was noticed.
   */
  { "when", N_("Date and time") },
  /* Translators: a column of the diary's CSV file: the sign or side
   * effect, in words.
   */
  { "what", N_("What") },
  /* Translators: a column of the diary's CSV file: whether the entry is
   * a sign from the guide, a side effect, something else or how the
   * person feels overall.
   */
  { "kind", N_("Kind") },
  /* Translators: a column of the diary's CSV file: the guide's own short
   * name for a sign, such as "bone-pain".
   */
  { "sign-id", N_("Guide sign ID") },
  /* Translators: a column of the diary's CSV file: how bad the sign
   * was, from 0 (none) to 10 (the worst you can imagine).
   */
  { "severity", N_("How bad (0-10)") },
  /* Translators: a column of the diary's CSV file: how much the sign
   * got in the way of daily life, from 0 (not at all) to 10 (completely).
   */
  { "interference", N_("Daily life (0-10)") },
  /* Translators: a column of the diary's CSV file: the medicines the
   * person took.
   */
  { "medicines", N_("Medicines") },
  /* Translators: a column of the diary's CSV file: the person's note. */
  { "note", N_("Note") },
};

static const struct {
  MbcDiaryKind  kind;
  const char   *keyword;
  const char   *words;
} kinds[] = {
  /* Translators: in the "Kind" column of the diary's CSV file: the
   * entry is one of the warning signs the guide lists.
   */
  { MBC_DIARY_KIND_SIGN, "sign", N_("Sign from the guide") },
  /* Translators: in the "Kind" column of the diary's CSV file. */
  { MBC_DIARY_KIND_SIDE_EFFECT, "side-effect", N_("Side effect") },
  /* Translators: in the "Kind" column of the diary's CSV file: anything
   * else the person wrote in their own words.
   */
  { MBC_DIARY_KIND_OWN, "own", N_("Something else") },
  /* Translators: in the "Kind" column of the diary's CSV file: how the
   * person felt overall that day.
   */
  { MBC_DIARY_KIND_OVERALL, "overall", N_("How I feel overall") },
};

void
mbc_diary_csv_problem_free (MbcDiaryCsvProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->message);
  g_free (problem);
}

/* Writing */

static void
append_field (GString    *out,
              const char *text,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');

  if (text == NULL || strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text != NULL ? text : "");
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

const char *
mbc_diary_csv_kind_words (MbcDiaryKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].kind == kind)
      return _(kinds[i].words);

  g_return_val_if_reached ("");
}

/* Local time with its offset, as the person lived it, as
 * 2026-03-14T09:30:00+01:00: the offset always in hours and minutes,
 * which every program that reads ISO 8601 takes (GLib's own writer
 * leaves the minutes out). Where the local offset of that time has
 * seconds (the local mean time of some places before about 1900),
 * which ISO 8601 cannot write, UTC keeps the time exact.
 */
static char *
format_when (gint64 when)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (when);
  g_autoptr(GDateTime) utc = NULL;

  if (local != NULL && g_date_time_get_utc_offset (local) % G_TIME_SPAN_MINUTE == 0)
    return g_date_time_format (local, "%C%y-%m-%dT%H:%M:%S%:z");

  utc = g_date_time_new_from_unix_utc (when);
  return utc != NULL ? g_date_time_format (utc, "%C%y-%m-%dT%H:%M:%S%:z") : g_strdup ("");
}

/**
 * mbc_diary_csv_write:
 * @entries: (element-type MbcDiaryEntry): the entries, in the order given
 * @length: (out) (optional): the length of the text, in bytes
 *
 * Returns: (transfer full): the CSV text, a header row in the current
 *   language and a row for each entry, each row ending in CRLF
 */
char *
mbc_diary_csv_write (GPtrArray *entries,
                     gsize     *length)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (entries != NULL, NULL);

  for (guint i = 0; i < MBC_DIARY_CSV_N_COLUMNS; i++)
    append_field (out, _(columns[i].name), i == 0);
  g_string_append (out, "\r\n");

  for (guint i = 0; i < entries->len; i++)
    {
      MbcDiaryEntry *entry = g_ptr_array_index (entries, i);
      int interference = mbc_diary_entry_get_interference (entry);
      g_autofree char *when = format_when (mbc_diary_entry_get_when (entry));
      char severity[16];
      char daily_life[16] = "";

      g_snprintf (severity, sizeof severity, "%d", mbc_diary_entry_get_severity (entry));
      if (interference != MBC_DIARY_SCORE_NONE)
        g_snprintf (daily_life, sizeof daily_life, "%d", interference);

      append_field (out, when, TRUE);
      append_field (out, mbc_diary_entry_get_label (entry), FALSE);
      append_field (out, mbc_diary_csv_kind_words (mbc_diary_entry_get_kind (entry)), FALSE);
      append_field (out, mbc_diary_entry_get_sign_id (entry), FALSE);
      append_field (out, severity, FALSE);
      append_field (out, daily_life, FALSE);
      append_field (out, mbc_diary_entry_get_medicines (entry), FALSE);
      append_field (out, mbc_diary_entry_get_note (entry), FALSE);
      g_string_append (out, "\r\n");
    }

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/* Reading: the values of the fields */

gboolean
mbc_diary_csv_field_is_text (GString *field)
{
  /* A NUL is not text either: g_utf8_validate() stops at it. */
  return g_utf8_validate (field->str, field->len, NULL);
}

/* For comparing words a person may have typed: any case, any spaces
 * around them, any Unicode form.
 */
static char *
dup_folded (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : stripped, -1);
}

/* The words that name each column and each kind, folded: its keyword,
 * its English words and their translation in every language the guide
 * has. Made once, from the catalogues themselves, which do not change
 * while the guide runs; the current language is not needed for it, and
 * not touched.
 */
typedef struct {
  GPtrArray *columns[MBC_DIARY_CSV_N_COLUMNS];
  GPtrArray *kinds[G_N_ELEMENTS (kinds)];
} AcceptedWords;

static GPtrArray *
new_accepted (const char          *keyword,
              const char          *english,
              const char * const  *languages)
{
  GPtrArray *accepted = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (accepted, g_strdup (keyword));
  g_ptr_array_add (accepted, dup_folded (english));
  for (guint i = 0; languages[i] != NULL; i++)
    {
      MbcTranslations *translations = mbc_translations_get (languages[i]);
      const char *translated = NULL;

      if (translations != NULL)
        translated = mbc_translations_lookup (translations, english);
      if (translated != NULL)
        g_ptr_array_add (accepted, dup_folded (translated));
    }

  return accepted;
}

/* Every language of po/LINGUAS, the list mbc_language_list() starts
 * from, which is not asked here: a program that reads a diary file need
 * not set up the guide's language first (the fuzz target does not). A
 * language whose catalogue is missing only adds no words.
 */
static const AcceptedWords *
get_accepted_words (void)
{
  static AcceptedWords *accepted_words;

  if (g_once_init_enter (&accepted_words))
    {
      AcceptedWords *words = g_new0 (AcceptedWords, 1);
      g_auto(GStrv) languages = g_strsplit (MBC_LINGUAS, " ", -1);

      for (guint i = 0; i < MBC_DIARY_CSV_N_COLUMNS; i++)
        words->columns[i] = new_accepted (columns[i].keyword, columns[i].name,
                                          (const char * const *) languages);
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        words->kinds[i] = new_accepted (kinds[i].keyword, kinds[i].words,
                                        (const char * const *) languages);

      g_once_init_leave (&accepted_words, words);
    }

  return accepted_words;
}

static gboolean
words_match (const char *folded,
             GPtrArray  *accepted,
             const char *english)
{
  g_autofree char *translated = NULL;

  for (guint i = 0; i < accepted->len; i++)
    if (strcmp (folded, g_ptr_array_index (accepted, i)) == 0)
      return TRUE;

  /* The current language, as gettext has it, in case its catalogue is
   * one that could not be read above.
   */
  translated = dup_folded (_(english));
  return strcmp (folded, translated) == 0;
}

static int
find_column (const char *text)
{
  g_autofree char *folded = NULL;

  /* As the guide writes them, with nothing to fold. */
  for (guint i = 0; i < MBC_DIARY_CSV_N_COLUMNS; i++)
    if (strcmp (text, _(columns[i].name)) == 0)
      return i;

  folded = dup_folded (text);
  for (guint i = 0; i < MBC_DIARY_CSV_N_COLUMNS; i++)
    if (words_match (folded, get_accepted_words ()->columns[i], columns[i].name))
      return i;

  return -1;
}

int
mbc_diary_csv_find_kind (const char *text)
{
  g_autofree char *folded = NULL;

  /* As the guide writes them, with nothing to fold. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strcmp (text, _(kinds[i].words)) == 0)
      return kinds[i].kind;

  folded = dup_folded (text);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (words_match (folded, get_accepted_words ()->kinds[i], kinds[i].words))
      return kinds[i].kind;

  return -1;
}

/* A wrong value as a message shows it: on one line, and not so long
 * that the message is lost in it.
 */
char *
mbc_diary_csv_dup_shown (const char *text)
{
  GString *shown = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == SHOWN_CHARS)
        {
          g_string_append (shown, "…");
          break;
        }
      if (g_unichar_iscntrl (c))
        g_string_append_c (shown, ' ');
      else
        g_string_append_unichar (shown, c);
    }

  return g_string_free (shown, FALSE);
}

const char *
mbc_diary_csv_column_name (MbcDiaryCsvColumn column)
{
  return _(columns[column].name);
}

char *
mbc_diary_csv_dup_kind_list (void)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append_printf (list, "“%s”", _(kinds[i].words));
    }

  return g_strdup (list->str);
}

/* Reading: the header, and the whole file */

static void
set_not_csv (GError     **error,
             const char  *detail)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < MBC_DIARY_CSV_N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append_printf (names, "“%s”", mbc_diary_csv_column_name (i));
    }

  g_set_error (error, MBC_DIARY_CSV_ERROR, MBC_DIARY_CSV_ERROR_NOT_CSV,
               /* Translators: said when a file to import into the diary
                * is not one: %1$s says what is wrong with its first line,
                * %2$s lists the names of the diary's columns.
                */
               _("This file is not a diary the guide can import. %1$s The first line of a "
                 "diary file names its columns: %2$s."),
               detail, names->str);
}

/* Which column each field of the header is, into @column_of_field; or
 * FALSE with NOT_CSV.
 */
static gboolean
read_header (MbcCsvRecord  *record,
             int           *column_of_field,
             GError       **error)
{
  gboolean seen[MBC_DIARY_CSV_N_COLUMNS] = { FALSE };

  if (record->unclosed >= 0 || record->too_long >= 0 || record->n_fields > MBC_CSV_MAX_KEPT_FIELDS)
    {
      set_not_csv (error, _("Its first line is not a line of column names."));
      return FALSE;
    }

  for (guint i = 0; i < record->n_fields; i++)
    {
      GString *field = mbc_csv_record_get (record, i);
      g_autofree char *shown = NULL;
      int column;

      if (!mbc_diary_csv_field_is_text (field))
        {
          set_not_csv (error, _("It is not text in UTF-8, as the guide writes it."));
          return FALSE;
        }

      column = find_column (field->str);
      if (column < 0 || seen[column])
        {
          shown = mbc_diary_csv_dup_shown (field->str);
          if (column < 0)
            {
              g_autofree char *detail = g_strdup_printf (
                /* Translators: %s is a word of the first line of a file
                 * to import into the diary.
                 */
                _("“%s” in its first line is not a column of the diary."), shown);

              set_not_csv (error, detail);
            }
          else
            {
              g_autofree char *detail = g_strdup_printf (
                /* Translators: %s is the name of a column of the diary. */
                _("Its first line names the column “%s” twice."), mbc_diary_csv_column_name (column));

              set_not_csv (error, detail);
            }
          return FALSE;
        }

      seen[column] = TRUE;
      column_of_field[i] = column;
    }

  for (guint i = 0; i < MBC_DIARY_CSV_N_COLUMNS; i++)
    if (!seen[i])
      {
        g_autofree char *detail = g_strdup_printf (
          /* Translators: %s is the name of a column of the diary. */
          _("The column “%s” is missing from its first line."), mbc_diary_csv_column_name (i));

        set_not_csv (error, detail);
        return FALSE;
      }

  return TRUE;
}

static void
add_problem (GPtrArray *problems,
             guint      line,
             char      *message)
{
  MbcDiaryCsvProblem *problem = g_new0 (MbcDiaryCsvProblem, 1);

  problem->line = line;
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

/* The line of the first row past MAX_ROWS, or 0. The rows are counted
 * before any is read, keeping nothing, so that a file far too big is
 * turned down at once.
 */
static guint
find_row_past_limit (const MbcCsvScanner *scanner)
{
  MbcCsvScanner counter = *scanner;
  MbcCsvRecord record;
  guint n_rows = 0;
  guint line = 0;

  mbc_csv_record_init (&record);
  record.count_only = TRUE;
  while (line == 0 && mbc_csv_scanner_next (&counter, &record))
    if (!mbc_csv_record_is_blank (&record) && ++n_rows > MAX_ROWS)
      line = record.line;
  mbc_csv_record_clear (&record);

  return line;
}

/* Reads the rows after the header into @entries, and what is wrong with
 * each wrong row into @problems.
 */
static void
read_rows (MbcCsvScanner *scanner,
           MbcCsvRecord  *record,
           const int     *column_of_field,
           GPtrArray     *entries,
           GPtrArray     *problems)
{
  while (mbc_csv_scanner_next (scanner, record))
    {
      g_autoptr(GString) messages = NULL;
      MbcDiaryEntry *entry;

      if (mbc_csv_record_is_blank (record))
        continue;

      messages = g_string_new (NULL);
      entry = mbc_diary_csv_read_row (record, column_of_field, messages);
      if (entry == NULL)
        add_problem (problems, record->line, g_string_free (g_steal_pointer (&messages), FALSE));
      else if (problems->len == 0)
        g_ptr_array_add (entries, entry);
      else
        /* Nothing is imported now: the rest are read only for what is
         * wrong with them.
         */
        g_object_unref (entry);
    }
}

/**
 * mbc_diary_csv_read:
 * @text: the file's bytes, which need not end in a NUL
 * @length: how many bytes there are
 * @problems: (out) (optional) (element-type MbcDiaryCsvProblem): with
 *   MBC_DIARY_CSV_ERROR_ROWS, what is wrong with each wrong row, in the
 *   order of the file; else NULL
 * @error: NOT_CSV when the file has no header the diary knows, ROWS
 *   when some rows are wrong
 *
 * Reads every row of @text. All or nothing: one wrong row, and nothing
 * is returned.
 *
 * Returns: (transfer container) (element-type MbcDiaryEntry): the
 *   entries, without ids, in the order of the file, or NULL
 */
GPtrArray *
mbc_diary_csv_read (const char  *text,
                    gsize        length,
                    GPtrArray  **problems,
                    GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) wrong = NULL;
  int column_of_field[MBC_CSV_MAX_KEPT_FIELDS];
  MbcCsvScanner scanner;
  MbcCsvRecord record;
  gboolean found;
  guint too_many;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (problems != NULL)
    *problems = NULL;

  mbc_csv_scanner_init (&scanner, text, length);
  mbc_csv_record_init (&record);

  do
    found = mbc_csv_scanner_next (&scanner, &record);
  while (found && mbc_csv_record_is_blank (&record));

  if (!found)
    {
      g_set_error_literal (error, MBC_DIARY_CSV_ERROR, MBC_DIARY_CSV_ERROR_NOT_CSV,
                           _("This file is empty: there is no diary in it to import."));
      mbc_csv_record_clear (&record);
      return NULL;
    }

  if (!read_header (&record, column_of_field, error))
    {
      mbc_csv_record_clear (&record);
      return NULL;
    }

  entries = g_ptr_array_new_with_free_func (g_object_unref);
  wrong = g_ptr_array_new_with_free_func ((GDestroyNotify) mbc_diary_csv_problem_free);
  too_many = find_row_past_limit (&scanner);
  if (too_many > 0)
    add_problem (wrong, too_many, g_strdup_printf (
      /* Translators: about a diary file being imported; %u is the most
       * rows the guide imports at once.
       */
      _("The diary imports at most %u rows at once: this row and the rows after it are too many."),
      (guint) MAX_ROWS));
  else
    read_rows (&scanner, &record, column_of_field, entries, wrong);
  mbc_csv_record_clear (&record);

  if (too_many > 0)
    g_set_error (error, MBC_DIARY_CSV_ERROR, MBC_DIARY_CSV_ERROR_ROWS,
                 /* Translators: said when a diary file is not imported; %u is
                  * the most rows the guide imports at once.
                  */
                 _("The file has more than %u rows, so nothing was imported."),
                 (guint) MAX_ROWS);
  else if (wrong->len > 0)
    g_set_error (error, MBC_DIARY_CSV_ERROR, MBC_DIARY_CSV_ERROR_ROWS,
                 /* Translators: said when a diary file is not imported; %u is
                  * how many of its rows are wrong.
                  */
                 g_dngettext (GETTEXT_PACKAGE,
                              "%u row of the file cannot be read, so nothing was imported.",
                              "%u rows of the file cannot be read, so nothing was imported.",
                              wrong->len),
                 wrong->len);

  if (wrong->len > 0)
    {
      if (problems != NULL)
        *problems = g_steal_pointer (&wrong);
      return NULL;
    }

  return g_steal_pointer (&entries);
}
