/* mbc-diary.c: a person's symptom and side-effect diary
 *
 * The model keeps every entry in memory, newest first, and shows each
 * change at once; the file is written behind it, on one worker thread
 * that takes the changes in the order they were made
 * (mbc-diary-write.c), so that recording a sign never waits for the
 * disk. The index of the signs, which tells what the guide already says
 * about an entry, is in mbc-diary-signs.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-diary-private.h"
#include "mbc-site.h"

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MbcDiary, mbc_diary, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      list_model_iface_init))

G_DEFINE_QUARK (mbc-diary-error-quark, mbc_diary_error)

enum {
  PROP_0,
  PROP_FILE,
  PROP_CONTENT,
  PROP_LOADED,
  PROP_READ_ONLY,
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
  return MBC_TYPE_DIARY_ENTRY;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return MBC_DIARY (model)->entries->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  MbcDiary *self = MBC_DIARY (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
items_changed (MbcDiary *self,
               guint     position,
               guint     removed,
               guint     added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_N_ITEMS]);
}

void
mbc_diary_sign_free (MbcDiarySign *sign)
{
  if (sign == NULL)
    return;

  g_free (sign->key);
  g_free (sign->sign_id);
  g_free (sign->label);
  g_clear_pointer (&sign->entries, g_ptr_array_unref);
  g_free (sign);
}

static void
mbc_diary_dispose (GObject *object)
{
  MbcDiary *self = MBC_DIARY (object);

  /* Whatever waits to be written is written before the diary goes. */
  _mbc_diary_write_stop (self);

  g_clear_object (&self->content);
  g_clear_pointer (&self->symptoms, g_hash_table_unref);

  G_OBJECT_CLASS (mbc_diary_parent_class)->dispose (object);
}

static void
mbc_diary_finalize (GObject *object)
{
  MbcDiary *self = MBC_DIARY (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->signs, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->failures, g_ptr_array_unref);
  g_clear_pointer (&self->main_context, g_main_context_unref);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->written);

  G_OBJECT_CLASS (mbc_diary_parent_class)->finalize (object);
}

static void
mbc_diary_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MbcDiary *self = MBC_DIARY (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;

    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->entries->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_diary_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MbcDiary *self = MBC_DIARY (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      /* A diary in memory has nothing to read: it is ready at once. */
      self->loaded = self->file == NULL;
      break;

    case PROP_CONTENT:
      mbc_diary_set_content (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_diary_class_init (MbcDiaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mbc_diary_dispose;
  object_class->finalize = mbc_diary_finalize;
  object_class->get_property = mbc_diary_get_property;
  object_class->set_property = mbc_diary_set_property;

  props[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL,
                         MBC_TYPE_CONTENT,
                         G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  props[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE |
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * MbcDiary::save-failed:
   * @self: the diary
   * @error: why, with a message for the person (MBC_DIARY_ERROR_SAVE)
   *
   * Emitted when a change could not be written to the file. The change
   * stays in the diary as shown, but is not on the disk. Emitted on the
   * main thread.
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
mbc_diary_init (MbcDiary *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->next_id = 1;
  self->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  self->main_context = g_main_context_ref_thread_default ();
  g_mutex_init (&self->lock);
  g_cond_init (&self->written);
  _mbc_diary_signs_init (self);
}

void
_mbc_diary_save_failed (MbcDiary     *self,
                        const GError *error)
{
  g_signal_emit (self, signals[SIGNAL_SAVE_FAILED], 0, error);
}

MbcDiary *
mbc_diary_new (GFile *file)
{
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  return g_object_new (MBC_TYPE_DIARY,
                       "file", file,
                       NULL);
}

GFile *
mbc_diary_get_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "mbc-guide",
                                            "diary.sqlite3", NULL);

  return g_file_new_for_path (path);
}

GFile *
mbc_diary_get_file (MbcDiary *self)
{
  g_return_val_if_fail (MBC_IS_DIARY (self), NULL);

  return self->file;
}

static void
index_symptoms (MbcDiary *self)
{
  GListModel *sites;
  guint n_sites;

  g_hash_table_remove_all (self->symptoms);
  if (self->content == NULL)
    return;

  sites = mbc_content_get_sites (self->content);
  n_sites = g_list_model_get_n_items (sites);
  for (guint i = 0; i < n_sites; i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);
      guint n_symptoms = g_list_model_get_n_items (symptoms);

      for (guint j = 0; j < n_symptoms; j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);

          /* The same sign may be told of under two sites: the first is
           * as good as any, they are one sign.
           */
          if (!g_hash_table_contains (self->symptoms, mbc_symptom_get_id (symptom)))
            g_hash_table_insert (self->symptoms,
                                 (gpointer) mbc_symptom_get_id (symptom),
                                 symptom);
        }
    }
}

void
mbc_diary_set_content (MbcDiary   *self,
                       MbcContent *content)
{
  g_return_if_fail (MBC_IS_DIARY (self));
  g_return_if_fail (content == NULL || MBC_IS_CONTENT (content));

  if (self->content == content)
    return;

  g_set_object (&self->content, content);
  if (self->symptoms == NULL)
    self->symptoms = g_hash_table_new (g_str_hash, g_str_equal);
  index_symptoms (self);

  /* The labels, urgencies and flags of every row may have changed. */
  if (self->entries->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0,
                                self->entries->len, self->entries->len);

  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CONTENT]);
}

MbcContent *
mbc_diary_get_content (MbcDiary *self)
{
  g_return_val_if_fail (MBC_IS_DIARY (self), NULL);

  return self->content;
}

MbcSymptom *
mbc_diary_find_symptom (MbcDiary   *self,
                        const char *sign_id)
{
  g_return_val_if_fail (MBC_IS_DIARY (self), NULL);

  if (sign_id == NULL || self->symptoms == NULL)
    return NULL;

  return g_hash_table_lookup (self->symptoms, sign_id);
}

gboolean
mbc_diary_get_loaded (MbcDiary *self)
{
  g_return_val_if_fail (MBC_IS_DIARY (self), FALSE);

  return self->loaded;
}

gboolean
mbc_diary_get_read_only (MbcDiary *self)
{
  g_return_val_if_fail (MBC_IS_DIARY (self), FALSE);

  return self->read_only;
}

/* Where @entry goes in self->entries, newest first: after every entry
 * that sorts before it.
 */
static guint
find_position (MbcDiary      *self,
               MbcDiaryEntry *entry)
{
  guint low = 0;
  guint high = self->entries->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (mbc_diary_entry_compare_newest_first (g_ptr_array_index (self->entries, middle),
                                                entry, NULL) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* The position of @entry, an entry of the diary, or -1. */
static int
find_entry (MbcDiary      *self,
            MbcDiaryEntry *entry)
{
  guint position = find_position (self, entry);

  if (position < self->entries->len && g_ptr_array_index (self->entries, position) == entry)
    return position;

  /* The caller may hold an entry equal to one of the diary's (the same
   * id and time) but not the diary's own object.
   */
  if (position < self->entries->len &&
      mbc_diary_entry_compare_newest_first (g_ptr_array_index (self->entries, position),
                                            entry, NULL) == 0)
    return position;

  return -1;
}

static gboolean
check_writable (MbcDiary  *self,
                GError   **error)
{
  if (self->read_only)
    {
      g_set_error_literal (error, MBC_DIARY_ERROR, MBC_DIARY_ERROR_READ_ONLY,
                           _("This diary was written by a newer version of the guide. "
                             "It can be read here, but not changed."));
      return FALSE;
    }

  if (!self->loaded)
    {
      g_set_error_literal (error, MBC_DIARY_ERROR, MBC_DIARY_ERROR_READ_ONLY,
                           _("The diary is still opening. Try again in a moment."));
      return FALSE;
    }

  return TRUE;
}

/* g_ptr_array_sort_with_data() passes pointers to the elements. */
static int
compare_newest_first_cb (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  return mbc_diary_entry_compare_newest_first (*(MbcDiaryEntry **) a,
                                               *(MbcDiaryEntry **) b,
                                               NULL);
}

/* Tells the views of the rows whose flags a change has changed, so that
 * a row that showed "two weeks" loses it when a newer entry of its sign
 * comes, and the one after an entry added shows whether it is worse.
 */
static void
announce_neighbours (MbcDiary           *self,
                     MbcDiaryNeighbours *neighbours)
{
  for (guint i = 0; i < neighbours->n; i++)
    {
      MbcDiaryEntry *entry = neighbours->entries[i];
      int position = find_entry (self, entry);

      if (position >= 0 &&
          g_ptr_array_index (self->entries, position) == entry &&
          mbc_diary_get_flags (self, entry) != neighbours->flags[i])
        items_changed (self, position, 1, 1);
    }

  _mbc_diary_neighbours_clear (neighbours);
}

/* Puts @entry (which has its id) into the model and the index. */
static void
insert_entry (MbcDiary      *self,
              MbcDiaryEntry *entry)
{
  guint position = find_position (self, entry);
  MbcDiaryNeighbours neighbours = { 0, };

  _mbc_diary_signs_note_neighbours (self, entry, &neighbours);
  g_ptr_array_insert (self->entries, position, g_object_ref (entry));
  _mbc_diary_signs_add (self, entry);
  self->next_id = MAX (self->next_id, mbc_diary_entry_get_id (entry) + 1);
  items_changed (self, position, 0, 1);
  announce_neighbours (self, &neighbours);
}

MbcDiaryEntry *
mbc_diary_add (MbcDiary       *self,
               MbcDiaryEntry  *entry,
               GError        **error)
{
  g_autoptr(MbcDiaryEntry) added = NULL;

  g_return_val_if_fail (MBC_IS_DIARY (self), NULL);
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (entry), NULL);

  if (!check_writable (self, error))
    return NULL;

  added = mbc_diary_entry_copy_with_id (entry, self->next_id);
  insert_entry (self, added);
  _mbc_diary_write_add (self, added);

  /* The diary holds a reference: the entry stays valid while it is in it. */
  return added;
}

MbcDiaryEntry *
mbc_diary_replace (MbcDiary       *self,
                   MbcDiaryEntry  *old,
                   MbcDiaryEntry  *changed,
                   GError        **error)
{
  g_autoptr(MbcDiaryEntry) replacement = NULL;
  g_autoptr(MbcDiaryEntry) removed = NULL;
  MbcDiaryNeighbours neighbours = { 0, };
  int position;
  guint new_position;

  g_return_val_if_fail (MBC_IS_DIARY (self), NULL);
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (old), NULL);
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (changed), NULL);

  if (!check_writable (self, error))
    return NULL;

  position = find_entry (self, old);
  g_return_val_if_fail (position >= 0, NULL);

  replacement = mbc_diary_entry_copy_with_id (changed, mbc_diary_entry_get_id (old));
  _mbc_diary_signs_note_neighbours (self, old, &neighbours);
  _mbc_diary_signs_note_neighbours (self, replacement, &neighbours);
  removed = g_ptr_array_steal_index (self->entries, position);
  _mbc_diary_signs_remove (self, removed);
  new_position = find_position (self, replacement);
  g_ptr_array_insert (self->entries, new_position, g_object_ref (replacement));
  _mbc_diary_signs_add (self, replacement);

  /* One change, as small as the move allows. */
  if ((guint) position == new_position)
    {
      items_changed (self, position, 1, 1);
    }
  else
    {
      guint first = MIN ((guint) position, new_position);
      guint last = MAX ((guint) position, new_position);

      items_changed (self, first, last - first + 1, last - first + 1);
    }
  announce_neighbours (self, &neighbours);

  _mbc_diary_write_replace (self, replacement);

  return replacement;
}

gboolean
mbc_diary_remove (MbcDiary       *self,
                  MbcDiaryEntry  *entry,
                  GError        **error)
{
  g_autoptr(MbcDiaryEntry) removed = NULL;
  MbcDiaryNeighbours neighbours = { 0, };
  int position;

  g_return_val_if_fail (MBC_IS_DIARY (self), FALSE);
  g_return_val_if_fail (MBC_IS_DIARY_ENTRY (entry), FALSE);

  if (!check_writable (self, error))
    return FALSE;

  position = find_entry (self, entry);
  g_return_val_if_fail (position >= 0, FALSE);

  _mbc_diary_signs_note_neighbours (self, entry, &neighbours);
  removed = g_ptr_array_steal_index (self->entries, position);
  _mbc_diary_signs_remove (self, removed);
  items_changed (self, position, 1, 0);
  announce_neighbours (self, &neighbours);
  _mbc_diary_write_remove (self, removed);

  return TRUE;
}

gboolean
mbc_diary_add_all (MbcDiary   *self,
                   GPtrArray  *entries,
                   GError    **error)
{
  g_autoptr(GPtrArray) added = NULL;
  guint old_len;

  g_return_val_if_fail (MBC_IS_DIARY (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);

  if (!check_writable (self, error))
    return FALSE;
  if (entries->len == 0)
    return TRUE;

  added = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    {
      MbcDiaryEntry *entry = g_ptr_array_index (entries, i);

      g_return_val_if_fail (MBC_IS_DIARY_ENTRY (entry), FALSE);
      g_ptr_array_add (added, mbc_diary_entry_copy_with_id (entry, self->next_id++));
    }

  /* An import may hold years: the whole list is sorted once and the
   * views told once, rather than an insertion and a signal for each.
   */
  old_len = self->entries->len;
  for (guint i = 0; i < added->len; i++)
    g_ptr_array_add (self->entries, g_object_ref (g_ptr_array_index (added, i)));
  g_ptr_array_sort_with_data (self->entries, compare_newest_first_cb, NULL);
  _mbc_diary_signs_rebuild (self);
  items_changed (self, 0, old_len, self->entries->len);

  _mbc_diary_write_add_all (self, added);

  return TRUE;
}

/* What makes two entries the same, but for their ids. */
static char *
dup_content_key (MbcDiaryEntry *entry)
{
  const char *sign_id = mbc_diary_entry_get_sign_id (entry);
  const char *medicines = mbc_diary_entry_get_medicines (entry);
  const char *note = mbc_diary_entry_get_note (entry);

  return g_strdup_printf ("%d\x1f%s\x1f%s\x1f%" G_GINT64_FORMAT "\x1f%d\x1f%d\x1f%s\x1f%s",
                          mbc_diary_entry_get_kind (entry),
                          sign_id != NULL ? sign_id : "",
                          mbc_diary_entry_get_label (entry),
                          mbc_diary_entry_get_when (entry),
                          mbc_diary_entry_get_severity (entry),
                          mbc_diary_entry_get_interference (entry),
                          medicines != NULL ? medicines : "",
                          note != NULL ? note : "");
}

gboolean
mbc_diary_import (MbcDiary   *self,
                  GPtrArray  *entries,
                  guint      *n_added,
                  guint      *n_known,
                  GError    **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  guint n_there = 0;

  g_return_val_if_fail (MBC_IS_DIARY (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    g_hash_table_add (known, dup_content_key (g_ptr_array_index (self->entries, i)));

  for (guint i = 0; i < entries->len; i++)
    {
      MbcDiaryEntry *entry = g_ptr_array_index (entries, i);
      char *key = dup_content_key (entry);

      /* Twice in the file is twice in the diary: only what the diary
       * held before counts as there already.
       */
      if (g_hash_table_contains (known, key))
        {
          n_there++;
          g_free (key);
          continue;
        }
      g_free (key);
      g_ptr_array_add (added, entry);
    }

  if (!mbc_diary_add_all (self, added, error))
    return FALSE;

  if (n_added != NULL)
    *n_added = added->len;
  if (n_known != NULL)
    *n_known = n_there;

  return TRUE;
}

gboolean
mbc_diary_clear (MbcDiary  *self,
                 GError   **error)
{
  guint old_len;

  g_return_val_if_fail (MBC_IS_DIARY (self), FALSE);

  if (!check_writable (self, error))
    return FALSE;

  old_len = self->entries->len;
  g_ptr_array_set_size (self->entries, 0);
  _mbc_diary_signs_rebuild (self);
  if (old_len > 0)
    items_changed (self, 0, old_len, 0);

  _mbc_diary_write_clear (self);

  return TRUE;
}

void
_mbc_diary_take_loaded (MbcDiary   *self,
                        GPtrArray  *entries,
                        GHashTable *signs,
                        gboolean    read_only)
{
  guint old_len = self->entries->len;

  g_return_if_fail (!self->loaded);

  if (entries != NULL)
    {
      g_clear_pointer (&self->entries, g_ptr_array_unref);
      self->entries = g_ptr_array_ref (entries);
      g_ptr_array_set_free_func (self->entries, g_object_unref);
      for (guint i = 0; i < self->entries->len; i++)
        self->next_id = MAX (self->next_id,
                             mbc_diary_entry_get_id (g_ptr_array_index (self->entries, i)) + 1);
      if (signs != NULL)
        _mbc_diary_signs_take (self, g_hash_table_ref (signs));
      else
        _mbc_diary_signs_rebuild (self);
    }

  self->loaded = TRUE;
  self->read_only = read_only;

  g_object_freeze_notify (G_OBJECT (self));
  if (old_len > 0 || self->entries->len > 0)
    items_changed (self, 0, old_len, self->entries->len);
  if (read_only)
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_READ_ONLY]);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_LOADED]);
  g_object_thaw_notify (G_OBJECT (self));
}
