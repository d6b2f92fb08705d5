/* fuzz-local-content.c: a hospital's local content pack, on any bytes
 *
 * An input is the pack's resources.json and, after a 0 byte, its
 * sources.json; without a 0 byte the pack has no sources.json. (A 0 byte
 * is never valid in a content file, so nothing is lost by the split.)
 * The pack is read after built-in content that holds the guide's own
 * sources and resources, which a pack may cite and must not take the
 * ids of, and empty lists for the rest: reading all of the content for
 * each input would take a hundred times longer and reach nothing more
 * of the pack's code. It is read in Spanish when the build has its
 * catalogue, so that the translated members of a pack are used too.
 * Whatever the pack holds, the built-in content loads; a pack that loads
 * adds its resources, marked local.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mbc-content-schema.h"
#include "mbc-content.h"
#include "mbc-language.h"
#include "mbc-page-text.h"
#include "mbc-resource.h"

#include "fuzz.h"

static GFile *builtin;
static GFile *pack;
static char *resources_path;
static char *sources_path;
static guint n_builtin_resources;
static guint n_builtin_sources;

/* The built-in content: the real sources and resources, and the other
 * lists empty.
 */
static void
write_builtin (const char *folder)
{
  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++)
    {
      g_autofree char *path = g_build_filename (folder, list->file, NULL);
      g_autoptr(GString) empty = NULL;

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        continue;

      if (g_str_equal (list->file, "sources.json") || g_str_equal (list->file, "resources.json"))
        {
          g_autofree char *resource = g_strconcat (RESOURCE_BASE "/content/", list->file, NULL);
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, &error);

          g_assert_no_error (error);
          fuzz_write_file (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
          continue;
        }

      empty = g_string_new ("{");
      for (const MbcContentList *each = list; each->file != NULL; each++)
        if (g_str_equal (each->file, list->file))
          g_string_append_printf (empty, "%s\"%s\": []", empty->len > 1 ? ", " : "", each->member);
      g_string_append (empty, "}\n");
      fuzz_write_file (path, empty->str, empty->len);
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *builtin_folder = NULL;
  g_autofree char *folder = NULL;

  fuzz_init ();

#ifdef MBC_FUZZ_LOCALEDIR
  g_setenv ("MBC_LOCALEDIR", MBC_FUZZ_LOCALEDIR, FALSE);
#endif
  mbc_language_init ();
  mbc_language_set ("es");

  builtin_folder = fuzz_make_folder ("builtin-content");
  write_builtin (builtin_folder);
  builtin = g_file_new_for_path (builtin_folder);
  content = mbc_content_new_from_directory (builtin, &error);
  g_assert_no_error (error);
  n_builtin_resources = g_list_model_get_n_items (mbc_content_get_resources (content));
  n_builtin_sources = g_list_model_get_n_items (mbc_content_get_sources (content));

  folder = fuzz_make_folder ("local-content");
  pack = g_file_new_for_path (folder);
  resources_path = g_build_filename (folder, "resources.json", NULL);
  sources_path = g_build_filename (folder, "sources.json", NULL);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const uint8_t *split = memchr (data, '\0', size);
  g_autoptr(MbcContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize resources_size = split != NULL ? (gsize) (split - data) : size;
  GListModel *resources;
  guint n_resources;

  fuzz_write_file (resources_path, data, resources_size);
  if (split != NULL)
    fuzz_write_file (sources_path, split + 1, size - resources_size - 1);
  else
    g_unlink (sources_path);

  content = mbc_content_new_with_local (builtin, pack, &error, &local_error);
  g_assert_no_error (error);
  g_assert_nonnull (content);

  resources = mbc_content_get_resources (content);
  n_resources = g_list_model_get_n_items (resources);

  if (local_error != NULL)
    {
      g_assert_true (g_error_matches (local_error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_INVALID));
      g_assert_true (g_str_has_prefix (local_error->message, "The local content pack in "));
      g_assert_cmpuint (n_resources, ==, n_builtin_resources);
      g_assert_cmpuint (g_list_model_get_n_items (mbc_content_get_sources (content)), ==,
                        n_builtin_sources);
      return 0;
    }

  for (guint i = 0; i < n_resources; i++)
    {
      g_autoptr(MbcResource) resource = g_list_model_get_item (resources, i);
      g_autofree char *source_list = mbc_page_text_dup_source_names (MBC_CONTENT_ITEM (resource));
      const char * const *languages = mbc_resource_get_languages (resource);

      g_assert_true (g_utf8_validate (source_list, -1, NULL));
      g_assert_true (mbc_resource_get_local (resource) == (i >= n_builtin_resources));
      g_assert_true (g_utf8_validate (mbc_resource_get_name (resource), -1, NULL));
      g_assert_true (mbc_content_find_item (content, resources,
                                            mbc_resource_get_id (resource)) ==
                     MBC_CONTENT_ITEM (resource));
      for (guint j = 0; languages != NULL && languages[j] != NULL; j++)
        g_assert_nonnull (mbc_language_get_name (languages[j]));
    }

  return 0;
}
