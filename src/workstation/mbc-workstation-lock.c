/* mbc-workstation-lock.c: GTK's own doors out of the guide, closed at
 * a workstation
 *
 * GTK opens a door of its own over any window: GTK Inspector, its
 * interactive debugger, at Ctrl+Shift+I or Ctrl+Shift+D whenever the
 * desktop's setting org.gtk.gtk4.Settings.Debug enable-inspector-
 * keybinding is true (Debian's default), or at start with
 * GTK_DEBUG=interactive. From it a person can change any widget, leave
 * full screen, read what the guide holds in memory and reach file
 * dialogs. At a workstation the guide refuses GTK_DEBUG=interactive,
 * and takes those keys itself in every window it opens, dialogs
 * included, before GTK sees them; IT locks the setting off as well
 * (README, "Hospital workstations").
 *
 * The window's title bar asks the window manager for its window menu on
 * a right click, and to maximize on a double click: at a workstation
 * it asks for nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-workstation-lock.h"

struct _MbcWorkstationLock
{
  GListModel *toplevels;
  gulong      toplevels_changed_id;
};

/**
 * mbc_workstation_lock_refuse_inspector_environment:
 *
 * Takes GTK_DEBUG out of the environment when it asks for GTK Inspector,
 * and says so in the journal. GTK opens the Inspector as it starts, so
 * this must come before gtk_init().
 */
void
mbc_workstation_lock_refuse_inspector_environment (void)
{
  static const GDebugKey inspector[] = { { "interactive", 1 } };
  const char *debug = g_getenv ("GTK_DEBUG");

  /* Read as GTK reads it: "all" asks for every flag but those listed
   * beside it. "help" alone asks GTK for its list, and
   * g_parse_debug_string() would print ours.
   */
  if (debug == NULL ||
      g_ascii_strcasecmp (debug, "help") == 0 ||
      g_parse_debug_string (debug, inspector, G_N_ELEMENTS (inspector)) == 0)
    return;

  g_message ("GTK_DEBUG=%s would open GTK Inspector, which a workstation refuses: "
             "the guide starts without GTK_DEBUG", debug);
  g_unsetenv ("GTK_DEBUG");
}

static gboolean
refuse_inspector_key (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   user_data)
{
  g_debug ("A workstation takes GTK Inspector's keys");

  /* Handled: the key goes no further, to GTK's binding least of all. */
  return TRUE;
}

/* GTK's key binding, however it is reached, emits this signal; its
 * handler, which opens the Inspector, never runs.
 */
static gboolean
refuse_debugging_cb (GtkWindow *window,
                     gboolean   toggle,
                     gpointer   user_data)
{
  g_signal_stop_emission_by_name (window, "enable-debugging");

  return TRUE;
}

static void
lock_window (GtkWindow *window)
{
  /* The keys of GTK's own binding (gtkwindow.c), matched as it matches
   * them, in the capture phase: before any widget of the window.
   */
  static const guint inspector_keys[] = { GDK_KEY_I, GDK_KEY_D };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_static_name (controller, "mbc-workstation-lock");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (inspector_keys); i++)
    {
      GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (inspector_keys[i],
                                                            GDK_CONTROL_MASK | GDK_SHIFT_MASK);
      GtkShortcutAction *action = gtk_callback_action_new (refuse_inspector_key, NULL, NULL);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                            gtk_shortcut_new (trigger, action));
    }
  gtk_widget_add_controller (GTK_WIDGET (window), controller);

  g_signal_connect (window, "enable-debugging", G_CALLBACK (refuse_debugging_cb), NULL);
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      lock_window (window);
    }
}

/**
 * mbc_workstation_lock_new:
 *
 * Locks every window of the process, those open and those to come, until
 * the lock is freed; a window once locked stays so. Call it after
 * gtk_init().
 */
MbcWorkstationLock *
mbc_workstation_lock_new (void)
{
  MbcWorkstationLock *lock = g_new0 (MbcWorkstationLock, 1);

  lock->toplevels = g_object_ref (gtk_window_get_toplevels ());
  toplevels_changed_cb (lock->toplevels, 0, 0, g_list_model_get_n_items (lock->toplevels), NULL);
  lock->toplevels_changed_id = g_signal_connect (lock->toplevels, "items-changed",
                                                 G_CALLBACK (toplevels_changed_cb), NULL);

  g_object_set (gtk_settings_get_default (),
                "gtk-titlebar-double-click", "none",
                "gtk-titlebar-middle-click", "none",
                "gtk-titlebar-right-click", "none",
                NULL);

  return lock;
}

void
mbc_workstation_lock_free (MbcWorkstationLock *lock)
{
  g_clear_signal_handler (&lock->toplevels_changed_id, lock->toplevels);
  g_clear_object (&lock->toplevels);
  g_free (lock);
}
