"""Which scripts of a brief the template's own fonts cannot draw, and which fonts drew them instead.

A template ships its fonts (the default: Charis SIL and Inter, Latin, Greek and Cyrillic). Text in
another script (Arabic, CJK, Devanagari…) is drawn by whatever font the system offers, or not at
all; the rendered brief says so, naming the fallback font WeasyPrint used, instead of silently
printing another typeface or empty boxes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportgen.render.fontfacts import characters_of, font_facts

FONT_SUFFIXES = (".ttf", ".otf")


def template_fonts(folders: Iterable[Path]) -> list[Path]:
    """The font files of a template stack (its folders and their subfolders)."""
    return sorted({f for folder in folders for f in folder.rglob("*")
                   if f.suffix.lower() in FONT_SUFFIXES and f.is_file()})


@dataclass(frozen=True)
class Fallback:
    """The fonts WeasyPrint fell back to for text the template's fonts lack, and the scripts that
    no font drew (their characters show as boxes)."""

    fonts: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


def uncovered_scripts(texts: Iterable[str], fonts: list[Path],
                      drawn_by: Iterable[bytes] = ()) -> tuple[str, ...]:
    """Names of the scripts (``Arabic``, ``CJK``…) of the letters, marks and digits in ``texts`` that
    none of ``fonts`` has a glyph for, less the scripts the fonts in ``drawn_by`` (data of the faces
    a PDF embeds, subset to what they drew) drew: a shaped script is drawn from presentation forms,
    so a whole script counts, not each character. Empty when there is no font to check."""
    if not fonts:
        return ()
    covered = frozenset().union(*(font_facts(f).characters for f in fonts))
    scripts = {_script(char) for char in set("".join(texts))
               if ord(char) not in covered and unicodedata.category(char)[0] in "LMN"}  # text, not symbols
    for data in drawn_by:
        scripts -= {_script(chr(code)) for code in _data_cmap(data)}
    return tuple(sorted(scripts))


def _script(char: str) -> str:
    """``ARABIC LETTER MEEM`` -> ``Arabic``; ``CJK UNIFIED IDEOGRAPH-6E2F`` -> ``CJK``."""
    word = unicodedata.name(char, "UNKNOWN").split()[0]
    return word if word == "CJK" else word.capitalize()


def family_names(fonts: list[Path]) -> frozenset[str]:
    """The family names the fonts declare (``Inter`` as well as ``Inter SemiBold``)."""
    return frozenset().union(*(font_facts(f).families for f in fonts))


#: Faces of the last few PDFs: a face subset to what one brief drew rarely recurs in another, so a
#: process rendering many briefs (batch, a server) must not keep them all.
FACE_CACHE_SIZE = 64


@lru_cache(maxsize=FACE_CACHE_SIZE)
def _data_cmap(data: bytes) -> frozenset[int]:
    return characters_of(data)
