/* test-atspi-guide.h: the built guide, driven over the accessibility
 * bus as a screen reader's user drives it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mbc-translations.h"
#include "test-atspi-walk.h"

G_BEGIN_DECLS

/* Keysyms, as X names them. */
#define KEY_TAB       0xff09
#define KEY_ESCAPE    0xff1b
#define KEY_RETURN    0xff0d
#define KEY_CONTROL_L 0xffe3
#define KEY_F10       0xffc7

typedef struct
{
  GPid             pid;
  char            *home;
  AtspiAccessible *app;
  MbcWalk         *walk;
} Guide;

/* How many times slower than usual the guide runs (the sanitizers'). */
extern guint            guide_time_scale;
/* The catalogue the walk reads the guide's words in, or NULL: English. */
extern MbcTranslations *guide_spanish;

void             guide_iterate                (guint            milliseconds);
const char      *guide_tr                     (const char      *msgid);
void             guide_read_in                (const char      *language);

void             guide_tell_session_bus_the_display (void);

Guide           *guide_start                  (gboolean         kiosk);
void             guide_stop                   (Guide           *guide);
AtspiAccessible *guide_window                 (Guide           *guide);
void             guide_walk_now               (Guide           *guide,
                                               const char      *state,
                                               gboolean         tab);

void             guide_press_key              (guint            keysym);
void             guide_press_with_control     (guint            keysym);
void             guide_type_text              (const char      *text);
void             guide_activate               (AtspiAccessible *accessible);
void             guide_activate_named         (MbcWalk         *walk,
                                               AtspiAccessible *root,
                                               AtspiRole        role,
                                               const char      *name);
void             guide_activate_named_any     (MbcWalk         *walk,
                                               AtspiAccessible *root,
                                               const AtspiRole *roles,
                                               const char      *name);
void             guide_activate_window_action (Guide           *guide,
                                               const char      *name);
void             guide_activate_app_action    (Guide           *guide,
                                               const char      *name);
void             guide_close_top_window       (Guide           *guide);

G_END_DECLS
