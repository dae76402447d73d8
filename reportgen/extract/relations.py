"""Relations: who acts on or speaks about whom, the link chart's edges.

A fact layer like claims: it reads the parse and the resolved referents (so "Putin", "Vladimir
Putin" and a "he" the referents resolved are one actor) and never resolves names itself. Two
sources of edges:

* a verb of the relation vocabulary (``data/relations.yaml``) with one actor as its subject and
  another as its object ("Russia accused Ukraine", "met with Macron"), conjunctions distributed
  ("Russia and Iran criticised the US and the EU" is four edges), a passive read through its agent
  ("Ukraine was criticised by the EU": the EU criticises Ukraine);
* a speaker and the actors their statement names (``speaks_about``), from the claims.

A denied or hypothetical act ("did not attack", "if Russia attacks") and an act told inside
quotation marks are not charted as facts: the speaker's ``speaks_about`` edge covers what they
said. Reported speech ("Russia attacked Kyiv, officials said") is kept: its evidence sentence
says who says so. Edges are deduplicated by (source, target, kind), keeping the first
sentence as evidence; an actor never links to itself.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reportgen.brief import Actor, Claim, Relation
from reportgen.extract import lexicon
from reportgen.extract.layout import layout_of, span_text
from reportgen.extract.mentions import Mention
from reportgen.extract.merge import unique_relations
from reportgen.extract.referents import Referents
from reportgen.extract.rules import Rule, fire, rule

#: Most relations a brief keeps (the chart draws at most a dozen actors; the rest is the YAML's).
MAX_RELATIONS = 40
#: Words of a clause that make its act unreal: asked about, supposed, or made a condition.
_UNREAL_MARKS = frozenset({"if", "unless", "whether"})
#: Modals that make an act conditional ("would be happy to meet"); "will" plans it and is kept.
_CONDITIONAL_MODALS = frozenset({"would", "could", "might", "should"})
#: Relative pronouns that stand for the noun their clause describes ("Putin, who met Macron").
_RELATIVES = frozenset({"who", "which", "that"})
#: Clauses that share the subject of the verb they hang on: a conjoined verb, a "to" complement, an
#: adverbial participle, an adjective complement ("is due to meet").
_INHERITING = frozenset({"conj", "xcomp", "advcl", "acomp"})

SUBJECT_OBJECT = rule(
    "relations.subject-object", "A relation verb (“accuse”, “meet”, “criticise” ...) with one actor as "
    "its subject and another as its object, or after the verb's preposition (“met with”), links them; "
    "conjoined subjects and objects each link.",
    examples=[("Russia accused Ukraine of shelling the dam on Tuesday.",
               {"relation": ("Russia", "accuses", "Ukraine")}),
              ("Angela Merkel met Emmanuel Macron in Paris on Friday.",
               {"relation": ("Angela Merkel", "meets", "Emmanuel Macron"),
                "no_relation": ("Angela Merkel", "meets", "Paris")}),
              ("Russia and Iran criticised the United States and the European Union on Monday.",
               {"relation": ("Iran", "criticises", "European Union")}),
              ("Olaf Brandt met Anna Berg in Oslo and later criticised Tomas Reyes.",
               {"relation": ("Olaf Brandt", "criticises", "Tomas Reyes")}),
              ("Olaf Brandt is due to meet Anna Berg in Oslo next week.",
               {"relation": ("Olaf Brandt", "meets", "Anna Berg")})],
    counter=[("The meeting between Angela Merkel and Emmanuel Macron in Paris lasted an hour.",
              {"no_relation": ("Angela Merkel", "meets", "Emmanuel Macron")})])
PASSIVE_AGENT = rule(
    "relations.passive-agent", "A passive relation verb links its agent to its subject: “Ukraine was "
    "criticised by the EU” is the EU criticising Ukraine.",
    examples=[("Ukraine was criticised by the European Union for the delay.",
               {"relation": ("European Union", "criticises", "Ukraine")})],
    counter=[("Ukraine was criticised for the delay, Olaf Brandt said.",
              {"no_relation": ("Ukraine", "criticises", "Olaf Brandt")})])
UNREAL = rule(
    "relations.unreal", "A denied or conditional act links nobody: “did not attack”, “if Russia attacks”.",
    effect="-",
    examples=[("Olaf Brandt said he would be happy to meet Anna Berg.",
               {"no_relation": ("Olaf Brandt", "meets", "Anna Berg")}),
              ("Ukraine did not attack Russia on Sunday.", {"no_relation": ("Ukraine", "attacks", "Russia")}),
              ("Olaf Brandt refused to meet Anna Berg in Oslo.",
               {"no_relation": ("Olaf Brandt", "meets", "Anna Berg")}),
              ("Sweden will punish Russia if Russia attacks Finland.",
               {"no_relation": ("Russia", "attacks", "Finland")})],
    counter=[("Ukraine attacked Russia on Sunday.", {"relation": ("Ukraine", "attacks", "Russia")})])
TOLD = rule(
    "relations.told", "An act told inside quotation marks is the speaker's words, not a charted fact: the "
    "speaker speaks about both actors instead (reported speech is kept: its sentence names who says so).",
    effect="-",
    examples=[("“Russia attacked Ukraine again,” Olaf Brandt said.",
               {"no_relation": ("Russia", "attacks", "Ukraine"),
                "relation": ("Olaf Brandt", "speaks_about", "Russia")})],
    counter=[("Russia attacked Ukraine again on Sunday, Olaf Brandt said.",
              {"relation": ("Russia", "attacks", "Ukraine")})])
STATEMENT_NAMES = rule(
    "relations.statement-names", "A speaker speaks about every other actor their quotation or reported "
    "statement names as an actor (not as a place: “in Iraq”, nor as a modifier: “EU money”).",
    examples=[("Anna Berg spoke to reporters in Oslo. She said Vladimir Putin was wrong about the border.",
               {"relation": ("Anna Berg", "speaks_about", "Vladimir Putin")}),
              ("“Moscow cannot be trusted,” said Olaf Brandt, the Danish foreign minister.",
               {"relation": ("Olaf Brandt", "speaks_about", "Moscow")})],
    counter=[("“We were wrong about the border,” said Olaf Brandt.",
              {"no_relation": ("Olaf Brandt", "speaks_about", "Olaf Brandt")}),
             ("“Life in Kabul was hard,” said Olaf Brandt.",
              {"no_relation": ("Olaf Brandt", "speaks_about", "Kabul")})])


@dataclass(frozen=True)
class _Found:
    """One relation and where its evidence starts (relations are kept in text order)."""

    at: int
    relation: Relation


def find_relations(doc: Any, index: Referents, claims: list[Claim]) -> list[Relation]:
    """The article's relations in text order: verb relations and what speakers speak about,
    deduplicated, without self-loops, at most ``MAX_RELATIONS``."""
    found = sorted([*_verb_relations(doc, index), *_statement_relations(doc, index, claims)],
                   key=lambda f: f.at)
    return unique_relations([f.relation for f in found])[:MAX_RELATIONS]


# --- subject, verb, object -------------------------------------------------------------------------

def _verb_relations(doc: Any, index: Referents) -> Iterator[_Found]:
    layout = layout_of(doc)
    for verb in layout.tokens_among(layout.by_pos, ("VERB",)):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or layout.is_furniture(verb.idx) \
                or (lemma not in lexicon.RELATION_VERBS and lemma not in lexicon.RELATION_PREPOSITIONS):
            continue
        pairs = list(_pairs(verb, lemma, index))
        if not pairs:
            continue
        start, end = verb.idx, verb.idx + len(verb)
        if _unreal(verb):
            fire(doc, UNREAL, start, end, verb.text)
            continue
        if index.in_quote(verb.idx):
            fire(doc, TOLD, start, end, verb.text)
            continue
        evidence = layout.sentence_at(verb.i).text.strip()
        for source, target, kind, why in pairs:
            fire(doc, why, start, end, f"{source.name} {kind} {target.name}")
            yield _Found(verb.idx, Relation(source=source.name, target=target.name, kind=kind,  # type: ignore[arg-type]
                                            evidence=evidence))


def _pairs(verb: Any, lemma: str, index: Referents) -> Iterator[tuple[Actor, Actor, str, Rule]]:
    """(source, target, kind, rule) for each actor pair the verb links."""
    own = lexicon.RELATION_VERBS.get(lemma)
    deps = layout_of(verb.doc).deps
    children = list(verb.children)
    passive = any(deps[c.i] in ("nsubjpass", "auxpass") for c in children)
    subjects = _subjects(verb)
    if passive:
        agents = [o for c in children if deps[c.i] == "agent" for o in c.children if deps[o.i] == "pobj"]
        if own is not None:
            for target in _actors(subjects, index):
                for source in _actors(agents, index):
                    yield source, target, own, PASSIVE_AGENT
        return
    sources = _actors(subjects, index)
    if not sources:
        return
    targets: list[tuple[Any, str]] = []
    if own is not None:
        targets += [(c, own) for c in children if deps[c.i] in ("dobj", "dative")]
    for prep in (c for c in children if deps[c.i] == "prep"):
        kind = lexicon.RELATION_PREPOSITIONS.get(lemma, {}).get(prep.lower_)
        if kind is not None:
            targets += [(o, kind) for o in prep.children if o.dep_ == "pobj"]
    for head, kind in targets:
        for target in _actors([head], index):
            for source in sources:
                yield source, target, kind, SUBJECT_OBJECT


def _subjects(verb: Any) -> list[Any]:
    """The verb's subjects; a verb without its own takes those of the verb it is conjoined to ("Merkel
    met Macron and praised Rutte") or completes ("is due to meet Macron", "before visiting Kyiv, she
    ..."); a relative pronoun stands for the noun its clause describes."""
    head = verb
    for _ in range(8):
        found = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            if head.dep_ == "relcl" and found[0].lower_ in _RELATIVES:
                return [head.head]
            return found
        if head.dep_ not in _INHERITING or head.head.i == head.i:
            return []
        head = head.head
    return []


def _conjuncts(token: Any) -> list[Any]:
    """``token`` and every token conjoined to it ("Russia and Iran", "Oslo, Bergen and Tromsø")."""
    found: list[Any] = []
    todo = [token]
    while todo and len(found) < 12:
        current = todo.pop(0)
        found.append(current)
        todo.extend(c for c in current.children if c.dep_ == "conj")
    return found


def _actors(heads: list[Any], index: Referents) -> list[Actor]:
    """The distinct actors the phrases with these heads (and their conjuncts) stand for."""
    found: dict[str, Actor] = {}
    for head in heads:
        for token in _conjuncts(head):
            actor = _actor_of(token, index)
            if actor is not None:
                found.setdefault(actor.name, actor)
    return list(found.values())


def _actor_of(token: Any, index: Referents) -> Actor | None:
    """The actor a phrase's head names, or a "he"/"she" the referents resolved, or a description
    with a title ("the minister") they resolve; never an actor named only inside the phrase ("the
    meeting between Merkel and Macron" is a meeting) nor a description as vague as "the government"."""
    named = index.actor_at(token.i)
    if named is not None:
        return named
    if token.lower_ in ("he", "she"):
        return index.antecedent(token.i)
    if token.pos_ == "PROPN":
        phrase = span_text(token.doc, token.left_edge.i, token.i + 1)
        return index.resolve(phrase) or index.resolve(token.text)
    if token.pos_ == "NOUN" and token.lower_ in lexicon.TITLE_WORDS \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return index.by_title(span_text(token.doc, token.left_edge.i, token.i + 1), token.i)
    return None


def _unreal(verb: Any) -> bool:
    """Denied ("did not meet", "never met"), a condition ("if Russia attacks", "would meet"), or the
    complement of a verb that keeps it from happening ("refused to meet", "threatened to attack")."""
    head = verb
    for _ in range(4):
        if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in _UNREAL_MARKS)
               or (c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS) for c in head.children):
            return True
        if head.dep_ not in ("xcomp", "acomp") or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in lexicon.UNREAL_CONTROLLERS:
            return True
    return False


# --- statements --------------------------------------------------------------------------------

def _statement_relations(doc: Any, index: Referents, claims: list[Claim]) -> Iterator[_Found]:
    """The speaker of each statement speaks about every other actor it names."""
    text = index.text
    starts = [t.idx for t in layout_of(doc).tokens]
    searched: dict[str, int] = {}
    for claim in claims:
        speaker = index.resolve(claim.speaker) if claim.speaker else None
        if speaker is None:
            continue
        at = text.find(claim.text, searched.get(claim.text, 0))
        if at < 0:
            continue
        searched[claim.text] = at + 1  # a repeated statement is looked for after the last one
        end = at + len(claim.text)
        named: dict[str, Actor] = {}
        for i in range(bisect_left(starts, at), bisect_left(starts, end)):
            actor, mention = index.actor_at(i), index.mention_at(i)
            if actor is not None and actor is not speaker and mention is not None and _as_actor(mention):
                named.setdefault(actor.name, actor)
        evidence = " ".join((claim.context or claim.text).split())
        for actor in named.values():
            fire(doc, STATEMENT_NAMES, at, end, f"{speaker.name} speaks about {actor.name}")
            yield _Found(at, Relation(source=speaker.name, target=actor.name, kind="speaks_about",
                                      evidence=evidence))


def _as_actor(mention: Mention) -> bool:
    """Named as someone who acts or is acted on, not as a place ("in Iraq"), a modifier ("EU farm
    money") or page furniture."""
    return not (mention.locative or mention.placed or mention.attributive or mention.geographic
                or mention.hyphenated or mention.furniture)
