/* mbc-content-kind.c: what a kind of content is made of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-content-kind.h"

/* The field of @kind named @name, or NULL when it has none. */
const MbcField *
mbc_kind_find_field (const MbcKind *kind,
                     const char    *name)
{
  for (const MbcField *field = kind->fields; field->name != NULL; field++)
    if (g_str_equal (field->name, name))
      return field;

  return NULL;
}
