"""Cutting a long article into parser-sized pieces that join back to exactly the same text, and
breaking up runs of characters no word is as long as.

spaCy's parser needs roughly 3 GB of working memory per MB of text parsed as one ``Doc``; parsed
piece by piece with ``nlp.pipe`` the same text stays under 200 MB. Pieces end at paragraph breaks,
else at a sentence end, else at a space, so no sentence or word is cut unless a "paragraph" is one
enormous run of characters. ``"".join(chunks) == text`` always holds, so character offsets and
``Doc.from_docs(list(nlp.pipe(chunks)), ensure_whitespace=False).text == text``.

spaCy's tokenizer peels prefixes and suffixes off a run of non-space characters one at a time, copying
the rest each time: quadratic in the run's length (100,000 quotation marks in a row took hours).
``tame_runs`` cuts a character repeated beyond any use (a row of dashes, a wall of quotation marks)
to a few and puts a space into any other run longer than a real token can be, before the tokenizer.
"""

from __future__ import annotations

import re

#: Default piece size: small enough for bounded memory, large enough to keep paragraphs whole.
MAX_CHUNK_CHARS = 100_000

_PARAGRAPH_END = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")
#: Longest run of non-space characters handed to the tokenizer in one piece (URLs are shorter).
MAX_RUN_CHARS = 500
#: Most times one non-space character may repeat in a row (a rule of dashes keeps its look).
MAX_REPEAT = 16
_REPEATED = re.compile(rf"(\S)\1{{{MAX_REPEAT},}}")


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


def tame_runs(text: str, max_chars: int = MAX_RUN_CHARS) -> str:
    """``text`` with each non-space character repeated more than ``MAX_REPEAT`` times in a row cut to
    ``MAX_REPEAT``, then a space after every ``max_chars`` characters of a longer run of non-space
    characters (a match is only tried where a run starts, so both steps are linear)."""

    def split(match: re.Match[str]) -> str:
        run = match.group(0)
        return " ".join(run[i:i + max_chars] for i in range(0, len(run), max_chars))

    text = _REPEATED.sub(lambda m: m.group(1) * MAX_REPEAT, text)
    return re.sub(rf"(?<!\S)\S{{{max_chars + 1},}}", split, text)
