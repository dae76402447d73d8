"""Where sources disagree: figures from different sources that count the same thing but do not agree.

An analyst reading a brief made from several articles must see at once that one outlet says "12 dead"
and another "15 killed": a merged brief would otherwise print both as if each were the whole story.
Two figures count the same thing when what they count is the same after synonyms ("dead", "killed",
"died" all count deaths; a count of people takes the verb after it, "12 people were killed"), the days
their sentences name do not differ, and, for units that do not say what they measure (percent,
dollars, hours, "people"), the words around them share a word ("cost", "pay"). They disagree when their
values differ beyond what their wording allows: an approximate figure ("about", "nearly", a range)
agrees with any figure within ``APPROX_TOLERANCE`` of it, a floor ("more than 2,000") with any larger
figure, a ceiling ("up to 3,000") with any smaller one.

Works on plain ``Number`` data (the merged brief's numbers, which carry ids), so it runs the same on a
brief an analyst edited. A figure is only compared with another source's figures, and only with the
nearest of them: "several hundred workers gathered" is not set against another outlet's strike count
when its own source also gives a strike count nearer to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from reportgen.brief import Conflict, Number
from reportgen.extract.lexicon import (
    APPROXIMATORS,
    COLLECTIVE_NOUNS,
    COUNT_WORDS,
    COUNTED_PEOPLE,
    COUNTED_SYNONYMS,
    CURRENCIES,
    DURATION_UNITS,
    LOWER_BOUND_WORDS,
    MEASURES,
    MONTHS,
    PERCENT_WORDS,
    POINT_WORDS,
    RELATIVE_DAYS,
    SCALES,
    UNIT_SYNONYMS,
    UNSPECIFIC_NOUNS,
    UPPER_BOUND_WORDS,
    WEEKDAYS,
    entries,
    stop_words,
)

#: Relative difference an approximate figure ("about 200") allows: 10% of its own value.
APPROX_TOLERANCE = 0.10
#: Relative difference under which two figures are the same figure (as the merge joins them).
EXACT_TOLERANCE = 0.01
#: Content words each side of a figure that say what a unit like "percent" or "dollars" measures.
TOPIC_WINDOW = 4
#: Most of the shared words that name what a vague unit measures in a conflict's ``about``.
ABOUT_WORDS = 2
#: Words after a count of people that may say what happened to them ("12 people were later killed").
VERB_WINDOW = 4

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_RANGE = re.compile(r"\d\s*(?:[-–—]|to|and)\s*\S*\d")
#: Monday first, as ``date.weekday()`` counts.
_WEEKDAY_NAMES = tuple(entries("calendar", "weekdays"))


@dataclass(frozen=True)
class Counted:
    """What a figure counts: ``label`` compares figures; ``vague`` when the unit alone does not say what
    is measured, so the ``topic`` words near it must agree too; ``days`` its sentence names."""

    label: str
    vague: bool
    topic: frozenset[str]
    days: frozenset[str]


def find_conflicts(numbers: Sequence[Number],
                   published: Mapping[str, str | None] | None = None) -> list[Conflict]:
    """Conflicts among ``numbers`` (each with an ``id``), in the order of their first figure.

    ``published`` maps source ids to ISO dates, to read "yesterday" and "today" as weekdays.
    """
    figures = [n for n in numbers if n.id and not _partitive(n)]
    counted = {n.id: counted_thing(n, published or {}) for n in figures}
    # Only figures with one label can count the same thing, and a figure is only weighed against
    # others from its own sources: indexed so, a thousand sources' figures are not each set against
    # every pair of the others (the 795 figures of 1,000 short records took 20 s, now 0.5 s).
    by_label: dict[str, list[int]] = {}
    by_source = _FiguresBySource()
    for at, number in enumerate(figures):
        label = counted[number.id].label
        by_label.setdefault(label, []).append(at)
        by_source.add(label, number)
    found: list[tuple[int, int, frozenset[str]]] = []
    for places in by_label.values():
        for i, at_a in enumerate(places):
            a = figures[at_a]
            for at_b in places[i + 1:]:
                b = figures[at_b]
                if not _disjoint(a, b) or agree(a, b):
                    continue
                shared = same_thing(counted[a.id], counted[b.id])
                if shared is None:
                    continue
                if _nearest(a, b, by_source.near(a, counted[b.id].label), counted) and \
                        _nearest(b, a, by_source.near(b, counted[a.id].label), counted):
                    found.append((at_a, at_b, shared))
    found.sort(key=lambda pair: pair[:2])  # the order of a walk over all pairs of ``figures``
    pairs = [(figures[at_a], figures[at_b], shared) for at_a, at_b, shared in found]
    return _components(figures, pairs, counted)


class _FiguresBySource:
    """Figures by label and source: those a figure's own sources give about one thing."""

    def __init__(self) -> None:
        self._figures: dict[tuple[str, str], list[Number]] = {}

    def add(self, label: str, number: Number) -> None:
        for source in dict.fromkeys(number.sources):
            self._figures.setdefault((label, source), []).append(number)

    def near(self, number: Number, label: str) -> list[Number]:
        """The figures with ``label`` from any of ``number``'s sources, each once."""
        lists = [self._figures.get((label, source), []) for source in dict.fromkeys(number.sources)]
        if len(lists) == 1:
            return lists[0]
        return list({id(figure): figure for figures in lists for figure in figures}.values())


def counted_thing(number: Number, published: Mapping[str, str | None]) -> Counted:
    """What ``number`` counts, with the words and days that pin it down."""
    own = [w for w in _words(f"{number.text} {number.unit or ''}") if w not in _APPROX_WORDS]
    label = next((COUNTED_SYNONYMS[w] for w in own if w in COUNTED_SYNONYMS), None)
    key = unit_key(number.unit)
    head = key.split()[0] if key else ""
    people = head in _PEOPLE
    if label is None and people:
        after = _words_after(number)[:VERB_WINDOW]
        label = next((COUNTED_SYNONYMS[w] for w in after if w in COUNTED_SYNONYMS), None)
    vague = label is None and (not head or head in _UNSPECIFIC or head in _MEASURING)
    return Counted(label=label or key, vague=vague, topic=_topic(number, own) if vague else frozenset(),
                   days=_days(number, published))


def same_thing(a: Counted, b: Counted) -> frozenset[str] | None:
    """``None`` when two figures do not count the same thing, else the words that tie them (empty when
    their label alone does)."""
    if a.label != b.label or (a.days and b.days and not a.days & b.days):
        return None
    if a.vague or b.vague:
        shared = a.topic & b.topic
        return shared or None
    return frozenset()


def _same_label(a: Counted, b: Counted) -> bool:
    return a.label == b.label and (not (a.vague or b.vague) or bool(a.topic & b.topic))


def agree(a: Number, b: Number) -> bool:
    """True when the two figures can both be right: equal, or within what one's wording allows."""
    if _close(a.value, b.value, EXACT_TOLERANCE):
        return True
    for x, y in ((a, b), (b, a)):
        bound = _bound(x)
        if (bound == "floor" and y.value >= x.value) or (bound == "ceiling" and y.value <= x.value):
            return True
        if x.approximate and abs(x.value - y.value) <= APPROX_TOLERANCE * abs(x.value):
            return True
    return False


@lru_cache(maxsize=4096)
def unit_key(unit: str | None) -> str:
    """A unit folded for comparison: case, plural "s" ("dock workers" and "dock worker" are one), a unit
    written two ways ("C" and "degrees Celsius": numbers.yaml unit_synonyms)."""
    folded = _fold(unit or "")
    words = _WORD.findall(UNIT_SYNONYMS.get(folded, folded))
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


# --- what a figure counts ----------------------------------------------------------------------

def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))




_APPROX_WORDS = frozenset(w for first in APPROXIMATORS.values() for phrase in first for w in phrase)
_NUMBER_WORDS = frozenset(COUNT_WORDS) | frozenset(SCALES)
#: Heads of units that name a measure, not a thing: "percent", "dollar", "hour", "km".
_MEASURING = frozenset(unit_key(w) for w in (*PERCENT_WORDS, *POINT_WORDS, *CURRENCIES.values(),
                                            *MEASURES.values(), *DURATION_UNITS) if w)
_PEOPLE = frozenset(unit_key(w) for w in (*COUNTED_PEOPLE, *COLLECTIVE_NOUNS, *UNSPECIFIC_NOUNS))
_UNSPECIFIC = frozenset(unit_key(w) for w in UNSPECIFIC_NOUNS)


def _after_text(number: Number) -> tuple[str, str]:
    """The figure's sentence before and after its own words (the whole sentence before when the
    figure's words cannot be found in it)."""
    context = " ".join(number.context.split())
    text = " ".join(number.text.split())
    at = context.casefold().find(text.casefold()) if text else -1
    if at < 0:
        return context, ""
    return context[:at], context[at + len(text):]


def _words_after(number: Number) -> list[str]:
    return _words(_after_text(number)[1])


@lru_cache(maxsize=1)
def _ignored() -> frozenset[str]:
    return (stop_words() | _APPROX_WORDS | _NUMBER_WORDS | WEEKDAYS | MONTHS | RELATIVE_DAYS)


def _topic(number: Number, own: Iterable[str]) -> frozenset[str]:
    """Content words next to the figure ("cost", "pay rise"), synonyms folded, plurals dropped."""
    ignored = _ignored() | set(own)
    before, after = _after_text(number)

    def content(words: list[str]) -> list[str]:
        return [w for w in words if len(w) > 2 and w not in ignored]

    near = [*content(_words(before))[-TOPIC_WINDOW:], *content(_words(after))[:TOPIC_WINDOW]]
    return frozenset(unit_key(COUNTED_SYNONYMS.get(w, w)) for w in near)


def _days(number: Number, published: Mapping[str, str | None]) -> frozenset[str]:
    """Weekdays the figure's sentence names; "today" and "yesterday" read against the source's date."""
    words = set(_words(number.context))
    days = {w for w in words if w in WEEKDAYS}
    when = next((published.get(s) for s in number.sources if published.get(s)), None)
    day = _iso_day(when)
    if day is not None:
        for word, back in (("today", 0), ("yesterday", 1), ("tomorrow", -1)):
            if word in words and word in RELATIVE_DAYS:
                days.add(_WEEKDAY_NAMES[(day - timedelta(days=back)).weekday()])
    return frozenset(days)


def _iso_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


# --- whether figures agree ---------------------------------------------------------------------

def _close(a: float, b: float, tolerance: float) -> bool:
    scale = max(abs(a), abs(b))
    return abs(a - b) <= tolerance * scale if scale else True


def _has_phrase(text: str, phrases: Iterable[str]) -> bool:
    padded = f" {' '.join(_words(text))} "
    return any(f" {p} " in padded for p in phrases)


def _bound(number: Number) -> str | None:
    """"floor" for "more than 2,000" and a range's lower figure, "ceiling" for "up to 3,000"."""
    return _bound_of(number.text, number.approximate)


@lru_cache(maxsize=4096)
def _bound_of(text: str, approximate: bool) -> str | None:
    if _has_phrase(text, UPPER_BOUND_WORDS):
        return "ceiling"
    if _has_phrase(text, LOWER_BOUND_WORDS) or (approximate and _RANGE.search(text)):
        return "floor"
    return None


def _partitive(number: Number) -> bool:
    """A share of something ("two of its ships", "a third of the imports") counts part of a whole
    that another source need not mean; a measure of something ("4.8% of GDP", "40 bags of maize") does
    not: its unit is written before the "of"."""
    if "of" not in _words(number.text):
        return False
    before = number.text.split(" of ", 1)[0]
    head = unit_key(number.unit).split()[:1] if number.unit else []
    return "%" not in before and not (head and head[0] in {unit_key(w) for w in _words(before)})


def _disjoint(a: Number, b: Number) -> bool:
    return set(a.sources).isdisjoint(b.sources)


def _distance(a: Number, b: Number) -> float:
    scale = max(abs(a.value), abs(b.value))
    return abs(a.value - b.value) / scale if scale else 0.0


def _nearest(a: Number, b: Number, figures: Sequence[Number], counted: Mapping[str | None, Counted]) -> bool:
    """True when no other figure from ``a``'s sources, about what ``b`` counts, is nearer ``b`` (or
    agrees with it: then ``a`` counts something else that source also gives). ``figures`` holds at
    least every figure from ``a``'s sources with ``b``'s label."""
    for other in figures:
        if other is a or other is b or _disjoint(other, a) or not _disjoint(other, b):
            continue
        if not _same_label(counted[other.id], counted[b.id]):  # on any day: "2,400 on Tuesday" is
            continue                                            # nearer 3,000 than "several hundred" is
        if agree(other, b) or _distance(other, b) < _distance(a, b):
            return False
    return True


def _components(figures: Sequence[Number], pairs: Sequence[tuple[Number, Number, frozenset[str]]],
                counted: Mapping[str | None, Counted]) -> list[Conflict]:
    """Pairs that share a figure make one conflict ("12", "15" and "14" dead from three sources)."""
    parent: dict[str, str] = {}

    def root(nid: str) -> str:
        while parent.setdefault(nid, nid) != nid:
            nid = parent[nid]
        return nid

    for a, b, _ in pairs:
        assert a.id and b.id
        parent[root(b.id)] = root(a.id)
    groups: dict[str, list[Number]] = {}
    for number in figures:
        if number.id in parent:
            groups.setdefault(root(number.id), []).append(number)
    conflicts = []
    for members in groups.values():
        first = members[0]
        shared = next(s for a, b, s in pairs if root(str(a.id)) == root(str(first.id)))
        conflicts.append(Conflict(about=_about(first, counted[first.id], shared),
                                  numbers=[str(n.id) for n in members]))
    return conflicts


def _about(first: Number, counted: Counted, shared: frozenset[str]) -> str:
    """What the conflicting figures count, for a reader: "deaths", "dock workers", "dollars (cost)"."""
    name = counted.label if counted.label in COUNTED_SYNONYMS.values() else (first.unit or counted.label)
    return f"{name} ({', '.join(sorted(shared)[:ABOUT_WORDS])})" if counted.vague and shared else name
