/* mbc-test-seat.c: a keyboard and a mouse, through the window manager
 *
 * GTK 4 has no way to make a key or a pointer event in a test. Inside a
 * headless mutter (tests/run-under-mutter.sh) the keys and the buttons
 * are pressed through mutter's remote desktop interface
 * (org.gnome.Mutter.RemoteDesktop, on the session bus), as a remote
 * desktop client presses them: they reach the guide from the window
 * manager as a real keyboard's and mouse's do, and go through all of
 * GTK's event handling, its key bindings included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mbc-test-seat.h"
#include "mbc-test-util.h"

/* The evdev codes of the mouse buttons (linux/input-event-codes.h). */
#define BTN_LEFT   0x110
#define BTN_RIGHT  0x111
#define BTN_MIDDLE 0x112

struct _MbcTestSeat
{
  GDBusConnection *bus;
  char            *session;

  /* What reached the windows: a key press is over once its key has come
   * down and up again in a window.
   */
  gulong           event_hook;
  guint            pressed_key;
  gboolean         key_down;
  gboolean         key_up;
  guint            button_releases;
  /* The surface that the last key went to. */
  GdkSurface      *key_surface;
};

static void
call (MbcTestSeat *seat,
      const char  *method,
      GVariant    *parameters)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_sync (seat->bus,
                                       "org.gnome.Mutter.RemoteDesktop", seat->session,
                                       "org.gnome.Mutter.RemoteDesktop.Session", method,
                                       parameters, NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
}

static void
keysym (MbcTestSeat *seat,
        guint        keyval,
        gboolean     down)
{
  call (seat, "NotifyKeyboardKeysym", g_variant_new ("(ub)", keyval, down));
}

/* Sees every event of every window, popover and dialog, before GTK
 * handles it (a controller could come too late: an earlier one may take
 * the event).
 */
static gboolean
event_hook (GSignalInvocationHint *hint,
            guint                  n_values,
            const GValue          *values,
            gpointer               data)
{
  MbcTestSeat *seat = data;
  GdkEvent *event = g_value_peek_pointer (&values[1]);

  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
    case GDK_KEY_RELEASE:
      seat->key_surface = gdk_event_get_surface (event);
      if (gdk_keyval_to_lower (gdk_key_event_get_keyval (event)) == seat->pressed_key)
        {
          if (gdk_event_get_event_type (event) == GDK_KEY_PRESS)
            seat->key_down = TRUE;
          else if (seat->key_down)
            seat->key_up = TRUE;
        }
      break;

    case GDK_BUTTON_RELEASE:
      seat->button_releases++;
      break;

    default:
      break;
    }

  return TRUE;
}

/* From the first key or click on: GTK is running by then. */
static void
watch_events (MbcTestSeat *seat)
{
  if (seat->event_hook != 0)
    return;

  g_type_class_unref (g_type_class_ref (GDK_TYPE_SURFACE));
  seat->event_hook = g_signal_add_emission_hook (g_signal_lookup ("event", GDK_TYPE_SURFACE), 0,
                                                 event_hook, seat, NULL);
}

/* Lets a little time pass for what a key or a click starts. */
static void
settle (void)
{
  mbc_test_iterate (30);
}

/**
 * mbc_test_seat_new:
 *
 * Starts a remote desktop session with mutter. Call it before the first
 * window is shown: a headless mutter's seat has no keyboard until the
 * session makes one, and a window shown before that never has the
 * keyboard's focus.
 */
MbcTestSeat *
mbc_test_seat_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  MbcTestSeat *seat = g_new0 (MbcTestSeat, 1);

  seat->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  reply = g_dbus_connection_call_sync (seat->bus,
                                       "org.gnome.Mutter.RemoteDesktop",
                                       "/org/gnome/Mutter/RemoteDesktop",
                                       "org.gnome.Mutter.RemoteDesktop", "CreateSession",
                                       NULL, G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(o)", &seat->session);
  call (seat, "Start", NULL);

  /* The first key makes the keyboard. */
  keysym (seat, GDK_KEY_Shift_L, TRUE);
  keysym (seat, GDK_KEY_Shift_L, FALSE);

  return seat;
}

void
mbc_test_seat_free (MbcTestSeat *seat)
{
  call (seat, "Stop", NULL);
  if (seat->event_hook != 0)
    g_signal_remove_emission_hook (g_signal_lookup ("event", GDK_TYPE_SURFACE), seat->event_hook);
  g_clear_object (&seat->bus);
  g_free (seat->session);
  g_free (seat);
}

static const struct {
  GdkModifierType modifier;
  guint           keyval;
} modifiers[] = {
  { GDK_CONTROL_MASK, GDK_KEY_Control_L },
  { GDK_SHIFT_MASK, GDK_KEY_Shift_L },
  { GDK_ALT_MASK, GDK_KEY_Alt_L },
  { GDK_SUPER_MASK, GDK_KEY_Super_L },
};

static gboolean
has_keyboard_focus (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_is_active (window))
        return TRUE;
    }

  return FALSE;
}

/* Holds the modifiers of @accelerator down, presses and lets go of its
 * key, then lets go of the modifiers, as a person does.
 */
static void
press_keys (MbcTestSeat *seat,
            const char  *accelerator)
{
  GdkModifierType mask = 0;
  guint keyval = 0;

  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &mask));
  watch_events (seat);

  /* A window just opened takes the focus in a moment: a key pressed
   * before would go to no one.
   */
  for (guint i = 0; i < 100 && !has_keyboard_focus (); i++)
    mbc_test_iterate (10);
  seat->pressed_key = gdk_keyval_to_lower (keyval);
  seat->key_down = seat->key_up = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    if (mask & modifiers[i].modifier)
      keysym (seat, modifiers[i].keyval, TRUE);

  /* A key that needs Shift, such as "?", gets it from mutter. */
  keysym (seat, keyval, TRUE);
  keysym (seat, keyval, FALSE);

  for (guint i = G_N_ELEMENTS (modifiers); i > 0; i--)
    if (mask & modifiers[i - 1].modifier)
      keysym (seat, modifiers[i - 1].keyval, FALSE);
}

/**
 * mbc_test_seat_press:
 * @accelerator: keys as gtk_accelerator_parse() reads them, such as
 *   "<Control><Shift>i" or "F10"
 *
 * Presses the keys, and waits for the guide to have taken them.
 *
 * Returns: whether they reached the guide
 */
gboolean
mbc_test_seat_press (MbcTestSeat *seat,
                     const char  *accelerator)
{
  press_keys (seat, accelerator);

  /* When the key opens or closes a window, the window manager may give
   * its release to no one: it is waited for a little only.
   */
  for (guint i = 0; i < 200 && !seat->key_down; i++)
    mbc_test_iterate (10);
  for (guint i = 0; i < 15 && seat->key_down && !seat->key_up; i++)
    mbc_test_iterate (10);

  settle ();

  return seat->key_down;
}

/**
 * mbc_test_seat_press_for_window_manager:
 *
 * Presses keys that the window manager takes for itself, such as
 * Alt+F4, and lets it and the guide answer.
 */
void
mbc_test_seat_press_for_window_manager (MbcTestSeat *seat,
                                        const char  *accelerator)
{
  press_keys (seat, accelerator);
  mbc_test_iterate (300);
  if (seat->key_down)
    g_test_message ("%s reached the guide", accelerator);
}

/**
 * mbc_test_seat_wait_for_focus:
 *
 * Waits for the keyboard's focus to be on @window: GTK may take a window
 * for active a little before the window manager gives it the keys. A
 * Shift key, which does nothing alone, is pressed until it reaches
 * @window.
 *
 * Returns: whether it did, within two seconds
 */
gboolean
mbc_test_seat_wait_for_focus (MbcTestSeat *seat,
                              GtkWindow   *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  watch_events (seat);

  for (guint i = 0; i < 10; i++)
    {
      seat->key_surface = NULL;
      keysym (seat, GDK_KEY_Shift_L, TRUE);
      keysym (seat, GDK_KEY_Shift_L, FALSE);
      for (guint j = 0; j < 20 && seat->key_surface == NULL; j++)
        mbc_test_iterate (10);

      if (seat->key_surface != NULL && seat->key_surface == surface)
        return TRUE;
    }

  return FALSE;
}

void
mbc_test_seat_move_by (MbcTestSeat *seat,
                       double       dx,
                       double       dy)
{
  call (seat, "NotifyPointerMotionRelative", g_variant_new ("(dd)", dx, dy));
}

/* Where the pointer is on @surface, once it has come there and stopped;
 * FALSE if it is not there after a second.
 */
static gboolean
read_pointer (GdkSurface *surface,
              double     *x,
              double     *y)
{
  GdkDisplay *display = gdk_surface_get_display (surface);
  GdkDevice *pointer = gdk_seat_get_pointer (gdk_display_get_default_seat (display));
  double last_x = -1, last_y = -1;

  for (guint i = 0; i < 100; i++)
    {
      mbc_test_iterate (10);
      if (gdk_surface_get_device_position (surface, pointer, x, y, NULL) &&
          *x >= 0 && *y >= 0 && *x == last_x && *y == last_y)
        return TRUE;

      last_x = *x;
      last_y = *y;
    }

  return FALSE;
}

/**
 * mbc_test_seat_point_at:
 *
 * Moves the pointer over (@x, @y) of @widget. Mutter's remote desktop
 * moves the pointer by so much, not to a place, and GTK does not know
 * where on the screen a window is: the pointer goes to the top left
 * corner, then to the middle of the screen, where the guide's window
 * and its dialogs are, and from where it is seen to be on the window,
 * to @widget.
 */
void
mbc_test_seat_point_at (MbcTestSeat *seat,
                        GtkWidget   *widget,
                        double       x,
                        double       y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface),
                                                            surface);
  GdkRectangle screen;
  graphene_point_t point;
  double native_x, native_y;
  double at_x, at_y;

  gdk_monitor_get_geometry (monitor, &screen);
  mbc_test_seat_move_by (seat, -100000, -100000);
  mbc_test_seat_move_by (seat, screen.x + screen.width / 2, screen.y + screen.height / 2);
  if (!read_pointer (surface, &at_x, &at_y))
    g_error ("The middle of the screen is not on the %s of %s",
             G_OBJECT_TYPE_NAME (native), G_OBJECT_TYPE_NAME (widget));

  /* Where @widget is now, after the wait. */
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &native_x, &native_y);
  point.x += native_x;
  point.y += native_y;

  /* A relative motion can land a fraction of a pixel short, and on a
   * busy machine the pointer may be read before the last motion has
   * arrived: move by what is left until it is there.
   */
  for (guint i = 0; i < 5; i++)
    {
      mbc_test_seat_move_by (seat, point.x - at_x, point.y - at_y);
      g_assert_true (read_pointer (surface, &at_x, &at_y));
      if (ABS (at_x - point.x) <= 0.5 && ABS (at_y - point.y) <= 0.5)
        break;
    }
  g_assert_cmpfloat_with_epsilon (at_x, point.x, 0.5);
  g_assert_cmpfloat_with_epsilon (at_y, point.y, 0.5);
}

/* @button as GDK numbers it: 1 left, 2 middle, 3 right. */
void
mbc_test_seat_button (MbcTestSeat *seat,
                      guint        button,
                      gboolean     down)
{
  static const int codes[] = { 0, BTN_LEFT, BTN_MIDDLE, BTN_RIGHT };
  guint before = seat->button_releases;

  g_assert_cmpuint (button, >=, 1);
  g_assert_cmpuint (button, <=, 3);

  watch_events (seat);
  call (seat, "NotifyPointerButton", g_variant_new ("(ib)", codes[button], down));
  if (down)
    return;

  for (guint i = 0; i < 200 && seat->button_releases == before; i++)
    mbc_test_iterate (10);
  if (seat->button_releases == before)
    g_test_message ("a release of button %u did not reach the guide", button);
  settle ();
}

/**
 * mbc_test_seat_drag:
 *
 * Drags with the left button by (@dx, @dy), in steps, as a hand does.
 * The window manager may take the drag, to move a window: its release
 * is not waited for.
 */
void
mbc_test_seat_drag (MbcTestSeat *seat,
                    double       dx,
                    double       dy)
{
  watch_events (seat);
  call (seat, "NotifyPointerButton", g_variant_new ("(ib)", BTN_LEFT, TRUE));
  for (guint i = 0; i < 10; i++)
    {
      mbc_test_seat_move_by (seat, dx / 10, dy / 10);
      mbc_test_iterate (20);
    }
  call (seat, "NotifyPointerButton", g_variant_new ("(ib)", BTN_LEFT, FALSE));
  mbc_test_iterate (300);
}

/* Clicks @button @n_press times, quickly enough to count as one click
 * of @n_press, as a double click does.
 */
void
mbc_test_seat_click (MbcTestSeat *seat,
                     guint        button,
                     guint        n_press)
{
  for (guint i = 0; i < n_press; i++)
    {
      mbc_test_seat_button (seat, button, TRUE);
      mbc_test_seat_button (seat, button, FALSE);
    }
}
