/* mbc-test-pdf.h: a printed page read back as a person reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-content.h"

G_BEGIN_DECLS

char  *mbc_test_pdf_squeeze       (const char *text);
char  *mbc_test_pdf_text          (const char *path);
void   mbc_test_pdf_assert_holds  (const char *page,
                                   const char *text);
void   mbc_test_pdf_assert_pages  (const char *path,
                                   const char *paper);
GStrv  mbc_test_pdf_scan          (const char *path);
GStrv  mbc_test_pdf_handout_codes (MbcContent *content);
void   mbc_test_pdf_assert_handout_codes (const char *path,
                                          MbcContent *content);

G_END_DECLS
