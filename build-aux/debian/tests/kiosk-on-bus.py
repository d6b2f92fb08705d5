# Run by debian/tests/kiosk-session as the workstation's user, on the
# guide's session bus: the guide's window (process argv[1]) is on the
# accessibility bus, on its start page, which offers the languages.
import sys
import time

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib  # noqa: E402


def find(node, role, name, depth=0):
    if node is None or depth > 40:
        return None
    try:
        if node.get_role() == role and node.get_name() == name:
            return node
        count = node.get_child_count()
    except GLib.Error:
        return None
    for i in range(count):
        found = find(node.get_child_at_index(i), role, name, depth + 1)
        if found is not None:
            return found
    return None


def guide_window(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is None or app.get_process_id() != pid:
                continue
            for j in range(app.get_child_count()):
                window = app.get_child_at_index(j)
                if window.get_role() == Atspi.Role.FRAME and window.get_name() == 'MBC Guide':
                    return window
        except GLib.Error:
            continue
    return None


pid = int(sys.argv[1])
deadline = time.monotonic() + 60
while True:
    window = guide_window(pid)
    if window is not None and find(window, Atspi.Role.PUSH_BUTTON, 'Español') is not None:
        break
    if time.monotonic() > deadline:
        sys.exit('No start page of the guide, with a button “Español”, on the accessibility bus after 60 s')
    time.sleep(0.5)
size = window.get_size()
print(f'window “MBC Guide”, {size.x}×{size.y}, on its start page, with the button “Español”')
