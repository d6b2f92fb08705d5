/* mbc-page-text.c: the pieces of text that every page is built from
 *
 * The pages show content that changes with the chosen site and the
 * language, so they are put together here rather than in templates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-fact.h"
#include "mbc-page-mark.h"
#include "mbc-page-text.h"
#include "mbc-question.h"
#include "mbc-source.h"

static GtkWidget *
new_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);

  return label;
}

GtkWidget *
mbc_page_text_heading (GtkBox     *box,
                       const char *text,
                       const char *css_class)
{
  GtkWidget *label = new_label (text);

  g_object_set (label, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  gtk_widget_add_css_class (label, css_class != NULL ? css_class : "title-4");
  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (box, label);

  return label;
}

GtkWidget *
mbc_page_text_paragraph (GtkBox     *box,
                         const char *text)
{
  GtkWidget *label = new_label (text);

  gtk_widget_add_css_class (label, "body");
  gtk_box_append (box, label);

  return label;
}

/* The organizations behind @sources (MbcSource objects, or NULL for
 * none), for a line such as "Sources: Cleveland Clinic, Susan G. Komen".
 */
static char *
dup_source_names (GPtrArray *sources)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      MbcSource *source = g_ptr_array_index (sources, i);

      if (i > 0)
        /* Translators: separates the names of sources in a list. */
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, mbc_source_get_organization (source));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The organizations behind @item, as its sources line names them. */
char *
mbc_page_text_dup_source_names (MbcContentItem *item)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  g_return_val_if_fail (MBC_IS_CONTENT_ITEM (item), NULL);

  for (guint i = 0; i < mbc_content_item_get_n_sources (item); i++)
    g_ptr_array_add (sources, mbc_content_item_get_source (item, i));

  return dup_source_names (sources);
}

static GtkWidget *
sources_line (GtkBox     *box,
              const char *names)
{
  g_autofree char *text = NULL;
  GtkWidget *label;

  /* Translators: %s is a list of organizations, such as
   * "Cleveland Clinic, Susan G. Komen".
   */
  text = g_strdup_printf (_("Sources: %s"), names);
  label = new_label (text);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (box, label);

  return label;
}

GtkWidget *
mbc_page_text_sources (GtkBox         *box,
                       MbcContentItem *item)
{
  g_autofree char *names = mbc_page_text_dup_source_names (item);

  return sources_line (box, names);
}

/* The same line for a part of an item that rests on fewer documents
 * than the rest of it, such as a site's frequency figures.
 */
GtkWidget *
mbc_page_text_source_list (GtkBox    *box,
                           GPtrArray *sources)
{
  g_autofree char *names = dup_source_names (sources);

  return sources_line (box, names);
}

/* The words that mark what a hospital added itself, in its local
 * content pack, rather than what the guide's sources say.
 */
const char *
mbc_page_text_local_mark (void)
{
  /* Translators: shown on a help line, service or document that the
   * hospital added itself, rather than one the guide's sources name.
   */
  return _("From this hospital");
}

/* The line with that mark: the guide vouches for a hospital's own
 * words no more than the hospital does.
 */
GtkWidget *
mbc_page_text_local (GtkBox *box)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = mbc_accessible_new_icon ("mark-location-symbolic");
  GtkWidget *label = new_label (mbc_page_text_local_mark ());

  gtk_widget_add_css_class (line, "accent");
  gtk_box_append (GTK_BOX (line), icon);
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (box, line);

  return line;
}

GtkWidget *
mbc_page_text_list (GtkBox     *box,
                    const char *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  if (accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                    -1);
  gtk_box_append (box, list);

  return list;
}

/* A row of plain text: @title in bold when there is one, then @text. */
GtkWidget *
mbc_page_text_list_row (GtkWidget  *list,
                        const char *title,
                        const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  if (title != NULL)
    {
      GtkWidget *heading = new_label (title);

      gtk_widget_add_css_class (heading, "heading");
      gtk_box_append (GTK_BOX (box), heading);
    }

  if (text != NULL)
    {
      GtkWidget *label = new_label (text);

      /* The same size as the text outside lists: easier to read. */
      gtk_widget_add_css_class (label, "body");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  /* Tab stops on each row: a screen reader says what it is about. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : text,
                                  -1);

  return row;
}

/* A bulleted list, as one label so that it reads as one piece of text. */
GtkWidget *
mbc_page_text_bullets (GtkBox             *box,
                       const char * const *points)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (points == NULL || points[0] == NULL)
    return NULL;

  for (guint i = 0; points[i] != NULL; i++)
    /* Translators: one point of a bulleted list. */
    g_string_append_printf (text, i > 0 ? _("\n• %s") : _("• %s"), points[i]);

  return mbc_page_text_paragraph (box, text->str);
}

/* A fact as a row of @list: its title, text, points and sources. */
GtkWidget *
mbc_page_text_fact (GtkWidget *list,
                    MbcFact   *fact)
{
  GtkWidget *row = mbc_page_text_list_row (list, mbc_fact_get_title (fact),
                                           mbc_fact_get_text (fact));
  GtkBox *box = GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));

  mbc_page_text_bullets (box, mbc_fact_get_points (fact));
  mbc_page_text_sources (box, MBC_CONTENT_ITEM (fact));
  mbc_page_mark_set_key (row, "basics", mbc_fact_get_id (fact));

  return row;
}

/* A section of facts under @heading, as a list; nothing when there are
 * no facts.
 */
void
mbc_page_text_facts (GtkBox     *box,
                     const char *heading,
                     GListModel *facts)
{
  GtkWidget *list;

  if (g_list_model_get_n_items (facts) == 0)
    return;

  mbc_page_text_heading (box, heading, "title-3");
  list = mbc_page_text_list (box, heading);

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(MbcFact) fact = g_list_model_get_item (facts, i);

      mbc_page_text_fact (list, fact);
    }
}

/* A box for the symptoms of one urgency tier, headed by its icon, its
 * words and its advice, so that the tier is never told by colour alone.
 * Returns the list to put the symptoms in.
 */
GtkWidget *
mbc_page_text_tier (GtkBox     *box,
                    MbcUrgency  urgency)
{
  GtkWidget *tier = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = mbc_accessible_new_icon (mbc_urgency_get_icon_name (urgency));
  GtkWidget *title = new_label (mbc_urgency_get_title (urgency));
  GtkWidget *advice = new_label (mbc_urgency_get_advice (urgency));

  gtk_widget_add_css_class (tier, "tier");
  gtk_widget_add_css_class (tier, mbc_urgency_get_css_class (urgency));
  gtk_widget_add_css_class (header, "tier-header");
  gtk_widget_set_margin_top (tier, 6);

  /* The urgency's words head its signs: a screen reader's user moves
   * to them as to any heading.
   */
  g_object_set (title, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (tier), header);

  gtk_widget_add_css_class (advice, "tier-advice");
  gtk_box_append (GTK_BOX (tier), advice);

  gtk_box_append (box, tier);

  return mbc_page_text_list (GTK_BOX (tier), mbc_urgency_get_title (urgency));
}

static void
rebuild_on_map_cb (GtkWidget *view,
                   gpointer   rebuild)
{
  g_signal_handlers_disconnect_by_func (view, rebuild_on_map_cb, rebuild);
  ((MbcRebuildFunc) rebuild) (view);
}

/**
 * mbc_page_text_rebuild_when_shown:
 * @view: a view whose content has changed
 * @rebuild: what builds it
 *
 * Builds @view now if it is on screen, or else when it is first shown:
 * most people never open every view, and a change of language would
 * otherwise build all of them at once.
 */
void
mbc_page_text_rebuild_when_shown (GtkWidget      *view,
                                  MbcRebuildFunc  rebuild)
{
  g_signal_handlers_disconnect_by_func (view, rebuild_on_map_cb, rebuild);

  if (gtk_widget_get_mapped (view))
    rebuild (view);
  else
    g_signal_connect (view, "map", G_CALLBACK (rebuild_on_map_cb), rebuild);
}

/**
 * mbc_page_text_questions_about:
 * @kind: "site" or "treatment", as the window's action names them
 *
 * The suggested questions that belong to @item, with a button that adds
 * them to the person's own list. Nothing when there are none.
 */
void
mbc_page_text_questions_about (GtkBox         *box,
                               MbcContent     *content,
                               MbcContentItem *item,
                               const char     *kind)
{
  g_autoptr(GPtrArray) questions = mbc_content_dup_questions_about (content, item);
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  g_auto(GStrv) points = NULL;
  GtkWidget *button;

  if (questions->len == 0)
    return;

  for (guint i = 0; i < questions->len; i++)
    g_strv_builder_add (texts, mbc_question_get_text (g_ptr_array_index (questions, i)));
  points = g_strv_builder_end (texts);

  mbc_page_text_heading (box, _("Questions You Could Ask"), "title-4");
  mbc_page_text_bullets (box, (const char * const *) points);

  button = gtk_button_new_with_mnemonic (_("_Add to My Questions"));
  /* Its words wrap rather than widen a narrow window at large text. */
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
  mbc_accessible_name_mnemonics (button);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)",
                                    kind, mbc_content_item_get_id (item));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.add-questions-about");
  gtk_box_append (box, button);
}

/* A button with an icon and words, as AdwButtonContent makes one, but
 * whose words wrap: at large text in a narrow window, AdwButtonContent
 * keeps them on one line and the window grows wider than the screen.
 * @label may hold a mnemonic underscore.
 */
GtkWidget *
mbc_page_text_button (const char *icon_name,
                      const char *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", icon_name,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);
  GtkWidget *text = gtk_label_new_with_mnemonic (label);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (text), button);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "image-text-button");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, text, NULL,
                                  -1);

  return button;
}

void
mbc_page_text_clear (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}
