#!/bin/sh
# Runs a test program inside a headless GNOME compositor (mutter), for
# what needs a real window manager, such as going full screen; bare
# Xvfb has none. mutter's own exit status says nothing of the program's,
# so the program's is kept in a file.
set -u
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
export GDK_BACKEND=wayland
export STATUS_FILE="$runtime/status"
# The test's G_DEBUG (fatal warnings) is for the test, not for mutter,
# which warns about services a headless session lacks.
export CHILD_G_DEBUG="${G_DEBUG:-}"
unset G_DEBUG

mutter --headless --wayland --no-x11 --virtual-monitor 1280x800 -- \
  sh -c 'G_DEBUG="$CHILD_G_DEBUG" "$@" > "$(dirname "$STATUS_FILE")/out.log" 2>&1
         echo $? > "$STATUS_FILE"' sh "$@" 2>"$runtime/mutter.log"

status=$(cat "$STATUS_FILE" 2>/dev/null || echo 1)
if [ "$status" != 0 ]; then
  echo "exit status $status; mutter said:" >&2
  tail -20 "$runtime/mutter.log" >&2
fi
cat "$runtime/out.log" 2>/dev/null
rm -rf "$runtime"
exit "$status"
