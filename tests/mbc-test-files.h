/* mbc-test-files.h: files and folders for the test programs, with GLib alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void mbc_test_write_file  (const char *folder,
                           const char *name,
                           const char *text);
void mbc_test_remove_tree (const char *path);

G_END_DECLS
