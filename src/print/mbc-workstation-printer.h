/* mbc-workstation-printer.h: a page to a shared workstation's printer, with no dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void mbc_workstation_printer_print (GtkPrintOperation *operation,
                                    GtkWidget         *widget);

G_END_DECLS
