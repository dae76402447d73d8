"""Ingest: any article file -> an ``Article`` (clean paragraphs plus source metadata)."""

from __future__ import annotations

import datetime
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
    articles = _ingest(raw, name, options.input_format)
    if name != STDIN_NAME and len(articles) == 1:
        _with_sidecar(articles[0], Path(path))
    return articles


#: What a metadata sidecar may say, by the Article field it fills.
SIDECAR_FIELDS = {"title": ("title",), "outlet": ("outlet", "source"), "published": ("published", "date"),
                  "author": ("author",), "url": ("url",)}


SIDECAR_SUFFIX = ".meta.yaml"


def sidecar_path(path: Path) -> Path:
    """Where an article's metadata sidecar is: ``NAME.meta.yaml`` beside ``NAME.txt``."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def _with_sidecar(article: Article, path: Path) -> None:
    """Fill ``article`` from the YAML sidecar beside it (``NAME.meta.yaml``: title, outlet/source,
    date/published, author, url), when there is one: what it states outranks what was guessed from the
    text (a credit line's date), as a plain text file carries no metadata of its own."""
    from reportgen.brief.yamlio import parse_yaml
    from reportgen.ingest.formats import iso_date

    meta_path = sidecar_path(path)
    if not meta_path.is_file():
        return
    data = parse_yaml(read_bytes(meta_path, 1 << 20).decode("utf-8", "replace"), str(meta_path)).data
    if data is None:
        return  # (an empty sidecar, or one of comments only, states nothing)
    if not isinstance(data, dict):
        raise InputError("metadata sidecar is not a mapping of fields (title, outlet, date, ...)",
                         str(meta_path))
    meta = {str(k).lower(): v for k, v in data.items()}
    for field_name, keys in SIDECAR_FIELDS.items():
        key = next((k for k in keys if meta.get(k) not in (None, "")), None)
        if key is None:
            continue
        value = _sidecar_value(meta[key], field_name, key, str(meta_path))
        if field_name == "published":
            value = iso_date(value) or ""
            if not value:
                raise InputError(f"metadata sidecar {key} {meta[key]!r} is no date (write YYYY-MM-DD)",
                                 str(meta_path))
        setattr(article, field_name, value)


def _sidecar_value(value: object, field_name: str, key: str, name: str) -> str:
    """A sidecar field as text: a string, number or date, or (for the author) a list of names."""
    if field_name == "author" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value)
    if isinstance(value, bool) or not isinstance(value, str | int | float | datetime.date):
        raise InputError(f"metadata sidecar {key} should be text, not {type(value).__name__}", name)
    return str(value).strip()


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
