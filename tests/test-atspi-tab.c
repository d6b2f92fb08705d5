/* test-atspi-tab.c: Tab pressed round a window, as a person using the
 * keyboard goes through it, for the walk of the accessibility bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-atspi-walk-private.h"

/* The keys of the groups @accessible is in: its role with its parent,
 * and with each of the next two ancestors; for check buttons, which
 * work as one choice each in a row of a list, two more.
 */
#define N_GROUP_LEVELS 5

static void
add_group_keys (AtspiAccessible *accessible,
                char            *keys[N_GROUP_LEVELS])
{
  AtspiRole role = atspi_accessible_get_role (accessible, NULL);
  g_autoptr(AtspiAccessible) node = g_object_ref (accessible);
  guint levels = role == ATSPI_ROLE_CHECK_BOX || role == ATSPI_ROLE_RADIO_BUTTON
                 ? N_GROUP_LEVELS : 3;

  for (guint i = 0; i < N_GROUP_LEVELS; i++)
    {
      AtspiAccessible *parent = node != NULL && i < levels
                                ? atspi_accessible_get_parent (node, NULL) : NULL;

      keys[i] = parent != NULL ? g_strdup_printf ("%d %s", role, _mbc_walk_path_of (parent)) : NULL;
      g_clear_object (&node);
      node = parent;
    }
}

/* Whether Tab is not meant to reach @accessible: a menu's items, which
 * the arrow keys move through; one of a group that Tab enters once
 * and the arrow keys move through (the parts of the body on the map,
 * check buttons that work as one choice), when Tab reached another of
 * the group; the buttons GTK draws for the window manager (minimize,
 * maximize, close), which GTK keeps out of Tab's way on purpose.
 */
gboolean
_mbc_walk_is_exempt_from_tab (MbcWalk         *self,
                              AtspiAccessible *accessible,
                              AtspiRole        role)
{
  static const char *window_buttons[] = {
    "Minimize", "Maximize", "Restore", "Close",
    "Minimizar", "Maximizar", "Restaurar", "Cerrar", NULL,
  };
  g_autoptr(AtspiAccessible) parent = NULL;
  char *keys[N_GROUP_LEVELS];
  gboolean exempt = FALSE;
  int n;

  if (role == ATSPI_ROLE_MENU_ITEM || role == ATSPI_ROLE_CHECK_MENU_ITEM
      || role == ATSPI_ROLE_RADIO_MENU_ITEM)
    return TRUE;

  add_group_keys (accessible, keys);
  for (guint i = 0; i < N_GROUP_LEVELS; i++)
    {
      exempt |= keys[i] != NULL && g_hash_table_contains (self->groups, keys[i]);
      g_free (keys[i]);
    }
  if (exempt)
    return TRUE;

  parent = atspi_accessible_get_parent (accessible, NULL);
  n = parent != NULL ? atspi_accessible_get_child_count (parent, NULL) : 0;
  exempt = n > 0;
  for (int i = 0; i < n && exempt; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (parent, i, NULL);
      g_autofree char *name = child ? atspi_accessible_get_name (child, NULL) : NULL;

      exempt = name != NULL && g_strv_contains (window_buttons, name);
    }

  return exempt;
}

typedef struct
{
  GPtrArray *order;
} Round;

static void
focus_cb (AtspiEvent *event,
          void       *user_data)
{
  Round *round = user_data;

  if (event->detail1 == 1 && event->source != NULL)
    g_ptr_array_add (round->order, g_object_ref (event->source));
  g_boxed_free (ATSPI_TYPE_EVENT, event);
}

/**
 * mbc_walk_tab_round:
 * @press: presses a key
 * @iterate: lets the bus's events in for some milliseconds
 *
 * Presses Tab until the focus has gone round the window that has it
 * (or 200 times), and notes what had the focus and what it is in: what
 * is on screen, for mbc_walk_check().
 */
void
mbc_walk_tab_round (MbcWalk           *self,
                    MbcWalkPressFunc   press,
                    MbcWalkIterateFunc iterate)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  Round round = { order };
  g_autoptr(AtspiEventListener) listener = NULL;
  g_autoptr(GError) error = NULL;

  g_hash_table_remove_all (self->focused);
  g_hash_table_remove_all (self->live);
  listener = atspi_event_listener_new (focus_cb, &round, NULL);
  atspi_event_listener_register (listener, "object:state-changed:focused", &error);
  g_assert_no_error (error);

  /* Round when the first control that had the focus has it again, or
   * Tab lands on what it reached before eight times running, or moves
   * the focus no more (a control that keeps Tab for itself).
   */
  for (guint i = 0, streak = 0, idle = 0; i < 400 && streak < 8 && idle < 5; i++)
    {
      guint before = order->len;
      gboolean again = FALSE;

      press (0xff09);
      /* A busy guide answers late: wait for it before taking Tab for
       * stuck.
       */
      if (order->len == before)
        iterate (150);
      idle = order->len == before ? idle + 1 : 0;
      for (guint j = before; j < order->len; j++)
        for (guint k = 0; k < before && !again; k++)
          again = g_ptr_array_index (order, j) == g_ptr_array_index (order, k);
      if (order->len > before)
        streak = again ? streak + 1 : 0;
      /* Round: the first two controls that had the focus have it again,
       * one after the other.
       */
      if (order->len > before && before > 2
          && g_ptr_array_index (order, order->len - 1) == g_ptr_array_index (order, 1)
          && g_ptr_array_index (order, order->len - 2) == g_ptr_array_index (order, 0))
        break;
    }
  iterate (100);
  atspi_event_listener_deregister (listener, "object:state-changed:focused", NULL);

  for (guint i = 0; i < order->len; i++)
    {
      g_autoptr(AtspiAccessible) node = g_object_ref (g_ptr_array_index (order, i));
      char *keys[N_GROUP_LEVELS];

      if (self->dump)
        {
          g_autofree char *where = _mbc_walk_dup_path (node);

          g_printerr ("tab %u: %s\n", i, where);
        }

      g_hash_table_add (self->focused, g_strdup (_mbc_walk_path_of (node)));
      add_group_keys (node, keys);
      for (guint j = 0; j < N_GROUP_LEVELS; j++)
        if (keys[j] != NULL)
          g_hash_table_add (self->groups, keys[j]);
      while (node != NULL && atspi_accessible_get_role (node, NULL) != ATSPI_ROLE_APPLICATION
             && g_hash_table_add (self->live, g_strdup (_mbc_walk_path_of (node))))
        {
          AtspiAccessible *parent = atspi_accessible_get_parent (node, NULL);

          g_object_unref (node);
          node = parent;
        }
    }
}

/* Forgets where Tab went: the application shows something else now. */
void
mbc_walk_forget_round (MbcWalk *self)
{
  g_hash_table_remove_all (self->focused);
  g_hash_table_remove_all (self->live);
  g_hash_table_remove_all (self->groups);
}

static void
last_focus_cb (AtspiEvent *event,
               void       *user_data)
{
  AtspiAccessible **last = user_data;

  if (event->detail1 == 1 && event->source != NULL)
    g_set_object (last, event->source);
  g_boxed_free (ATSPI_TYPE_EVENT, event);
}

/* Whether @accessible is @target or inside it: the focus of a menu
 * button is on the toggle button it holds.
 */
static gboolean
is_within (AtspiAccessible *accessible,
           AtspiAccessible *target)
{
  g_autoptr(AtspiAccessible) at = accessible != NULL ? g_object_ref (accessible) : NULL;

  for (guint depth = 0; at != NULL && depth < 4; depth++)
    {
      AtspiAccessible *parent;

      if (g_strcmp0 (ATSPI_OBJECT (at)->path, ATSPI_OBJECT (target)->path) == 0)
        return TRUE;
      parent = atspi_accessible_get_parent (at, NULL);
      g_object_unref (at);
      at = parent;
    }

  return FALSE;
}

/**
 * mbc_walk_tab_to:
 * @target: a control
 *
 * Presses Tab until @target, or a part of it, has the focus, as a
 * person using the keyboard moves to a control.
 *
 * Returns: whether @target got the focus
 */
gboolean
mbc_walk_tab_to (AtspiAccessible   *target,
                 MbcWalkPressFunc   press,
                 MbcWalkIterateFunc iterate)
{
  g_autoptr(AtspiEventListener) listener = NULL;
  g_autoptr(AtspiAccessible) last = NULL;
  gboolean reached = FALSE;

  listener = atspi_event_listener_new (last_focus_cb, &last, NULL);
  atspi_event_listener_register (listener, "object:state-changed:focused", NULL);
  if (_mbc_walk_has_state (target, ATSPI_STATE_FOCUSED))
    reached = TRUE;
  for (guint i = 0; i < 300 && !reached; i++)
    {
      press (0xff09);
      iterate (10);
      reached = is_within (last, target);
    }
  atspi_event_listener_deregister (listener, "object:state-changed:focused", NULL);

  return reached;
}
