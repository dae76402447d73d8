"""Numeric facts: counts, money, percentages, measures and durations, for the brief's ``numbers``.

A pipeline of layers over the tagger's entities and the parse (no re-parsing), each decision a
declared rule that records where it fired:

1. candidates (``number_candidates``): numeric entities, with the tagger's errors repaired;
2. tallies and lengths of time read whole (``number_durations``);
3. span refusals (``number_refusals``): names, labels, years, clock times, furniture ...;
4. value and span (``number_bounds``): ranges, alternatives, changes, ratios, approximation;
5. unit (``number_units``): what the figure counts or measures, then its rate;
6. fact refusals (``number_refusals``): sources, labels and headings seen through their noun.

Calendar dates, years, clock times, ordinals and numbers that are part of a name are not facts, nor
is a bare count whose noun cannot be found.
"""

from __future__ import annotations

from typing import Any

from reportgen.brief import Number
from reportgen.extract.number_bounds import PAIR, amounts
from reportgen.extract.number_candidates import candidates
from reportgen.extract.number_durations import read_duration, read_tally
from reportgen.extract.number_phrase import measured_noun, take_in_what
from reportgen.extract.number_refusals import refused_fact, refused_span
from reportgen.extract.number_spans import Amount, refuse
from reportgen.extract.number_units import NO_NOUN, add_rate, find_unit


def find_numbers(doc: Any) -> list[Number]:
    """Every numeric fact in ``doc``, in text order; a fact repeated in the same words is listed once."""
    found: list[Number] = []
    consumed = -1  # tokens before this index belong to a tally already read
    for candidate in candidates(doc):
        if candidate.span.start < consumed:
            continue
        tally = read_tally(candidate.span)
        if tally is not None:
            found.append(tally.number())
            consumed = tally.end
        elif candidate.label in ("DATE", "TIME"):
            duration = read_duration(candidate.span)
            if duration is not None:
                take_in_what(duration)  # "5.1 months of imports"
                measured_noun(duration)  # "a five-year contract"
                found.append(duration.number())
        else:
            facts, end = _facts(candidate.span, candidate.label, found)
            found.extend(facts)
            consumed = max(consumed, end)  # ("14.2 operations per 1,000 patients": the base is read)
    return _unique(found)


def _facts(span: Any, label: str, earlier: list[Number]) -> tuple[list[Number], int]:
    """The facts one candidate states (two for a change), each with its unit, and where the figures they
    took in end (a rate's base, "per 1,000 patients"); ``earlier`` facts lend their counted noun to a
    figure that leaves it out."""
    if refused_span(span, label):
        return [], -1
    facts: list[Number] = []
    unitless: list[Amount] = []
    end = -1
    for amount in amounts(span, label):
        before = [*earlier, *facts]  # the first end of a change lends its noun to the second
        if not find_unit(amount, before):
            unitless.append(amount)
        elif not refused_fact(amount) and add_rate(amount, before):
            measured_noun(amount)
            facts.append(amount.number())
            end = max(end, amount.took_in)
    for amount in unitless:
        if facts and facts[-1].unit:  # "53 to 45 percent", "from 5 to 10 dollars": the second's unit
            amount.unit = facts[-1].unit
            amount.decide(PAIR, f"unit={amount.unit}")
            facts.insert(0, amount.number())
        else:
            refuse(amount.span, NO_NOUN)
    return facts, end


def _unique(found: list[Number]) -> list[Number]:
    seen: set[tuple[float, str, str]] = set()
    unique: list[Number] = []
    for number in found:
        key = (number.value, (number.unit or "").lower(), number.text.lower())
        if key not in seen:
            seen.add(key)
            unique.append(number)
    return unique
