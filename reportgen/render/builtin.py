"""Paths of the built-in templates, for the ``reportgen.templates`` entry points.

An installed wheel carries the repository's ``templates/`` folder as ``reportgen/_templates/``;
a source checkout (editable install, tests) uses ``<repo>/templates/`` directly.
"""

from __future__ import annotations

from pathlib import Path

import reportgen

BUILTIN_NAMES = ("default", "summary")


def builtin_path(name: str) -> Path:
    """Folder of the built-in template ``name`` (packaged copy first, then the source checkout)."""
    packaged = Path(reportgen.__file__).resolve().parent / "_templates" / name
    if packaged.is_dir():
        return packaged
    return Path(reportgen.__file__).resolve().parents[1] / "templates" / name


default = builtin_path("default")
summary = builtin_path("summary")
