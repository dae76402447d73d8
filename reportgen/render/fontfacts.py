"""What reportgen reads from a TrueType/OpenType file: whether it is usable, which characters it has
and its family names, read once per font and kept on disk.

Every cold process (each ``reportgen render``, each batch worker) checked the template's fonts when
rewriting its stylesheet and again for script coverage, which meant parsing each face's ``cmap``
with fontTools: about 70 ms of CPU for the default template's six faces, a tenth of a cold render.
The facts are kept per process and next to the subset web fonts (:func:`font_cache_dir`), keyed
by the font's bytes, so an edited font is read again and the answer is the same either way.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportgen.fileio import store_cache_file

LOG = logging.getLogger(__name__)
#: Bump when what is stored changes; older entries are then read again from the font.
FACTS_FORMAT = 1


@dataclass(frozen=True)
class FontFacts:
    """``usable``: its ``head`` and ``cmap`` tables can be read (WeasyPrint can use it);
    ``characters``: the code points its best ``cmap`` maps; ``families``: its family and
    typographic family names (``Inter`` as well as ``Inter SemiBold``)."""

    usable: bool
    characters: frozenset[int] = frozenset()
    families: frozenset[str] = frozenset()


def font_cache_dir() -> Path:
    """Where fonts' facts and subset web fonts are kept between runs
    (``$XDG_CACHE_HOME/reportgen/fonts``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reportgen" / "fonts"


def font_facts(path: Path) -> FontFacts:
    """The facts of the TrueType/OpenType font at ``path`` (``OSError`` if it cannot be read)."""
    info = path.stat()
    return _facts(str(path), info.st_mtime_ns, info.st_size)


@cache
def _facts(path: str, mtime_ns: int, size: int) -> FontFacts:
    import fontTools

    raw = Path(path).read_bytes()
    key = hashlib.sha256(raw + f"facts {FACTS_FORMAT} {fontTools.version}".encode()).hexdigest()
    stored = font_cache_dir() / f"{key}.facts.json"
    facts = _load(stored)
    if facts is None:
        facts = read_facts(raw)
        _store(stored, facts)
    return facts


def read_facts(raw: bytes) -> FontFacts:
    """The facts of a font's bytes, read with fontTools (a damaged table gives what could be read)."""
    from fontTools.ttLib import TTFont

    try:
        font = TTFont(io.BytesIO(raw), lazy=True)
        font["head"]
        font["cmap"]
    except Exception:  # fontTools raises many kinds of error on a damaged font (or a collection)
        return FontFacts(False, characters_of(raw))
    with font:
        try:
            characters = frozenset(font.getBestCmap() or {})
        except Exception:
            characters = frozenset()
        try:
            names = (font["name"].getDebugName(i) for i in (1, 16))
            families = frozenset(n for n in names if n)
        except Exception:
            families = frozenset()
    return FontFacts(True, characters, families)


def characters_of(raw: bytes) -> frozenset[int]:
    """The characters a font's bytes map (of the first font of a collection); none if damaged."""
    from fontTools.ttLib import TTFont

    try:
        with TTFont(io.BytesIO(raw), lazy=True, fontNumber=0) as font:
            return frozenset(font.getBestCmap() or {})
    except Exception:
        return frozenset()


def _load(stored: Path) -> FontFacts | None:
    """Facts from the disk cache; None when absent or not what :func:`_store` writes."""
    try:
        data = json.loads(stored.read_text("utf-8"))
        ranges, families = data["ranges"], data["families"]
        characters = frozenset(c for low, high in ranges for c in range(int(low), int(high) + 1))
        if data["format"] != FACTS_FORMAT or not isinstance(data["usable"], bool) or \
                not all(isinstance(name, str) for name in families):
            return None
        return FontFacts(data["usable"], characters, frozenset(families))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(stored: Path, facts: FontFacts) -> None:
    """Best effort: a read-only or missing home only means the font is read again next time."""
    ranges: list[list[int]] = []
    for code in sorted(facts.characters):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    text = json.dumps({"format": FACTS_FORMAT, "usable": facts.usable, "ranges": ranges,
                       "families": sorted(facts.families)})
    if not store_cache_file(stored, text):
        LOG.debug("font facts not cached: %s", stored)
