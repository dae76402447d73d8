"""Who says an outlook sentence: the speaker of the quote its cue stands in, or the subject of the
reporting verb its cue hangs from ("X said it would ...", "X vowed to ...")."""

from __future__ import annotations

from typing import Any

from reportgen.brief import Actor, Claim
from reportgen.extract import lexicon as L
from reportgen.extract.outlook.grammar import SAYING_VERBS, lemma

_QUOTES = " \"'\u201c\u201d\u2018\u2019"


def speaker(sent: Any, cue: Any, claims: list[Claim], index: Any) -> str | None:
    """The speaker's name from a quote claim, else the actor who is the subject of the reporting verb
    above the cue word, else None (narration about the future has no speaker)."""
    text = sent.text
    for claim in claims:
        if not claim.speaker or not claim.text:
            continue
        if text.strip(_QUOTES) in claim.text:
            return claim.speaker
        at = text.find(claim.text)
        if at >= 0 and sent.start_char + at <= cue.idx < sent.start_char + at + len(claim.text):
            return claim.speaker
    token = cue
    for _ in range(len(sent)):
        if token.pos_ in ("VERB", "AUX") and lemma(token) in SAYING_VERBS:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None) \
                or _subject_before(token, sent)
            actor = actor_of(index, subject) if subject is not None else None
            if actor is not None:
                return actor.name
        if token.head == token or token.head.i < sent.start or token.head.i >= sent.end:
            break
        token = token.head
    return None


def _subject_before(verb: Any, sent: Any) -> Any:
    """A subject the parser hung outside the sentence (a headline run into the lead): the nearest
    noun before the verb whose head lies outside."""
    for token in reversed(sent[:verb.i - sent.start]):
        if token.pos_ in ("PROPN", "NOUN") and not sent.start <= token.head.i < sent.end:
            return token
    return None


def actor_of(index: Any, token: Any) -> Actor | None:
    """The actor a subject stands for, through the actor index when there is one: a mention at that
    token, a pronoun's antecedent, a name or alias, or a title ("the minister"). The only place outlook
    reads the actor index."""
    if index is None:
        return None
    low = token.lower_
    actor = None
    if token.pos_ == "PRON":
        if low in L.PERSON_PRONOUNS and hasattr(index, "person_before"):
            actor = index.person_before(token.i, L.PERSON_PRONOUNS[low])
        elif low == "it" and hasattr(index, "org_before"):
            actor = index.org_before(token.i)
        return actor
    subtree = token.doc[token.left_edge.i:token.right_edge.i + 1]
    if hasattr(index, "actor_at"):
        found = [a for a in map(index.actor_at, range(subtree.start, subtree.end)) if a is not None]
        people = [a for a in found if a.type == "person"]
        actor = index.actor_at(token.i) or (people or found or [None])[0]
    if actor is None and hasattr(index, "resolve"):
        name = [c for c in token.lefts if c.dep_ == "compound"] + [token]
        actor = index.resolve(subtree.text) or index.resolve(token.doc[name[0].i:token.i + 1].text)
    if actor is None and hasattr(index, "by_title"):
        actor = index.by_title(subtree.text, token.i)
        if actor is not None and actor.type == "person" and token.lower_ not in (actor.role or "").lower():
            actor = None  # "the spokesman" with no spokesman named: not the last person named
    return actor


def lead_actors(index: Any, count: int = 3) -> set[str]:
    """The names of the article's lead actors: the first of the ranked actor list, when there is one."""
    return {a.name for a in (getattr(index, "actors", None) or [])[:count]}
