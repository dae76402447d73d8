"""Where the quotation marks of an article open and close, found once on the raw text.

Actors use the spans to keep quoted words out of pronoun antecedents; claims turn them into quotes.
Rules: double marks (straight or curly) pair up inside a paragraph; single marks count only where an
apostrophe cannot be meant (``don't``, ``Putin's``, ``'90s``, ``players'`` stay apostrophes) and
only outside double quotes; a quote still open at the end of a paragraph ends there (the next
paragraph usually reopens it, as wire copy does for quotes over several paragraphs).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+")
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"


@dataclass(frozen=True)
class QuoteSpan:
    """The words between one pair of quotation marks (character offsets into the text)."""

    start: int
    end: int
    paragraph: int
    open_end: bool = False

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the article's lines that hold text (headline, paragraphs, captions)."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every top-level quoted span in ``text``, in order, with surrounding spaces trimmed."""
    spans: list[QuoteSpan] = []
    for number, (start, end) in enumerate(paragraphs(text)):
        spans.extend(_spans_in(text, start, end, number))
    return spans


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _spans_in(text: str, start: int, end: int, number: int) -> list[QuoteSpan]:
    found: list[QuoteSpan] = []
    opened_at: int | None = None
    kind = ""
    for i in range(start, end):
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch == '"' and before.isdigit() and not after.isalnum():
            continue  # an inch mark: a 6" pipe
        if opened_at is None:
            if ch in _DOUBLE_OPEN or ch == '"':
                opened_at, kind = i + 1, "double"
            elif (ch in _SINGLE_OPEN or ch == "'") and not _is_word(before) and after.isalpha():
                opened_at, kind = i + 1, "single"
            continue
        if kind == "double" and (ch in _DOUBLE_CLOSE or (ch == '"' and not before.isspace())):
            _add(found, text, opened_at, i, number, False)
            opened_at = None
        elif kind == "double" and i > opened_at and (
                ch in _DOUBLE_OPEN or (ch == '"' and before.isspace() and after.isalnum())):
            # A new opening mark before any closing one: the previous quote ran on unclosed.
            _add(found, text, opened_at, i, number, True)
            opened_at = i + 1
        elif kind == "single" and (ch in _SINGLE_CLOSE or ch == "'") and not _is_word(after) \
                and not before.isspace() and not (before in "sS" and after == " " and ch == "'"):
            _add(found, text, opened_at, i, number, False)
            opened_at = None
    if opened_at is not None and kind == "double":
        _add(found, text, opened_at, end, number, True)
    return found


def _add(found: list[QuoteSpan], text: str, start: int, end: int, number: int, open_end: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(QuoteSpan(start, end, number, open_end))


class QuoteLookup:
    """Answers "is this character inside a quote, and which one" in O(log n)."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        self.spans = spans
        self._starts = [s.start for s in spans]

    def at(self, char: int) -> QuoteSpan | None:
        k = bisect_right(self._starts, char) - 1
        if k >= 0 and char < self.spans[k].end:
            return self.spans[k]
        return None

    def inside(self, char: int) -> bool:
        return self.at(char) is not None
