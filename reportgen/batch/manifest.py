"""The manifest: what batch last wrote into an output folder, keyed by output path.

Each entry records the dependency key an output was built from and the hash of the bytes written,
which is how an analyst's edit of a generated YAML brief is told apart from batch's own file.
A sharded run writes its own manifest file, so N CI runners' folders merge without clashes;
reading merges every manifest in the folder, newest last.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reportgen.fileio import write_atomic

MANIFEST_NAME = ".reportgen-manifest.json"
MANIFEST_GLOB = ".reportgen-manifest*.json"
FORMAT = 1


@dataclass(frozen=True)
class Entry:
    key: str
    sha256: str
    input: str
    parts: dict[str, str] = field(default_factory=dict)
    #: Size and mtime when written: while both still match, the file's hash need not be recomputed.
    size: int = -1
    mtime_ns: int = -1

    def current_sha256(self, path: Path) -> str | None:
        """The hash of ``path`` now (None if missing), read from disk only if its stat changed."""
        try:
            stat = path.stat()
        except OSError:
            return None
        if stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns:
            return self.sha256
        from reportgen.batch.deps import sha256_file

        return sha256_file(path)


def manifest_name(shard: tuple[int, int] | None) -> str:
    return MANIFEST_NAME if shard is None else f".reportgen-manifest.shard-{shard[0]}-of-{shard[1]}.json"


class Manifest:
    """Entries by output path (posix, relative to the output folder)."""

    def __init__(self, folder: Path, name: str = MANIFEST_NAME, entries: dict[str, Entry] | None = None):
        self.folder = folder
        self.name = name
        self.entries: dict[str, Entry] = dict(entries or {})

    @classmethod
    def load(cls, folder: Path, name: str = MANIFEST_NAME) -> Manifest:
        """Every manifest in ``folder`` merged (oldest first); unreadable ones count as empty."""
        entries: dict[str, Entry] = {}
        files = sorted(folder.glob(MANIFEST_GLOB), key=lambda f: (f.stat().st_mtime_ns, f.name))
        for file in files:
            try:
                data = json.loads(file.read_text("utf-8"))
                if data.get("format") != FORMAT:
                    continue
                for rel, raw in data.get("outputs", {}).items():
                    parts = {str(k): str(v) for k, v in (raw.get("parts") or {}).items()}
                    entries[rel] = Entry(str(raw["key"]), str(raw["sha256"]), str(raw.get("input", "")),
                                         parts, int(raw.get("size", -1)), int(raw.get("mtime_ns", -1)))
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                continue
        return cls(folder, name, entries)

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
