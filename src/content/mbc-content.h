/* mbc-content.h: everything the app tells, read from the content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mbc-content-error.h"
#include "mbc-site.h"
#include "mbc-source.h"

G_BEGIN_DECLS

#define MBC_TYPE_CONTENT (mbc_content_get_type ())

G_DECLARE_FINAL_TYPE (MbcContent, mbc_content, MBC, CONTENT, GObject)

MbcContent *mbc_content_new_from_directory  (GFile       *directory,
                                             GError     **error);
MbcContent *mbc_content_new_default         (GError     **error);
MbcContent *mbc_content_new_with_local      (GFile       *directory,
                                             GFile       *local_directory,
                                             GError     **error,
                                             GError     **local_error);
MbcContent *mbc_content_new_default_with_local (GError  **error,
                                                GError  **local_error);
GFile      *mbc_content_find_local_directory (void);

GListModel *mbc_content_get_sources         (MbcContent  *self);
GListModel *mbc_content_get_tests           (MbcContent  *self);
GListModel *mbc_content_get_sites           (MbcContent  *self);
GListModel *mbc_content_get_guides          (MbcContent  *self);
GListModel *mbc_content_get_goals           (MbcContent  *self);
GListModel *mbc_content_get_subtypes        (MbcContent  *self);
GListModel *mbc_content_get_treatments      (MbcContent  *self);
GListModel *mbc_content_get_question_groups (MbcContent  *self);
GListModel *mbc_content_get_resources       (MbcContent  *self);
GListModel *mbc_content_get_basics          (MbcContent  *self);
GListModel *mbc_content_get_help            (MbcContent  *self);
GListModel *mbc_content_get_living          (MbcContent  *self);
GListModel *mbc_content_get_glossary        (MbcContent  *self);

MbcSite    *mbc_content_find_site           (MbcContent  *self,
                                             const char  *id);
MbcContentItem *mbc_content_find_item      (MbcContent     *self,
                                             GListModel     *items,
                                             const char     *id);
GPtrArray  *mbc_content_dup_questions_about (MbcContent     *self,
                                             MbcContentItem *item);

G_END_DECLS
