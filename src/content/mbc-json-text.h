/* mbc-json-text.h: texts in a JSON file that do not show what they say
 *
 * A JSON file can parse and still hold a text that cannot be shown as
 * written: half a character, or an invisible character that changes
 * how the text around it is laid out. Both come from pasting or from
 * \u escapes, and neither is seen in an editor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "mbc-json-places.h"

G_BEGIN_DECLS

gboolean    mbc_json_text_find_half_character (MbcJsonPlaces *places,
                                               MbcJsonPlace  *found);
gboolean    mbc_json_text_find_hidden_format  (const char    *data,
                                               gsize          length,
                                               guint         *line,
                                               guint         *column,
                                               gunichar      *found);
const char *mbc_json_text_get_format_name     (gunichar       c);

G_END_DECLS
