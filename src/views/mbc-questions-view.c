/* mbc-questions-view.c: questions to ask the care team, and the
 * person's own list to take to a visit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-focus.h"
#include "mbc-handout.h"
#include "mbc-my-question-row.h"
#include "mbc-own-question-row.h"
#include "mbc-page-mark.h"
#include "mbc-page-text.h"
#include "mbc-question-group.h"
#include "mbc-question.h"
#include "mbc-questions-print.h"
#include "mbc-questions-view.h"
#include "mbc-toast.h"
#include "mbc-workstation-printer.h"

struct _MbcQuestionsView
{
  GtkWidget        parent_instance;

  /* The one child, to which the bin layout gives all the room. */
  GtkWidget       *scroller;

  MbcContent      *content;
  MbcMyQuestionList *list;

  GtkBox          *content_box;
  GtkWidget       *my_list;
  GtkWidget       *empty_page;
  GtkWidget       *list_actions;
  /* The row where a person writes a question of their own. */
  GtkWidget       *own_entry;
  /* The Add buttons of the suggested questions, each with its
   * "suggestion-id", to show which are on the list already.
   */
  GPtrArray       *add_buttons;

  /* At a workstation: no file to save, and printing only if allowed. */
  gboolean         kiosk;
  gboolean         allow_printing;

  /* The question removed last, and where it was, for Undo. */
  MbcMyQuestion   *removed;
  guint            removed_position;
  /* Its Undo, put where the toast that offers it can reach it: the
   * window's toast overlay, which is above the view, not in it.
   */
  GSimpleActionGroup *undo_group;
  GtkWidget       *undo_overlay;
};

G_DEFINE_FINAL_TYPE (MbcQuestionsView, mbc_questions_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIOSK,
  PROP_ALLOW_PRINTING,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
list_is_empty (MbcQuestionsView *self)
{
  return self->list == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->list)) == 0;
}

/* The list's actions are there to take once it has a question. They
 * are disabled, not their buttons' box made insensitive: GTK 4.8 tells
 * a screen reader that a button is dimmed from its own state alone, and
 * said that Print… inside an insensitive box could be pressed.
 */
static void
update_actions (MbcQuestionsView *self)
{
  gboolean empty = list_is_empty (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.save-pdf",
                                 !empty && !self->kiosk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.print",
                                 !empty && (!self->kiosk || self->allow_printing));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.copy-list", !empty);
}

static void
update_list_state (MbcQuestionsView *self)
{
  gboolean empty = list_is_empty (self);

  update_actions (self);
  if (self->my_list == NULL)
    return;

  gtk_widget_set_visible (self->my_list, !empty);
  gtk_widget_set_visible (self->empty_page, empty);
  /* The box too: GTK 4.8's flow box keeps the focus that Tab would take
   * on from it when none of its buttons can be pressed.
   */
  gtk_widget_set_sensitive (self->list_actions, !empty);

  for (guint i = 0; self->add_buttons != NULL && i < self->add_buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->add_buttons, i);
      const char *id = g_object_get_data (G_OBJECT (button), "suggestion-id");
      gboolean added = self->list != NULL && mbc_my_question_list_has_suggestion (self->list, id);

      gtk_widget_set_sensitive (button, !added);
      gtk_button_set_icon_name (GTK_BUTTON (button),
                                added ? "object-select-symbolic" : "list-add-symbolic");
      gtk_widget_set_tooltip_text (button, added ? _("On My Questions") : _("Add to My Questions"));
    }
}

static void
list_changed_cb (MbcQuestionsView *self)
{
  update_list_state (self);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  GtkWidget *row = mbc_my_question_row_new (item);
  char id[32];

  /* The search finds the person's question itself, wherever it is. */
  g_snprintf (id, sizeof id, "%p", item);
  mbc_page_mark_set_key (row, "own-question", id);

  return row;
}

/* The suggested question @id of the content, or NULL. */
static MbcQuestion *
find_suggestion (MbcQuestionsView *self,
                 const char       *id)
{
  GListModel *groups = mbc_content_get_question_groups (self->content);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MbcQuestionGroup) group = g_list_model_get_item (groups, i);
      MbcContentItem *item = mbc_content_find_item (self->content,
                                                    mbc_question_group_get_questions (group), id);

      if (item != NULL)
        return MBC_QUESTION (item);
    }

  return NULL;
}

/* The list knows whether the suggestion is on it already. */
static void
add_suggestion_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (widget);
  g_autoptr(GPtrArray) questions = g_ptr_array_new ();
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  MbcQuestion *question;
  guint pressed;

  if (self->list == NULL || self->content == NULL)
    return;

  question = find_suggestion (self, g_variant_get_string (parameter, NULL));
  if (question == NULL)
    return;

  g_ptr_array_add (questions, question);
  mbc_my_question_list_add_suggestions (self->list, questions);

  /* The button pressed by keyboard is spent, and GTK takes the focus
   * off a button that can no longer be pressed: it goes on to the next
   * suggestion not yet added, or else to the question just added.
   */
  if (focus == NULL || !g_ptr_array_find (self->add_buttons, focus, &pressed) ||
      gtk_widget_is_sensitive (focus))
    return;

  for (guint i = pressed + 1; i < self->add_buttons->len; i++)
    if (gtk_widget_is_sensitive (g_ptr_array_index (self->add_buttons, i)) &&
        gtk_widget_grab_focus (g_ptr_array_index (self->add_buttons, i)))
      return;

  {
    guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
    GtkListBoxRow *row = n > 0 ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->my_list), n - 1)
                               : NULL;

    if (row != NULL)
      gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
  }
}

static void
add_own_cb (MbcQuestionsView *self)
{
  g_autofree char *text = NULL;
  g_autoptr(MbcMyQuestion) question = NULL;

  if (self->own_entry == NULL)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->own_entry))));
  if (*text == '\0' || self->list == NULL)
    return;

  question = mbc_my_question_new (text, NULL);
  mbc_my_question_list_append (self->list, question);
  gtk_editable_set_text (GTK_EDITABLE (self->own_entry), "");
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (widget);
  guint position = g_variant_get_uint32 (parameter);
  GtkListBoxRow *row;

  if (self->list == NULL || position == 0 ||
      position >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return;

  mbc_my_question_list_move (self->list, position, position - 1);

  /* The keyboard focus follows the question it moved. */
  if ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->my_list), position - 1)) != NULL)
    gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (widget);
  guint position = g_variant_get_uint32 (parameter);
  GtkListBoxRow *row;

  if (self->list == NULL || position + 1 >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return;

  mbc_my_question_list_move (self->list, position, position + 1);

  if ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->my_list), position + 1)) != NULL)
    gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (widget);
  guint position = g_variant_get_uint32 (parameter);
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkListBoxRow *row;
  gboolean focus_in_row;
  guint n;

  if (self->list == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return;

  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->my_list), position);
  focus_in_row = focus != NULL && row != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row));

  g_clear_object (&self->removed);
  self->removed = mbc_my_question_list_remove (self->list, position);
  self->removed_position = position;

  /* The focus was on the question removed, by keyboard: it goes on to
   * the question now in its place (or the last one), or to the row for
   * a question of one's own once the list is empty, never nowhere.
   */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  if (focus_in_row && n > 0)
    gtk_widget_child_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->my_list),
                                                                       MIN (position, n - 1))),
                            GTK_DIR_TAB_FORWARD);
  else if (focus_in_row && self->own_entry != NULL)
    gtk_widget_grab_focus (self->own_entry);

  /* The toast whose button undoes it, where the window shows toasts. A
   * toast finds its button's action from where it is shown, the overlay,
   * so the view's Undo is put there too.
   */
  if (overlay != NULL)
    {
      AdwToast *toast = mbc_toast_new (_("Question removed"));

      gtk_widget_insert_action_group (overlay, "questions-undo", G_ACTION_GROUP (self->undo_group));
      g_set_weak_pointer (&self->undo_overlay, overlay);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "questions-undo.remove");
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      /* libadwaita makes the toast's button with a mnemonic. */
      mbc_accessible_name_mnemonics (overlay);
    }
}

static void
undo_remove_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (user_data), "questions.undo-remove", NULL);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (widget);
  g_autoptr(MbcMyQuestion) question = g_steal_pointer (&self->removed);
  guint n;

  if (question == NULL || self->list == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  mbc_my_question_list_insert (self->list, MIN (self->removed_position, n), question);
}

static GtkWindow *
parent_window (MbcQuestionsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (widget);

  if (self->list == NULL)
    return;

  /* At a workstation: one page, straight to its printer, with the help
   * lines' QR codes; the print dialog would offer to save a file.
   */
  if (self->kiosk && self->content != NULL)
    {
      g_autoptr(GtkPrintOperation) handout = mbc_handout_new_for_questions (self->content,
                                                                           self->list);

      mbc_workstation_printer_print (handout, widget);
      return;
    }

  mbc_questions_print_run (self->list, parent_window (self));
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (widget);

  if (self->list != NULL)
    mbc_questions_print_save_pdf (self->list, parent_window (self));
}

static void
copy_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (widget);
  g_autofree char *text = NULL;

  if (self->list == NULL)
    return;

  text = mbc_my_question_list_dup_text (self->list);
  gtk_widget_activate_action (widget, "win.copy-text", "(ss)", text, _("My questions copied"));
}

static GtkWidget *
labelled_button (const char *icon_name,
                 const char *label,
                 const char *action_name)
{
  GtkWidget *button = mbc_page_text_button (icon_name, label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);

  return button;
}

static void
add_my_questions (MbcQuestionsView *self)
{
  GtkWidget *own;
  GtkWidget *own_list;
  GtkWidget *actions = gtk_flow_box_new ();

  mbc_page_text_heading (self->content_box, _("My Questions"), "title-2");
  if (self->kiosk)
    mbc_page_text_paragraph (self->content_box,
                             _("Make a list for your next visit. Tick each question once you "
                               "have asked it, and write the answer under it. This computer is "
                               "shared: the list is cleared when you are done."));
  else
    mbc_page_text_paragraph (self->content_box,
                             _("Make a list for your next visit. Tick each question once you "
                               "have asked it, and write the answer under it. The list is kept "
                               "on this computer."));

  /* The buttons wrap onto more lines rather than widen the page. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (actions), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (actions), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (actions), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (actions), 3);
  if (!self->kiosk)
    gtk_flow_box_append (GTK_FLOW_BOX (actions),
                         labelled_button ("printer-symbolic", _("_Print…"), "questions.print"));
  else if (self->allow_printing)
    gtk_flow_box_append (GTK_FLOW_BOX (actions),
                         labelled_button ("printer-symbolic", _("_Print a Page"), "questions.print"));
  if (!self->kiosk)
    gtk_flow_box_append (GTK_FLOW_BOX (actions),
                         labelled_button ("document-save-symbolic", _("_Save as PDF…"),
                                          "questions.save-pdf"));
  gtk_flow_box_append (GTK_FLOW_BOX (actions),
                       labelled_button ("edit-copy-symbolic", _("Copy as _Text"),
                                        "questions.copy-list"));
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (actions), FALSE);
  mbc_focus_pass_through_flow_box (GTK_FLOW_BOX (actions));
  gtk_box_append (self->content_box, actions);
  self->list_actions = actions;

  /* Drawn as a compact status page, but not an AdwStatusPage: inside
   * this page's scroller, the status page's own scroller was given its
   * least height, and its icon showed cut off.
   */
  {
    GtkWidget *icon = mbc_accessible_new_icon ("mbc-questions-symbolic");
    GtkWidget *title = mbc_accessible_new_heading (_("No Questions Yet"));
    GtkWidget *description = gtk_label_new (_("Add a suggested question below with its + button, "
                                              "or write your own here."));

    self->empty_page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
    gtk_widget_add_css_class (self->empty_page, "empty-state");
    gtk_widget_add_css_class (self->empty_page, "compact");

    gtk_image_set_pixel_size (GTK_IMAGE (icon), 64);
    gtk_widget_add_css_class (icon, "empty-state-icon");

    gtk_label_set_wrap (GTK_LABEL (title), TRUE);
    gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_CENTER);
    gtk_widget_add_css_class (title, "title-2");

    gtk_label_set_wrap (GTK_LABEL (description), TRUE);
    gtk_label_set_justify (GTK_LABEL (description), GTK_JUSTIFY_CENTER);

    gtk_box_append (GTK_BOX (self->empty_page), icon);
    gtk_box_append (GTK_BOX (self->empty_page), title);
    gtk_box_append (GTK_BOX (self->empty_page), description);
  }
  gtk_box_append (self->content_box, self->empty_page);

  self->my_list = mbc_page_text_list (self->content_box, _("My questions"));
  if (self->list != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->my_list), G_LIST_MODEL (self->list),
                             create_row_cb, NULL, NULL);

  own_list = mbc_page_text_list (self->content_box, NULL);
  own = mbc_own_question_row_new ();
  self->own_entry = mbc_own_question_row_get_entry (own);
  g_signal_connect_object (self->own_entry, "activate", G_CALLBACK (add_own_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (own_list), own);
}

static void
add_suggestion (MbcQuestionsView *self,
                GtkWidget        *list,
                MbcQuestion      *question)
{
  GtkWidget *row = mbc_page_text_list_row (list, NULL, mbc_question_get_text (question));
  GtkWidget *text = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *add_name = NULL;

  mbc_page_mark_set_key (row, "suggested-question", mbc_question_get_id (question));

  mbc_page_text_sources (GTK_BOX (text), MBC_CONTENT_ITEM (question));

  /* The words and the Add button side by side. */
  g_object_ref (text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (line), text);
  g_object_unref (text);

  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_end (add, 6);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_add_css_class (add, "touch-target");
  /* Translators: what a screen reader says for the button beside a
   * suggested question; %s is the question.
   */
  add_name = g_strdup_printf (_("Add “%s” to my questions"), mbc_question_get_text (question));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_name,
                                  -1);
  g_object_set_data_full (G_OBJECT (add), "suggestion-id",
                          g_strdup (mbc_question_get_id (question)), g_free);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "s",
                                    mbc_question_get_id (question));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "questions.add-suggestion");
  gtk_box_append (GTK_BOX (line), add);
  g_ptr_array_add (self->add_buttons, add);
}

static void
rebuild (MbcQuestionsView *self)
{
  GListModel *groups;
  GtkWidget *title;

  mbc_page_text_clear (self->content_box);
  self->my_list = NULL;
  self->empty_page = NULL;
  self->list_actions = NULL;
  self->own_entry = NULL;
  g_ptr_array_set_size (self->add_buttons, 0);

  if (self->content == NULL)
    return;

  title = mbc_page_text_heading (self->content_box, _("Questions to Ask"), "title-1");
  gtk_widget_set_margin_top (title, 0);

  add_my_questions (self);

  mbc_page_text_heading (self->content_box, _("Suggested Questions"), "title-2");
  mbc_page_text_paragraph (self->content_box,
                           _("Questions that people often ask. Add the ones that matter to "
                             "you to your list."));

  groups = mbc_content_get_question_groups (self->content);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MbcQuestionGroup) group = g_list_model_get_item (groups, i);
      GListModel *questions = mbc_question_group_get_questions (group);
      GtkWidget *list;

      mbc_page_text_heading (self->content_box, mbc_question_group_get_title (group), "title-4");
      list = mbc_page_text_list (self->content_box, mbc_question_group_get_title (group));

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(MbcQuestion) question = g_list_model_get_item (questions, j);

          add_suggestion (self, list, question);
        }
    }

  update_list_state (self);
}

static void
mbc_questions_view_dispose (GObject *object)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_QUESTIONS_VIEW);

  /* A toast still on screen then offers an Undo that does nothing. */
  if (self->undo_overlay != NULL)
    gtk_widget_insert_action_group (self->undo_overlay, "questions-undo", NULL);
  g_clear_weak_pointer (&self->undo_overlay);
  g_clear_object (&self->undo_group);

  g_clear_object (&self->content);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, list_changed_cb, self);
  g_clear_object (&self->list);
  g_clear_object (&self->removed);
  g_clear_pointer (&self->add_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (mbc_questions_view_parent_class)->dispose (object);
}

/* At a workstation: no file to save, and printing only where IT allows
 * it; the page is made again to show only what is offered.
 */
static void
set_kiosk_state (MbcQuestionsView *self,
                 guint             prop_id,
                 gboolean          value)
{
  gboolean *field = prop_id == PROP_KIOSK ? &self->kiosk : &self->allow_printing;

  if (*field == !!value)
    return;

  *field = !!value;
  update_actions (self);
  if (self->content != NULL)
    mbc_page_text_rebuild_when_shown (GTK_WIDGET (self), (MbcRebuildFunc) rebuild);

  g_object_notify_by_pspec (G_OBJECT (self), props[prop_id]);
}

static void
mbc_questions_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIOSK:
      g_value_set_boolean (value, self->kiosk);
      break;

    case PROP_ALLOW_PRINTING:
      g_value_set_boolean (value, self->allow_printing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_questions_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIOSK:
    case PROP_ALLOW_PRINTING:
      set_kiosk_state (self, prop_id, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_questions_view_class_init (MbcQuestionsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_questions_view_dispose;
  object_class->get_property = mbc_questions_view_get_property;
  object_class->set_property = mbc_questions_view_set_property;

  /* Whether the view is a workstation's; bound from the guide's. */
  props[PROP_KIOSK] =
    g_param_spec_boolean ("kiosk", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether a workstation may print; bound from the guide's. */
  props[PROP_ALLOW_PRINTING] =
    g_param_spec_boolean ("allow-printing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-questions-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, MbcQuestionsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, MbcQuestionsView, content_box);

  gtk_widget_class_install_action (widget_class, "questions.add-suggestion", "s",
                                   add_suggestion_action);
  gtk_widget_class_install_action (widget_class, "questions.move-up", "u", move_up_action);
  gtk_widget_class_install_action (widget_class, "questions.move-down", "u", move_down_action);
  gtk_widget_class_install_action (widget_class, "questions.remove", "u", remove_action);
  gtk_widget_class_install_action (widget_class, "questions.undo-remove", NULL,
                                   undo_remove_action);
  gtk_widget_class_install_action (widget_class, "questions.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "questions.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "questions.copy-list", NULL, copy_list_action);
}

static void
mbc_questions_view_init (MbcQuestionsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->add_buttons = g_ptr_array_new ();

  {
    static const GActionEntry undo_entries[] = {
      { "remove", undo_remove_cb },
    };

    self->undo_group = g_simple_action_group_new ();
    g_action_map_add_action_entries (G_ACTION_MAP (self->undo_group), undo_entries,
                                     G_N_ELEMENTS (undo_entries), self);
  }
}

void
mbc_questions_view_set_content (MbcQuestionsView *self,
                                MbcContent       *content)
{
  g_return_if_fail (MBC_IS_QUESTIONS_VIEW (self));
  g_return_if_fail (content == NULL || MBC_IS_CONTENT (content));

  if (g_set_object (&self->content, content))
    mbc_page_text_rebuild_when_shown (GTK_WIDGET (self), (MbcRebuildFunc) rebuild);
}

/* The person's own list, which the view shows and changes. */
void
mbc_questions_view_set_list (MbcQuestionsView *self,
                             MbcMyQuestionList  *list)
{
  g_return_if_fail (MBC_IS_QUESTIONS_VIEW (self));
  g_return_if_fail (list == NULL || MBC_IS_MY_QUESTION_LIST (list));

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, list_changed_cb, self);

  if (!g_set_object (&self->list, list))
    return;

  if (list != NULL)
    g_signal_connect_object (list, "items-changed", G_CALLBACK (list_changed_cb), self,
                             G_CONNECT_SWAPPED);

  if (self->content != NULL)
    mbc_page_text_rebuild_when_shown (GTK_WIDGET (self), (MbcRebuildFunc) rebuild);
}
