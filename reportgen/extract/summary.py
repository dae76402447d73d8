"""Bottom line up front: the 2-4 article sentences an analyst would lead a brief with.

News is written lead first, so the opening sentences carry who/what/why; the rules only skip
what is not a statement of the story (the headline again, bare quotes, bylines, short fragments).
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.brief import Actor

MAX_SENTENCES = 3
MIN_WORDS = 8
_QUOTE_OPEN = ("\"", "\u201c", "\u2018", "'")
_QUOTE_CLOSE = "\"'\u201d\u2019"
_FURNITURE = re.compile(r"^(by |photo|image|credit|read more|advertisement|follow |share |sign up|"
                        r"click |copyright|©|updated|published)", re.IGNORECASE)


def pick_summary(doc: Any, title: str | None, actors: list[Actor]) -> list[str]:
    """Up to ``MAX_SENTENCES`` lead sentences, in article order."""
    title_key = _key(title or "")
    chosen: list[str] = []
    for sent in doc.sents:
        text = " ".join(sent.text.split())
        if not _usable(text, title_key):
            continue
        chosen.append(text)
        if len(chosen) == MAX_SENTENCES:
            break
    return chosen


def _usable(text: str, title_key: str) -> bool:
    if len(text.split()) < MIN_WORDS or text.startswith(_QUOTE_OPEN) or _FURNITURE.match(text):
        return False
    if not text.rstrip(_QUOTE_CLOSE).endswith((".", "!", "?")):
        return False
    return not title_key or _key(text) != title_key


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()
