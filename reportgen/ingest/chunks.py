"""Cutting a long article into parser-sized pieces that join back to exactly the same text.

spaCy's parser needs roughly 3 GB of working memory per MB of text parsed as one ``Doc``; parsed
piece by piece with ``nlp.pipe`` the same text stays under 200 MB. Pieces end at paragraph breaks,
else at a sentence end, else at a space, so no sentence or word is cut unless a "paragraph" is one
enormous run of characters. ``"".join(chunks) == text`` always holds, so character offsets and
``Doc.from_docs(list(nlp.pipe(chunks)), ensure_whitespace=False).text == text``.
"""

from __future__ import annotations

import re

#: Default piece size: small enough for bounded memory, large enough to keep paragraphs whole.
MAX_CHUNK_CHARS = 100_000

_PARAGRAPH_END = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def text_chunks(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[str]:
    """``text`` in consecutive pieces of at most ``max_chars`` characters, cut at the best boundary."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    chunks: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        chunks.append(text[start:end])
        start = end
    if start < len(text) or not chunks:
        chunks.append(text[start:])
    return chunks


def _cut(text: str, start: int, limit: int) -> int:
    """The last good boundary in ``text[start:limit]`` (after the separator), else ``limit``."""
    window = text[start:limit]
    for pattern in (_PARAGRAPH_END, _SENTENCE_END, _SPACE):
        ends = [m.end() for m in pattern.finditer(window)]
        if ends:
            return start + ends[-1]
    return limit
