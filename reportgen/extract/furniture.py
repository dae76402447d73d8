"""Where an article's page furniture lies: captions, credits, bylines and datelines inside the text.

Ingest drops paragraphs that are wholly furniture; what is left inside paragraphs ("(Photo: Jane
Roe/Getty Images)", a wire dateline) or reads as a bare label line is found here, once per Doc, so
actors and numbers agree on what is not article text.
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.quotes import paragraphs
from reportgen.ingest.boilerplate import dateline_end

#: "(Photo: Jane Roe/Getty Images)": credits inside a paragraph are furniture too.
CREDIT = re.compile(r"\((?:photo|image|picture|credit|file photo|pictured)\b[^)\n]{0,120}\)", re.IGNORECASE)
_CACHE_KEY = "reportgen_furniture"


def furniture_ranges(doc: Any) -> list[tuple[int, int]]:
    """Character ranges of captions, credits, bylines and datelines: text that is not the article's."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is None:
        cached = doc.user_data[_CACHE_KEY] = _ranges(doc)
    return list(cached)


def in_ranges(char: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in ranges)


#: A paragraph longer than this that opens like furniture is article text after its first sentence
#: ("Subscribe to our podcast here. The trouble began ..." run together by the page).
MAX_FURNITURE_WORDS = 60
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


def _first_sentence_end(text: str, start: int, end: int) -> int:
    """Where a paragraph opening like furniture stops being furniture: its end, or for a long one the
    end of its first sentence."""
    if len(text[start:end].split()) <= MAX_FURNITURE_WORDS:
        return end
    match = _SENTENCE_END.search(text, start, end)
    return match.end() if match else end


def _ranges(doc: Any) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    text = doc.text
    ents_by_char = sorted((e.start_char, e.end_char) for e in doc.ents)
    for number, (start, end) in enumerate(paragraphs(text)):
        line = text[start:end].strip()
        lowered = line.lower()
        dateline = dateline_end(text[:end], start)  # "WASHINGTON (Reuters) -" is page furniture
        if dateline > start:
            ranges.append((start, dateline))
        ranges.extend((m.start(), m.end()) for m in CREDIT.finditer(text, start, end))
        if number > 0 and lowered.startswith(lexicon.FURNITURE_PREFIXES):
            ranges.append((start, _first_sentence_end(text, start, end)))
            continue
        if lowered.startswith("by ") and len(line.split()) <= 8 and not line.endswith("."):
            ranges.append((start, end))
            continue
        if number == 0 or line.endswith((".", "?", "!", ":", "”", '"')):
            continue
        rest = line
        for s, e in ents_by_char:
            if start <= s and e <= end:
                rest = rest.replace(text[s:e], " ")
        if not re.sub(r"[\W_]+", "", rest):
            ranges.append((start, end))
    return ranges
