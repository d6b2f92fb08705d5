/* mbc-content-check.h: reading content files and finding what is wrong
 *
 * For the content loader and the content tool only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _MbcContentCheck MbcContentCheck;

MbcContentCheck *mbc_content_check_new          (void);
void             mbc_content_check_free         (MbcContentCheck  *check);
gboolean         mbc_content_check_read         (MbcContentCheck  *check,
                                                 GFile            *directory,
                                                 GError          **error);
gboolean         mbc_content_check_read_pack    (MbcContentCheck  *check,
                                                 GFile            *directory,
                                                 GError          **error);
guint            mbc_content_check_get_n_pack_files (MbcContentCheck *check);
JsonArray       *mbc_content_check_get_pack_list (MbcContentCheck *check,
                                                  const char      *file,
                                                  const char      *member);
GPtrArray       *mbc_content_check_get_problems (MbcContentCheck  *check);
JsonObject      *mbc_content_check_get_root     (MbcContentCheck  *check,
                                                 const char       *file);
guint            mbc_content_check_get_line     (MbcContentCheck  *check,
                                                 const char       *file,
                                                 JsonObject       *object,
                                                 const char       *member);
guint            mbc_content_check_get_element_line (MbcContentCheck *check,
                                                     const char      *file,
                                                     JsonArray       *array,
                                                     guint            index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MbcContentCheck, mbc_content_check_free)

G_END_DECLS
