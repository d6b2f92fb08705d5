/* mbc-content.c: everything the app tells, read from the content files
 *
 * Content is read in two steps. First every file is parsed and checked
 * against the schema, and every problem is noted with its file, line and
 * column. Only when nothing is wrong are the objects built, so a person
 * never sees half of a broken content folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "mbc-content-build.h"
#include "mbc-content-check.h"
#include "mbc-content-schema.h"
#include "mbc-content.h"
#include "mbc-question-group.h"
#include "mbc-question.h"

struct _MbcContent
{
  GObject     parent_instance;

  GListModel *lists[MBC_N_CONTENT_LISTS];
};

G_DEFINE_FINAL_TYPE (MbcContent, mbc_content, G_TYPE_OBJECT)

static void
mbc_content_dispose (GObject *object)
{
  MbcContent *self = MBC_CONTENT (object);

  for (guint i = 0; i < MBC_N_CONTENT_LISTS; i++)
    g_clear_object (&self->lists[i]);

  G_OBJECT_CLASS (mbc_content_parent_class)->dispose (object);
}

static void
mbc_content_class_init (MbcContentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mbc_content_dispose;
}

static void
mbc_content_init (MbcContent *self)
{
}

/* The place of @member among the lists of the built-in content. */
static guint
list_index (const char *member)
{
  for (guint i = 0; i < MBC_N_CONTENT_LISTS; i++)
    if (g_str_equal (mbc_content_lists[i].member, member))
      return i;

  g_assert_not_reached ();
}

static void
set_first_problem (GError    **error,
                   GPtrArray  *problems,
                   guint       first,
                   const char *prefix)
{
  guint n = problems->len - first;
  const char *message = g_ptr_array_index (problems, first);

  if (n == 1)
    g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_INVALID, "%s%s", prefix, message);
  else
    g_set_error (error, MBC_CONTENT_ERROR, MBC_CONTENT_ERROR_INVALID,
                 n == 2 ? "%s%s (and %u more problem)" : "%s%s (and %u more problems)",
                 prefix, message, n - 1);
}

/* Reads the local pack in @local_directory into @check, after the
 * built-in content. A pack is the hospital's, not ours: whatever is
 * wrong with it is told to whoever looks after the computer, in the
 * journal, one line for each problem, and never stops the guide.
 */
static gboolean
read_local (MbcContentCheck  *check,
            GFile            *local_directory,
            GError          **local_error)
{
  GPtrArray *problems = mbc_content_check_get_problems (check);
  guint first = problems->len;
  g_autofree char *name = g_file_get_parse_name (local_directory);
  g_autofree char *prefix = NULL;

  mbc_content_check_read_pack (check, local_directory, NULL);
  if (problems->len == first)
    return TRUE;

  /* Not g_warning: the administrator can do something about it, the
   * person reading the guide cannot, and the guide works on without it.
   */
  g_message ("The local content pack in %s was not loaded: %u %s",
             name, problems->len - first, problems->len - first == 1 ? "problem" : "problems");
  for (guint i = first; i < problems->len; i++)
    g_message ("%s", (const char *) g_ptr_array_index (problems, i));

  prefix = g_strdup_printf ("The local content pack in %s was not loaded: ", name);
  set_first_problem (local_error, problems, first, prefix);

  return FALSE;
}

/**
 * mbc_content_new_with_local:
 * @directory: a folder with the content files, on disk or in resources
 * @local_directory: (nullable): a hospital's local content pack
 * @error: where to say what is wrong with @directory
 * @local_error: where to say what is wrong with @local_directory
 *
 * Reads every content file in @directory. On any problem, returns %NULL
 * and sets @error to the first problem, as "file:line:column: message".
 *
 * Then adds the local content pack in @local_directory, if given: its
 * sources and resources come after those of @directory, and its
 * resources are marked local. When anything is wrong with the pack,
 * none of it is added, its problems go to the journal, and
 * @local_error says what the first one was; the content of @directory
 * is returned all the same.
 */
MbcContent *
mbc_content_new_with_local (GFile   *directory,
                            GFile   *local_directory,
                            GError **error,
                            GError **local_error)
{
  g_autoptr(MbcContentCheck) check = mbc_content_check_new ();
  g_autoptr(MbcContent) self = NULL;
  g_autoptr(MbcContentBuild) build = NULL;
  GPtrArray *problems;
  gboolean with_local = FALSE;
  guint i = 0;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (local_directory == NULL || G_IS_FILE (local_directory), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (local_error == NULL || *local_error == NULL, NULL);

  if (!mbc_content_check_read (check, directory, error))
    return NULL;

  problems = mbc_content_check_get_problems (check);
  if (problems->len > 0)
    {
      set_first_problem (error, problems, 0, "");
      return NULL;
    }

  if (local_directory != NULL)
    with_local = read_local (check, local_directory, local_error);

  self = g_object_new (MBC_TYPE_CONTENT, NULL);
  build = mbc_content_build_new ();

  for (const MbcContentList *list = mbc_content_lists; list->file != NULL; list++, i++)
    {
      JsonObject *root = mbc_content_check_get_root (check, list->file);
      GListStore *store = g_list_store_new (MBC_TYPE_CONTENT_ITEM);

      mbc_content_build_run (build, list->kind,
                             json_object_get_array_member (root, list->member), store);
      self->lists[i] = G_LIST_MODEL (store);
    }

  /* The pack's sources first, which its resources may cite. */
  mbc_content_build_set_local (build, TRUE);
  for (const MbcContentList *list = mbc_content_pack_lists;
       with_local && list->file != NULL;
       list++)
    mbc_content_build_run (build, list->kind,
                           mbc_content_check_get_pack_list (check, list->file, list->member),
                           G_LIST_STORE (self->lists[list_index (list->member)]));

  return g_steal_pointer (&self);
}

/**
 * mbc_content_new_from_directory:
 * @directory: a folder with the content files, on disk or in resources
 * @error: where to say what is wrong
 *
 * Reads every content file in @directory. On any problem, returns %NULL
 * and sets @error to the first problem, as "file:line:column: message".
 */
MbcContent *
mbc_content_new_from_directory (GFile   *directory,
                                GError **error)
{
  return mbc_content_new_with_local (directory, NULL, error, NULL);
}

/**
 * mbc_content_new_default:
 *
 * Reads the content built into the app.
 */
MbcContent *
mbc_content_new_default (GError **error)
{
  g_autoptr(GFile) directory = g_file_new_for_uri ("resource://" RESOURCE_BASE "/content");

  return mbc_content_new_from_directory (directory, error);
}

/**
 * mbc_content_find_local_directory:
 *
 * Where the hospital's local content pack is: the folder that the
 * environment variable MBC_LOCAL_CONTENT_DIR names, when it is set (for
 * tests and trials; set and empty, there is no pack), or else the first
 * of /etc/mbc-guide/local and mbc-guide/local in each system data
 * folder that exists.
 *
 * Returns: (transfer full) (nullable): the folder, or %NULL when there
 *   is no pack
 */
GFile *
mbc_content_find_local_directory (void)
{
  const char *chosen = g_getenv ("MBC_LOCAL_CONTENT_DIR");
  const char * const *data_dirs = g_get_system_data_dirs ();
  g_autofree char *etc = g_build_filename (G_DIR_SEPARATOR_S "etc", "mbc-guide", "local", NULL);

  if (chosen != NULL)
    return *chosen != '\0' ? g_file_new_for_path (chosen) : NULL;

  if (g_file_test (etc, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (etc);

  for (guint i = 0; data_dirs[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (data_dirs[i], "mbc-guide", "local", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        return g_file_new_for_path (path);
    }

  return NULL;
}

/**
 * mbc_content_new_default_with_local:
 * @error: where to say what is wrong with the built-in content
 * @local_error: where to say what is wrong with the local content pack
 *
 * Reads the content built into the app, and adds the hospital's local
 * content pack, if there is one (see mbc_content_find_local_directory()).
 * A pack that has problems is left out, as mbc_content_new_with_local()
 * says, and never stops the built-in content.
 */
MbcContent *
mbc_content_new_default_with_local (GError **error,
                                    GError **local_error)
{
  g_autoptr(GFile) directory = g_file_new_for_uri ("resource://" RESOURCE_BASE "/content");
  g_autoptr(GFile) local_directory = mbc_content_find_local_directory ();

  return mbc_content_new_with_local (directory, local_directory, error, local_error);
}

static GListModel *
get_list (MbcContent *self,
          const char *member)
{
  g_return_val_if_fail (MBC_IS_CONTENT (self), NULL);

  for (guint i = 0; i < MBC_N_CONTENT_LISTS; i++)
    if (g_str_equal (mbc_content_lists[i].member, member))
      return self->lists[i];

  g_return_val_if_reached (NULL);
}

GListModel *
mbc_content_get_sources (MbcContent *self)
{
  return get_list (self, "sources");
}

GListModel *
mbc_content_get_tests (MbcContent *self)
{
  return get_list (self, "tests");
}

GListModel *
mbc_content_get_sites (MbcContent *self)
{
  return get_list (self, "sites");
}

GListModel *
mbc_content_get_guides (MbcContent *self)
{
  return get_list (self, "guides");
}

GListModel *
mbc_content_get_goals (MbcContent *self)
{
  return get_list (self, "goals");
}

GListModel *
mbc_content_get_subtypes (MbcContent *self)
{
  return get_list (self, "subtypes");
}

GListModel *
mbc_content_get_treatments (MbcContent *self)
{
  return get_list (self, "treatments");
}

GListModel *
mbc_content_get_question_groups (MbcContent *self)
{
  return get_list (self, "groups");
}

GListModel *
mbc_content_get_resources (MbcContent *self)
{
  return get_list (self, "resources");
}

/* What metastatic breast cancer is: how it spreads, the stages, the risks. */
GListModel *
mbc_content_get_basics (MbcContent *self)
{
  return get_list (self, "about");
}

/* When and how to get help. */
GListModel *
mbc_content_get_help (MbcContent *self)
{
  return get_list (self, "help");
}

/* Living with metastatic breast cancer from day to day. */
GListModel *
mbc_content_get_living (MbcContent *self)
{
  return get_list (self, "living");
}

GListModel *
mbc_content_get_glossary (MbcContent *self)
{
  return get_list (self, "glossary");
}

MbcSite *
mbc_content_find_site (MbcContent *self,
                       const char *id)
{
  return MBC_SITE (mbc_content_find_item (self, mbc_content_get_sites (self), id));
}

static gboolean
list_holds (GListModel *items,
            gpointer    item)
{
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) each = g_list_model_get_item (items, i);

      if (each == item)
        return TRUE;
    }

  return FALSE;
}

/**
 * mbc_content_dup_questions_about:
 * @item: a site or a treatment
 *
 * The suggested questions that belong to @item, such as the questions
 * about radiation from the brain's page, in the order of the groups.
 *
 * Returns: (transfer full) (element-type MbcQuestion): the questions
 */
GPtrArray *
mbc_content_dup_questions_about (MbcContent     *self,
                                 MbcContentItem *item)
{
  GListModel *groups = mbc_content_get_question_groups (self);
  GPtrArray *questions = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (MBC_IS_CONTENT (self), questions);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MbcQuestionGroup) group = g_list_model_get_item (groups, i);
      GListModel *list = mbc_question_group_get_questions (group);

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(MbcQuestion) question = g_list_model_get_item (list, j);

          if (list_holds (mbc_question_get_sites (question), item) ||
              list_holds (mbc_question_get_treatments (question), item))
            g_ptr_array_add (questions, g_steal_pointer (&question));
        }
    }

  return questions;
}

/* The item of @items whose id is @id, or NULL. */
MbcContentItem *
mbc_content_find_item (MbcContent *self,
                       GListModel *items,
                       const char *id)
{
  g_return_val_if_fail (MBC_IS_CONTENT (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MbcContentItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (mbc_content_item_get_id (item), id) == 0)
        return item;
    }

  return NULL;
}
