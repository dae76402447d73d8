"""Referents: mentions grouped into the actors they stand for, and everything resolved to them.

All resolution lives here: one name form for each actor (a surname, a first name or an honorific
form to the person the text last meant; an acronym to its expansion; "Tallybird" to "Tallybird
Group"; "U.S." to "United States"; a capital used as its government to its country), the actor's
type by the votes of its mentions, its stated role, its gender, and what each "he"/"she", "the
minister" or "the company" stands for. Claims, outlook and the summary ask :class:`Referents`;
they never resolve names themselves.

The package follows the order :func:`resolve_referents` runs in:

* ``cluster``: the :class:`Cluster` of mentions one actor gathers, and the lookups merging and typing
  share (places in the gazetteer, role words);
* ``merging``: mentions grouped into clusters (surnames, acronyms, spellings, former names, a body's
  short and long forms, a capital for its government);
* ``types``: each cluster made an :class:`~reportgen.brief.Actor`: its type by its mentions' votes and
  what the text says of it, its role, its gender;
* ``descriptions``: roles read from descriptions ("the prime minister said", "its chief executive");
* ``pronouns``: the people a pronoun may stand for, and the most salient of them;
* ``resolver``: :class:`Referents`, the one object the facts layer asks;
* here: the steps chained.
"""

from __future__ import annotations

from typing import Any

from reportgen.brief import Actor
from reportgen.extract.layout import layout_of
from reportgen.extract.mentions import Mention
from reportgen.extract.referents.cluster import Cluster, role_head
from reportgen.extract.referents.descriptions import (
    describe_people,
    described_antecedents,
    name_possessors,
    roles_from_descriptions,
    roles_from_lead,
    roles_of_body_heads,
    roles_of_body_nouns,
    roles_of_its,
)
from reportgen.extract.referents.merging import (
    cluster_mentions,
    merge_capitals,
    merge_governments,
    merge_house,
)
from reportgen.extract.referents.pronouns import candidates, pronoun_antecedents
from reportgen.extract.referents.resolver import Referents, unnamed_noun
from reportgen.extract.referents.types import (
    actor_genders,
    actor_of,
    employers_named_in_roles,
    employers_not_people,
    stated_genders,
    type_speakers,
)

__all__ = ["Cluster", "Referents", "describe_people", "resolve_referents", "role_head", "type_speakers",
           "unnamed_noun"]


def resolve_referents(doc: Any, mentions: list[Mention]) -> tuple[list[Actor], Referents]:
    """The actors the mentions stand for (canonical name, type, aliases, role, mentions), and the
    referents that resolve names, pronouns and descriptions to them."""
    layout = layout_of(doc)
    parenthesised = frozenset(m.start for m in mentions if m.start > 0 and doc[m.start - 1].text == "(")
    clusters = cluster_mentions(doc, mentions, parenthesised)
    merge_capitals(clusters)
    merge_governments(doc, clusters)
    merge_house(doc, clusters)
    actors: list[Actor] = []
    pairs: list[tuple[Mention, Actor]] = []
    for cluster in clusters:
        if cluster.merged_into is not None:
            continue
        actor = actor_of(cluster, layout.title_case_headline, doc)
        if actor is None:
            continue
        actors.append(actor)
        pairs.extend((m, actor) for m in cluster.mentions)
    employers_not_people(pairs)
    employers_named_in_roles(doc, pairs)
    genders = actor_genders(doc, pairs)
    sentence_starts = [sent.start for sent in layout.sentences]
    people = candidates(doc, pairs, sentence_starts)
    guessed = set(genders) - set(stated_genders(pairs))  # from a first name alone
    referents = Referents(doc, actors, pairs, layout, genders, people, sentence_starts)
    described = described_antecedents(doc, referents, people, sentence_starts)
    antecedents = sorted(people + described, key=lambda c: c.start)
    referents.pronouns = pronoun_antecedents(doc, pairs, genders, layout, antecedents, sentence_starts,
                                             guessed)
    name_possessors(doc, pairs, referents)
    roles_from_descriptions(doc, referents)
    roles_of_its(doc, pairs, referents)
    roles_of_body_nouns(doc, pairs, referents)
    roles_of_body_heads(doc, pairs, referents)
    roles_from_lead(doc, pairs, layout)
    return actors, referents
