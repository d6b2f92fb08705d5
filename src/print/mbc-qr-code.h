/* mbc-qr-code.h: the QR code of a text, for a phone's camera
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MBC_TYPE_QR_CODE (mbc_qr_code_get_type ())

G_DECLARE_FINAL_TYPE (MbcQrCode, mbc_qr_code, MBC, QR_CODE, GtkWidget)

GtkWidget  *mbc_qr_code_new      (const char *text);
const char *mbc_qr_code_get_text (MbcQrCode  *self);
void        mbc_qr_code_set_text (MbcQrCode  *self,
                                  const char *text);
gboolean    mbc_qr_code_draw     (const char *text,
                                  cairo_t    *cr,
                                  double      x,
                                  double      y,
                                  double      size);

G_END_DECLS
