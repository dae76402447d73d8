"""Watching the brief and the template stack with ``watchfiles``; every change renders again.

Two threads: one watches the stack's folders with everything below them (the client folder, its
assets, the templates it builds on), the other the brief's folder without descending, for the brief
alone (editors save by writing another file and renaming it over the brief, which a watch on the
file itself would lose). The folder watch starts again when a render changes the stack (a client's
``template:`` edited), and while no folder can be watched it looks again every second. Once a watch
is in place the session renders once more: a save made while the watch was being set up is not lost.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportgen.preview.session import PreviewSession

#: Milliseconds without a new change before a burst of changes is handed over (an editor's save
#: is several file events).
STEP_MS = 50
#: Milliseconds a watch waits before it looks whether it should stop or watch other folders.
TIMEOUT_MS = 250


class Watcher:
    """The watching threads of one session."""

    def __init__(self, session: PreviewSession):
        self.session = session
        self.stop_event = threading.Event()
        self.threads = [threading.Thread(target=self._watch_folders, name="reportgen-watch-stack",
                                         daemon=True),
                        threading.Thread(target=self._watch_brief, name="reportgen-watch-brief",
                                         daemon=True)]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def stop(self) -> None:
        self.stop_event.set()
        for thread in self.threads:
            thread.join(timeout=5)

    def _watch_folders(self) -> None:
        from watchfiles import DefaultFilter, watch

        ignored = DefaultFilter()
        while not self.stop_event.is_set():
            folders = self.session.watched().folders
            if not folders:
                self.stop_event.wait(1.0)
                continue
            first = True
            for changes in watch(*folders, watch_filter=ignored, step=STEP_MS, stop_event=self.stop_event,
                                 yield_on_timeout=True, rust_timeout=TIMEOUT_MS, raise_interrupt=False):
                if changes or first:
                    self.session.refresh()
                first = False
                if self.session.watched().folders != folders:
                    break  # the stack changed: watch its folders instead

    def _watch_brief(self) -> None:
        from watchfiles import watch

        files = self.session.watched().files
        if not files:
            return
        brief = files[0]

        def is_brief(change: object, path: str) -> bool:
            return Path(path) == brief

        first = True
        for changes in watch(brief.parent, watch_filter=is_brief, recursive=False, step=STEP_MS,
                             stop_event=self.stop_event, yield_on_timeout=True, rust_timeout=TIMEOUT_MS,
                             raise_interrupt=False):
            if changes or first:
                self.session.refresh()
            first = False
