"""Stages of the pipeline as it works, for whoever wants to show them.

Core functions call a plain :class:`Progress` sink (no click, no rich); the command line passes one
that draws a spinner on a terminal (:mod:`reportgen.console`), everyone else gets :data:`SILENT`.
"""

from __future__ import annotations

from typing import Literal, Protocol

#: The stages, in the order a build goes through them (a brief made from one article skips merging).
Stage = Literal["reading", "loading model", "parsing", "extracting", "merging", "rendering"]
STAGES: tuple[Stage, ...] = ("reading", "loading model", "parsing", "extracting", "merging", "rendering")


class Progress(Protocol):
    """Told when a stage starts; ``detail`` names what it works on (a file, a count)."""

    def stage(self, name: Stage, detail: str = "") -> None: ...


class _Silent:
    """The sink of the Python API and of non-terminals: it shows nothing."""

    def stage(self, name: Stage, detail: str = "") -> None:
        pass


SILENT: Progress = _Silent()
