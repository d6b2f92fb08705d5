/* mbc-handout.h: one printed page to take home from a shared workstation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-content.h"
#include "mbc-my-question-list.h"
#include "mbc-site.h"

G_BEGIN_DECLS

GtkPrintOperation *mbc_handout_new_for_site      (MbcContent      *content,
                                                  MbcSite         *site);
GtkPrintOperation *mbc_handout_new_for_questions (MbcContent      *content,
                                                  MbcMyQuestionList *list);

G_END_DECLS
