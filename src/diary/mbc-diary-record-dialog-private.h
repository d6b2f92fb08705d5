/* mbc-diary-record-dialog-private.h: what the record dialog's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-diary-record-dialog.h"
#include "mbc-symptom.h"

G_BEGIN_DECLS

struct _MbcDiaryRecordDialog
{
  AdwWindow      parent_instance;

  MbcDiary      *diary;
  GSettings     *settings;
  MbcDiaryEntry *editing;
  /* Every sign of the guide, once (mbc-diary-record-dialog-what.c). */
  GPtrArray     *candidates;

  /* What is recorded, once chosen. */
  gboolean       chosen;
  MbcDiaryKind   kind;
  char          *sign_id;
  char          *label;

  /* Until the person changes the day or the time, a new entry is for
   * the moment it is saved, and a changed one keeps its time to the
   * second.
   */
  gboolean       when_changed;
  gboolean       setting_when;

  GtkWidget     *window_title;
  GtkWidget     *cancel_button;
  GtkWidget     *save_button;
  GtkWidget     *scroller;
  GtkWidget     *emergency_box;
  GtkWidget     *emergency_icon;
  GtkWidget     *emergency_title;
  GtkWidget     *emergency_number;
  GtkWidget     *emergency_advice;
  GtkWidget     *error_label;
  GtkWidget     *what_heading;
  GtkWidget     *what_entry;
  GtkWidget     *chosen_box;
  GtkWidget     *chosen_icon;
  GtkWidget     *chosen_label;
  GtkWidget     *results;
  GtkWidget     *date_button;
  GtkWidget     *calendar;
  GtkWidget     *hour_spin;
  GtkWidget     *minute_spin;
  GtkWidget     *severity_heading;
  GtkWidget     *severity_scale;
  GtkWidget     *severity_low;
  GtkWidget     *severity_high;
  GtkWidget     *interference_check;
  GtkWidget     *interference_scale;
  GtkWidget     *medicines_entry;
  GtkWidget     *note_view;
};

/* mbc-diary-record-dialog.c */
char       *_mbc_diary_record_dialog_dup_emergency_number (MbcDiaryRecordDialog *self);
void        _mbc_diary_record_dialog_show_error           (MbcDiaryRecordDialog *self,
                                                           const char           *message);
void        _mbc_diary_record_dialog_update_severity_words (MbcDiaryRecordDialog *self);

/* mbc-diary-record-dialog-what.c: what is recorded, typed and picked */
void        _mbc_diary_record_dialog_init_what            (MbcDiaryRecordDialog *self);
void        _mbc_diary_record_dialog_collect_candidates   (MbcDiaryRecordDialog *self);
MbcSymptom *_mbc_diary_record_dialog_find_symptom         (MbcDiaryRecordDialog *self,
                                                           const char           *sign_id);
void        _mbc_diary_record_dialog_choose               (MbcDiaryRecordDialog *self,
                                                           MbcDiaryKind          kind,
                                                           const char           *sign_id,
                                                           const char           *label);
void        _mbc_diary_record_dialog_update_results       (MbcDiaryRecordDialog *self);

G_END_DECLS
