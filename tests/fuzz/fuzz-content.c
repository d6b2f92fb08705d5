/* fuzz-content.c: the content loader, on any bytes in one content file
 *
 * An input is the name of a content file on its first line, then what
 * that file holds:
 *
 *   sites.json
 *   {"sites": [ … ]}
 *
 * The file takes the place of the real one in a folder that holds the
 * real others, so that a change anywhere in it meets the rest of the
 * content as it ships: the references between files, the checks, and,
 * when nothing is wrong, the building of every item and the template
 * of its texts. An input whose first line names no content file is
 * skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mbc-content-check.h"
#include "mbc-content-pot.h"
#include "mbc-content-schema.h"
#include "mbc-content.h"
#include "mbc-page-text.h"
#include "mbc-question.h"

#include "fuzz.h"

/* Each content file, and a folder of the real content in which that
 * one file is written over by each input.
 */
typedef struct
{
  const char *name;
  char       *folder;
} Slot;

static GArray *slots;

static void
copy_content (const char *folder)
{
  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
    {
      g_autofree char *resource = g_strconcat (RESOURCE_BASE "/content/", list->file, NULL);
      g_autofree char *path = g_build_filename (folder, list->file, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, &error);

      g_assert_no_error (error);
      fuzz_write_file (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();

  slots = g_array_new (FALSE, TRUE, sizeof (Slot));
  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
    {
      Slot slot = { list->file, NULL };
      gboolean seen = FALSE;

      for (guint i = 0; i < slots->len; i++)
        seen |= g_str_equal (g_array_index (slots, Slot, i).name, list->file);
      if (seen)
        continue;

      slot.folder = fuzz_make_folder ("content");
      copy_content (slot.folder);
      g_array_append_val (slots, slot);
    }

  return 0;
}

static void
count_text_cb (const MbcContentText *text,
               gpointer              user_data)
{
  g_autofree char *context = mbc_content_text_dup_context (text);

  g_assert_nonnull (context);
  g_assert_nonnull (text->text);
  (*(guint *) user_data)++;
}

/* What the app and the content tool do with content that loads. */
static void
use_content (MbcContent *content,
             GFile      *directory)
{
  GListModel *lists[] = {
    mbc_content_get_sources (content), mbc_content_get_tests (content),
    mbc_content_get_sites (content), mbc_content_get_guides (content),
    mbc_content_get_goals (content), mbc_content_get_subtypes (content),
    mbc_content_get_treatments (content), mbc_content_get_question_groups (content),
    mbc_content_get_resources (content), mbc_content_get_basics (content),
    mbc_content_get_help (content), mbc_content_get_living (content),
    mbc_content_get_glossary (content),
  };
  g_autoptr(MbcContentCheck) check = mbc_content_check_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pot = NULL;
  guint n_texts = 0;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint j = 0; j < g_list_model_get_n_items (lists[i]); j++)
      {
        g_autoptr(MbcContentItem) item = g_list_model_get_item (lists[i], j);
        g_autofree char *source_list = mbc_page_text_dup_source_names (item);
        g_autoptr(GPtrArray) questions = mbc_content_dup_questions_about (content, item);

        g_assert_true (g_utf8_validate (source_list, -1, NULL));
        g_assert_nonnull (questions);
        g_assert_true (mbc_content_find_item (content, lists[i],
                                              mbc_content_item_get_id (item)) == item);
      }

  /* The content tool's template, from a check that found nothing wrong. */
  g_assert_true (mbc_content_check_read (check, directory, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mbc_content_check_get_problems (check)->len, ==, 0);
  mbc_content_foreach_text (check, count_text_cb, &n_texts);
  pot = mbc_content_pot_new (check, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pot);
}

/* Whether @message starts with the name of a content file and a colon. */
static gboolean
names_a_file (const char *message)
{
  for (guint i = 0; i < slots->len; i++)
    {
      const char *name = g_array_index (slots, Slot, i).name;

      if (g_str_has_prefix (message, name) && message[strlen (name)] == ':')
        return TRUE;
    }

  return FALSE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const uint8_t *newline = memchr (data, '\n', size);
  g_autoptr(GFile) directory = NULL;
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const Slot *slot = NULL;
  gsize name_length;

  if (newline == NULL)
    return 0;

  name_length = newline - data;
  for (guint i = 0; i < slots->len; i++)
    {
      const Slot *each = &g_array_index (slots, Slot, i);

      if (strlen (each->name) == name_length && memcmp (each->name, data, name_length) == 0)
        slot = each;
    }
  if (slot == NULL)
    return 0;

  path = g_build_filename (slot->folder, slot->name, NULL);
  fuzz_write_file (path, newline + 1, size - name_length - 1);

  directory = g_file_new_for_path (slot->folder);
  content = mbc_content_new_from_directory (directory, &error);

  /* Content, or the reason there is none, as "file:line:column: message". */
  g_assert_true ((content == NULL) != (error == NULL));
  if (content == NULL)
    {
      g_assert_true (g_error_matches (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_UNREADABLE) ||
                     g_error_matches (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_SYNTAX) ||
                     g_error_matches (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_INVALID));
      g_assert_true (names_a_file (error->message));
      return 0;
    }

  use_content (content, directory);

  return 0;
}
