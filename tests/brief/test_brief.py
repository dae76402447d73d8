"""The brief: schema, YAML round trip, safe loading, errors that point at the right line."""

from __future__ import annotations

import pytest

from reportgen.brief import (
    Actor,
    Brief,
    Claim,
    Number,
    Outlook,
    Source,
    brief_to_yaml,
    parse_brief,
    schema,
    validate_data,
)
from reportgen.brief.yamlio import parse_yaml
from reportgen.errors import InputError


def sample() -> Brief:
    return Brief(
        title="Port talks stall",
        source=Source(title="Port talks stall", outlet="Wire", published="2026-03-01", path="a.txt",
                      sha256="a" * 64, words=420),
        summary=["Talks on the port stalled on Tuesday.", "Both sides blamed each other."],
        actors=[Actor(name="Ramunas Kalvaitis", type="person", aliases=["Kalvaitis"],
                      role="Finance Minister", mentions=3, key=True)],
        numbers=[Number(value=2300, unit="containers", text="more than 2,300 containers", approximate=True)],
        claims=[Claim(speaker="Kalvaitis", text="Nobody is blockading anyone.", cue="told")],
        outlook=[Outlook(text="Talks are due to resume on Tuesday.", horizon="Tuesday")],
    )


def test_round_trip_keeps_every_field() -> None:
    brief = sample()
    text = brief_to_yaml(brief)
    assert text.startswith("# yaml-language-server: $schema=")
    again = parse_brief(text)
    assert again == brief


def test_a_range_keeps_its_upper_figure_and_other_numbers_read_as_before() -> None:
    """``high`` is written after ``value`` for a range only, validates, and survives a round trip."""
    brief = sample()
    brief.numbers.append(Number(value=30, unit="miners", text="between 30 and 40 miners", approximate=True,
                                high=40))
    text = brief_to_yaml(brief)
    numbers = parse_yaml(text).data["numbers"]
    assert "high" not in numbers[0]
    assert list(numbers[1])[:3] == ["value", "high", "unit"] and numbers[1]["high"] == 40
    assert parse_brief(text) == brief


def test_yaml_field_order_and_header() -> None:
    data = parse_yaml(brief_to_yaml(sample())).data
    assert list(data)[:3] == ["schema_version", "title", "source"]
    assert data["schema_version"] == 1
    assert "sources" not in data  # only written for multi-source briefs


def test_schema_is_published_draft_2020_12() -> None:
    s = schema()
    assert s["$schema"].endswith("2020-12/schema")
    assert set(s["required"]) >= {"schema_version", "title", "source", "summary", "actors", "numbers",
                                  "claims", "outlook", "generated"}


def test_every_schema_error_has_its_line_and_column() -> None:
    text = brief_to_yaml(sample())
    text = text.replace("type: person", "type: robot").replace("value: 2300", "value: lots")
    doc = parse_yaml(text, "b.yaml")
    issues = validate_data(doc)
    lines = text.splitlines()
    assert len(issues) == 2
    by_field = {issue.path[-1]: issue for issue in issues}
    assert "robot" in lines[by_field["type"].line - 1]
    assert "lots" in lines[by_field["value"].line - 1]
    assert by_field["type"].format("b.yaml").startswith(f"b.yaml:{by_field['type'].line}:")


def test_unknown_speaker_is_an_error() -> None:
    text = brief_to_yaml(sample()).replace("speaker: Kalvaitis", "speaker: Somebody Else")
    with pytest.raises(InputError, match="Somebody Else"):
        parse_brief(text, "b.yaml")


def test_missing_field_names_it() -> None:
    text = "\n".join(line for line in brief_to_yaml(sample()).splitlines() if not line.startswith("title:"))
    with pytest.raises(InputError) as info:
        parse_brief(text, "b.yaml")
    assert "'title' is required" in str(info.value)
    assert str(info.value).startswith("b.yaml:")


def test_python_tags_are_refused() -> None:
    with pytest.raises(InputError, match="unsupported tag"):
        parse_yaml("a: !!python/object/apply:os.system ['echo hi']", "evil.yaml")


def test_alias_bomb_is_refused() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b]\n"
    with pytest.raises(InputError, match="aliases"):
        parse_yaml(bomb, "bomb.yaml")


@pytest.mark.parametrize("text", ["a: &x one\nb: *x\n", "a: &x {k: v}\nb: *x\n", "a: &x [1]\nb: [*x]\n"])
def test_any_alias_is_refused_at_its_anchor(text: str) -> None:
    with pytest.raises(InputError, match=r"^one\.yaml:1:4: .*aliases"):
        parse_yaml(text, "one.yaml")


def test_text_in_any_script_survives_a_round_trip() -> None:
    brief = sample()
    brief.claims[0].text = "Kyiv – Київ – 東京 – ٱلْعَرَبِيَّة – 🚢 ship\u2028next\ttab "
    brief.actors[0].name = "𝔐athematical Ünïcode"
    again = parse_brief(brief_to_yaml(brief))
    assert (again.claims[0].text, again.actors[0].name) == (brief.claims[0].text, brief.actors[0].name)


def test_malformed_yaml_points_at_line() -> None:
    with pytest.raises(InputError) as info:
        parse_yaml("title: ok\nactors: [a, b\nnumbers: []\n", "bad.yaml")
    assert str(info.value).startswith("bad.yaml:")
    assert "invalid YAML" in str(info.value)


def test_markup_in_fields_survives_as_text() -> None:
    brief = sample()
    brief.claims[0].text = '<script>alert("x")</script> {{ 7*7 }}'
    again = parse_brief(brief_to_yaml(brief))
    assert again.claims[0].text == brief.claims[0].text


def test_a_misspelt_field_is_named_at_its_own_line() -> None:
    text = brief_to_yaml(sample()).replace("\noutlook:", "\noutlok:")
    issues = validate_data(parse_yaml(text, "b.yaml"))
    assert [i.message for i in issues] == ["unknown key 'outlok' (did you mean 'outlook'?)"]
    assert text.splitlines()[issues[0].line - 1].startswith("outlok:")


def test_every_object_rejects_unknown_keys_and_names_the_likely_one() -> None:
    text = brief_to_yaml(sample())
    for section, key, wrong in (("actors", "role", "rol"), ("claims", "speaker", "speakr"),
                                ("numbers", "unit", "units"), ("source", "outlet", "outlett")):
        bad = text.replace(f"\n  {key}:", f"\n  {wrong}:", 1)  # the first {section} item's key
        assert bad != text, (section, key)
        messages = [i.message for i in validate_data(parse_yaml(bad, "b.yaml"))]
        assert f"unknown key {wrong!r} (did you mean {key!r}?)" in messages, (section, messages)


def test_a_cited_source_must_be_one_of_the_briefs_sources() -> None:
    brief = sample()
    brief.claims[0].sources = ["s1", "s7"]
    issues = validate_data(parse_yaml(brief_to_yaml(brief), "b.yaml"))
    assert [i.path for i in issues] == [("claims", 0, "sources", 1)]
    assert "'s7' is not one of the brief's sources" in issues[0].message


def test_odd_source_ids_are_schema_errors_not_crashes() -> None:
    text = brief_to_yaml(sample()).replace("\n  id: s1\n", "\n  id: [s1]\n", 1)
    assert "[s1]" in text
    issues = validate_data(parse_yaml(text, "b.yaml"))
    assert [i.path for i in issues] == [("source", "id")]
