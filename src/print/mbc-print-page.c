/* mbc-print-page.c: what every printed page of the guide has in common
 *
 * The one page a person takes home from a workstation and the pages of
 * their questions are read side by side, at home or in a waiting room:
 * they share one paper, one margin, one grey and one way of saying that
 * something went wrong, so that they look like two pages of one guide.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "mbc-accessible.h"
#include "mbc-date.h"
#include "mbc-emergency-number.h"
#include "mbc-print-page.h"

/* Wide enough for a thumb holding the sheet and for a printer that
 * cannot print near the edge, and narrow enough that a handout's codes
 * and text still fit on one page at a size a tired reader can read.
 */
#define MARGIN  (15.0 * MBC_PRINT_MILLIMETRE)

/* The grey of dates, marks and footers, dark enough for a tired reader
 * and a cheap printer: for cairo, and the same grey for Pango markup.
 */
#define MUTED_GREY    0.30
#define MUTED_MARKUP  "#4d4d4d"

/* Lines to write on and rules are lighter than text, so that what a
 * person writes over them stands out.
 */
#define LINE_GREY     0.60
#define LINE_WIDTH    0.6

/* Letter is the paper of the Americas' letter countries; the rest of
 * the world uses A4.
 */
static const char * const letter_regions[] = {
  "US", "CA", "MX", "PR", "DO", "GT", "SV", "NI", "CR", "PA", "CO", "VE", "CL", "BO", "PH",
};

/* "es_MX.UTF-8" → "MX"; NULL for "C", "POSIX" or "C.UTF-8". */
static char *
dup_locale_region (const char *locale)
{
  const char *start = strchr (locale, '_');

  if (start == NULL)
    return NULL;

  start++;
  return g_strndup (start, strcspn (start, ".@"));
}

/**
 * mbc_print_page_dup_paper_size:
 *
 * The paper every printout goes on at first: US Letter where the region
 * of the locale uses it, A4 in other regions, and GTK's default when
 * the locale names no region (the C locale). The locale is read as the
 * C library reads it for paper: LC_ALL, then LC_PAPER, then LANG. The
 * guide's own language does not count: a Spanish reader in Mexico and
 * one in Spain buy different paper.
 *
 * Returns: (transfer full): a paper size; free it with gtk_paper_size_free()
 */
GtkPaperSize *
mbc_print_page_dup_paper_size (void)
{
  static const char *variables[] = { "LC_ALL", "LC_PAPER", "LANG" };
  g_autofree char *region = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        {
          region = dup_locale_region (value);
          break;
        }
    }

  if (region == NULL || *region == '\0')
    return gtk_paper_size_new (gtk_paper_size_get_default ());

  for (guint i = 0; i < G_N_ELEMENTS (letter_regions); i++)
    if (g_ascii_strcasecmp (region, letter_regions[i]) == 0)
      return gtk_paper_size_new (GTK_PAPER_NAME_LETTER);

  return gtk_paper_size_new (GTK_PAPER_NAME_A4);
}

/**
 * mbc_print_page_new_operation:
 * @title: the printout's title, as the print queue shows it
 *
 * Returns: (transfer full): a print operation on the paper of
 *   mbc_print_page_dup_paper_size(), measured in points from the corner
 *   of the paper, for mbc_print_page_get_edges() to place the text
 */
GtkPrintOperation *
mbc_print_page_new_operation (const char *title)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = mbc_print_page_dup_paper_size ();

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The margins are ours, at least as wide as the printer needs. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, title);

  return operation;
}

/**
 * mbc_print_page_get_edges:
 * @context: the context of an operation from mbc_print_page_new_operation()
 * @left: (out): where the text begins, from the left edge of the paper
 * @top: (out): where the text begins, from the top edge
 * @right: (out): where the text ends, from the left edge
 * @bottom: (out): where the text ends, from the top edge
 *
 * The edges of the text: the guide's margin, or the printer's where it
 * cannot print so near the edge of the paper.
 */
void
mbc_print_page_get_edges (GtkPrintContext *context,
                          double          *left,
                          double          *top,
                          double          *right,
                          double          *bottom)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);

  *left = MAX (MARGIN, gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS));
  *right = gtk_print_context_get_width (context) -
           MAX (MARGIN, gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS));
  *top = MAX (MARGIN, gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS));
  *bottom = gtk_print_context_get_height (context) -
            MAX (MARGIN, gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS));
}

/**
 * mbc_print_page_set_pdf_title:
 * @context: the context of an operation that is beginning
 * @title: the printout's title
 *
 * Names the document where it is written as a PDF, so that a PDF
 * reader's title bar and a file's properties say what it is; a printer
 * has no use for it.
 */
void
mbc_print_page_set_pdf_title (GtkPrintContext *context,
                              const char      *title)
{
  cairo_surface_t *surface = cairo_get_target (gtk_print_context_get_cairo_context (context));

  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_PDF)
    return;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "MBC Guide");
}

/**
 * mbc_print_page_dup_today:
 *
 * Returns: (transfer full): today's date, as the guide writes dates, for
 *   the top of a page: a sheet kept for later says when it was true
 */
char *
mbc_print_page_dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return mbc_date_format (now);
}

/**
 * mbc_print_page_dup_muted_markup:
 * @text: plain text
 *
 * Returns: (transfer full): Pango markup of @text in the grey of dates
 *   and marks
 */
char *
mbc_print_page_dup_muted_markup (const char *text)
{
  return g_markup_printf_escaped ("<span foreground=\"" MUTED_MARKUP "\">%s</span>", text);
}

/**
 * mbc_print_page_new_layout:
 * @context: the print context
 * @size: the size of the text, in points
 * @bold: whether the text is bold
 * @width: where lines wrap, in points, or 0 or less not to wrap
 *
 * Returns: (transfer full): an empty layout in the guide's printed type
 */
PangoLayout *
mbc_print_page_new_layout (GtkPrintContext *context,
                           double           size,
                           gboolean         bold,
                           double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  /* A long address or a word in a narrow column breaks rather than
   * runs off the paper.
   */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  return layout;
}

/**
 * mbc_print_page_new_safety_line:
 * @context: the print context
 * @width: the width of the text
 *
 * Every printout ends with it, since a sheet is often read apart from
 * the guide and from the other sheets.
 *
 * Returns: (transfer full): the guide's safety line, with the emergency
 *   number of the settings, centred in small print
 */
PangoLayout *
mbc_print_page_new_safety_line (GtkPrintContext *context,
                                double           width)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *safety_line = mbc_emergency_number_dup_safety_line (settings);
  PangoLayout *layout = mbc_print_page_new_layout (context, MBC_PRINT_SMALL_SIZE, FALSE, width);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, safety_line, -1);

  return layout;
}

/**
 * mbc_print_page_layout_width:
 * @layout: a layout
 *
 * Returns: the width @layout takes, in points
 */
double
mbc_print_page_layout_width (PangoLayout *layout)
{
  PangoRectangle extents;

  pango_layout_get_extents (layout, NULL, &extents);

  return pango_units_to_double (extents.width);
}

/**
 * mbc_print_page_layout_height:
 * @layout: a layout
 *
 * Returns: the height @layout takes, in points
 */
double
mbc_print_page_layout_height (PangoLayout *layout)
{
  PangoRectangle extents;

  pango_layout_get_extents (layout, NULL, &extents);

  return pango_units_to_double (extents.height);
}

/**
 * mbc_print_page_show_layout:
 * @cr: the page
 * @layout: the text
 * @x: where its left edge goes
 * @y: where its top goes
 * @muted: whether it is in grey, as footers and hints are, or in black
 */
void
mbc_print_page_show_layout (cairo_t     *cr,
                            PangoLayout *layout,
                            double       x,
                            double       y,
                            gboolean     muted)
{
  double grey = muted ? MUTED_GREY : 0;

  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/**
 * mbc_print_page_draw_rule:
 * @cr: the page
 * @left: where the line begins
 * @right: where it ends
 * @y: its height on the page
 *
 * Draws a line across the page: a line to write on, or a rule that sets
 * one part of the page apart from another.
 */
void
mbc_print_page_draw_rule (cairo_t *cr,
                          double   left,
                          double   right,
                          double   y)
{
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_source_rgb (cr, LINE_GREY, LINE_GREY, LINE_GREY);
  cairo_move_to (cr, left, y);
  cairo_line_to (cr, right, y);
  cairo_stroke (cr);
}

/**
 * mbc_print_page_tell:
 * @widget: (nullable): a widget in the window the message is about
 * @heading: what went wrong, as a title
 * @body: (nullable): why, or what to do
 *
 * Tells the person, in a dialog over @widget's window, that something
 * they asked to print or save did not happen: a toast would be gone
 * before they look up from the printer.
 */
void
mbc_print_page_tell (GtkWidget  *widget,
                     const char *heading,
                     const char *body)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  /* At a workstation its button takes a fingertip too (style.css). */
  if (root != NULL && gtk_widget_has_css_class (GTK_WIDGET (root), "kiosk"))
    gtk_widget_add_css_class (dialog, "kiosk");
  mbc_accessible_mend (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What to do when a print is done; the widget is held weakly, since
 * a print can outlast the window it was asked from.
 */
typedef struct
{
  GWeakRef        widget;
  gboolean        had_widget;
  char           *error_heading;
  MbcPrintedFunc  printed;
} Done;

static void
done_free (gpointer  data,
           GClosure *closure)
{
  Done *done = data;

  g_weak_ref_clear (&done->widget);
  g_free (done->error_heading);
  g_free (done);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 data)
{
  Done *done = data;
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&done->widget);
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      if (done->printed != NULL)
        done->printed (operation, widget);
      return;
    }

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  /* The person has gone, and the screen was cleared for the next, who
   * would not know what the message is about.
   */
  if (done->had_widget && widget == NULL)
    return;

  gtk_print_operation_get_error (operation, &error);
  mbc_print_page_tell (widget, done->error_heading, error != NULL ? error->message : NULL);
}

/**
 * mbc_print_page_connect_done:
 * @operation: an operation about to run with allow-async set
 * @widget: (nullable): the widget the person printed from
 * @error_heading: the title of the dialog that tells of an error
 * @printed: (nullable): what to do once the page has gone to the printer
 *
 * Handles the end of an asynchronous print, whose errors arrive only at
 * #GtkPrintOperation::done: tells the person of an error in a dialog
 * over @widget's window, unless @widget has gone, and calls @printed
 * when the page is printing.
 */
void
mbc_print_page_connect_done (GtkPrintOperation *operation,
                             GtkWidget         *widget,
                             const char        *error_heading,
                             MbcPrintedFunc     printed)
{
  Done *done;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));
  g_return_if_fail (error_heading != NULL);

  done = g_new0 (Done, 1);
  g_weak_ref_init (&done->widget, widget);
  done->had_widget = widget != NULL;
  done->error_heading = g_strdup (error_heading);
  done->printed = printed;
  g_signal_connect_data (operation, "done", G_CALLBACK (done_cb), done, done_free, 0);
}

/* Today as a file name has it, such as 2026-11-22. */
char *
mbc_print_page_dup_file_day (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

typedef struct
{
  MbcPdfWriteFunc  write;
  gpointer         data;
  GDestroyNotify   destroy;
  char            *error_heading;
} PdfSave;

static void
pdf_save_free (PdfSave *save)
{
  if (save->destroy != NULL)
    save->destroy (save->data);
  g_free (save->error_heading);
  g_free (save);
}

static void
pdf_save_response_cb (GtkNativeDialog *chooser,
                      int              response,
                      PdfSave         *save)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;

      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("The PDF can only be saved in a folder on this computer."));
      else
        save->write (parent, path, save->data, &error);

      if (error != NULL)
        mbc_print_page_tell (GTK_WIDGET (parent), save->error_heading, error->message);
    }

  g_object_unref (chooser);
}

/**
 * mbc_print_page_save_pdf:
 * @parent: (nullable): the window the file chooser belongs to
 * @title: the file chooser's title
 * @file_name: the name it suggests, in the Documents folder
 * @error_heading: what the person is told, with the reason, when the
 *   file cannot be written
 * @write: writes the printout to the file chosen
 * @data: for @write; @destroy frees it once the chooser is done
 *
 * Asks where to save a printout as a PDF, and writes it there. It
 * returns at once; every printout saves its PDF this way.
 */
void
mbc_print_page_save_pdf (GtkWindow       *parent,
                         const char      *title,
                         const char      *file_name,
                         const char      *error_heading,
                         MbcPdfWriteFunc  write,
                         gpointer         data,
                         GDestroyNotify   destroy)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  PdfSave *save;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (write != NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  /* Translators: the name of a file type in the file chooser. */
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  save = g_new0 (PdfSave, 1);
  save->write = write;
  save->data = data;
  save->destroy = destroy;
  save->error_heading = g_strdup (error_heading);
  /* The chooser is ours until it answers; then the callback lets it go,
   * and with it what it was given.
   */
  g_object_set_data_full (G_OBJECT (chooser), "mbc-pdf-save", save, (GDestroyNotify) pdf_save_free);
  g_signal_connect (chooser, "response", G_CALLBACK (pdf_save_response_cb), save);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

