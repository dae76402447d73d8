"""Fixed vocabularies as data, so templates and validation read one definition.

* Traffic Light Protocol 2.0 labels with the colours FIRST publishes for them
  (https://www.first.org/tlp/): the label is written in its colour on black.
* Estimative language (US ICD 203 table of words of estimative probability), used to explain the
  likelihood words an outlook statement uses.
* The names of a brief's sections, which a client can switch off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TLP_BACKGROUND = "#000000"


@dataclass(frozen=True)
class TlpLabel:
    label: str
    colour: str
    meaning: str


TLP_LABELS: dict[str, TlpLabel] = {
    label.label: label
    for label in (
        TlpLabel("TLP:RED", "#FF2B2B", "For the eyes and ears of individual recipients only."),
        TlpLabel("TLP:AMBER+STRICT", "#FFC000", "Limited disclosure, recipients' organization only."),
        TlpLabel("TLP:AMBER", "#FFC000", "Limited disclosure, recipients' organization and its clients."),
        TlpLabel("TLP:GREEN", "#33FF00", "Limited disclosure, recipients' community."),
        TlpLabel("TLP:CLEAR", "#FFFFFF", "Disclosure is not limited."),
    )
}

#: Briefs are made from published news, so without a client setting disclosure is not limited.
DEFAULT_TLP = "TLP:CLEAR"


def normalize_tlp(label: str) -> str | None:
    """ "amber", "tlp:amber", " TLP:AMBER " -> "TLP:AMBER"; None for a label TLP 2.0 does not have."""
    normalized = label.strip().upper()
    normalized = normalized if normalized.startswith("TLP:") else f"TLP:{normalized}"
    return normalized if normalized in TLP_LABELS else None


@dataclass(frozen=True)
class EstimativeTerm:
    term: str
    low: int
    high: int
    pattern: str

    @property
    def range(self) -> str:
        return f"{self.low}-{self.high}%"


ESTIMATIVE_TERMS: tuple[EstimativeTerm, ...] = (
    EstimativeTerm("almost no chance", 1, 5, r"almost no chance|remote(?:ly)?"),
    EstimativeTerm("very unlikely", 5, 20, r"very unlikely|highly improbable"),
    EstimativeTerm("unlikely", 20, 45, r"(?<!very )unlikely|improbable"),
    EstimativeTerm("roughly even chance", 45, 55, r"roughly even (?:chance|odds)|even chance"),
    EstimativeTerm("likely", 55, 80, r"(?<!very )(?<!un)likely|probabl[ey]"),
    EstimativeTerm("very likely", 80, 95, r"very likely|highly probable"),
    EstimativeTerm("almost certain", 95, 99, r"almost certain(?:ly)?|nearly certain(?:ly)?"),
)

_TERM_RES = [(term, re.compile(rf"\b(?:{term.pattern})\b", re.IGNORECASE)) for term in ESTIMATIVE_TERMS]


def estimative_terms(text: str) -> list[EstimativeTerm]:
    """The estimative terms ``text`` uses, in the table's order."""
    return [term for term, pattern in _TERM_RES if pattern.search(text or "")]


#: Words that already say a figure is approximate ("about 100,000 troops", a range "between 30 and 40",
#: alternatives "three or four", a vague multiple "dozens of people"); a figure whose own text carries
#: one needs no extra "~" mark.
APPROXIMATION_WORDS = (
    "about", "around", "approximately", "approx", "roughly", "some", "nearly", "almost", "close to",
    "more than", "less than", "fewer than", "over", "under", "at least", "at most", "up to", "upwards of",
    "as many as", "as much as", "estimated", "circa", "c.", "ca.", "or so", "just over", "just under",
    "an average of", "between", "or", "to", "several", "a few", "dozens", "scores", "hundreds",
    "thousands", "millions", "billions", "trillions", "tens of",
)
_APPROX_WORDS_RE = "|".join(re.escape(w) for w in sorted(APPROXIMATION_WORDS, key=len, reverse=True))
_APPROX_RE = re.compile(rf"~|≈|\d\+|\d\s*[-–]\s*\d|(?<![\w.])(?:{_APPROX_WORDS_RE})(?!\w)", re.IGNORECASE)


def says_approximate(text: str) -> bool:
    """True when ``text`` itself words the figure as approximate ("about 2,000", "more than $5m")."""
    return _APPROX_RE.search(text) is not None


#: Reporting verbs that say nothing beyond "this was said": a brief shows only the telling ones
#: ("warned", "admitted", "accused") next to a statement.
NEUTRAL_CUES = frozenset({"said", "says", "say", "saying", "told", "tells", "telling", "added", "adds",
                          "adding", "according to", "stated", "states", "stating", "noted", "notes", "noting",
                          "wrote", "writes", "writing", "explained", "explaining"})


def is_telling_cue(cue: str | None) -> bool:
    """True for a reporting verb worth showing ("warned"), false for none, a neutral "said" or "adding",
    and a cue that is only punctuation (the colon of "Ruiz: “...”")."""
    return cue is not None and any(ch.isalpha() for ch in cue) \
        and " ".join(cue.lower().split()) not in NEUTRAL_CUES


@dataclass(frozen=True)
class RelationKind:
    """One kind of link between two actors: how a chart labels it, and whether it runs both ways
    ("A meets B" is "B meets A"), so a chart draws it once without an arrowhead."""

    kind: str
    label: str
    mutual: bool = False


#: The link chart's edge kinds (``relations[].kind``), in the order a legend or a list gives them. The
#: verbs that express each are extraction data (``reportgen/extract/data/relations.yaml``).
RELATION_KINDS: dict[str, RelationKind] = {
    kind.kind: kind
    for kind in (
        RelationKind("speaks_about", "speaks about"),
        RelationKind("accuses", "accuses"),
        RelationKind("criticises", "criticises"),
        RelationKind("warns", "warns"),
        RelationKind("asks", "asks"),
        RelationKind("meets", "meets", mutual=True),
        RelationKind("visits", "visits"),
        RelationKind("negotiates_with", "negotiates with", mutual=True),
        RelationKind("supports", "supports"),
        RelationKind("opposes", "opposes"),
        RelationKind("sanctions", "sanctions"),
        RelationKind("attacks", "attacks"),
    )
}
#: The sections of a brief a client can switch off (``client.yaml`` ``sections:``), in the order the
#: default template prints them. Templates see ``sections`` (name -> shown), every one on by default.
SECTIONS: tuple[str, ...] = (
    "bluf", "actors", "claims", "numbers", "disagreements", "outlook", "timeline", "map", "chart", "sources",
)
