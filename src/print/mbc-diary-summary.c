/* mbc-diary-summary.c: the diary on one page, for the next visit
 *
 * A care team has a few minutes with the page. So it is one page,
 * whatever the span: each sign with its first and last day, how often
 * and how bad, and a small chart; what the guide says about it, in the
 * sources' words; the person's notes; and the questions they still
 * want to ask. When that is more than a page holds, the page keeps the
 * signs the guide flags and the most urgent ones, the newest notes and
 * the first questions, and says how many more the diary holds; it
 * never runs over. It tells what the person wrote, and nothing more:
 * no reading of it, no guess at what comes next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mbc-diary-paper-chart.h"
#include "mbc-diary-summary-words.h"
#include "mbc-diary-summary.h"
#include "mbc-emergency-number.h"
#include "mbc-print-page.h"

/* Distances on the page, in points. */
#define TITLE_SIZE     18.0
#define HEADING_SIZE   12.5
#define SECTION_GAP    12.0
#define HEADING_GAP    3.0
#define ITEM_GAP       6.0
#define FOOTER_GAP     14.0
#define CHART_WIDTH    (42.0 * MBC_PRINT_MILLIMETRE)
#define CHART_HEIGHT   (11.0 * MBC_PRINT_MILLIMETRE)
#define CHART_GAP      (8.0 * MBC_PRINT_MILLIMETRE)
#define MARK_SIZE      8.0
#define MARK_GAP       5.0
#define SCALE_SIZE     6.0

/* How much of each thing a page shows at most. */
#define LABEL_LINES    4
/* A sign's own words, cut short before its tier so that the tier's
 * words are never the part cut off.
 */
#define LABEL_CHARS    110
#define NOTE_LINES     3
#define NOTE_CHARS     300
#define QUESTION_LINES 2
/* More than a page ever holds: the rest are only counted. */
#define MAX_LISTED     40

/* What the page keeps while it sums up the rest: notes go first, then
 * questions, then the least urgent signs.
 */
#define KEEP_NOTES     2
#define KEEP_QUESTIONS 3

typedef struct
{
  gint64  when;
  char   *label;
  char   *text;
} Note;

/* One sign as the page shows it: its words, its facts and the flags. */
typedef struct
{
  MbcDiarySign *sign;    /* of Summary.signs */
  PangoLayout  *title;
  PangoLayout  *facts;
  PangoLayout  *flags;   /* or NULL */
} Block;

/* What one print operation shows, taken when the operation is made so
 * that the page is the diary as it was when the person asked.
 */
struct _MbcDiarySummary
{
  GPtrArray *signs;       /* MbcDiarySign, flagged first */
  GPtrArray *notes;       /* Note, newest first */
  GPtrArray *questions;   /* char *, those not asked yet */
  gint64     from;
  gint64     to;
  char      *emergency_number;

  /* Made when the print begins. */
  GPtrArray *layouts;     /* to free */
  GArray    *blocks;
  GPtrArray *note_layouts;
  GPtrArray *question_layouts;
  PangoLayout *title;
  PangoLayout *span;
  PangoLayout *intro;
  PangoLayout *safety;
  guint      n_signs;     /* how many of each are shown */
  guint      n_notes;
  guint      n_questions;
  double     left;
  double     right;
  double     top;
  double     bottom;
  double     body_bottom;
};

typedef MbcDiarySummary Summary;

static void
note_free (gpointer data)
{
  Note *note = data;

  g_free (note->label);
  g_free (note->text);
  g_free (note);
}

void
mbc_diary_summary_free (MbcDiarySummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_pointer (&summary->signs, g_ptr_array_unref);
  g_clear_pointer (&summary->notes, g_ptr_array_unref);
  g_clear_pointer (&summary->questions, g_ptr_array_unref);
  g_clear_pointer (&summary->emergency_number, g_free);
  g_clear_pointer (&summary->layouts, g_ptr_array_unref);
  g_clear_pointer (&summary->blocks, g_array_unref);
  g_clear_pointer (&summary->note_layouts, g_ptr_array_unref);
  g_clear_pointer (&summary->question_layouts, g_ptr_array_unref);
  g_free (summary);
}

const char *
mbc_diary_summary_get_title (void)
{
  /* Translators: the title of the one-page summary of the symptom
   * diary that a person brings to a visit.
   */
  return _("My Symptom Diary");
}

/* The page first shows what the guide flags, most pressing first, and
 * then the rest in the diary's order (most urgent, then most recent).
 */
static int
flag_rank (MbcDiaryFlags flags)
{
  if (flags & MBC_DIARY_FLAG_EMERGENCY)
    return 0;
  if (flags & MBC_DIARY_FLAG_WORSE)
    return 1;
  if (flags & MBC_DIARY_FLAG_TWO_WEEKS)
    return 2;
  return 3;
}

static int
compare_flags (gconstpointer a,
               gconstpointer b)
{
  const MbcDiarySign *sa = *(const MbcDiarySign **) a;
  const MbcDiarySign *sb = *(const MbcDiarySign **) b;

  /* g_ptr_array_sort() is stable: signs of one rank keep their order. */
  return flag_rank (sa->flags) - flag_rank (sb->flags);
}

static int
compare_notes_newest_first (gconstpointer a,
                            gconstpointer b)
{
  const Note *na = *(const Note **) a;
  const Note *nb = *(const Note **) b;

  return na->when < nb->when ? 1 : na->when > nb->when ? -1 : 0;
}

static GPtrArray *
collect_notes (GPtrArray *signs)
{
  GPtrArray *notes = g_ptr_array_new_with_free_func (note_free);

  for (guint i = 0; i < signs->len; i++)
    {
      MbcDiarySign *sign = g_ptr_array_index (signs, i);

      for (guint j = 0; sign->entries != NULL && j < sign->entries->len; j++)
        {
          MbcDiaryEntry *entry = g_ptr_array_index (sign->entries, j);
          const char *text = mbc_diary_entry_get_note (entry);
          Note *note;

          if (text == NULL || *text == '\0')
            continue;

          note = g_new0 (Note, 1);
          note->when = mbc_diary_entry_get_when (entry);
          note->label = g_strdup (sign->label != NULL ? sign->label : "");
          note->text = g_strdup (text);
          g_ptr_array_add (notes, note);
        }
    }
  g_ptr_array_sort (notes, compare_notes_newest_first);

  return notes;
}

static GPtrArray *
collect_questions (MbcMyQuestionList *list)
{
  GPtrArray *questions = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(MbcMyQuestion) question = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (!mbc_my_question_get_asked (question))
        g_ptr_array_add (questions, g_strdup (mbc_my_question_get_text (question)));
    }

  return questions;
}

/**
 * mbc_diary_summary_new:
 * @diary: the diary
 * @questions: (nullable): the person's questions; those not asked yet
 *   come after the diary
 * @from: the span's first moment (Unix time), or 0 for all of the diary
 * @to: its last moment
 *
 * Takes what the page shows from @diary and @questions now.
 *
 * Returns: (transfer full): the summary
 */
MbcDiarySummary *
mbc_diary_summary_new (MbcDiary          *diary,
                       MbcMyQuestionList *questions,
                       gint64             from,
                       gint64             to)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  Summary *summary;

  g_return_val_if_fail (MBC_IS_DIARY (diary), NULL);
  g_return_val_if_fail (questions == NULL || MBC_IS_MY_QUESTION_LIST (questions), NULL);
  g_return_val_if_fail (from <= to, NULL);

  summary = g_new0 (Summary, 1);
  summary->signs = mbc_diary_dup_signs (diary, from, to);
  g_ptr_array_sort (summary->signs, compare_flags);
  summary->notes = collect_notes (summary->signs);
  summary->questions = collect_questions (questions);
  summary->emergency_number = mbc_emergency_number_dup (settings);

  /* "All of the diary" is told from its first entry; an end past
   * today, up to today.
   */
  summary->from = from;
  summary->to = to;
  for (guint i = 0; from <= 0 && i < summary->signs->len; i++)
    {
      MbcDiarySign *sign = g_ptr_array_index (summary->signs, i);

      summary->from = i == 0 ? sign->first : MIN (summary->from, sign->first);
    }
  {
    gint64 latest = g_get_real_time () / G_USEC_PER_SEC;

    for (guint i = 0; i < summary->signs->len; i++)
      latest = MAX (latest, ((MbcDiarySign *) g_ptr_array_index (summary->signs, i))->last);
    summary->to = MIN (to, latest);
    summary->from = MIN (summary->from, summary->to);
  }

  summary->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  summary->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  summary->note_layouts = g_ptr_array_new ();
  summary->question_layouts = g_ptr_array_new ();

  return summary;
}

/* Layouts */

static PangoLayout *
add_layout (Summary         *summary,
            GtkPrintContext *context,
            double           size,
            gboolean         bold,
            double           width,
            int              max_lines)
{
  PangoLayout *layout = mbc_print_page_new_layout (context, size, bold, width);

  if (max_lines > 0)
    {
      /* A long text ends in "…" rather than taking the page. */
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  g_ptr_array_add (summary->layouts, layout);

  return layout;
}

static void
make_blocks (Summary         *summary,
             GtkPrintContext *context)
{
  double text_width = summary->right - summary->left - MARK_SIZE - MARK_GAP -
                      CHART_WIDTH - CHART_GAP;

  for (guint i = 0; i < MIN (summary->signs->len, MAX_LISTED); i++)
    {
      MbcDiarySign *sign = g_ptr_array_index (summary->signs, i);
      g_autofree char *markup = NULL;
      g_autofree char *facts = mbc_diary_summary_dup_facts (sign);
      g_autofree char *flags = mbc_diary_summary_dup_flags (sign, summary->emergency_number);
      const char *label = mbc_diary_summary_sign_label (sign);
      g_autofree char *short_label = NULL;
      Block block = { sign };

      if (g_utf8_strlen (label, -1) > LABEL_CHARS)
        {
          g_autofree char *cut = g_utf8_substring (label, 0, LABEL_CHARS - 1);

          short_label = g_strconcat (g_strstrip (cut), "…", NULL);
          label = short_label;
        }
      markup = g_markup_printf_escaped ("<b>%s</b> — %s", label, mbc_diary_summary_tier_words (sign));
      block.title = add_layout (summary, context, MBC_PRINT_BODY_SIZE, FALSE, text_width, LABEL_LINES);
      pango_layout_set_markup (block.title, markup, -1);

      block.facts = add_layout (summary, context, MBC_PRINT_SMALL_SIZE, FALSE, text_width, 0);
      pango_layout_set_text (block.facts, facts, -1);

      if (flags != NULL)
        {
          block.flags = add_layout (summary, context, MBC_PRINT_SMALL_SIZE, TRUE, text_width, 0);
          pango_layout_set_text (block.flags, flags, -1);
        }

      g_array_append_val (summary->blocks, block);
    }
}

/* A note as the page shows it: on one run of lines, cut short. */
static char *
dup_note_markup (Note *note)
{
  g_autofree char *day = mbc_diary_summary_dup_day (note->when);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean space = FALSE;
  guint n = 0;

  for (const char *p = note->text; *p != '\0' && n < NOTE_CHARS; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = text->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (text, ' ');
      space = FALSE;
      g_string_append_unichar (text, c);
    }
  if (n == NOTE_CHARS)
    g_string_append (text, "…");

  return g_markup_printf_escaped ("<b>%s · %s:</b> %s", day, note->label, text->str);
}

static void
make_lists (Summary         *summary,
            GtkPrintContext *context)
{
  double width = summary->right - summary->left;

  for (guint i = 0; i < MIN (summary->notes->len, MAX_LISTED); i++)
    {
      g_autofree char *markup = dup_note_markup (g_ptr_array_index (summary->notes, i));
      PangoLayout *layout = add_layout (summary, context, MBC_PRINT_SMALL_SIZE, FALSE, width,
                                        NOTE_LINES);

      pango_layout_set_markup (layout, markup, -1);
      g_ptr_array_add (summary->note_layouts, layout);
    }

  for (guint i = 0; i < MIN (summary->questions->len, MAX_LISTED); i++)
    {
      g_autofree char *text = g_strdup_printf ("%u. %s", i + 1,
                                               (char *) g_ptr_array_index (summary->questions, i));
      PangoLayout *layout = add_layout (summary, context, MBC_PRINT_BODY_SIZE, FALSE, width,
                                        QUESTION_LINES);

      pango_layout_set_text (layout, text, -1);
      g_ptr_array_add (summary->question_layouts, layout);
    }
}


/* Placing: the same walk down the page measures it (no @cr) and draws
 * it, so that what was measured is what is drawn.
 */

typedef struct
{
  Summary         *summary;
  GtkPrintContext *context;
  cairo_t         *cr;      /* NULL to measure */
  double           y;
} Pen;

static void
pen_show (Pen         *pen,
          PangoLayout *layout,
          double       x,
          double       space_before,
          gboolean     muted)
{
  pen->y += space_before;
  if (pen->cr != NULL)
    mbc_print_page_show_layout (pen->cr, layout, x, pen->y, muted);
  pen->y += mbc_print_page_layout_height (layout);
}

static void
pen_show_text (Pen        *pen,
               double      size,
               gboolean    bold,
               const char *text,
               double      space_before,
               gboolean    muted)
{
  Summary *summary = pen->summary;
  g_autoptr(PangoLayout) layout = mbc_print_page_new_layout (pen->context, size, bold,
                                                             summary->right - summary->left);

  pango_layout_set_text (layout, text, -1);
  pen_show (pen, layout, summary->left, space_before, muted);
}

/* "10" at the top of the chart and "0" at its foot, in the gap beside it. */
static void
draw_scale (Pen    *pen,
            double  chart_x,
            double  chart_y)
{
  const char *marks[] = { "10", "0" };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      g_autoptr(PangoLayout) layout = mbc_print_page_new_layout (pen->context, SCALE_SIZE, FALSE, -1);
      double height;

      pango_layout_set_text (layout, marks[i], -1);
      height = mbc_print_page_layout_height (layout);
      mbc_print_page_show_layout (pen->cr, layout,
                                  chart_x - 2 - mbc_print_page_layout_width (layout),
                                  chart_y + i * CHART_HEIGHT - height / 2, TRUE);
    }
}

static void
place_block (Pen   *pen,
             Block *block)
{
  Summary *summary = pen->summary;
  double top = pen->y;
  double x = summary->left + MARK_SIZE + MARK_GAP;
  double chart_x = summary->right - CHART_WIDTH;
  double chart_y = top + SCALE_SIZE / 2;

  pen_show (pen, block->title, x, 0, FALSE);
  pen_show (pen, block->facts, x, 1, FALSE);
  if (block->flags != NULL)
    pen_show (pen, block->flags, x, 2, FALSE);

  if (pen->cr != NULL)
    {
      double baseline = pango_units_to_double (pango_layout_get_baseline (block->title));

      mbc_diary_paper_chart_draw_mark (pen->cr, block->sign->urgency, summary->left,
                                 top + baseline - MARK_SIZE, MARK_SIZE);
      mbc_diary_paper_chart_draw (pen->cr, block->sign, summary->from, summary->to,
                            chart_x, chart_y, CHART_WIDTH, CHART_HEIGHT);
      draw_scale (pen, chart_x, chart_y);
    }

  pen->y = MAX (pen->y, chart_y + CHART_HEIGHT + SCALE_SIZE / 2);
}

static void
place_more (Pen                 *pen,
            MbcDiarySummaryMore  what,
            guint  shown,
            guint  total)
{
  g_autofree char *text = NULL;

  if (shown >= total)
    return;

  text = mbc_diary_summary_dup_more (what, shown, total - shown);
  pen_show_text (pen, MBC_PRINT_SMALL_SIZE, FALSE, text, ITEM_GAP, TRUE);
}

/* Returns where the body ends. */
static double
place (Summary         *summary,
       GtkPrintContext *context,
       cairo_t         *cr)
{
  Pen pen = { summary, context, cr, summary->top };

  pen_show (&pen, summary->title, summary->left, 0, FALSE);
  pen_show (&pen, summary->span, summary->left, 2, FALSE);
  pen_show (&pen, summary->intro, summary->left, 2, TRUE);

  /* Translators: a heading of the diary's printed summary. */
  pen_show_text (&pen, HEADING_SIZE, TRUE, _("What I recorded"), SECTION_GAP, FALSE);
  if (summary->signs->len == 0)
    pen_show_text (&pen, MBC_PRINT_BODY_SIZE, FALSE,
                   _("Nothing was written in the diary in this time."), HEADING_GAP, FALSE);
  for (guint i = 0; i < summary->n_signs; i++)
    {
      pen.y += i == 0 ? HEADING_GAP : ITEM_GAP;
      if (i > 0 && cr != NULL)
        mbc_print_page_draw_rule (cr, summary->left, summary->right, pen.y - ITEM_GAP / 2);
      place_block (&pen, &g_array_index (summary->blocks, Block, i));
    }
  place_more (&pen, MBC_DIARY_SUMMARY_MORE_SIGNS, summary->n_signs, summary->signs->len);

  if (summary->notes->len > 0)
    {
      /* Translators: a heading of the diary's printed summary. */
      pen_show_text (&pen, HEADING_SIZE, TRUE, _("My notes"), SECTION_GAP, FALSE);
      for (guint i = 0; i < summary->n_notes; i++)
        pen_show (&pen, g_ptr_array_index (summary->note_layouts, i), summary->left,
                  i == 0 ? HEADING_GAP : 2, FALSE);
      place_more (&pen, MBC_DIARY_SUMMARY_MORE_NOTES, summary->n_notes, summary->notes->len);
    }

  if (summary->questions->len > 0)
    {
      /* Translators: a heading of the diary's printed summary: the
       * person's questions not asked yet.
       */
      pen_show_text (&pen, HEADING_SIZE, TRUE, _("My Questions"), SECTION_GAP, FALSE);
      for (guint i = 0; i < summary->n_questions; i++)
        pen_show (&pen, g_ptr_array_index (summary->question_layouts, i), summary->left,
                  i == 0 ? HEADING_GAP : 2, FALSE);
      place_more (&pen, MBC_DIARY_SUMMARY_MORE_QUESTIONS, summary->n_questions, summary->questions->len);
    }

  return pen.y;
}

/* Sums up until the page holds it: the older notes go first, then the
 * questions after the first few, then the signs at the end (neither
 * flagged nor urgent), then the rest of the notes and questions.
 */
static void
fit (Summary         *summary,
     GtkPrintContext *context)
{
  while (place (summary, context, NULL) > summary->body_bottom)
    {
      if (summary->n_notes > KEEP_NOTES)
        summary->n_notes--;
      else if (summary->n_questions > KEEP_QUESTIONS)
        summary->n_questions--;
      else if (summary->n_signs > 1)
        summary->n_signs--;
      else if (summary->n_notes > 0)
        summary->n_notes--;
      else if (summary->n_questions > 0)
        summary->n_questions--;
      else
        /* One sign alone, cut to its lines: drawn clipped to the body. */
        break;
    }
}

static char *
dup_span_text (Summary *summary)
{
  g_autofree char *from = mbc_diary_summary_dup_day (summary->from);
  g_autofree char *to = mbc_diary_summary_dup_day (summary->to);

  if (g_strcmp0 (from, to) == 0)
    return g_steal_pointer (&from);

  /* Translators: under the title of the diary's printed summary: the
   * span it covers; %1$s and %2$s are dates.
   */
  return g_strdup_printf (_("From %1$s to %2$s"), from, to);
}

/**
 * mbc_diary_summary_begin:
 * @summary: the summary
 * @context: the context of a print that begins
 *
 * Lays the page out on the paper of @context, summing up what does not
 * fit.
 */
void
mbc_diary_summary_begin (MbcDiarySummary *summary,
                         GtkPrintContext *context)
{
  g_autofree char *span = dup_span_text (summary);
  g_autofree char *today = mbc_print_page_dup_today ();
  g_autofree char *intro = NULL;
  double width;

  g_ptr_array_set_size (summary->layouts, 0);
  g_array_set_size (summary->blocks, 0);
  g_ptr_array_set_size (summary->note_layouts, 0);
  g_ptr_array_set_size (summary->question_layouts, 0);

  mbc_print_page_get_edges (context, &summary->left, &summary->top, &summary->right,
                            &summary->bottom);
  width = summary->right - summary->left;

  summary->safety = mbc_print_page_new_safety_line (context, width);
  g_ptr_array_add (summary->layouts, summary->safety);
  summary->body_bottom = summary->bottom - mbc_print_page_layout_height (summary->safety) -
                         FOOTER_GAP;

  summary->title = add_layout (summary, context, TITLE_SIZE, TRUE, width, 0);
  pango_layout_set_text (summary->title, mbc_diary_summary_get_title (), -1);
  summary->span = add_layout (summary, context, MBC_PRINT_BODY_SIZE, TRUE, width, 0);
  pango_layout_set_text (summary->span, span, -1);
  /* Translators: under the title of the diary's printed summary; %s is
   * today's date.
   */
  intro = g_strdup_printf (_("What I wrote in my diary, to go over with my care team. "
                             "Printed on %s."), today);
  summary->intro = add_layout (summary, context, MBC_PRINT_SMALL_SIZE, FALSE, width, 0);
  pango_layout_set_text (summary->intro, intro, -1);

  make_blocks (summary, context);
  make_lists (summary, context);
  summary->n_signs = summary->blocks->len;
  summary->n_notes = summary->note_layouts->len;
  summary->n_questions = summary->question_layouts->len;
  fit (summary, context);
}

/**
 * mbc_diary_summary_draw:
 * @summary: a summary that has begun on @context
 * @context: the print context
 *
 * Draws the page.
 */
void
mbc_diary_summary_draw (MbcDiarySummary *summary,
                        GtkPrintContext *context)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double footer_top = summary->bottom - mbc_print_page_layout_height (summary->safety);

  /* Nothing runs into the foot of the page, whatever was summed up. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, gtk_print_context_get_width (context), summary->body_bottom);
  cairo_clip (cr);
  place (summary, context, cr);
  cairo_restore (cr);

  mbc_print_page_draw_rule (cr, summary->left, summary->right, footer_top - FOOTER_GAP / 2);
  mbc_print_page_show_layout (cr, summary->safety, summary->left, footer_top, TRUE);
}
