"""conflicts[] and number ids in the schema: optional, cross-checked, and absent from single-source briefs."""

from __future__ import annotations

import pytest

from reportgen.brief import Brief, Conflict, Number, Source, brief_to_yaml, parse_brief
from reportgen.errors import InputError


def _brief(conflicts: list[Conflict], second_id: str = "n2") -> Brief:
    sources = [Source(title="A", outlet="Wire A", id="s1"), Source(title="B", outlet="Wire B", id="s2")]
    numbers = [Number(12, "dead", "12 dead", sources=["s1"], id="n1"),
               Number(15, "killed", "15 killed", sources=["s2"], id=second_id)]
    return Brief(title="Ferry sinks", source=sources[0], sources=sources, numbers=numbers,
                 conflicts=conflicts)


def test_a_conflict_names_numbers_by_id_and_round_trips() -> None:
    brief = _brief([Conflict("deaths", ["n1", "n2"])])
    text = brief_to_yaml(brief)
    assert "- id: n1\n  value: 12\n" in text
    assert "conflicts:\n- kind: number\n  about: deaths\n  numbers:\n  - n1\n  - n2\n" in text
    assert parse_brief(text).conflicts == brief.conflicts


def test_a_conflict_naming_a_missing_number_is_an_error() -> None:
    text = brief_to_yaml(_brief([Conflict("deaths", ["n1", "n9"])]))
    with pytest.raises(InputError, match=r"conflicts/0/numbers/1: number 'n9' is not the id"):
        parse_brief(text, "ferry.yaml")


def test_a_number_id_given_twice_is_an_error() -> None:
    text = brief_to_yaml(_brief([], second_id="n1"))
    with pytest.raises(InputError, match=r"numbers/1/id: number id 'n1' is given twice"):
        parse_brief(text, "ferry.yaml")


@pytest.mark.parametrize("conflict, problem", [
    ("- kind: number\n  about: deaths\n  numbers: [n1]\n", "should be non-empty|is too short"),
    ("- kind: claim\n  about: deaths\n  numbers: [n1, n2]\n", "not one of number"),
    ("- kind: number\n  numbers: [n1, n2]\n", "about' is required"),
])
def test_the_schema_checks_each_conflict(conflict: str, problem: str) -> None:
    text = brief_to_yaml(_brief([])) + "conflicts:\n" + conflict
    with pytest.raises(InputError, match=problem):
        parse_brief(text, "ferry.yaml")


def test_a_single_source_brief_writes_neither() -> None:
    brief = Brief(title="Ferry sinks", source=Source(title="A"), numbers=[Number(12, "dead", "12 dead")])
    text = brief_to_yaml(brief)
    assert "conflicts" not in text and "id: n" not in text
