"""Time expressions (spaCy DATE and TIME entities): what kind of time one is, shared by the outlook's
horizon and the timeline so that both read dates with one vocabulary.

No rule is decided here; the rules of ``outlook/horizon.py`` and ``timeline.py`` read these facts.
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.extract import lexicon as L
from reportgen.extract.layout import layout_of, span_text

#: A year as news writes one: four digits from 1800 to 2199.
YEAR = re.compile(r"^(?:1[89]|2[01])\d\d$")


def words_of(ent: Any) -> set[str]:
    return set(layout_of(ent.doc).lowers[ent.start:ent.end])


def repeating(ent: Any, words: set[str]) -> bool:
    """A time that repeats ("every week", "each summer", "every" left outside the entity too), or a
    weekday in the plural ("on Mondays")."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return bool(words & L.REPEAT_WORDS) or before in L.REPEAT_WORDS \
        or any(t.tag_ == "NNPS" and t.lower_.rstrip("s") in L.WEEKDAYS for t in ent)


def age(ent: Any, words: set[str]) -> bool:
    """An age said as such, or a lone number of up to three digits: an age ("Ana Ruiz, 50,") or a count
    the model took for a date; a year has four digits, a day its month."""
    if words & L.AGE_WORDS:
        return True
    return len(ent) == 1 and ent[0].is_digit and len(ent[0].text) <= 3


def penalty(ent: Any, words: set[str]) -> bool:
    """A time beside a sentence or penalty ("up to five years in prison") is its length."""
    doc = ent.doc
    lowers = layout_of(doc).lowers
    return any(word in L.PENALTY_WORDS for word in lowers[max(ent.start - 3, 0):min(ent.end + 2, len(doc))])


def rate(ent: Any, words: set[str]) -> bool:
    """"a month" right after an amount, inside the time expression ("40 dollars a month") or before it."""
    tokens = list(ent)
    per = next((k for k, t in enumerate(tokens) if t.lower_ in ("a", "an", "per")
                and k + 1 < len(tokens) and tokens[k + 1].lemma_ in L.TIME_NOUNS), None)
    if per is None:
        return False
    before = tokens[per - 1] if per > 0 else (ent.doc[ent.start - 1] if ent.start > 0 else None)
    return before is not None and (before.like_num or before.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")
                                   or before.lower_ in ("%", "cent", "percent"))


def with_its_preposition(ent: Any, sent: Any) -> tuple[int, str]:
    """The time with the word that places it ("later on Friday", "by 2030", "on Monday"), without
    "the": its first token's index and its text."""
    doc = ent.doc
    start = ent.start
    if start - 2 >= sent.start and doc[start - 1].lower_ == "on" and doc[start - 2].lower_ in L.HORIZON_LEADS:
        start -= 2
    elif start - 1 >= sent.start and doc[start - 1].lower_ in L.HORIZON_PREPOSITIONS | L.HORIZON_LEADS:
        start -= 1
    if doc[start].lower_ == "the" and start + 1 < ent.end:
        start += 1
    return start, span_text(doc, start, ent.end)


def calendar_point(ent: Any) -> bool:
    """The time names a point of the calendar: a month, weekday or year, "today"/"yesterday", a
    "last/next/this" week, month or year, or a time "ago"; "recent years", "the coming weeks", "the
    1980s" or "three years" name none."""
    tokens = list(ent)
    for k, token in enumerate(tokens):
        word = token.lower_.rstrip(".")
        if word in L.MONTHS or word in L.WEEKDAYS or word in L.RELATIVE_DAYS or word in L.DAY_TIMES:
            return True
        if YEAR.match(token.text):
            return True
        if word in L.POINT_MAKERS and k + 1 < len(tokens) and tokens[k + 1].lemma_ in L.TIME_NOUNS:
            return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return any(t.lower_ == "ago" for t in tokens) or (after is not None and after.lower_ == "ago")


def in_past_clause(ent: Any) -> bool:
    """The time expression belongs to a clause in the past ("defences built in 2015 had failed", "did not
    know him before Tuesday")."""
    from reportgen.extract.outlook.grammar import past  # the outlook package reads this module

    verb = ent.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if past(verb):
        return True
    if verb.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in ("is", "are", "be"))
                   for c in verb.children)
