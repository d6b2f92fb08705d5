/* mbc-sources-window.c: where the information comes from
 *
 * Lists each source document with its organization, title and review
 * date, and the parts of the app that draw on it, so that a reader or a
 * reviewer can trace any fact back to a document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-page-text.h"
#include "mbc-question-group.h"
#include "mbc-resource.h"
#include "mbc-source.h"
#include "mbc-sources-window.h"

struct _MbcSourcesWindow
{
  AdwWindow   parent_instance;

  MbcContent *content;

  GtkBox     *content_box;
};

G_DEFINE_FINAL_TYPE (MbcSourcesWindow, mbc_sources_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTENT,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
cites (MbcContentItem *item,
       MbcSource      *source)
{
  for (guint i = 0; i < mbc_content_item_get_n_sources (item); i++)
    if (mbc_content_item_get_source (item, i) == source)
      return TRUE;

  return FALSE;
}

static guint
count_citing (GListModel *items,
              MbcSource  *source)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MbcContentItem) item = g_list_model_get_item (items, i);

      n += cites (item, source);
    }

  return n;
}

/* The parts of the app, as the reader knows them by the views, and how
 * many of their items draw on @source.
 */
static GStrv
list_uses (MbcSourcesWindow *self,
           MbcSource        *source)
{
  MbcContent *content = self->content;
  g_autoptr(GStrvBuilder) uses = g_strv_builder_new ();
  GListModel *sites = mbc_content_get_sites (content);
  GListModel *groups = mbc_content_get_question_groups (content);
  struct {
    const char *part;
    guint       n;
  } parts[5] = {
    /* Translators: the names of the app's views, as in the view switcher. */
    { N_("Body Map"), count_citing (sites, source) },
    { N_("Basics"), count_citing (mbc_content_get_basics (content), source) +
                    count_citing (mbc_content_get_help (content), source) +
                    count_citing (mbc_content_get_tests (content), source) +
                    count_citing (mbc_content_get_living (content), source) +
                    count_citing (mbc_content_get_glossary (content), source) },
    { N_("Treatment"), count_citing (mbc_content_get_guides (content), source) +
                        count_citing (mbc_content_get_goals (content), source) +
                        count_citing (mbc_content_get_subtypes (content), source) +
                        count_citing (mbc_content_get_treatments (content), source) },
    { N_("Questions"), 0 },
    { N_("Resources"), count_citing (mbc_content_get_resources (content), source) },
  };

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(MbcSite) site = g_list_model_get_item (sites, i);

      parts[0].n += count_citing (mbc_site_get_symptoms (site), source);
      /* A site's frequency figures are an item of their own. */
      parts[0].n += g_ptr_array_find (mbc_site_get_frequency_sources (site), source, NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(MbcQuestionGroup) group = g_list_model_get_item (groups, i);

      parts[3].n += count_citing (mbc_question_group_get_questions (group), source);
    }

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *use = NULL;

      if (parts[i].n == 0)
        continue;

      /* Translators: %s is a view of the app, such as "Treatment", and
       * %u how many of its items draw on one source document.
       */
      use = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u item", "%s: %u items",
                                          parts[i].n),
                             _(parts[i].part), parts[i].n);
      g_strv_builder_add (uses, use);
    }

  return g_strv_builder_end (uses);
}

static void
add_source (MbcSourcesWindow *self,
            GtkWidget        *list,
            MbcSource        *source)
{
  GtkWidget *row = mbc_page_text_list_row (list, mbc_source_get_organization (source),
                                           mbc_source_get_title (source));
  GtkBox *box = GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
  g_autofree char *review = mbc_source_dup_review_text (source);
  g_auto(GStrv) uses = list_uses (self, source);
  GtkWidget *label;

  gtk_box_set_spacing (box, 6);

  if (mbc_source_get_local (source))
    mbc_page_text_local (box);

  label = mbc_page_text_paragraph (box, review);
  gtk_widget_add_css_class (label, "dim-label");
  mbc_page_text_paragraph (box, mbc_source_get_about (source));

  if (uses[0] != NULL)
    {
      mbc_page_text_paragraph (box, _("Used in:"));
      mbc_page_text_bullets (box, (const char * const *) uses);
    }
  else
    {
      mbc_page_text_paragraph (box, _("Not used in this version of the guide."));
    }
}

/* Whether the hospital's local content pack added anything. */
static gboolean
has_local (MbcContent *content)
{
  GListModel *sources = mbc_content_get_sources (content);
  GListModel *resources = mbc_content_get_resources (content);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(MbcSource) source = g_list_model_get_item (sources, i);

      if (mbc_source_get_local (source))
        return TRUE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
    {
      g_autoptr(MbcResource) resource = g_list_model_get_item (resources, i);

      if (mbc_resource_get_local (resource))
        return TRUE;
    }

  return FALSE;
}

static void
rebuild (MbcSourcesWindow *self)
{
  GListModel *sources;
  GtkWidget *list;

  mbc_page_text_clear (self->content_box);

  if (self->content == NULL)
    return;

  mbc_page_text_paragraph (self->content_box,
                           _("Every fact in this guide comes from the documents below. "
                             "We wrote it all in our own plain words, and each part of the guide "
                             "names the documents it comes from."));
  mbc_page_text_paragraph (self->content_box,
                           _("This guide helps you learn. It is not medical advice and cannot "
                             "tell what is happening in your body. Ask your care team about "
                             "your own care. In an emergency, call your emergency number."));

  if (has_local (self->content))
    mbc_page_text_paragraph (self->content_box,
                             /* Translators: “From this hospital” is the mark, as it is
                              * translated on its own.
                              */
                             _("This hospital added its own services and documents, marked "
                               "“From this hospital”. The hospital wrote their words, and "
                               "answers for them."));

  mbc_page_text_heading (self->content_box, _("Sources"), "title-3");
  list = mbc_page_text_list (self->content_box, _("Sources"));

  sources = mbc_content_get_sources (self->content);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(MbcSource) source = g_list_model_get_item (sources, i);

      add_source (self, list, source);
    }
}

static void
mbc_sources_window_dispose (GObject *object)
{
  MbcSourcesWindow *self = MBC_SOURCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MBC_TYPE_SOURCES_WINDOW);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (mbc_sources_window_parent_class)->dispose (object);
}

static void
mbc_sources_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MbcSourcesWindow *self = MBC_SOURCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_sources_window_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MbcSourcesWindow *self = MBC_SOURCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      if (g_set_object (&self->content, g_value_get_object (value)))
        rebuild (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mbc_sources_window_class_init (MbcSourcesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_sources_window_dispose;
  object_class->get_property = mbc_sources_window_get_property;
  object_class->set_property = mbc_sources_window_set_property;

  props[PROP_CONTENT] =
    g_param_spec_object ("information", NULL, NULL,
                         MBC_TYPE_CONTENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mbc-sources-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MbcSourcesWindow, content_box);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mbc_sources_window_init (MbcSourcesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
mbc_sources_window_new (MbcContent *content)
{
  g_return_val_if_fail (MBC_IS_CONTENT (content), NULL);

  return g_object_new (MBC_TYPE_SOURCES_WINDOW, "information", content, NULL);
}
