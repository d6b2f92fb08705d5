/* mbc-idle-guard.c: asks whether someone is still there, and starts
 * over when no one answers
 *
 * At a shared workstation the next person must see nothing of the last.
 * After "idle-timeout" seconds without a touch, a click or a key, a
 * dialog asks "Are you still there?" and counts down "idle-warning"
 * seconds; any answer keeps the session, and silence starts over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "mbc-accessible.h"
#include "mbc-idle-guard.h"

struct _MbcIdleGuard
{
  GtkWindow        *window;
  GSettings        *settings;
  MbcIdleGuardFunc  start_over;
  gpointer          data;

  GPtrArray        *controllers;
  guint             idle_source;
  guint             tick_source;
  guint             seconds_left;
  AdwMessageDialog *dialog;
};

static void schedule (MbcIdleGuard *guard);

static void
update_prompt (MbcIdleGuard *guard)
{
  g_autofree char *body = NULL;

  /* Translators: %u is a number of seconds. */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "So that the next person sees nothing of yours, the guide "
                                       "will start over in %u second.",
                                       "So that the next person sees nothing of yours, the guide "
                                       "will start over in %u seconds.",
                                       guard->seconds_left),
                          guard->seconds_left);
  adw_message_dialog_set_body (guard->dialog, body);
}

static void
close_prompt (MbcIdleGuard *guard)
{
  g_clear_handle_id (&guard->tick_source, g_source_remove);

  if (guard->dialog != NULL)
    {
      AdwMessageDialog *dialog = g_steal_pointer (&guard->dialog);

      g_signal_handlers_disconnect_by_data (dialog, guard);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

static gboolean
tick_cb (gpointer data)
{
  MbcIdleGuard *guard = data;

  if (--guard->seconds_left > 0)
    {
      update_prompt (guard);
      return G_SOURCE_CONTINUE;
    }

  guard->tick_source = 0;
  close_prompt (guard);
  guard->start_over (guard->data);
  schedule (guard);

  return G_SOURCE_REMOVE;
}

static void
response_cb (MbcIdleGuard     *guard,
             const char       *response,
             AdwMessageDialog *dialog)
{
  gboolean start_over = g_strcmp0 (response, "start-over") == 0;

  close_prompt (guard);
  if (start_over)
    guard->start_over (guard->data);
  schedule (guard);
}

static gboolean
idle_cb (gpointer data)
{
  MbcIdleGuard *guard = data;

  guard->idle_source = 0;
  guard->seconds_left = MAX (1u, g_settings_get_uint (guard->settings, "idle-warning"));

  guard->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (guard->window,
                                                              _("Are You Still There?"),
                                                              NULL));
  adw_message_dialog_add_responses (guard->dialog,
                                    "start-over", _("_Start Over"),
                                    "still-here", _("I Am _Still Here"),
                                    NULL);
  adw_message_dialog_set_response_appearance (guard->dialog, "still-here",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (guard->dialog, "still-here");
  adw_message_dialog_set_close_response (guard->dialog, "still-here");
  g_signal_connect_swapped (guard->dialog, "response", G_CALLBACK (response_cb), guard);
  update_prompt (guard);
  /* Its buttons take a fingertip, as the workstation's do (style.css). */
  gtk_widget_add_css_class (GTK_WIDGET (guard->dialog), "kiosk");
  mbc_accessible_mend (GTK_WIDGET (guard->dialog));
  gtk_window_present (GTK_WINDOW (guard->dialog));

  guard->tick_source = g_timeout_add_seconds (1, tick_cb, guard);

  return G_SOURCE_REMOVE;
}

static void
schedule (MbcIdleGuard *guard)
{
  g_clear_handle_id (&guard->idle_source, g_source_remove);

  if (guard->dialog == NULL)
    guard->idle_source = g_timeout_add_seconds (MAX (1u, g_settings_get_uint (guard->settings,
                                                                              "idle-timeout")),
                                                idle_cb, guard);
}

/* Any input keeps the session: the wait starts again. */
static void
activity_cb (MbcIdleGuard *guard)
{
  if (guard->dialog == NULL)
    schedule (guard);
}

static gboolean
key_pressed_cb (MbcIdleGuard *guard)
{
  activity_cb (guard);

  return GDK_EVENT_PROPAGATE;
}

static void
watch (MbcIdleGuard       *guard,
       GtkEventController *controller)
{
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (guard->window), g_object_ref (controller));
  g_ptr_array_add (guard->controllers, controller);
}

MbcIdleGuard *
mbc_idle_guard_new (GtkWindow        *window,
                    GSettings        *settings,
                    MbcIdleGuardFunc  start_over,
                    gpointer          data)
{
  MbcIdleGuard *guard = g_new0 (MbcIdleGuard, 1);
  GtkEventController *controller;

  guard->window = window;
  guard->settings = g_object_ref (settings);
  guard->start_over = start_over;
  guard->data = data;
  guard->controllers = g_ptr_array_new_with_free_func (g_object_unref);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), guard);
  watch (guard, controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (controller), 0);
  g_signal_connect_swapped (controller, "pressed", G_CALLBACK (activity_cb), guard);
  watch (guard, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (activity_cb), guard);
  watch (guard, controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll-begin", G_CALLBACK (activity_cb), guard);
  watch (guard, controller);

  schedule (guard);

  return guard;
}

/* Starts the wait again, as after a touch. */
void
mbc_idle_guard_reset (MbcIdleGuard *guard)
{
  activity_cb (guard);
}

void
mbc_idle_guard_free (MbcIdleGuard *guard)
{
  g_clear_handle_id (&guard->idle_source, g_source_remove);
  close_prompt (guard);

  for (guint i = 0; i < guard->controllers->len; i++)
    {
      GtkEventController *controller = g_ptr_array_index (guard->controllers, i);

      g_signal_handlers_disconnect_by_data (controller, guard);
      if (gtk_event_controller_get_widget (controller) != NULL)
        gtk_widget_remove_controller (GTK_WIDGET (guard->window), controller);
    }

  g_ptr_array_unref (guard->controllers);
  g_object_unref (guard->settings);
  g_free (guard);
}
