/* mbc-test-cups.h: a private print server for the tests of printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MBC_TEST_CUPS_PRINTER "mbc-test-printer"

char     *mbc_test_cups_why_not       (void);
void      mbc_test_cups_start         (void);
void      mbc_test_cups_attach        (void);
void      mbc_test_cups_stop          (void);
void      mbc_test_cups_remove        (void);
void      mbc_test_cups_add_printer   (void);
void      mbc_test_cups_run           (const char *program,
                                       ...) G_GNUC_NULL_TERMINATED;
char     *mbc_test_cups_dup_queue     (void);
void      mbc_test_cups_wait_empty    (void);
char     *mbc_test_cups_wait_printed  (void);

G_END_DECLS
