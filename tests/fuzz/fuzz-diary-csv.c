/* fuzz-diary-csv.c: the diary's CSV import, on any bytes
 *
 * An input is the whole file a person imports. What imports must
 * export and import again to the same entries, and exporting that
 * again must give the same bytes: a diary moved from one computer to
 * another through its CSV is the same diary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-diary-csv.h"

#include "fuzz.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  /* Summer time and winter time, with no time zone database needed, so
   * that dates on both sides of a change are tried.
   */
  g_setenv ("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", TRUE);

  return 0;
}

static void
assert_problems (GPtrArray *problems,
                 GError    *error)
{
  guint line = 0;

  g_assert_true (g_error_matches (error, MBC_DIARY_CSV_ERROR, MBC_DIARY_CSV_ERROR_NOT_CSV) ||
                 g_error_matches (error, MBC_DIARY_CSV_ERROR, MBC_DIARY_CSV_ERROR_ROWS));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (error->code == MBC_DIARY_CSV_ERROR_NOT_CSV)
    {
      g_assert_null (problems);
      return;
    }

  /* Every wrong row is told, in the order of the file. */
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);
  for (guint i = 0; i < problems->len; i++)
    {
      MbcDiaryCsvProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpuint (problem->line, >, line);
      g_assert_true (g_utf8_validate (problem->message, -1, NULL));
      g_assert_cmpuint (strlen (problem->message), >, 0);
      line = problem->line;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  gsize length = 0;
  gsize length_again = 0;

  entries = mbc_diary_csv_read ((const char *) data, size, &problems, &error);
  g_assert_true ((entries == NULL) != (error == NULL));
  if (entries == NULL)
    {
      assert_problems (problems, error);
      return 0;
    }
  g_assert_null (problems);

  for (guint i = 0; i < entries->len; i++)
    {
      MbcDiaryEntry *entry = g_ptr_array_index (entries, i);

      g_assert_true (g_utf8_validate (mbc_diary_entry_get_label (entry), -1, NULL));
      g_assert_cmpint (mbc_diary_entry_get_id (entry), ==, 0);
    }

  written = mbc_diary_csv_write (entries, &length);
  g_assert_cmpuint (strlen (written), ==, length);

  again = mbc_diary_csv_read (written, length, &problems, &error);
  g_assert_no_error (error);
  g_assert_null (problems);
  g_assert_cmpuint (again->len, ==, entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_assert_true (mbc_diary_entry_equal_content (g_ptr_array_index (entries, i),
                                                  g_ptr_array_index (again, i)));

  rewritten = mbc_diary_csv_write (again, &length_again);
  g_assert_cmpuint (length_again, ==, length);
  g_assert_cmpstr (rewritten, ==, written);

  return 0;
}
