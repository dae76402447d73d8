"""Who says an outlook sentence: the speaker of the quote its cue stands in, or the subject of the
reporting verb its cue hangs from ("X said it would ...", "X vowed to ...")."""

from __future__ import annotations

from typing import Any

from reportgen.brief import Actor, Claim
from reportgen.extract.grammar import tree_of
from reportgen.extract.layout import layout_of
from reportgen.extract.outlook.grammar import SAYING_VERBS, lemma

_QUOTES = " \"'\u201c\u201d\u2018\u2019"


class ClaimSpeakers:
    """Who said each claim of a Doc, looked up from a word inside it: a quote by the quotation marks
    around the word (one lookup, however many quotes the article has), reported speech by its text."""

    def __init__(self, doc: Any, claims: list[Claim]) -> None:
        self._layout = layout_of(doc)
        self._quoted: dict[str, str] = {}
        self._reported: list[Claim] = []
        for claim in claims:
            if claim.speaker and claim.text:
                if claim.kind == "quote":
                    self._quoted.setdefault(_quote_key(claim.text), claim.speaker)
                else:
                    self._reported.append(claim)

    def of(self, sent: Any, token: Any) -> str | None:
        """The speaker of the claim ``token`` (a word of ``sent``) stands in."""
        span = self._layout.quote_at(token.idx)
        if span is not None:
            found = self._quoted.get(_quote_key(span.text_of(self._layout.text)))
            if found:
                return found
        text = self._layout.text_of(sent.start, sent.end)
        for claim in self._reported:
            if text.strip(_QUOTES) in claim.text:
                return claim.speaker
            at = text.find(claim.text)
            if at >= 0 and sent.start_char + at <= token.idx < sent.start_char + at + len(claim.text):
                return claim.speaker
        return None


def _quote_key(text: str) -> str:
    return text.rstrip().rstrip(",").rstrip()


def speaker(sent: Any, cue: Any, claims: ClaimSpeakers, index: Any) -> str | None:
    """The speaker's name from a claim, else the actor who is the subject of the reporting verb above
    the cue word, else None (narration about the future has no speaker)."""
    said = claims.of(sent, cue)
    if said:
        return said
    token = cue
    for _ in range(len(sent)):
        if token.pos_ in ("VERB", "AUX") and lemma(token) in SAYING_VERBS:
            # "Varna summoned the envoy and warned that ...": a conjoined verb shares the first subject
            subject = _nsubj(token) or _nsubj(tree_of(token.doc).first_conjunct(token)) \
                or _subject_before(token, sent)
            actor = actor_of(index, subject) if subject is not None else None
            if actor is not None:
                return actor.name
        if token.head == token or token.head.i < sent.start or token.head.i >= sent.end:
            break
        token = token.head
    return None


def _nsubj(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _subject_before(verb: Any, sent: Any) -> Any:
    """A subject the parser hung outside the sentence (a headline run into the lead): the nearest
    noun before the verb whose head lies outside."""
    for token in reversed(sent[:verb.i - sent.start]):
        if token.pos_ in ("PROPN", "NOUN") and not sent.start <= token.head.i < sent.end:
            return token
    return None


def actor_of(index: Any, token: Any) -> Actor | None:
    """The actor a subject stands for, resolved by the referents layer the way a quote's source is
    (a name, a pronoun, a description); the only place outlook reads the referents."""
    if index is None:
        return None
    from reportgen.extract.speakers import resolve_source

    return resolve_source(token.doc, token, index)


def lead_actors(index: Any, count: int = 3) -> set[str]:
    """The names of the article's lead actors: the first of the ranked actor list, when there is one."""
    return {a.name for a in (getattr(index, "actors", None) or [])[:count]}
