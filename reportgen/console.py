"""What a person at a terminal sees while reportgen works: rich displays for the command line.

Core code reports through plain sinks (:mod:`reportgen.progress`, the batch ``Log``); only the
command line picks these terminal versions, and only when a person is watching.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any

from reportgen.progress import SILENT, Progress, Stage


def use_rich(stream: IO[str]) -> bool:
    """A live display only for a person at a terminal; CI logs and pipes get plain lines."""
    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    return stream.isatty() and not ci and os.environ.get("TERM") != "dumb"


class SpinnerProgress:
    """One spinner line on stderr naming the current stage, with the time the run has taken so far;
    it disappears when the work is done (the command then says what it wrote)."""

    def __init__(self, stream: IO[str] | None = None):
        from rich.console import Console
        from rich.progress import Progress as Display
        from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

        self.display = Display(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                               console=Console(file=stream or sys.stderr), transient=True)
        self.task: Any = None

    def stage(self, name: Stage, detail: str = "") -> None:
        text = f"{name} {detail}".strip()
        if self.task is None:
            self.display.start()
            self.task = self.display.add_task(text, total=None)
        else:
            self.display.update(self.task, description=text)

    def close(self) -> None:
        if self.task is not None:
            self.display.stop()
            self.task = None


def terminal_progress(quiet: bool, stream: IO[str] | None = None) -> Progress:
    """The progress sink for a command: a spinner on a terminal, nothing when piped or ``quiet``."""
    stream = stream or sys.stderr
    return SILENT if quiet or not use_rich(stream) else SpinnerProgress(stream)
