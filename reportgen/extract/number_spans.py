"""What the number rules share: a figure being read (``Amount``) and the token spans around it.

An ``Amount`` starts as a candidate span of number words; the layers of ``numbers.py`` fill in its
value, where its written span starts and ends, its unit and whether it is approximate, and the last
one turns it into a brief ``Number``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportgen.brief import Number
from reportgen.extract.layout import layout_of, sentence_of
from reportgen.extract.lexicon import RATIO_LINKS, SCALES
from reportgen.extract.numwords import is_scale, phrase_value
from reportgen.extract.rules import Rule, fire

#: Dashes that join a figure to its unit or another figure ("five-year", "10-12").
DASHES = frozenset({"-", "\u2013", "\u2014"})
#: A time of day ("9:30", "9pm", "9.30 a.m."): a reading of the clock, never a count or a length.
CLOCK = re.compile(r"\d{1,2}:\d\d|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?!\w)", re.IGNORECASE)


@dataclass
class Amount:
    """A figure being read. ``span`` holds its number words (an entity, or what a repair restored);
    ``start``/``end`` bound the fact as written (approximators, sign, unit and rate included)."""

    span: Any
    label: str
    value: float = 0.0
    start: int = 0
    end: int = 0
    unit: str | None = None
    approximate: bool = False
    #: The upper figure of a range or of two alternatives, if the figure is one.
    high: float | None = None
    #: Where the figures it took in as its own end ("per 1,000 patients"): they state no fact of their own.
    took_in: int = -1

    @property
    def doc(self) -> Any:
        return self.span.doc

    def decide(self, which: Rule, detail: str = "") -> None:
        """Record that ``which`` decided something about this figure (over its written span)."""
        doc = self.doc
        start, end = min(self.start, self.span.start), max(self.end, self.span.end)
        fire(doc, which, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), detail)

    def number(self) -> Number:
        """The brief's fact: the written span and its context, the sentence, both cut to the line the
        figure stands in (a headline the parser ran into the lead is not the lead's context)."""
        layout = layout_of(self.doc)
        line_start, line_end = line_bounds(self.span)
        start, end = max(self.start, line_start), min(self.end, line_end)
        text = layout.text_of(start, end)
        if layout.lowers[end - 1].rstrip(".") in SCALES:
            text = text.rstrip(".")
        return Number(value=plain(self.value), unit=self.unit, text=text,
                      context=layout.text_of(line_start, line_end).strip(), approximate=self.approximate,
                      high=plain(self.high) if self.high is not None else None)


#: A unit rule's finder: the unit it gives a figure and where the figure's span then ends, or None.
Finder = Callable[[Amount, list[Number]], "tuple[str, int] | None"]


def refuse(span: Any, which: Rule) -> None:
    """Record that ``which`` refused ``span`` as a fact."""
    fire(span.doc, which, span.start_char, span.end_char)


def has_amount(span: Any) -> bool:
    """The span holds an amount ("40", "seven", "million", "$5m"; not "second" or "first", which spaCy
    calls number-like)."""
    return any(any(ch.isdigit() for ch in t.text) or phrase_value([t.text]) is not None or is_scale(t.text)
               for t in span)


def is_number(span: Any) -> bool:
    """The span opens with a number ("five", "20")."""
    return len(span) > 0 and (span[0].like_num or phrase_value([span[0].text]) is not None)


#: A year as written ("2025", "1990s"): a date, never a count nor one side of a ratio.
YEAR = re.compile(r"^(?:1[5-9]|20)\d\d(?:s|’s|'s)?$")


def _ratio_link(doc: Any, start: int, end: int) -> bool:
    """Tokens ``start``-``end`` (inside the Doc) join a ratio's figures ("in", "out of", "of every")."""
    return 0 <= start < end <= len(doc) and " ".join(layout_of(doc).lowers[start:end]) in RATIO_LINKS


def ratio_numerator(doc: Any, start: int) -> int | None:
    """The index of a ratio's first figure when the figure at ``start`` is its second ("one in [five]",
    "9 of every [1,000]"), else None."""
    size = next((n for n in (2, 1) if _ratio_link(doc, start - n, start) and start - n >= 1), 0)
    return start - size - 1 if size and is_number(doc[start - size - 1:start - size]) else None


def ratio_denominator(doc: Any, end: int) -> int | None:
    """The index of a ratio's second figure after a first one ending at ``end``, else None."""
    size = next((n for n in (2, 1) if _ratio_link(doc, end, end + n) and end + n < len(doc)), 0)
    return end + size if size else None


def ratio_terms(first: Any, second: Any) -> tuple[float, float] | None:
    """The two numbers of "one in five" or "3 out of 10" (tokens ``first`` and ``second``), or None when
    "X in Y" is no ratio: a year or date on either side ("2% in 2025", "in 2022 in 12 countries") or a
    part no smaller than its whole."""
    if any(YEAR.match(t.text) or t.ent_type_ in ("DATE", "TIME") for t in (first, second)):
        return None
    numerator, denominator = phrase_value([first.text]), phrase_value([second.text])
    if numerator is None or denominator is None or not 0 < numerator < denominator:
        return None
    return numerator, denominator


def number_root(span: Any) -> Any:
    """The token of a span that carries its number, the first of a pair ("between 300 and 400"): the
    parse hangs the counted noun on it, not on "between" or the second bound."""
    root = span.root
    if not root.like_num:
        numeric = [t for t in span if t.like_num]
        root = numeric[-1] if numeric else root
    while root.dep_ == "conj" and root.head.like_num and root.head.i < root.i:
        root = root.head
    return root


def line_bounds(span: Any) -> tuple[int, int]:
    """Token bounds of the span's sentence cut at the line breaks around it."""
    sent = sentence_of(span)
    start, end = sent.start, sent.end
    texts = layout_of(span.doc).texts  # (a token's whitespace is a space at most: a break is a token)
    for i in range(start, end):
        if "\n" not in texts[i]:
            continue
        if i <= span.start:
            start = i + 1
        else:  # also inside the span: the model may run an entity across a blank line
            end = i
            break
    return start, end


def plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 6)
