/* mbc-basics-view.c: what metastatic breast cancer is, when to get help,
 * how spread is found, living with it, and the words you may hear
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-basics-view.h"
#include "mbc-medical-test.h"
#include "mbc-page-mark.h"
#include "mbc-page-text.h"
#include "mbc-symptom.h"
#include "mbc-term.h"

struct _MbcBasicsView
{
  GtkWidget   parent_instance;

  /* The one child, to which the bin layout gives all the room. */
  GtkWidget  *scroller;

  MbcContent *content;

  GtkBox     *content_box;
};

G_DEFINE_FINAL_TYPE (MbcBasicsView, mbc_basics_view, GTK_TYPE_WIDGET)

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

/* Every sign, from every place in the body, that needs help at once:
 * gathered from the sites so that it can never disagree with them. A
 * sign that several places share is listed once, with all of them; the
 * row leads to the first.
 */
static void
add_emergency_signs (MbcBasicsView *self)
{
  GListModel *sites = mbc_content_get_sites (self->content);
  GtkWidget *list = mbc_page_text_tier (self->content_box, MBC_URGENCY_EMERGENCY);
  /* Symptom text → the GString of the places that list it. */
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (free_string);

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);
      GListModel *symptoms = mbc_site_get_symptoms (site);

      for (guint j = 0; j < g_list_model_get_n_items (symptoms); j++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, j);
          const char *text = mbc_symptom_get_text (symptom);
          g_autofree char *description = NULL;
          GString *names;
          GtkWidget *row;
          GtkWidget *box;
          GtkWidget *line;
          GtkWidget *chevron;
          GtkWidget *label;

          if (mbc_symptom_get_urgency (symptom) != MBC_URGENCY_EMERGENCY)
            continue;

          if ((names = g_hash_table_lookup (places, text)) != NULL)
            {
              g_string_append (names, C_("list separator", ", "));
              g_string_append (names, mbc_site_get_name (site));
              continue;
            }

          names = g_string_new (mbc_site_get_name (site));
          g_hash_table_insert (places, (gpointer) text, names);
          g_ptr_array_add (strings, names);

          row = mbc_page_text_list_row (list, NULL, text);
          box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
          label = mbc_page_text_paragraph (GTK_BOX (box), "");
          gtk_widget_add_css_class (label, "caption");
          gtk_widget_add_css_class (label, "dim-label");
          g_ptr_array_add (labels, label);

          /* A chevron, as on any row that leads somewhere. */
          g_object_ref (box);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), NULL);
          gtk_widget_set_hexpand (box, TRUE);
          gtk_box_append (GTK_BOX (line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0)), box);
          g_object_unref (box);
          chevron = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "go-next-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "margin-end", 12,
                                  NULL);
          gtk_box_append (GTK_BOX (line), chevron);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);

          /* The target first: a name without it would not fit the action. */
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", mbc_site_get_id (site));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-site");

          /* Translators: what a screen reader says of a symptom in the
           * list of signs that need help at once; the first %s is
           * "Get help now", the second a place in the body.
           */
          description = g_strdup_printf (_("%s. Opens %s."),
                                         mbc_urgency_get_title (MBC_URGENCY_EMERGENCY),
                                         mbc_site_get_name (site));
          gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                          -1);
        }
    }

  for (guint i = 0; i < labels->len; i++)
    {
      GString *names = g_ptr_array_index (strings, i);
      /* Translators: under a symptom; %s is one or more places in the
       * body, such as "Liver, Intestines".
       */
      g_autofree char *where = g_strdup_printf (_("See: %s"), names->str);

      gtk_label_set_text (g_ptr_array_index (labels, i), where);
    }
}

static void
add_tests (MbcBasicsView *self)
{
  GListModel *tests = mbc_content_get_tests (self->content);
  GtkWidget *list;

  mbc_page_text_heading (self->content_box, _("How Spread Is Found"), "title-3");
  mbc_page_text_paragraph (self->content_box,
                           _("Your care team chooses tests by your symptoms and your history. "
                             "These are the ones you may hear about."));
  list = mbc_page_text_list (self->content_box, _("Tests and scans"));

  for (guint i = 0; i < g_list_model_get_n_items (tests); i++)
    {
      g_autoptr(MbcMedicalTest) test = g_list_model_get_item (tests, i);
      GtkWidget *row = mbc_page_text_list_row (list, mbc_medical_test_get_name (test),
                                               mbc_medical_test_get_description (test));

      mbc_page_mark_set_key (row, "test", mbc_medical_test_get_id (test));

      mbc_page_text_sources (GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))),
                             MBC_CONTENT_ITEM (test));
    }
}

static void
add_glossary (MbcBasicsView *self)
{
  GListModel *terms = mbc_content_get_glossary (self->content);
  GtkWidget *list;

  if (g_list_model_get_n_items (terms) == 0)
    return;

  mbc_page_text_heading (self->content_box, _("Words You May Hear"), "title-3");
  list = mbc_page_text_list (self->content_box, _("Words you may hear"));

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(MbcTerm) term = g_list_model_get_item (terms, i);
      GtkWidget *row = mbc_page_text_list_row (list, mbc_term_get_term (term),
                                               mbc_term_get_definition (term));

      mbc_page_mark_set_key (row, "term", mbc_term_get_id (term));

      mbc_page_text_sources (GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))),
                             MBC_CONTENT_ITEM (term));
    }
}

static void
rebuild (MbcBasicsView *self)
{
  GtkWidget *title;
  GtkWidget *button;

  mbc_page_text_clear (self->content_box);

  if (self->content == NULL)
    return;

  title = mbc_page_text_heading (self->content_box, _("The Basics"), "title-1");
  gtk_widget_set_margin_top (title, 0);
  mbc_page_text_paragraph (self->content_box,
                           _("Here you can learn what metastatic breast cancer is, when to get "
                             "help, and how people live with it. This guide helps you learn. "
                             "It cannot tell what is happening in your body: your care team can."));

  mbc_page_text_facts (self->content_box, _("About Metastatic Breast Cancer"),
                       mbc_content_get_basics (self->content));

  mbc_page_text_facts (self->content_box, _("When to Get Help"),
                       mbc_content_get_help (self->content));
  add_emergency_signs (self);

  add_tests (self);
  mbc_page_text_facts (self->content_box, _("Living With Metastatic Breast Cancer"),
                       mbc_content_get_living (self->content));
  add_glossary (self);

  button = gtk_button_new_with_mnemonic (_("_About This Information"));
  mbc_accessible_name_mnemonics (button);
  /* The label wraps rather than widen the page, with large text or in a
   * longer language.
   */
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
  gtk_label_set_justify (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                         GTK_JUSTIFY_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.sources");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_add_css_class (button, "pill");
  gtk_box_append (self->content_box, button);
}

static void
mbc_basics_view_dispose (GObject *object)
{
  MbcBasicsView *self = MBC_BASICS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_BASICS_VIEW);

  g_clear_object (&self->content);

  G_OBJECT_CLASS (mbc_basics_view_parent_class)->dispose (object);
}

static void
mbc_basics_view_class_init (MbcBasicsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_basics_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-basics-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, MbcBasicsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, MbcBasicsView, content_box);
}

static void
mbc_basics_view_init (MbcBasicsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
mbc_basics_view_set_content (MbcBasicsView *self,
                             MbcContent    *content)
{
  g_return_if_fail (MBC_IS_BASICS_VIEW (self));
  g_return_if_fail (content == NULL || MBC_IS_CONTENT (content));

  if (g_set_object (&self->content, content))
    mbc_page_text_rebuild_when_shown (GTK_WIDGET (self), (MbcRebuildFunc) rebuild);
}
