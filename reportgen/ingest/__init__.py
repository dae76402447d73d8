"""Ingest: any article file -> an ``Article`` (clean paragraphs plus source metadata)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reportgen.errors import InputError
from reportgen.fileio import read_bytes

if TYPE_CHECKING:  # importing reportgen imports this package: it stays light
    from reportgen.options import Options


@dataclass
class Article:
    """Clean article text (paragraphs separated by blank lines) and what is known about it."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    path: str | None = None
    sha256: str = ""
    format: str = "txt"
    removed: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]


FORMATS = ("txt", "md", "html", "json", "jsonl")
#: How errors name standard input.
STDIN_NAME = "<stdin>"


def ingest(path: str | Path, options: Options | None = None) -> Article:
    """Read and clean one article file (``-`` is stdin); a JSON list or JSONL gives its first article."""
    return ingest_all(path, options)[0]


def ingest_all(path: str | Path, options: Options | None = None) -> list[Article]:
    """Every article in one file: one for most formats, one per record of a JSON list or JSONL."""
    from reportgen.options import Options

    options = options or Options()
    name = STDIN_NAME if str(path) == "-" else str(path)
    try:
        raw = read_bytes(path, options.max_input_bytes)
    except InputError as err:
        raise InputError(err.message, name) from None
    return _ingest(raw, name, options.input_format)


def ingest_bytes(raw: bytes, name: str = "<input>", fmt: str | None = None) -> Article:
    """Decode, detect the format and clean ``raw``; errors name ``name``."""
    return _ingest(raw, name, fmt)[0]


def _ingest(raw: bytes, name: str, fmt: str | None) -> list[Article]:
    import hashlib

    from reportgen.ingest.decode import decode
    from reportgen.ingest.formats import detect_format, parse_all

    if fmt is not None:
        fmt = fmt.lower().lstrip(".")
        if fmt not in FORMATS:
            raise InputError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})", name)
    text = decode(raw, name)
    fmt = fmt or detect_format(name, text)
    articles = parse_all(text, fmt, name)
    digest = hashlib.sha256(raw).hexdigest()
    for article in articles:
        if not article.text.strip():
            raise InputError("no article text found (the file holds only markup or page furniture)", name)
        article.sha256 = digest
        article.path = None if name in ("-", "<input>", STDIN_NAME) else name
        article.format = fmt
    return articles
