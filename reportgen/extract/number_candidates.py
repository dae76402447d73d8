"""Candidate figures: the tagger's numeric entities, with its errors repaired.

Each repair is a declared rule (``repairs.numbers-*``): a number the tagger mislabelled (a count read
as a date, "2bn" read as an ordinal), cut ("six or" / "seven million") or left outside any entity
("410p") becomes the candidate it should have been. Nothing here decides whether a candidate is a
fact; the rules in ``number_refusals`` and ``number_units`` do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reportgen.extract.layout import layout_of
from reportgen.extract.lexicon import (
    ALTERNATIVE_WORDS,
    CALENDAR_WORDS,
    CURRENCIES,
    CURRENCY_SIGNS,
    DECIMAL_POINTS,
    DURATION_UNITS,
    FRACTIONS,
    LABEL_NOUNS,
    MONTHS,
    NUMBER_UNITS,
    PERCENT_WORDS,
    PRONOUN_NUMBERS,
    RANGE_OPENERS,
    RANGE_WORDS,
)
from reportgen.extract.nlp import doc_ents
from reportgen.extract.number_elided import numbering_verb
from reportgen.extract.number_spans import YEAR, refuse
from reportgen.extract.numwords import (
    FIRST_GROUP,
    GROUP,
    MINUS_SIGNS,
    glued_money,
    glued_value,
    is_scale,
    measure_value,
    money_start,
    phrase_value,
    word_value,
)
from reportgen.extract.rules import fire, rule

#: Entity labels whose spans can hold a figure (dates and times can hold a length of time).
NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME"})
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Candidate:
    """A span that may state a figure, and the entity label it is read as."""

    span: Any
    label: str


GLUED_UNIT = rule(
    "repairs.numbers-glued-unit-mislabelled",
    "A figure written together with its unit (\"41C\", \"410p\") is a measure whatever entity label the "
    "tagger gave it.",
    examples=[("The thermometer showed 41C at the border post.",
               {"number": "41C", "unit": "C"})],
    counter=[("The thermometer showed 41 degrees at the border post.", {"number": "41 degrees"})])
SCALE_AS_ORDINAL = rule(
    "repairs.numbers-scale-read-as-ordinal",
    "A figure glued to a scale (\"2bn\") that the tagger read as an ordinal is a count.",
    examples=[("The foundry ships around 2bn bolts a year.", {"number": "around 2bn bolts a year",
                                                               "value": 2_000_000_000})],
    counter=[("It was the 2nd bolt to fail that year.", {"no_number": "2nd"})])
SHARE_AS_ORDINAL = rule(
    "repairs.numbers-share-read-as-ordinal",
    "\"a third of\", \"one fifth of\": a fraction the tagger read as an ordinal is a share of the noun "
    "after it.",
    examples=[("A third of tenants said they skipped meals.",
               {"number": "A third of tenants", "unit": "tenants"})],
    counter=[("The third tenant said she skipped meals.", {"no_number": "third"})])
COUNT_AS_DATE = rule(
    "repairs.numbers-count-read-as-date",
    "A date entity with no month, weekday, year or unit of time in it is a count the tagger mislabelled "
    "(\"between 30 and 40 people\", an age).",
    examples=[("Between 30 and 40 hikers were rescued.", {"number": "Between 30 and 40 hikers", "value": 30}),
              ("Maria Lopez, 34, was arrested.", {"number": "34", "unit": "years old"}),
              ("On the day 20 people died, the road closed.", {"number": "20 people"})],
    counter=[("The hikers were rescued on 12 May.", {"no_number": "12"}),
             ("The rescue took 40 hours.", {"number": "40 hours"})])
UNTAGGED = rule(
    "repairs.numbers-untagged",
    "Digits the tagger left outside any entity are a candidate when a unit or currency sign is written "
    "with them or they count the noun after them; so is a number word counting a plural (\"Eleven riders "
    "were fined\"), or is a passive verb's subject with no noun (\"Eleven were killed\").",
    examples=[("Another 80mm of rain fell on a record 7.2 metres of snow.",
               {"number": "80mm of rain", "unit": "mm"}),
              ("Ruling\n\nThe rider lost his title. Eleven riders were fined.",
               {"number": "Eleven riders", "unit": "riders"}),
              ("Crash\n\nA bus left the road near Kandy on Sunday. Eleven were killed, police said.",
               {"number": "Eleven were killed", "value": 11}),

              # rand glued to a figure that looks like money, its scale written after it
              ("Mine\n\nThe company spent R1.2-billion on safety and offered each family R750,000.",
               {"number": "R1.2-billion", "unit": "rand", "value": 1.2e9})],
    counter=[("The bus stopped at 410 Elm Street.", {"no_number": "410"}),
             ("Aid\n\nOf the £50m promised, only six or seven million had been spent.",
              {"number": "six or seven million", "value": 6e6})])
SIGNED_FIGURE = rule(
    "repairs.numbers-signed-figure",
    "A figure written with a minus or plus sign (\"-0.4%\", \"−1.2 per cent\", \"-5C\", \"+1%\"), which "
    "the tagger leaves outside any entity, is a candidate (negative after a minus) when a percentage or a "
    "measure is written with it.",
    examples=[("Economy\n\nGDP growth was -0.4% in the second quarter, the statistics office said.",
               {"number": "-0.4%", "value": -0.4, "unit": "percent"}),
              ("Cold\n\nTemperatures fell to -5C overnight in Oslo.", {"number": "-5C", "value": -5}),
              ("Guidance\n\nThe group now expects growth of -2% to +1% for the year.",
               {"number": "+1%", "value": 1, "unit": "percent"}),
              ("Trial\n\nThe effect ranged from -3% to 23% across the regions.",
               {"number": "-3%", "value": -3, "unit": "percent"})],
    counter=[("Scores\n\nThe reading rose from 2 -3 to a new high, officials said on Monday.",
              {"no_number": "-3"}),
             ("Wages\n\nWages rose 4% -5% in the capital, the survey found.", {"no_number": "-5%"})])
SPLIT_FIGURE = rule(
    "repairs.numbers-split-figure",
    "A range or two alternatives the tagger cut in two (\"three or four\", \"four or five million\", \"5,000 "
    "to 7,000 shells\") is one candidate.",
    examples=[("Police held 20 or 30 fans near the ground.", {"number": "20 or 30 fans", "value": 20}),
              ("The battery fires 5,000 to 7,000 shells a day.",
               {"number": "5,000 to 7,000 shells a day", "value": 5000}),
              ("We expect a shortfall of between 400 and 600 megawatts during peak hours.",
               {"number": "between 400 and 600 megawatts", "value": 400, "unit": "megawatts"})],
    counter=[("Police held 20 fans, or so the club said.", {"number": "20 fans"})])
NAME_RAN_ON = rule(
    "repairs.numbers-name-ran-on",
    "A name entity the tagger ran on into a percentage (\"Morgan 49 percent\") holds that figure: from its "
    "first number to the entity's end is a candidate.",
    examples=[("Kessler leads Morgan 49 percent to 42 percent.", {"number": "49 percent", "value": 49})],
    counter=[("Kessler leads Morgan among young voters.", {"no_number": "Morgan"})])
MONEY_AS_NAME = rule(
    "repairs.numbers-money-as-name",
    "An amount the tagger took for a name, a date or a count (“R$640 million” as an organisation, “Rp "
    "500,000” as a person, “KD520 a month” as a date, “about NZ$1150” as a count) is money: from its "
    "currency sign or code to the entity's end is a candidate.",
    examples=[("Budget\n\nSpending will rise to R$1.1 billion this year, up from R$640 million in 2025.",
               {"number": "R$640 million", "unit": "reais"}),
              ("Evacuation\n\nEach family will receive Rp 500,000 a month.",
               {"number": "Rp 500,000 a month", "unit": "rupiah a month"}),
              ("Nurses\n\nPay starts at KD520 a month for nurses in Kuwait.",
               {"number": "KD520 a month", "unit": "Kuwaiti dinars a month"}),
              ("Water\n\nBills will go up by about NZ$1150 a year by 2034.",  # tagged as a count
               {"number": "about NZ$1150 a year", "unit": "New Zealand dollars a year"})],
    counter=[("Masks\n\nNurses asked for N95 masks.", {"no_number": "N95"})])
SPOKEN_DECIMAL = rule(
    "repairs.numbers-spoken-decimal",
    "A decimal said aloud (\"two point four per cent\") is one figure, though the tagger sees only its "
    "first word.",
    examples=[("Exports fell two point four per cent.", {"number": "two point four per cent", "value": 2.4})],
    counter=[("Sales fell by one per cent, a point worth making.", {"number": "one per cent", "value": 1})])
GROUPED_DIGITS = rule(
    "repairs.numbers-grouped-digits",
    "A figure written in groups of three digits set apart by spaces, as in South Africa or France (\"15 000 "
    "people\", \"1 200 workers\"), is one figure, though the tagger ends it at the first space.",
    examples=[("About 15 000 people marched on Monday.",
               {"number": "About 15 000 people", "value": 15000, "unit": "people"}),
              ("Some 1 200 000 homes lost power on Monday.",  # the tagger saw no figure at all
               {"number": "Some 1 200 000 homes", "value": 1_200_000, "unit": "homes"}),
              ("Power\n\nDemand rose to 17 850MW on Monday.",  # the unit glued to the last group
               {"number": "17 850MW", "value": 17850, "unit": "MW"})],
    counter=[("Strike\n\nIn 2024 300 people marched to the Union Buildings.", {"no_number": "2024 300"}),
             ("Protest\n\nOn March 15 200 protesters gathered outside parliament.",
              {"number": "200 protesters"})])
HYPHENED_SCALE = rule(
    "repairs.numbers-hyphened-scale",
    "A scale hyphened to a figure (\"Rs 18,400-crore\", \"R1.2-billion\") is part of it, though the tagger "
    "ends the figure at the hyphen.",
    examples=[("Water\n\nThe Cabinet approved the Rs 18,400-crore Bhujal Mission on Wednesday.",
               {"number": "Rs 18,400-crore", "value": 184_000_000_000, "unit": "rupees"})],
    counter=[("Water\n\nThe Cabinet approved the 18,400-strong force on Wednesday.",
              {"no_number": "-strong"})])
ORDINAL = rule(
    "numbers.ordinal",
    "An ordinal (\"third\", \"2nd\") ranks; it is not a figure.",
    effect="-",
    examples=[("It was the third attempt to cross the river.", {"no_number": "third"})],
    counter=[("A third of the boats crossed the river.", {"number": "A third of the boats"})])


def candidates(doc: Any) -> list[Candidate]:
    """Numeric entities and repaired ones, in text order, none overlapping an earlier one."""
    found = [c for c in map(_from_entity, doc_ents(doc)) if c is not None]
    found.extend(_untagged(doc))
    found.sort(key=lambda c: (c.span.start, -c.span.end))
    found = _spoken_decimals(_join_split([_hyphened_scale(_grouped(c)) for c in found]))
    kept: list[Candidate] = []
    for candidate in found:
        if not kept or candidate.span.start >= kept[-1].span.end:
            kept.append(candidate)
    return kept


def _from_entity(ent: Any) -> Candidate | None:
    """The candidate an entity gives, repaired where its label is wrong; None when it holds no figure."""
    doc = ent.doc
    label = ent.label_
    if len(ent) == 1 and measure_value(ent.text) is not None:
        if label != "QUANTITY":
            fire(doc, GLUED_UNIT, ent.start_char, ent.end_char)
        return Candidate(ent, "QUANTITY")
    if label == "ORDINAL":
        return _ordinal(ent)
    if label not in NUMERIC_LABELS:
        return _ran_on(ent) or _money_as_name(ent)
    if label in ("DATE", "TIME") and (money := _money_as_name(ent)) is not None:
        return money  # "KD520 a month" tagged as a date
    if label == "CARDINAL" and any(glued_money(t) for t in ent):
        fire(doc, MONEY_AS_NAME, ent.start_char, ent.end_char)
        return Candidate(ent, "MONEY")  # "about NZ$1150" tagged as a count
    if not _holds_number(ent):
        return None
    if label == "DATE" and not _dated(ent):
        fire(doc, COUNT_AS_DATE, ent.start_char, ent.end_char)
        return Candidate(ent, "CARDINAL")
    counting = next((t for t in ent if t.like_num and t.dep_ == "nummod" and t.head.i >= ent.end
                     and not YEAR.match(t.text)), None)
    if label == "DATE" and counting is not None and not _calendar(ent):  # "the day 20" + "people died"
        fire(doc, COUNT_AS_DATE, counting.idx, ent.end_char)
        return Candidate(doc[counting.i:ent.end], "CARDINAL")
    return Candidate(ent, label)


def _money_as_name(ent: Any) -> Candidate | None:
    """``MONEY_AS_NAME``: "R$640 million", "Rp 500,000" tagged as a name: from the currency on, money."""
    doc = ent.doc
    for token in ent:
        glued = glued_money(token)
        if not money_start(token) or (not glued and token.i + 1 >= ent.end):
            continue  # (the figure after a code apart must lie in the entity)
        end = _past_scale(doc, token.i + (1 if glued else 2), ent.end)  # "R$640 million", "R3.6-billion"
        fire(doc, MONEY_AS_NAME, token.idx, doc[end - 1].idx + len(doc[end - 1].text))
        return Candidate(doc[token.i:end], "MONEY")
    return None


def _ran_on(ent: Any) -> Candidate | None:
    """ "Morgan 49 percent to": the figure inside a name entity that runs on into a percentage."""
    first = next((t for t in ent if t.text[:1].isdigit()), None)
    if first is None or not any(t.lower_ in PERCENT_WORDS for t in ent[first.i - ent.start:]):
        return None
    doc = ent.doc
    fire(doc, NAME_RAN_ON, first.idx, ent.end_char)
    return Candidate(doc[first.i:ent.end], "PERCENT")


def _ordinal(ent: Any) -> Candidate | None:
    """An ordinal entity: a glued scale ("2bn") or a share ("a third of") misread, else refused."""
    doc = ent.doc
    if len(ent) == 1 and _glued_scale(ent[0]):
        fire(doc, SCALE_AS_ORDINAL, ent.start_char, ent.end_char)
        return Candidate(ent, "CARDINAL")
    first = ent[0]
    if len(ent) == 1 and first.lower_ in FRACTIONS and ent.start > 0 and ent.end < len(doc) \
            and doc[ent.start - 1].lower_ in ("a", "one") and doc[ent.end].lower_ == "of":
        share = doc[ent.start - 1:ent.end]
        fire(doc, SHARE_AS_ORDINAL, share.start_char, share.end_char)
        return Candidate(share, "CARDINAL")
    refuse(ent, ORDINAL)
    return None


def _glued_scale(token: Any) -> bool:
    glued = glued_value(token.text)
    return glued is not None and bool(glued[2])


def _holds_number(span: Any) -> bool:
    """Whether any word of the span is or starts a number ("12", "twelve", "three-month")."""
    words = [t for t in span if t.lower_ not in ("a", "an")]
    return any(t.like_num or any(ch.isdigit() for ch in t.text) or phrase_value([t.lower_.split("-")[0]])
               is not None for t in words) or phrase_value([t.text for t in span]) is not None  # "a quarter"


def _calendar(span: Any) -> bool:
    return any(t.lower_.rstrip(".") in CALENDAR_WORDS or YEAR.match(t.text) for t in span)


def _dated(span: Any) -> bool:
    """A date entity that is a date or a length of time: it names a month, weekday or year, or a unit
    of time ("21 months", "three-day")."""
    for token in span:
        low = token.lower_.rstrip(".")
        if low in CALENDAR_WORDS or YEAR.match(token.text) or any(
                part in DURATION_UNITS for part in low.split("-")):
            return True
    return False


def _untagged(doc: Any) -> list[Candidate]:
    """Digits outside any entity that carry a unit or sign, or count the noun after them."""
    found = []
    layout = layout_of(doc)
    tokens, ent_types = layout.tokens, layout.ent_types
    for i, text in enumerate(layout.texts):  # (the layout's lists: most tokens are read no further)
        if ent_types[i]:
            continue
        token = tokens[i]
        worded = token.is_alpha and token.like_num and token.lower_ not in PRONOUN_NUMBERS  # "Eleven riders"
        if not (worded or _DIGIT.search(text)):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        label = None
        if _signed_figure(doc, token):
            label = "PERCENT" if after is not None and after.lower_ in PERCENT_WORDS else "QUANTITY"
            fire(doc, SIGNED_FIGURE, token.idx, token.idx + len(token))
        elif measure_value(token.text) is not None \
                or (after is not None and not token.whitespace_ and measure_value(token.text + after.text)):
            label = "QUANTITY"  # "410p", "80" "mm"
        elif _signed_amount(token):
            label = "MONEY"  # "€ 3.5bn", "HK$50,000"
        elif token.like_num and token.dep_ == "nummod" and token.head.pos_ == "NOUN" \
                and token.head.i > token.i and (not worded or token.head.tag_ == "NNS"):
            label = "CARDINAL"
        elif worded and _counted_subject(token):
            label = "CARDINAL"  # "Eleven were killed": the count is the subject, its noun elided
        elif token.like_num and numbering_verb(token) is not None:
            label = "CARDINAL"  # "contractors, numbering around 3,500," (numbers.numbering)
        if label is not None:
            end = _past_scale(doc, token.i + 1, len(doc)) if label == "MONEY" else token.i + 1
            fire(doc, UNTAGGED, token.idx, doc[end - 1].idx + len(doc[end - 1]))
            found.append(Candidate(doc[token.i:end], label))
    return found


def _counted_subject(token: Any) -> bool:
    """A number word that is a passive or copular verb's subject with no noun of its own ("Eleven were
    killed", "Three of them were children"): a count whose noun the sentence leaves out, right before
    its verb or "of" (a figure joined to another, "six or seven million had been spent", is read whole)."""
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and verb.i > token.i \
        and (token.dep_ == "nsubjpass" or verb.lemma_ == "be") \
        and not any(c.dep_ in ("compound", "amod", "det") for c in token.children) \
        and (token.nbor(1).pos_ in ("AUX", "VERB") or token.nbor(1).lower_ == "of")


def _past_scale(doc: Any, end: int, limit: int) -> int:
    """Where an amount ends past the scale written after its figure, apart or after a dash ("R$640
    million", "R1.2-billion"), never beyond ``limit``; a rate after it is read as any rate."""
    while end < limit and (is_scale(doc[end].text) or (
            doc[end].text in ("-", "–") and end + 1 < limit and is_scale(doc[end + 1].text))):
        end += 1
    return end


def _signed_figure(doc: Any, token: Any) -> bool:
    """``SIGNED_FIGURE``: a figure opened by a minus or plus sign after a space, with a percentage word
    after it or a measure glued to it ("-0.4%", "-5C", "+1%"; never "2 -3", a score)."""
    text = token.text
    before = doc[token.i - 1] if token.i > 0 else None
    if len(text) < 2 or (text[0] not in MINUS_SIGNS and text[0] != "+") or not text[1].isdigit() or (
            before is not None and (before.like_num or any(ch.isdigit() for ch in before.text)
                                    or before.lower_ in PERCENT_WORDS)):
        return False  # ("2 -3", "4% -5%", "45C -50C": a score or a range typed loosely)
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if measure_value(text[1:]) is not None:
        return True
    return word_value(text[1:]) is not None and after is not None and after.lower_ in PERCENT_WORDS \
        and (after.lower_ != "per" or (after.i + 1 < len(doc) and doc[after.i + 1].lower_ == "cent"))


def _signed_amount(token: Any) -> bool:
    """An amount a currency sign or code opens ("€ 3.5bn", "HK$50,000")."""
    glued = glued_value(token.text)
    if glued is None:
        return False
    before = token.nbor(-1).text if token.i > 0 else ""
    return bool(glued[1]) or before in CURRENCY_SIGNS or before.lower() in CURRENCIES


def _join_split(found: list[Candidate]) -> list[Candidate]:
    """A bare count and the figure after it joined by "or", "to" or a dash ("three or four", "only six
    or" + "seven million", "5,000" + "to 7,000") as one span, labelled by the figure with a unit."""
    joined: list[Candidate] = []
    for candidate in map(_untagged_neighbour, found):
        if joined and _split(joined[-1], candidate):
            last = joined[-1]
            doc = candidate.span.doc
            span = doc[last.span.start:candidate.span.end]
            fire(doc, SPLIT_FIGURE, span.start_char, span.end_char)
            joined[-1] = Candidate(span, candidate.label)
            continue
        joined.append(candidate)
    return joined




def _grouped(candidate: Candidate) -> Candidate:
    """``GROUPED_DIGITS``: a figure widened over the groups of digits set apart by single spaces before or
    after the ones it holds ("15" + "000 people", "1 200" + "000 homes", "4" + "000MW"), when they make
    one figure written so: one to three digits, then groups of three, the last maybe with its unit."""
    span = candidate.span
    doc = span.doc
    digits = [t.i for t in span if _digit_group(t)]
    if not digits or digits[-1] - digits[0] + 1 != len(digits) or candidate.label in ("DATE", "ORDINAL"):
        return candidate
    low, high = digits[0], digits[-1]
    while low > 0 and doc[low - 1].text.isdigit() and doc[low - 1].whitespace_ == " " \
            and doc[low - 1].ent_type_ not in ("DATE", "ORDINAL", "TIME") \
            and not (low > 1 and _month_or_label(doc[low - 2])):
        low -= 1  # (never a date's day, "On March 15 200 protesters", nor a label's, "round 3 200")
    while high + 1 < len(doc) and doc[high].text.isdigit() and doc[high].whitespace_ == " " \
            and _digit_group(doc[high + 1]):
        high += 1
    run = doc[low:high + 1]
    if (low, high) == (digits[0], digits[-1]) or not FIRST_GROUP.match(run[0].text) \
            or not all(GROUP.match(t.text) or (t.i == high and not t.text.isdigit()) for t in run[1:]):
        return candidate  # ("In 2024 300 people": a year, then a count)
    start, end = min(span.start, low), max(span.end, high + 1)
    fire(doc, GROUPED_DIGITS, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    return Candidate(doc[start:end], candidate.label)


def _month_or_label(token: Any) -> bool:
    """A month or a label noun, whose number a figure after it is not part of."""
    return token.lower_.rstrip(".") in MONTHS or token.lower_ in LABEL_NOUNS


def _digit_group(token: Any) -> bool:
    """Digits alone, or three with a unit glued on ("000MW")."""
    text = token.text
    return text.isdigit() or (len(text) > 3 and text[:3].isdigit() and not text[3].isdigit()
                              and measure_value(text) is not None)


def _hyphened_scale(candidate: Candidate) -> Candidate:
    """``HYPHENED_SCALE``: a figure widened over a scale hyphened to it ("18,400" + "-crore")."""
    span = candidate.span
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or not _DIGIT.search(span[-1].text) or span[-1].whitespace_ \
            or doc[end].text != "-" or doc[end].whitespace_ or not is_scale(doc[end + 1].text) \
            or (end + 2 < len(doc) and doc[end + 2].text == "-" and not doc[end + 1].whitespace_):
        return candidate  # (never "a 10-crore-rupee project", a compound modifier)
    fire(doc, HYPHENED_SCALE, span.start_char, doc[end + 1].idx + len(doc[end + 1]))
    return Candidate(doc[span.start:end + 2], candidate.label)


def _untagged_neighbour(candidate: Candidate) -> Candidate:
    """A figure of a range or alternatives that the tagger left outside any entity joins the other:
    "four or" + "five million", "Only four or" + "five million euros"."""
    span = candidate.span
    doc = span.doc
    start, end = span.start, span.end
    if start >= 2 and _joins(doc[start - 1]) and not doc[start - 2].ent_type_ \
            and word_value(doc[start - 2].text) is not None:
        start -= 2
    if _joins(span[-1]) and end < len(doc) and not doc[end].ent_type_ \
            and word_value(doc[end].text) is not None:
        end += 1
        while end < len(doc) and not doc[end].ent_type_ and (word_value(doc[end].text) is not None
                                                             or is_scale(doc[end].text)):
            end += 1
    if (start, end) == (span.start, span.end):
        return candidate
    joined = doc[start:end]
    fire(doc, SPLIT_FIGURE, joined.start_char, joined.end_char)
    return Candidate(joined, candidate.label)


def _joins(token: Any) -> bool:
    """A word joining two figures of a range or alternatives ("or", "to", a dash; not "and")."""
    return (token.lower_ in ALTERNATIVE_WORDS or token.lower_ in RANGE_WORDS) and token.lower_ != "and"


def _split(first: Candidate, second: Candidate) -> bool:
    """Whether two candidates are one range or pair of alternatives the tagger cut: a bare count then a
    figure ("three or four", "5,000" + "to 7,000"), or two amounts after "between"."""
    doc = first.span.doc
    joint = doc[first.span.end] if first.span.end < len(doc) else first.span[-1]
    adjacent = second.span.start == first.span.end + 1
    opened = first.span[0].lower_ in RANGE_OPENERS \
        or (first.span.start > 0 and doc[first.span.start - 1].lower_ in RANGE_OPENERS)
    if (_joins(first.span[-1]) or (opened and first.span[-1].lower_ == "and")) and len(first.span) > 1:
        return second.span.start == first.span.end  # cut after its joining word: "48 percent to", "between
        # 400 and" + "600 megawatts"
    between = opened and adjacent and joint.lower_ in ("and", "to")
    if first.label == "CARDINAL" and second.label in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE"):
        return adjacent and (_joins(joint) or between)  # ("between 2" + "8 degrees Celsius")
    return between and first.label == second.label


def _spoken_decimals(found: list[Candidate]) -> list[Candidate]:
    """ "one point three": the tagger's "one" runs on over "point" and the digits said after it."""
    out = []
    for candidate in found:
        span = candidate.span
        doc = span.doc
        end = span.end
        if end + 1 < len(doc) and doc[end].lower_ in DECIMAL_POINTS and span[-1].lower_ in NUMBER_UNITS:
            end += 1
            while end < len(doc) and NUMBER_UNITS.get(doc[end].lower_, 10) < 10:
                end += 1
        if end > span.end + 1:
            spoken = doc[span.start:end]
            fire(doc, SPOKEN_DECIMAL, spoken.start_char, spoken.end_char)
            candidate = Candidate(spoken, candidate.label)
        out.append(candidate)
    return out

