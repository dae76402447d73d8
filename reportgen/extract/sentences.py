"""Sentences as an analyst reads them: spaCy's sentences, cut at paragraph breaks and list bullets,
without wire datelines.

Outlook and the summary pick whole sentences; both read them from here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.layout import layout_of
from reportgen.extract.rules import fire, rule
from reportgen.ingest.boilerplate import dateline_end

LIST_ITEMS = rule(
    "text.list-items", "A paragraph that opens with a bullet is a list kept on one line: each bulleted item "
    "is a sentence of its own.",
    examples=[("Main points of the plan:\n\n- A ban on smoking in bars - Fines will rise to 500 euros "
               "- Shops will close early", {"outlook": "Fines will rise to 500 euros",
                                            "no_outlook": "- Shops"})],
    counter=[("The plan - agreed on Monday - will cut fares.", {"outlook": "The plan - agreed on Monday"})])


def sentences(doc: Any) -> Iterator[Any]:
    """spaCy's sentences, cut again at line breaks (a headline or list item never runs on into the
    next paragraph) and at the bullets of a list paragraph, and joined again where spaCy cut before a
    lower-case word ('me?" before his') or a comma ("SEOUL" | ", Oct 24 (Reuters) - ...")."""
    pieces: list[tuple[int, int]] = []
    items: set[int] = set()
    in_list = False
    layout = layout_of(doc)
    tokens = layout.tokens
    # (only a line break or a bullet cuts a sentence: the other tokens need not be read)
    breaks = frozenset(text for text in layout.by_text if "\n" in text)
    cuts = layout.positions("by_text", breaks | lexicon.LIST_BULLETS)
    for sent in layout.sentences:
        start = sent.start
        for token in (tokens[i] for i in cuts[bisect_left(cuts, sent.start):bisect_left(cuts, sent.end)]):
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    pieces.append((start, token.i))
                start = token.i + 1
                in_list = False
            elif token.text in lexicon.LIST_BULLETS and _bullet(token, in_list):
                if token.i > start:
                    pieces.append((start, token.i))
                start = token.i + 1
                items.add(start)
                in_list = True
                fire(doc, LIST_ITEMS, token.idx, token.idx + len(token.text))
        if start < sent.end:
            pieces.append((start, sent.end))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        first = next((t for t in tokens[start:end] if t.is_alpha), None)
        joined = merged and merged[-1][1] == start and not tokens[start].is_space and start not in items and (
            (first is not None and first.is_lower) or tokens[start].text in (",", ";"))
        if joined:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    for start, end in merged:
        while end > start and tokens[end - 1].is_space:
            end -= 1
        if end > start:
            yield doc[start:end]


def _bullet(token: Any, in_list: bool) -> bool:
    """A bullet opening a paragraph, or, further along a list paragraph, one between spaces before a
    capital ("... officers - Licensees who ...")."""
    doc = token.doc
    if token.i == 0 or (doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text):
        return True
    return in_list and bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_) \
        and token.i + 1 < len(doc) and doc[token.i + 1].is_title


def without_dateline(sent: Any) -> Any:
    """The sentence without a wire dateline glued before it ("OSLO, March 3 (Reuters) - "): its date
    is the day of writing, not a time ahead, and the text should start with the lead itself."""
    layout = layout_of(sent.doc)
    tokens = layout.tokens
    if len(sent) > 1 and tokens[sent.start].text in ("—", "–", "-") \
            and tokens[sent.start + 1].idx in layout.dateline_ends:
        return sent.doc[sent.start + 1:sent.end]  # the dash a dateline the parser split off left behind
    end = dateline_end(layout.text[sent.start_char:sent.end_char])  # (the span's text, not rebuilt)
    if not end and sent.start_char in layout.colon_datelines:
        end = layout.colon_datelines[sent.start_char] - sent.start_char  # ("RANCHI: The government ...")
    if not end and sent.start_char in layout.titled_datelines:
        end = layout.titled_datelines[sent.start_char] - sent.start_char  # ("Almaty, Kazakhstan – ...")
    if not end:
        return sent
    cut = sent.start_char + end
    start = next((t.i for t in tokens[sent.start:sent.end] if t.idx >= cut), sent.end)
    return sent.doc[start:sent.end] if start < sent.end else sent
