/* mbc-urgency.h: how soon a symptom needs attention
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MBC_URGENCY_EMERGENCY,
  MBC_URGENCY_CALL,
  MBC_URGENCY_MENTION,
} MbcUrgency;

#define MBC_N_URGENCIES 3

/* The words the content files use, in the order of MbcUrgency. */
extern const char * const mbc_urgency_names[];

MbcUrgency  mbc_urgency_from_name      (const char *name);
const char *mbc_urgency_get_title      (MbcUrgency  urgency);
const char *mbc_urgency_get_advice     (MbcUrgency  urgency);
const char *mbc_urgency_get_icon_name  (MbcUrgency  urgency);
const char *mbc_urgency_get_css_class  (MbcUrgency  urgency);

G_END_DECLS
