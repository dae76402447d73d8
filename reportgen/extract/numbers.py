"""Numeric facts: counts, money, percentages, measures and durations, read from spaCy entities.

Works from ``doc.ents`` and the parse only (no re-parsing). Calendar dates, years, clock times,
ordinals and numbers that are part of a name are left out: they are not facts an analyst tabulates.
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.brief import Number
from reportgen.extract.numwords import CURRENCIES, glued_value, phrase_value

NUMERIC_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE"}
#: Words before a number that make it approximate.
APPROX_WORDS = {
    "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "more",
    "less", "fewer", "up", "under", "below", "above", "least", "most", "estimated", "than", "close",
    "upwards", "just", "several", "tens", "hundreds", "thousands", "millions", "dozens", "~",
}
_APPROX_ONLY_WITH = {"than", "to", "least", "most"}
DURATION_UNITS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries",
}
PERCENT_WORDS = {"%", "percent", "per", "cent", "percentage", "pc"}
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_MIXED = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
_TIME = re.compile(r"\d{1,2}[:.]\d\d|\b(?:a\.?m\.?|p\.?m\.?)\b", re.IGNORECASE)


def find_numbers(doc: Any) -> list[Number]:
    """Every numeric fact in ``doc``, in text order, one entry per mention."""
    found: list[Number] = []
    for ent in doc.ents:
        if ent.label_ not in NUMERIC_LABELS:
            continue
        number = _number_of(ent)
        if number is not None:
            found.append(number)
    return found


def _number_of(ent: Any) -> Number | None:
    words = [t.text for t in ent]
    if ent.label_ == "DATE":
        return _duration(ent)
    if _is_name_part(ent) or _TIME.search(ent.text):
        return None
    if ent.label_ == "CARDINAL" and len(ent) == 1 and _YEAR.match(ent.text):
        return None
    value = phrase_value(_digit_words(words))
    if value is None:
        return None
    start, approximate = _approx_start(ent)
    end = ent.end
    unit: str | None
    if ent.label_ == "MONEY":
        unit = _currency(ent)
    elif ent.label_ == "PERCENT":
        unit = "percent"
    elif ent.label_ == "QUANTITY":
        unit = _quantity_unit(ent)
    else:
        unit, end = _counted_noun(ent)
    doc = ent.doc
    span = doc[start:end]
    return Number(value=_plain(value), unit=unit, text=span.text, context=ent.sent.text.strip(),
                  approximate=approximate)


def _digit_words(words: list[str]) -> list[str]:
    """Tokens of a number entity that carry value (currency words and symbols dropped)."""
    out = []
    for word in words:
        low = word.lower()
        if low in CURRENCIES and not glued_value(word):
            continue
        if low in PERCENT_WORDS:
            continue
        out.append(word.lstrip("$£€¥"))
    return out


def _approx_start(ent: Any) -> tuple[int, bool]:
    """Where the number's span starts once approximation words before it are included."""
    doc = ent.doc
    start = ent.start
    inside = any(t.lower_ in APPROX_WORDS and t.lower_ not in _APPROX_ONLY_WITH for t in ent)
    while start > ent.sent.start and doc[start - 1].lower_ in APPROX_WORDS:
        start -= 1
    return start, inside or start < ent.start


def _currency(ent: Any) -> str:
    for token in ent:
        low = token.lower_
        if low in CURRENCIES:
            return CURRENCIES[low]
        if token.text[:1] in CURRENCIES:
            return CURRENCIES[token.text[:1]]
    return "dollars"


def _quantity_unit(ent: Any) -> str | None:
    nouns = [t.text for t in ent if not t.like_num and t.is_alpha]
    return nouns[-1] if nouns else None


def _counted_noun(ent: Any) -> tuple[str | None, int]:
    """The noun a cardinal counts ("100,000 troops" -> troops) and where the span ends."""
    root = ent.root
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "amod", "compound") and head.i >= ent.end \
            and head.pos_ in ("NOUN", "PROPN"):
        return head.text, head.i + 1
    return None, ent.end


def _duration(ent: Any) -> Number | None:
    """A DATE entity that is a length of time ("21 months", "eight years"), not a calendar date."""
    tokens = [t for t in ent if t.lower_ not in ("the", "last", "past", "next", "ago", "over")]
    unit_tokens = [t for t in tokens if t.lower_ in DURATION_UNITS]
    if not unit_tokens:
        return None
    number_words = [t.text for t in tokens if t.like_num or t.lower_ in ("a", "an", "dozen", "couple")]
    if not any(t.like_num for t in tokens):
        return None
    value = phrase_value(number_words)
    if value is None or any(_YEAR.match(t.text) for t in ent):
        return None
    start, approximate = _approx_start(ent)
    return Number(value=_plain(value), unit=unit_tokens[-1].text.lower(), text=ent.doc[start:ent.end].text,
                  context=ent.sent.text.strip(), approximate=approximate)


def _is_name_part(ent: Any) -> bool:
    """A number glued to or right after a name ("G7", "Covid-19", "iPhone 7", "Windows 10")."""
    doc = ent.doc
    first = ent[0]
    if first.i > 0:
        prev = doc[first.i - 1]
        if prev.pos_ == "PROPN" and not prev.whitespace_:
            return True
        if prev.pos_ == "PROPN" and prev.ent_type_ in ("PRODUCT", "ORG", "WORK_OF_ART", "EVENT", "LAW"):
            return True
    return any(_MIXED.search(t.text) and not glued_value(t.text) for t in ent)


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 6)
