/* mbc-treatments-view.c: the treatments, and what guides them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-page-mark.h"
#include "mbc-page-text.h"
#include "mbc-subtype.h"
#include "mbc-treatment.h"
#include "mbc-treatments-view.h"

struct _MbcTreatmentsView
{
  GtkWidget   parent_instance;

  /* The one child, to which the bin layout gives all the room. */
  GtkWidget  *scroller;

  MbcContent *content;

  GtkBox     *content_box;
};

G_DEFINE_FINAL_TYPE (MbcTreatmentsView, mbc_treatments_view, GTK_TYPE_WIDGET)

static void
add_subtypes (MbcTreatmentsView *self)
{
  GListModel *subtypes = mbc_content_get_subtypes (self->content);
  GtkWidget *list;

  mbc_page_text_heading (self->content_box, _("Kinds of Breast Cancer"), "title-3");
  list = mbc_page_text_list (self->content_box, _("Kinds of breast cancer"));

  for (guint i = 0; i < g_list_model_get_n_items (subtypes); i++)
    {
      g_autoptr(MbcSubtype) subtype = g_list_model_get_item (subtypes, i);
      GtkWidget *row = mbc_page_text_list_row (list, mbc_subtype_get_name (subtype),
                                               mbc_subtype_get_description (subtype));

      mbc_page_mark_set_key (row, "subtype", mbc_subtype_get_id (subtype));

      mbc_page_text_sources (GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))),
                             MBC_CONTENT_ITEM (subtype));
    }
}

static char *
list_subtypes (MbcTreatment *treatment)
{
  GListModel *subtypes = mbc_treatment_get_subtypes (treatment);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; subtypes != NULL && i < g_list_model_get_n_items (subtypes); i++)
    {
      g_autoptr(MbcSubtype) subtype = g_list_model_get_item (subtypes, i);

      if (i > 0)
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, mbc_subtype_get_name (subtype));
    }

  return names->len > 0 ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}

static void
add_treatment (MbcTreatmentsView *self,
               GtkWidget         *list,
               MbcTreatment      *treatment)
{
  GtkWidget *row = mbc_page_text_list_row (list, mbc_treatment_get_name (treatment),
                                           mbc_treatment_get_summary (treatment));
  GtkBox *box = GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
  const char * const *examples = mbc_treatment_get_examples (treatment);
  g_autofree char *subtypes = list_subtypes (treatment);

  gtk_box_set_spacing (box, 6);
  mbc_page_mark_set_key (row, "treatment", mbc_treatment_get_id (treatment));

  if (mbc_treatment_get_details (treatment) != NULL)
    mbc_page_text_paragraph (box, mbc_treatment_get_details (treatment));

  if (subtypes != NULL)
    {
      /* Translators: %s is a list of kinds of breast cancer. */
      g_autofree char *text = g_strdup_printf (_("Used for: %s"), subtypes);
      GtkWidget *label = mbc_page_text_paragraph (box, text);

      gtk_widget_add_css_class (label, "accent");
    }

  if (examples != NULL && examples[0] != NULL)
    {
      mbc_page_text_paragraph (box, _("Examples from our sources:"));
      mbc_page_text_bullets (box, examples);
    }

  mbc_page_text_questions_about (box, self->content, MBC_CONTENT_ITEM (treatment), "treatment");
  mbc_page_text_sources (box, MBC_CONTENT_ITEM (treatment));
}

static void
rebuild (MbcTreatmentsView *self)
{
  GListModel *treatments;
  GtkWidget *title;
  GtkWidget *list;

  mbc_page_text_clear (self->content_box);

  if (self->content == NULL)
    return;

  title = mbc_page_text_heading (self->content_box, _("Treatment"), "title-1");
  gtk_widget_set_margin_top (title, 0);
  mbc_page_text_paragraph (self->content_box,
                           _("You and your care team make a treatment plan together. "
                             "Here is what shapes the plan, what it aims for, and the kinds "
                             "of treatment there are. Your team will tell you which fit you."));

  mbc_page_text_facts (self->content_box, _("What Guides Your Plan"),
                       mbc_content_get_guides (self->content));
  mbc_page_text_facts (self->content_box, _("Goals of Treatment"),
                       mbc_content_get_goals (self->content));
  add_subtypes (self);

  mbc_page_text_heading (self->content_box, _("Types of Treatment"), "title-3");
  list = mbc_page_text_list (self->content_box, _("Types of treatment"));
  treatments = mbc_content_get_treatments (self->content);
  for (guint i = 0; i < g_list_model_get_n_items (treatments); i++)
    {
      g_autoptr(MbcTreatment) treatment = g_list_model_get_item (treatments, i);

      add_treatment (self, list, treatment);
    }
}

static void
mbc_treatments_view_dispose (GObject *object)
{
  MbcTreatmentsView *self = MBC_TREATMENTS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_TREATMENTS_VIEW);

  g_clear_object (&self->content);

  G_OBJECT_CLASS (mbc_treatments_view_parent_class)->dispose (object);
}

static void
mbc_treatments_view_class_init (MbcTreatmentsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_treatments_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-treatments-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, MbcTreatmentsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, MbcTreatmentsView, content_box);
}

static void
mbc_treatments_view_init (MbcTreatmentsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
mbc_treatments_view_set_content (MbcTreatmentsView *self,
                                 MbcContent        *content)
{
  g_return_if_fail (MBC_IS_TREATMENTS_VIEW (self));
  g_return_if_fail (content == NULL || MBC_IS_CONTENT (content));

  if (g_set_object (&self->content, content))
    mbc_page_text_rebuild_when_shown (GTK_WIDGET (self), (MbcRebuildFunc) rebuild);
}
