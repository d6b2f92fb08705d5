/* mbc-test-lsan.c: LeakSanitizer leaves out what is allocated before
 * main(), while the system's libraries load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built into every test program when the build uses AddressSanitizer
 * (tests/meson.build), and only then.
 *
 * GLib makes its first table of quarks while it loads. Once a program has
 * made 2,048 quarks, GLib copies them to a bigger table and drops the
 * first on purpose, since other threads may still be reading it (gquark.c:
 * "This leaks the old quarks array"). The guide, with the diary's types
 * and errors, makes that many in the tests with a window. LeakSanitizer
 * names a leak by the stack that allocated it, and in most tests that
 * stack stops at the first frame in GLib, which has no frame pointers:
 * the table could not be told from a leak of ours, and unwinding whole
 * stacks instead makes a test with a window many times slower.
 *
 * So LeakSanitizer is told when the allocation was made, not where: what
 * is allocated before main() runs, while the dynamic loader runs the
 * libraries' initializers, is never reported. None of our code runs then:
 * the program's own initializers (the one below, and those that register
 * our resources) run after all the libraries', from the C library. From
 * main() on, every allocation is checked.
 */
#include <sanitizer/lsan_interface.h>

/* The executable's pre-initializers run before any library's
 * initializer, its initializers after all of them, just before main().
 */
static void
ignore_loading (void)
{
  __lsan_disable ();
}

__attribute__((section (".preinit_array"), used))
static void (*const ignore_loading_entry) (void) = ignore_loading;

__attribute__((constructor))
static void
check_from_main (void)
{
  __lsan_enable ();
}
