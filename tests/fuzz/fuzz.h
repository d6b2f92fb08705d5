/* fuzz.h: what the fuzz targets share
 *
 * Each target defines LLVMFuzzerInitialize() and LLVMFuzzerTestOneInput(),
 * and is linked either with libFuzzer (-Dfuzzing=true, clang) or with
 * fuzz-replay.c, which runs it once on each file it is given, so that
 * every build replays the seeds and the inputs that once crashed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stdint.h>

G_BEGIN_DECLS

int   LLVMFuzzerInitialize   (int            *argc,
                              char         ***argv);
int   LLVMFuzzerTestOneInput (const uint8_t  *data,
                              size_t          size);

void  fuzz_init              (void);
char *fuzz_make_folder       (const char     *name);
void  fuzz_write_file        (const char     *path,
                              const void     *data,
                              gsize           size);

G_END_DECLS
