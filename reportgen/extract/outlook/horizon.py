"""The horizon of an outlook sentence: the time expression it looks ahead to, as written."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportgen.extract import lexicon as L
from reportgen.extract.nlp import ents_in
from reportgen.extract.outlook.grammar import calendar_word, looks_back, passed
from reportgen.extract.rules import fire, rule
from reportgen.extract.times import age, in_past_clause, penalty, rate, repeating, with_its_preposition

HORIZON = rule(
    "outlook.horizon", "The horizon is the sentence's time ahead as written, a named day, month or time "
    "ahead before a bare number ('later on Friday', 'in March').",
    examples=[("The app will launch in March for five euros.",
               {"outlook": "launch", "horizon": "in March"}),
              ("The bank will hold a call with analysts at 9 a.m. on Thursday.",
               {"outlook": "call", "horizon": "Thursday"})],
    counter=[("The plant will close, the company said.", {"outlook": "plant", "horizon": None})])

PAST_TIME = rule(
    "outlook.horizon-past", "A time behind ('last year', 'since 2019', 'for two years', a date the "
    "article's own date has passed) or in a clause told as past is no horizon.",
    effect="-",
    examples=[("The mayor called for an inquiry into why walls built in 2015 had failed.",
               {"outlook": "inquiry", "horizon": None}),
              ("The talks, held on Monday, will resume.", {"outlook": "resume", "horizon": None}),
              ("She said she did not know him before Tuesday but would vote for him.",
               {"outlook": "vote", "horizon": None})],
    counter=[("The mayor will call for an inquiry in June.", {"outlook": "inquiry", "horizon": "in June"}),
             ("The mayor will call for an inquiry in June.",
              {"outlook": "inquiry", "horizon": "in June", "published": "2019-11-20"})])

MODIFIER = rule(
    "outlook.horizon-modifier", "A time that describes a noun ('full-year results', 'quarterly profit') "
    "names no time ahead.",
    effect="-",
    examples=[("The group will report full-year results on 14 February.",
               {"outlook": "results", "horizon": "14 February"})],
    counter=[("The group will report its results on 14 February.",
              {"outlook": "results", "horizon": "14 February"})])

REPEATING = rule(
    "outlook.horizon-repeating", "A time that repeats ('every week', 'each summer') is a habit, not a time "
    "ahead.",
    effect="-",
    examples=[("The minister will fly to Rome every week.", {"outlook": "Rome", "horizon": None})],
    counter=[("The minister will fly to Rome next week.", {"outlook": "Rome", "horizon": "next week"})])

AGE = rule(
    "outlook.horizon-age", "A lone number of up to three digits, or a time with 'age' or 'old', is an age "
    "or a count, no time ('Ana Ruiz, 50,', 'voters between the ages of 18 and 29').",
    effect="-",
    examples=[("Ana Ruiz, 50, says she will stay until she is paid.", {"outlook": "stay", "horizon": None}),
              ("Voters between the ages of 18 and 29 will decide the race.",
               {"outlook": "decide", "horizon": None})],
    counter=[("Ana Ruiz says she will stay until 2030.", {"outlook": "stay", "horizon": "until 2030"})])

PENALTY = rule(
    "outlook.horizon-penalty", "A time beside a sentence or penalty is its length ('faces up to five years "
    "in prison'), not a time ahead.",
    effect="-",
    examples=[("The driver will face up to five years in prison if convicted.",
               {"outlook": "driver", "horizon": None})],
    counter=[("The driver will face trial within five years.",
              {"outlook": "driver", "horizon": "within five years"})])

RATE = rule(
    "outlook.horizon-rate", "'A year', 'a month' after an amount is a rate ('a fee of 12 a year', '5% a "
    "year'), not a time ahead.",
    effect="-",
    examples=[("Members will pay a fee of 12 a year.", {"outlook": "fee", "horizon": None})],
    counter=[("The loan will be repaid in a month.", {"outlook": "loan", "horizon": "in a month"})])

NAME_AS_TIME = rule(
    "outlook.horizon-name", "A name the tagger read as a date is no time: a date is never what a verb acts "
    "on ('to hold Brannigan without bond').",
    effect="-",
    examples=[("Heist\n\nMatsuda said she would ask a judge to hold Brannigan without bond.",
               {"outlook": "ask a judge", "horizon": None})],
    counter=[("Heist\n\nMatsuda said she would ask a judge on Monday to hold the suspect without bond.",
              {"outlook": "ask a judge", "horizon": "Monday"}),
             ("Floods\n\nHundreds of families will spend Christmas in shelters, the council said.",
              {"outlook": "spend Christmas", "horizon": "Christmas", "published": "2026-11-20"})])


def name_as_time(ent: Any, words: set[str]) -> bool:
    """``NAME_AS_TIME``: proper nouns that a verb acts on, no calendar word or holiday among ``words``
    ("will spend Christmas in shelters" looks ahead to Christmas)."""
    return ent.root.dep_ in ("dobj", "nsubj", "nsubjpass") and all(t.pos_ == "PROPN" for t in ent) \
        and not any(calendar_word(t) for t in ent) and not words & L.HOLIDAYS


def horizon(sent: Any, published: date | None = None) -> str | None:
    """The time expression the sentence looks ahead to, as written ("later on Friday", "in December");
    with the article's date, a month or year it has passed is behind."""
    doc = sent.doc
    best: tuple[int, Any] | None = None
    for ent in ents_in(sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        words = {t.lower_ for t in ent}
        before = doc[ent.start - 1].lower_ if ent.start > sent.start else ""
        if words & L.PAST_WORDS or before in ("since", "for", "during") or in_past_clause(ent) \
                or any(looks_back(t) for t in ent) or (published is not None and passed(ent.text, published)):
            fire(doc, PAST_TIME, sent.start_char, sent.end_char, ent.text)
            continue
        if ent.root.dep_ in ("amod", "compound", "nmod") and ent.root.head.pos_ == "NOUN":
            fire(doc, MODIFIER, sent.start_char, sent.end_char, ent.text)
            continue
        refused = next((r for r, applies in _NOT_AHEAD if applies(ent, words)), None)
        if refused is not None:
            fire(doc, refused, sent.start_char, sent.end_char, ent.text)
            continue
        named = words & L.AHEAD_WORDS or any(calendar_word(t) for t in ent)
        rank = 0 if named else 1 if any(t.like_num for t in ent) else 2
        if best is None or rank < best[0]:
            best = (rank, ent)
    if best is None:
        return None
    found = with_its_preposition(best[1], sent)[1]
    fire(doc, HORIZON, sent.start_char, sent.end_char, found)
    return found


#: Times that are no time ahead, in the order they are checked (one reading of times with the
#: timeline: :mod:`reportgen.extract.times`).
_NOT_AHEAD = ((REPEATING, repeating), (AGE, age), (PENALTY, penalty), (RATE, rate),
              (NAME_AS_TIME, name_as_time))
