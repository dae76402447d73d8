"""relations[]: optional in schema v1, checked against the actors and sources, kinds from one vocabulary."""

from __future__ import annotations

from typing import get_args

import pytest
from test_brief import sample

from reportgen.brief import Actor, Relation, brief_to_yaml, parse_brief, schema
from reportgen.brief.model import RelationKind
from reportgen.errors import InputError
from reportgen.extract import lexicon
from reportgen.vocab import RELATION_KINDS


def with_relation(**changes: str) -> str:
    brief = sample()
    brief.actors.append(Actor(name="Port Board", type="organization"))
    fields = {"source": "Ramunas Kalvaitis", "target": "Port Board", "kind": "criticises",
              "evidence": "Kalvaitis criticised the Port Board.", **changes}
    brief.relations = [Relation(**fields)]  # type: ignore[arg-type]
    return brief_to_yaml(brief)


def test_relations_round_trip_and_stay_optional() -> None:
    text = with_relation()
    again = parse_brief(text)
    assert again.relations == [Relation("Ramunas Kalvaitis", "Port Board", "criticises",
                                        "Kalvaitis criticised the Port Board.", "s1")]
    assert "relations" not in brief_to_yaml(sample())  # a brief without relations reads as before
    assert "relations" not in schema()["required"]


def test_an_alias_may_name_a_relation_end() -> None:
    assert parse_brief(with_relation(source="Kalvaitis")).relations[0].source == "Kalvaitis"


@pytest.mark.parametrize(("change", "message"), [
    ({"target": "Nobody Known"}, "target 'Nobody Known' is not the name of an actor"),
    ({"kind": "likes"}, "'likes' is not one of"),
    ({"source_id": "s7"}, "source 's7' is not one of the brief's sources"),
])
def test_a_relation_must_join_known_actors_with_a_known_kind_and_source(change: dict[str, str],
                                                                        message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_brief(with_relation(**change), "b.yaml")


def test_kinds_are_one_vocabulary() -> None:
    enum = schema()["$defs"]["relation"]["properties"]["kind"]["enum"]
    assert enum == list(RELATION_KINDS) == list(get_args(RelationKind))
    verbs = lexicon.entries("relations", "relation_verbs")
    assert set(verbs) <= set(RELATION_KINDS)
    by_preposition = {k for kinds in lexicon.RELATION_PREPOSITIONS.values() for k in kinds.values()}
    assert by_preposition <= set(RELATION_KINDS)
    lemmas = [lemma for found in verbs.values() for lemma in found]
    assert len(lemmas) == len(set(lemmas)), "a verb expresses one kind"
