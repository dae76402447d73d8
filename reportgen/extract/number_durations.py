"""Two kinds of figure read whole: a length of time from a date or time entity ("21 months", "two
decades"), and a tally ("passed 64-34", "won 3-1"). Calendar dates, years and clock times in those
entities are refused.
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.extract.layout import sentence_of, span_text
from reportgen.extract.lexicon import (
    ALTERNATIVE_WORDS,
    CALENDAR_WORDS,
    DURATION_FILLERS,
    DURATION_UNITS,
    EXTREMES,
    FRACTION_WORDS,
    RANGE_WORDS,
    SCORE_WORDS,
    VOTE_WORDS,
)
from reportgen.extract.number_bounds import RANGE, approx_start, compound_number
from reportgen.extract.number_phrase import period_after
from reportgen.extract.number_refusals import CLOCK_TIME, LABEL_AFTER_NOUN, YEAR_RULE
from reportgen.extract.number_spans import CLOCK, DASHES, YEAR, Amount, refuse
from reportgen.extract.numwords import phrase_value
from reportgen.extract.rules import rule

_TALLY = re.compile(r"^(\d{1,3})(?:[-\u2013\u2014]|-to-)(\d{1,3})$")

DURATION = rule(
    "numbers.duration",
    "A date or time entity holding a number and a unit of time after it is a length of time (\"21 months\", "
    "\"the next 48 hours\").",
    examples=[("The strike lasted 21 months.", {"number": "21 months", "unit": "months"}),
              ("The judges gave the authority 90 working days to consult again.",
               {"number": "90 working days", "unit": "days"})],
    counter=[("On day four the hearing resumed.", {"no_number": "four"})])
DURATION_RATE = rule(
    "numbers.duration-rate",
    "A period after a length of time makes it a rate (\"four hours a day\", \"20 hours of supply a day\").",
    examples=[("Families go more than four hours a day without power.",
               {"number": "more than four hours a day", "unit": "hours a day"}),
              ("Customers should get a minimum of 20 hours of supply a day.",
               {"number": "minimum of 20 hours of supply a day", "unit": "hours a day"})],
    counter=[("The talks lasted 21 months.", {"number": "21 months", "unit": "months"})])
DECADES = rule(
    "numbers.decades-in-years",
    "Decades and centuries are counted in years (\"two decades\" is 20 years).",
    examples=[("Rents have tripled over two decades.",
               {"number": "two decades", "value": 20, "unit": "years"})],
    counter=[("Rents have tripled over two years.", {"number": "two years", "value": 2, "unit": "years"}),
             # a count and its period: no 800 decades
             ("The bakery now sells 2,400 loaves a week, up from 800 a decade ago.", {"no_number": "800"})])
CALENDAR = rule(
    "numbers.calendar-date",
    "A date naming a month or weekday (\"12 April\", \"the week through Oct. 24\") is a calendar reference.",
    effect="-",
    examples=[("The strike ended on 12 April.", {"no_number": "12"})],
    counter=[("The strike lasted 12 days.", {"number": "12 days"})])
COMPARISON = rule(
    "numbers.comparison-length",
    "A hyphenated length before a superlative noun (\"a three-month high\") is a comparison, not a length.",
    effect="-",
    examples=[("Zinc touched a three-month high on Monday.", {"no_number": "three"})],
    counter=[("Zinc traders called a three-month strike.", {"number": "three-month strike"})])
INSTRUMENT = rule(
    "numbers.instrument-name",
    "A hyphenated length after a noun, before the thing it names (\"benchmark three-month nickel\", \"US "
    "10-year yields\"), names a contract or security.",
    effect="-",
    examples=[("Benchmark three-month zinc rose 2%.", {"no_number": "three-month"})],
    counter=[("Unions called a 24-hour strike.", {"number": "24-hour strike"})])
TALLY = rule(
    "numbers.tally",
    "A vote tally or a score (\"passed 64-34\", \"won 3-1\", \"by a vote of 51 to 47\") is one fact, the "
    "first side's number, as written.",
    examples=[("The assembly passed the measure 64-34 on Tuesday.", {"number": "64-34", "unit": "votes"}),
              ("Rovers won 3-1 at home.", {"number": "3-1", "unit": "score"}),
              # (a day after it is when, no noun it counts)
              ("Water\n\nThe City Council voted 5-2 late Tuesday to raise rates.",
               {"number": "5-2", "unit": "votes"}),
              ("The bill cleared the committee on a 12-4 party-line vote.",
               {"number": "12-4", "unit": "votes"}),
              ("The amendment failed 4-12.", {"number": "4-12", "unit": "votes"})],
    counter=[("The council approved plans for 10-12 homes.", {"number": "10-12 homes", "unit": "homes"})])


def read_tally(span: Any) -> Amount | None:
    """A tally starting the span, read whole (unit "votes" or "score"); None for anything else, such
    as a range counting a noun ("10-12 people")."""
    doc = span.doc
    first = span[0]
    end = _tally_end(first)
    if end is None:
        return None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") \
            and not (after.ent_type_ == "DATE" and after.lemma_.lower() not in DURATION_UNITS
                     # "voted 5-2 late Tuesday": when, no noun it counts ("3-4 days in March" counts days)
                     and any(t.lower_ in CALENDAR_WORDS for t in doc[end:end + 3])) \
            and after.lemma_.lower() not in VOTE_WORDS | SCORE_WORDS \
            and _head_noun(doc, end).lemma_.lower() not in VOTE_WORDS | SCORE_WORDS:
        return None  # ("10-12 homes"; never "a 12-4 party-line vote")
    lemmas = {t.lemma_.lower() for t in sentence_of(span)}
    # ("failed to hold their lead and lost 2-1": a score; "It failed 4-12": a vote)
    unit = "votes" if lemmas & (VOTE_WORDS - {"fail"}) else "score" if lemmas & SCORE_WORDS \
        else "votes" if "fail" in lemmas else None
    if unit is None:
        return None
    amount = Amount(span=doc[first.i:end], label="TALLY", value=float(re.split(r"\D+", first.text)[0]),
                    start=first.i, end=end, unit=unit)
    amount.decide(TALLY, f"unit={unit}")
    return amount


def _head_noun(doc: Any, start: int) -> Any:
    """The noun heading the phrase that opens at ``start`` ("party-line vote": "vote"): the first noun
    within five words that is no compound of the next, or the word at ``start``."""
    for token in doc[start:min(start + 5, len(doc))]:
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return token
        if token.is_punct and token.text not in DASHES:
            break
    return doc[start]


def _tally_end(first: Any) -> int | None:
    """Where a tally starting at ``first`` ends: "64-34" (one token or three written together), or
    "51 to 47" when the sentence is about a vote."""
    doc = first.doc
    glued = first.i
    while glued < min(first.i + 5, len(doc) - 1) and not doc[glued].whitespace_:
        glued += 1
    for end in range(glued + 1, first.i, -1):  # "64-34", "5-to-4" written as one or several tokens
        if _TALLY.match(span_text(doc, first.i, end)):
            return end
    if not first.text.isdigit() or len(first.text) > 3 or first.i + 2 >= len(doc) \
            or not doc[first.i + 2].text.isdigit():
        return None
    link = doc[first.i + 1]
    if link.text in DASHES and not first.whitespace_ and not link.whitespace_:
        return first.i + 3
    if link.lower_ == "to" and "vote" in {t.lemma_.lower() for t in sentence_of(first)}:
        return first.i + 3
    return None


def read_duration(span: Any) -> Amount | None:
    """A date or time entity that is a length of time, or None (a date, a year, a clock time, a label
    such as "day four", a comparison or a contract's name)."""
    if any(YEAR.match(t.text) for t in span):
        refuse(span, YEAR_RULE)
        return None
    if CLOCK.search(span.text):
        refuse(span, CLOCK_TIME)
        return None
    if any(t.lower_.rstrip(".") in CALENDAR_WORDS for t in span):
        refuse(span, CALENDAR)
        return None
    tokens = [t for t in span if t.lower_ not in DURATION_FILLERS]
    unit_tokens = [t for t in tokens if t.lower_.split("-")[-1] in DURATION_UNITS]
    numbers = [t for t in tokens if t.like_num or _hyphen_number(t.lower_)]
    bounds = [t for t in tokens if (t.lower_ in RANGE_WORDS or t.lower_ in ALTERNATIVE_WORDS) and numbers
              and numbers[0].i < t.i and any(n.i > t.i for n in numbers) and not compound_number(t)]
    if not unit_tokens or not numbers or _apart(numbers[-1], unit_tokens):
        return None
    if bounds:  # "10 to 15 years": the lower bound is the value, the span says the rest
        numbers = [t for t in numbers if t.i < bounds[0].i]
    elif len(unit_tokens) > 1 and numbers[0].i < unit_tokens[0].i < numbers[-1].i:
        numbers = [t for t in numbers if t.i < unit_tokens[0].i]  # "3 minutes 32 seconds": 3 minutes
    if unit_tokens[0].i < numbers[0].i:
        refuse(span, LABEL_AFTER_NOUN)  # "day four", "day 3 of week 2"
        return None
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lemma_.lower() in EXTREMES and "-" in span.text:
        refuse(span, COMPARISON)
        return None
    if _instrument_name(span):
        refuse(span, INSTRUMENT)
        return None
    value = phrase_value([_hyphen_number(t.lower_) or t.text for t in numbers])
    if value is None:
        return None
    if "and a half" in span.text.lower():
        value += 0.5
    start, approximate = approx_start(doc[numbers[0].i - _leading(span, numbers[0]):span.end], duration=True)
    after = [t for t in unit_tokens if t.i >= numbers[-1].i]  # "the first three months of the year"
    unit_token = (after or unit_tokens)[0]
    unit = unit_token.lower_.split("-")[-1]
    end = next((t.i for t in span if t.i > unit_token.i and t.lower_ == "of"), span.end)  # not "of the year"
    amount = Amount(span=span, label="DATE", value=value, start=start, end=end, unit=unit,
                    approximate=approximate or bool(bounds))
    if DURATION_UNITS[unit] > 1:  # "two decades" is 20 years
        amount.value, amount.unit = value * DURATION_UNITS[unit], "years"
        amount.decide(DECADES, f"unit={amount.unit}")
    if bounds:
        amount.decide(RANGE, f"value={value:g}")
    amount.decide(DURATION, f"unit={amount.unit}")
    _with_period(amount)
    return amount


def _with_period(amount: Amount) -> None:
    """``DURATION_RATE``: a period written after a length of time is its rate ("four hours a day", "20
    hours of supply a day", "three days a week"), never a time phrase ("two hours a day earlier")."""
    doc, end = amount.doc, amount.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "NOUN" \
            and doc[end + 1].lower_ not in DURATION_UNITS:
        end += 2  # "20 hours of supply a day"
    if not period_after(doc, end) or doc[end + 1].lemma_ == doc[amount.span.start:amount.end][-1].lemma_:
        return
    amount.unit = f"{amount.unit} {span_text(doc, end, end + 2)}"
    amount.end = end + 2
    amount.decide(DURATION_RATE, f"unit={amount.unit}")


def _apart(number: Any, units: list[Any]) -> bool:
    """Words other than fillers and adjectives stand between the number and its unit of time ("one with
    years")."""
    unit = next((u for u in units if u.i >= number.i), None)
    if unit is None or unit.i == number.i:
        return False
    between = number.doc[number.i + 1:unit.i]
    if between and between[-1].lower_ in ("a", "an"):
        return True  # "800 a decade ago", "twice a year": a count and its period, no length of time
    return any(t.lower_ not in DURATION_FILLERS and t.text != "-" and t.lower_ not in FRACTION_WORDS
               and t.pos_ != "ADJ" for t in between)  # "9 straight years", "four more years" are lengths


def _leading(span: Any, number: Any) -> int:
    """How many words before the first number of a length of time belong to it ("the last", "nearly")
    rather than to what the tagger ran into the entity ("the harbour three years ago")."""
    count = 0
    while number.i - count > span.start and span.doc[number.i - count - 1].lower_ in DURATION_FILLERS:
        count += 1
    return count


def _instrument_name(span: Any) -> bool:
    """A hyphenated length naming a contract or security, a noun before it instead of an article."""
    doc = span.doc
    if "-" not in span.text or span[-1].lower_ == "old" or span.end >= len(doc) \
            or doc[span.end].pos_ != "NOUN":
        return False
    return span.start > sentence_of(span).start and doc[span.start - 1].pos_ in ("NOUN", "PROPN")


def _hyphen_number(word: str) -> str | None:
    """ "two" from "two-year" / "two-year-old" (hyphenated durations are one token or three)."""
    head = word.split("-")[0]
    return head if phrase_value([head]) is not None and "-" in word else None
