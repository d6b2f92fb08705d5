/* mbc-json-places.h: where each part of a JSON text stands in its file
 *
 * json-glib knows where it is only while it parses, and its tree keeps
 * no line numbers. A message about a value in a file a person edits by
 * hand is worth little without the line to look at, so MbcJsonPlaces
 * parses a text and remembers, as it goes, where every object, list,
 * member and entry stands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A line and a column (both from 1) packed into one number, so that a
 * file's many places cost no allocations. A column past 4095 counts as
 * 4095, which still points at the right line; 0 is no place.
 */
typedef guint MbcJsonPlace;

static inline MbcJsonPlace
mbc_json_place (guint line,
                guint column)
{
  return (line << 12) | MIN (column, 4095u);
}

static inline guint
mbc_json_place_get_line (MbcJsonPlace place)
{
  return place >> 12;
}

static inline guint
mbc_json_place_get_column (MbcJsonPlace place)
{
  return place & 4095u;
}

typedef struct _MbcJsonPlaces MbcJsonPlaces;

MbcJsonPlaces *mbc_json_places_new          (void);
void           mbc_json_places_free         (MbcJsonPlaces  *self);
gboolean       mbc_json_places_load         (MbcJsonPlaces  *self,
                                             const char     *data,
                                             gsize           length,
                                             GError        **error);
JsonNode      *mbc_json_places_get_root     (MbcJsonPlaces  *self);
MbcJsonPlace   mbc_json_places_of_container (MbcJsonPlaces  *self,
                                             gpointer        container);
MbcJsonPlace   mbc_json_places_of_member    (MbcJsonPlaces  *self,
                                             JsonObject     *object,
                                             const char     *name);
MbcJsonPlace   mbc_json_places_of_element   (MbcJsonPlaces  *self,
                                             JsonArray      *array,
                                             guint           index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MbcJsonPlaces, mbc_json_places_free)

G_END_DECLS
