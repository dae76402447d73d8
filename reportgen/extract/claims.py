"""Claims: direct quotes with their speaker, and reported speech as paraphrases.

Quotes are found and attributed by ``attribution`` (triples of content, cue and source, then
resolved to actors); this module turns them into the brief's claims, with the sentence each stands
in, and adds reported speech without quotation marks ("Moscow says it is not ...") as paraphrases.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from reportgen.brief import Claim
from reportgen.extract import lexicon
from reportgen.extract.grammar import SUBJECTS, according_to
from reportgen.extract.layout import Layout, QuoteSpan, children_of, layout_of
from reportgen.extract.referents import Referents
from reportgen.extract.speakers import resolve_all, resolve_source
from reportgen.extract.triples import find_triples, is_mark

_WORD = re.compile(r"\w+")


def find_claims(doc: Any, index: Referents) -> list[Claim]:
    """Every direct quote (speaker, words, cue, sentence) and every reported statement."""
    text = index.text
    layout = layout_of(doc)
    tokens_by_para = layout.paragraph_tokens
    sentences = [(s.start_char, s.end_char) for s in layout.sentences]
    sentence_starts = [s for s, _ in sentences]
    offsets: dict[int, list[int]] = {}  # paragraph -> its tokens' character offsets
    claims: list[Claim] = []
    for attribution in resolve_all(doc, find_triples(doc, index.quotes, index), index):
        span, speaker = attribution.triple.quote, attribution.speaker
        para = tokens_by_para[span.paragraph]
        para_offsets = offsets.setdefault(span.paragraph, [t.idx for t in para])
        claims.append(Claim(
            speaker=speaker.name if speaker else None,
            text=span.text_of(text).rstrip(",").rstrip(),
            kind="quote",
            cue=attribution.triple.cue if attribution.triple.follows is None else None,
            context=_context(text, span, para, sentences, sentence_starts, para_offsets),
            unnamed_speaker=attribution.unnamed if speaker is None else None,
        ))
    claims.extend(_paraphrases(doc, index))
    return claims


def _context(text: str, span: QuoteSpan, para_tokens: list[Any], sentences: list[tuple[int, int]],
             starts: list[int], offsets: list[int]) -> str:
    """The sentence(s) the quote stands in, within its paragraph (``starts``: the sentences' first
    characters; ``offsets``: the paragraph tokens')."""
    if not para_tokens:
        return ""
    first_in, end_in = bisect_left(offsets, span.start), bisect_left(offsets, span.end)
    inside = para_tokens[first_in:end_in] or para_tokens
    first = sentences[bisect_right(starts, inside[0].idx) - 1]
    last = sentences[bisect_right(starts, inside[-1].idx) - 1]
    start = max(first[0], para_tokens[0].idx)
    end = min(last[1], para_tokens[-1].idx + len(para_tokens[-1].text))
    return text[start:end].strip()


def _paraphrases(doc: Any, index: Referents) -> list[Claim]:
    """Reported speech: "Moscow says it is not ..." with a known speaker and no quotation marks."""
    found: list[Claim] = []
    layout = layout_of(doc)
    # (only "according" and verbs can open reported speech: the others need not be read)
    openers = layout.positions("by_lower", ("according",)) + layout.positions("by_pos", ("VERB",))
    openers.sort()
    for sent in layout.sentences:
        tokens = layout.tokens[sent.start:sent.end]
        if _may_quote(layout, sent) and any(index.in_quote(t.idx) or is_mark(t) for t in tokens):
            continue
        for i in openers[bisect_left(openers, sent.start):bisect_left(openers, sent.end)]:
            token = layout.tokens[i]
            if layout.lowers[i] == "according" and according_to(token) is not None and i + 2 < sent.end:
                claim = _according_to(doc, sent, token, index)
                if claim is not None:
                    found.append(claim)
                    break
                continue
            if layout.poses[i] != "VERB" or layout.lemmas[i].lower() not in lexicon.PARAPHRASE_VERBS \
                    or layout.deps[i] == "relcl":  # "goods that the EU says cannot cross": a gap, none said
                continue
            content = [c for c in children_of(token) if c.dep_ == "ccomp"]
            subjects = [c for c in children_of(token) if c.dep_ in SUBJECTS]
            if not content or not subjects:
                continue
            speaker = resolve_source(doc, subjects[0], index)
            if speaker is None:
                continue
            clause = content[0]
            start = clause.left_edge.i
            while start < clause.i and (doc[start].is_punct or layout_of(doc).is_furniture(doc[start].idx)):
                start += 1  # "GOROBÉ, Chad — The agency will ...": the dateline the parse hung on it
            words = layout.text_of(start, clause.right_edge.i + 1)
            words = re.sub(r"^that\s+", "", words)
            if len(_WORD.findall(words)) < 3:
                continue
            found.append(Claim(speaker=speaker.name, text=words, kind="paraphrase", cue=token.text,
                               context=layout.text_of(sent.start, sent.end).strip()))
            break
    return found


def _may_quote(layout: Layout, sent: Any) -> bool:
    """Whether a token of the sentence may stand in a quote or be a quotation mark: a quote's span
    reaches into it, or its text has a character a mark is written with (else no token need be asked)."""
    start, end = sent.start_char, sent.end_char
    return any(q.start < end and q.end > start for q in layout.quotes) \
        or any(mark in layout.text[start:end] for mark in _QUOTE_CHARACTERS)


#: Every character of spaCy's quotation marks (``Token.is_quote``) and of the marks ``is_mark`` knows.
_QUOTE_CHARACTERS = "\"'`«»‘’‚‛“”„‟‹›❮❯"


def _according_to(doc: Any, sent: Any, according: Any, index: Referents) -> Claim | None:
    """"..., according to Jane Roe, a union official." -> what Jane Roe says, minus the attribution."""
    source = next((index.actor_at(t.i) for t in doc[according.i + 2:min(according.i + 8, sent.end)]
                   if index.actor_at(t.i) is not None), None)
    if source is None:
        return None
    named = according_to(according)
    if named is not None and named.dep_ == "pobj" and named.head.i == according.i + 1:
        phrase_end = named.right_edge.i + 1  # with any appositive
    else:
        phrase_end = according.i + 3
    rest = [t for t in sent if not according.i <= t.i < phrase_end]
    words = re.sub(r"^[\s,;]+|[\s,.;]+$", "", "".join(t.text_with_ws for t in rest))
    if len(_WORD.findall(words)) < 3:
        return None
    return Claim(speaker=source.name, text=words, kind="paraphrase", cue="according to",
                 context=layout_of(doc).text_of(sent.start, sent.end).strip())
