/* mbc-questions-view.c: questions to ask the care team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-links.h"
#include "mbc-page-text.h"
#include "mbc-question-group.h"
#include "mbc-question.h"
#include "mbc-questions-view.h"

struct _MbcQuestionsView
{
  AdwBin      parent_instance;

  MbcContent *content;

  GtkBox     *content_box;
};

G_DEFINE_FINAL_TYPE (MbcQuestionsView, mbc_questions_view, ADW_TYPE_BIN)

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mbc_links_copy (widget, g_variant_get_string (parameter, NULL), _("Question copied"));
}

/* Every question as plain text, grouped under its heading, to paste
 * into a note or an email.
 */
static char *
dup_all_questions (MbcQuestionsView *self)
{
  GListModel *groups = mbc_content_get_question_groups (self->content);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MbcQuestionGroup) group = g_list_model_get_item (groups, i);
      GListModel *questions = mbc_question_group_get_questions (group);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s\n", mbc_question_group_get_title (group));

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(MbcQuestion) question = g_list_model_get_item (questions, j);

          g_string_append_printf (text, "- %s\n", mbc_question_get_text (question));
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
copy_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (widget);
  g_autofree char *text = NULL;

  if (self->content == NULL)
    return;

  text = dup_all_questions (self);
  mbc_links_copy (widget, text, _("All questions copied"));
}

static void
add_question (GtkWidget   *list,
              MbcQuestion *question)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *label = gtk_label_new (mbc_question_get_text (question));
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  g_autofree char *copy_name = NULL;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "body");
  gtk_box_append (GTK_BOX (text), label);
  mbc_page_text_sources (GTK_BOX (text), MBC_CONTENT_ITEM (question));
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), text);

  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_add_css_class (copy, "touch-target");
  gtk_widget_set_tooltip_text (copy, _("Copy Question"));
  /* Translators: what a screen reader says for the copy button beside a
   * question; %s is the question.
   */
  copy_name = g_strdup_printf (_("Copy “%s”"), mbc_question_get_text (question));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, copy_name,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), "questions.copy");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (copy), "s", mbc_question_get_text (question));
  gtk_box_append (GTK_BOX (box), copy);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

static void
rebuild (MbcQuestionsView *self)
{
  GListModel *groups;
  GtkWidget *title;
  GtkWidget *copy_all;

  mbc_page_text_clear (self->content_box);

  if (self->content == NULL)
    return;

  title = mbc_page_text_heading (self->content_box, _("Questions to Ask"), "title-1");
  gtk_widget_set_margin_top (title, 0);

  mbc_page_text_paragraph (self->content_box,
                           _("Bring the questions that matter to you to your next visit. "
                             "You can select the words of any question, or copy it with the "
                             "button beside it."));

  /* Under the text rather than beside the title, so that it never makes
   * the page wider than a phone, even with large text.
   */
  copy_all = gtk_button_new_with_mnemonic (_("_Copy All"));
  gtk_widget_set_halign (copy_all, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (copy_all, _("Copy all the questions as text"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy_all), "questions.copy-all");
  gtk_box_append (self->content_box, copy_all);

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

          add_question (list, question);
        }
    }
}

static void
mbc_questions_view_dispose (GObject *object)
{
  MbcQuestionsView *self = MBC_QUESTIONS_VIEW (object);

  /* AdwBin unparents its child itself: let it do so before the template
   * lets go of the widgets, so that the child is not unparented twice.
   */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_QUESTIONS_VIEW);

  g_clear_object (&self->content);

  G_OBJECT_CLASS (mbc_questions_view_parent_class)->dispose (object);
}

static void
mbc_questions_view_class_init (MbcQuestionsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_questions_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-questions-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MbcQuestionsView, content_box);

  gtk_widget_class_install_action (widget_class, "questions.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "questions.copy-all", NULL, copy_all_action);
}

static void
mbc_questions_view_init (MbcQuestionsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
