"""One brief from the briefs of consecutive pieces of one long article.

An article far longer than any news story (a transcript, a dump of a site) is extracted a piece at a
time so memory stays flat and time linear in its length. The pieces are one source, so nothing here
is corroboration: actors are merged the way several sources' actors are (by name, alias and
surname, :func:`reportgen.extract.merge.merge_actors`), speakers and relations follow their merged
names, and claims, figures, outlook and relations stay in the article's order. The lead is in the
first piece, so the title and summary come from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportgen.brief import Brief, Source


def join_pieces(briefs: Sequence[Brief], source: Source) -> Brief:
    """The brief of the whole article whose consecutive pieces gave ``briefs``; ``source`` describes
    the whole article (its words, hash and path)."""
    from reportgen.extract.merge import merge_actors, renamed_relations, unique_relations
    from reportgen.extract.relations import MAX_RELATIONS

    if not briefs:
        raise ValueError("join_pieces needs at least one brief")
    actors, renames = merge_actors([b.actors for b in briefs])
    claims, outlook, relations = [], [], []
    for brief, rename in zip(briefs, renames, strict=True):
        relations += renamed_relations(brief.relations, rename)
        claims += [replace(c, speaker=rename.get(c.speaker, c.speaker) if c.speaker else None)
                   for c in brief.claims]
        outlook += [replace(o, speaker=rename.get(o.speaker, o.speaker) if o.speaker else None)
                    for o in brief.outlook]
    first = briefs[0]
    return Brief(title=first.title, source=source, summary=list(first.summary), actors=actors,
                 numbers=[n for b in briefs for n in b.numbers], claims=claims, outlook=outlook,
                 relations=unique_relations(relations)[:MAX_RELATIONS], generated=first.generated,
                 schema_version=first.schema_version)
