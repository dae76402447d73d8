"""What the words around a figure add to it: what a measure is of ("4.8% of gross domestic product") and
the noun a measure glued to its figure describes ("a five-year contract")."""

from __future__ import annotations

from typing import Any

from reportgen.extract.layout import span_text
from reportgen.extract.lexicon import (
    DURATION_UNITS,
    NOT_RATE_AFTER,
    OF_WHAT_DETERMINERS,
    PERCENT_WORDS,
    RATE_WORDS,
)
from reportgen.extract.number_spans import DASHES, Amount
from reportgen.extract.rules import rule

OF_WHAT = rule(
    "numbers.of-what",
    "What a measure, share or count is of, written right after it (\"4.8% of gross domestic product\", \"40 "
    "bags of maize\", \"16 weeks of pay\"), belongs to its span, and to its unit only before a period (\"850 "
    "tonnes of copper per day\"); a name, a pronoun or a date after \"of\" does not.",
    examples=[("Budget\n\nThe deficit is projected at 4.8% of gross domestic product.",
               {"number": "4.8% of gross domestic product", "unit": "percent"}),
              ("Market\n\nThe farmers brought 40 bags of maize to the depot.",
               {"number": "40 bags of maize", "unit": "bags"}),
              ("Mine\n\nThe strike halted about 850 tonnes of copper per day.",
               {"number": "about 850 tonnes of copper per day", "unit": "tonnes of copper per day"})],
    counter=[("Vote\n\nThe bill needs 257 members of the Chamber of Deputies.",
              {"number": "257 members", "unit": "members"}),
             ("Floods\n\nRescuers found 41 people, and 12 of them were hurt.", {"number": "41 people"}),
             ("Sales\n\nSales rose 12% of late, the firm said.", {"number": "12%", "unit": "percent"})])
MEASURED_NOUN = rule(
    "numbers.measured-noun",
    "A measure glued to its figure describes the noun after it (\"a five-year contract\", \"a 24-hour "
    "stoppage\", \"the 80-bed facility\"): the noun ends the figure's span, the unit stays the measure.",
    examples=[("Transfer\n\nHe signed a five-year contract with the club.",
               {"number": "five-year contract", "unit": "year"}),
              ("Strike\n\nDockers began a 24-hour general strike on Monday.",
               {"number": "24-hour general strike", "unit": "hour"})],
    counter=[("Strike\n\nThe strike lasted five years.", {"number": "five years", "unit": "years"}),
             ("Strike\n\nThe walkout was 24-hour, the union said.", {"number": "24-hour"})])

#: Most words between a glued measure and the noun it describes ("a 22-kilometre individual time trial").
MEASURED_WORDS = 3


def take_in_what(amount: Amount) -> None:
    """``OF_WHAT``: what a measure, share or count is of, written right after it ("4.8% of gross domestic
    product", "40 bags of maize"), belongs to its span; to its unit only as a rate's base ("850 tonnes of
    copper per day"): units stay what other sources compare ("percent", "bags")."""
    doc, end = amount.doc, amount.end
    if not amount.unit or amount.label == "MONEY" or end + 2 >= len(doc) or doc[end].lower_ != "of":
        return
    k = end + 1
    if doc[k].lower_ in OF_WHAT_DETERMINERS:
        k += 1
    first = k
    while k < len(doc) and k - first < OF_WHAT_WORDS and _material_word(doc[k]):
        k += 1
        if k + 1 < len(doc) and doc[k].text in DASHES and not doc[k - 1].whitespace_ \
                and not doc[k].whitespace_ and _material_word(doc[k + 1]):
            k += 1  # a compound the hyphen joins ("15 days of load-shedding")
    if k == first or not (doc[k - 1].pos_ == "NOUN" or _acronym(doc[k - 1])) \
            or (k < len(doc) and (_material_word(doc[k]) or doc[k].pos_ == "PROPN" or doc[k].dep_ == "case")):
        return  # nothing, a name's start or a longer phrase than a unit ("members of the Chamber of ...")
    if period_after(doc, k) and amount.unit not in PERCENT_WORDS:  # a rate's base: "tonnes of copper"
        amount.unit = f"{amount.unit.strip('-')} {span_text(doc, end, k)}"
    amount.end = k
    amount.decide(OF_WHAT, f"unit={amount.unit}")


def period_after(doc: Any, k: int) -> bool:
    """A period follows at ``k`` ("a day", "per year"), no time phrase ("a month ago")."""
    return k + 1 < len(doc) and doc[k].lower_ in RATE_WORDS and doc[k + 1].lower_ in DURATION_UNITS \
        and not (k + 2 < len(doc) and doc[k + 2].lower_ in NOT_RATE_AFTER)


#: Most words a unit takes in after "of" ("metric tons of lithium carbonate equivalent" has three).
OF_WHAT_WORDS = 4


def _material_word(token: Any) -> bool:
    """A word of what a measure is of: a common noun or adjective, or an acronym ("GDP"); no name, date or
    pronoun ("of them", "of March", "of the Chamber of Deputies")."""
    if token.ent_type_ in ("DATE", "TIME") or not token.is_alpha:
        return False
    return token.pos_ in ("NOUN", "ADJ") or _acronym(token)


def _acronym(token: Any) -> bool:
    return token.pos_ == "PROPN" and token.is_upper and 2 <= len(token.text) <= 5


def measured_noun(amount: Amount) -> None:
    """``MEASURED_NOUN``: take the noun a glued measure ("five-year") describes into the figure's span."""
    doc, end = amount.doc, amount.end
    if end < 3 or end >= len(doc) or doc[end - 2].text not in DASHES or doc[end - 2].whitespace_ \
            or doc[end - 3].whitespace_:
        return  # (a measure glued to its figure by a dash: "five-year", "24-hour")
    measure = doc[end - 1]
    noun = measure.head
    if not end <= noun.i <= end + MEASURED_WORDS or noun.pos_ != "NOUN" or measure.dep_ not in _DESCRIBING \
            or any(t.is_punct or t.pos_ not in ("ADJ", "NOUN") for t in doc[end:noun.i]):
        return
    amount.end = noun.i + 1
    amount.decide(MEASURED_NOUN, f"unit={amount.unit}")


#: Dependencies by which a measure describes a noun ("five-year[amod] contract").
_DESCRIBING = frozenset({"amod", "compound", "nmod", "nummod"})
