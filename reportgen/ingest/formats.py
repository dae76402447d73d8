"""Format detection and per-format parsing (text, Markdown, HTML, JSON, JSON Lines)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from reportgen.errors import InputError
from reportgen.ingest import Article
from reportgen.ingest.boilerplate import (
    DATE_LINE,
    byline_author,
    clean_paragraphs,
    dated_credit,
    dateline_date,
    dateline_end,
    dateline_outlet,
    furniture_kind,
)

_EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
               ".htm": "html", ".xhtml": "html", ".json": "json", ".jsonl": "jsonl",
               ".ndjson": "jsonl"}

#: A first paragraph at most this long, not ending like a sentence, is the headline.
_TITLE_MAX_CHARS = 200


def detect_format(name: str, text: str) -> str:
    """The format from the file extension, else from the content."""
    lower = name.lower()
    for ext, fmt in _EXTENSIONS.items():
        if lower.endswith(ext):
            return fmt
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(r"<(body|article|p|div|h1)\b",
                                                                        head):
        return "html"
    stripped = text.strip()
    if stripped.startswith(("{", "[")):
        lines = [ln for ln in stripped.splitlines() if ln.strip()]
        if len(lines) > 1 and all(ln.lstrip().startswith("{") and ln.rstrip().endswith("}") for ln in lines):
            return "jsonl"
        return "json"
    if text.startswith("---\n") or re.search(r"^(#{1,6} |\* |- |> )", text, re.M):
        return "md"
    return "txt"


def parse(text: str, fmt: str, name: str) -> Article:
    """The first (usually only) article in ``text``."""
    return parse_all(text, fmt, name)[0]


def parse_all(text: str, fmt: str, name: str) -> list[Article]:
    """Every article in ``text``: one for most formats, one per line of JSON Lines."""
    if fmt == "html":
        from reportgen.ingest.html import parse_html

        return [parse_html(text, name)]
    if fmt in ("json", "jsonl"):
        return parse_json(text, fmt, name)
    if fmt == "md":
        return [parse_markdown(text)]
    return [parse_text(text)]


def split_paragraphs(text: str, soft_breaks: bool = False) -> list[str]:
    """Blank-line separated paragraphs, each on one line with single spaces. Inside a block, lines are
    joined when they are one paragraph wrapped at a fixed width (:func:`hard_wrapped`) and kept as
    paragraphs of their own otherwise (text copied from a web page puts a paragraph on each line);
    ``soft_breaks`` joins them always (Markdown, where a single newline is a soft break)."""
    out = []
    for number, block in enumerate(re.split(r"\n\s*\n", text)):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        for run in ([lines] if soft_breaks else _runs(lines, first_block=number == 0)):
            groups = [run] if soft_breaks or hard_wrapped(run) else [[ln] for ln in run]
            for group in groups:
                if group:
                    out.append(re.sub(r"\s+", " ", " ".join(group)))
    return out


#: A live blog's time heading that opens an entry: "14:05 GMT - Death toll rises", "9.30am: ...".
_TIME_HEADING = re.compile(r"^\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?\s*[-—–:]\s")


def _runs(lines: list[str], first_block: bool) -> list[list[str]]:
    """A block's lines cut where a line cannot continue the one before: right after the headline, after
    a sentence's end or after furniture, a byline, a dated credit, a timestamp or a live blog's time
    heading stands alone ("Minister resigns⏎By Ann Roe⏎..." is no wrapped headline), and a wire dateline
    (under the headline) or a timed entry opens a paragraph. Mid-sentence, a line that merely starts
    like one ("...which the Lancet first⏎published in March 2019, found ...") runs on."""
    runs: list[list[str]] = [[]]
    breakable = True  # the block's first line, which may be the headline
    for number, line in enumerate(lines):
        timed = bool(_TIME_HEADING.match(line))
        kind = furniture_kind(line)
        # (a date line stands alone even after a line with no full stop: "Rural Affairs Reporter⏎Thu, 12
        # Mar 2026, 4:15pm")
        alone = bool(DATE_LINE.match(line)) or (breakable and (kind in ("byline", "timestamp", "dated-credit")
                                                               or (timed and is_headline(line))))
        dateline = first_block and number == 1 and dateline_end(line) > 0  # right under the headline
        opens = breakable and (timed or dateline)
        if (alone or opens) and runs[-1]:
            runs.append([])
        runs[-1].append(line)
        if alone:
            runs.append([])
        breakable = alone or (first_block and number == 0) or line.endswith(_SENTENCE_END)
    return [run for run in runs if run]


#: Longest line a fixed-width wrap makes (mail clients and editors wrap at 72-80 characters).
_WRAP_WIDTH = 100
_SENTENCE_END = (".", "!", "?", ":", "\"", "”", "’", "'", ")")


def hard_wrapped(lines: list[str]) -> bool:
    """Whether a block's lines are one paragraph wrapped at a fixed width: every line but the last is
    short and most end mid-sentence. Paragraph-per-line text has long lines, or lines that end
    sentences."""
    body = lines[:-1]
    if not body:
        return True
    if any(len(line) > _WRAP_WIDTH for line in body):
        return False
    return 2 * sum(line.endswith(_SENTENCE_END) for line in body) < len(body) + (len(body) == 1)


#: A headline that ends by quoting a whole sentence: "Mayor on the strike: ‘We Will Not Give In.’"
_QUOTED_ENDING = re.compile(r"""^(?P<lead>.*?)\s*(?:"[^"]+"|“[^“”]+”|‘[^‘’]+’|'[^']+'|«[^«»]+»)$""")


def is_headline(paragraph: str) -> bool:
    """A paragraph shaped like a headline or deck: short, with no closing full stop or comma; a full
    stop inside a closing quotation belongs to the quote (then the words before it may end in a
    colon)."""
    text = paragraph.rstrip()
    if len(paragraph) > _TITLE_MAX_CHARS:
        return False
    quoted = _QUOTED_ENDING.match(text)
    if quoted and quoted.group("lead") and text[-2:-1] in (".", "!", "?"):
        lead = quoted.group("lead")  # one line of words before the quote, no sentence of its own
        return not lead.endswith((".", ",", ";")) and not re.search(r"[.!?]\s", lead)
    bare = text.rstrip("\"'”’»")
    return not bare.endswith((".", ",", ";", ":"))


def _title_and_body(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    if len(paragraphs) > 1 and is_headline(paragraphs[0]):
        return paragraphs[0], paragraphs[1:]
    return None, paragraphs


def _article(title: str | None, body: list[str], **meta: Any) -> Article:
    """The title stays the first paragraph: extraction reads headline quotes too.

    Metadata the file does not state is taken from the text when wire copy states it: the author
    from a byline (which is then removed), the outlet from a dateline such as "LONDON (Reuters) -".
    """
    kept, removed = clean_paragraphs(body)
    if not meta.get("author"):
        meta["author"] = next((a for a in map(byline_author, removed) if a), None)
    credit = next((c for c in map(dated_credit, removed) if c), None)
    if not meta.get("outlet"):
        meta["outlet"] = next((o for o in map(dateline_outlet, kept[:2]) if o), None) \
            or (credit[0] if credit and not _a_place(credit[0]) else None)  # ("KYIV, 12 March 2026")
    if not meta.get("published") and credit:
        meta["published"] = iso_date(credit[1])
    if not meta.get("published"):  # "PORTO ALEGRE, 7 November 2026 — Rain fell ..."
        meta["published"] = iso_date(next((d for d in map(dateline_date, kept[:2]) if d), None))
    return Article(text="\n\n".join(([title] if title else []) + kept), title=title, removed=removed,
                   **meta)


def _a_place(name: str) -> bool:
    """A place the gazetteer knows (a dateline's "KYIV, 12 March 2026" names where, not who)."""
    from reportgen.geo.gazetteer import gazetteer

    places = gazetteer()
    return bool(places.country(name) or places.cities(name.title()) or places.subdivisions(name.title()))


def parse_text(text: str) -> Article:
    title, body = _title_and_body(split_paragraphs(text))
    return _article(title, body)


_MD_INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                   # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),               # links keep their words
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),                    # bold
    (re.compile(r"(?<![\w*])[*_](.+?)[*_](?![\w*])"), r"\1"),     # italics
    (re.compile(r"`([^`]+)`"), r"\1"),                           # inline code
]


def parse_markdown(text: str) -> Article:
    """Markdown with optional YAML front matter (title, outlet/source, date/published, author, url)."""
    meta: dict[str, Any] = {}
    front = re.match(r"^---\n(.*?)\n(---|\.\.\.)\n", text, re.S)
    if front:
        meta = _front_matter(front.group(1))
        text = text[front.end():]
    title = None
    lines: list[str] = []
    for line in text.split("\n"):
        heading = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            if title is None and line.startswith("# "):
                title = heading.group(1)
            lines.extend(["", heading.group(1), ""])
            continue
        if re.match(r"^\s*([-*_]\s*){3,}$", line):  # horizontal rule
            lines.append("")
            continue
        line = re.sub(r"^\s*>\s?", "", line)
        item = re.match(r"^\s*([-*+]|\d+\.)\s+", line)
        if item:  # each list item is a paragraph of its own, not glued to the next
            lines.append("")
            line = line[item.end():]
        for pattern, repl in _MD_INLINE:
            line = pattern.sub(repl, line)
        lines.append(line)
    paragraphs = split_paragraphs("\n".join(lines), soft_breaks=True)
    if title is None:
        title, _ = _title_and_body(paragraphs)
    body = paragraphs[1:] if paragraphs and paragraphs[0] == title else paragraphs
    title = _text(meta.get("title")) or title
    return _article(title, body, outlet=_text(meta.get("outlet") or meta.get("source")),
                    published=iso_date(meta.get("published") or meta.get("date")),
                    author=_text(meta.get("author")), url=_text(meta.get("url")))


def _front_matter(block: str) -> dict[str, Any]:
    from reportgen.brief.yamlio import parse_yaml

    try:
        data = parse_yaml(block, "front matter").data
    except InputError:
        return {}
    return {str(k).lower(): v for k, v in data.items()} if isinstance(data, dict) else {}


_JSON_TEXT_KEYS = ("text", "body", "content", "article")


def parse_json(text: str, fmt: str, name: str) -> list[Article]:
    """Objects with text, title, url, published, outlet: one object, a list of them, or JSON Lines."""
    records: list[Any] = []
    try:
        if fmt == "jsonl":
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise InputError(f"invalid JSON on line {number} column {exc.colno}: {exc.msg}",
                                         name) from None
        else:
            data = json.loads(text)
            records = data if isinstance(data, list) else [data]
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", name) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", name) from None
    if not records:
        raise InputError("JSON input holds no article object", name)
    return [_json_article(record, i, len(records), name) for i, record in enumerate(records)]


def _json_article(data: Any, index: int, count: int, name: str) -> Article:
    where = f"record {index + 1}: " if count > 1 else ""
    if not isinstance(data, dict):
        raise InputError(f"{where}JSON input must be an object with a 'text' field", name)
    body = next((data[k] for k in _JSON_TEXT_KEYS if isinstance(data.get(k), str) and data[k].strip()),
                None)
    if body is None:
        raise InputError(f"{where}JSON object has no 'text' field", name)
    paragraphs = split_paragraphs(body.replace("\r\n", "\n"))
    title = _text(data.get("title") or data.get("headline"))
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    elif not title:
        title, paragraphs = _title_and_body(paragraphs)

    def field(*keys: str) -> str | None:
        return next((_text(data[k]) for k in keys if _text(data.get(k))), None)

    return _article(title, paragraphs, outlet=field("outlet", "source", "site_name", "publisher"),
                    published=iso_date(field("published", "date", "published_at", "pubdate")),
                    author=field("author", "byline"), url=field("url", "link"))


def _text(value: Any) -> str | None:
    """A metadata value as one clean line of text, or ``None``."""
    if value is None or isinstance(value, dict | list):
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


def iso_date(value: Any) -> str | None:
    """A publication date as ISO 8601 (``YYYY-MM-DD``), or ``None`` when it cannot be read."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = _text(value)
    if not text:
        return None
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    from dateutil import parser

    try:
        return parser.parse(text, fuzzy=False).date().isoformat()
    except (ValueError, OverflowError):
        return None
