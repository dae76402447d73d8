"""Bottom line up front: the 2-4 article sentences an analyst would lead a brief with.

News is written lead first, so the first statement of the story is always taken. The rest come
from the next few sentences, ranked by how much of who/what/how-much they carry (named actors,
key actors, figures) and marked down when they lean on context (opening pronoun, "let's", first
person) or are not statements (questions, quotes, headline, deck, captions).
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.brief import Actor
from reportgen.extract.layout import Layout, layout_of
from reportgen.extract.nlp import ents_in
from reportgen.ingest.boilerplate import dateline_end, furniture_kind

MAX_SENTENCES = 3
MIN_SENTENCES = 2
MIN_WORDS = 8
#: How many statement sentences after the lead may be picked from.
LEAD_WINDOW = 6
#: Score lost per statement between a sentence and the lead: news puts what matters first.
DISTANCE_COST = 0.5
#: A paragraph of one short sentence before the body is a headline, deck or caption.
DECK_WORDS = 14
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "EVENT", "LAW", "FAC", "PRODUCT"}
FIGURE_LABELS = {"MONEY", "PERCENT", "CARDINAL", "QUANTITY"}
_QUOTE_OPEN = ("\"", "\u201c", "\u2018", "'")
_QUOTE_CLOSE = "\"'\u201d\u2019"
_LEANING = {"it", "this", "that", "these", "those", "they", "he", "she", "i", "we", "you"}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}


def pick_summary(doc: Any, title: str | None, actors: list[Actor]) -> list[str]:
    """The lead statement and the most informative of the sentences after it, in article order."""
    layout = layout_of(doc)
    key_names = _key_names(actors)
    title_key = _key(title or "")
    candidates: list[tuple[int, str, float]] = []
    body_started = False
    decks: list[tuple[int, str]] = []
    for position, sent in enumerate(layout.reading_sentences):
        flat = " ".join(layout.text_of(sent.start, sent.end).split())
        text = flat[dateline_end(flat):]
        if not body_started and _is_deck(sent, text):
            if _is_statement(sent, text, title_key, layout):
                decks.append((position, text))
            continue
        body_started = True
        if not _is_statement(sent, text, title_key, layout):
            continue
        score = _score(sent, text, key_names) - DISTANCE_COST * len(candidates)
        candidates.append((position, text, score))
        if len(candidates) > LEAD_WINDOW:
            break
    if not candidates:
        return [text for _, text in decks[:MAX_SENTENCES]]
    lead, rest = candidates[0], candidates[1:]
    ranked = sorted(rest, key=lambda c: (-c[2], c[0]))
    chosen = [c for c in ranked if c[2] > 0][:MAX_SENTENCES - 1]
    if len(chosen) < MIN_SENTENCES - 1:
        chosen += [c for c in rest if c not in chosen][:MIN_SENTENCES - 1 - len(chosen)]
    return [text for _, text, _ in sorted([lead, *chosen])]


def _is_deck(sent: Any, text: str) -> bool:
    """A short line standing alone as a paragraph: headline, standfirst, section label or credit."""
    doc = sent.doc
    alone = (sent.start == 0 or "\n" in doc[sent.start - 1].text or "\n" in doc[sent.start - 1].whitespace_) \
        and (sent.end >= len(doc) or "\n" in doc[sent.end - 1].whitespace_ or doc[sent.end].is_space)
    return alone and len(text.split()) < DECK_WORDS


def _is_statement(sent: Any, text: str, title_key: str, layout: Layout) -> bool:
    if len(text.split()) < MIN_WORDS or text.startswith(_QUOTE_OPEN) \
            or layout.is_furniture(sent.start_char) or furniture_kind(text) is not None:
        return False
    if not text.rstrip(_QUOTE_CLOSE).endswith((".", "!")):
        return False
    idxs = layout.idxs
    words = [idxs[t.i] for t in layout.tokens[sent.start:sent.end] if t.is_alpha]
    if words and sum(layout.in_quote(char) for char in words) > 0.6 * len(words):
        return False
    return not title_key or _key(text) != title_key


def _score(sent: Any, text: str, key_names: set[str]) -> float:
    """Who/what/how much the sentence states, less what it leaves to context."""
    names = {ent.text for ent in ents_in(sent) if ent.label_ in NAME_LABELS}
    figures = [ent for ent in ents_in(sent) if ent.label_ in FIGURE_LABELS]
    low = text.lower()
    score = len(names) + (1.0 if figures else 0.0)
    score += sum(1.0 for name in key_names if name in low)
    if sent[0].lower_ in _LEANING or _addresses_reader(sent):
        score -= 2
    if any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" for t in sent):
        score -= 1
    return score


def _addresses_reader(sent: Any) -> bool:
    """Signposting to the reader ("First, let's say what ...") rather than a statement of fact."""
    return any(t.lower_ == "let" and t.i + 1 < sent.end and t.nbor().lower_ in ("'s", "\u2019s", "us")
               for t in sent)


def _key_names(actors: list[Actor]) -> set[str]:
    names: set[str] = set()
    for actor in actors:
        if actor.key:
            names.add(actor.name.lower())
            names.update(alias.lower() for alias in actor.aliases if len(alias) > 3)
    return names


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()
