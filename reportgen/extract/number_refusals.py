"""What a number is when it is not a fact: part of a name, a label, a year, a clock time, a formula
operand, a pronoun, page furniture, a reference back to a group already named, the reporter's
unnamed sources, a listicle heading.

Span refusals look at a candidate before it is read; fact refusals need its counted noun. Each is a
declared rule (effect "-") and records where it refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.layout import layout_of, sentence_of, span_text
from reportgen.extract.lexicon import (
    ANONYMOUS_NOUNS,
    CLOCK_WORDS,
    COLLECTIVE_NOUNS,
    CURRENCY_CODES,
    DEFINITE_WORDS,
    FORMULA_OPERATORS,
    LABEL_NOUNS,
    LIST_NOUNS,
    LOOSE_APPROXIMATORS,
    NUMBER_IDIOMS,
    PARAPHRASE_VERBS,
    PERCENT_WORDS,
    PRONOUN_NUMBERS,
    REFERRING_WORDS,
    SCALES,
    SOURCE_PREPOSITIONS,
    SOURCE_WORDS,
    VAGUE_MAGNITUDES,
)
from reportgen.extract.number_spans import (
    CLOCK,
    DASHES,
    YEAR,
    Amount,
    line_bounds,
    ratio_denominator,
    ratio_terms,
    refuse,
)
from reportgen.extract.numwords import (
    glued_money,
    glued_value,
    is_scale,
    measure_value,
    phrase_value,
    word_value,
)
from reportgen.extract.rules import Rule, rule

#: Entity labels of names a number after them belongs to ("Boeing 737", "Windows 10").
NAMED_LABELS = frozenset({"PRODUCT", "ORG", "WORK_OF_ART", "EVENT", "LAW", "FAC"})
_MIXED = re.compile(r"[A-Za-z]\d|\d[A-Za-z]|[A-Za-z][-\u2013]\d")

FURNITURE = rule(
    "numbers.page-furniture",
    "A figure in a caption, credit, byline or dateline is page furniture, not a fact of the story.",
    effect="-",
    examples=[("The river burst its banks.\n\nPhoto: 40 homes were flooded in the town\n\nThe rain stopped.",
               {"no_number": "40 homes"})],
    counter=[("Flood waters rose by 12 feet in the harbour.", {"number": "12 feet"})])
NAME_PART = rule(
    "numbers.name-part",
    "A number written onto a name or right after one (\"G7\", \"Covid-19\", \"F-16\", \"A350-1000\", "
    "\"Boeing 737\", \"5G\") is part of the name.",
    effect="-",
    examples=[("The airline ordered ten A350-1000 jets.", {"number": "ten A350-1000 jets", "value": 10}),
              ("She backed the Club of Nine budget plan.", {"no_number": "Nine"})],
    counter=[("The airline ordered 737 seats.", {"number": "737 seats"}),
             ("The court fined Dunmore Logistics £4 million for safety breaches.",
              {"number": "£4 million", "value": 4000000}),
             ("Storm Kills Three Children In Coastal Town\n\nThe storm hit at night.",
              {"number": "Three Children"})])
REFERENCE_MARK = rule(
    "numbers.reference-mark",
    "A figure that is all there is inside brackets (\"[538]\", \"(3)\") marks a reference or a list item.",
    effect="-",
    examples=[("[3] Voters who dislike the field backed him.", {"no_number": "3"})],
    counter=[("Voters (about 300 people) backed him in an area of 120 square km (46 square miles).",
              {"number": "46 square miles"})])
LABEL_AFTER_NOUN = rule(
    "numbers.label-after-noun",
    "A number right after a noun it names (\"Article 5\", \"Route 66\", \"Flight 370\", \"day four of the "
    "trial\") is a label, unless it goes on to count a noun of its own.",
    effect="-",
    examples=[("The figures are on page 12 of the report.", {"no_number": "12"}),
              ("Flights resumed from terminal 5 on Friday.", {"no_number": "5"}),
              ("On day four of the hearing the judge left.", {"no_number": "four"}),
              ("Power\n\nDemand soared after units 2, 4 and 5 at the power station tripped.",
               {"no_number": "4"})],
    counter=[("On the day 20 people died, the road closed.", {"number": "20 people"})])
LABEL_BEFORE_NOUN = rule(
    "numbers.label-before-noun",
    "\"the 45 bus\", \"the 67 route\": a bare figure between \"the\" and a singular noun names one thing.",
    effect="-",
    examples=[("Both the 45 route and the 12 route were cut.", {"no_number": "45"})],
    counter=[("The 45 staff were told on Friday.", {"number": "45 staff"}),
             ("The 25-member board met.", {"number": "25-member board", "unit": "member"})])
YEAR_RULE = rule(
    "numbers.year",
    "A year or decade written in figures (\"1998\", \"the 1990s\") is a date, not a figure.",
    effect="-",
    examples=[("The vote was held in 1998.", {"no_number": "1998"})],
    counter=[("The vote drew 1,998 voters.", {"number": "1,998 voters"})])
CLOCK_TIME = rule(
    "numbers.clock-time",
    "A clock time (\"3:30\", \"9.30pm\", \"10 a.m.\") is not a figure.",
    effect="-",
    examples=[("The blast came at 9.30pm near the market.", {"no_number": "9.30pm"})],
    counter=[("The blast hurt 9 people near the market.", {"number": "9 people"})])
OPERAND = rule(
    "numbers.formula-operand",
    "An operand of a formula (\"4 * 250 = 1,000\") is not a fact; the result is.",
    effect="-",
    examples=[("In total that is 4 * 250 = 1,000 records.", {"no_number": "250"})],
    counter=[("In total that is 1,000 records.", {"number": "1,000 records"})])
PRONOUN_ONE = rule(
    "numbers.pronoun-one",
    "\"one\" is a pronoun or idiom (\"one of them\", \"on the one hand\") unless it counts a person.",
    effect="-",
    examples=[("One of them said the plan would fail.", {"no_number": "One"})],
    counter=[("One soldier was killed in the attack.", {"number": "One soldier"})])
IDIOM = rule(
    "numbers.idiom",
    "A number word in an idiom (\"a zero tolerance policy\", \"back to square one\") is no figure.",
    effect="-",
    examples=[("The port has a zero tolerance policy on drink.", {"no_number": "zero"})],
    counter=[("The port had zero ships in dock.", {"number": "zero ships"})])
RATIO_PART = rule(
    "numbers.ratio-part",
    "The first figure of a ratio (\"one\" of \"one in five\") is read with the second, not alone.",
    effect="-",
    examples=[("One in five adults smokes.", {"number": "One in five adults", "value": 0.2})],
    counter=[("One resident in the house smokes.", {"number": "One resident"})])
PART_OF_A_COUNT = rule(
    "numbers.part-of-a-count",
    "A vague magnitude of a group that is itself counted (\"millions of its 90 million people\") gives "
    "way to the count.",
    effect="-",
    examples=[("The dam worries millions of its 90 million people.", {"no_number": "millions"})],
    counter=[("The dam worries millions of people.", {"number": "millions of people"})])
KNOWN_GROUP = rule(
    "numbers.known-group",
    "A small spelled-out number after \"the\", \"both\" or a possessive (\"the two sides\", \"the bill's "
    "two sponsors\") points back at a group already named; it is not a new count.",
    effect="-",
    examples=[("The two delegations met in Oslo.", {"no_number": "two"})],
    counter=[("Two delegations met in Oslo.", {"number": "Two delegations"}),
             ("Results\n\nThe nine other candidates lost their deposits.",  # the rest of a group, counted
              {"number": "nine other candidates", "unit": "candidates"})])
WHOLE_OF_A_PART = rule(
    "numbers.whole-of-a-part",
    "The definite whole a count is taken from (\"won five of their last seven games\") is part of that "
    "fact, not a fact of its own.",
    effect="-",
    examples=[("Rovers have won five of their last seven games.",
               {"number": "five of their last seven games", "value": 5})],
    counter=[("Two of a dozen lenders refused.", {"number": "a dozen lenders"})])
UNNAMED_SOURCE = rule(
    "numbers.unnamed-source",
    "A small count of unnamed sources (\"two people familiar with the talks\", \"three officials said\", "
    "\"according to two diplomats\") says who told the reporter; it is not a fact.",
    effect="-",
    examples=[("Two people familiar with the talks said a deal was close.", {"no_number": "Two"}),
              ("According to two diplomats, the truce collapsed.", {"no_number": "two"})],
    counter=[("Two people died when the truce collapsed.", {"number": "Two people"})])
CONFIDENCE_LEVEL = rule(
    "numbers.confidence-level",
    "A percentage that sets the level of an interval (\"95% confidence interval\", \"(95% CI, 8% to 29%)\"; "
    "numbers.yaml confidence_phrases) is a parameter of the statistics, not a finding.",
    effect="-",
    examples=[("Heat alerts\n\nAdmissions fell by 19% (95% CI, 8% to 29%).", {"no_number": "95%"}),
              ("Heat alerts\n\nAdmissions fell by 19% (95% confidence interval, 8% to 29%).",
               {"no_number": "95%", "number": "19%"})],
    counter=[("Heat alerts\n\nSome 95% of clinics took part.", {"number": "Some 95% of clinics"})])
LIST_HEADING = rule(
    "numbers.list-heading",
    "A heading that counts the article's own parts (\"Five things we learned\") is not a fact.",
    effect="-",
    examples=[("Five things we learned from the summit\n\nThe talks ran for three days.",
               {"no_number": "Five"})],
    counter=[("Leaders agreed five things at the summit.", {"number": "five things"})])


def refused_span(span: Any, label: str) -> bool:
    """Whether a span refusal applies to a candidate; the first that does is recorded."""
    checks: list[tuple[Rule, Callable[[Any], bool]]] = [
        (FURNITURE, _in_furniture), (REFERENCE_MARK, _reference_mark), (CLOCK_TIME, _clock_time),
        (YEAR_RULE, _year), (NAME_PART, _name_part),
        (LABEL_AFTER_NOUN, _label_after_noun), (OPERAND, _operand), (RATIO_PART, _ratio_part),
        (PRONOUN_ONE, _pronoun_one), (IDIOM, _idiom), (CONFIDENCE_LEVEL, _confidence_level)]
    if label == "CARDINAL":
        checks += [(PART_OF_A_COUNT, _part_of_a_count), (KNOWN_GROUP, _known_group),
                   (WHOLE_OF_A_PART, _whole_of_a_part)]
    return _first(span, checks)


def refused_fact(amount: Amount) -> bool:
    """Whether a fact refusal applies once the counted noun is known (``amount.end`` ends after it)."""
    if amount.label != "CARDINAL" or amount.unit is None:
        return False
    noun = amount.doc[amount.end - 1]
    checks: list[tuple[Rule, Callable[[Any], bool]]] = [
        (LABEL_BEFORE_NOUN, lambda span: _label_before_noun(span, noun)),
        (UNNAMED_SOURCE, lambda span: _unnamed_source(span, noun)),
        (LIST_HEADING, lambda span: _list_heading(span, amount.unit or ""))]
    return _first(amount.span, checks)


def _first(span: Any, checks: list[tuple[Rule, Callable[[Any], bool]]]) -> bool:
    for which, applies in checks:
        if applies(span):
            refuse(span, which)
            return True
    return False


def _in_furniture(span: Any) -> bool:
    return layout_of(span.doc).is_furniture(span.start_char)


def _confidence_level(span: Any) -> bool:
    """``CONFIDENCE_LEVEL``: a percentage right before the interval it sets the level of."""
    doc = span.doc
    end = span.end
    if end < len(doc) and doc[end].text == "%" and doc[end - 1].like_num:
        end += 1
    if not span.text.rstrip().endswith("%") and end == span.end \
            and not any(t.lower_ in PERCENT_WORDS for t in span):
        return False
    words = [t.lower_ for t in doc[end:min(end + 2, len(doc))]]
    return bool(words) and (words[0] in lexicon.CONFIDENCE_PHRASES
                            or " ".join(words) in lexicon.CONFIDENCE_PHRASES)


def _reference_mark(span: Any) -> bool:
    doc = span.doc
    if span.start == 0 or span.end >= len(doc) or len(span) != 1 or not span.text.isdigit():
        return False
    return doc[span.start - 1].text in ("[", "(") and doc[span.end].text in ("]", ")")


def _name_part(span: Any) -> bool:
    doc = span.doc
    first = span[0]
    # (a currency sign opens an amount, whatever name stands before it: "fined Dunmore Logistics £4 million")
    if first.i > 0 and doc[first.i - 1].lower_ not in CURRENCY_CODES and first.tag_ != "$":
        prev = doc[first.i - 1]
        if prev.pos_ == "PROPN" and (not prev.whitespace_ or prev.text in DASHES):
            return True
        if prev.pos_ == "PROPN" and prev.ent_type_ in NAMED_LABELS and not _percentage(span):
            return True  # "Boeing 737"; not "Morgan 49 percent"
        if prev.pos_ == "PROPN" and not prev.ent_type_ and not prev.is_sent_start and _bare_integer(span):
            return True  # "Apollo 11"; not "In Gaza 300 people", "the Nasdaq 1.2 percent"
        name = doc[first.i - 2] if first.i > 1 else None
        if prev.text in DASHES and not prev.whitespace_ and name is not None and not name.whitespace_ \
                and (name.pos_ == "PROPN" or _MIXED.search(name.text)):
            return True  # "A350-1000", "Covid-19"
    word = next((t for t in span if t.is_alpha and word_value(t.text) is not None), None)
    if word is not None and word.text[:1].isupper() and word.i > 0 and doc[word.i - 1].is_alpha \
            and doc[word.i - 1].is_lower and not _title_line(span):
        return True  # "the Gang of Eight", "the Big Ten": a number written as a name
    if span.end < len(doc) and not span[-1].whitespace_ and doc[span.end].is_alpha \
            and doc[span.end].lower_ not in SCALES and not measure_value(span[-1].text + doc[span.end].text):
        return True  # "5G", "4K"
    return any(_MIXED.search(t.text) and not _glued_figure(t) and not measure_value(t.text) for t in span)


def _glued_figure(token: Any) -> bool:
    """A figure written as one word: "5m", "$10", and a code glued to a figure that looks like money
    ("Sh876 billion"); never a model's name a code opens ("RS6", "SR71")."""
    glued = glued_value(token.text)
    return glued is not None and (not glued[1] or glued_money(token))


def _percentage(span: Any) -> bool:
    """The span is or runs on into a percentage ("48 percent", "48%")."""
    doc = span.doc
    return any(t.lower_ in PERCENT_WORDS for t in doc[span.start:min(span.end + 1, len(doc))])


def _bare_integer(span: Any) -> bool:
    """A figure of digits alone, with no unit, sign or scale written after it."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return len(span) == 1 and span.text.isdigit() and after not in PERCENT_WORDS and not is_scale(after)


def _title_line(span: Any) -> bool:
    """The span stands in a line written in title case (a headline), where every word is capitalised."""
    start, end = line_bounds(span)
    words = [t for t in span.doc[start:end] if t.is_alpha and len(t) > 3]
    return len(words) > 1 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def _label_after_noun(span: Any) -> bool:
    doc = span.doc
    if span.start == 0 or len(span) > 2:
        return False
    k = span.start - 1
    while k >= 2 and doc[k].lower_ in (",", "and", "or") and doc[k - 1].like_num:
        k -= 2  # "units 2, 4 and [5]": the label noun before the list
    noun = doc[k]
    if noun.text == "." and k > 0 and f"{doc[k - 1].lower_}." in LABEL_NOUNS:
        return True  # "No. 2", tokenised "No" "."
    if (noun.lower_ not in LABEL_NOUNS and not (noun.tag_ in ("NNS", "NNPS")
                                              and noun.lemma_.lower() in LABEL_NOUNS)) \
            or noun.pos_ not in ("NOUN", "PROPN") or not noun.whitespace_:
        return False  # (a plural names several: "units 2, 4 and 5", "Platforms 3 and 4")
    if noun.text[0].isupper():
        return True  # "Route 66", "Article 5"
    determined = any(c.dep_ in ("det", "poss") for c in noun.children)  # "the day 20 people died"
    counts = span.end < len(doc) and doc[span.end].pos_ == "NOUN"
    return not determined and not counts


def _year(span: Any) -> bool:
    return len(span) == 1 and YEAR.match(span.text) is not None


def _clock_time(span: Any) -> bool:
    doc = span.doc
    last = span[-1]
    if CLOCK.fullmatch(last.text):
        return True
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    two = f"{after} {doc[span.end + 1].lower_}" if span.end + 1 < len(doc) else ""
    return bool(last.like_num) and (after in CLOCK_WORDS or two in CLOCK_WORDS)


def _operand(span: Any) -> bool:
    doc = span.doc
    after = doc[span.end].text if span.end < len(doc) else ""
    before = doc[span.start - 1].text if span.start > 0 else ""
    if after in FORMULA_OPERATORS or after.startswith("^") or span.text.endswith("^"):
        return True
    return before in FORMULA_OPERATORS - {"="} or before.endswith("^")


def _pronoun_one(span: Any) -> bool:
    """ "one" alone, or after a word that cannot make one approximate ("argued about one thing")."""
    words = [t for t in span if not (t.lower_ in LOOSE_APPROXIMATORS and t.pos_ == "ADP")]
    if len(words) != 1 or words[0].lower_ not in PRONOUN_NUMBERS:
        return False
    token = words[0]
    head = token.head
    counts_a_person = token.dep_ == "nummod" and head.i == token.i + 1 \
        and head.lemma_.lower() in lexicon.COUNTED_PEOPLE
    return not counts_a_person


def _idiom(span: Any) -> bool:
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    last, first = span[-1].lower_, span[0].lower_
    return f"{last} {after}" in NUMBER_IDIOMS or f"{before} {first}" in NUMBER_IDIOMS \
        or (span.end + 1 < len(doc) and after == "-"
            and f"{last}-{doc[span.end + 1].lower_}" in NUMBER_IDIOMS)


def _ratio_part(span: Any) -> bool:
    doc = span.doc
    second = ratio_denominator(doc, span.end)
    return second is not None and ratio_terms(span[-1], doc[second]) is not None


def _part_of_a_count(span: Any) -> bool:
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of" \
            or not any(t.lower_ in VAGUE_MAGNITUDES for t in span):
        return False
    nouns = [c for c in doc[span.end].children if c.dep_ == "pobj"]
    return any(c.dep_ == "nummod" for noun in nouns for c in noun.children)


def _known_group(span: Any) -> bool:
    doc = span.doc
    first = span[0]
    if len(span) != 1 or not first.is_alpha or first.i == 0:
        return False
    before = doc[first.i - 1]
    if first.i + 1 < len(doc) and doc[first.i + 1].lower_ in ("other", "remaining"):
        return False  # "the nine other candidates": the rest of a group, counted
    return before.lower_ in REFERRING_WORDS or before.tag_ in ("PRP$", "POS")


def _whole_of_a_part(span: Any) -> bool:
    doc = span.doc
    i = span.start - 1
    while i > sentence_of(span).start and doc[i].pos_ in ("ADJ", "DET", "PRON") and doc[i].lower_ != "of":
        i -= 1
    between = {t.lower_ for t in doc[i + 1:span.start]}
    if i <= sentence_of(span).start or doc[i].lower_ != "of" or not between & DEFINITE_WORDS:
        return False
    part = doc[i - 1]
    value = phrase_value([part.text])
    return part.like_num and value is not None and value >= 2


def _label_before_noun(span: Any, noun: Any) -> bool:
    doc = span.doc
    value = phrase_value([span[-1].text])
    hyphen = span.end < len(doc) and doc[span.end].text in DASHES and not span[-1].whitespace_
    return span.start > 0 and doc[span.start - 1].lower_ == "the" and len(span) == 1 \
        and span[0].text.isdigit() and not hyphen and noun.i == span.end and noun.tag_ == "NN" \
        and noun.lower_ not in COLLECTIVE_NOUNS and value != 1


def _unnamed_source(span: Any, noun: Any) -> bool:
    value = phrase_value([t.text for t in span])
    lemma = noun.lemma_.lower()
    if value is None or value > 10 or noun.pos_ != "NOUN" or (lemma not in ANONYMOUS_NOUNS
                                                                and lemma not in lexicon.COUNTED_PEOPLE):
        return False  # "four senators claim": people of the story, not the reporter's sources
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in PARAPHRASE_VERBS:
        return True
    if any(c.lower_ in SOURCE_WORDS for c in noun.rights):
        return True
    doc = noun.doc
    return any(span_text(doc, max(noun.head.i - len(p.split()) + 1, 0), noun.head.i + 1).lower() == p
               for p in SOURCE_PREPOSITIONS)


def _list_heading(span: Any, unit: str) -> bool:
    if unit.lower() not in LIST_NOUNS:
        return False
    doc = span.doc
    last = doc[span.end - 1]
    for token in doc[span.end:sentence_of(span).end]:
        if "\n" in token.text:
            break
        last = token
        if "\n" in token.whitespace_:
            break
    return not last.is_punct
