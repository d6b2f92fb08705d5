/* fuzz-questions.c: the saved questions, on any bytes
 *
 * An input is the whole questions file. What reads without a problem
 * must write back and read again to the same questions, and writing
 * that again must give the same bytes: saving a list never changes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-my-question.h"
#include "mbc-my-question-list-private.h"

#include "fuzz.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(JsonObject) unknown_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  gint64 version = 0;
  gint64 version_again = 0;
  gsize length = 0;
  gsize length_again = 0;

  questions = mbc_my_question_list_file_read ((const char *) data, size, &version, &unknown, &error);
  g_assert_true ((questions == NULL) != (error == NULL));
  if (questions == NULL)
    return 0;

  g_assert_cmpint (version, >=, 1);
  for (guint i = 0; i < questions->len; i++)
    {
      MbcMyQuestion *question = g_ptr_array_index (questions, i);

      g_assert_true (g_utf8_validate (mbc_my_question_get_text (question), -1, NULL));
      g_assert_true (g_utf8_validate (mbc_my_question_get_answer (question), -1, NULL));
    }

  written = mbc_my_question_list_file_write (questions, version, unknown, &length);
  g_assert_cmpuint (strlen (written), ==, length);

  again = mbc_my_question_list_file_read (written, length, &version_again, &unknown_again, &error);
  g_assert_no_error (error);
  g_assert_cmpint (version_again, ==, MAX (version, MBC_MY_QUESTION_LIST_FILE_VERSION));
  g_assert_cmpuint (again->len, ==, questions->len);

  for (guint i = 0; i < questions->len; i++)
    {
      MbcMyQuestion *question = g_ptr_array_index (questions, i);
      MbcMyQuestion *read_again = g_ptr_array_index (again, i);

      g_assert_cmpstr (mbc_my_question_get_text (read_again), ==,
                       mbc_my_question_get_text (question));
      g_assert_cmpstr (mbc_my_question_get_answer (read_again), ==,
                       mbc_my_question_get_answer (question));
      g_assert_cmpstr (mbc_my_question_get_suggestion_id (read_again), ==,
                       mbc_my_question_get_suggestion_id (question));
      g_assert_true (mbc_my_question_get_asked (read_again) == mbc_my_question_get_asked (question));
    }

  rewritten = mbc_my_question_list_file_write (again, version_again, unknown_again, &length_again);
  g_assert_cmpstr (rewritten, ==, written);

  return 0;
}
