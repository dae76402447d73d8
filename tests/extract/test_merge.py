"""merge_briefs: several articles on one event become one brief with corroboration marked."""

from __future__ import annotations

import pytest

from reportgen.brief import Actor, Brief, Claim, Number, Outlook, Source, brief_to_yaml, parse_brief
from reportgen.extract.merge import merge_actors, merge_briefs, merge_summary, text_overlap


def _brief(sid: str, title: str, **parts: object) -> Brief:
    brief = Brief(title=title, source=Source(title=title, outlet=f"Outlet {sid}", id=sid, words=300),
                  **parts)  # type: ignore[arg-type]
    for item in (*brief.numbers, *brief.claims, *brief.outlook):
        item.sources = [sid]
    return brief


@pytest.fixture
def three() -> list[Brief]:
    a = _brief("s1", "Dockers strike at Port Halvard", summary=[
        "About 2,400 dock workers walked out at Port Halvard on Tuesday.",
        "The union wants a 9% pay rise.",
        "The port handles a third of the country's grain exports.",
    ], actors=[
        Actor("Mara Lindqvist", aliases=["Lindqvist"], role="union secretary", mentions=3, key=True,
              salience=0.9),
        Actor("Halvard Dockers Union", type="organization", mentions=2, key=True, salience=0.7),
        Actor("Port Halvard", type="location", mentions=2, salience=0.3),
    ], claims=[
        Claim("Mara Lindqvist", "We have waited eleven months for a fair offer"),
        Claim("Mara Lindqvist", "Nobody goes back until the offer is on paper"),
    ], numbers=[
        Number(2400, "dock workers", "About 2,400 dock workers", approximate=True),
        Number(9, "percent", "9%"),
    ], outlook=[Outlook("Talks are expected to resume on Friday.")])
    b = _brief("s1", "Port strike halts grain shipments", summary=[
        "A strike by 2,400 dockers halted grain shipments from Port Halvard.",
        "Ships queued offshore as cranes stood idle.",
    ], actors=[
        Actor("Lindqvist", role=None, mentions=2, key=True, salience=0.8),
        Actor("Jonas Berg", role="port authority director", mentions=1, key=True, salience=0.5),
        Actor("the Halvard Dockers Union", type="organization", mentions=1, salience=0.4),
    ], claims=[
        Claim("Lindqvist", "We have waited eleven months for a fair offer."),
        Claim("Jonas Berg", "Every day of this costs the port money"),
    ], numbers=[
        Number(2410, "dock worker", "2,410 dock workers"),
        Number(14, "ships", "14 ships"),
    ], outlook=[Outlook("Talks are expected to resume on Friday, officials said.")])
    c = _brief("s1", "Halvard dock strike spreads", summary=[
        "The Halvard dock strike spread to two smaller terminals on Wednesday.",
    ], actors=[
        Actor("Mr Lindqvist", mentions=1, salience=0.2),
        Actor("Jonas Berg", role="director", mentions=2, key=True, salience=0.6),
    ], claims=[
        Claim("Jonas Berg", "Every day of this costs the port money,"),
        Claim(None, "a third of the country's grain exports", kind="paraphrase"),
    ], numbers=[Number(14, "ship", "14 ships"), Number(9.5, "percent", "9.5%")])
    return [a, b, c]


def test_sources_are_numbered_and_kept(three: list[Brief]) -> None:
    merged = merge_briefs(three)
    assert [s.id for s in merged.sources] == ["s1", "s2", "s3"]
    assert merged.source == merged.sources[0]
    assert merged.source.outlet == "Outlet s1"
    assert merged.title == "Dockers strike at Port Halvard"


def test_actors_merge_by_surname_and_alias(three: list[Brief]) -> None:
    merged = merge_briefs(three)
    names = [a.name for a in merged.actors]
    assert names.count("Mara Lindqvist") == 1 and "Lindqvist" not in names and "Mr Lindqvist" not in names
    mara = merged.actor("Mara Lindqvist")
    assert mara is not None
    assert mara.mentions == 6 and mara.role == "union secretary" and mara.key
    assert set(mara.aliases) == {"Lindqvist", "Mr Lindqvist"}
    union = merged.actor("Halvard Dockers Union")
    assert union is not None and union.mentions == 3 and "the Halvard Dockers Union" in union.aliases
    berg = merged.actor("Jonas Berg")
    assert berg is not None and berg.mentions == 3 and berg.role == "port authority director"
    assert names[0] == "Mara Lindqvist"  # key actors with the highest salience first


def test_corroborated_claims_list_every_source(three: list[Brief]) -> None:
    merged = merge_briefs(three)
    waited = [c for c in merged.claims if "waited eleven months" in c.text]
    assert len(waited) == 1
    assert waited[0].sources == ["s1", "s2"] and waited[0].corroborated
    assert waited[0].speaker == "Mara Lindqvist"
    costs = [c for c in merged.claims if "costs the port money" in c.text]
    assert len(costs) == 1 and costs[0].sources == ["s2", "s3"] and costs[0].corroborated
    single = [c for c in merged.claims if c.text.startswith("Nobody goes back")]
    assert single[0].sources == ["s1"] and not single[0].corroborated
    assert len(merged.claims) == 4


def test_speakers_are_renamed_to_merged_names(three: list[Brief]) -> None:
    merged = merge_briefs(three)
    known = {n for a in merged.actors for n in (a.name,)}
    assert all(c.speaker is None or c.speaker in known for c in merged.claims)


def test_numbers_corroborate_within_one_percent_and_same_unit(three: list[Brief]) -> None:
    merged = merge_briefs(three)
    by_text = {n.text: n for n in merged.numbers}
    workers = by_text["About 2,400 dock workers"]
    assert workers.sources == ["s1", "s2"] and workers.corroborated and workers.approximate
    assert by_text["14 ships"].sources == ["s2", "s3"]
    assert by_text["9%"].sources == ["s1"] and not by_text["9%"].corroborated  # 9 vs 9.5 is not 1%
    assert by_text["9.5%"].sources == ["s3"]
    assert len(merged.numbers) == 4


def test_outlook_is_deduplicated(three: list[Brief]) -> None:
    merged = merge_briefs(three)
    assert len(merged.outlook) == 1 and merged.outlook[0].sources == ["s1", "s2"]


def test_summary_is_first_lead_plus_new_sentences_of_others(three: list[Brief]) -> None:
    merged = merge_briefs(three)
    assert merged.summary == [
        "About 2,400 dock workers walked out at Port Halvard on Tuesday.",
        "The union wants a 9% pay rise.",
        "A strike by 2,400 dockers halted grain shipments from Port Halvard.",
        "The Halvard dock strike spread to two smaller terminals on Wednesday.",
    ]


def test_merge_is_deterministic_and_leaves_inputs_alone(three: list[Brief]) -> None:
    before = [b.to_dict() for b in three]
    first = merge_briefs(three).to_dict()
    assert merge_briefs(three).to_dict() == first
    assert [b.to_dict() for b in three] == before


def test_merged_brief_is_schema_valid_and_round_trips(three: list[Brief]) -> None:
    merged = merge_briefs(three)
    again = parse_brief(brief_to_yaml(merged))
    assert again.to_dict() == merged.to_dict()
    assert len(again.sources) == 3


def test_one_brief_merges_to_itself(three: list[Brief]) -> None:
    merged = merge_briefs(three[:1])
    assert merged.claims == three[0].claims and merged.summary == three[0].summary[:4]
    assert not any(c.corroborated for c in merged.claims)


def test_no_briefs_is_an_error() -> None:
    with pytest.raises(ValueError):
        merge_briefs([])


def test_same_surname_different_people_stay_apart() -> None:
    actors, renames = merge_actors([
        [Actor("Bill Clinton", aliases=["Clinton"]), Actor("Hillary Clinton", aliases=["Clinton"])],
        [Actor("Clinton")],
    ])
    assert sorted(a.name for a in actors) == ["Bill Clinton", "Clinton", "Hillary Clinton"]
    assert renames[1] == {"Clinton": "Clinton"}


def test_titles_and_initials_fit_the_full_name() -> None:
    actors, renames = merge_actors([[Actor("President Ana Duarte")], [Actor("A. Duarte")],
                                    [Actor("Ana Duarte")], [Actor("Luis Duarte")]])
    assert sorted(a.name for a in actors) == ["Ana Duarte", "Luis Duarte"]
    assert renames[0]["President Ana Duarte"] == "Ana Duarte"


def test_people_and_places_with_one_name_do_not_merge() -> None:
    actors, _ = merge_actors([[Actor("Jordan", type="person")], [Actor("Jordan", type="country")]])
    assert len(actors) == 2


def test_quotes_inside_one_source_are_never_merged() -> None:
    claim = Claim("Mara Lindqvist", "We will not go back to work until the offer is on paper")
    one = _brief("s1", "T", actors=[Actor("Mara Lindqvist")], claims=[claim, Claim(**vars(claim))])
    two = _brief("s1", "T", actors=[Actor("Mara Lindqvist")])
    merged = merge_briefs([one, two])
    assert len(merged.claims) == 2 and not any(c.corroborated for c in merged.claims)


def test_text_overlap_ignores_quote_style_case_and_punctuation() -> None:
    assert text_overlap("We’re “not” moving, at ALL", "we're \"not\" moving at all.") == 1.0
    assert text_overlap("We will not move", "The port reopened on Monday morning") == 0.0
    assert text_overlap("no", "no way at all we said") == 0.0  # short quotes must match whole


def test_summary_limit_and_duplicates() -> None:
    first = ["One sentence about the harbour strike.", "Two sentence on the pay claim.",
             "Three sentence on grain exports.", "Four sentence on ships."]
    other = ["One sentence about the harbour strike!", "A new sentence about the police."]
    assert merge_summary([first, other]) == [*first[:3], "A new sentence about the police."]
    assert merge_summary([first]) == first


def test_multiword_name_typed_differently_is_one_actor() -> None:
    actors, renames = merge_actors([[Actor("Port Calder", type="location", mentions=4)],
                                    [Actor("Port Calder", type="person", mentions=2)]])
    assert len(actors) == 1
    assert actors[0].type == "location" and actors[0].mentions == 6
    assert renames[1] == {"Port Calder": "Port Calder"}


def test_example_articles_merge_into_one_event(nlp: object) -> None:
    """The three fictional port-strike articles in examples/multi, through the real pipeline."""
    from pathlib import Path

    from reportgen.pipeline import brief_from_files

    folder = Path(__file__).resolve().parents[2] / "examples" / "multi"
    paths = [folder / "port-strike-a.txt", folder / "port-strike-b.html", folder / "port-strike-c.md"]
    brief = brief_from_files(paths)
    assert [s.id for s in brief.sources] == ["s1", "s2", "s3"]
    assert [s.outlet for s in brief.sources][1:] == ["Harbour Ledger", "Baltic Trade Review"]
    assert [a.name for a in brief.actors].count("Mara Lindqvist") == 1
    waited = [c for c in brief.claims if c.text.startswith("We have waited eleven months")]
    assert len(waited) == 1 and waited[0].sources == ["s1", "s2", "s3"] and waited[0].corroborated
    workers = [n for n in brief.numbers if n.value == 2400]
    assert len(workers) == 1 and workers[0].corroborated and len(workers[0].sources) == 3
    assert parse_brief(brief_to_yaml(brief)).to_dict() == brief.to_dict()
