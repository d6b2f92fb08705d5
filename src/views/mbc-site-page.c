/* mbc-site-page.c: what a person should know about one site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-handout.h"
#include "mbc-medical-test.h"
#include "mbc-page-mark.h"
#include "mbc-page-text.h"
#include "mbc-site-page.h"
#include "mbc-symptom.h"
#include "mbc-workstation-printer.h"

struct _MbcSitePage
{
  GtkWidget          parent_instance;

  MbcContent        *content;
  MbcSite           *site;
  /* At a workstation that lets people print a page to take home. */
  gboolean           printable;
  /* At home, where the person keeps a diary: each sign offers to be
   * recorded in it (a workstation has no diary).
   */
  gboolean           recordable;
  /* The page of each site shown so far, MbcSite → its scroller in the
   * stack. A person going back and forth between sites gets each page at
   * once: laying out the text of a new page is by far the slowest part
   * of showing a site. Each page keeps its own scroller and its size in
   * the stack, so that showing it again changes nothing but which page
   * is drawn: no text is measured or laid out anew.
   */
  GHashTable        *pages;
  /* Flips each time another page is shown (see mbc_site_page_snapshot()). */
  gboolean           page_flip;

  GtkStack          *stack;
};

G_DEFINE_FINAL_TYPE (MbcSitePage, mbc_site_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PRINTABLE,
  PROP_RECORDABLE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/* A button that records @symptom in the person's diary (the window's
 * win.diary-record), at the foot of its row.
 */
static void
add_record_button (GtkBox     *row_box,
                   MbcSymptom *symptom)
{
  /* Translators: a button under a symptom, which writes it down in the
   * person's symptom diary.
   */
  GtkWidget *button = mbc_page_text_button ("document-edit-symbolic", _("Record in My Diary"));
  g_autofree char *name = NULL;

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "touch-target");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", mbc_symptom_get_id (symptom));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.diary-record");

  /* Translators: what a screen reader says for the button under a
   * symptom; %s is the symptom.
   */
  name = g_strdup_printf (_("Record “%s” in My Diary"), mbc_symptom_get_text (symptom));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_box_append (row_box, button);
}

/* The symptoms of @symptoms that are in one urgency tier. */
static void
add_tier (MbcSitePage *self,
          GtkBox      *page,
          MbcUrgency   urgency,
          GListModel  *symptoms)
{
  GtkWidget *list = mbc_page_text_tier (page, urgency);

  for (guint i = 0; i < g_list_model_get_n_items (symptoms); i++)
    {
      g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, i);
      GtkWidget *row;

      if (mbc_symptom_get_urgency (symptom) != urgency)
        continue;

      row = mbc_page_text_list_row (list, NULL, mbc_symptom_get_text (symptom));
      mbc_page_mark_set_key (row, "sign", mbc_symptom_get_id (symptom));
      /* The most urgent tier comes first: its first sign is where the
       * keyboard lands when the site is chosen.
       */
      if (g_object_get_data (G_OBJECT (page), "first-sign") == NULL)
        g_object_set_data (G_OBJECT (page), "first-sign", row);
      mbc_page_text_sources (GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))),
                             MBC_CONTENT_ITEM (symptom));
      if (self->recordable)
        add_record_button (GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))), symptom);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      mbc_urgency_get_title (urgency),
                                      -1);
    }
}

static void
add_symptoms (MbcSitePage *self,
              GtkBox      *page)
{
  GListModel *symptoms = mbc_site_get_symptoms (self->site);
  guint counts[MBC_N_URGENCIES] = { 0 };

  mbc_page_text_heading (page, _("Symptoms"), "title-3");

  for (guint i = 0; i < g_list_model_get_n_items (symptoms); i++)
    {
      g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, i);

      counts[mbc_symptom_get_urgency (symptom)]++;
    }

  for (guint urgency = 0; urgency < MBC_N_URGENCIES; urgency++)
    if (counts[urgency] > 0)
      add_tier (self, page, urgency, symptoms);

  if (g_list_model_get_n_items (symptoms) == 0)
    {
      GtkWidget *button;

      /* The site's own text says what little the sources tell; this
       * leads on to the symptoms that apply everywhere.
       */
      mbc_page_text_paragraph (page, _("No symptoms are listed for this place alone."));

      button = gtk_button_new_with_label (_("Symptoms of the Whole Body"));
      g_object_set_data (G_OBJECT (page), "first-sign", button);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "map.select-site");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", MBC_SITE_WHOLE_BODY);
      gtk_widget_add_css_class (button, "pill");
      gtk_box_append (page, button);
    }
}

static void
add_tests (MbcSitePage *self,
           GtkBox      *page)
{
  GListModel *tests = mbc_site_get_tests (self->site);
  GtkWidget *list;

  if (g_list_model_get_n_items (tests) == 0)
    return;

  mbc_page_text_heading (page, _("Tests That Look for Spread Here"), "title-3");
  list = mbc_page_text_list (page, _("Tests that look for spread here"));

  for (guint i = 0; i < g_list_model_get_n_items (tests); i++)
    {
      g_autoptr(MbcMedicalTest) test = g_list_model_get_item (tests, i);

      mbc_page_text_list_row (list,
                              mbc_medical_test_get_name (test),
                              mbc_medical_test_get_description (test));
    }
}

static GtkWidget *
build_page (MbcSitePage *self)
{
  GtkBox *page = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  GtkWidget *scroller;
  GtkWidget *clamp;
  GtkWidget *title;

  gtk_widget_set_margin_top (GTK_WIDGET (page), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (page), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (page), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (page), 12);

  title = mbc_page_text_heading (page, mbc_site_get_name (self->site), "title-1");
  mbc_page_mark_set_key (title, "site", mbc_site_get_id (self->site));
  gtk_widget_set_margin_top (title, 0);

  if (self->printable && self->content != NULL)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = adw_button_content_new ();

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (label), "printer-symbolic");
      adw_button_content_set_label (ADW_BUTTON_CONTENT (label), _("_Print This Page"));
      adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (label), TRUE);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_set_tooltip_text (button, _("One page with these symptoms and the help lines, to take with you"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "touch-target");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "site-page.print");
      gtk_box_append (page, button);
    }
  mbc_page_text_paragraph (page, mbc_site_get_about (self->site));

  if (mbc_site_get_frequency (self->site) != NULL)
    {
      mbc_page_text_heading (page, _("How Often Spread Is Found Here First"), NULL);
      mbc_page_text_paragraph (page, mbc_site_get_frequency (self->site));
      mbc_page_text_source_list (page, mbc_site_get_frequency_sources (self->site));
    }

  add_symptoms (self, page);
  add_tests (self, page);

  if (mbc_site_get_care (self->site) != NULL)
    {
      mbc_page_text_heading (page, _("Treatment Here"), "title-3");
      mbc_page_text_paragraph (page, mbc_site_get_care (self->site));
    }

  if (self->content != NULL)
    mbc_page_text_questions_about (page, self->content, MBC_CONTENT_ITEM (self->site), "site");

  mbc_page_text_sources (page, MBC_CONTENT_ITEM (self->site));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 480);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (page));

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  g_object_set_data (G_OBJECT (scroller), "first-sign",
                     g_object_get_data (G_OBJECT (page), "first-sign"));

  return scroller;
}

/* Shows the page of the site, made the first time it is shown, from
 * its top; the other pages are hidden.
 */
static void
show_page (MbcSitePage *self)
{
  GtkAdjustment *adjustment;
  GtkWidget *page;

  if (self->site == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  page = g_hash_table_lookup (self->pages, self->site);
  if (page == NULL)
    {
      page = build_page (self);
      gtk_stack_add_child (self->stack, page);
      g_hash_table_insert (self->pages, g_object_ref (self->site), page);
    }

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
  if (gtk_stack_get_visible_child (self->stack) != page)
    {
      self->page_flip = !self->page_flip;
      gtk_stack_set_visible_child (self->stack, page);
    }
}

/* The pages were made from other content: they are made anew. */
static void
forget_pages (MbcSitePage *self)
{
  GHashTableIter iter;
  gpointer page;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &page))
    gtk_stack_remove (self->stack, page);
  g_hash_table_remove_all (self->pages);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MbcSitePage *self = MBC_SITE_PAGE (widget);
  g_autoptr(GtkPrintOperation) handout = NULL;

  if (self->site == NULL || self->content == NULL || !self->printable)
    return;

  handout = mbc_handout_new_for_site (self->content, self->site);
  mbc_workstation_printer_print (handout, widget);
}

/**
 * mbc_site_page_focus_signs:
 *
 * Puts the keyboard's focus on the first sign of the site shown, the
 * most urgent, where a person who chose the site reads on (or, where the
 * site has no signs of its own, on the way to the whole body's).
 *
 * Returns: whether the focus moved
 */
gboolean
mbc_site_page_focus_signs (MbcSitePage *self)
{
  GtkWidget *page;
  GtkWidget *first;

  g_return_val_if_fail (MBC_IS_SITE_PAGE (self), FALSE);

  if (self->site == NULL)
    return FALSE;

  page = g_hash_table_lookup (self->pages, self->site);
  first = page != NULL ? g_object_get_data (G_OBJECT (page), "first-sign") : NULL;
  if (first != NULL && gtk_widget_grab_focus (first))
    return TRUE;

  return page != NULL && gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
mbc_site_page_dispose (GObject *object)
{
  MbcSitePage *self = MBC_SITE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_SITE_PAGE);

  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_object (&self->site);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (mbc_site_page_parent_class)->dispose (object);
}

#if !GTK_CHECK_VERSION (4, 9, 0)
/* Another site's page is drawn as one change, not line by line.
 *
 * Works around how GTK 4.8 finds what to paint (gsk/gskrendernode.c,
 * gsk_render_node_diff(), and the 30-rectangle limit of the renderers'
 * damage regions): it compares each frame's render nodes with the last
 * frame's, node by node where two nodes are of the same kind. For two
 * pages of text that means every line, and once the changes come to
 * more than 30 rectangles GTK gives up and paints the whole window
 * again: the map and the lists as well as the page. No upstream issue
 * for it could be found from here. Every other page is therefore
 * wrapped in a debug node, which draws its child and nothing else: the
 * new page's node is then of another kind than the last page's, and GTK
 * takes the page as one rectangle and leaves the rest of the window
 * alone. What it saves is measured by "mbc-bench sites" (README, Speed).
 */
static void
mbc_site_page_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MbcSitePage *self = MBC_SITE_PAGE (widget);
  g_autoptr(GtkSnapshot) page_snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderNode) wrapped = NULL;

  if (!self->page_flip)
    {
      gtk_widget_snapshot_child (widget, GTK_WIDGET (self->stack), snapshot);
      return;
    }

  page_snapshot = gtk_snapshot_new ();
  gtk_widget_snapshot_child (widget, GTK_WIDGET (self->stack), page_snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&page_snapshot));
  if (node == NULL)
    return;

  /* Made directly: GtkSnapshot makes debug nodes only when GTK is asked
   * to (GTK_DEBUG=snapshot).
   */
  wrapped = gsk_debug_node_new (node, g_strdup ("MbcSitePage: another page"));
  gtk_snapshot_append_node (snapshot, wrapped);
}
#endif

/* Whether the page offers to print itself, as a workstation allows. */
static void
set_printable (MbcSitePage *self,
               gboolean     printable)
{
  printable = !!printable;
  if (self->printable == printable)
    return;

  self->printable = printable;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "site-page.print", printable);
  /* The pages made so far have, or lack, the button. */
  forget_pages (self);
  show_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_PRINTABLE]);
}

/* Whether each sign offers to be recorded in the person's diary. */
static void
set_recordable (MbcSitePage *self,
                gboolean     recordable)
{
  recordable = !!recordable;
  if (self->recordable == recordable)
    return;

  self->recordable = recordable;
  /* The pages made so far have, or lack, the buttons. */
  forget_pages (self);
  show_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_RECORDABLE]);
}

static void
mbc_site_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MbcSitePage *self = MBC_SITE_PAGE (object);

  switch (prop_id)
    {
    case PROP_PRINTABLE:
      g_value_set_boolean (value, self->printable);
      break;

    case PROP_RECORDABLE:
      g_value_set_boolean (value, self->recordable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_site_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MbcSitePage *self = MBC_SITE_PAGE (object);

  switch (prop_id)
    {
    case PROP_PRINTABLE:
      set_printable (self, g_value_get_boolean (value));
      break;

    case PROP_RECORDABLE:
      set_recordable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_site_page_class_init (MbcSitePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_site_page_dispose;
  object_class->get_property = mbc_site_page_get_property;
  object_class->set_property = mbc_site_page_set_property;

  /* Whether the page offers to print itself; bound from the map's. */
  props[PROP_PRINTABLE] =
    g_param_spec_boolean ("printable", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether each sign offers to be recorded in the diary; bound from
   * the map's.
   */
  props[PROP_RECORDABLE] =
    g_param_spec_boolean ("recordable", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, props);

#if !GTK_CHECK_VERSION (4, 9, 0)
  widget_class->snapshot = mbc_site_page_snapshot;
#endif

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mbc-site-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, MbcSitePage, stack);

  gtk_widget_class_install_action (widget_class, "site-page.print", NULL, print_action);
}

static void
mbc_site_page_init (MbcSitePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "site-page.print", FALSE);

  /* The pages themselves belong to the stack. */
  self->pages = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, NULL);
}

MbcSite *
mbc_site_page_get_site (MbcSitePage *self)
{
  g_return_val_if_fail (MBC_IS_SITE_PAGE (self), NULL);

  return self->site;
}

/* The content the site comes from, for the questions about it. */
void
mbc_site_page_set_content (MbcSitePage *self,
                           MbcContent  *content)
{
  g_return_if_fail (MBC_IS_SITE_PAGE (self));

  if (!g_set_object (&self->content, content))
    return;

  forget_pages (self);
  show_page (self);
}

void
mbc_site_page_set_site (MbcSitePage *self,
                        MbcSite     *site)
{
  g_return_if_fail (MBC_IS_SITE_PAGE (self));
  g_return_if_fail (site == NULL || MBC_IS_SITE (site));

  if (!g_set_object (&self->site, site))
    return;

  show_page (self);
}
