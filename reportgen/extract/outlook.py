"""Forward-looking sentences: plans, scheduled events, expectations, warnings and risks.

A sentence is outlook when its grammar or its verbs point ahead (future/modal auxiliaries,
verbs of planning and expecting, "is due to", conditional "if"). Its horizon is the time
expression it names; its speaker comes from the quote it belongs to or its reporting subject.
"""

from __future__ import annotations

from typing import Any

from reportgen.brief import Claim, Outlook

FUTURE_MODALS = {"will", "wo", "'ll", "\u2019ll", "shall", "would", "could", "may", "might", "should", "must"}
FORWARD_LEMMAS = {
    "plan", "expect", "intend", "aim", "warn", "vow", "pledge", "promise", "hope", "schedule",
    "forecast", "predict", "anticipate", "threaten", "prepare", "seek", "propose", "consider",
}
FORWARD_ADJ = {"due", "likely", "unlikely", "set", "poised", "expected", "scheduled", "slated", "bound"}
REPORTING_LEMMAS = {"say", "tell", "warn", "add", "state", "note", "claim", "insist", "argue", "vow",
                    "pledge", "promise", "predict", "expect", "announce", "write"}


def find_outlook(doc: Any, claims: list[Claim], index: Any) -> list[Outlook]:
    """Every forward-looking sentence of ``doc`` with its horizon and speaker."""
    found: list[Outlook] = []
    for sent in doc.sents:
        text = sent.text.strip()
        if len(text.split()) < 4 or not _is_forward(sent):
            continue
        found.append(Outlook(text=text, horizon=_horizon(sent), speaker=_speaker(sent, claims, index)))
    return found


def _is_forward(sent: Any) -> bool:
    for token in sent:
        low = token.lower_
        if token.tag_ == "MD" and low in FUTURE_MODALS:
            return True
        if token.pos_ == "VERB" and token.lemma_ in FORWARD_LEMMAS:
            return True
        if low in FORWARD_ADJ and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            return True
        if low == "going" and token.i + 2 < sent.end and token.nbor().lower_ == "to" \
                and token.nbor(2).pos_ in ("VERB", "AUX"):
            return True
    return False


def _horizon(sent: Any) -> str | None:
    for ent in sent.ents:
        if ent.label_ in ("DATE", "TIME"):
            return ent.text
    return None


def _speaker(sent: Any, claims: list[Claim], index: Any) -> str | None:
    text = sent.text
    for claim in claims:
        if claim.speaker and claim.text and (claim.text in text or text.strip() in claim.text):
            return claim.speaker
    for token in sent:
        if token.lemma_ in REPORTING_LEMMAS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    actor = _resolve(index, child)
                    if actor is not None:
                        return actor
    return None


def _resolve(index: Any, token: Any) -> str | None:
    """The canonical actor name a subject token stands for, via the actor index when present."""
    subtree = token.doc[token.left_edge.i:token.right_edge.i + 1]
    resolve = getattr(index, "resolve", None)
    if resolve is not None:
        actor = resolve(subtree.text)
        if actor is not None:
            return actor.name
    if token.pos_ == "PRON":
        person_before = getattr(index, "person_before", None)
        if person_before is not None:
            actor = person_before(token.i)
            if actor is not None:
                return actor.name
    return None
