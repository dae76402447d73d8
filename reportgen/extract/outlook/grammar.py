"""Clause facts the outlook rules share: a clause's verb, its tense, whether it is told as past,
reported, denied or habitual. No rule is decided here; the rules read these facts."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from reportgen.extract import lexicon as L
from reportgen.extract.dates import end_of, resolve
from reportgen.extract.layout import Layout, children_of, layout_of
from reportgen.extract.nlp import ents_in
from reportgen.extract.times import YEAR

#: A decade, always told as past in news: "the 1980s", "the '90s".
DECADE = re.compile(r"^(?:1[89]|20)?\d0s$|^['\u2019]\d0s$")
PRESENT = ("VBZ", "VBP")
#: Verbs whose subject speaks what the sentence says will happen ("X said it would", "X vowed to").
SAYING_VERBS = L.REPORTING_VERBS | L.FORWARD_VERBS


@dataclass
class Sentence:
    """One sentence and the facts about it several rules read (computed once), with the article's
    publication date when known (what "ahead" counts from)."""

    span: Any
    published: date | None = None

    @cached_property
    def layout(self) -> Layout:
        """The layout of the sentence's Doc."""
        return layout_of(self.span.doc)

    @cached_property
    def bounds(self) -> tuple[int, int]:
        """The sentence's first token and the one after its last, by index."""
        return self.span.start, self.span.end

    @cached_property
    def tokens(self) -> list[Any]:
        """The sentence's tokens, made once (each pass over a span makes them anew)."""
        start, end = self.bounds
        return self.layout.tokens[start:end]

    @cached_property
    def text(self) -> str:
        """``span.text``, cut from the article's text once."""
        return self.layout.text_of(*self.bounds)

    @cached_property
    def ahead_time(self) -> bool:
        """It names a time ahead ("next year", "in the coming weeks")."""
        return any(ent.label_ in ("DATE", "TIME") and any(t.lower_ in L.AHEAD_WORDS for t in ent)
                   for ent in ents_in(self.span))

    @cached_property
    def later_year(self) -> bool:
        """It names a year that lies ahead ("before 2035" in a story of 2026)."""
        return any(ent.label_ == "DATE" and year_ahead(ent, self.published) for ent in ents_in(self.span))

    @cached_property
    def dated(self) -> bool:
        """It names a day, month, year or time that is not behind ("by March 2027", "on Sunday")."""
        return any(ent.label_ in ("DATE", "TIME") and not time_behind(ent) for ent in ents_in(self.span))

    @cached_property
    def set_time(self) -> bool:
        """It names a weekday, month or year, or a time ahead ("on Monday", "by 2030", "next week"): a
        time an act can be set for (a duration, "for a day and a half", is none)."""
        return self.ahead_time or any(
            ent.label_ in ("DATE", "TIME") and any(calendar_word(t) or YEAR.match(t.text) for t in ent)
            for ent in ents_in(self.span))

    @cached_property
    def past_time(self) -> bool:
        """It names a time behind ("last year", "two weeks ago", "in the 1980s", a year the past tense
        tells: "in 1990 she moved") and none ahead."""
        return any(ent.label_ in ("DATE", "TIME") and time_behind(ent) for ent in ents_in(self.span)) \
            and not self.ahead_time

    @cached_property
    def closing_marks(self) -> tuple[list[int], list[str]]:
        """Token indices and texts of the sentence's closing marks (". ? !"), in order."""
        texts = self.layout.texts
        where = [i for i in range(*self.bounds) if texts[i] in ("?", ".", "!")]
        return where, [texts[i] for i in where]

    def indices_among(self, index: str, keys: frozenset[str] | tuple[str, ...]) -> list[int]:
        """Indices of the sentence's tokens the layout's index named ``index`` ("by_lower" ...) files
        under ``keys``, in order: a finder after a few words looks them up, not at every token of every
        sentence."""
        found = self.layout.positions(index, keys)
        start, end = self.bounds
        return found[bisect_left(found, start):bisect_left(found, end)]

    def among(self, index: str, keys: frozenset[str] | tuple[str, ...]) -> list[Any]:
        """The tokens of :meth:`indices_among`."""
        tokens = self.layout.tokens
        return [tokens[i] for i in self.indices_among(index, keys)]

    def closing_mark_after(self, token_i: int) -> str | None:
        """The first closing mark at or after token ``token_i`` (one lookup per cue, not a scan)."""
        where, texts = self.closing_marks
        k = bisect_left(where, token_i)
        return texts[k] if k < len(texts) else None

    @cached_property
    def done_verbs(self) -> list[Any]:
        """Forms of "do" in the sentence ("has done so", "did it")."""
        lemmas = self.layout.lemmas
        return [t for t in self.tokens if lemmas[t.i] == "do"]

    @cached_property
    def has_finite_verb(self) -> bool:
        """A finite verb or auxiliary ("That's not for me to say", "is showing"); a headline's "Talks to
        begin" has none."""
        tags = self.layout.tags
        return any(tags[i] in ("VBD", "VBZ", "VBP", "MD") for i in range(*self.bounds))


def calendar_word(token: Any) -> bool:
    """A weekday or month name, short forms with their full stop too ("Dec.")."""
    word = token.lower_.rstrip(".")
    return word in L.WEEKDAYS or word in L.MONTHS


def lemma(token: Any) -> str:
    """The token's lemma, repaired where the model is known to get it wrong ("hoping" -> "hope")."""
    return L.LEMMA_REPAIRS.get(token.lower_, token.lemma_)


def modal_verb(modal: Any) -> Any:
    """The verb a modal belongs to: its head, or, where the parser hung it on an adverb ("will fully and
    gladly more than meet"), the bare verb it runs on to across adverbs and adjectives; None if none."""
    if modal.head.pos_ in ("VERB", "AUX"):
        return modal.head
    for token in modal.doc[modal.i + 1:min(modal.i + 8, len(modal.doc))]:
        if token.tag_ == "VB":
            return token
        if token.pos_ not in ("ADV", "ADJ", "CCONJ", "ADP") or token.lower_ == "to":
            return None
    return None


def looks_back(token: Any) -> bool:
    """"later" after a span of time ("two years later", "all these years later") counts from a past
    event, not from now."""
    return token.lower_ == "later" and token.i > 0 and token.nbor(-1).lemma_ in L.TIME_NOUNS


def year_ahead(ent: Any, published: date | None) -> bool:
    """A year alone that lies ahead: after the article's own year, or, with no date known, a target
    ("by 2030")."""
    words = [t for t in ent if not t.is_punct]
    year = words[-1].text if words else ""
    if YEAR.match(year) is None:
        return False
    if published is not None:
        return int(year) > published.year
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "by"


def day_ahead(ent: Any, published: date | None) -> bool:
    """A day named with its month ("on February 23", "March 3, 2027") after the article's own date."""
    if published is None or not any(t.like_num for t in ent) or not any(t.lower_ in L.MONTHS for t in ent):
        return False
    found = resolve(ent.text, published)
    return found is not None and found.precision == "day" and found.date > published.isoformat()


def time_behind(ent: Any) -> bool:
    """A date behind the telling: "last year", "two weeks ago", "the 1980s", a year a past tense tells."""
    if any(t.lower_ in L.PAST_WORDS or DECADE.match(t.text) for t in ent):
        return True
    year = any(t.like_num and len(t.text) == 4 for t in ent)
    return year and past(main_verb(ent.root))


def main_verb(token: Any) -> Any:
    """The verb of the clause that ``token``'s clause hangs from."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head


def present(verb: Any) -> bool:
    """The verb is in the present: simple ("flies"), progressive or passive ("is meeting", "is held")."""
    return verb.tag_ in PRESENT or any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT and c.lemma_ == "be"
                                       for c in verb.children)


def past(verb: Any) -> bool:
    """The verb is in the simple past or a past progressive or passive ("spoke", "was speaking")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                     for c in children_of(verb))


def finite_verb(verb: Any) -> Any:
    """The verb that carries the tense of a bare infinitive's clause ("battle" for "to win" in "they battle
    to win the vote")."""
    for _ in range(4):
        if verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "advcl") or any(c.dep_ == "aux" and c.tag_ == "MD"
                                                                             for c in verb.children):
            return verb
        verb = verb.head
    return verb


def has_aux(verb: Any, forms: set[str] | frozenset[str] | tuple[str, ...]) -> bool:
    """An auxiliary of the verb is one of ``forms`` ("had planned", "has asked")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in forms for c in children_of(verb))


def passive(verb: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def to_clause(verb: Any) -> bool:
    """The verb has a "to" infinitive complement ("vowed to fight", "asked them to leave")."""
    return any(c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) for c in verb.children)


def denied(verb: Any) -> bool:
    """A negated verb ("don't believe") or one whose subject is nobody ("few of us believe")."""
    return any(c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in L.NOBODY_WORDS)
               for c in children_of(verb))


def habitual_time(verb: Any) -> bool:
    """A time of the verb's own clause that repeats ("every night", "each summer")."""
    for child in verb.children:
        if child.dep_ not in ("npadvmod", "prep", "advmod"):
            continue
        for token in child.subtree:
            if token.lower_ in L.REPEAT_WORDS and (token.ent_type_ in ("DATE", "TIME")
                                                   or token.head.lemma_ in L.TIME_NOUNS):
                return True
    return False


def retrospective(verb: Any) -> bool:
    """A "would" clause told from a past story: "would later", "would go on to", or a "where"/"when"
    clause of a main clause in the past tense ("In 1990 he moved to Berlin, where he would spend a
    decade"); "passed a bill that would raise the wage" is a bill's effect ahead."""
    if any(c.lower_ == "later" for c in children_of(verb)):
        return True
    if verb.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in children_of(verb)):
        return True  # "would go on to write 40 novels"
    where = any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in children_of(verb))
    return verb.dep_ == "relcl" and where and past(finite_verb(main_verb(verb)))


def told_as_past(token: Any) -> bool:
    """The word sits in a clause about the past ("met again the next day", "where he would spend
    the next decade" after "In 1990 he moved")."""
    verb = main_verb(token)
    if has_aux(verb, L.WOULD_FORMS):
        return retrospective(verb)
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in ("is", "are", "be"))
                   for c in verb.children)


def reported(verb: Any) -> bool:
    """The clause is what someone said, estimated or found ("a study estimated that it could grow"),
    so its tense is the reported view, not the narrator's past."""
    clause = verb
    for _ in range(8):
        if clause.dep_ not in ("ccomp", "conj", "xcomp") or clause.head == clause:
            return False
        clause = clause.head
        if lemma(clause) in SAYING_VERBS or clause.lemma_ in L.FINDING_VERBS:
            return True
    return False


def has_aim(noun: Any) -> bool:
    """The noun says what is planned or feared: "plans to build", "plans for a port", "risk of", "fear
    that" (not a relative "that": "each danger that worries farmers")."""
    after = noun.nbor() if noun.i + 1 < len(noun.doc) else None
    if after is not None and (after.lower_ in ("for", "of", "to")
                              or (after.lower_ == "that" and after.dep_ == "mark")):
        return True
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "to", "on"):
            return True
        if child.dep_ in ("acl", "relcl") and to_infinitive(child):
            return True
    return False


def to_infinitive(verb: Any) -> bool:
    """The verb is a "to" infinitive ("plans to build")."""
    return any(g.lower_ == "to" and g.dep_ == "aux" for g in verb.children)


def past_stance(verb: Any) -> bool:
    """The verb carries its own marker of a stance held before now: "long", "previously", a year or
    past date hanging from it ("in 2021 urged"), or a perfect held for a span ("have warned for years")."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in L.STANDING_ADVERBS:
            return True
        if child.dep_ == "advcl" and child.tag_ == "VBD" \
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in L.CLOSING_MARKERS
                        for m in child.children):
            return True  # "warned about cracks two years before it fell": a later past event closes it
        if child.dep_ == "prep" and child.lower_ == "for" and has_aux(verb, ("has", "have", "had")) \
                and any(g.dep_ == "pobj" and g.lower_ in L.STANDING_SPANS
                        and not any(a.dep_ in ("acl", "relcl") for a in g.children) for g in child.children) \
                and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return True  # (not "has planned for weeks to strike on Friday": the plan is told)
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "DATE" and obj.like_num and len(obj.text) == 4:
                return True
        if child.ent_type_ == "DATE" and any(t.lower_ in L.PAST_WORDS for t in child.subtree):
            return True
    return False


#: Dependencies that put a clause or noun inside another phrase rather than in the sentence's statement:
#: a relative clause or a noun's complement ("the authorities, who promised"), a preposition's object
#: ("accused them of disrupting plans"), a clausal subject, an apposition.
_EMBEDDING = frozenset({"relcl", "acl", "pcomp", "pobj", "prep", "amod", "appos", "csubj", "csubjpass",
                        "nsubj", "nsubjpass"})


def embedded(token: Any) -> bool:
    """The word sits in a clause that describes a noun, concedes a point ("although ...") or hangs from
    a preposition, not in the sentence's own statement or what that statement reports. A noun that is
    itself the subject ("Plans for the port are ...") is the statement's."""
    node = token
    for _ in range(16):
        if node.head == node:
            return False
        if node.dep_ in _EMBEDDING and not (node is token and node.pos_ == "NOUN"
                                            and node.dep_ in ("nsubj", "nsubjpass")):
            return True
        if concessive(node):
            return True
        node = node.head
    return False


def concessive(clause: Any) -> bool:
    """An adverbial clause that concedes a point ("although ...", "even though ...")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in L.CONCESSIVE_MARKERS
                                          for c in clause.children)


#: Days before the article's date in which a date written without its year is read as passed ("Oct. 31"
#: in a paper of 20 November); further back, the date is the next one ("in March" in November).
RECENT_DAYS = 90


def passed(text: str, published: date) -> bool:
    """The date names a month or year (not a weekday, which in a clause ahead is the coming one) that
    ends before ``published``: with its year as written, without it only when it ends in the
    ``RECENT_DAYS`` before."""
    words = {w.strip(".,").lower() for w in text.split()}
    year = any(w.isdigit() and len(w) == 4 for w in words)
    if not year and not words & L.MONTHS:
        return False
    found = resolve(text, published, "behind")
    last = end_of(found.date) if found else None
    if last is None or last >= published:
        return False
    return year or (published - last).days <= RECENT_DAYS
