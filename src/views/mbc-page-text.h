/* mbc-page-text.h: the pieces of text that every page is built from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mbc-content.h"
#include "mbc-content-item.h"
#include "mbc-fact.h"
#include "mbc-urgency.h"

G_BEGIN_DECLS

typedef void (*MbcRebuildFunc) (gpointer view);

GtkWidget *mbc_page_text_heading   (GtkBox         *box,
                                    const char     *text,
                                    const char     *css_class);
GtkWidget *mbc_page_text_paragraph (GtkBox         *box,
                                    const char     *text);
GtkWidget *mbc_page_text_sources   (GtkBox         *box,
                                    MbcContentItem *item);
GtkWidget *mbc_page_text_source_list (GtkBox    *box,
                                      GPtrArray *sources);
char      *mbc_page_text_dup_source_names (MbcContentItem *item);
const char *mbc_page_text_local_mark (void);
GtkWidget *mbc_page_text_local     (GtkBox         *box);
GtkWidget *mbc_page_text_list      (GtkBox         *box,
                                    const char     *accessible_label);
GtkWidget *mbc_page_text_list_row  (GtkWidget      *list,
                                    const char     *title,
                                    const char     *text);
GtkWidget *mbc_page_text_bullets   (GtkBox             *box,
                                    const char * const *points);
GtkWidget *mbc_page_text_fact      (GtkWidget      *list,
                                    MbcFact        *fact);
void       mbc_page_text_facts     (GtkBox         *box,
                                    const char     *heading,
                                    GListModel     *facts);
GtkWidget *mbc_page_text_tier      (GtkBox         *box,
                                    MbcUrgency      urgency);
void       mbc_page_text_questions_about (GtkBox         *box,
                                          MbcContent     *content,
                                          MbcContentItem *item,
                                          const char     *kind);
GtkWidget *mbc_page_text_button    (const char     *icon_name,
                                    const char     *label);
void       mbc_page_text_clear     (GtkBox         *box);
void       mbc_page_text_rebuild_when_shown (GtkWidget      *view,
                                             MbcRebuildFunc  rebuild);

G_END_DECLS
