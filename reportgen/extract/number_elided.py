"""Where a figure's counted noun is written elsewhere: the noun it describes ("a crowd of 5,200"), the
subject whose level it is ("infections hit 14 million"), "the number of <noun>" before it, or the noun
counted just before when the sentence leaves it out ("two capsules a day, but he had swallowed six").

These rules run after the direct ones in ``number_units`` and only for a figure that is no share.
"""

from __future__ import annotations

import re
from typing import Any

from reportgen.brief import Number
from reportgen.extract.grammar import SUBJECTS
from reportgen.extract.layout import sentence_of
from reportgen.extract.lexicon import (
    ACTION_NOUN_ENDINGS,
    DURATION_UNITS,
    ELISION_CUES,
    GENERIC_NOUNS,
    KIN_NOUNS,
    LEVEL_VERBS,
    MEASURED_NOUNS,
    PEOPLE_ADJECTIVES,
    POPULATION_NOUNS,
    UNCOUNTED_UNITS,
)
from reportgen.extract.number_spans import Amount, Finder, number_root
from reportgen.extract.rules import Rule, fire, rule

_RATE_TAIL = re.compile(r" (?:a|an|per|each|every) \S+$")
_NOUNS = ("NOUN", "PROPN")

DESCRIBED_NOUN = rule(
    "numbers.described-noun",
    "A bare figure after \"a <noun> of\" describes that noun (\"a crowd of around 5,200\"); a body of people "
    "counts people (\"a population of 40,000\"), a parent children (\"a mother of three\").",
    examples=[("The crowd of around 5,200 was the largest this season.",
               {"number": "around 5,200", "unit": "crowd"}),
              ("The town has a population of 40,000.", {"number": "40,000", "unit": "people"}),
              ("The driver, a mother of three, was unhurt.", {"number": "three", "unit": "children"})],
    counter=[("Officials gave an estimate of 40,000.", {"no_number": "40,000"}),
             ("It stopped the eviction of 3 million living in the camps.", {"no_number": "3 million"})])
LEVEL_SUBJECT = rule(
    "numbers.level-subject",
    "A bare figure that is the level a subject reached or is put at (\"infections hit 14 million\", \"the "
    "death toll rose to 35\", \"the population is estimated at 40,000\") counts that subject.",
    examples=[("Reported infections hit more than 14 million.", {"number": "more than 14 million",
                                                                 "unit": "infections"}),
              ("The valley's population is estimated at around 9,000.",
               {"number": "around 9,000", "unit": "people"}),
              ("The number of stranded trucks rose from 1,200 to 4,500 per day.",
               {"number": "1,200", "unit": "trucks"})],
    counter=[("Prices rose to 35.", {"no_number": "35"})])
VERB_NUMBER = rule(
    "repairs.numbers-verb-number-read-as-noun",
    "\"online shoppers number 100m\": \"number\" the tagger read as a noun is the verb, and the figure "
    "counts the plural noun before it.",
    examples=[("Its online shoppers number 100m but few pay.", {"number": "100m", "unit": "shoppers"})],
    counter=[("The shoppers took a number at the counter.", {"no_number": "number"})])
NUMBERING = rule(
    "numbers.numbering",
    "A figure after \"numbering\" counts the plural noun the participle describes (\"contractors at the "
    "site, numbering around 3,500,\").",
    examples=[("Contractors at the site, numbering around 3,500, had been told not to cross picket lines.",
               {"number": "around 3,500", "unit": "Contractors"})],
    counter=[("The fleet, numbering 40, sailed at dawn.", {"no_number": "40"})])
NUMBER_OF = rule(
    "numbers.number-of",
    "A bare figure after \"the number of <noun>\" in its sentence counts that noun.",
    examples=[("If you count the number of ferries lost at sea, it is fewer than 40.",
               {"number": "fewer than 40", "unit": "ferries"})],
    counter=[("If you count them all, it is fewer than 40.", {"no_number": "40"})])
ELIDED_NOUN = rule(
    "numbers.elided-noun",
    "A bare figure stands for the noun counted just before it: in its sentence, or in the one before when "
    "it is compared with that count (\"down from about 40,000\", \"Twenty more sank\").",
    examples=[("The label said two capsules a day, but he had swallowed six.",
               {"number": "six", "unit": "capsules"}),
              ("The camp holds 3,000 people. That is down from about 40,000.",
               {"number": "about 40,000", "unit": "people"}),
              ("Quake\n\nAt least 34 people were killed when a magnitude 6.8 earthquake struck on Monday, up "
               "from 21 reported in the morning.",  # a comparison is with a count, not with a measure
               {"number": "21", "unit": "people"})],
    counter=[("The side took five wickets. They were later set 280 to win.", {"no_number": "280"})])


def described_noun(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    """ "a crowd of around 5,200" -> crowd; the noun the "of" before the figure hangs on."""
    doc = amount.doc
    start = amount.start
    of = doc[start - 1] if start > 0 else None
    if of is None or of.lower_ != "of" or of.head.pos_ != "NOUN" or of.head.i >= of.i:
        return None
    noun = of.head
    lemma = noun.lemma_.lower()
    counted = POPULATION_NOUNS.get(lemma) or KIN_NOUNS.get(lemma)
    if counted:
        return counted, amount.end
    indefinite = any(c.lower_ in ("a", "an") for c in noun.lefts)  # "a nation of 6 million"
    if lemma in GENERIC_NOUNS or (lemma.endswith(ACTION_NOUN_ENDINGS) and not indefinite):
        return None  # "the eviction of 3 million": an action's object, not its size
    return noun.text, amount.end


def level_subject(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    """ "infections hit 14 million" -> infections: the subject (or a transitive verb's object) of a verb
    whose object or "to"/"at" phrase is the level reached."""
    root = number_root(amount.span)
    head = root.head
    numbering = _numbering(amount, root)
    if numbering is not None:
        return numbering
    if root.dep_ == "pobj" and head.lower_ in ("to", "at", "from"):
        head = head.head
    elif root.dep_ in ("nummod", "appos") and head.lemma_.lower() == "number" and head.pos_ == "NOUN":
        return _verb_number(amount, head)
    elif root.dep_ not in ("dobj", "attr"):
        return None
    if head.lemma_.lower() not in LEVEL_VERBS:
        return None
    subjects = [c for c in head.children if c.dep_ in SUBJECTS]
    if not subjects and head.dep_ == "conj":  # "the population has shrunk and is estimated at 9,000"
        head = head.head
    objects = [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i != root.i]
    for subject in objects or head.children:  # "the agency raised the death toll to 58": the toll
        if subject.dep_ in ("nsubj", "nsubjpass", "dobj") and subject.pos_ == "NOUN" \
                and subject.lemma_.lower() not in MEASURED_NOUNS:
            counted = what_subject_counts(subject, plural_only=True)
            if counted:
                return counted, amount.end
    return None


def _verb_number(amount: Amount, number: Any) -> tuple[str, int] | None:
    counted = [c for c in number.children
               if c.dep_ in ("compound", "nsubj") and c.tag_ == "NNS" and c.i < number.i]
    if not counted or counted[-1].i != number.i - 1:
        return None
    fire(amount.doc, VERB_NUMBER, counted[-1].idx, amount.span.end_char)
    return counted[-1].text, amount.end


def numbering_verb(figure: Any) -> Any | None:
    """The "numbering" participle a figure is the object of ("numbering around 3,500"), or None."""
    verb = figure.head.head if figure.dep_ == "pobj" and figure.head.pos_ == "ADP" else figure.head
    return verb if verb.lower_ == "numbering" and figure.dep_ in ("pobj", "dobj") else None


def _numbering(amount: Amount, root: Any) -> tuple[str, int] | None:
    """``NUMBERING``: the plural noun a "numbering" participle describes, or its clause's subject."""
    verb = numbering_verb(root)
    if verb is None or verb.pos_ != "VERB":
        return None
    noun = verb.head if verb.dep_ == "acl" else None
    if verb.dep_ == "advcl":
        noun = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if noun is None or noun.tag_ not in ("NNS", "NNPS"):
        return None
    fire(amount.doc, NUMBERING, noun.idx, amount.span.end_char)
    return noun.text, amount.end


def what_subject_counts(subject: Any, plural_only: bool = False) -> str | None:
    """What a subject counts: "the number of viruses" -> viruses, "the population" -> people, "the
    death toll" -> death toll, "infections" -> infections."""
    lemma = subject.lemma_.lower()
    if lemma in GENERIC_NOUNS:
        of = next((c for c in subject.children if c.lower_ == "of"), None)
        nouns = [c for c in of.children if c.dep_ == "pobj" and c.pos_ in _NOUNS] if of is not None else []
        return nouns[0].text if nouns else None
    if lemma in POPULATION_NOUNS:
        return POPULATION_NOUNS[lemma]
    compounds = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if compounds:  # "the death toll"
        return subject.doc[compounds[0].i:subject.i + 1].text
    return subject.text if subject.tag_ == "NNS" or not plural_only else None


OF_WHOM = rule(
    "numbers.of-whom",
    "A bare figure right after \"of whom\" counts people (\"put turnout at 412,000, of whom 58,000 marched "
    "in the capital\").",
    examples=[("Strike\n\nThe ministry put turnout at 412,000, of whom 58,000 marched in the capital.",
               {"number": "58,000", "unit": "people"})],
    counter=[("Strike\n\nThe ministry counted 300 buses, of which 58 were late.",
              {"no_number": "58 people"})])


OF_THEM_NOUN = rule(
    "numbers.of-them-noun",
    "A figure followed by \"of them\" and a plural noun counts that noun (\"bringing 118 people, 37 of them "
    "children\"), not the noun counted before it.",
    examples=[("Town\n\nSince 2020, 41 households have moved in, bringing 118 people, 37 of them children.",
               {"number": "37 of them children", "unit": "children", "value": 37})],
    counter=[("Town\n\nThe boat carried 118 people, and 37 of them were rescued.",
              {"no_number": "37 of them were"}),
             ("Protest\n\nPolice detained 20 protesters and released three of them hours later.",
              {"no_number": "three of them hours"})])


def of_them_noun(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    """``OF_THEM_NOUN``: "37 of them children" -> children."""
    doc = amount.doc
    end = amount.end
    if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in ("them", "whom") \
            and doc[end + 2].pos_ == "NOUN" and doc[end + 2].tag_ == "NNS" \
            and not any(w in DURATION_UNITS for w in (doc[end + 2].lemma_.lower(), doc[end + 2].lower_)):
        return doc[end + 2].text, end + 3
    return None


def of_whom(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    """``OF_WHOM``: "of whom 58,000" -> people."""
    doc = amount.doc
    start = amount.span.start
    if start >= 2 and doc[start - 1].lower_ == "whom" and doc[start - 2].lower_ == "of":
        return "people", amount.end
    return None


def number_of(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    """ "the number of sailors lost ... is less than 40" -> sailors."""
    sent = sentence_of(amount.span)
    for token in sent[:amount.span.start - sent.start]:
        if token.lemma_.lower() == "number" and token.i + 1 < amount.span.start \
                and token.nbor().lower_ == "of":
            nouns = [c for c in token.nbor().children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            if nouns:
                return nouns[0].text, amount.end
    return None


def elided_noun(amount: Amount, earlier: list[Number]) -> tuple[str, int] | None:
    """The noun counted just before, which the sentence leaves out (see ``elided``)."""
    unit = elided(amount, earlier)
    return (unit, amount.end) if unit else None


def elided(amount: Amount, earlier: list[Number]) -> str | None:
    """The counted noun of the last fact before this one in its sentence, or in the sentence before when
    a comparison word stands next to the figure ("down from about 40,000", "Twenty more")."""
    doc = amount.doc
    span = amount.span
    sent = sentence_of(span)
    near = {t.lower_ for t in doc[max(sent.start, amount.start - 3):amount.start]}
    if span.end < len(doc):
        near.add(doc[span.end].lower_)
    compared = bool(near & ELISION_CUES) and sent.start > 0
    nearby = sent.text + ("\n" + sentence_of(doc[sent.start - 1]).text if compared else "")
    if _describes_a_measure(span):
        return None  # "a margin of error of 2.5": not a count of anything said before
    candidates = [n for n in reversed(earlier) if n.context and n.context in nearby and n.unit
                  and n.unit not in UNCOUNTED_UNITS and n.unit not in DURATION_UNITS]
    if compared:  # "34 people were killed when a magnitude 6.8 quake struck, up from 21": a count
        candidates = [n for n in candidates if _counted(n)] + [n for n in candidates if not _counted(n)]
    for number in candidates[:1]:
        unit = _RATE_TAIL.sub("", number.unit or "")
        if unit in PEOPLE_ADJECTIVES:
            unit = "people"  # "12 were injured and 3 died": people, not more injured
        return None if _agent_of(span, unit) else unit
    return None


def _counted(number: Number) -> bool:
    """A count of things ("34 people", "1,600 homes"), not a measure ("magnitude 6.8"): a whole number
    of a plural noun."""
    unit = _RATE_TAIL.sub("", number.unit or "")
    return float(number.value).is_integer() and (unit.endswith("s") or unit in PEOPLE_ADJECTIVES
                                                  or unit in ("people", "children"))


def _describes_a_measure(span: Any) -> bool:
    """The figure hangs on a measured noun ("a margin of error between 2.2 and 3.6")."""
    head = number_root(span).head
    for _ in range(3):
        if head.pos_ == "NOUN" and head.lemma_.lower() in MEASURED_NOUNS:
            return True
        if head.pos_ not in ("ADP", "NOUN") or head.head == head:
            return False
        head = head.head
    return False


def _agent_of(span: Any, unit: str) -> bool:
    """The counted noun did, in a relative clause, what the figure is the object of ("two radicals that
    killed 14"): the figure counts the victims, not more of them. (A subject is not trusted: the
    parse often makes an earlier count the subject of a parallel clause, "won 19 delegates and
    Sanders won 15".)"""
    verb = number_root(span).head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.dep_ in ("prep", "pobj", "dobj"):
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ == "relcl" \
        and any(t.text == unit for t in verb.head.subtree if t.i < verb.i)


#: The rules of this layer, in the order they are tried.
ELSEWHERE: tuple[tuple[Rule, Finder], ...] = (
    (DESCRIBED_NOUN, described_noun), (LEVEL_SUBJECT, level_subject), (NUMBER_OF, number_of),
    (OF_WHOM, of_whom), (OF_THEM_NOUN, of_them_noun), (ELIDED_NOUN, elided_noun))
