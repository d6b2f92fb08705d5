/* mbc-my-question-list.c: a person's own list of questions for a visit
 *
 * A person may have spent an evening writing this list, so it is never
 * lost. It is written shortly after every change, to a new file that
 * then takes the place of the old one, and flushed to the disk before
 * that: whatever happens (the guide is killed, the power goes), the disk
 * holds either the list before the change or the list after it, never a
 * mix. A saved file that cannot be read is moved aside, never written
 * over, and what a newer version of the guide wrote that this one does
 * not know is kept.
 *
 * The saving, batched and off the main thread, is in
 * mbc-my-question-list-save.c; the file format in
 * mbc-my-question-list-file.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "mbc-my-question-private.h"
#include "mbc-my-question-list-private.h"
#include "mbc-question.h"

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MbcMyQuestionList, mbc_my_question_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      list_model_iface_init))

G_DEFINE_QUARK (mbc-my-question-list-error-quark, mbc_my_question_list_error)

enum {
  PROP_0,
  PROP_FILE,
  PROP_N_ITEMS,
  N_PROPS
};

enum {
  SIGNAL_SAVE_FAILED,
  N_SIGNALS,
};

static GParamSpec *props[N_PROPS];
static guint signals[N_SIGNALS];

static GType
list_model_get_item_type (GListModel *model)
{
  return MBC_TYPE_MY_QUESTION;
}

static guint
list_model_get_n_items (GListModel *model)
{
  MbcMyQuestionList *self = MBC_MY_QUESTION_LIST (model);

  return self->questions->len;
}

static gpointer
list_model_get_item (GListModel *model,
                            guint       position)
{
  MbcMyQuestionList *self = MBC_MY_QUESTION_LIST (model);

  if (position >= self->questions->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->questions, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
question_notify_cb (MbcMyQuestion   *question,
                    GParamSpec      *pspec,
                    MbcMyQuestionList *self)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "text") || g_str_equal (name, "answer") || g_str_equal (name, "asked"))
    _mbc_my_question_list_changed (self);
}

static void
watch_question (MbcMyQuestionList *self,
                MbcMyQuestion   *question)
{
  g_signal_connect (question, "notify", G_CALLBACK (question_notify_cb), self);
}

/* Disconnects one handler only: the same question may be on the list
 * twice, and then it has one handler for each place.
 */
static void
unwatch_question (MbcMyQuestionList *self,
                  MbcMyQuestion   *question)
{
  gulong handler = g_signal_handler_find (question,
                                          G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA,
                                          0, 0, NULL, question_notify_cb, self);

  if (handler != 0)
    g_signal_handler_disconnect (question, handler);
}

/* The one place where questions come and go; it does not save, as a
 * load must not.
 */
static void
replace (MbcMyQuestionList  *self,
         guint             position,
         guint             n_removals,
         MbcMyQuestion   **additions,
         guint             n_additions)
{
  guint n_before = self->questions->len;

  for (guint i = 0; i < n_removals; i++)
    unwatch_question (self, g_ptr_array_index (self->questions, position + i));
  g_ptr_array_remove_range (self->questions, position, n_removals);

  for (guint i = 0; i < n_additions; i++)
    {
      g_ptr_array_insert (self->questions, position + i, g_object_ref (additions[i]));
      watch_question (self, additions[i]);
    }

  if (n_removals > 0 || n_additions > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
  if (self->questions->len != n_before)
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_N_ITEMS]);
}

static void
mbc_my_question_list_dispose (GObject *object)
{
  MbcMyQuestionList *self = MBC_MY_QUESTION_LIST (object);

  /* What waits to be saved is written before the list goes. */
  _mbc_my_question_list_flush (self, TRUE);

  /* The questions may live on (an undo keeps one), and must not call a
   * list that is gone.
   */
  for (guint i = 0; i < self->questions->len; i++)
    unwatch_question (self, g_ptr_array_index (self->questions, i));
  g_ptr_array_set_size (self->questions, 0);

  G_OBJECT_CLASS (mbc_my_question_list_parent_class)->dispose (object);
}

static void
mbc_my_question_list_finalize (GObject *object)
{
  MbcMyQuestionList *self = MBC_MY_QUESTION_LIST (object);

  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->unknown_members, json_object_unref);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (mbc_my_question_list_parent_class)->finalize (object);
}

static void
mbc_my_question_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MbcMyQuestionList *self = MBC_MY_QUESTION_LIST (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->questions->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_my_question_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MbcMyQuestionList *self = MBC_MY_QUESTION_LIST (object);

  switch (prop_id)
    {
    case PROP_FILE:
      /* Construct-only, so it is set exactly once. */
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_my_question_list_class_init (MbcMyQuestionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mbc_my_question_list_dispose;
  object_class->finalize = mbc_my_question_list_finalize;
  object_class->get_property = mbc_my_question_list_get_property;
  object_class->set_property = mbc_my_question_list_set_property;

  /* NULL for a list kept in memory only. */
  props[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* For a view that shows something else when the list is empty. */
  props[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * MbcMyQuestionList::save-failed:
   * @self: the list
   * @error: why, with a message for the person
   *
   * Emitted when the list could not be saved after a change. The change
   * is kept in the list, and the next change tries again. Emitted on the
   * main thread, after the worker that wrote the list has finished.
   */
  signals[SIGNAL_SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_ERROR);
}

static void
mbc_my_question_list_init (MbcMyQuestionList *self)
{
  self->questions = g_ptr_array_new_with_free_func (g_object_unref);
  self->version = MBC_MY_QUESTION_LIST_FILE_VERSION;
  self->save_delay_ms = MBC_MY_QUESTION_LIST_SAVE_DELAY_MS;
}

/* Tells the UI that a save did not work: the change stays in the list,
 * and the person must know it is not on the disk.
 */
void
_mbc_my_question_list_save_failed (MbcMyQuestionList *self,
                                   const GError      *error)
{
  g_signal_emit (self, signals[SIGNAL_SAVE_FAILED], 0, error);
}

MbcMyQuestionList *
mbc_my_question_list_new (GFile *file)
{
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  return g_object_new (MBC_TYPE_MY_QUESTION_LIST,
                       "file", file,
                       NULL);
}

MbcMyQuestionList *
mbc_my_question_list_new_default (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (),
                                            "mbc-guide", "questions.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return mbc_my_question_list_new (file);
}

GFile *
mbc_my_question_list_get_file (MbcMyQuestionList *self)
{
  g_return_val_if_fail (MBC_IS_MY_QUESTION_LIST (self), NULL);

  return self->file;
}

/* The list could not use its file: it starts empty, and the file is
 * moved aside to be kept. @problem says what was wrong, for the log.
 */
static gboolean
set_aside (MbcMyQuestionList  *self,
           const GError     *problem,
           GError          **error)
{
  g_autoptr(GError) move_error = NULL;
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GFile) folder = g_file_get_parent (self->file);
  g_autofree char *folder_name = g_file_get_parse_name (folder);
  g_autofree char *file_name = g_file_get_parse_name (self->file);

  aside = mbc_my_question_list_file_move_aside (self->file, &move_error);
  if (aside == NULL)
    {
      g_message ("Could not read %s (%s), nor move it aside (%s): "
                 "the questions will not be saved over it",
                 file_name, problem->message, move_error->message);
      self->unreadable_in_place = TRUE;
      g_set_error (error, MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_UNREADABLE,
                   /* Translators: %s is the full name of a file, such as
                    * "/home/ana/.local/share/mbc-guide/questions.json".
                    */
                   _("Your saved questions could not be read, so the list starts empty. "
                     "The old file “%s” is left as it is, and new questions will not be "
                     "saved over it until it is moved or removed."),
                   file_name);
      return FALSE;
    }
  else
    {
      g_autofree char *aside_path = g_file_get_parse_name (aside);
      g_autofree char *aside_name = g_file_get_basename (aside);
      g_autofree char *aside_display = g_filename_display_name (aside_name);

      g_message ("Could not read %s (%s); it was kept as %s",
                 file_name, problem->message, aside_path);
      self->unreadable_in_place = FALSE;
      g_set_error (error, MBC_MY_QUESTION_LIST_ERROR, MBC_MY_QUESTION_LIST_ERROR_UNREADABLE,
                   /* Translators: the first %s is the name of a file, such as
                    * "questions.json.unreadable-20261122-101500"; the second is
                    * the folder it is in.
                    */
                   _("Your saved questions could not be read, so the list starts empty. "
                     "The old file was kept as “%s” in “%s”."),
                   aside_display, folder_name);
      return FALSE;
    }
}

/* Reads the saved list, in place of what the list holds. This must be
 * done once before the list changes: until then the list does not save,
 * so that it does not write over a list the person saved earlier.
 * Loading never saves. A list kept in memory only has nothing to load.
 */
gboolean
mbc_my_question_list_load (MbcMyQuestionList  *self,
                        GError          **error)
{
  g_autoptr(GError) problem = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  g_autofree char *contents = NULL;
  gint64 version = MBC_MY_QUESTION_LIST_FILE_VERSION;
  gsize length = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (MBC_IS_MY_QUESTION_LIST (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->loaded = TRUE;
  if (self->file == NULL)
    return TRUE;

  if (g_file_load_contents (self->file, NULL, &contents, &length, NULL, &problem))
    questions = mbc_my_question_list_file_read (contents, length, &version, &unknown, &problem);

  if (questions == NULL)
    {
      questions = g_ptr_array_new_with_free_func (g_object_unref);
      version = MBC_MY_QUESTION_LIST_FILE_VERSION;
      g_clear_pointer (&unknown, json_object_unref);

      if (g_error_matches (problem, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        self->unreadable_in_place = FALSE;
      else
        ok = set_aside (self, problem, error);
    }
  else
    {
      self->unreadable_in_place = FALSE;
    }

  self->version = version;
  g_clear_pointer (&self->unknown_members, json_object_unref);
  self->unknown_members = g_steal_pointer (&unknown);
  replace (self, 0, self->questions->len,
           (MbcMyQuestion **) questions->pdata, questions->len);

  return ok;
}

void
mbc_my_question_list_splice (MbcMyQuestionList  *self,
                          guint             position,
                          guint             n_removals,
                          MbcMyQuestion   **additions,
                          guint             n_additions)
{
  g_return_if_fail (MBC_IS_MY_QUESTION_LIST (self));
  g_return_if_fail (position <= self->questions->len);
  g_return_if_fail (n_removals <= self->questions->len - position);
  g_return_if_fail (additions != NULL || n_additions == 0);
  for (guint i = 0; i < n_additions; i++)
    g_return_if_fail (MBC_IS_MY_QUESTION (additions[i]));

  if (n_removals == 0 && n_additions == 0)
    return;

  replace (self, position, n_removals, additions, n_additions);
  _mbc_my_question_list_changed (self);
}

void
mbc_my_question_list_insert (MbcMyQuestionList *self,
                          guint            position,
                          MbcMyQuestion   *question)
{
  g_return_if_fail (MBC_IS_MY_QUESTION_LIST (self));
  g_return_if_fail (position <= self->questions->len);
  g_return_if_fail (MBC_IS_MY_QUESTION (question));

  mbc_my_question_list_splice (self, position, 0, &question, 1);
}

void
mbc_my_question_list_append (MbcMyQuestionList *self,
                          MbcMyQuestion   *question)
{
  g_return_if_fail (MBC_IS_MY_QUESTION_LIST (self));

  mbc_my_question_list_insert (self, self->questions->len, question);
}

/* Returns the question, so that the UI can offer to undo by inserting it
 * back where it was.
 */
MbcMyQuestion *
mbc_my_question_list_remove (MbcMyQuestionList *self,
                          guint            position)
{
  g_autoptr(MbcMyQuestion) question = NULL;

  g_return_val_if_fail (MBC_IS_MY_QUESTION_LIST (self), NULL);
  g_return_val_if_fail (position < self->questions->len, NULL);

  question = g_object_ref (g_ptr_array_index (self->questions, position));
  mbc_my_question_list_splice (self, position, 1, NULL, 0);

  return g_steal_pointer (&question);
}

/* After the move the question is at @to. */
void
mbc_my_question_list_move (MbcMyQuestionList *self,
                        guint            from,
                        guint            to)
{
  gpointer question;

  g_return_if_fail (MBC_IS_MY_QUESTION_LIST (self));
  g_return_if_fail (from < self->questions->len);
  g_return_if_fail (to < self->questions->len);

  if (from == to)
    return;

  /* The question stays on the list, and so does its handler. */
  question = g_ptr_array_steal_index (self->questions, from);
  g_ptr_array_insert (self->questions, to, question);

  g_list_model_items_changed (G_LIST_MODEL (self), MIN (from, to),
                              MAX (from, to) - MIN (from, to) + 1,
                              MAX (from, to) - MIN (from, to) + 1);
  _mbc_my_question_list_changed (self);
}

gboolean
mbc_my_question_list_has_suggestion (MbcMyQuestionList *self,
                                  const char      *suggestion_id)
{
  g_return_val_if_fail (MBC_IS_MY_QUESTION_LIST (self), FALSE);
  g_return_val_if_fail (suggestion_id != NULL, FALSE);

  for (guint i = 0; i < self->questions->len; i++)
    {
      MbcMyQuestion *question = g_ptr_array_index (self->questions, i);

      if (g_strcmp0 (mbc_my_question_get_suggestion_id (question), suggestion_id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The one place that knows what "on the list already" means for a
 * suggested question: its id.
 */
guint
mbc_my_question_list_add_suggestions (MbcMyQuestionList *self,
                                      GPtrArray         *questions)
{
  g_autoptr(GPtrArray) additions = NULL;

  g_return_val_if_fail (MBC_IS_MY_QUESTION_LIST (self), 0);
  g_return_val_if_fail (questions != NULL, 0);

  additions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < questions->len; i++)
    {
      MbcQuestion *question = g_ptr_array_index (questions, i);
      const char *id;
      gboolean seen = FALSE;

      g_return_val_if_fail (MBC_IS_QUESTION (question), 0);

      id = mbc_question_get_id (question);
      if (mbc_my_question_list_has_suggestion (self, id))
        continue;

      /* The same suggestion twice in @questions goes on the list once. */
      for (guint j = 0; j < additions->len && !seen; j++)
        seen = g_strcmp0 (mbc_my_question_get_suggestion_id (g_ptr_array_index (additions, j)),
                          id) == 0;
      if (seen)
        continue;

      g_ptr_array_add (additions, mbc_my_question_new (mbc_question_get_text (question), id));
    }

  /* One change: one items-changed, and the saved file never holds half. */
  mbc_my_question_list_splice (self, self->questions->len, 0,
                               (MbcMyQuestion **) additions->pdata, additions->len);

  return additions->len;
}
