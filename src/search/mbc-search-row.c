/* mbc-search-row.c: one result of the search, as a row of the results
 *
 * A row shows what was found: its kind as an icon, its title with the
 * words that matched in bold, and a line of what is around it (a sign's
 * part of the body and tier, a term's first words, an entry's day). A
 * row that begins a kind carries the kind's heading above it, as the
 * results are grouped by kind and GTK 4.8's list has no headers of its
 * own. When the words matched in the text and not in the title, the row
 * says which ones, so that a person sees why it was found.
 *
 * A screen reader hears the kind, where it is and the title, in one
 * name: "Sign, Liver, Call your care team: Yellow skin…".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mbc-accessible.h"
#include "mbc-diary-entry-row.h"
#include "mbc-search-row.h"
#include "mbc-urgency.h"

struct _MbcSearchRow
{
  GtkWidget        parent_instance;

  MbcSearchResult *result;

  GtkWidget       *heading;
  GtkWidget       *icon;
  GtkWidget       *title;
  GtkWidget       *context_icon;
  GtkWidget       *context;
  GtkWidget       *found;
};

G_DEFINE_FINAL_TYPE (MbcSearchRow, mbc_search_row, GTK_TYPE_WIDGET)

/* The heading of a group of results. */
const char *
mbc_search_kind_get_heading (MbcSearchKind kind)
{
  switch (kind)
    {
    case MBC_SEARCH_KIND_SITE: return _("Parts of the Body");
    case MBC_SEARCH_KIND_SIGN: return _("Signs");
    case MBC_SEARCH_KIND_TEST: return _("Tests and Scans");
    case MBC_SEARCH_KIND_TREATMENT: return _("Treatments");
    case MBC_SEARCH_KIND_SUBTYPE: return _("Kinds of Breast Cancer");
    case MBC_SEARCH_KIND_TERM: return _("Words You May Hear");
    case MBC_SEARCH_KIND_BASICS: return _("The Basics");
    case MBC_SEARCH_KIND_SUGGESTED_QUESTION: return _("Suggested Questions");
    case MBC_SEARCH_KIND_RESOURCE: return _("Resources");
    case MBC_SEARCH_KIND_OWN_QUESTION: return _("My Questions");
    case MBC_SEARCH_KIND_DIARY_ENTRY: return _("My Diary");
    default: return "";
    }
}

/* What one result is, as a screen reader says it first. */
const char *
mbc_search_kind_get_name (MbcSearchKind kind)
{
  switch (kind)
    {
    case MBC_SEARCH_KIND_SITE: return _("Part of the body");
    case MBC_SEARCH_KIND_SIGN: return _("Sign");
    case MBC_SEARCH_KIND_TEST: return _("Test");
    case MBC_SEARCH_KIND_TREATMENT: return _("Treatment");
    case MBC_SEARCH_KIND_SUBTYPE: return _("Kind of breast cancer");
    case MBC_SEARCH_KIND_TERM: return _("Word");
    case MBC_SEARCH_KIND_BASICS: return _("The basics");
    case MBC_SEARCH_KIND_SUGGESTED_QUESTION: return _("Suggested question");
    case MBC_SEARCH_KIND_RESOURCE: return _("Resource");
    case MBC_SEARCH_KIND_OWN_QUESTION: return _("My question");
    case MBC_SEARCH_KIND_DIARY_ENTRY: return _("Diary entry");
    default: return "";
    }
}

static const char *
kind_icon_name (MbcSearchKind kind)
{
  switch (kind)
    {
    case MBC_SEARCH_KIND_SITE:
    case MBC_SEARCH_KIND_SIGN:
      return "mbc-body-symbolic";
    case MBC_SEARCH_KIND_TREATMENT:
    case MBC_SEARCH_KIND_SUBTYPE:
      return "mbc-treatment-symbolic";
    case MBC_SEARCH_KIND_SUGGESTED_QUESTION:
    case MBC_SEARCH_KIND_OWN_QUESTION:
      return "mbc-questions-symbolic";
    case MBC_SEARCH_KIND_RESOURCE:
      return "mbc-resources-symbolic";
    case MBC_SEARCH_KIND_DIARY_ENTRY:
      return "mbc-diary-symbolic";
    case MBC_SEARCH_KIND_TEST:
    case MBC_SEARCH_KIND_TERM:
    case MBC_SEARCH_KIND_BASICS:
    default:
      return "mbc-basics-symbolic";
    }
}

/* The line under the title: a diary entry's day, and its first words. */
static char *
dup_context (MbcSearchResult *result)
{
  const char *context = mbc_search_result_get_context (result);

  if (mbc_search_result_get_kind (result) == MBC_SEARCH_KIND_DIARY_ENTRY)
    {
      guint64 day = g_ascii_strtoull (mbc_search_result_get_section (result), NULL, 10);
      g_autofree char *day_text = mbc_diary_entry_row_dup_day_text ((guint32) day);

      if (context == NULL)
        return g_steal_pointer (&day_text);
      /* Translators: a diary entry found by the search: its day, then
       * the first words of its note.
       */
      return g_strdup_printf (_("%s · %s"), day_text, context);
    }

  return g_strdup (context);
}

/**
 * mbc_search_row_dup_spoken:
 *
 * Returns: what a screen reader says for @result: its kind, where it is
 * and its title.
 */
char *
mbc_search_row_dup_spoken (MbcSearchResult *result)
{
  MbcSearchKind kind = mbc_search_result_get_kind (result);
  g_autofree char *context = dup_context (result);
  g_auto(GStrv) parts = NULL;
  g_autofree char *where = NULL;

  /* The parts of the line under the title are read as a list. */
  if (kind == MBC_SEARCH_KIND_SIGN && context != NULL)
    {
      parts = g_strsplit (context, " · ", -1);
      where = g_strjoinv (C_("list separator", ", "), parts);
    }

  if (where != NULL)
    /* Translators: what a screen reader says for a result of the
     * search: its kind ("Sign"), where it is ("Liver, Call your care
     * team"), then its title.
     */
    return g_strdup_printf (_("%s, %s: %s"), mbc_search_kind_get_name (kind), where,
                            mbc_search_result_get_title (result));

  /* Translators: what a screen reader says for a result of the search:
   * its kind ("Word"), then its title ("Jaundice").
   */
  return g_strdup_printf (_("%s: %s"), mbc_search_kind_get_name (kind),
                          mbc_search_result_get_title (result));
}

/* The title, with the words that matched in bold. */
static char *
dup_title_markup (MbcSearchResult *result)
{
  const char *title = mbc_search_result_get_title (result);
  const MbcSearchRange *ranges;
  g_autoptr(GString) markup = g_string_new (NULL);
  gsize length = strlen (title);
  guint n_ranges;
  gsize done = 0;

  ranges = mbc_search_result_get_title_ranges (result, &n_ranges);
  for (guint i = 0; i < n_ranges; i++)
    {
      g_autofree char *before = NULL;
      g_autofree char *matched = NULL;

      if (ranges[i].start < done || ranges[i].end > length || ranges[i].start >= ranges[i].end)
        continue;
      before = g_markup_escape_text (title + done, ranges[i].start - done);
      matched = g_markup_escape_text (title + ranges[i].start, ranges[i].end - ranges[i].start);
      g_string_append_printf (markup, "%s<b>%s</b>", before, matched);
      done = ranges[i].end;
    }
  {
    g_autofree char *rest = g_markup_escape_text (title + done, -1);

    g_string_append (markup, rest);
  }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

void
mbc_search_row_set_result (MbcSearchRow    *self,
                           MbcSearchResult *result,
                           gboolean         first_of_kind)
{
  MbcSearchKind kind;
  int urgency;
  g_autofree char *markup = NULL;
  g_autofree char *context = NULL;
  g_autofree char *spoken = NULL;
  guint n_ranges = 0;
  const char * const *matched;

  g_return_if_fail (MBC_IS_SEARCH_ROW (self));
  g_return_if_fail (result == NULL || MBC_IS_SEARCH_RESULT (result));

  g_set_object (&self->result, result);
  if (result == NULL)
    return;

  kind = mbc_search_result_get_kind (result);
  urgency = mbc_search_result_get_urgency (result);

  gtk_widget_set_visible (self->heading, first_of_kind);
  gtk_label_set_label (GTK_LABEL (self->heading), mbc_search_kind_get_heading (kind));
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), kind_icon_name (kind));

  markup = dup_title_markup (result);
  gtk_label_set_markup (GTK_LABEL (self->title), markup);

  context = dup_context (result);
  gtk_label_set_label (GTK_LABEL (self->context), context != NULL ? context : "");
  /* The line is cut short where the row is narrow: its tooltip has it whole. */
  gtk_widget_set_tooltip_text (self->context, context);
  gtk_widget_set_visible (gtk_widget_get_parent (self->context), context != NULL);

  /* A sign's tier, by its icon and colour beside its words. */
  for (guint i = 0; i < MBC_N_URGENCIES; i++)
    gtk_widget_remove_css_class (self->context_icon, mbc_urgency_get_css_class (i));
  if (urgency >= 0 && urgency < MBC_N_URGENCIES)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (self->context_icon),
                                    mbc_urgency_get_icon_name (urgency));
      gtk_widget_add_css_class (self->context_icon, mbc_urgency_get_css_class (urgency));
    }
  gtk_widget_set_visible (self->context_icon, urgency >= 0 && urgency < MBC_N_URGENCIES);

  /* Why it was found, when the title does not show it. */
  mbc_search_result_get_title_ranges (result, &n_ranges);
  matched = mbc_search_result_get_matched_words (result);
  if (n_ranges == 0 && matched != NULL && matched[0] != NULL)
    {
      g_autofree char *words = g_strjoinv (C_("list separator", ", "), (char **) matched);
      /* Translators: under a result of the search that was found by
       * words of its text; %s is those words.
       */
      g_autofree char *text = g_strdup_printf (_("Found: %s"), words);

      gtk_label_set_label (GTK_LABEL (self->found), text);
      gtk_widget_set_tooltip_text (self->found, text);
      gtk_widget_set_visible (self->found, TRUE);
    }
  else
    gtk_widget_set_visible (self->found, FALSE);

  spoken = mbc_search_row_dup_spoken (result);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
}

MbcSearchResult *
mbc_search_row_get_result (MbcSearchRow *self)
{
  g_return_val_if_fail (MBC_IS_SEARCH_ROW (self), NULL);

  return self->result;
}

/* A line of a row. The title wraps, to be read whole; the lines under
 * it are one line each, cut short where the row is narrow: they only
 * say where the result is, and a wrapping label costs GTK 4.8 a layout
 * for each width it tries, for every row of every key.
 */
static GtkWidget *
new_line (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
new_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
mbc_search_row_dispose (GObject *object)
{
  MbcSearchRow *self = MBC_SEARCH_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (mbc_search_row_parent_class)->dispose (object);
}

static void
mbc_search_row_class_init (MbcSearchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mbc_search_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "searchresult");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mbc_search_row_init (MbcSearchRow *self)
{
  /* The icons beside the texts are in grids, not horizontal boxes: in
   * GTK 4.8 a horizontal box gives its children their widths by asking
   * each how wide it must be for the box's height, and for the wrapping
   * texts that is a search over heights, each step laying out the
   * labels again (hundreds of layouts a row, at each change of the
   * results). A grid asks for their widths, then their heights for those.
   */
  GtkWidget *line = gtk_grid_new ();
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *context_line = gtk_grid_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->heading = new_line ("heading");
  gtk_widget_add_css_class (self->heading, "search-kind");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_parent (self->heading, GTK_WIDGET (self));

  gtk_widget_add_css_class (line, "search-line");
  gtk_grid_set_column_spacing (GTK_GRID (line), 12);
  gtk_widget_set_parent (line, GTK_WIDGET (self));

  self->icon = mbc_accessible_new_icon (NULL);
  gtk_widget_set_valign (self->icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->icon, "dim-label");
  gtk_grid_attach (GTK_GRID (line), self->icon, 0, 0, 1, 1);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_grid_attach (GTK_GRID (line), texts, 1, 0, 1, 1);

  self->title = new_label (NULL);
  gtk_box_append (GTK_BOX (texts), self->title);

  self->context_icon = mbc_accessible_new_icon (NULL);
  gtk_widget_set_valign (self->context_icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->context_icon, "search-tier");
  gtk_grid_set_column_spacing (GTK_GRID (context_line), 6);
  gtk_grid_attach (GTK_GRID (context_line), self->context_icon, 0, 0, 1, 1);
  self->context = new_line ("caption");
  gtk_widget_add_css_class (self->context, "dim-label");
  gtk_widget_set_hexpand (self->context, TRUE);
  gtk_grid_attach (GTK_GRID (context_line), self->context, 1, 0, 1, 1);
  gtk_box_append (GTK_BOX (texts), context_line);

  self->found = new_line ("caption");
  gtk_widget_add_css_class (self->found, "dim-label");
  gtk_box_append (GTK_BOX (texts), self->found);

  gtk_widget_set_visible (self->heading, FALSE);
  gtk_widget_set_visible (self->found, FALSE);
}

GtkWidget *
mbc_search_row_new (void)
{
  return g_object_new (MBC_TYPE_SEARCH_ROW, NULL);
}
