"""The manifest: what batch last wrote into an output folder, keyed by output path.

Each entry records the dependency key an output was built from and the hash of the bytes written,
which is how an analyst's edit of a generated YAML brief is told apart from batch's own file: by
content, never by size or time. A YAML brief also carries that proof inside itself (a last comment
line with its key and the hash of the text above it), so one batch wrote but could not record (a
crash, a full disk, a damaged manifest) is still recognised as batch's own. A damaged manifest is
reported and rebuilt, never read as empty. A sharded run writes its own manifest file, so N CI
runners' folders merge without clashes; reading merges every manifest in the folder, newest last.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reportgen.errors import InputError
from reportgen.fileio import os_reason, write_atomic

MANIFEST_NAME = ".reportgen-manifest.json"
MANIFEST_GLOB = ".reportgen-manifest*.json"
LOCK_NAME = ".reportgen.lock"
FORMAT = 1


@dataclass(frozen=True)
class Entry:
    key: str
    sha256: str
    input: str
    parts: dict[str, str] = field(default_factory=dict)


def manifest_name(shard: tuple[int, int] | None) -> str:
    return MANIFEST_NAME if shard is None else f".reportgen-manifest.shard-{shard[0]}-of-{shard[1]}.json"


class Manifest:
    """Entries by output path (posix, relative to the output folder)."""

    def __init__(self, folder: Path, name: str = MANIFEST_NAME, entries: dict[str, Entry] | None = None):
        self.folder = folder
        self.name = name
        self.entries: dict[str, Entry] = dict(entries or {})
        #: Manifest files that could not be read, with why: their outputs are recognised from disk.
        self.damaged: list[tuple[Path, str]] = []

    @classmethod
    def load(cls, folder: Path, name: str = MANIFEST_NAME) -> Manifest:
        """Every manifest in ``folder`` merged (oldest first); damaged ones are listed in ``damaged``."""
        manifest = cls(folder, name)
        files = sorted(folder.glob(MANIFEST_GLOB), key=lambda f: (f.stat().st_mtime_ns, f.name))
        for file in files:
            try:
                manifest.entries.update(_read(file))
            except json.JSONDecodeError as exc:
                cut = not exc.doc.rstrip().endswith("}")
                manifest.damaged.append((file, "cut short" if cut else f"invalid JSON: {exc.msg}"))
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                manifest.damaged.append((file, str(exc) or type(exc).__name__))
        return manifest

    def get(self, rel: str) -> Entry | None:
        return self.entries.get(rel)

    def record(self, rel: str, entry: Entry) -> None:
        self.entries[rel] = entry

    def save(self, only: set[str] | None = None) -> None:
        """Write atomically; a shard's manifest keeps only ``only`` (its own outputs)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        outputs = {rel: asdict(e) for rel, e in sorted(self.entries.items()) if only is None or rel in only}
        text = json.dumps({"format": FORMAT, "outputs": outputs}, indent=1) + "\n"
        write_atomic(self.folder / self.name, text)
        if self.name == MANIFEST_NAME:  # an unsharded run holds everything: drop shard leftovers
            for file in self.folder.glob(MANIFEST_GLOB):
                if file.name != MANIFEST_NAME:
                    file.unlink(missing_ok=True)


def _read(file: Path) -> dict[str, Entry]:
    data = json.loads(file.read_text("utf-8"))
    outputs = data.get("outputs") if isinstance(data, dict) else None
    if not isinstance(outputs, dict) or data.get("format") != FORMAT:
        raise ValueError(f"not a reportgen manifest of format {FORMAT}")
    entries = {}
    for rel, raw in outputs.items():
        parts = {str(k): str(v) for k, v in (raw.get("parts") or {}).items()}
        entries[rel] = Entry(str(raw["key"]), str(raw["sha256"]), str(raw.get("input", "")), parts)
    return entries


# --- batch's own YAML briefs ----------------------------------------------------------------------

_STAMP = re.compile(rb"# written by reportgen batch: key ([0-9a-f]{64}) sha256 ([0-9a-f]{64})\n\Z")


def stamp(data: bytes, key: str) -> bytes:
    """A YAML brief with a last comment line naming its key and the hash of everything above it."""
    body = data if data.endswith(b"\n") else data + b"\n"
    proof = hashlib.sha256(body).hexdigest()
    return body + f"# written by reportgen batch: key {key} sha256 {proof}\n".encode()


def stamped_key(data: bytes) -> str | None:
    """The key batch stamped on ``data`` if nothing above the stamp changed since, else None."""
    line_start = data.rfind(b"\n", 0, len(data) - 1) + 1
    match = _STAMP.match(data, line_start)
    if match is None or hashlib.sha256(data[:line_start]).hexdigest() != match.group(2).decode():
        return None
    return match.group(1).decode()


# --- one run at a time per output folder ----------------------------------------------------------


@contextmanager
def folder_lock(folder: Path, waiting: Callable[[str], None]) -> Iterator[None]:
    """Hold the output folder's lock; when another run holds it, say so and wait for it.

    The lock is the operating system's (``flock``), so a run that was killed never leaves it held."""
    from filelock import FileLock, Timeout

    path = folder / LOCK_NAME
    lock = FileLock(path)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            waiting(f"{folder}: another reportgen batch is writing to this folder; waiting for it to "
                    f"finish (lock {path})")
            lock.acquire()
    except OSError as exc:
        raise InputError(f"cannot lock the output folder ({os_reason(exc)})",
                         folder) from None
    try:
        yield
    finally:
        lock.release()
