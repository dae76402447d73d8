"""The timeline: the article's dated events, each a date (resolved against the publication date when
it is known), the date as written, the clause it dates in a few words, and the actors involved.

Built in layers like the other facts, each decision a declared rule:

1. reading sentences (``layout.reading_sentences``) outside the headline, datelines and furniture;
2. times: spaCy DATE entities, and TIME entities that name a day ("Tuesday night"); ages, lengths of
   time, habits and times that name no point of the calendar are refused (one reading of times with
   the outlook's horizon: :mod:`reportgen.extract.times`);
3. the event: the verb the date modifies, through the parse, with its subject and object, or the
   noun it describes ("Tuesday's debate");
4. the date: :mod:`reportgen.extract.dates`, in the direction the clause points (ahead when it is an
   outlook item whose horizon this is, or its verb is future; behind when told as past);
5. the same date and event once, oldest first, unresolved ones last in text order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportgen.brief import Outlook, TimelineEntry
from reportgen.extract import lexicon as L
from reportgen.extract.dates import Direction, Resolved, published_date, resolve, start_of
from reportgen.extract.grammar import SUBJECTS
from reportgen.extract.layout import children_of, layout_of, span_text
from reportgen.extract.nlp import ents_in
from reportgen.extract.outlook.grammar import looks_back, past, present
from reportgen.extract.rules import Rule, fire, rule
from reportgen.extract.sentences import without_dateline
from reportgen.extract.times import (
    age,
    calendar_point,
    in_past_clause,
    penalty,
    rate,
    repeating,
    with_its_preposition,
    words_of,
)

#: Words of an event, at most (a few words built from the parse, never the whole sentence).
EVENT_WORDS = 12
_PUB = "2019-11-20"  # the examples' publication date: a Wednesday

EVENT = rule(
    "timeline.event", "A date in a reading sentence dates the clause it modifies: the verb with its subject "
    "and object, or the noun it describes ('Tuesday's debate').",
    examples=[("The minister met the striking dockers on Monday.",
               {"published": _PUB, "timeline": "minister met the striking dockers", "when": "on Monday",
                "date": "2019-11-18", "precision": "day"}),
              ("Ana Ruiz won the seat during Tuesday's debate.",
               {"published": _PUB, "timeline": "debate", "date": "2019-11-19"})],
    counter=[("The minister met the striking dockers.", {"published": _PUB, "no_timeline": "minister"})])
RESOLVED = rule(
    "timeline.relative", "A date counted from the day of writing ('Monday', 'last week', 'next month') is "
    "resolved against the publication date: forward in a clause ahead, back in one behind; without a "
    "publication date it is kept as written, undated.",
    examples=[("The minister will meet the dockers on Monday.",
               {"published": _PUB, "timeline": "will meet the dockers", "date": "2019-11-25",
                "precision": "day"}),
              ("The union called the strike last week.",
               {"published": _PUB, "timeline": "union called the strike", "date": "2019-W46",
                "precision": "week"})],
    counter=[("The port opened in 2012.", {"published": _PUB, "timeline": "port opened", "when": "in 2012",
                                           "date": "2012", "precision": "year"}),
             ("The minister will meet the dockers on Monday.",
              {"timeline": "will meet the dockers", "when": "on Monday", "date": None})])
AGE = rule(
    "timeline.age", "An age ('52 years old', 'Ana Ruiz, 52,') is no date.", effect="-",
    examples=[("The mayor, who is 52 years old, resigned on Friday.",
               {"published": _PUB, "no_timeline": "52", "timeline": "resigned"})],
    counter=[("The mayor resigned on Friday.", {"published": _PUB, "timeline": "mayor resigned",
                                                "date": "2019-11-15"})])
DURATION = rule(
    "timeline.duration", "A length of time ('for three years', 'over the past decade', 'two decades') says "
    "how long, not when.", effect="-",
    examples=[("The strike has lasted for three years.", {"published": _PUB, "no_timeline": "three years"})],
    counter=[("The strike began three years ago.", {"published": _PUB, "timeline": "strike began",
                                                    "when": "three years ago", "date": "2016",
                                                    "precision": "year"})])
REPEATING = rule(
    "timeline.repeating", "A time that repeats ('every Monday', 'each summer', 'on Mondays') is a habit, "
    "not an event.", effect="-",
    examples=[("The council meets every Monday.", {"published": _PUB, "no_timeline": "Monday"})],
    counter=[("The council will meet on Monday.", {"published": _PUB, "timeline": "council will meet",
                                                   "date": "2019-11-25"})])
NO_POINT = rule(
    "timeline.no-point", "A time that names no point of the calendar ('in recent years', 'the coming "
    "weeks', 'the 1980s', 'two years later') dates no event on the timeline.", effect="-",
    examples=[("Prices have risen sharply in recent years.", {"published": _PUB, "no_timeline": "recent"})],
    counter=[("Prices rose sharply last year.", {"published": _PUB, "timeline": "Prices rose",
                                                 "date": "2018", "precision": "year"})])
CLOCK = rule(
    "timeline.clock-time", "A time of day with no day ('at 9 a.m.') dates nothing on its own; one that "
    "names its day ('Tuesday night', 'this morning') does.", effect="-",
    examples=[("Polling stations opened at 9 a.m.", {"published": _PUB, "no_timeline": "9"})],
    counter=[("Polling stations opened on Tuesday night.",
              {"published": _PUB, "timeline": "Polling stations opened", "date": "2019-11-19"})])
FURNITURE = rule(
    "timeline.furniture", "The headline, a wire dateline and page furniture (a publication stamp, a "
    "caption) date no event: the story's sentences do.", effect="-",
    examples=[("OSLO, Nov. 20 (Nordwire) - The ferry operator resumed sailings on Friday.",
               {"published": _PUB, "no_timeline": "Nov. 20", "timeline": "resumed sailings"})],
    counter=[("The ferry operator resumed sailings on Nov. 19.",
              {"published": _PUB, "timeline": "resumed sailings", "date": "2019-11-19"})])
NAME = rule(
    "timeline.name", "A day word capitalised inside a sentence and naming a thing ('the Today programme') "
    "is part of a name, no date.", effect="-",
    examples=[("The minister told the BBC's Today programme that fares would rise.",
               {"published": _PUB, "no_timeline": "Today"})],
    counter=[("The minister said today that fares would rise.",
              {"published": _PUB, "timeline": "fares would rise", "date": "2019-11-20"})])
NO_EVENT = rule(
    "timeline.no-event", "A date the parse hangs on no verb or noun (a date standing alone, a list of "
    "dates) has no event to date.", effect="-",
    examples=[("Friday, Nov. 22.", {"published": _PUB, "no_timeline": "Friday"})],
    counter=[("The vote is on Friday.", {"published": _PUB, "timeline": "vote", "date": "2019-11-22"})])

#: Rules that refuse a time, in the order they are checked.
_REFUSALS = ((NAME, lambda ent, words: _part_of_name(ent)), (AGE, lambda ent, words: age(ent, words)),
             (REPEATING, lambda ent, words: repeating(ent, words)),
             (DURATION, lambda ent, words: _duration(ent, words)),
             (DURATION, lambda ent, words: penalty(ent, words) or rate(ent, words)),
             (NO_POINT, lambda ent, words: not calendar_point(ent) or any(looks_back(t) for t in ent)))
#: The words of the qualifiers that place an event inside a time ("the end of", "the first half of").
_QUALIFIER_WORDS = frozenset(w for phrase in L.PERIOD_QUALIFIERS for w in phrase.split())
_PRECISE = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}
_CHUNK_DEPS = frozenset({"compound", "amod", "poss", "case", "nummod", "det", "flat", "nmod", "quantmod"})


@dataclass
class _Found:
    entry: TimelineEntry
    order: int
    anchor: int
    start: date | None


def find_timeline(doc: Any, published: str | None, index: Any, outlook: list[Outlook]) -> list[TimelineEntry]:
    """The dated events of ``doc``, oldest first, those whose date stays unresolved last in text order."""
    layout = layout_of(doc)
    base = published_date(published)
    horizons = {o.text: o.horizon for o in outlook if o.horizon}
    found: list[_Found] = []
    for span in layout.reading_sentences:
        dates = [ent for ent in ents_in(span) if ent.label_ in ("DATE", "TIME")]
        if not dates:
            continue  # (most sentences: nothing to date)
        sent = without_dateline(span)
        horizon = horizons.get(layout.text[sent.start_char:sent.end_char].strip())  # (its text, not rebuilt)
        for ent in dates:
            if span.start_char < layout.headline_end or ent.start < sent.start \
                    or layout.is_furniture(ent.start_char):
                fire(doc, FURNITURE, ent.start_char, ent.end_char, ent.text)
                continue
            item = _entry(ent, sent, base, horizon, index)
            if item is not None:
                found.append(item)
    return [f.entry for f in _ordered(_once(found))]


def _entry(ent: Any, sent: Any, base: date | None, horizon: str | None, index: Any) -> _Found | None:
    doc = ent.doc
    words = words_of(ent)
    if ent.label_ == "TIME" and not _names_day(ent):
        fire(doc, CLOCK, ent.start_char, ent.end_char, ent.text)
        return None
    refused = next((r for r, applies in _REFUSALS if applies(ent, words)), None)
    if refused is not None:
        fire(doc, refused, ent.start_char, ent.end_char, ent.text)
        return None
    anchor = _anchor(ent)
    if anchor is None:
        fire(doc, NO_EVENT, ent.start_char, ent.end_char, ent.text)
        return None
    start, text = _as_written(ent, sent)
    direction = _direction(ent, anchor, text, horizon)
    resolved = resolve(text, base, direction)
    if resolved is not None and resolve(text, None, direction) is None:
        fire(doc, RESOLVED, ent.start_char, ent.end_char, f"{text} -> {resolved.date}")
    skip = {*range(start, ent.end), *range(max(sent.start - 40, 0), sent.start),
            *range(sent.end, min(sent.end + 40, len(doc)))}  # the date, and words outside the sentence
    event, used = _event(anchor, skip, index)
    if not event:
        fire(doc, NO_EVENT, ent.start_char, ent.end_char, ent.text)
        return None
    fire(doc, EVENT, ent.start_char, ent.end_char, event)
    entry = TimelineEntry(text=text, event=event, date=resolved.date if resolved else None,
                          precision=resolved.precision if resolved else None,
                          actors=_actors(used, index))
    return _Found(entry, ent.start, anchor.i, _start(resolved))


def _as_written(ent: Any, sent: Any) -> tuple[int, str]:
    """The date with the words that place it, as the outlook's horizon writes it ("later on Friday",
    "by 2030"), and any other preposition that opens it ("on Monday", "since 2019")."""
    start = with_its_preposition(ent, sent)[0]
    doc = ent.doc
    if start == ent.start and start - 1 >= sent.start and doc[start - 1].lower_ in L.DATE_PREPOSITIONS:
        start -= 1
    if doc[start].lower_ == "of":  # "by the end of 2016": the qualifier and its preposition too
        back = start
        while back - 1 >= max(sent.start, start - 5) and doc[back - 1].lower_ in _QUALIFIER_WORDS:
            back -= 1
        if back < start and back - 1 >= sent.start and doc[back - 1].lower_ in L.DATE_PREPOSITIONS:
            back -= 1
        start = back if back < start else start + 1
    return start, span_text(doc, start, ent.end)


def _start(resolved: Resolved | None) -> date | None:
    return start_of(resolved.date) if resolved else None


def _names_day(ent: Any) -> bool:
    """A time of day that says which day: "Tuesday night", "this morning", "tonight"."""
    for token in ent:
        word = token.lower_.rstrip(".")
        if word in L.WEEKDAYS or word in L.RELATIVE_DAYS or word in L.DAY_TIMES or word in L.MONTHS:
            return True
        if word in L.POINT_MAKERS and token.i + 1 < ent.end and ent.doc[token.i + 1].lemma_ in L.TIME_NOUNS:
            return True
    return False


def _part_of_name(ent: Any) -> bool:
    """"the Today programme": a day word with a capital it does not need, naming the noun after it."""
    token = ent.root
    return len(ent) == 1 and token.lower_ in L.RELATIVE_DAYS and token.is_title and not token.is_sent_start \
        and token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ in ("NOUN", "PROPN")


def _duration(ent: Any, words: set[str]) -> bool:
    """A length of time: a count of time units with no "ago" ("three years", "the past five years"),
    or a time after "for", "over" ("for a week") that names no month, weekday or year."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if "ago" in words or after == "ago":
        return False
    counted = any(t.lower_ in L.DURATION_UNITS and t.i > ent.start and (
        doc[t.i - 1].like_num or doc[t.i - 1].lower_ in ("a", "an", "few", "several", "many"))
        for t in ent)
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    named = any(t.lower_.rstrip(".") in L.MONTHS or t.lower_ in L.WEEKDAYS for t in ent) \
        or any(t.like_num and len(t.text) == 4 for t in ent)
    return counted or (before in L.SPAN_PREPOSITIONS and not named)


def _anchor(ent: Any) -> Any | None:
    """The verb the date modifies, or the noun it describes ("Tuesday's debate", "the meeting on
    Monday", "the March 3 election"); None when the parse hangs it on nothing."""
    token = ent.root
    if token.dep_ == "pobj":
        token = token.head  # "on" of "on Monday"
    head = token.head
    for _ in range(3):  # "from 1130 to 1215 GMT on Wednesday": past the clock time to its verb
        if head.ent_type_ in ("TIME", "DATE", "CARDINAL") and head.head is not head and head.dep_ != "ROOT":
            head = head.head.head if head.dep_ == "pobj" else head.head
    if head is token or head.i in range(ent.start, ent.end):
        return None
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in ("DATE", "TIME"):
        return head
    if head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head  # "since early 2019"
    return None


def _direction(ent: Any, anchor: Any, text: str, horizon: str | None) -> Direction:
    """Ahead or behind the day of writing: the date's own words, then the outlook's horizon (one reading
    of the future with the outlook), then the tense of the clause."""
    words = words_of(ent)
    if words & L.AHEAD_WORDS:
        return "ahead"
    if words & L.PAST_WORDS:
        return "behind"
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else _verb_of(anchor)
    if verb is not None and any(c.dep_ == "aux" and c.lower_ in L.WOULD_FORMS for c in children_of(verb)):
        return None  # the future seen from a past: the nearest such date, whatever the outlook took
    if horizon is not None and (horizon in text or text in horizon):
        return "ahead"
    if in_past_clause(ent) or (verb is not None and past(verb)):
        return "behind"
    if verb is not None and (_modal(verb) or present(verb)):
        return "ahead"
    return None


def _verb_of(noun: Any) -> Any | None:
    """The finite verb above a noun (its tense is the clause's), passing participles ("supporting")."""
    head = noun.head
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") and (head.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                             or any(c.dep_ in ("aux", "auxpass") for c in head.children)):
            return head
        if head.head is head:
            return None
        head = head.head
    return None


def _modal(verb: Any) -> bool:
    """A modal that points ahead of the day of writing; "would" is the future seen from a past ("his vow
    that Britain would leave the EU on Oct. 31") and points nowhere: its date is read as the nearest."""
    modals = [c for c in verb.children if c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in L.FUTURE_MODALS)]
    if verb.lower_ in L.FUTURE_MODALS:
        modals.append(verb)
    return any(m.lower_ not in L.WOULD_FORMS for m in modals)


# --- the event in a few words ---------------------------------------------------------------------

@dataclass
class _Named:
    """An actor's name standing in an event for the pronoun that refers to it ("he" -> "Ana Ruiz")."""

    text: str
    i: int
    whitespace_: str = " "


def _event(anchor: Any, skip: set[int], index: Any) -> tuple[str, list[Any]]:
    """Subject, verb and object of the anchor's clause (or the noun phrase a date describes), without
    the date, at most ``EVENT_WORDS`` words; and the tokens it was built from."""
    if anchor.pos_ in ("NOUN", "PROPN"):
        groups = [_chunk(anchor, skip, with_of=True)]
    else:
        groups = _clause(anchor, skip, index, depth=0)
    used: list[Any] = []
    seen: set[int] = set()
    for group in groups:
        tokens = sorted({t.i: t for t in group if t.i not in skip and t.i not in seen}.values(),
                        key=lambda t: t.i)
        seen.update(t.i for t in tokens)
        used += tokens
    words = _joined(used).strip(" ,;:-—–").split()
    return " ".join(words[:EVENT_WORDS]).rstrip(" ,;:-—–"), used


def _joined(tokens: list[Any]) -> str:
    """Tokens as the text writes them: their own spacing between neighbours, one space across a gap."""
    out = ""
    for k, token in enumerate(tokens):
        out += token.text
        if k + 1 < len(tokens):
            out += token.whitespace_ if tokens[k + 1].i == token.i + 1 else " "
    return out


def _clause(verb: Any, skip: set[int], index: Any, depth: int) -> list[list[Any]]:
    """The clause in groups, each in text order: subject, verb with its auxiliaries, what follows."""
    subject = _subject(verb, skip)
    groups: list[list[Any]] = []
    if subject is not None and subject.i not in skip:
        actor = _resolved(subject, index) if subject.lower_ in L.PERSON_PRONOUNS else None
        groups.append([_Named(actor.name, subject.i)] if actor else _chunk(subject, skip, with_of=True))
    groups.append([c for c in children_of(verb) if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
                  + [verb] + [c for c in children_of(verb) if c.dep_ == "prt"])
    obj = next((c for c in children_of(verb) if c.dep_ in ("dobj", "attr", "oprd", "acomp", "dative")
                and c.i not in skip), None)
    if obj is not None:
        groups.append(_chunk(obj, skip, with_of=True))
        return groups
    said: Any = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
    if depth == 0 and said is not None and said.pos_ in ("VERB", "AUX") and verb.lemma_ in L.REPORTING_VERBS:
        return groups + _clause(said, skip, index, depth + 1)
    groups.append(_object_phrase(verb, skip))
    return groups


def _object_phrase(verb: Any, skip: set[int]) -> list[Any]:
    """The first phrase after an intransitive verb that says what it was about ("was accused of
    fraud", "voted to strike", "arrived in Oslo"), not the date's own phrase."""
    for child in verb.children:
        if child.i < verb.i or child.i in skip:
            continue
        if child.dep_ == "xcomp":
            return _infinitive(child, skip)
        if child.dep_ in ("prep", "agent") and not any(g.i in skip for g in child.subtree):
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is None:
                continue
            if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                inner = next((g for g in obj.children if g.dep_ in ("dobj", "xcomp")), None)
                rest = [] if inner is None else _infinitive(inner, skip) if inner.dep_ == "xcomp" \
                    else _chunk(inner, skip)
                return [child, obj, *rest]
            return [child, *_chunk(obj, skip)]
    return []


def _infinitive(verb: Any, skip: set[int]) -> list[Any]:
    """"to deceive voters": the infinitive with its "to" and its object."""
    to = [g for g in verb.children if g.dep_ == "aux" and g.lower_ == "to"]
    obj = next((g for g in verb.children if g.dep_ in ("dobj", "attr")), None)
    return [*to, verb, *(_chunk(obj, skip) if obj is not None else [])]


def _chunk(noun: Any, skip: set[int], with_of: bool = False) -> list[Any]:
    """A noun with the words that name it (compounds, adjectives, possessors), and "of X" when asked
    ("the closure of the port"), never a relative clause or apposition."""
    tokens = [noun]
    for child in children_of(noun):
        if child.i in skip:
            continue
        if child.dep_ in _CHUNK_DEPS and child.i < noun.i:
            tokens += [t for t in child.subtree if t.i not in skip and t.i < noun.i]
        elif child.dep_ in ("flat", "compound") and child.i > noun.i:
            tokens.append(child)
        elif with_of and child.dep_ == "prep" and child.lower_ in ("of", "between", "with", "against") \
                and child.i == noun.i + 1:
            obj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
            if obj is not None and obj.i not in skip:
                tokens += [child, *_chunk(obj, skip)]
                tokens += [t for c in children_of(obj) if c.dep_ in ("cc", "conj") for t in
                           ([c] if c.dep_ == "cc" else _chunk(c, skip))]
    return tokens


def _subject(verb: Any, skip: set[int] | frozenset[int] = frozenset()) -> Any | None:
    """The verb's subject, or the one it shares: a conjoined or infinitive verb's head's ("met and
    agreed", "plans to visit"), a relative clause's noun ("the ship that sank")."""
    for _ in range(4):
        found = next((c for c in children_of(verb) if c.dep_ in SUBJECTS and c.i not in skip), None)
        if found is not None:
            if found.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return verb.head
            return found
        if verb.dep_ in ("relcl", "acl"):
            return verb.head  # "the ship that sank", "a statement published on Friday"
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _resolved(token: Any, index: Any) -> Any | None:
    if index is None:
        return None
    from reportgen.extract.outlook.speaker import actor_of

    return actor_of(index, token)


def _actors(used: list[Any], index: Any) -> list[str]:
    """The actors the event's words name, in their order (a pronoun subject stands as its actor's
    name already), not those of the clauses it reports or explains."""
    if index is None:
        return []
    names: list[str] = []
    for token in used:
        actor = index.actor_at(token.i) if not isinstance(token, _Named) else None
        name = token.text if isinstance(token, _Named) else actor.name if actor is not None else None
        if name is not None and name not in names:
            names.append(name)
    return names


# --- once, in order -------------------------------------------------------------------------------

def _once(found: list[_Found]) -> list[_Found]:
    """The same date and event once; two dates of one verb ("on Monday ... in Geneva in 2019"): the more
    precise."""
    by_anchor: dict[int, _Found] = {}
    for item in found:
        kept = by_anchor.get(item.anchor)
        if kept is None or _PRECISE[item.entry.precision] < _PRECISE[kept.entry.precision]:
            by_anchor[item.anchor] = item
    seen: set[tuple[str, str]] = set()
    out: list[_Found] = []
    for item in sorted(by_anchor.values(), key=lambda f: f.order):
        key = (item.entry.date or item.entry.text.lower(), item.entry.event.lower())
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _ordered(found: list[_Found]) -> list[_Found]:
    dated = sorted((f for f in found if f.start is not None), key=lambda f: (f.start, f.order))
    return dated + [f for f in found if f.start is None]


def ordered_entries(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Entries oldest first (by the first day each date covers), undated ones last, else in the given
    order (for briefs joined or merged from several)."""
    keyed = [(start_of(e.date) if e.date else None, k, e) for k, e in enumerate(entries)]
    dated = sorted(((s, k, e) for s, k, e in keyed if s is not None), key=lambda x: (x[0], x[1]))
    return [e for _, _, e in dated] + [e for s, _, e in keyed if s is None]


def refusing_rules() -> list[Rule]:
    """The rules that refuse a time (for documentation and tests)."""
    return [NAME, AGE, REPEATING, DURATION, NO_POINT, CLOCK, FURNITURE, NO_EVENT]
