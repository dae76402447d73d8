"""Several articles on one event -> one brief, with each fact traced to the sources that report it.

Two outlets quoting the same words, or giving the same figure, corroborate each other; an analyst
needs that marked (``corroborated: true`` and the source ids) and needs each actor once, however
each outlet spelled the name. Items are only ever merged across different sources: two similar
quotes inside one article are two statements.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

from reportgen.brief import Actor, Brief, Claim, Number, Outlook, Place, Relation, Source, TimelineEntry
from reportgen.extract import lexicon
from reportgen.extract.conflicts import find_conflicts, unit_key
from reportgen.vocab import RELATION_KINDS

#: Share of the shorter text's words that must occur in the other for two quotes to be one.
TEXT_OVERLAP = 0.8
#: Quotes shorter than this many distinct words must match exactly (three words match too easily).
MIN_OVERLAP_WORDS = 4
#: Relative difference under which two figures are the same figure.
NUMBER_TOLERANCE = 0.01
#: Share of the shorter event's words the other must hold for two dated events (same date) to be one.
EVENT_OVERLAP = 0.5
#: Sentences in the merged summary.
SUMMARY_MAX = 4
#: Most relations a merged brief keeps (in source order).
MERGED_RELATIONS = 100

#: Words a person's name can open with in one brief and not another ("Dr", "President"): one
#: vocabulary with the extraction's honorifics and titles.
_HONORIFICS = frozenset(w.rstrip(".") for w in {*lexicon.HONORIFICS, *lexicon.TITLE_WORDS} if " " not in w)
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                         "‹": "'", "›": "'", "`": "'"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def merge_briefs(briefs: Sequence[Brief]) -> Brief:
    """One brief of the event told by ``briefs`` (in source order: ids become s1..sN).

    Title, ``source`` and generator info come from the first brief; actors are merged by name,
    alias and surname; quotes, figures and outlook reported by several sources become one entry
    listing every source; the summary is the first source's lead plus the others' top new sentences.
    Figures from several sources get ids (n1..) and those that disagree are listed in ``conflicts``.
    Relations follow the merged actor names and are kept once, with the first source's evidence.
    """
    if not briefs:
        raise ValueError("merge_briefs needs at least one brief")
    briefs = [deepcopy(b) for b in briefs]
    sources = _renumber(briefs)
    actors, renames = merge_actors([b.actors for b in briefs])
    for brief, rename in zip(briefs, renames, strict=True):
        spoken: list[Claim | Outlook] = [*brief.claims, *brief.outlook]
        for item in spoken:
            item.speaker = rename.get(item.speaker, item.speaker) if item.speaker else item.speaker
        brief.relations = renamed_relations(brief.relations, rename)
        for entry in brief.timeline:
            entry.actors = _unique(rename.get(a, a) for a in entry.actors)
    first = briefs[0]
    numbers = _merge_items([b.numbers for b in briefs], _same_number, _join_numbers,
                           lambda n: unit_key(n.unit))
    conflicts = []
    if len(sources) > 1:  # figures get ids so conflicts between sources can name them
        for i, number in enumerate(numbers, 1):
            number.id = f"n{i}"
        conflicts = find_conflicts(numbers, {s.id: s.published for s in sources})
    return Brief(
        title=first.title,
        source=sources[0],
        sources=sources,
        summary=merge_summary([b.summary for b in briefs]),
        actors=actors,
        places=_merge_places(briefs, renames),
        numbers=numbers,
        claims=_merge_items([b.claims for b in briefs], _same_claim, _join_claims,
                            text=(lambda c: c.text, TEXT_OVERLAP)),
        outlook=_merge_items([b.outlook for b in briefs], _same_outlook, _join_outlook,
                             text=(lambda o: o.text, TEXT_OVERLAP)),
        conflicts=conflicts,
        relations=unique_relations([r for b in briefs for r in b.relations])[:MERGED_RELATIONS],
        timeline=merge_timelines([b.timeline for b in briefs]),
        generated=first.generated,
        schema_version=first.schema_version,
    )


# --- sources ---------------------------------------------------------------------------------

def _renumber(briefs: list[Brief]) -> list[Source]:
    """Give every source a fresh id s1..sN in order and point each item at its new id."""
    sources: list[Source] = []
    for brief in briefs:
        own = brief.sources or [brief.source]
        mapping: dict[str, str] = {}
        for source in own:
            new = replace(source, id=f"s{len(sources) + 1}")
            mapping.setdefault(source.id, new.id)
            sources.append(new)
        default = mapping.get(brief.source.id, next(iter(mapping.values())))
        sourced: list[Number | Claim | Outlook | TimelineEntry] = [*brief.numbers, *brief.claims,
                                                                   *brief.outlook, *brief.timeline]
        for item in sourced:
            item.sources = _unique(mapping.get(s, default) for s in item.sources) or [default]
        for relation in brief.relations:
            relation.source_id = mapping.get(relation.source_id, default)
    return sources


# --- places ----------------------------------------------------------------------------------

def _merge_places(briefs: Sequence[Brief], renames: Sequence[dict[str, str]]) -> list[Place]:
    """One place per (merged) name: the first source's coordinates, mentions added up, lead if any
    source leads with it."""
    merged: dict[str, Place] = {}
    for brief, rename in zip(briefs, renames, strict=True):
        for place in brief.places:
            name = rename.get(place.name, place.name)
            if name not in merged:
                merged[name] = replace(place, name=name)
            else:
                merged[name].mentions += place.mentions
                merged[name].lead = merged[name].lead or place.lead
    return list(merged.values())


# --- actors ----------------------------------------------------------------------------------

@dataclass
class _Group:
    """Actors from one or more briefs that are the same entity. What finding a group asks of it (its
    names, their keys, its members' names, its type) is kept up to date as members join, so merging
    a thousand briefs that name the same person is linear, not quadratic."""

    members: list[Actor] = field(default_factory=list)
    order: int = 0
    names: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    member_names: set[str] = field(default_factory=set)
    #: Mentions per type, types in the order members first gave them.
    weight: dict[str, int] = field(default_factory=dict)
    #: The type most mentions give (the model sometimes calls a place a person); on a tie, the type
    #: the earliest member gave.
    type: str = ""

    def add(self, actor: Actor) -> None:
        self.members.append(actor)
        self.member_names.add(actor.name)
        for name in (actor.name, *actor.aliases):
            if name not in self.names:
                self.names.append(name)
                self.keys.add(_name_key(name))
        self.weight[actor.type] = self.weight.get(actor.type, 0) + actor.mentions
        first = list(self.weight)
        self.type = max(first, key=lambda t: (self.weight[t], -first.index(t)))

    @property
    def is_person(self) -> bool:
        return self.type == "person"


def merge_actors(per_brief: Sequence[Sequence[Actor]]) -> tuple[list[Actor], list[dict[str, str]]]:
    """Actors merged across briefs, and for each brief a map from its names to the merged names.

    Same entity: a shared name or alias (case and "the" ignored), or, for people, a compatible
    name ("Putin", "Mr Putin", "V. Putin" and "Vladimir Putin"); a surname that fits two
    different people stays a separate actor rather than being guessed.
    """
    found = _Groups()
    placed: list[list[_Group]] = []
    for actors in per_brief:
        placed.append([])
        for actor in actors:
            placed[-1].append(found.add(actor, _find_group(actor, found)))
    groups = found.groups
    merged = {id(g): _merge_group(g) for g in groups}
    renames = []
    for actors, homes in zip(per_brief, placed, strict=True):
        rename: dict[str, str] = {}
        for actor, group in zip(actors, homes, strict=True):
            for name in (actor.name, *actor.aliases):
                rename.setdefault(name, merged[id(group)].name)
        renames.append(rename)
    ranked = sorted(groups, key=lambda g: (not merged[id(g)].key, -merged[id(g)].salience,
                                           -merged[id(g)].mentions, g.order))
    return [merged[id(g)] for g in ranked], renames


class _Groups:
    """The groups found so far, in order, and indexed by the keys of their names and the surnames of
    their members' names: a group that shares a name with an actor, or whose members all fit a
    person's name (they share its surname), is looked for among those alone, not among every group
    (merging the 840 PolNeAR briefs compared each of 18,000 actors with thousands of groups)."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self._by_key: dict[str, list[_Group]] = defaultdict(list)
        self._by_surname: dict[str, list[_Group]] = defaultdict(list)
        self._surnames: list[set[str]] = []

    def add(self, actor: Actor, group: _Group | None) -> _Group:
        """Add ``actor`` to ``group``, or to a new group when None; returns the group."""
        if group is None:
            group = _Group(order=len(self.groups))
            self.groups.append(group)
            self._surnames.append(set())
        new_keys = {_name_key(n) for n in (actor.name, *actor.aliases)} - group.keys
        group.add(actor)
        for key in new_keys:
            self._by_key[key].append(group)
        tokens = _person_tokens(actor.name)
        if tokens and tokens[-1] not in self._surnames[group.order]:
            self._surnames[group.order].add(tokens[-1])
            self._by_surname[tokens[-1]].append(group)
        return group

    def with_keys(self, keys: Iterable[str]) -> list[_Group]:
        """The groups with any of ``keys`` among their names' keys, in order."""
        found = {g.order: g for key in keys for g in self._by_key.get(key, ())}
        return [found[order] for order in sorted(found)]

    def of_surname(self, name: str) -> list[_Group]:
        """The groups, in order, with a member whose name ends in the surname of ``name``: all those
        whose every member's name ``_same_person`` fits ``name``, and others."""
        tokens = _person_tokens(name)
        return sorted(self._by_surname.get(tokens[-1], []), key=lambda g: g.order) if tokens else []


def _find_group(actor: Actor, found: _Groups) -> _Group | None:
    keys = {_name_key(n) for n in (actor.name, *actor.aliases)}
    # a name of two or more words is one entity whatever type each outlet's model gave it
    multiword = {k for k in keys if " " in k}
    if actor.type != "person":
        return next((g for g in found.with_keys(keys) if (multiword if g.is_person else keys) & g.keys), None)
    key = _name_key(actor.name)
    if key in multiword:
        place = next((g for g in found.with_keys([key]) if not g.is_person and key in g.keys), None)
        if place is not None:
            return place
    # people: canonical names must fit every member (a shared alias "Clinton" is not enough)
    fitting = [g for g in found.of_surname(actor.name)
               if g.is_person and all(_same_person(actor.name, n) for n in g.member_names)]
    exact = [g for g in fitting if key in g.keys]
    for candidates in (exact, fitting):
        if len(candidates) == 1:
            return candidates[0]
    return None  # a surname that fits two people: better a separate actor than a wrong merge


def _merge_group(group: _Group) -> Actor:
    members = group.members
    kind = group.type
    # people: the fullest form without titles ("Barack Obama"); others: the first outlet's form
    name = (max((m.name for m in members if m.type == kind), key=_fullness) if group.is_person
            else next(m.name for m in members if m.type == kind))
    return Actor(
        name=name,
        type=kind,  # type: ignore[arg-type]
        aliases=[n for n in group.names if n != name],
        role=next((a.role for a in members if a.role), None),
        mentions=sum(a.mentions for a in members),
        key=any(a.key for a in members),
        salience=max(a.salience for a in members),
    )


def _fullness(name: str) -> tuple[int, int, int]:
    """More name parts, then whole first names over initials, then fewer titles."""
    tokens = _person_tokens(name)
    return len(tokens), sum(len(t) for t in tokens), -len(name)


def _name_key(name: str) -> str:
    text = _fold(name)
    text = re.sub(r"^the ", "", text)
    return re.sub(r"'s$", "", text)


@lru_cache(maxsize=16_384)  # the same names are compared again and again across briefs
def _person_tokens(name: str) -> tuple[str, ...]:
    words = _WORD.findall(_fold(name).replace(".", " "))
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return tuple(words)


def _same_person(a: str, b: str) -> bool:
    """Names that can be one person: same surname, and first names equal or an initial of each other."""
    ta, tb = _person_tokens(a), _person_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    fa, fb = ta[0], tb[0]
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


# --- relations ---------------------------------------------------------------------------------

def relation_key(relation: Relation) -> tuple[str, str, str]:
    """What makes two relations one: source, target and kind; a mutual kind ("meets") either way."""
    kind = RELATION_KINDS.get(relation.kind)
    ends = (relation.source, relation.target)
    if kind is not None and kind.mutual:
        ends = (min(ends), max(ends))
    return (*ends, relation.kind)


def unique_relations(relations: list[Relation]) -> list[Relation]:
    """``relations`` without self-loops and repeats, each kept with its first evidence."""
    seen: set[tuple[str, str, str]] = set()
    kept: list[Relation] = []
    for relation in relations:
        key = relation_key(relation)
        if relation.source == relation.target or key in seen:
            continue
        seen.add(key)
        kept.append(relation)
    return kept


def renamed_relations(relations: Sequence[Relation], rename: dict[str, str]) -> list[Relation]:
    """``relations`` between the merged actors (``rename``: a brief's names -> merged names)."""
    return [replace(r, source=rename.get(r.source, r.source), target=rename.get(r.target, r.target))
            for r in relations]


# --- claims, numbers, outlook ------------------------------------------------------------------

Item = TypeVar("Item", Claim, Number, Outlook, TimelineEntry)


def _merge_items(per_brief: Sequence[Sequence[Item]], same: Callable[[Item, Item], bool],
                 join: Callable[[Item, Item], Item],
                 bucket: Callable[[Item], str] = lambda item: "",
                 text: tuple[Callable[[Item], str], float] | None = None) -> list[Item]:
    """Items in source order; one reported by another source too is joined into the earlier entry.

    Only items in one ``bucket`` are compared (a figure with one of the same unit), so a thousand
    sources' figures are not each compared with every other. ``text``: ``(text of an item, least
    overlap)`` when ``same`` holds only for items whose texts overlap that much (``text_overlap``)
    and ``join`` keeps the earlier item's text; then only earlier items that share enough words
    are compared (:class:`_OverlapIndex`), so a thousand sources' quotes are not each compared with
    every other either. The entry joined into is the same: the first that ``same`` accepts."""
    merged: list[Item] = []
    buckets: dict[str, list[int]] = {}
    indexes: dict[str, _OverlapIndex] = {}
    ranks = _word_ranks(text[0](item) for items in per_brief for item in items) if text else {}
    for items in per_brief:
        for item in items:
            key = bucket(item)
            if text is None:
                candidates = buckets.setdefault(key, [])
            else:
                candidates = indexes.setdefault(key, _OverlapIndex(text[1], ranks)).candidates(text[0](item))
            match = next((i for i in candidates
                          if set(merged[i].sources).isdisjoint(item.sources) and same(merged[i], item)), None)
            if match is None:
                if text is None:
                    candidates.append(len(merged))
                else:
                    indexes[key].add(len(merged), text[0](item))
                merged.append(item)
            else:
                merged[match] = join(merged[match], item)
    return merged


def _word_ranks(texts: Iterable[str]) -> dict[str, int]:
    """Each word of ``texts`` -> its place when rarer words (fewer texts have them) come first."""
    counts = Counter(word for text in set(texts) for word in words_of(text))
    return {word: rank for rank, word in enumerate(sorted(counts, key=lambda w: (counts[w], w)))}


class _OverlapIndex:
    """Texts, by number, so that those whose ``text_overlap`` with a new text can reach ``least`` are
    found without comparing it with every one.

    A text without words matches only one it folds to (``_fold``). Otherwise two texts reaching
    ``least`` share at least ``needed(n)`` of their words, ``n`` the smaller's number of words (all of
    them below ``MIN_OVERLAP_WORDS``), so the smaller misses at most ``n - needed(n)`` words of the
    other: any ``n - needed(n) + 1`` of its words, its rarest here (``ranks``), hold a shared one.
    When the earlier text has at least as many words, one of the new text's rarest is among its words
    (``_every``); when it has fewer, one of its own rarest is among the new text's (``_rarest``).
    """

    def __init__(self, least: float, ranks: dict[str, int]) -> None:
        if least <= 0:
            raise ValueError("an overlap index needs a least overlap above 0")
        self._least = least
        self._ranks = ranks
        self._every: dict[str, list[int]] = defaultdict(list)
        self._rarest: dict[str, list[int]] = defaultdict(list)
        self._wordless: dict[str, list[int]] = defaultdict(list)
        self._sizes: dict[int, int] = {}

    def _needed(self, size: int) -> int:
        """Fewest shared words that give texts whose smaller has ``size`` words ``least`` overlap."""
        if size < MIN_OVERLAP_WORDS:
            return size  # short texts must match whole
        return next(shared for shared in range(size + 1) if shared / size >= self._least)

    def _rarest_of(self, words: frozenset[str]) -> list[str]:
        ranked = sorted(words, key=lambda w: self._ranks.get(w, -1))
        return ranked[:len(words) - self._needed(len(words)) + 1]

    def add(self, number: int, text: str) -> None:
        words = words_of(text)
        if not words:
            self._wordless[_fold(text)].append(number)
            return
        self._sizes[number] = len(words)
        for word in words:
            self._every[word].append(number)
        for word in self._rarest_of(words):
            self._rarest[word].append(number)

    def candidates(self, text: str) -> list[int]:
        """The numbers, in order, of the texts added that may overlap ``text`` by ``least`` or more."""
        words = words_of(text)
        if not words:
            return self._wordless.get(_fold(text), [])
        found = {n for word in self._rarest_of(words) for n in self._every.get(word, ())
                 if self._sizes[n] >= len(words)}
        found.update(n for word in words for n in self._rarest.get(word, ()) if self._sizes[n] < len(words))
        return sorted(found)


def _same_speaker(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _same_claim(a: Claim, b: Claim) -> bool:
    return _same_speaker(a.speaker, b.speaker) and text_overlap(a.text, b.text) >= TEXT_OVERLAP


def _join_claims(a: Claim, b: Claim) -> Claim:
    return replace(a, speaker=a.speaker or b.speaker, kind="quote" if "quote" in (a.kind, b.kind) else a.kind,
                   cue=a.cue or b.cue, context=a.context or b.context,
                   unnamed_speaker=None if a.speaker or b.speaker else a.unnamed_speaker or b.unnamed_speaker,
                   speaker_role=a.speaker_role or b.speaker_role,
                   sources=_unique([*a.sources, *b.sources]), corroborated=True)


def _same_number(a: Number, b: Number) -> bool:
    if unit_key(a.unit) != unit_key(b.unit):
        return False
    scale = max(abs(a.value), abs(b.value))
    return abs(a.value - b.value) <= NUMBER_TOLERANCE * scale if scale else True


def _join_numbers(a: Number, b: Number) -> Number:
    return replace(a, approximate=a.approximate or b.approximate, context=a.context or b.context,
                   sources=_unique([*a.sources, *b.sources]), corroborated=True)


def _same_outlook(a: Outlook, b: Outlook) -> bool:
    return _same_speaker(a.speaker, b.speaker) and text_overlap(a.text, b.text) >= TEXT_OVERLAP


def _join_outlook(a: Outlook, b: Outlook) -> Outlook:
    return replace(a, horizon=a.horizon or b.horizon, speaker=a.speaker or b.speaker,
                   sources=_unique([*a.sources, *b.sources]))


def merge_timelines(per_brief: Sequence[Sequence[TimelineEntry]]) -> list[TimelineEntry]:
    """Every source's dated events, one entry for an event two sources date alike (same date and
    precision, most of the shorter event's words in the other), oldest first. An undated entry is
    never joined: "on Monday" in two articles of different days is two days."""
    from reportgen.extract.timeline import ordered_entries

    merged = _merge_items(per_brief, _same_event, _join_events,
                          lambda e: f"{e.date}/{e.precision}" if e.date else f"undated/{id(e)}")
    return ordered_entries(merged)


def _same_event(a: TimelineEntry, b: TimelineEntry) -> bool:
    return a.date is not None and a.date == b.date and text_overlap(a.event, b.event) >= EVENT_OVERLAP


def _join_events(a: TimelineEntry, b: TimelineEntry) -> TimelineEntry:
    return replace(a, actors=_unique([*a.actors, *b.actors]), sources=_unique([*a.sources, *b.sources]))


# --- summary -----------------------------------------------------------------------------------

def merge_summary(summaries: Sequence[Sequence[str]], limit: int = SUMMARY_MAX) -> list[str]:
    """The first source's lead, then each other source's best sentence that says something new.

    The first source keeps ``limit - (others)`` sentences (at least one) so each other source can
    add one; slots left over go back to the first source's remaining sentences.
    """
    if not summaries:
        return []
    first, others = list(summaries[0]), summaries[1:]
    chosen = first[:max(1, limit - len(others))]
    for summary in others:
        new = next((s for s in summary if _is_new(s, chosen)), None)
        if new is not None and len(chosen) < limit:
            chosen.append(new)
    for sentence in first[len(chosen):]:
        if len(chosen) >= limit:
            break
        if _is_new(sentence, chosen):
            chosen.append(sentence)
    return chosen[:limit]


def _is_new(sentence: str, chosen: Sequence[str]) -> bool:
    return all(text_overlap(sentence, c) < TEXT_OVERLAP for c in chosen)


# --- text helpers ------------------------------------------------------------------------------

def _fold(text: str) -> str:
    """Case, quote style, compatibility forms and spacing removed."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold().split())


@lru_cache(maxsize=16_384)  # each text is compared with every earlier one
def words_of(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(_fold(text)))


def text_overlap(a: str, b: str) -> float:
    """Share of the shorter text's distinct words found in the other (1.0 for equal texts)."""
    wa, wb = words_of(a), words_of(b)
    if not wa or not wb:
        return 1.0 if _fold(a) == _fold(b) else 0.0
    if wa == wb:
        return 1.0
    if min(len(wa), len(wb)) < MIN_OVERLAP_WORDS:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
