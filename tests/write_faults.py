"""Real write faults for tests: a file-size limit that makes writes fail like a full disk, root
without its power over file permissions, and a template that writes nothing but its output."""

from __future__ import annotations

import ctypes
import os
import re
import resource
import shutil
import signal
from collections.abc import Callable
from pathlib import Path


def file_size_limit(limit: int) -> Callable[[], None]:
    """A ``preexec_fn``: writes past ``limit`` bytes fail with EFBIG instead of killing the process."""
    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limited


def assert_no_temporary_files(*folders: Path) -> None:
    """No ``.part`` file of an atomic write and no folder of WeasyPrint's font copies is left."""
    for folder in folders:
        left = [p for p in folder.rglob("*") if p.name.endswith(".part") or p.name.startswith("weasyprint")]
        assert not left, left


PR_CAPBSET_DROP = 24
#: CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER: what lets root write into a read-only folder.
FILE_CAPABILITIES = (1, 2, 3)


def without_file_override() -> None:
    """A ``preexec_fn``: as root, give up the capabilities that ignore file permissions, so a read-only
    folder stops root too (the child runs as root without them after ``exec``)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in FILE_CAPABILITIES:
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def system_fonts_template(folder: Path) -> Path:
    """The default template without its own fonts: WeasyPrint then copies no font to a temporary
    folder, and the PDF is the only file a render writes."""
    from reportgen.render.builtin import default

    copy = folder / "system-fonts"
    shutil.copytree(default, copy, ignore=shutil.ignore_patterns("fonts"))
    style = copy / "style.css"
    style.write_text(re.sub(r"@font-face\s*\{[^}]*\}\s*", "", style.read_text("utf-8")), encoding="utf-8")
    return copy
