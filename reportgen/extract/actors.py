"""Actors: the people, organisations, countries, places and named groups an article is about.

Three layers build them: ``mentions`` finds every place the text names a possible actor,
``referents`` groups the mentions into actors and resolves names, pronouns and descriptions to them,
and this module ranks the actors by how much the story is about them (salience) and marks the key
ones.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportgen.brief import Actor, Claim
from reportgen.extract.mentions import find_mentions
from reportgen.extract.names import person_shaped
from reportgen.extract.referents import Referents, resolve_referents


def find_actors(doc: Any) -> tuple[list[Actor], Referents]:
    """The article's actors (canonical name, type, aliases, role, mentions) and their referents."""
    return resolve_referents(doc, find_mentions(doc))


def rank_actors(actors: list[Actor], claims: list[Claim], referents: Referents) -> None:
    """Salience from mentions, quotes and first position; ``key`` for the central actors; actors
    sorted most salient first."""
    quoted = Counter(c.speaker for c in claims if c.speaker and c.kind == "quote")
    told = Counter(c.speaker for c in claims if c.speaker)
    total = max(len(referents.doc), 1)
    first_seen = referents.first_seen
    for actor in actors:
        if quoted[actor.name] and actor.type == "organization" and person_shaped(actor.name) \
                and not actor.aliases and actor.name not in referents.impersonal:
            actor.type = "person"
        first = first_seen.get(actor.name, total) / total
        actor.salience = round(actor.mentions + 2.0 * quoted[actor.name] + told[actor.name]
                               + 3.0 * (1.0 - first), 3)
    top = max((a.salience for a in actors), default=1.0) or 1.0
    for actor in actors:
        actor.salience = round(actor.salience / top, 3)
        first = first_seen.get(actor.name, total)
        titled = actor.type == "person" and bool(actor.role)
        actor.key = bool(told[actor.name]) or actor.mentions >= 3 \
            or (actor.mentions >= 2 and (actor.salience >= 0.3 or titled)) or first < 0.1 * total
    actors.sort(key=lambda a: (-a.salience, first_seen.get(a.name, total)))
