/* test-diary-csv.c: the diary as a CSV file, out and back in
 *
 * What is written is RFC 4180 to the byte, reads back to the same
 * entries, and writes again to the same bytes; what a spreadsheet or a
 * person may make of it (LF line ends, a byte order mark, English words,
 * keywords, dates with no offset) reads too, and so does a file written
 * while the guide was in another language; and every wrong row of a
 * file is told by the line it starts on, with nothing imported.
 *
 * The local time zone is Madrid's, given as a POSIX rule so that no
 * time zone database is needed: dates are written with +01:00 in
 * winter and +02:00 in summer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "mbc-diary-csv.h"
#include "mbc-language.h"

#define MADRID "CET-1CEST,M3.5.0,M10.5.0/3"

#define HEADER "Date and time,What,Kind,Guide sign ID,How bad (0-10),Daily life (0-10),Medicines,Note\r\n"

static gint64
unix_time (const char *iso8601)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_iso8601 (iso8601, NULL);

  g_assert_nonnull (date);
  return g_date_time_to_unix (date);
}

static MbcDiaryEntry *
new_entry (MbcDiaryKind  kind,
           const char   *sign_id,
           const char   *label,
           const char   *when,
           int           severity,
           int           interference,
           const char   *medicines,
           const char   *note)
{
  return mbc_diary_entry_new (kind, sign_id, label, unix_time (when), severity, interference,
                              medicines, note);
}

/* Every kind, every column empty where it may be, and text that needs
 * quotes: commas, quotes, every kind of line end, accents, scripts
 * that are not Latin.
 */
static GPtrArray *
new_varied_entries (void)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (entries, new_entry (MBC_DIARY_KIND_SIGN, "bones-new-pain", "New pain in a bone",
                                       "2026-03-14T09:30:00+01:00", 6, 4, NULL, NULL));
  g_ptr_array_add (entries, new_entry (MBC_DIARY_KIND_SIDE_EFFECT, NULL, "Nausea, mostly mornings",
                                       "2026-07-01T22:05:00+02:00", 3, MBC_DIARY_SCORE_NONE,
                                       "Ondansetron 8 mg, twice", "Ate \"a little\" toast."));
  g_ptr_array_add (entries, new_entry (MBC_DIARY_KIND_OWN, NULL, "Dolor de espalda (zona lumbar)",
                                       "2026-10-25T02:30:00+01:00", 10, 10, "Ibuprofeno",
                                       "Línea uno\nLínea dos\r\nLínea tres\rfin, con “comillas”"));
  g_ptr_array_add (entries, new_entry (MBC_DIARY_KIND_OVERALL, NULL, "",
                                       "2026-12-31T23:59:59+01:00", 0, 0, NULL,
                                       "疲れた。 تعب 😴 Ελλάδα"));
  g_ptr_array_add (entries, new_entry (MBC_DIARY_KIND_OWN, NULL, "  spaces around  ",
                                       "1999-01-01T00:00:00Z", 1, MBC_DIARY_SCORE_NONE,
                                       "\"", ",\"\r\n,"));

  return entries;
}

static void
assert_same_entries (GPtrArray *expected,
                     GPtrArray *actual)
{
  g_assert_nonnull (actual);
  g_assert_cmpuint (actual->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      MbcDiaryEntry *entry = g_ptr_array_index (actual, i);

      g_assert_cmpint (mbc_diary_entry_get_id (entry), ==, 0);
      g_assert_true (mbc_diary_entry_equal_content (g_ptr_array_index (expected, i), entry));
    }
}

static GPtrArray *
read_ok (const char *text,
         gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GPtrArray *entries;

  entries = mbc_diary_csv_read (text, length < 0 ? strlen (text) : (gsize) length,
                                &problems, &error);
  g_assert_no_error (error);
  g_assert_null (problems);
  g_assert_nonnull (entries);

  return entries;
}

/* The bytes of what is written, to the byte. */
static void
test_write (void)
{
  g_autoptr(GPtrArray) entries = new_varied_entries ();
  g_autofree char *text = NULL;
  gsize length = 0;
  const char *expected =
    HEADER
    "2026-03-14T09:30:00+01:00,New pain in a bone,Sign from the guide,bones-new-pain,6,4,,\r\n"
    "2026-07-01T22:05:00+02:00,\"Nausea, mostly mornings\",Side effect,,3,,"
      "\"Ondansetron 8 mg, twice\",\"Ate \"\"a little\"\" toast.\"\r\n"
    "2026-10-25T02:30:00+01:00,Dolor de espalda (zona lumbar),Something else,,10,10,Ibuprofeno,"
      "\"Línea uno\nLínea dos\r\nLínea tres\rfin, con “comillas”\"\r\n"
    "2026-12-31T23:59:59+01:00,,How I feel overall,,0,0,,疲れた。 تعب 😴 Ελλάδα\r\n"
    "1999-01-01T01:00:00+01:00,  spaces around  ,Something else,,1,,\"\"\"\",\",\"\"\r\n,\"\r\n";

  text = mbc_diary_csv_write (entries, &length);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpuint (length, ==, strlen (expected));

  /* An empty diary is its header alone. */
  g_ptr_array_set_size (entries, 0);
  g_clear_pointer (&text, g_free);
  text = mbc_diary_csv_write (entries, NULL);
  g_assert_cmpstr (text, ==, HEADER);
}

/* read(write(entries)) is the entries, and write(read(text)) is the
 * text, also for a diary with no entry.
 */
static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) entries = new_varied_entries ();
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *lists[] = { entries, none };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      gsize length = 0;
      gsize length_again = 0;
      g_autofree char *text = mbc_diary_csv_write (lists[i], &length);
      g_autoptr(GPtrArray) read = read_ok (text, length);
      g_autofree char *again = mbc_diary_csv_write (read, &length_again);

      assert_same_entries (lists[i], read);
      g_assert_cmpstr (again, ==, text);
      g_assert_cmpuint (length_again, ==, length);
    }
}

/* What a spreadsheet or a person may make of a file: LF line ends, a
 * byte order mark, no line end at the end, blank lines, English words
 * and keywords in any case, the columns in another order, dates with
 * no offset (local time), no seconds or no time at all.
 */
static void
test_read_variants (void)
{
  const char *text =
    "\xef\xbb\xbf" "NOTE, what ,kind,sign-id,SEVERITY,interference,medicines,when\n"
    "\n"
    "a note,New pain in a bone, sign ,bones-new-pain, 6 ,4,,2026-03-14T09:30:00+01:00\n"
    ",Nausea,SIDE EFFECT,,3,,,2026-07-01T22:05:00\n"
    ",Tired,own,,2,, ,2026-07-02 08:15\n"
    ",,How I feel overall,,7,,,2026-07-03\n"
    "\"two\nlines\",Cough,Something else,,05,10,,2026-07-04T10:00:00Z\n"
    "\n";
  g_autoptr(GPtrArray) entries = read_ok (text, -1);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (expected, new_entry (MBC_DIARY_KIND_SIGN, "bones-new-pain", "New pain in a bone",
                                        "2026-03-14T09:30:00+01:00", 6, 4, NULL, "a note"));
  g_ptr_array_add (expected, new_entry (MBC_DIARY_KIND_SIDE_EFFECT, NULL, "Nausea",
                                        "2026-07-01T22:05:00+02:00", 3, MBC_DIARY_SCORE_NONE,
                                        NULL, NULL));
  g_ptr_array_add (expected, new_entry (MBC_DIARY_KIND_OWN, NULL, "Tired",
                                        "2026-07-02T08:15:00+02:00", 2, MBC_DIARY_SCORE_NONE,
                                        " ", NULL));
  g_ptr_array_add (expected, new_entry (MBC_DIARY_KIND_OVERALL, NULL, "",
                                        "2026-07-03T00:00:00+02:00", 7, MBC_DIARY_SCORE_NONE,
                                        NULL, NULL));
  g_ptr_array_add (expected, new_entry (MBC_DIARY_KIND_OWN, NULL, "Cough",
                                        "2026-07-04T12:00:00+02:00", 5, 10, NULL, "two\nlines"));
  assert_same_entries (expected, entries);

  /* The same file with CRLF and no BOM, and with no line end at all
   * after its last row.
   */
  {
    g_autoptr(GPtrArray) crlf = read_ok (HEADER "2026-07-03T00:00:00+02:00,,overall,,7,,,\r\n", -1);
    g_autoptr(GPtrArray) no_end = read_ok (HEADER "2026-07-03T00:00:00+02:00,,overall,,7,,,", -1);

    g_assert_cmpuint (crlf->len, ==, 1);
    g_assert_true (mbc_diary_entry_equal_content (g_ptr_array_index (crlf, 0),
                                                  g_ptr_array_index (expected, 3)));
    g_assert_cmpuint (no_end->len, ==, 1);
    g_assert_true (mbc_diary_entry_equal_content (g_ptr_array_index (no_end, 0),
                                                  g_ptr_array_index (expected, 3)));
  }

  /* A header with no rows is an empty diary. */
  {
    g_autoptr(GPtrArray) empty = read_ok (HEADER, -1);

    g_assert_cmpuint (empty->len, ==, 0);
  }
}

typedef struct
{
  guint       line;
  const char *parts[3];   /* what the message must say */
} Expected;

/* @summary: how the error begins, or NULL for how many rows are wrong */
static void
assert_problems_full (const char     *text,
                      gsize           length,
                      const Expected *expected,
                      guint           n_expected,
                      const char     *summary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) entries = mbc_diary_csv_read (text, length, &problems, &error);
  g_autofree char *count = g_strdup_printf ("%u row%s of the file cannot be read", n_expected,
                                            n_expected == 1 ? "" : "s");

  g_assert_null (entries);
  g_assert_error (error, MBC_DIARY_CSV_ERROR, MBC_DIARY_CSV_ERROR_ROWS);
  if (!g_str_has_prefix (error->message, summary != NULL ? summary : count))
    g_error ("“%s” does not begin with “%s”", error->message, summary != NULL ? summary : count);
  g_assert_nonnull (strstr (error->message, "nothing was imported"));
  g_assert_nonnull (problems);

  for (guint i = 0; i < problems->len; i++)
    {
      MbcDiaryCsvProblem *problem = g_ptr_array_index (problems, i);

      g_test_message ("line %u: %s", problem->line, problem->message);
      g_assert_true (g_utf8_validate (problem->message, -1, NULL));
    }
  g_assert_cmpuint (problems->len, ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      MbcDiaryCsvProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpuint (problem->line, ==, expected[i].line);
      for (guint j = 0; j < G_N_ELEMENTS (expected[i].parts) && expected[i].parts[j] != NULL; j++)
        if (strstr (problem->message, expected[i].parts[j]) == NULL)
          g_error ("Line %u: “%s” is not in “%s”", problem->line, expected[i].parts[j],
                   problem->message);
    }
}

static void
assert_problems (const char     *text,
                 gsize           length,
                 const Expected *expected,
                 guint           n_expected)
{
  assert_problems_full (text, length, expected, n_expected, NULL);
}

/* Each wrong row is told by the line it starts on, counting the lines
 * inside quoted notes, with the column and what is wrong in it; good
 * rows between them are not imported either.
 */
static void
test_bad_rows (void)
{
  const char text[] =
    HEADER                                                                          /* 1 */
    "2026-03-14T09:30:00+01:00,Pain,own,,11,,,\r\n"                                 /* 2 */
    "2026-03-14T09:30:00+01:00,Pain,own,,6,,,\"a note\r\non two lines\"\r\n"        /* 3-4 */
    "yesterday,Pain,own,,abc,x,,\r\n"                                               /* 5 */
    "2026-03-14T09:30:00+01:00,Pain,feeling,,6,,,\r\n"                              /* 6 */
    "2026-03-14T09:30:00+01:00,Bone pain,Sign from the guide,,6,,,\r\n"             /* 7 */
    "2026-03-14T09:30:00+01:00,Pain,own,bones-new-pain,6,,,\r\n"                    /* 8 */
    "2026-03-14T09:30:00+01:00,Pain,sign,Bones New Pain,6,,,\r\n"                   /* 9 */
    "2026-03-14T09:30:00+01:00,Pain,own,,6,,\r\n"                                   /* 10 */
    "2026-03-14T09:30:00+01:00,Pain,own,,6,,,,\r\n"                                 /* 11 */
    "\"2026-03-14T09:30:00+01:00\"x,Pain,own,,6,,,\r\n"                             /* 12 */
    "2026-03-14T09:30:00+01:00,Pa\xff" "in,own,,6,,,\r\n"                           /* 13 */
    "2026-03-14T09:30:00+01:00,   ,side effect,,6,,,\r\n"                           /* 14 */
    "2026-03-14T09:30:00+01:00,Pain,own,,,,,\r\n"                                   /* 15 */
    "2026-03-14T09:30:00+01:00,Pain,own,,6,,,\"a\0b\"\r\n"                          /* 16 */
    "2026-02-30T09:30:00+01:00,Pain,,,6,,,\r\n"                                     /* 17 */
    "2026-03-14T09:30:00+01:00,Pain,own,,6,,,\"never closed\r\nmore\r\n";           /* 18 */
  const Expected expected[] = {
    { 2, { "“How bad (0-10)” must be a whole number from 0 to 10, not “11”." } },
    { 5, { "“Date and time” must be a date and time such as 2026-03-14T09:30:00+01:00, not “yesterday”.",
           "“How bad (0-10)” must be a whole number from 0 to 10, not “abc”." } },
    { 6, { "“Kind” must be one of “Sign from the guide”, “Side effect”, “Something else”, "
           "“How I feel overall”, not “feeling”." } },
    { 7, { "“Guide sign ID” is empty, but an entry of the kind “Sign from the guide” needs it." } },
    { 8, { "“Guide sign ID” must be empty unless the kind is “Sign from the guide”." } },
    { 9, { "“Guide sign ID” is not a sign ID of the guide", "“Bones New Pain”" } },
    { 10, { "This row has 7 fields, but a row of the diary has 8" } },
    { 11, { "This row has 9 fields, but a row of the diary has 8" } },
    { 12, { "In “Date and time”, there is text after the closing quote" } },
    { 13, { "“What” holds bytes that are not UTF-8 text." } },
    { 14, { "“What” is empty, but an entry of the kind “Side effect” needs words there." } },
    { 15, { "“How bad (0-10)” is empty" } },
    { 16, { "“Note” holds bytes that are not UTF-8 text." } },
    { 17, { "“Date and time” must be a date and time", "“Kind” is empty." } },
    { 18, { "In “Note”, a quote opens and never closes" } },
  };
  const Expected daily_life[] = {
    { 2, { "“Daily life (0-10)” must be empty or a whole number from 0 to 10, not “-1”." } },
    { 3, { "“Daily life (0-10)” must be empty or a whole number from 0 to 10, not “1.5”." } },
  };
  const char daily_life_text[] =
    HEADER
    "2026-03-14T09:30:00+01:00,Pain,own,,6,-1,,\r\n"
    "2026-03-14T09:30:00+01:00,Pain,own,,6,1.5,,\r\n";

  /* Less the 0 that ends the string: the file has a NUL inside it. */
  assert_problems (text, sizeof text - 1, expected, G_N_ELEMENTS (expected));
  assert_problems (daily_life_text, sizeof daily_life_text - 1,
                   daily_life, G_N_ELEMENTS (daily_life));
}

/* A lone CR ends a line too, as old spreadsheets wrote them, and a
 * long wrong value is shown cut short, on one line.
 */
static void
test_bad_rows_line_ends (void)
{
  g_autofree char *long_value = g_strnfill (100, '9');
  g_autofree char *text = g_strconcat (HEADER,
                                       "2026-03-14T09:30:00+01:00,Pain,own,,6,,,\"x\ny\"\r",  /* 2-3 */
                                       "2026-03-14T09:30:00+01:00,Pain,own,,", long_value,
                                       ",,,\n",                                                 /* 4 */
                                       "2026-03-14T09:30:00+01:00,Pain,own,,6,,,\n",           /* 5 */
                                       "\"2026\n\r\n\n\",Pain,own,,6,,,\n",                    /* 6-9 */
                                       NULL);
  g_autofree char *nines = g_strnfill (40, '9');
  g_autofree char *shown = g_strconcat ("not “", nines, "…”.", NULL);
  const Expected expected[] = {
    { 4, { shown } },
    { 6, { "“Date and time” must be a date and time", "“2026”" } },
  };

  assert_problems (text, strlen (text), expected, G_N_ELEMENTS (expected));
}

static void
assert_not_csv (const char *text,
                gssize      length,
                const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  entries = mbc_diary_csv_read (text, length < 0 ? strlen (text) : (gsize) length,
                                &problems, &error);

  g_assert_null (entries);
  g_assert_null (problems);
  g_assert_error (error, MBC_DIARY_CSV_ERROR, MBC_DIARY_CSV_ERROR_NOT_CSV);
  g_test_message ("%s", error->message);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” is not in “%s”", part, error->message);
}

/* No header the diary knows: the file is not read at all, and the
 * message says why and which columns a diary has.
 */
static void
test_not_csv (void)
{
  const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  const char columns[] = "“Date and time”, “What”, “Kind”, “Guide sign ID”, “How bad (0-10)”, "
                         "“Daily life (0-10)”, “Medicines”, “Note”";

  assert_not_csv ("", 0, "This file is empty");
  assert_not_csv (NULL, 0, "This file is empty");
  assert_not_csv ("\r\n\n\r\n", 4, "This file is empty");
  assert_not_csv ("\xef\xbb\xbf", 3, "This file is empty");
  assert_not_csv ("Dear diary, today was fine.\n", -1, "“Dear diary” in its first line is not a column");
  assert_not_csv ("Dear diary, today was fine.\n", -1, columns);
  assert_not_csv (binary, sizeof binary - 1, "It is not text in UTF-8");
  assert_not_csv ("when,what,kind,sign-id,severity,interference,medicines\r\n", -1,
                  "The column “Note” is missing");
  assert_not_csv ("when,what,kind,sign-id,severity,interference,medicines,note,When\r\n", -1,
                  "names the column “Date and time” twice");
  assert_not_csv ("when,wh\xc3\x28t\r\n", -1, "It is not text in UTF-8");
  assert_not_csv ("\"when,what\r\n", -1, "first line is not a line of column names");
}

/* A field over 1 MB is a wrong row, not all the memory there is; so
 * are rows past the millionth.
 */
static void
test_limits (void)
{
  g_autoptr(GString) text = g_string_new (HEADER "2026-03-14T09:30:00+01:00,Pain,own,,6,,,\"");
  const Expected too_long[] = {
    { 2, { "“Note” is longer than the diary takes (1 MB)." } },
  };
  const Expected too_many[] = {
    { 1000003, { "The diary imports at most 1000000 rows at once: this row and the rows after it "
                 "are too many." } },
  };

  for (guint i = 0; i < 1024 * 1024 + 1; i++)
    g_string_append_c (text, 'a' + i % 26);
  g_string_append (text, "\"\r\n");
  assert_problems (text->str, text->len, too_long, G_N_ELEMENTS (too_long));

  /* Exactly 1 MB is fine. */
  g_string_truncate (text, text->len - 4);
  g_string_append (text, "\"\r\n");
  {
    g_autoptr(GPtrArray) entries = read_ok (text->str, text->len);

    g_assert_cmpuint (strlen (mbc_diary_entry_get_note (g_ptr_array_index (entries, 0))), ==,
                      1024 * 1024);
  }

  /* A million rows and one are turned down before any is read, with a
   * blank line among them, which does not count.
   */
  g_string_assign (text, HEADER "\r\n");
  for (guint i = 1; i <= 1000001; i++)
    g_string_append (text, "2026-03-14T09:30:00+01:00,Pain,own,,6,,,\n");
  assert_problems_full (text->str, text->len, too_many, G_N_ELEMENTS (too_many),
                        "The file has more than 1000000 rows, so nothing was imported.");
}

/* A file exported while the guide was in one language imports once it
 * is in any other, as on a computer set up in that other language:
 * every entry of every kind, the same.
 */
static void
test_other_language (void)
{
  const char * const *languages = mbc_language_list ();
  g_autoptr(GPtrArray) entries = new_varied_entries ();

  g_assert_cmpuint (g_strv_length ((GStrv) languages), >=, 2);

  for (guint from = 0; languages[from] != NULL; from++)
    for (guint to = 0; languages[to] != NULL; to++)
      {
        g_autofree char *text = NULL;
        g_autofree char *kind = NULL;
        g_autoptr(GPtrArray) read = NULL;
        gsize length = 0;

        if (from == to)
          continue;

        g_test_message ("Exported in “%s”, imported in “%s”", languages[from], languages[to]);
        g_assert_true (mbc_language_set (languages[from]));
        text = mbc_diary_csv_write (entries, &length);
        kind = g_strdup (_("Kind"));

        g_assert_true (mbc_language_set (languages[to]));
        /* The file is in a language the guide is not in now. */
        g_assert_cmpstr (kind, !=, _("Kind"));
        g_assert_nonnull (strstr (text, kind));

        read = read_ok (text, length);
        assert_same_entries (entries, read);
      }

  g_assert_true (mbc_language_set ("en"));
}

/* The Spanish words in the guide in English, as a person may have
 * typed them: in any case, with spaces around, accents composed or
 * not, mixed with English ones and keywords; and the message about a
 * wrong kind still speaks English.
 */
static void
test_other_language_typed (void)
{
  const char *text =
    "fecha y hora, QUE\xcc\x81 ,tipo,ID de señal de la guía,qué tan fuerte (0-10),"
      "VIDA DIARIA (0-10),medicamentos,Nota\r\n"
    "2026-03-14T09:30:00+01:00,Dolor,  señal de la guía ,bones-new-pain,6,4,,\r\n"
    "2026-03-14T10:30:00+01:00,Náusea,EFECTO SECUNDARIO,,3,,,\r\n"
    "2026-03-14T11:30:00+01:00,Tos,otra cosa,,2,,,\r\n"
    "2026-03-14T12:30:00+01:00,,Co\xcc\x81mo me siento en general,,5,,,\r\n"
    "2026-03-14T13:30:00+01:00,Tired,Something else,,1,,,\r\n"
    "2026-03-14T14:30:00+01:00,,overall,,7,,,\r\n";
  const char bad_kind[] =
    "Fecha y hora,Qué,Tipo,ID de señal de la guía,Qué tan fuerte (0-10),Vida diaria (0-10),"
      "Medicamentos,Nota\r\n"
    "2026-03-14T09:30:00+01:00,Dolor,Señal,,6,,,\r\n";
  const Expected expected[] = {
    { 2, { "“Kind” must be one of “Sign from the guide”, “Side effect”, “Something else”, "
           "“How I feel overall”, not “Señal”." } },
  };
  g_autoptr(GPtrArray) entries = NULL;
  MbcDiaryKind kinds[] = {
    MBC_DIARY_KIND_SIGN, MBC_DIARY_KIND_SIDE_EFFECT, MBC_DIARY_KIND_OWN,
    MBC_DIARY_KIND_OVERALL, MBC_DIARY_KIND_OWN, MBC_DIARY_KIND_OVERALL,
  };

  g_assert_true (mbc_language_set ("en"));
  entries = read_ok (text, -1);
  g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < entries->len; i++)
    g_assert_cmpint (mbc_diary_entry_get_kind (g_ptr_array_index (entries, i)), ==, kinds[i]);
  g_assert_cmpint (mbc_diary_entry_get_severity (g_ptr_array_index (entries, 0)), ==, 6);
  g_assert_cmpint (mbc_diary_entry_get_interference (g_ptr_array_index (entries, 0)), ==, 4);
  g_assert_cmpstr (mbc_diary_entry_get_sign_id (g_ptr_array_index (entries, 0)), ==,
                   "bones-new-pain");
  g_assert_cmpstr (mbc_diary_entry_get_label (g_ptr_array_index (entries, 1)), ==, "Náusea");

  assert_problems (bad_kind, sizeof bad_kind - 1, expected, G_N_ELEMENTS (expected));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", MADRID, TRUE);
  setlocale (LC_ALL, "");
  mbc_language_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mbc/diary-csv/write", test_write);
  g_test_add_func ("/mbc/diary-csv/round-trip", test_round_trip);
  g_test_add_func ("/mbc/diary-csv/read-variants", test_read_variants);
  g_test_add_func ("/mbc/diary-csv/bad-rows", test_bad_rows);
  g_test_add_func ("/mbc/diary-csv/bad-rows-line-ends", test_bad_rows_line_ends);
  g_test_add_func ("/mbc/diary-csv/not-csv", test_not_csv);
  g_test_add_func ("/mbc/diary-csv/limits", test_limits);
  g_test_add_func ("/mbc/diary-csv/other-language", test_other_language);
  g_test_add_func ("/mbc/diary-csv/other-language-typed", test_other_language_typed);

  return g_test_run ();
}
