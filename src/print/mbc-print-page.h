/* mbc-print-page.h: what every printed page of the guide has in common
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Distances on the page are in points. */
#define MBC_PRINT_MILLIMETRE  (72.0 / 25.4)

/* The sizes of the text, in points: the body as a person reads it
 * on screen, and the small print of footers and sources.
 */
#define MBC_PRINT_BODY_SIZE   11.0
#define MBC_PRINT_SMALL_SIZE  9.0

/**
 * MbcPrintedFunc:
 * @operation: the operation that has printed
 * @widget: (nullable): the widget given to mbc_print_page_connect_done(),
 *   or %NULL when there was none or it has gone
 *
 * Called when a page has gone to the printer.
 */
typedef void (*MbcPrintedFunc) (GtkPrintOperation *operation,
                                GtkWidget         *widget);

GtkPaperSize      *mbc_print_page_dup_paper_size   (void);
GtkPrintOperation *mbc_print_page_new_operation    (const char        *title);
void               mbc_print_page_get_edges        (GtkPrintContext   *context,
                                                    double            *left,
                                                    double            *top,
                                                    double            *right,
                                                    double            *bottom);
void               mbc_print_page_set_pdf_title    (GtkPrintContext   *context,
                                                    const char        *title);
char              *mbc_print_page_dup_today        (void);
char              *mbc_print_page_dup_muted_markup (const char        *text);
PangoLayout       *mbc_print_page_new_layout       (GtkPrintContext   *context,
                                                    double             size,
                                                    gboolean           bold,
                                                    double             width);
PangoLayout       *mbc_print_page_new_safety_line  (GtkPrintContext   *context,
                                                    double             width);
double             mbc_print_page_layout_width     (PangoLayout       *layout);
double             mbc_print_page_layout_height    (PangoLayout       *layout);
void               mbc_print_page_show_layout      (cairo_t           *cr,
                                                    PangoLayout       *layout,
                                                    double             x,
                                                    double             y,
                                                    gboolean           muted);
void               mbc_print_page_draw_rule        (cairo_t           *cr,
                                                    double             left,
                                                    double             right,
                                                    double             y);
void               mbc_print_page_tell             (GtkWidget         *widget,
                                                    const char        *heading,
                                                    const char        *body);
void               mbc_print_page_connect_done     (GtkPrintOperation *operation,
                                                    GtkWidget         *widget,
                                                    const char        *error_heading,
                                                    MbcPrintedFunc     printed);

/* Writes a printout to the PDF file at @path, or returns FALSE with
 * @error; @data is what mbc_print_page_save_pdf() was given.
 */
typedef gboolean (*MbcPdfWriteFunc) (GtkWindow   *parent,
                                     const char  *path,
                                     gpointer     data,
                                     GError     **error);

char              *mbc_print_page_dup_file_day     (void);
void               mbc_print_page_save_pdf         (GtkWindow         *parent,
                                                    const char        *title,
                                                    const char        *file_name,
                                                    const char        *error_heading,
                                                    MbcPdfWriteFunc    write,
                                                    gpointer           data,
                                                    GDestroyNotify     destroy);

G_END_DECLS
