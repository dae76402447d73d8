"""Sentences as an analyst reads them: spaCy's sentences, cut at paragraph breaks, without wire datelines.

Outlook and the summary pick whole sentences; both read them from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportgen.ingest.boilerplate import dateline_end
from reportgen.ingest.formats import is_headline


def sentences(doc: Any) -> Iterator[Any]:
    """spaCy's sentences, cut again at line breaks (a headline or list item never runs on into the
    next paragraph) and joined again where spaCy cut before a lower-case word ('me?" before his') or a
    comma ("SEOUL" | ", Oct 24 (Reuters) - ...")."""
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    pieces.append((start, token.i))
                start = token.i + 1
        if start < sent.end:
            pieces.append((start, sent.end))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        first = next((t for t in doc[start:end] if t.is_alpha), None)
        joined = merged and merged[-1][1] == start and not doc[start].is_space and (
            (first is not None and first.is_lower) or doc[start].text in (",", ";"))
        if joined:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    for start, end in merged:
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            yield doc[start:end]


def without_dateline(sent: Any) -> Any:
    """The sentence without a wire dateline glued before it ("OSLO, March 3 (Reuters) - "): its date
    is the day of writing, not a time ahead, and the text should start with the lead itself."""
    end = dateline_end(sent.text)
    if not end:
        return sent
    cut = sent.start_char + end
    start = next((t.i for t in sent if t.idx >= cut), sent.end)
    return sent.doc[start:sent.end] if start < sent.end else sent


def headline_end(doc: Any) -> int:
    """The character where the headline block ends: the leading paragraphs shaped like a headline
    or deck (short, no closing full stop), 0 when the text starts with its body."""
    text = doc.text
    end = 0
    while end < len(text):
        stop = text.find("\n\n", end)
        stop = len(text) if stop < 0 else stop
        paragraph = text[end:stop].strip()
        if not paragraph or not is_headline(paragraph) or stop == len(text):
            break
        end = stop + 2
        while end < len(text) and text[end] == "\n":
            end += 1
    return end
