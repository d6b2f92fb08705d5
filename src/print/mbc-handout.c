/* mbc-handout.c: one printed page to take home from a shared workstation
 *
 * A person at a hospital's workstation leaves with nothing on the
 * machine, and may want something in their hand: one sheet with the
 * site they read about, or the questions they wrote, and the QR codes
 * of the help lines, which their phone can open later. It is always
 * one page, so that it comes out of a shared printer whole; the text
 * grows smaller, within reason, rather than run over.
 *
 * This file says only what goes on the page; sending it to the
 * workstation's printer, with no dialog, is mbc-workstation-printer.c's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mbc-handout.h"
#include "mbc-links.h"
#include "mbc-my-question.h"
#include "mbc-print-page.h"
#include "mbc-qr-code.h"
#include "mbc-resource.h"
#include "mbc-source.h"
#include "mbc-symptom.h"
#include "mbc-urgency.h"

/* Distances on the page, in points. */
#define QR_SIZE        (30.0 * MBC_PRINT_MILLIMETRE)
#define QR_GAP         (6.0 * MBC_PRINT_MILLIMETRE)
#define WRITING_LINE   24.0
#define BULLET_INDENT  14.0
#define SECTION_GAP    12.0
#define ITEM_GAP       5.0
#define FOOTER_GAP     10.0

/* The sizes of the text, in points, before it is made smaller to fit. */
#define TITLE_SIZE     20.0
#define HEADING_SIZE   13.0

/* The smallest the text may become to fit on the page: below this a
 * tired reader would need glasses they may not have with them.
 */
#define MIN_SCALE      0.72

/* The codes that fit side by side across the page. */
#define MAX_LINKS      4

typedef struct
{
  char *name;
  char *detail;  /* the number and the address, as a person types them */
  char *uri;     /* what the QR code holds */
} Link;

/* One piece of the body, placed one under the other. */
typedef struct
{
  PangoLayout *layout;        /* NULL for lines to write on */
  PangoLayout *marker;        /* a number or bullet beside its first line */
  double       indent;
  double       space_before;
  guint        n_lines;       /* lines to write on */
  guint        question;      /* the number of the question it begins, from 1 */
} Block;

typedef struct
{
  MbcContent      *content;
  MbcSite         *site;
  MbcMyQuestionList *list;
  char            *title;
  GPtrArray       *links;
  GArray          *blocks;
} Handout;

static void
link_free (gpointer data)
{
  Link *link = data;

  g_free (link->name);
  g_free (link->detail);
  g_free (link->uri);
  g_free (link);
}

static void
clear_blocks (Handout *handout)
{
  for (guint i = 0; i < handout->blocks->len; i++)
    {
      Block *block = &g_array_index (handout->blocks, Block, i);

      g_clear_object (&block->layout);
      g_clear_object (&block->marker);
    }
  g_array_set_size (handout->blocks, 0);
}

static void
handout_free (gpointer data)
{
  Handout *handout = data;

  clear_blocks (handout);
  g_array_unref (handout->blocks);
  g_ptr_array_unref (handout->links);
  g_clear_object (&handout->content);
  g_clear_object (&handout->site);
  g_clear_object (&handout->list);
  g_free (handout->title);
  g_free (handout);
}

/* "https://www.komen.org/" → "www.komen.org" */
static char *
dup_address (const char *website)
{
  const char *start = g_str_has_prefix (website, "https://") ? website + strlen ("https://")
                                                            : website;
  char *address = g_strdup (start);
  gsize length = strlen (address);

  if (length > 0 && address[length - 1] == '/')
    address[length - 1] = '\0';

  return address;
}

static void
add_link (Handout     *handout,
          MbcResource *resource)
{
  const char *phone = mbc_resource_get_phone (resource);
  const char *website = mbc_resource_get_website (resource);
  g_autofree char *address = NULL;
  Link *link;

  if (phone == NULL && website == NULL)
    return;

  link = g_new0 (Link, 1);
  link->name = g_strdup (mbc_resource_get_name (resource));
  /* An address is hard to type and a number is not: the code holds the
   * web page where there is one, and the number where there is not.
   */
  link->uri = website != NULL ? g_strdup (website) : mbc_links_phone_uri (phone);
  address = website != NULL ? dup_address (website) : NULL;
  link->detail = g_strjoin ("\n", phone != NULL ? phone : address,
                            phone != NULL ? address : NULL, NULL);
  g_ptr_array_add (handout->links, link);
}

/* The help lines to take home: the hospital's own first, then the
 * guide's, as many as fit across the page.
 */
static void
add_links (Handout *handout)
{
  GListModel *resources = mbc_content_get_resources (handout->content);
  guint n = g_list_model_get_n_items (resources);

  for (int local = TRUE; local >= FALSE; local--)
    for (guint i = 0; i < n && handout->links->len < MAX_LINKS; i++)
      {
        g_autoptr(MbcResource) resource = g_list_model_get_item (resources, i);

        if (mbc_resource_get_local (resource) == local)
          add_link (handout, resource);
      }
}

/* What the body is drawn with: the context, the text's width and its scale. */
typedef struct
{
  Handout         *handout;
  GtkPrintContext *context;
  double           width;
  double           scale;
  gboolean         with_lines;
} Body;

/* Adds a piece of text, with @marker (a number or a bullet) beside it
 * or else @indent from the left; returns the indent of its text.
 */
static double
add_text (Body       *body,
          double      size,
          gboolean    bold,
          gboolean    muted,
          const char *text,
          const char *marker,
          double      indent,
          double      space_before)
{
  Block block = { 0 };

  if (marker != NULL)
    {
      block.marker = mbc_print_page_new_layout (body->context, size * body->scale, bold, -1);
      pango_layout_set_text (block.marker, marker, -1);
      /* A number as wide as "10." still leaves a gap before the text. */
      indent = MAX (BULLET_INDENT * body->scale,
                    mbc_print_page_layout_width (block.marker) + 4 * body->scale);
    }

  block.layout = mbc_print_page_new_layout (body->context, size * body->scale, bold,
                                            body->width - indent);
  if (muted)
    {
      g_autofree char *markup = mbc_print_page_dup_muted_markup (text);

      pango_layout_set_markup (block.layout, markup, -1);
    }
  else
    {
      pango_layout_set_text (block.layout, text, -1);
    }

  block.indent = indent;
  block.space_before = space_before * body->scale;
  g_array_append_val (body->handout->blocks, block);

  return indent;
}

static void
add_writing_lines (Body  *body,
                   guint  n_lines,
                   double indent)
{
  Block block = { 0 };

  if (!body->with_lines)
    return;

  block.n_lines = n_lines;
  block.indent = indent;
  g_array_append_val (body->handout->blocks, block);
}

static void
add_heading (Body *body)
{
  g_autofree char *today = mbc_print_page_dup_today ();
  /* Translators: under the title of a printed page; %s is today's date. */
  g_autofree char *printed = g_strdup_printf (_("From MBC Guide, %s"), today);

  add_text (body, TITLE_SIZE, TRUE, FALSE, body->handout->title, NULL, 0, 0);
  add_text (body, MBC_PRINT_BODY_SIZE, FALSE, TRUE, printed, NULL, 0, 2);
}

/* The organizations behind the site and its symptoms, each once. */
static char *
dup_site_sources (MbcSite *site)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  GListModel *symptoms = mbc_site_get_symptoms (site);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < mbc_content_item_get_n_sources (MBC_CONTENT_ITEM (site)); i++)
    g_ptr_array_add (sources, mbc_content_item_get_source (MBC_CONTENT_ITEM (site), i));

  for (guint i = 0; i < g_list_model_get_n_items (symptoms); i++)
    {
      g_autoptr(MbcContentItem) symptom = g_list_model_get_item (symptoms, i);

      for (guint j = 0; j < mbc_content_item_get_n_sources (symptom); j++)
        {
          MbcSource *source = mbc_content_item_get_source (symptom, j);

          if (!g_ptr_array_find (sources, source, NULL))
            g_ptr_array_add (sources, source);
        }
    }

  for (guint i = 0; i < sources->len; i++)
    {
      if (i > 0)
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, mbc_source_get_organization (g_ptr_array_index (sources, i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
add_site_body (Body *body)
{
  MbcSite *site = body->handout->site;
  GListModel *symptoms = mbc_site_get_symptoms (site);
  g_autofree char *source_names = dup_site_sources (site);
  g_autofree char *sources = NULL;

  add_text (body, MBC_PRINT_BODY_SIZE, FALSE, FALSE, mbc_site_get_about (site), NULL, 0, SECTION_GAP);

  for (guint urgency = 0; urgency < MBC_N_URGENCIES; urgency++)
    {
      gboolean first = TRUE;

      for (guint i = 0; i < g_list_model_get_n_items (symptoms); i++)
        {
          g_autoptr(MbcSymptom) symptom = g_list_model_get_item (symptoms, i);

          if (mbc_symptom_get_urgency (symptom) != urgency)
            continue;

          if (first)
            {
              add_text (body, HEADING_SIZE, TRUE, FALSE, mbc_urgency_get_title (urgency), NULL,
                        0, SECTION_GAP);
              add_text (body, MBC_PRINT_BODY_SIZE, FALSE, TRUE, mbc_urgency_get_advice (urgency), NULL, 0, 2);
              first = FALSE;
            }
          add_text (body, MBC_PRINT_BODY_SIZE, FALSE, FALSE, mbc_symptom_get_text (symptom), "•", 0, ITEM_GAP);
        }
    }

  if (g_list_model_get_n_items (symptoms) == 0)
    add_text (body, MBC_PRINT_BODY_SIZE, FALSE, FALSE,
              _("No symptoms are listed for this place alone."), NULL, 0, SECTION_GAP);

  /* Translators: %s is a list of organizations, such as
   * "Cleveland Clinic, Susan G. Komen".
   */
  sources = g_strdup_printf (_("Sources: %s"), source_names);
  add_text (body, MBC_PRINT_SMALL_SIZE, FALSE, TRUE, sources, NULL, 0, SECTION_GAP);
}

static void
add_questions_body (Body *body)
{
  GListModel *list = G_LIST_MODEL (body->handout->list);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    {
      add_text (body, MBC_PRINT_BODY_SIZE, FALSE, FALSE,
                _("No questions yet. Write yours on the lines below."), NULL, 0, SECTION_GAP);
      add_writing_lines (body, 12, 0);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MbcMyQuestion) question = g_list_model_get_item (list, i);
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      g_autofree char *answer = g_strchomp (g_strdup (mbc_my_question_get_answer (question)));
      g_autofree char *text = NULL;
      double indent;

      if (mbc_my_question_get_asked (question))
        /* Translators: a question on the printed page, ticked as asked;
         * "(asked)" is as translated for the list of questions.
         */
        text = g_strdup_printf (_("%s  ✓ (asked)"), mbc_my_question_get_text (question));
      else
        text = g_strdup (mbc_my_question_get_text (question));

      indent = add_text (body, MBC_PRINT_BODY_SIZE, TRUE, FALSE, text, number, 0, SECTION_GAP);
      g_array_index (body->handout->blocks, Block, body->handout->blocks->len - 1).question = i + 1;
      if (*answer != '\0')
        add_text (body, MBC_PRINT_BODY_SIZE, FALSE, FALSE, answer, NULL, indent, 2);
      add_writing_lines (body, *answer != '\0' ? 1 : 2, indent);
    }
}

/* The body's blocks, for this scale; returns their height. */
static double
build_body (Handout         *handout,
            GtkPrintContext *context,
            double           width,
            double           scale,
            gboolean         with_lines)
{
  Body body = { handout, context, width, scale, with_lines };
  double height = 0;

  clear_blocks (handout);
  add_heading (&body);
  if (handout->site != NULL)
    add_site_body (&body);
  else
    add_questions_body (&body);

  for (guint i = 0; i < handout->blocks->len; i++)
    {
      Block *block = &g_array_index (handout->blocks, Block, i);

      height += block->space_before;
      if (block->layout != NULL)
        height += mbc_print_page_layout_height (block->layout);
      else
        height += block->n_lines * WRITING_LINE * scale;
    }

  return height;
}

/* The codes side by side, each with its name and number under it;
 * returns the height they take, drawn or not.
 */
static double
draw_links (Handout         *handout,
            GtkPrintContext *context,
            cairo_t         *cr,
            double           left,
            double           top,
            double           width,
            gboolean         draw)
{
  guint n = handout->links->len;
  double cell;
  double tallest = 0;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) hint = NULL;
  double y = top;

  if (n == 0)
    return 0;

  cell = (width - (MAX_LINKS - 1) * QR_GAP) / MAX_LINKS;

  heading = mbc_print_page_new_layout (context, HEADING_SIZE, TRUE, width);
  pango_layout_set_text (heading, _("Help and Support"), -1);
  hint = mbc_print_page_new_layout (context, MBC_PRINT_SMALL_SIZE, FALSE, width);
  pango_layout_set_text (hint, _("Point your phone’s camera at a code to open it."), -1);

  if (draw)
    mbc_print_page_show_layout (cr, heading, left, y, FALSE);
  y += mbc_print_page_layout_height (heading) + 2;
  if (draw)
    mbc_print_page_show_layout (cr, hint, left, y, TRUE);
  y += mbc_print_page_layout_height (hint) + 6;

  for (guint i = 0; i < n; i++)
    {
      Link *link = g_ptr_array_index (handout->links, i);
      double x = left + i * (cell + QR_GAP);
      double size = MIN (cell, QR_SIZE);
      g_autoptr(PangoLayout) name = mbc_print_page_new_layout (context, MBC_PRINT_SMALL_SIZE,
                                                               TRUE, cell);
      g_autoptr(PangoLayout) detail = mbc_print_page_new_layout (context, MBC_PRINT_SMALL_SIZE,
                                                                 FALSE, cell);
      double name_height;

      pango_layout_set_text (name, link->name, -1);
      pango_layout_set_text (detail, link->detail, -1);
      name_height = mbc_print_page_layout_height (name);
      tallest = MAX (tallest, size + 2 + name_height + mbc_print_page_layout_height (detail));

      if (!draw)
        continue;

      mbc_qr_code_draw (link->uri, cr, x, y, size);
      mbc_print_page_show_layout (cr, name, x, y + size + 2, FALSE);
      mbc_print_page_show_layout (cr, detail, x, y + size + 2 + name_height, FALSE);
    }

  return y - top + tallest;
}

static double
block_height (Block  *block,
              double  scale)
{
  if (block->layout == NULL)
    return block->n_lines * WRITING_LINE * scale;

  return mbc_print_page_layout_height (block->layout);
}

/* Draws the blocks that fit above @bottom, all of them if they fit;
 * returns where the last one ends, and in @n_questions how many
 * questions were drawn whole.
 */
static double
draw_body (Handout *handout,
           cairo_t *cr,
           double   left,
           double   top,
           double   right,
           double   bottom,
           double   scale,
           guint   *n_questions)
{
  double y = top;

  *n_questions = 0;

  for (guint i = 0; i < handout->blocks->len; i++)
    {
      Block *block = &g_array_index (handout->blocks, Block, i);

      double needed = block->space_before + block_height (block, scale);

      /* A question goes whole, with its answer, or not at all. */
      for (guint j = i + 1; block->question > 0 && j < handout->blocks->len; j++)
        {
          Block *next = &g_array_index (handout->blocks, Block, j);

          if (next->question > 0)
            break;
          needed += next->space_before + block_height (next, scale);
        }

      if (y + needed > bottom)
        return y;

      /* It fits, answer and all. */
      if (block->question > 0)
        *n_questions = block->question;

      y += block->space_before;

      if (block->layout == NULL)
        {
          for (guint line = 0; line < block->n_lines; line++)
            {
              y += WRITING_LINE * scale;
              mbc_print_page_draw_rule (cr, left + block->indent, right, y - 4 * scale);
            }
          continue;
        }

      if (block->marker != NULL)
        mbc_print_page_show_layout (cr, block->marker, left, y, FALSE);
      mbc_print_page_show_layout (cr, block->layout, left + block->indent, y, FALSE);
      y += mbc_print_page_layout_height (block->layout);
    }

  return y;
}

/* What is said at the end of a page that could not hold it all. */
static char *
dup_cut_note (Handout *handout,
              guint    n_drawn)
{
  guint n;

  if (handout->list == NULL)
    return g_strdup (_("Not all of it fits on one page: the rest is in the guide."));

  n = g_list_model_get_n_items (G_LIST_MODEL (handout->list));
  /* Translators: at the end of a printed page that could not hold all
   * of a person's questions; %1$u is how many it holds, %2$u how many
   * there are.
   */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "This page holds the first %1$u of your %2$u question.",
                                       "This page holds the first %1$u of your %2$u questions.",
                                       n),
                          n_drawn, n);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              Handout           *handout)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  g_autoptr(PangoLayout) footer = NULL;
  double left, right, top, bottom, width;
  double footer_top, links_top, links_height, room;
  double scale = 1;
  double body_height;
  gboolean with_lines = TRUE;
  guint n_questions;

  mbc_print_page_get_edges (context, &left, &top, &right, &bottom);
  width = right - left;

  /* From the foot up: the safety line, the codes, then the body in the
   * room that is left.
   */
  footer = mbc_print_page_new_safety_line (context, width);
  footer_top = bottom - mbc_print_page_layout_height (footer);

  links_height = draw_links (handout, context, cr, left, 0, width, FALSE);
  links_top = footer_top - FOOTER_GAP - links_height;
  room = links_top - (links_height > 0 ? SECTION_GAP : 0) - top;

  /* Smaller text, and then no lines to write on, until it fits. */
  while ((body_height = build_body (handout, context, width, scale, with_lines)) > room)
    {
      if (scale > MIN_SCALE + 0.001)
        scale = MAX (MIN_SCALE, scale - 0.04);
      else if (with_lines)
        with_lines = FALSE, scale = 1;
      else
        break;
    }

  if (body_height <= room)
    {
      draw_body (handout, cr, left, top, right, top + room, scale, &n_questions);
    }
  else
    {
      /* Still too long: what fits, and a line that says so. */
      g_autoptr(PangoLayout) note = mbc_print_page_new_layout (context, MBC_PRINT_BODY_SIZE * scale,
                                                               TRUE, width);
      g_autofree char *text = NULL;
      double note_height, end;

      pango_layout_set_text (note, "M", -1);
      note_height = 2 * mbc_print_page_layout_height (note) + SECTION_GAP * scale;
      end = draw_body (handout, cr, left, top, right, top + room - note_height, scale,
                       &n_questions);
      text = dup_cut_note (handout, n_questions);
      pango_layout_set_text (note, text, -1);
      mbc_print_page_show_layout (cr, note, left, end + SECTION_GAP * scale, FALSE);
    }

  if (links_height > 0)
    {
      /* A rule sets the codes apart from the text above. */
      mbc_print_page_draw_rule (cr, left, right, links_top - SECTION_GAP / 2);
      draw_links (handout, context, cr, left, links_top, width, TRUE);
    }

  mbc_print_page_show_layout (cr, footer, left, footer_top, TRUE);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Handout           *handout)
{
  mbc_print_page_set_pdf_title (context, handout->title);
}

/* A handout about @site, or else about @list. */
static GtkPrintOperation *
new_operation (MbcContent        *content,
               MbcSite           *site,
               MbcMyQuestionList *list,
               const char        *title)
{
  GtkPrintOperation *operation = mbc_print_page_new_operation (title);
  Handout *handout = g_new0 (Handout, 1);

  handout->content = g_object_ref (content);
  g_set_object (&handout->site, site);
  g_set_object (&handout->list, list);
  handout->title = g_strdup (title);
  handout->links = g_ptr_array_new_with_free_func (link_free);
  handout->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  add_links (handout);
  g_object_set_data_full (G_OBJECT (operation), "mbc-handout", handout, handout_free);

  gtk_print_operation_set_n_pages (operation, 1);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), handout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), handout);

  return operation;
}

/**
 * mbc_handout_new_for_site:
 * @content: the content, for its help lines
 * @site: the site the page is about
 *
 * Returns: (transfer full): a print operation of one page: the site,
 *   its symptoms by how soon to get help, and the QR codes of the help
 *   lines
 */
GtkPrintOperation *
mbc_handout_new_for_site (MbcContent *content,
                          MbcSite    *site)
{
  g_return_val_if_fail (MBC_IS_CONTENT (content), NULL);
  g_return_val_if_fail (MBC_IS_SITE (site), NULL);

  return new_operation (content, site, NULL, mbc_site_get_name (site));
}

/**
 * mbc_handout_new_for_questions:
 * @content: the content, for its help lines
 * @list: the person's questions
 *
 * Returns: (transfer full): a print operation of one page: the
 *   questions with their answers, and the QR codes of the help lines
 */
GtkPrintOperation *
mbc_handout_new_for_questions (MbcContent      *content,
                               MbcMyQuestionList *list)
{
  g_return_val_if_fail (MBC_IS_CONTENT (content), NULL);
  g_return_val_if_fail (MBC_IS_MY_QUESTION_LIST (list), NULL);

  /* Translators: the title of the printed list of a person's own
   * questions, and of the copied text.
   */
  return new_operation (content, NULL, list, _("My Questions for My Visit"));
}
