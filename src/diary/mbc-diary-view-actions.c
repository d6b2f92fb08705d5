/* mbc-diary-view-actions.c: what a person does in My Diary
 *
 * Record, change, delete (with Undo), ask about a sign, open a sign's
 * page, delete the whole diary. The rows and buttons activate these
 * actions ("diary.edit" with an entry's id, and so on) and never change
 * the diary themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-diary-record-dialog.h"
#include "mbc-diary-view-private.h"
#include "mbc-toast.h"

/* The entry of the diary with @id, or NULL. Only a button that a person
 * pressed asks, so going through the list is quick enough, even for
 * years of entries.
 */
MbcDiaryEntry *
_mbc_diary_view_find_entry (MbcDiaryView *self,
                            gint64        id)
{
  GListModel *model = G_LIST_MODEL (self->diary);
  guint n;

  if (self->diary == NULL)
    return NULL;

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MbcDiaryEntry) entry = g_list_model_get_item (model, i);

      if (mbc_diary_entry_get_id (entry) == id)
        return entry;
    }

  return NULL;
}

static GtkWindow *
parent_window (MbcDiaryView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The entry just recorded or changed, on screen, wherever it went. */
static void
saved_cb (MbcDiaryView  *self,
          MbcDiaryEntry *entry)
{
  GListModel *model = G_LIST_MODEL (self->diary);
  gint64 id = mbc_diary_entry_get_id (entry);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MbcDiaryEntry) other = g_list_model_get_item (model, i);

      if (mbc_diary_entry_get_id (other) == id)
        {
          _mbc_diary_view_scroll_to (self, i);
          return;
        }
    }
}

static void
open_dialog (MbcDiaryView  *self,
             const char    *sign_id,
             MbcDiaryEntry *editing)
{
  MbcDiaryRecordDialog *dialog;

  if (self->diary == NULL || mbc_diary_get_read_only (self->diary))
    return;

  dialog = mbc_diary_record_dialog_new (self->diary, self->settings, sign_id, editing);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *sign_id = g_variant_get_string (parameter, NULL);

  open_dialog (MBC_DIARY_VIEW (widget), *sign_id != '\0' ? sign_id : NULL, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (widget);
  MbcDiaryEntry *entry = _mbc_diary_view_find_entry (self, g_variant_get_int64 (parameter));

  if (entry != NULL)
    open_dialog (self, NULL, entry);
}

static void
show_toast (MbcDiaryView *self,
            const char   *title)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", title);
}

static void
toast_dismissed_cb (AdwToast     *toast,
                    MbcDiaryView *self)
{
  GVariant *target = adw_toast_get_action_target_value (toast);

  if (self->removed != NULL && target != NULL)
    {
      gint64 id = g_variant_get_int64 (target);

      g_hash_table_remove (self->removed, &id);
    }
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  MbcDiaryEntry *entry = _mbc_diary_view_find_entry (self, id);
  g_autoptr(MbcDiaryEntry) removed = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;

  if (entry == NULL)
    return;

  removed = g_object_ref (entry);
  if (!mbc_diary_remove (self->diary, removed, &error))
    {
      show_toast (self, error->message);
      return;
    }

  /* The toast whose button undoes it, where the window shows toasts. A
   * toast finds its button's action from where it is shown, the overlay,
   * so the view's Undo is put there too.
   */
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      AdwToast *toast = mbc_toast_new (_("Entry deleted"));

      g_hash_table_insert (self->removed, g_memdup2 (&id, sizeof id), g_steal_pointer (&removed));
      gtk_widget_insert_action_group (overlay, "diary-undo", G_ACTION_GROUP (self->undo_group));
      g_set_weak_pointer (&self->undo_overlay, overlay);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "diary-undo.delete");
      adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      /* libadwaita makes the toast's button with a mnemonic. */
      mbc_accessible_name_mnemonics (overlay);
    }
}

static void
undo_delete_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  gtk_widget_activate_action_variant (GTK_WIDGET (user_data), "diary.undo-delete", parameter);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(MbcDiaryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  gpointer key;

  if (self->diary == NULL ||
      !g_hash_table_steal_extended (self->removed, &id, &key, (gpointer *) &entry))
    return;

  g_free (key);
  if (mbc_diary_add (self->diary, entry, &error) == NULL)
    show_toast (self, error->message);
}

/* Adds a question about a sign of more than two weeks to My Questions,
 * once: a second press says it is there already.
 */
static void
ask_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (widget);
  g_autoptr(MbcDiarySign) sign = NULL;
  g_autoptr(MbcMyQuestion) question = NULL;
  g_autofree char *text = NULL;
  GListModel *questions = G_LIST_MODEL (self->questions);

  if (self->diary == NULL || self->questions == NULL)
    return;

  sign = mbc_diary_dup_sign (self->diary, g_variant_get_string (parameter, NULL),
                             G_MININT64, G_MAXINT64);
  if (sign == NULL)
    return;

  /* Translators: a question added to My Questions from the diary, for
   * a sign written down on days more than two weeks apart; %s is the sign.
   */
  text = g_strdup_printf (_("I have had “%s” for more than two weeks. "
                            "What should we do about it?"),
                          sign->label);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(MbcMyQuestion) other = g_list_model_get_item (questions, i);

      if (g_strcmp0 (mbc_my_question_get_text (other), text) == 0)
        {
          show_toast (self, _("This question is on My Questions already"));
          return;
        }
    }

  question = mbc_my_question_new (text, NULL);
  mbc_my_question_list_append (self->questions, question);
  show_toast (self, _("Question added to My Questions"));
}

static void
show_sign_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  mbc_diary_view_show_sign (MBC_DIARY_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_timeline_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (widget);

  adw_leaflet_set_visible_child_name (ADW_LEAFLET (self->leaflet), "timeline");
}

static void
delete_all_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        MbcDiaryView     *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->diary == NULL)
    return;

  /* Nothing of the deleted diary is kept for an Undo: the person asked
   * for it to be gone.
   */
  g_hash_table_remove_all (self->removed);
  if (!mbc_diary_clear (self->diary, &error))
    show_toast (self, error->message);
  else
    show_toast (self, _("Your diary was deleted"));
}

static void
delete_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MbcDiaryView *self = MBC_DIARY_VIEW (widget);
  GtkWidget *dialog;
  g_autofree char *body = NULL;
  guint n;

  if (self->diary == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->diary));
  /* Translators: the question before the whole diary is deleted. */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The %u entry of your diary will be deleted from this "
                                       "computer, and cannot be brought back. To keep a copy, "
                                       "export your diary first.",
                                       "All %u entries of your diary will be deleted from this "
                                       "computer, and cannot be brought back. To keep a copy, "
                                       "export your diary first.",
                                       n),
                          n);
  dialog = adw_message_dialog_new (parent_window (self), _("Delete Your Whole Diary?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete Diary"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_all_response_cb), self, 0);
  mbc_accessible_mend (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_mbc_diary_view_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "diary.record", "s", record_action);
  gtk_widget_class_install_action (widget_class, "diary.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "diary.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "diary.undo-delete", "x", undo_delete_action);
  gtk_widget_class_install_action (widget_class, "diary.ask", "s", ask_action);
  gtk_widget_class_install_action (widget_class, "diary.show-sign", "s", show_sign_action);
  gtk_widget_class_install_action (widget_class, "diary.show-timeline", NULL, show_timeline_action);
  gtk_widget_class_install_action (widget_class, "diary.delete-all", NULL, delete_all_action);
}

void
_mbc_diary_view_init_actions (MbcDiaryView *self)
{
  static const GActionEntry undo_entries[] = {
    { "delete", undo_delete_cb, "x" },
  };

  self->removed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->undo_group = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->undo_group), undo_entries,
                                   G_N_ELEMENTS (undo_entries), self);
}

void
_mbc_diary_view_dispose_actions (MbcDiaryView *self)
{
  /* A toast still on screen then offers an Undo that does nothing. */
  if (self->undo_overlay != NULL)
    gtk_widget_insert_action_group (self->undo_overlay, "diary-undo", NULL);
  g_clear_weak_pointer (&self->undo_overlay);
  g_clear_object (&self->undo_group);
  g_clear_pointer (&self->removed, g_hash_table_unref);
}

/* Only what the diary allows: nothing that changes a diary that is not
 * read yet, or one that is read-only.
 */
void
_mbc_diary_view_update_actions (MbcDiaryView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean loaded = self->diary != NULL && mbc_diary_get_loaded (self->diary);
  gboolean writable = loaded && !mbc_diary_get_read_only (self->diary);
  gboolean has_entries = loaded && g_list_model_get_n_items (G_LIST_MODEL (self->diary)) > 0;

  gtk_widget_action_set_enabled (widget, "diary.record", writable);
  gtk_widget_action_set_enabled (widget, "diary.edit", writable);
  gtk_widget_action_set_enabled (widget, "diary.delete", writable);
  gtk_widget_action_set_enabled (widget, "diary.undo-delete", writable);
  gtk_widget_action_set_enabled (widget, "diary.ask", loaded && self->questions != NULL);
  gtk_widget_action_set_enabled (widget, "diary.delete-all", writable && has_entries);
}
