/* mbc-my-question-row.c: one question of My Questions, to tick, edit,
 * answer, move and remove
 *
 * The row's buttons ask the Questions view to act on the row's place in
 * the list ("questions.move-up" and so on, with the row's index), so that
 * a row never holds a position that has gone stale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-my-question-row.h"

struct _MbcMyQuestionRow
{
  GtkListBoxRow  parent_instance;

  MbcMyQuestion *question;

  GtkWidget     *asked;
  GtkWidget     *words;
  GtkWidget     *label;
  GtkWidget     *entry;
  GtkWidget     *edit;
  GtkWidget     *up;
  GtkWidget     *down;
  GtkWidget     *remove;
  GtkWidget     *answer;
};

G_DEFINE_FINAL_TYPE (MbcMyQuestionRow, mbc_my_question_row, GTK_TYPE_LIST_BOX_ROW)

static void
act_on_row (MbcMyQuestionRow *self,
            const char       *action)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));

  if (index >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self), action, "u", (guint) index);
}

static void
move_up_clicked_cb (MbcMyQuestionRow *self)
{
  act_on_row (self, "questions.move-up");
}

static void
move_down_clicked_cb (MbcMyQuestionRow *self)
{
  act_on_row (self, "questions.move-down");
}

static void
remove_clicked_cb (MbcMyQuestionRow *self)
{
  act_on_row (self, "questions.remove");
}

static void
asked_toggled_cb (MbcMyQuestionRow *self)
{
  mbc_my_question_set_asked (self->question,
                             gtk_check_button_get_active (GTK_CHECK_BUTTON (self->asked)));
}

static void
name_widget (GtkWidget *widget,
             char      *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_free (name);
}

/* Every control says which question it is for, as a screen reader lists
 * the controls of a page out of context; named again when the words
 * change.
 */
static void
update_names (MbcMyQuestionRow *self)
{
  const char *text = mbc_my_question_get_text (self->question);

  /* Tab stops on the row itself: a screen reader says its question. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  /* Translators: what a screen reader says for the tick box beside a
   * question on the person's own list; %s is the question.
   */
  name_widget (self->asked, g_strdup_printf (_("Asked: %s"), text));
  /* Translators: what a screen reader says for the box in which a
   * question's words are changed; %s is the question.
   */
  name_widget (self->entry, g_strdup_printf (_("Words of the question: %s"), text));
  /* Translators: %s is a question. */
  name_widget (self->edit, g_strdup_printf (_("Change the words: %s"), text));
  /* Translators: %s is a question. */
  name_widget (self->up, g_strdup_printf (_("Move up: %s"), text));
  /* Translators: %s is a question. */
  name_widget (self->down, g_strdup_printf (_("Move down: %s"), text));
  /* Translators: %s is a question. */
  name_widget (self->remove, g_strdup_printf (_("Remove: %s"), text));
  /* Translators: what a screen reader says for the answer box under a
   * question; %s is the question.
   */
  name_widget (self->answer, g_strdup_printf (_("Answer or note for: %s"), text));
}

static void
edit_clicked_cb (MbcMyQuestionRow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), mbc_my_question_get_text (self->question));
  gtk_stack_set_visible_child (GTK_STACK (self->words), self->entry);
  gtk_widget_grab_focus (self->entry);
}

/* Ends editing the question's words; with @keep, the new words replace
 * the old ones, unless they are blank: a question is never left empty.
 */
static void
finish_editing (MbcMyQuestionRow *self,
                gboolean          keep)
{
  g_autofree char *text = NULL;

  if (gtk_stack_get_visible_child (GTK_STACK (self->words)) != self->entry)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  if (keep && *text != '\0')
    {
      mbc_my_question_set_text (self->question, text);
      gtk_label_set_text (GTK_LABEL (self->label), text);
      update_names (self);
    }

  gtk_stack_set_visible_child (GTK_STACK (self->words), self->label);
  if (gtk_widget_get_mapped (self->edit))
    gtk_widget_grab_focus (self->edit);
}

static void
entry_activate_cb (MbcMyQuestionRow *self)
{
  finish_editing (self, TRUE);
}

static void
entry_leave_cb (MbcMyQuestionRow *self)
{
  finish_editing (self, TRUE);
}

static gboolean
entry_key_pressed_cb (MbcMyQuestionRow      *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;

  finish_editing (self, FALSE);

  return GDK_EVENT_STOP;
}

/* What is typed in the answer goes into the question at once; the list
 * waits for a pause in the changes before it writes itself.
 */
static void
answer_changed_cb (MbcMyQuestionRow *self,
                   GtkTextBuffer    *buffer)
{
  GtkTextIter start, end;
  g_autofree char *answer = NULL;

  if (self->question == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  answer = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (answer, mbc_my_question_get_answer (self->question)) != 0)
    mbc_my_question_set_answer (self->question, answer);
}

static GtkWidget *
icon_button (MbcMyQuestionRow *self,
             const char       *icon_name,
             const char       *tooltip,
             GCallback         clicked)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "touch-target");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_signal_connect_swapped (button, "clicked", clicked, self);

  return button;
}

static void
build (MbcMyQuestionRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *answer_label;
  GtkWidget *frame;
  const char *text = mbc_my_question_get_text (self->question);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);

  self->asked = gtk_check_button_new ();
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->asked),
                               mbc_my_question_get_asked (self->question));
  gtk_widget_set_valign (self->asked, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->asked, "touch-target");
  gtk_widget_set_tooltip_text (self->asked, _("Mark as Asked"));
  g_signal_connect_swapped (self->asked, "toggled", G_CALLBACK (asked_toggled_cb), self);
  gtk_box_append (GTK_BOX (top), self->asked);

  /* The words, and an entry in their place while they are edited. */
  self->words = gtk_stack_new ();
  gtk_stack_set_hhomogeneous (GTK_STACK (self->words), FALSE);
  gtk_stack_set_vhomogeneous (GTK_STACK (self->words), FALSE);
  gtk_widget_set_hexpand (self->words, TRUE);
  gtk_widget_set_valign (self->words, GTK_ALIGN_CENTER);

  self->label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_add_css_class (self->label, "body");
  gtk_stack_add_child (GTK_STACK (self->words), self->label);

  self->entry = gtk_entry_new ();
  {
    GtkEventController *keys = gtk_event_controller_key_new ();
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self);
    gtk_widget_add_controller (self->entry, keys);
    g_signal_connect_swapped (focus, "leave", G_CALLBACK (entry_leave_cb), self);
    gtk_widget_add_controller (self->entry, focus);
  }
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);
  gtk_stack_add_child (GTK_STACK (self->words), self->entry);
  gtk_stack_set_visible_child (GTK_STACK (self->words), self->label);
  gtk_box_append (GTK_BOX (top), self->words);

  self->edit = icon_button (self, "document-edit-symbolic", _("Change the Words"),
                            G_CALLBACK (edit_clicked_cb));
  gtk_box_append (GTK_BOX (tools), self->edit);
  self->up = icon_button (self, "go-up-symbolic", _("Move Up"), G_CALLBACK (move_up_clicked_cb));
  gtk_box_append (GTK_BOX (tools), self->up);
  self->down = icon_button (self, "go-down-symbolic", _("Move Down"),
                            G_CALLBACK (move_down_clicked_cb));
  gtk_box_append (GTK_BOX (tools), self->down);
  self->remove = icon_button (self, "user-trash-symbolic", _("Remove"),
                              G_CALLBACK (remove_clicked_cb));
  gtk_box_append (GTK_BOX (tools), self->remove);
  gtk_box_append (GTK_BOX (box), top);

  answer_label = gtk_label_new (_("Answer or note"));
  gtk_label_set_xalign (GTK_LABEL (answer_label), 0);
  gtk_widget_add_css_class (answer_label, "caption");
  gtk_widget_add_css_class (answer_label, "dim-label");
  gtk_widget_set_margin_start (answer_label, 4);
  gtk_box_append (GTK_BOX (box), answer_label);

  self->answer = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->answer), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->answer), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->answer), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->answer), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->answer), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->answer), 6);
  gtk_widget_set_size_request (self->answer, -1, 60);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->answer)),
                            mbc_my_question_get_answer (self->question), -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->answer)), "changed",
                            G_CALLBACK (answer_changed_cb), self);

  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "answer");
  gtk_frame_set_child (GTK_FRAME (frame), self->answer);
  gtk_box_append (GTK_BOX (box), frame);

  /* The tools under the answer, so that the question keeps the whole
   * width of a narrow window.
   */
  gtk_widget_set_halign (tools, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), tools);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  update_names (self);
}

static void
mbc_my_question_row_dispose (GObject *object)
{
  MbcMyQuestionRow *self = MBC_MY_QUESTION_ROW (object);

  self->answer = NULL;
  g_clear_object (&self->question);

  G_OBJECT_CLASS (mbc_my_question_row_parent_class)->dispose (object);
}

static void
mbc_my_question_row_class_init (MbcMyQuestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mbc_my_question_row_dispose;
}

static void
mbc_my_question_row_init (MbcMyQuestionRow *self)
{
}

GtkWidget *
mbc_my_question_row_new (MbcMyQuestion *question)
{
  MbcMyQuestionRow *self;

  g_return_val_if_fail (MBC_IS_MY_QUESTION (question), NULL);

  self = g_object_new (MBC_TYPE_MY_QUESTION_ROW, NULL);
  self->question = g_object_ref (question);
  build (self);

  return GTK_WIDGET (self);
}

