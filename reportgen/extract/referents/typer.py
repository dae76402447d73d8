"""The fitted typer: the type of an actor that no rule of ``types`` decides.

What a name and its mentions show (the model's labels, the name's shape, the gazetteer, signs of a
person, how the text uses it) is weighed by a multinomial logistic regression whose weights live in
``data/typer.yaml``, fitted on the gold types of the dev corpus and the invented sets by
``tests/eval/fit_typer.py``. It replaced a hand-ordered cascade of defaults ("the model called it a
person and it looks like a name", "else the model's label") that decided a third of all actors and
made most type errors on unseen articles: every default was one case's order of checks.
"""


from __future__ import annotations

import math
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from reportgen.brief.model import ActorType
from reportgen.extract import lexicon
from reportgen.extract.names import country_key, name_key, person_shaped
from reportgen.extract.referents.cluster import Cluster, known_city, state_or_province

#: The types the typer chooses from, in the order of ties.
TYPES: tuple[ActorType, ...] = ("person", "organization", "location", "country", "group")

_PLACE_LABELS = ("GPE", "LOC")
_OTHER_LABELS = ("PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")
#: The type the model's most frequent label suggests.
_PLAIN_TYPE: dict[str, ActorType] = {"PERSON": "person", "GPE": "location", "LOC": "location",
                                     "FAC": "location", "NORP": "group"}


@dataclass(frozen=True)
class TypeFeatures:
    """What the text shows of one actor's kind; shares are over its mentions, signs are 0 or 1."""

    person_label: float    # share the model labels PERSON
    org_label: float       # ORG
    place_label: float     # GPE or LOC
    facility_label: float  # FAC
    group_label: float     # NORP
    personal: float        # a person to the clustering: the model's PERSON, a title or honorific
    person_shaped: float   # one to four capitalised words, no body or place word
    first_name: float      # opened by a known first name ("Rita", "Ana Ruiz")
    one_word: float
    long_name: float       # three words or more
    acronym: float         # written in capitals
    stated_person: float   # an honorific, a title or a person's role ("the club's captain")
    person_cues: float     # an age, or the subject of a reporting verb
    he_or_she: float       # "he"/"she" follows it in its sentence or opens the next
    described: float       # a stated role that names no person's job
    body_word: float       # last word a body's, an industry's or a legal form ("Council", "Air", "SA")
    body_word_inside: float  # a body's word elsewhere in the name ("Bank of ...")
    facility_word: float   # last word a facility's ("Hospital", "Stadium", "Centre")
    place_word: float      # last word a place's, a landform's or a street's ("Valley", "Lake", "Road")
    media_word: float      # last word a medium's ("Herald", "Radio")
    city: float            # the gazetteer knows a city of this name, and the text uses it as a place
    city_unplaced: float   # ... but never as a place ("shares in Toyota")
    large_city: float      # of 100,000 people or more
    state: float           # a country's state, province or region
    capital: float         # a capital city the data lists
    party_plural: float    # a party named by its members ("Democrats", "the Tories")
    plural: float          # the last word ends in "s"
    agentive: float        # share that act: subjects and possessors
    locative: float        # share after "in", "at", "near" ... or visited
    placed: float          # share used only as a place ("a yard in X")
    attributive: float     # share only modifying a common noun ("its Twitter account")
    after_the: float       # some mention follows "the"
    firm_part: float       # some mention owns what a firm has ("Kestrova's shares", "Halvern Mining sales")
    impersonal: float      # some mention is described as a thing or body ("X, which ...", "in a statement")
    staffed: float         # some mention owns an office or a board ("Eskom's board")
    inner_capital: float   # a capital or a digit inside a word ("NightSpool", "DfT", "Phase 3")
    place_opens: float     # a name of two words or more opened by a place the gazetteer knows
    surname_alias: float   # the last word of a longer name is used alone ("Kamau-Holt")
    head_alias: float      # the first word of a longer name is used alone ("Vellmark")
    plain_person: float    # the plain reading: a person to the clustering and shaped like a name ...
    plain_org: float       # ... else the model's most frequent label: ORG (or none an actor's)
    plain_place: float     # GPE, LOC or FAC
    unplaced_org: float    # the model's ORG with no use as a place ("shares in Toyota", "Toyota said")
    unplaced_person: float  # a person to the clustering, with no use as a place ("signed Lois Lane")
    first_person_label: float  # the model's label of the first mention, the one usually written in full
    first_org_label: float
    first_place_label: float
    bias: float = 1.0


FEATURE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(TypeFeatures))


def type_features(cluster: Cluster, doc: Any = None) -> TypeFeatures:
    """The features of one cluster's actor."""
    from reportgen.extract.referents import types

    name = cluster.longest()
    words = name_key(name).split() or [""]
    lowered = " ".join(words)
    mentions = cluster.mentions
    n = len(mentions) or 1
    labels = cluster.labels()
    last = words[-1]
    stated = types._stated_person(cluster)
    top_label = labels.most_common(1)[0][0] if labels else ""

    plain = "person" if cluster.named_person() \
        else _PLAIN_TYPE.get(top_label, "organization")
    placed = any(m.locative or m.placed or m.geographic for m in mentions)
    city = known_city(name)
    alone = {name_key(m.text) for m in mentions if len(m.text.split()) == 1}

    def share(test: Any) -> float:
        return sum(1 for m in mentions if test(m)) / n

    return TypeFeatures(
        person_label=labels["PERSON"] / n,
        org_label=labels["ORG"] / n,
        place_label=sum(labels[k] for k in _PLACE_LABELS) / n,
        facility_label=labels["FAC"] / n,
        group_label=labels["NORP"] / n,
        personal=float(cluster.is_personal()),
        person_shaped=float(person_shaped(name)),
        first_name=float(words[0] in lexicon.first_name_genders()),
        one_word=float(len(words) == 1),
        long_name=float(len(words) >= 3),
        acronym=float(name.isupper() and len(name) >= 2),
        stated_person=float(stated),
        person_cues=float(any(m.person_cues for m in mentions)),
        he_or_she=float(doc is not None and types._followed_by_he_or_she(doc, cluster)),
        described=float(any(m.role for m in mentions) and not stated),
        body_word=float(last in lexicon.ORG_WORDS or last in lexicon.INDUSTRY_WORDS
                        or last in lexicon.ORG_SUFFIXES),
        body_word_inside=float(any(w in lexicon.ORG_WORDS for w in words[:-1])),
        facility_word=float(last in lexicon.FACILITY_WORDS),
        place_word=float(last in lexicon.PLACE_HEADS or last in lexicon.LANDFORM_HEADS
                         or last in lexicon.STREET_HEADS),
        media_word=float(last in lexicon.MEDIA_WORDS),
        city=float(placed and city),
        city_unplaced=float(not placed and city),
        large_city=float(known_city(name, 100_000)),
        state=float(state_or_province(name)),
        capital=float(lowered in lexicon.CAPITALS),
        party_plural=float(last in lexicon.PARTY_PLURALS),
        plural=float(len(last) > 3 and last.endswith("s")),
        agentive=share(lambda m: m.agentive and not m.furniture),
        locative=share(lambda m: m.locative),
        placed=share(lambda m: m.placed),
        attributive=share(lambda m: m.attributive),
        after_the=float(types._after_the(doc, cluster)),
        firm_part=float(doc is not None and any(_owns(doc[m.root], lexicon.ORG_PARTS) for m in mentions)),
        impersonal=float(any(m.impersonal for m in mentions)),
        staffed=float(doc is not None and any(types._office_possessor(doc, m) for m in mentions)),
        inner_capital=float(any(any(c.isupper() or c.isdigit() for c in w[1:]) and not w.isupper()
                                for w in name.split())),
        place_opens=float(len(words) >= 2 and (known_city(words[0]) or bool(country_key(words[0])))),
        surname_alias=float(len(words) >= 2 and words[-1] in alone),
        head_alias=float(len(words) >= 2 and words[0] in alone),
        plain_person=float(plain == "person"),
        plain_org=float(plain == "organization"),
        plain_place=float(plain == "location"),
        unplaced_org=labels["ORG"] / n * (not placed),
        unplaced_person=float(cluster.is_personal() and not placed),
        first_person_label=float(mentions[0].label == "PERSON") if mentions else 0.0,
        first_org_label=float(mentions[0].label == "ORG") if mentions else 0.0,
        first_place_label=float(mentions[0].label in _PLACE_LABELS) if mentions else 0.0,
    )


def _owns(root: Any, nouns: frozenset[str]) -> bool:
    """The name owns or modifies one of ``nouns`` ("Kestrova's shares", "Halvern Mining shares")."""
    return root.dep_ in ("poss", "compound") and root.head.lower_ in nouns


@cache
def _weights() -> dict[ActorType, tuple[float, ...]]:
    """Each type's weights in ``FEATURE_NAMES`` order (a feature the data file lacks weighs 0)."""
    table = lexicon.TYPER_WEIGHTS
    return {kind: tuple(float(table.get(kind, {}).get(f, 0.0)) for f in FEATURE_NAMES) for kind in TYPES}


def type_scores(features: TypeFeatures) -> dict[ActorType, float]:
    """Each type's probability under the fitted weights."""
    values = [getattr(features, name) for name in FEATURE_NAMES]  # (``astuple`` deep-copies: slow)
    logits = {kind: sum(w * v for w, v in zip(weights, values, strict=True))
              for kind, weights in _weights().items()}
    top = max(logits.values())
    exps = {kind: math.exp(score - top) for kind, score in logits.items()}
    total = sum(exps.values())
    return {kind: e / total for kind, e in exps.items()}


def fitted_type(features: TypeFeatures) -> ActorType:
    """The most probable type (ties in ``TYPES`` order)."""
    scores = type_scores(features)
    return max(TYPES, key=lambda kind: (scores[kind], -TYPES.index(kind)))
