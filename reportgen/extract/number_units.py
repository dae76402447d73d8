"""What a figure counts or measures: its unit, from the first rule in ``UNIT_RULES`` that finds one,
then from the rules of ``number_elided`` that look elsewhere in the sentence.

The unit is what the figure counts ("12 coastal districts" -> districts), a currency, a percentage or
a measure. A rate keeps its period ("$10bn a year"). A bare count whose noun cannot be found is
refused: an analyst cannot tabulate "eight" of nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from reportgen.brief import Number
from reportgen.extract.grammar import SUBJECTS
from reportgen.extract.layout import layout_of, sentence_of, span_text
from reportgen.extract.lexicon import (
    AGE_WORDS,
    BASE_CURRENCIES,
    COUNT_WORDS,
    CURRENCIES,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    DURATION_UNITS,
    FRACTIONS,
    GENERIC_NOUNS,
    GLUED_CURRENCIES,
    NOT_RATE_AFTER,
    PEOPLE_ADJECTIVES,
    PERCENT_WORDS,
    PERSON_HEADS,
    POINT_WORDS,
    POPULATION_NOUNS,
    RATE_WORDS,
    SCALE_NOUNS,
    SCALES,
    TEMPERATURE_SCALES,
    THRESHOLD_NOUNS,
    TRAILING_CURRENCIES,
    VAGUE_MAGNITUDES,
)
from reportgen.extract.nlp import common_noun
from reportgen.extract.number_bounds import value_words
from reportgen.extract.number_elided import ELSEWHERE, elided, what_subject_counts
from reportgen.extract.number_phrase import take_in_what
from reportgen.extract.number_spans import (
    DASHES,
    Amount,
    Finder,
    has_amount,
    is_number,
    line_bounds,
    number_root,
    refuse,
)
from reportgen.extract.numwords import SIGN_PREFIX, glued_money, glued_value, is_scale, measure_value
from reportgen.extract.rules import Rule, fire, rule

_NOUNS = ("NOUN", "PROPN")
#: Words that are a figure's value, not what it counts ("a dozen", "two-thirds", "thousands").
_VALUE_NOUNS = frozenset(COUNT_WORDS) | frozenset(FRACTIONS) | frozenset(VAGUE_MAGNITUDES) | frozenset(SCALES)

GLUED_MEASURE = rule(
    "numbers.glued-measure",
    "A unit written onto the figure (\"80mm\", \"120mph\", \"41C\") is its unit.",
    examples=[("Winds of up to 120mph hit the coast.", {"number": "up to 120mph", "unit": "mph"}),
              ("Pensions\n\nStaff lose 11.4pc of their pension.",
               {"number": "11.4pc of their pension", "unit": "percent"})],
    counter=[("Winds hit 120 villages on the coast.", {"number": "120 villages", "unit": "villages"})])
SCALE_READING = rule(
    "numbers.scale-reading",
    "A scale named right before a figure (\"magnitude 6.8\", \"Mach 5\") is its unit, and part of its span.",
    examples=[("Rescuers searched the rubble after Friday's magnitude 6.8 earthquake.",
               {"number": "magnitude 6.8", "unit": "magnitude", "value": 6.8}),
              ("A strong aftershock of magnitude 6 or greater could strike in the coming days.",
               {"number": "magnitude 6", "unit": "magnitude"})],
    counter=[("The quake's magnitude rose to 6.8 on review, and 41 homes fell.",
              {"number": "41 homes", "unit": "homes"})])
PERCENT = rule(
    "numbers.percent",
    "\"18%\", \"4 percent\", \"2.5 per cent\" are percentages, and a change in them \"percentage points\", "
    "whatever entity label the figure has.",
    examples=[("Turnout fell 2.5 per cent.", {"number": "2.5 per cent", "unit": "percent"}),
              ("The bank raised rates by 0.5 percentage points.",
               {"number": "0.5 percentage points", "unit": "percentage points"})],
    counter=[("Turnout fell in 25 cents of every dollar.", {"number": "25 cents"})])
CURRENCY = rule(
    "numbers.currency",
    "A currency sign, code or word before, in or after an amount (\"£40m\", \"CHF 1.2 billion\", \"2bn "
    "euros\") is its unit.",
    examples=[("The council set aside £40m for flood defences.", {"number": "£40m", "unit": "pounds"}),
              ("The insurer lost CHF 1.2 billion.", {"number": "CHF 1.2 billion", "unit": "Swiss francs"}),
              # a sign the tokenizer writes apart (numbers.yaml currency_codes)
              ("Fuel prices\n\nThe price of petrol rose to ₦1,180 from ₦945 on Monday, officials said.",
               {"number": "₦1,180", "unit": "naira"}),
              ("Fuel prices\n\nThe fund holds ZAR 300 million, officials said on Monday.",
               {"number": "ZAR 300 million", "unit": "rand"}),
              ("Budget\n\nOf the total, Rs4.65tr has been earmarked for salaries and pensions.",
               {"number": "Rs4.65tr", "unit": "rupees", "value": 4.65e12}),
              ("Pesos\n\nThe peso fell to AR$1,642 on Tuesday.",
               {"number": "AR$1,642", "unit": "Argentine pesos"}),
              # one glued letter with thousands or a scale (numbers.yaml glued_codes; never "N95 masks")
              ("Fuel\n\nPetrol now sells for N1,180 per litre. Staff wore N95 masks.",
               {"number": "N1,180 per litre", "unit": "naira per litre", "no_number": "N95"}),
              ("Relief\n\nThe agency released P25 million in aid on Monday.",
               {"number": "P25 million", "unit": "pesos", "value": 25e6}),
              # Malaysian copy glues the scale too ("RM38.6mil", "RM1.2bil")
              ("Trial\n\nThe contract was worth RM1.2bil, the court heard.",
               {"number": "RM1.2bil", "unit": "ringgit", "value": 1.2e9}),
              # a currency word that is also a verb, right after money (numbers.yaml trailing_currencies)
              ("Chips\n\nHanseong will invest 500 billion won in the plant.",
               {"number": "500 billion won", "unit": "won", "value": 5e11})],
    counter=[("Tennis\n\nJannik Sinner, at 22, won the title in Melbourne.", {"no_number": "22"}),
             ("The reservoir lost 10 billion cubic metres.", {"number": "10 billion cubic metres",
                                                               "unit": "cubic metres"})])
MEASURE_WORDS = rule(
    "numbers.measure-words",
    "The words of a measure after its amount are its unit (\"9 billion cubic metres\", \"30 miles an "
    "hour\"), with the scale of a temperature in degrees (\"1.8 degrees Celsius\").",
    examples=[("The reservoir lost 9 billion cubic metres.", {"number": "9 billion cubic metres",
                                                              "unit": "cubic metres"}),
              ("Ice\n\nThe floats showed water about 1.8 degrees Celsius warmer than the freezing point.",
               {"number": "about 1.8 degrees Celsius", "unit": "degrees Celsius"})],
    counter=[("The reservoir lost £9 billion.", {"number": "£9 billion", "unit": "pounds"})])
AGE = rule(
    "numbers.age",
    "A figure set off by commas right after a person's name (\"Ana Roe, 34,\") or after \"aged\" is their "
    "age in years.",
    examples=[("Maria Lopez, 34, was arrested at the scene.",
               {"number": "34", "unit": "years old", "value": 34}),
              ("A man aged 61 was arrested.", {"number": "61", "unit": "years old"}),
              ("The programs serve children up to age 5.", {"number": "up to age 5", "unit": "years old"}),
              ("Ingrid Solberg died on Monday. She was 87.", {"number": "87", "unit": "years old"}),
              ("Her brother, now 91, said she was kind.", {"number": "91", "unit": "years old"}),
              ("She completed a doctorate in 1974, at the age of 29.",
               {"number": "age of 29", "unit": "years old"})],
    counter=[("Maria Lopez, the mayor, said 34 homes were lost.", {"number": "34 homes", "unit": "homes"}),
             ("The score was 87 when rain stopped play.", {"no_number": "87"}),
             ("Turnout was 64, officials said.", {"no_number": "64"})])
THRESHOLD = rule(
    "numbers.threshold",
    "A figure naming a threshold passed (\"broke the 50,000 barrier\", \"passed the 1m mark\") counts what "
    "the subject counts.",
    examples=[("The tally of registered drones broke the 50,000 barrier.",
               {"number": "50,000 barrier", "unit": "drones"})],
    counter=[("The army built a 100-mile barrier.", {"number": "100-mile barrier"})])
COUNTED_NOUN = rule(
    "numbers.counted-noun",
    "A count's unit is the noun it counts, the head of its phrase past any adjectives and noun modifiers "
    "(\"12 coastal districts\" -> districts, \"nine bicycle thieves\" -> thieves).",
    examples=[("Officials closed schools in 12 coastal districts.", {"number": "12 coastal districts",
                                                                     "unit": "districts"}),
              ("In all, nine bicycle thieves were charged.", {"number": "nine bicycle thieves",
                                                              "unit": "thieves"})],
    counter=[("Officials closed 12.", {"no_number": "12"}),
             ("Thousands flee as fire nears town\n\nThe fire spread overnight.",
              {"no_number": "Thousands flee"})])
COORDINATED_UNIT = rule(
    "numbers.coordinated-unit",
    "Two plural nouns joined by “and” or “or” right after a count are what it counts together (“41,000 "
    "nurses and midwives”, “300 doctors or nurses”); a noun phrase of its own after “and” is not (“120 "
    "nurses and the hospital's director”).",
    examples=[("About 41,000 nurses and midwives are to be balloted.",
               {"number": "About 41,000 nurses and midwives", "unit": "nurses and midwives"})],
    counter=[("The strike hit 120 nurses and the hospital's director.",
              {"number": "120 nurses", "unit": "nurses"})])
ADJECTIVE_NOUN = rule(
    "numbers.adjective-noun",
    "An adjective standing for people after a count (\"the estimated 2,000 dead\", \"12 injured\") is "
    "what it counts.",
    examples=[("Churches rang their bells for the estimated 2,000 dead.",
               {"number": "estimated 2,000 dead", "unit": "dead", "approximate": True}),
              ("The provincial government gave a higher figure of 168 dead, saying its count included the "
               "missing.", {"number": "168 dead", "unit": "dead"})],
    counter=[("The 2,000 dead soldiers were named.",
              {"number": "2,000 dead soldiers", "unit": "soldiers"})])
STATED_STATE = rule(
    "numbers.stated-state",
    "A bare count whose verb states what befell people (\"312 were injured\", \"9 remained missing\") "
    "counts the people in that state: the state is its unit and ends its span.",
    examples=[("The council said 41 people had died, 312 were injured and 9 remained missing.",
               {"number": "312 were injured", "unit": "injured"}),
              ("The council said 41 people had died, 312 were injured and 9 remained missing.",
               {"number": "9 remained missing", "unit": "missing"})],
    counter=[("The council said 312 people were injured.", {"number": "312 people", "unit": "people"}),
             ("Of the 80 houses on the street, 30 were evacuated as the river rose.",
              {"number": "30", "unit": "houses"}),
             ("The ferry carried 40 passengers; 12 were rescued by fishermen.",
              {"number": "12", "unit": "passengers"})])
OF_NOUN = rule(
    "numbers.of-noun",
    "A share, multiple or count followed by \"of\" counts the noun of that phrase (\"thousands of "
    "households\", \"roughly two-thirds of the county's farmers\", \"four of the dead\").",
    examples=[("Roughly two-thirds of the county's dairy farmers backed him.",
               {"number": "Roughly two-thirds of the county's dairy farmers", "unit": "farmers"}),
              ("The outage left thousands of households without heat.",
               {"number": "thousands of households", "unit": "households"}),
              ("Landslide\n\nThe slide left seven people dead. Four of the dead were members of one family.",
               {"number": "Four of the dead", "unit": "dead"})],  # a state that stands for people
    counter=[("Two-thirds backed him.", {"number": "Two-thirds", "unit": None})])
SHARE = rule(
    "numbers.share",
    "A share of a whole (\"by about a third\", \"one in 20\") is a fact without a noun; a bare count is not.",
    examples=[("Ridership had fallen by about a third since the spring.", {"number": "about a third",
                                                                           "unit": None})],
    counter=[("The flats remain half-finished.", {"no_number": "half"})])
RATE = rule(
    "numbers.rate",
    "A period or base written after an amount (\"a year\", \"per share\", \"a barrel\") belongs to its unit "
    "and span; a time phrase (\"a year ago\") does not.",
    examples=[("The scheme will cost £200m a year.", {"number": "£200m a year", "unit": "pounds a year"}),
              ("Cocoa\n\nFarmers will get GH¢3,450 per 64-kilogramme bag this season.",
               {"number": "GH¢3,450 per 64-kilogramme bag", "unit": "cedis per 64-kilogramme bag"}),
              ("Fees\n\nThe fee is set at $3 per hectare a year.",
               {"number": "$3 per hectare a year", "unit": "dollars per hectare a year"}),
              ("Surgery\n\nThe trust cancelled 14.2 operations per 1,000 patients admitted.",
               {"number": "14.2 operations per 1,000 patients", "unit": "operations per 1,000 patients"}),
              ("Tariffs\n\nThe tariff rose to ₦209.50 per kilowatt-hour.",
               {"number": "₦209.50 per kilowatt-hour", "unit": "naira per kilowatt-hour"}),
              ("Tariffs\n\nRates rose to 12 centavos per kilowatt-hour.",  # "kilowatt" tagged a name
               {"number": "12 centavos per kilowatt-hour", "unit": "centavos per kilowatt-hour"}),
              ("Mine\n\nThe strike halted about 850 tonnes of copper per day.",
               {"number": "about 850 tonnes of copper per day", "unit": "tonnes of copper per day"})],
    counter=[("The plant employed 3,000 workers a decade ago.",
              {"number": "3,000 workers", "unit": "workers"})])
NO_NOUN = rule(
    "numbers.no-counted-noun",
    "A bare count whose counted noun cannot be found is not a fact an analyst can tabulate.",
    effect="-",
    examples=[("They were later set 280 to win.", {"no_number": "280"})],
    counter=[("They were later set 280 runs to win.", {"number": "280 runs"})])


def find_unit(amount: Amount, earlier: list[Number]) -> bool:
    """Fill in the amount's unit and where its span ends; False when it has none and is no share (the
    caller refuses it with ``NO_NOUN`` if nothing else gives it one). A share takes no noun from
    elsewhere ("a third of what is needed")."""
    share = _share(amount)
    for which, finder in UNIT_RULES if share else (*UNIT_RULES, *ELSEWHERE):
        found = finder(amount, earlier)
        if found is not None:
            amount.unit, amount.end = _whole_compound(amount.doc, *found)
            amount.decide(which, f"unit={amount.unit}")
            return True
    if share:
        amount.decide(SHARE)
    return share


def _whole_compound(doc: Any, unit: str, end: int) -> tuple[str, int]:
    """A unit noun the parser cut at a hyphen is the whole compound ("350 health sub-centres", "two
    brothers-in-law"); never a measure glued to its figure ("a 7,600-foot-high peak") nor a dash."""
    if end < 2 or doc[end - 1].lower_ != unit.lower() or doc[end - 2].text == "-":
        return unit, end
    stop = end
    while stop + 1 < len(doc) and doc[stop].text == "-" and not doc[stop].whitespace_ \
            and not doc[stop - 1].whitespace_ and doc[stop + 1].is_alpha:
        stop += 2
    parts = doc[end:stop]
    if stop == end or any(t.lower_ in ("a", "an", "per") or t.pos_ == "ADJ" for t in parts) \
            or (stop < len(doc) and doc[stop].pos_ == "NOUN"):
        return unit, end  # "the 30 metre-high wall", "40 tonnes-a-day": an adjective, not the counted noun
    return span_text(doc, end - 1, stop).lower(), stop


def add_rate(amount: Amount, earlier: list[Number]) -> bool:
    """Take in a rate written after the amount ("a day"), and keep the span on the figure's line; False
    when the noun found lies on another line and no other can stand for it."""
    doc = amount.doc
    take_in_what(amount)
    for rates in range(2):  # "$3 per hectare a year": a base, then its period
        end = amount.end
        if not amount.unit or end + 1 >= len(doc) or doc[end].lower_ not in RATE_WORDS:
            break
        base = doc[end + 1]
        if not rates and doc[end].lower_ == "per" and base.like_num and base.text[:1].isdigit():
            stop = end + 2  # "14.2 operations per 1,000 patients": a base of so many
            while stop + 1 < len(doc) and doc[stop].text in DASHES and not doc[stop - 1].whitespace_ \
                    and not doc[stop].whitespace_ and doc[stop + 1].is_alpha:
                stop += 2  # "per 64-kilogramme bag": a measured base
            if stop < len(doc) and doc[stop].pos_ == "NOUN" and doc[stop].is_alpha:
                stop += 1
            if " per " not in amount.unit:  # (one borrowed with its base: "against 7.6 per 1,000")
                amount.unit = f"{amount.unit.strip('-')} {span_text(doc, end, stop)}"
            amount.end = amount.took_in = stop
            amount.decide(RATE, f"unit={amount.unit}")
            continue
        noun = doc[end + 1]
        time_phrase = end + 2 < len(doc) and doc[end + 2].lower_ in NOT_RATE_AFTER
        common = noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_lower)  # ("kilowatt" as a name)
        if not common or not noun.is_alpha or is_scale(noun.text) or noun.lower_ in PERCENT_WORDS \
                or time_phrase or (rates and noun.lower_ not in DURATION_UNITS):
            break
        stop = end + 2
        while stop + 1 < len(doc) and doc[stop].text in DASHES and not doc[stop - 1].whitespace_ \
                and not doc[stop].whitespace_ and doc[stop + 1].is_alpha and doc[stop + 1].pos_ == "NOUN":
            stop += 2  # "per kilowatt-hour": the base's whole compound
        amount.unit = f"{amount.unit.strip('-')} {span_text(doc, end, stop)}"
        amount.end = stop
        amount.decide(RATE, f"unit={amount.unit}")
    if amount.unit:
        amount.unit = amount.unit.strip("-")  # "7.8-magnitude"
    line_end = line_bounds(amount.span)[1]
    if amount.end > line_end:  # the noun found lies on another line: not this figure's
        if amount.label == "CARDINAL":
            amount.unit = elided(amount, earlier)
        amount.end = line_end
        if amount.unit is None and not _share(amount):
            refuse(amount.span, NO_NOUN)
            return False
    return True


def _glued_measure(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    measures = [m[1] for m in map(measure_value, value_words(amount.doc[amount.span.start:amount.end]))
                if m is not None]
    return (measures[-1], amount.end) if measures else None


def _scale_reading(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    doc, start = amount.doc, amount.span.start
    if start == 0 or doc[start - 1].lower_ not in SCALE_NOUNS or not doc[start - 1].whitespace_ \
            or doc[start - 1].ent_type_ == "PERSON":  # ("Tomas Mach 2 goals")
        return None
    amount.start = min(amount.start, start - 1)
    return doc[start - 1].lower_, amount.span.end


def _percent(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    doc = amount.doc
    after = _words_after(doc, amount.end, 3)  # over glued hyphens: "a three-percentage-point margin"
    lows = [t.lower_ for t in doc[amount.span.start:amount.end]] + [doc[i].lower_ for i in after]
    pairs = set(pairwise(lows))
    if not (any(w in ("%", "percent", "pc") for w in lows) or ("per", "cent") in pairs
            or any(("percentage", p) in pairs for p in POINT_WORDS)):
        return None
    end = amount.end
    while after and doc[after[0]].lower_ in PERCENT_WORDS:
        end = after.pop(0) + 1
    if len(after) > 1 and doc[after[0]].lower_ == "percentage" and doc[after[1]].lower_ in POINT_WORDS:
        return "percentage points", after[1] + 1
    if after and doc[after[0]].lower_ in POINT_WORDS:
        return "percentage points", after[0] + 1
    if any(t.lower_ in POINT_WORDS and not is_number(doc[t.i + 1:end]) for t in amount.span):
        return "percentage points", end  # "0.5 points", not the "point" of "one point three"
    return "percent", end


def _words_after(doc: Any, i: int, count: int) -> list[int]:
    """Indexes of the next ``count`` words from ``i``, stepping over hyphens glued into a compound."""
    found: list[int] = []
    i = _past_dashes(doc, i)
    while i < len(doc) and len(found) < count:
        found.append(i)
        i = _past_dashes(doc, i + 1)
    return found


def _past_dashes(doc: Any, i: int) -> int:
    """The first token from ``i`` that is not a hyphen glued into a compound ("three-percentage-point")."""
    while i < len(doc) and doc[i].text in DASHES and not doc[i].whitespace_ and not doc[i - 1].whitespace_:
        i += 1
    return i


def _currency(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    doc = amount.doc
    span, end = amount.span, amount.end
    before = doc[span.start - 1].text if span.start > 0 else ""
    signed = before in CURRENCY_SIGNS or before.lower() in CURRENCY_CODES or glued_money(span[0])
    near = doc[max(span.start - 1, 0):min(end + 1, len(doc))]
    money = amount.label == "MONEY"
    trailing = TRAILING_CURRENCIES.get(doc[end].lower_) if money and end < len(doc) else None
    worded = amount.label == "MONEY" and (trailing is not None
                                          or any(t.lower_ in CURRENCIES or glued_money(t) for t in near))
    if not signed and not worded:
        return None  # a MONEY label alone is not enough: "10 billion cubic metres" is water
    if before.lower() in CURRENCIES:
        return CURRENCIES[before.lower()], end
    for token in doc[span.start:end]:
        if token.lower_ in CURRENCIES:
            return CURRENCIES[token.lower_], end
        sign = SIGN_PREFIX.match(token.text)
        if sign and glued_money(token):
            code = sign.group().lower()
            return CURRENCIES.get(code) or GLUED_CURRENCIES.get(code, "dollars"), end
    if end < len(doc) and doc[end].lower_ in CURRENCIES:
        return CURRENCIES[doc[end].lower_], end + 1
    if trailing is not None:
        return trailing, end + 1  # "500 billion won"
    return "dollars", end


EXCHANGE_RATE = rule(
    "numbers.exchange-rate",
    "A figure followed by \"to the\", \"against the\" or \"per\" and a currency (\"15.2 to the dollar\", "
    "\"5.12 per euro\") is an exchange rate: so many of the currency the sentence names before it per that "
    "one, unless the market quotes it the other way (\"the dollar rose to 151.2 against the yen\": yen per "
    "dollar; numbers.yaml base_currencies); \"per pound\" may be a weight.",
    examples=[("Currency\n\nThe cedi, which began the year at 15.2 to the dollar, fell on Tuesday.",
               {"number": "15.2 to the dollar", "unit": "cedis per dollar", "value": 15.2}),
              ("Currency\n\nThe leu weakened 0.4% to 5.12 per euro on Monday.",
               {"number": "5.12 per euro", "unit": "lei per euro"}),
              ("Currency\n\nThe dollar rose to 151.2 against the yen on Friday.",
               {"number": "151.2 against the yen", "unit": "yen per dollar"})],
    counter=[("Currency\n\nThe bank sold 300 dollars to each customer.", {"number": "300 dollars",
                                                                         "unit": "dollars"}),
             ("Market\n\nShrimp fetched 7.50 per pound at the dock.", {"no_number": "7.50 per pound"})])


def _exchange_rate(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    """``EXCHANGE_RATE``: "15.2 to the dollar", "5.12 per euro", "84.2 against the dollar"."""
    doc, end = amount.doc, amount.end
    words = [t.lower_ for t in doc[end:end + 3]]
    if words[:2] in (["to", "the"], ["against", "the"]) and len(words) == 3:
        base, stop = words[2], end + 3
    elif words[:1] == ["per"] and len(words) >= 2 and words[1] not in ("pound", "pounds"):
        base, stop = words[1], end + 2  # (never "7.50 per pound", a weight)
    else:
        return None
    if base not in CURRENCIES or CURRENCIES[base] in ("cents", "pence") or amount.label == "MONEY":
        return None
    start = sentence_of(doc[amount.span.start]).start
    local = next((CURRENCIES[t.lower_] for t in doc[start:amount.span.start]
                  if t.lower_ in CURRENCIES and t.pos_ in ("NOUN", "PROPN")
                  and CURRENCIES[t.lower_] != CURRENCIES[base]),
                 None)
    # (which way the rate runs is the market's convention, not the grammar's: "the rupee fell to 84.2
    # against the dollar" is rupees per dollar, "the dollar rose to 151.2 against the yen" yen per dollar)
    rank = {c: k for k, c in enumerate(BASE_CURRENCIES)}
    if local in rank and rank[local] < rank.get(CURRENCIES[base], len(rank)):
        return f"{CURRENCIES[base]} per {local.removesuffix('s')}", stop
    return f"{local} per {base}" if local else f"per {base}", stop


def _measure_words(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    if amount.label not in ("QUANTITY", "MONEY"):
        return None
    span = amount.span
    figures = [t.i for t in span if has_amount(t.doc[t.i:t.i + 1])]
    if not figures or figures[-1] + 1 >= span.end:
        return None
    words = amount.doc[figures[-1] + 1:span.end]
    if words[0].lower_ == "of":  # "thousands of miles"
        words = words[1:]
    if not any(t.is_alpha for t in words):
        return None
    unit, end = words.text.lstrip("-\u2013 "), amount.end
    if end < len(amount.doc) and unit.lower() == "degrees" and amount.doc[end].lower_ in TEMPERATURE_SCALES:
        unit, end = f"degrees {amount.doc[end].text}", end + 1  # "1.8 degrees Celsius", its scale untagged
    return unit, end


def _age(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    span = amount.span
    doc = amount.doc
    number = span[-1]
    if not number.text.isdigit() or not 0 < amount.value < 120:
        return None
    if number.i >= 2 and doc[number.i - 1].lower_ == "of" and doc[number.i - 2].lower_ in AGE_WORDS:
        return "years old", span.end  # "at the age of 29", whatever label the model gave it
    if amount.label != "CARDINAL":
        return None
    before = doc[number.i - 1] if number.i > 0 else None
    after = doc[span.end].text if span.end < len(doc) else ""
    if before is not None and before.lower_ in AGE_WORDS:
        return "years old", span.end  # "aged 61", "up to age 5"
    if len(span) != 1:
        return None
    if before is not None and before.lower_ == "now" and span.start > 2 and doc[span.start - 2].text == "," \
            and _person_noun(doc[span.start - 3]):
        before = doc[span.start - 2]  # "Her brother, now 91, said" (never "Hamilton, now 3, trails")
        person = doc[span.start - 3]
    else:
        person = doc[span.start - 2] if span.start > 1 else None
    named = before is not None and before.text in (",", "(") and person is not None \
        and (person.ent_type_ == "PERSON" or person.pos_ == "PROPN" or _person_noun(person))
    if named and after in (",", ")", ";"):
        return "years old", span.end
    return ("years old", span.end) if _stated_age(number) else None


def _person_noun(token: Any) -> bool:
    """A noun for a person ("her brother", "the nurse")."""
    return token.pos_ == "NOUN" and token.lower_ in PERSON_HEADS


def _stated_age(number: Any) -> bool:
    """ "She was 87.", "who was 72": a bare figure said of a person with "be", ending its clause."""
    be = number.head
    if number.dep_ not in ("attr", "acomp") or be.lemma_ != "be" or any(c.dep_ == "prep"
                                                                          for c in number.children):
        return False
    after = number.nbor() if number.i + 1 < len(number.doc) else None
    end = after is not None and (after.is_punct or after.lower_ in ("when", "and"))
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None or not end:
        return False
    if subject.lower_ in ("he", "she") or _person_noun(subject) \
            or (subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN" and not subject.is_sent_start):
        return True  # (never "Turnout was 64", a common noun the model took for a name)
    return subject.lower_ == "who" and be.dep_ == "relcl" and (be.head.ent_type_ == "PERSON"
                                                               or _person_noun(be.head))


def _threshold(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    noun = _head_noun(amount)
    if noun is None or noun.lemma_.lower() not in THRESHOLD_NOUNS:
        return None
    named = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i >= amount.end]
    if named:  # "the 500 signature threshold"
        return named[0].text, noun.i + 1
    subject = next((c for c in noun.head.children if c.dep_ in SUBJECTS), None)
    counted = what_subject_counts(subject) if subject is not None else None
    return (counted, noun.i + 1) if counted else None


PARTICIPLE_READ_AS_VERB = rule(
    "repairs.numbers-participle-read-as-verb",
    "\"wants 100,000 paying farmers\": a participle between a figure and a plural noun describes the noun, "
    "though the parser made the figure its subject and the noun its object.",
    examples=[("Farm app\n\nKamau-Holt wants 100,000 paying farmers by the end of 2027.",
               {"number": "100,000 paying farmers", "unit": "farmers"})],
    counter=[("Farm app\n\nThe 300 growers were paying fees of $20 each.",
              {"number": "300 growers", "unit": "growers"})])


MODIFIER_RUN = rule(
    "repairs.numbers-modifier-run",
    "\"412 detained suspected rebel fighters\": participles, adjectives and names between a figure and a "
    "plural noun describe the noun, though the parser hung the noun from the first participle as its "
    "object.",
    examples=[("Talks\n\nThe government would free 412 detained suspected EDF members in the exchange.",
               {"number": "412 detained suspected EDF members", "unit": "members"})],
    counter=[("Talks\n\nPolice said 412 detained in the raids were freed.",
              {"no_number": "412 detained suspected"}),
             ("Budget\n\nLast year 1,200 residents attended local budget meetings.",
              {"number": "1,200 residents"})])


def _counted_noun(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    noun = _head_noun(amount)
    if noun is None:
        last = amount.doc[amount.end - 1]
        if last.pos_ == "NOUN" and last.lower_ not in _VALUE_NOUNS and not last.like_num:
            return last.text, amount.end
        return None
    lemma = noun.lemma_.lower()
    if noun.is_lower and noun.idx < layout_of(noun.doc).headline_end and not common_noun(noun.doc, lemma) \
            and not common_noun(noun.doc, noun.lower_):
        return None  # "Thousands flee as fire nears": a headline's verb the tagger took for a noun
    if noun.tag_ == "NN" and (lemma in THRESHOLD_NOUNS or lemma in GENERIC_NOUNS):
        return None  # "the 100,000 barrier", "a 200,000 figure": what is counted is said elsewhere
    if lemma in POPULATION_NOUNS:
        return POPULATION_NOUNS[lemma], noun.i + 1  # "the 17 million population": people
    unit, end = _with_compound_head(noun)
    return _coordinated(amount, unit, end) or (unit, end)


def _coordinated(amount: Amount, unit: str, end: int) -> tuple[str, int] | None:
    """``COORDINATED_UNIT``: the unit ending at ``end`` and the bare plural noun joined to it right after."""
    doc = amount.doc
    if end + 1 >= len(doc) or doc[end].lower_ not in ("and", "or"):
        return None
    other, head = doc[end + 1], doc[end - 1]
    if other.tag_ != "NNS" or other.dep_ != "conj" or other.head.i != head.i or head.tag_ != "NNS":
        return None
    fire(doc, COORDINATED_UNIT, doc[amount.start].idx, other.idx + len(other.text), other.text)
    return f"{unit} {doc[end].text} {other.text}", end + 2


def _head_noun(amount: Amount) -> Any | None:
    """The noun a figure's phrase is headed by: right after it when the parse links them, or the head
    the figure modifies a few words on."""
    doc = amount.doc
    span, end = amount.span, amount.end
    root = number_root(span)
    after = doc[end] if end < len(doc) else None
    glued = after is not None and after.text in DASHES and not after.whitespace_ \
        and not doc[end - 1].whitespace_
    if glued and doc[end - 1].lower_ in _VALUE_NOUNS:
        return None  # "a half-measure", "half-finished": a word, not a count
    if glued and end + 1 < len(doc) and doc[end + 1].pos_ == "NOUN":
        return doc[end + 1]  # "a 25-second speech", "the 25-member council"
    if after is not None and after.tag_ == "VBG" and root.head == after and end + 1 < len(doc) \
            and doc[end + 1].tag_ == "NNS" and doc[end + 1].head == after \
            and after.dep_ in ("ccomp", "xcomp", "dobj") and span.start > 0 \
            and doc[span.start - 1].pos_ in ("VERB", "AUX"):  # never "with 50 carrying placards"
        fire(doc, PARTICIPLE_READ_AS_VERB, span.start_char, doc[end + 1].idx + len(doc[end + 1].text))
        return doc[end + 1]  # "wants 100,000 paying farmers", parsed as "100,000 [are] paying farmers"
    run = _modifier_run(doc, end)
    if run is not None:
        fire(doc, MODIFIER_RUN, span.start_char, run.idx + len(run.text))
        return run
    figure = doc[span.start:end]
    linked = after is not None and (after.head in figure or any(t.head == after for t in figure))
    if after is not None and after.pos_ == "NOUN" \
            and (linked or (_scaled(doc[end - 1]) and after.tag_ == "NNS")):
        return after
    head = root.head
    while (is_scale(head.text) or (head.like_num and head.i > root.i)) and head.head != head:
        head = head.head  # "eight of nine states", "5,000 to 7,000 shells": the noun the chain counts
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and head.i >= span.end \
            and head.pos_ in _NOUNS and sentence_of(head) == sentence_of(span) \
            and head.ent_type_ != "PERSON" \
            and _modifiers_only(doc[end:head.i], head):
        return head
    return None


def _modifier_run(doc: Any, end: int) -> Any | None:
    """``MODIFIER_RUN``: the plural noun that a run of participles, adjectives and name words opened by a
    participle leads to right after a figure ("412 detained suspected EDF members"), hung inside the run."""
    k = end
    while k < len(doc) and k - end < 4 and doc[k].tag_ in ("VBN", "VBD", "JJ", "NNP") and doc[k].is_alpha:
        k += 1
    if k - end < 2 or doc[end].tag_ not in ("VBN", "VBD") or k >= len(doc) \
            or doc[k].tag_ not in ("NNS", "NNPS") or not end <= doc[k].head.i < k \
            or doc[end - 1].dep_ not in ("dobj", "pobj"):
        return None  # (only an object's: "freed 412 detained[VBD] suspected members"; a subject's verb
        # stays a verb: "1,200 attended local meetings")
    return doc[k]


def _with_compound_head(noun: Any) -> tuple[str, int]:
    """ "eight virus writers" parsed as counting "virus": a singular noun after a count modifies the next
    noun, which is the unit; the span keeps both."""
    doc = noun.doc
    if noun.i > 0 and doc[noun.i - 1].text in DASHES and not doc[noun.i - 1].whitespace_:
        return noun.text, noun.i + 1  # "a 25-member council": the hyphenated noun is the unit
    head = noun
    while head.tag_ == "NN" and head.dep_ == "compound" and head.head.i == head.i + 1 \
            and head.head.pos_ == "NOUN":
        head = head.head
    return head.text, head.i + 1


def _adjective_noun(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    doc = amount.doc
    if amount.end >= len(doc):
        return None
    word = doc[amount.end]
    root = number_root(amount.span)
    # (or hung elsewhere by the parser, standing right after the figure with nothing of its own:
    # "a figure of 168 dead, saying ...")
    attached = word.head.i == root.i or root.head.i == word.i or not any(word.children)
    ends_phrase = word.i + 1 >= len(doc) or doc[word.i + 1].pos_ not in _NOUNS
    if word.lower_ in PEOPLE_ADJECTIVES and attached and ends_phrase:
        return word.text, word.i + 1
    return None


def _stated_state(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    root = number_root(amount.span)
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.i <= root.i or verb.i - root.i > 3:
        return None
    state = verb if verb.lower_ in PEOPLE_ADJECTIVES and verb.tag_ == "VBN" else next(
        (c for c in verb.children if c.dep_ == "acomp" and c.lower_ in PEOPLE_ADJECTIVES), None)
    if state is None or any(t.pos_ in _NOUNS or t.is_punct for t in amount.doc[amount.span.end:state.i]):
        return None
    counted = elided(amount, earlier)  # (people, or a state, once read as people)
    if counted is not None and counted != "people" and counted.rstrip("s") not in PERSON_HEADS:
        return None  # "Of the 80 houses, 30 were evacuated": houses, said just before
    return state.text, state.i + 1


def _of_noun(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    doc = amount.doc
    end = amount.end
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    of = doc[end]
    nouns = [c for c in of.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
    if not nouns:
        state = next((c for c in of.children if c.dep_ == "pobj" and c.lower_ in PEOPLE_ADJECTIVES
                      and doc[c.i - 1].lower_ == "the"), None)
        return (state.text, state.i + 1) if state is not None else None  # "Four of the dead"
    noun = _possessed(nouns[-1]) or nouns[-1]  # "20 of Sanders' colleagues" -> colleagues
    if any(not of.i <= t.head.i <= noun.i for t in doc[of.i + 1:noun.i]):
        return None
    return noun.text, noun.i + 1


def _possessed(owner: Any) -> Any | None:
    """The noun an owner's possessive marker leads to ("the state's 44 delegates" -> delegates)."""
    doc = owner.doc
    i = owner.i + 1
    if i >= len(doc) or (doc[i].tag_ != "POS" and doc[i].text not in ("\u2019", "'")):
        return None
    for token in doc[i + 1:min(i + 5, len(doc))]:
        if token.pos_ == "NOUN":
            return token
        if token.pos_ not in ("ADJ", "NUM", "PROPN") and token.dep_ not in ("compound", "amod", "nummod"):
            return None
    return None


def _share(amount: Amount) -> bool:
    doc = amount.doc
    span = amount.span
    if span.end < len(doc) and doc[span.end].text in DASHES and not span[-1].whitespace_:
        return False  # "half-finished"
    words = re.split(r"[\s-]+", span_text(doc, amount.start, amount.end).lower())
    ratio = "in" in words or ("of" in words and "out" in words)
    return 0 < amount.value < 1 and (ratio or any(w in FRACTIONS for w in words))


def _scaled(token: Any) -> bool:
    """A scale word or suffix ("million", "m", "5bn"): the parser often misreads what follows it, so a
    plural noun right after it is the counted noun whatever the parse says ("5m households")."""
    glued = glued_value(token.text)
    return is_scale(token.text) or (glued is not None and bool(glued[2]))


def _modifiers_only(between: Any, head: Any) -> bool:
    """Words between a number and its noun that only describe the noun or the number ("14 new
    landscape-scale projects", "three more ports"): modifiers hanging inside the phrase, no
    conjunction, comma, dash or clause."""
    number = between.start - 1
    return len(between) <= 6 and all(
        (t.dep_ in ("amod", "compound", "punct", "advmod", "nmod", "npadvmod", "nummod", "quantmod")
         or (t.dep_ in ("cc", "conj") and t.head.i > number))  # "4,000 military and civilian deaths"
        and not (t.is_punct and (t.whitespace_ or t.text not in DASHES))
        and number <= t.head.i <= head.i and t.head.i != t.i for t in between)


#: The rules that find a unit written with the figure or its noun phrase, in the order they are tried;
#: ``number_elided.ELSEWHERE`` follows for a figure that is no share.
UNIT_RULES: tuple[tuple[Rule, Finder], ...] = (
    (GLUED_MEASURE, _glued_measure), (SCALE_READING, _scale_reading), (PERCENT, _percent),
    (CURRENCY, _currency), (EXCHANGE_RATE, _exchange_rate),
    (MEASURE_WORDS, _measure_words), (AGE, _age), (THRESHOLD, _threshold), (COUNTED_NOUN, _counted_noun),
    (ADJECTIVE_NOUN, _adjective_noun), (OF_NOUN, _of_noun),
    (STATED_STATE, _stated_state))
