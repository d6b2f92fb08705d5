/* mbc-questions-print.c: a person's questions on paper
 *
 * The list a person takes to a visit, printed, saved as a PDF or copied
 * as plain text. On paper each question has room under it to write the
 * answer down, and every page carries the guide's safety line and its
 * page number, since a sheet is often read apart from the others.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mbc-print-page.h"
#include "mbc-questions-print.h"

/* Distances on the page, in points. */
#define WRITING_LINE  26.0  /* the height of a line of handwriting */
#define QUESTION_GAP  14.0
#define ANSWER_GAP    4.0
#define NUMBER_GAP    6.0
#define FOOTER_GAP    14.0

/* Lines to write on: more where nothing is written yet. */
#define LINES_UNANSWERED  4
#define LINES_ANSWERED    2
#define LINES_EMPTY_LIST  16

#define TITLE_SIZE   18.0

/* One line on the page: a line of text of a layout, or a line to write
 * on. The pages are made by placing these one after the other.
 */
typedef struct
{
  PangoLayout *layout;          /* NULL for a line to write on */
  int          line;            /* which line of @layout */
  PangoLayout *number;          /* the question's number, beside its first line */
  double       x;               /* from the left edge of the text */
  double       height;
  double       baseline;        /* from the top of the row */
  double       space_before;    /* left out at the top of a page */
  gboolean     keep_with_next;  /* it goes over to a new page with the next row */

  /* Where the pages put it. */
  int          page;
  double       y;
} Row;

/* What one print operation draws, made when it begins. */
typedef struct
{
  MbcMyQuestionList *list;

  GPtrArray       *layouts;
  GArray          *rows;
  PangoLayout     *safety;
  int              n_pages;

  /* The text's edges, from the top left corner of the paper. */
  double           left;
  double           right;
  double           top;
  double           bottom;
  double           body_bottom;
} Sheet;

/* The settings of the last print, so that a second print starts with
 * the printer and paper the person chose for the first.
 */
static GtkPrintSettings *last_settings;

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_clear_object (&sheet->list);
  g_clear_pointer (&sheet->layouts, g_ptr_array_unref);
  g_clear_pointer (&sheet->rows, g_array_unref);
  g_free (sheet);
}

static const char *
title_text (void)
{
  /* Translators: the title of the printed list of a person's own
   * questions, and of the copied text.
   */
  return _("My Questions for My Visit");
}

static const char *
asked_text (void)
{
  /* Translators: after a question on the printed or copied list, when
   * the person has ticked it as asked; a tick mark comes before it.
   */
  return _("(asked)");
}

static const char *
empty_list_text (void)
{
  return _("No questions yet. Write yours on the lines below.");
}

/* A layout that lives as long as the sheet, since the rows that show
 * its lines are drawn page by page.
 */
static PangoLayout *
add_layout (Sheet           *sheet,
            GtkPrintContext *context,
            double           size,
            gboolean         bold,
            double           width)
{
  PangoLayout *layout = mbc_print_page_new_layout (context, size, bold, width);

  g_ptr_array_add (sheet->layouts, layout);

  return layout;
}

/* A row for each line of @layout, so that a long answer can go on to
 * the next page between any two of its lines.
 */
static void
add_text_rows (Sheet       *sheet,
               PangoLayout *layout,
               PangoLayout *number,
               double       x,
               double       space_before,
               gboolean     keep_with_next)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int line = 0;

  do
    {
      Row row = { 0 };
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      row.layout = layout;
      row.line = line;
      row.number = line == 0 ? number : NULL;
      row.x = x;
      row.height = pango_units_to_double (bottom - top);
      row.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter) - top);
      row.space_before = line == 0 ? space_before : 0;
      row.keep_with_next = keep_with_next;
      g_array_append_val (sheet->rows, row);
      line++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
add_writing_rows (Sheet  *sheet,
                  double  x,
                  guint   n_lines,
                  double  space_before)
{
  for (guint i = 0; i < n_lines; i++)
    {
      Row row = { 0 };

      row.x = x;
      row.height = WRITING_LINE;
      row.space_before = i == 0 ? space_before : 0;
      /* The lines go together: one alone at the top of a page would
       * seem to belong to the question above it there.
       */
      row.keep_with_next = i + 1 < n_lines;
      g_array_append_val (sheet->rows, row);
    }
}

static char *
dup_question_markup (MbcMyQuestion *question)
{
  g_autofree char *text = g_markup_escape_text (mbc_my_question_get_text (question), -1);
  g_autofree char *mark = NULL;
  g_autofree char *asked = NULL;

  if (!mbc_my_question_get_asked (question))
    return g_strdup_printf ("<b>%s</b>", text);

  mark = g_strconcat ("✓ ", asked_text (), NULL);
  asked = mbc_print_page_dup_muted_markup (mark);
  return g_strdup_printf ("<b>%s</b>  %s", text, asked);
}

/* The answer as it is shown: without the blank lines and spaces a
 * person may leave at its end.
 */
static char *
dup_answer (MbcMyQuestion *question)
{
  char *answer = g_strdup (mbc_my_question_get_answer (question));

  return g_strchomp (answer);
}

static void
add_question_rows (Sheet           *sheet,
                   GtkPrintContext *context,
                   MbcMyQuestion   *question,
                   guint            position,
                   double           indent)
{
  double width = sheet->right - sheet->left;
  g_autofree char *markup = dup_question_markup (question);
  g_autofree char *number_text = g_strdup_printf ("%u.", position + 1);
  g_autofree char *answer = dup_answer (question);
  PangoLayout *number;
  PangoLayout *text;

  number = add_layout (sheet, context, MBC_PRINT_BODY_SIZE, TRUE, indent);
  pango_layout_set_text (number, number_text, -1);
  text = add_layout (sheet, context, MBC_PRINT_BODY_SIZE, FALSE, width - indent);
  pango_layout_set_markup (text, markup, -1);
  add_text_rows (sheet, text, number, indent, QUESTION_GAP, TRUE);

  if (*answer != '\0')
    {
      PangoLayout *layout = add_layout (sheet, context, MBC_PRINT_BODY_SIZE, FALSE, width - indent);

      pango_layout_set_text (layout, answer, -1);
      add_text_rows (sheet, layout, NULL, indent, ANSWER_GAP, FALSE);
      /* The answer's end leads to the lines under it. */
      g_array_index (sheet->rows, Row, sheet->rows->len - 1).keep_with_next = TRUE;
      add_writing_rows (sheet, indent, LINES_ANSWERED, 0);
    }
  else
    {
      add_writing_rows (sheet, indent, LINES_UNANSWERED, 0);
    }
}

/* Places the rows on pages, in order. A row that must stay with the
 * next goes over to a new page with it: so a question is never cut off
 * from the first line of its answer, nor the lines to write on from
 * each other and from the end of the answer above them. A long answer
 * may still break between any two of its lines.
 */
static void
paginate (Sheet *sheet)
{
  int page = 0;
  double y = sheet->top;

  for (guint i = 0; i < sheet->rows->len; i++)
    {
      Row *row = &g_array_index (sheet->rows, Row, i);
      gboolean at_top = y <= sheet->top;
      double before = at_top ? 0 : row->space_before;
      double needed = before + row->height;

      for (guint j = i; j + 1 < sheet->rows->len; j++)
        {
          Row *next = &g_array_index (sheet->rows, Row, j + 1);

          if (!g_array_index (sheet->rows, Row, j).keep_with_next)
            break;
          needed += next->space_before + next->height;
        }

      if (!at_top && y + needed > sheet->body_bottom)
        {
          page++;
          y = sheet->top;
          before = 0;
        }

      row->page = page;
      row->y = y + before;
      y = row->y + row->height;
    }

  sheet->n_pages = page + 1;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Sheet             *sheet)
{
  guint n_questions = g_list_model_get_n_items (G_LIST_MODEL (sheet->list));
  g_autofree char *today = mbc_print_page_dup_today ();
  g_autofree char *today_markup = NULL;
  g_autofree char *widest_number = NULL;
  PangoLayout *layout;
  double width;
  double indent;
  double footer_height;

  g_ptr_array_set_size (sheet->layouts, 0);
  g_array_set_size (sheet->rows, 0);

  mbc_print_page_get_edges (context, &sheet->left, &sheet->top, &sheet->right, &sheet->bottom);
  width = sheet->right - sheet->left;

  /* The foot of each page: the safety line, and the page number under it. */
  sheet->safety = mbc_print_page_new_safety_line (context, width);
  g_ptr_array_add (sheet->layouts, sheet->safety);
  footer_height = 2 * mbc_print_page_layout_height (sheet->safety);
  sheet->body_bottom = sheet->bottom - footer_height - FOOTER_GAP;

  layout = add_layout (sheet, context, TITLE_SIZE, TRUE, width);
  pango_layout_set_text (layout, title_text (), -1);
  add_text_rows (sheet, layout, NULL, 0, 0, FALSE);

  today_markup = mbc_print_page_dup_muted_markup (today);
  layout = add_layout (sheet, context, MBC_PRINT_BODY_SIZE, FALSE, width);
  pango_layout_set_markup (layout, today_markup, -1);
  add_text_rows (sheet, layout, NULL, 0, ANSWER_GAP, FALSE);

  if (n_questions == 0)
    {
      /* A sheet to write questions on by hand. */
      layout = add_layout (sheet, context, MBC_PRINT_BODY_SIZE, FALSE, width);
      pango_layout_set_text (layout, empty_list_text (), -1);
      add_text_rows (sheet, layout, NULL, 0, QUESTION_GAP, TRUE);
      add_writing_rows (sheet, 0, LINES_EMPTY_LIST, 0);
    }

  /* The numbers stand in a column as wide as the widest of them. */
  widest_number = g_strdup_printf ("%u.", MAX (n_questions, 1));
  layout = add_layout (sheet, context, MBC_PRINT_BODY_SIZE, TRUE, -1);
  pango_layout_set_text (layout, widest_number, -1);
  indent = mbc_print_page_layout_width (layout) + NUMBER_GAP;

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(MbcMyQuestion) question = g_list_model_get_item (G_LIST_MODEL (sheet->list), i);

      add_question_rows (sheet, context, question, i, indent);
    }

  paginate (sheet);
  gtk_print_operation_set_n_pages (operation, sheet->n_pages);
  mbc_print_page_set_pdf_title (context, title_text ());
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              Sheet             *sheet)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = sheet->right - sheet->left;
  g_autoptr(PangoLayout) page_number = NULL;
  g_autofree char *page_text = NULL;
  double safety_height;
  double footer_top;

  for (guint i = 0; i < sheet->rows->len; i++)
    {
      const Row *row = &g_array_index (sheet->rows, Row, i);
      double x = sheet->left + row->x;

      if (row->page != page_nr)
        continue;

      if (row->layout == NULL)
        {
          /* The line sits a little above the row's foot, as on
           * ruled paper, so that descenders have room.
           */
          mbc_print_page_draw_rule (cr, x, sheet->right, row->y + row->height - 4);
          continue;
        }

      cairo_set_source_rgb (cr, 0, 0, 0);
      if (row->number != NULL)
        {
          cairo_move_to (cr, sheet->left, row->y + row->baseline);
          pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (row->number, 0));
        }
      cairo_move_to (cr, x, row->y + row->baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (row->layout, row->line));
    }

  /* Translators: at the foot of each printed page: %1$d is the page's
   * number, %2$d how many pages there are.
   */
  page_text = g_strdup_printf (_("Page %1$d of %2$d"), page_nr + 1, sheet->n_pages);
  page_number = mbc_print_page_new_layout (context, MBC_PRINT_SMALL_SIZE, FALSE, width);
  pango_layout_set_alignment (page_number, PANGO_ALIGN_CENTER);
  pango_layout_set_text (page_number, page_text, -1);
  safety_height = mbc_print_page_layout_height (sheet->safety);
  footer_top = sheet->bottom - 2 * safety_height;

  mbc_print_page_draw_rule (cr, sheet->left, sheet->right, footer_top - FOOTER_GAP / 2);
  mbc_print_page_show_layout (cr, sheet->safety, sheet->left, footer_top, TRUE);
  mbc_print_page_show_layout (cr, page_number, sheet->left, footer_top + safety_height, TRUE);
}

static GtkPrintOperation *
new_operation (MbcMyQuestionList *list)
{
  GtkPrintOperation *operation = mbc_print_page_new_operation (title_text ());
  Sheet *sheet = g_new0 (Sheet, 1);

  sheet->list = g_object_ref (list);
  sheet->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  sheet->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_object_set_data_full (G_OBJECT (operation), "mbc-sheet", sheet, sheet_free);

  /* The person may choose other paper in the print dialog, for a list
   * that runs over as many pages as it needs.
   */
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), sheet);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), sheet);

  return operation;
}

/* The next print starts with the printer and paper of this one. */
static void
remember_settings (GtkPrintOperation *operation,
                   GtkWidget         *parent)
{
  g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
}

/**
 * mbc_questions_print_run:
 * @list: the questions
 * @parent: (nullable): the window the print dialog belongs to
 *
 * Shows the print dialog, and prints @list as the person asks. It
 * returns at once; an error while printing is shown to the person in a
 * dialog of its own.
 */
void
mbc_questions_print_run (MbcMyQuestionList *list,
                         GtkWindow       *parent)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_if_fail (MBC_IS_MY_QUESTION_LIST (list));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  operation = new_operation (list);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);
  gtk_print_operation_set_allow_async (operation, TRUE);
  mbc_print_page_connect_done (operation, GTK_WIDGET (parent),
                               _("Your Questions Could Not Be Printed"), remember_settings);

  /* Errors arrive at "done", whether the dialog was shown or not; GTK
   * keeps the operation until then.
   */
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
}

/**
 * mbc_questions_print_export_pdf:
 * @list: the questions
 * @parent: (nullable): the window the export is for
 * @path: where to write the PDF file; a file that is there is replaced
 * @error: where to put the reason when it cannot be written
 *
 * Writes the pages that mbc_questions_print_run() prints as a PDF file,
 * with no dialog.
 *
 * Returns: whether the file was written
 */
gboolean
mbc_questions_print_export_pdf (MbcMyQuestionList  *list,
                                GtkWindow        *parent,
                                const char       *path,
                                GError          **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) probe = NULL;
  g_autoptr(GError) print_error = NULL;

  g_return_val_if_fail (MBC_IS_MY_QUESTION_LIST (list), FALSE);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Cairo says only that it could not write; GIO says why (no such
   * folder, no permission), in the person's language.
   */
  file = g_file_new_for_path (path);
  probe = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (probe == NULL || !g_output_stream_close (G_OUTPUT_STREAM (probe), NULL, error))
    return FALSE;

  operation = new_operation (list);
  gtk_print_operation_set_export_filename (operation, path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                               parent, &print_error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *name = g_filename_display_name (path);

      /* Not to leave a broken file behind. */
      g_unlink (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %1$s is a file's name, %2$s says what went wrong. */
                   _("“%1$s” could not be written: %2$s"),
                   name, print_error != NULL ? print_error->message : "");
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_pdf (GtkWindow   *parent,
           const char  *path,
           gpointer     data,
           GError     **error)
{
  return mbc_questions_print_export_pdf (MBC_MY_QUESTION_LIST (data), parent, path, error);
}

/**
 * mbc_questions_print_save_pdf:
 * @list: the questions
 * @parent: (nullable): the window the file chooser belongs to
 *
 * Asks where to save @list as a PDF, suggesting a name with today's
 * date, and writes it there. It returns at once; if the file cannot be
 * written, the person is told why in a dialog on @parent.
 */
void
mbc_questions_print_save_pdf (MbcMyQuestionList *list,
                              GtkWindow       *parent)
{
  g_autofree char *day = mbc_print_page_dup_file_day ();
  g_autofree char *name = NULL;

  g_return_if_fail (MBC_IS_MY_QUESTION_LIST (list));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  /* Translators: the name suggested for the saved file: keep it short,
   * in lower case with no spaces, and end it with ".pdf"; %s is the
   * date, such as 2026-11-22.
   */
  name = g_strdup_printf (_("my-questions-%s.pdf"), day);
  mbc_print_page_save_pdf (parent, _("Save Your Questions as a PDF"), name,
                           _("Your Questions Could Not Be Saved as a PDF"),
                           write_pdf, g_object_ref (list), g_object_unref);
}
