# Starts the installed guide and looks for its window as a screen reader
# does, through libatspi: a frame of the guide's process, named with the
# window's title, holding the view switcher's "Body Map" tab and the
# liver among the parts of the body. In Spanish, the same names come
# from the installed catalogue.
import gettext
import os
import subprocess
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


def guide_window(pid, title):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is None or app.get_process_id() != pid:
                continue
        except GLib.Error:
            continue
        for j in range(app.get_child_count()):
            window = app.get_child_at_index(j)
            if (window.get_role() == Atspi.Role.FRAME and window.get_name() == title and
                    window.get_state_set().contains(Atspi.StateType.SHOWING)):
                return window
    return None


def check(language):
    if language == 'en':
        tr = gettext.NullTranslations()
    else:
        tr = gettext.translation('mbc-guide', languages=[language])
    title = tr.gettext('MBC Guide')
    tab = tr.gettext('Body Map')
    liver = tr.pgettext('site:liver:name', 'Liver')

    env = dict(os.environ, LANG='es_ES.UTF-8' if language == 'es' else 'C.UTF-8')
    guide = subprocess.Popen(['mbc-guide'], env=env)
    try:
        deadline = time.monotonic() + 60
        window = None
        while window is None:
            if guide.poll() is not None:
                sys.exit(f'mbc-guide exited with status {guide.returncode} before its window showed')
            if time.monotonic() > deadline:
                sys.exit(f'No window “{title}” of mbc-guide on the accessibility bus after 60 s')
            time.sleep(0.5)
            window = guide_window(guide.pid, title)
        for role, name in ((Atspi.Role.PAGE_TAB, tab), (Atspi.Role.PUSH_BUTTON, liver)):
            if find(window, role, name) is None:
                sys.exit(f'The window “{title}” has no {role.value_nick} “{name}”')
        print(f'{language}: window “{title}”, with the tab “{tab}” and the button “{liver}”')
    finally:
        guide.terminate()
        guide.wait(10)


for language in ('en', 'es'):
    check(language)
