/* mbc-diary-record-dialog.h: records a new diary entry or changes one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mbc-diary.h"

G_BEGIN_DECLS

#define MBC_TYPE_DIARY_RECORD_DIALOG (mbc_diary_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MbcDiaryRecordDialog, mbc_diary_record_dialog, MBC, DIARY_RECORD_DIALOG, AdwWindow)

/* @settings: the guide's settings, for the emergency number, or NULL.
 * @sign_id: a sign of the guide's content to record, chosen already
 *   (from the body map or a site page), or NULL.
 * @editing: an entry of @diary to change, or NULL for a new entry.
 */
MbcDiaryRecordDialog *mbc_diary_record_dialog_new (MbcDiary      *diary,
                                                   GSettings     *settings,
                                                   const char    *sign_id,
                                                   MbcDiaryEntry *editing);
/* Lists the signs of the site @site_id to choose from, before anything
 * is typed: the person chose the part of the body on the map.
 */
void                  mbc_diary_record_dialog_show_site (MbcDiaryRecordDialog *self,
                                                         const char           *site_id);

G_END_DECLS
