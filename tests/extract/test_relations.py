"""Relations from the parse, on invented sentences: subject-verb-object between actors, passives,
conjunctions, what statements name, and the noise that must give nothing."""

from __future__ import annotations

from typing import Any

import pytest

from reportgen.brief import Actor, Brief, Relation, Source
from reportgen.extract import brief_from_doc
from reportgen.extract.merge import merge_briefs
from reportgen.extract.nlp import parse
from reportgen.extract.relations import MAX_RELATIONS
from reportgen.ingest import Article


def relations(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    brief = brief_from_doc(parse(nlp, text), Article(text=text), nlp)
    return [(r.source, r.kind, r.target) for r in brief.relations]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia accused Ukraine of shelling the dam on Tuesday.", ("Russia", "accuses", "Ukraine")),
    ("Ukraine was criticised by the European Union for the delay.",
     ("European Union", "criticises", "Ukraine")),
    ("Angela Merkel met Emmanuel Macron in Paris on Friday.", ("Angela Merkel", "meets", "Emmanuel Macron")),
    ("Angela Merkel met with Emmanuel Macron in Paris on Friday.",
     ("Angela Merkel", "meets", "Emmanuel Macron")),
    ("The Halvik Dockers Union backed Anna Berg in the vote.",
     ("Halvik Dockers Union", "supports", "Anna Berg")),
    ("Anna Berg called on the Halvik Dockers Union to end the strike.",  # "on" is a word, not YAML's true
     ("Anna Berg", "asks", "Halvik Dockers Union")),
])
def test_subject_verb_object(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(nlp, text)


def test_the_place_of_a_meeting_is_not_met(nlp: Any) -> None:
    found = relations(nlp, "Angela Merkel met Emmanuel Macron in Paris on Friday.")
    assert not [r for r in found if r[2] == "Paris"]


def test_conjunctions_are_distributed(nlp: Any) -> None:
    found = relations(nlp, "Russia and Iran criticised the United States and the European Union on Monday.")
    assert {("Russia", "criticises", "United States"), ("Russia", "criticises", "European Union"),
            ("Iran", "criticises", "United States"), ("Iran", "criticises", "European Union")} <= set(found)


def test_a_speaker_speaks_about_the_actors_their_statement_names(nlp: Any) -> None:
    text = "“Anna Berg was wrong about Vladimir Putin,” Anna Berg said, and Berg smiled."
    assert ("Anna Berg", "speaks_about", "Vladimir Putin") in relations(
        nlp, "Anna Berg spoke to reporters in Oslo. She said Vladimir Putin was wrong about the border.")
    assert all(r[0] != r[2] for r in relations(nlp, text))


def test_one_node_per_actor_and_pronouns_resolved(nlp: Any) -> None:
    text = ("Vladimir Putin met Emmanuel Macron in Moscow on Monday. Putin later criticised Olaf Scholz. "
            "He also accused Ukraine of delaying the talks.")
    found = relations(nlp, text)
    assert ("Vladimir Putin", "criticises", "Olaf Scholz") in found
    assert ("Vladimir Putin", "accuses", "Ukraine") in found
    assert "Putin" not in {end for r in found for end in (r[0], r[2])}  # one node, not two


@pytest.mark.parametrize("text", [
    "The meeting between Angela Merkel and Emmanuel Macron in Paris lasted an hour.",
    "Ukraine did not attack Russia on Sunday.",
    "If Russia attacks Finland, the talks will end.",
    "Olaf Brandt refused to meet Anna Berg in Oslo.",
    "Ukraine was criticised for the delay.",
    "Officials in Kyiv and Moscow gave no details of the talks.",
])
def test_noise_gives_no_relation(nlp: Any, text: str) -> None:
    assert [r for r in relations(nlp, text) if r[1] != "speaks_about"] == []


def test_a_quoted_act_is_the_speakers_statement(nlp: Any) -> None:
    found = relations(nlp, "“Russia attacked Ukraine again,” Olaf Brandt said.")
    assert ("Russia", "attacks", "Ukraine") not in found
    assert {("Olaf Brandt", "speaks_about", "Russia"),
            ("Olaf Brandt", "speaks_about", "Ukraine")} <= set(found)


def test_repeats_keep_the_first_evidence_and_mutual_kinds_go_either_way(nlp: Any) -> None:
    text = ("Anna Berg met Olaf Brandt in Oslo on Monday. "
            "Olaf Brandt met Anna Berg again in Bergen on Friday. "
            "Anna Berg criticised Olaf Brandt. Berg criticised Brandt once more.")
    brief = brief_from_doc(parse(nlp, text), Article(text=text), nlp)
    meets = [r for r in brief.relations if r.kind == "meets"]
    criticises = [r for r in brief.relations if r.kind == "criticises"]
    assert len(meets) == 1 and "Oslo" in meets[0].evidence
    assert len(criticises) == 1 and criticises[0].evidence == "Anna Berg criticised Olaf Brandt."


def test_relations_are_bounded(nlp: Any) -> None:
    names = [f"{first} {last}" for first in ("Anna", "Olaf", "Tomas", "Maria", "Jonas", "Erik", "Sofia")
             for last in ("Berg", "Brandt", "Reyes", "Lind", "Holm", "Dahl", "Moen")]
    text = " ".join(f"{a} criticised {b}." for a, b in zip(names, names[1:] + names[:1], strict=True))
    brief = brief_from_doc(parse(nlp, text), Article(text=text), nlp)
    assert 0 < len(brief.relations) <= MAX_RELATIONS


def test_merged_briefs_follow_merged_names_and_sources() -> None:
    def brief(source: str, target: str, names: list[Actor]) -> Brief:
        return Brief(title="t", source=Source(path="a.txt"), actors=names,
                     relations=[Relation(source, target, "criticises", f"{source} criticised {target}.")])

    first = brief("Vladimir Putin", "Olaf Scholz", [Actor("Vladimir Putin"), Actor("Olaf Scholz")])
    second = brief("Putin", "Scholz", [Actor("Putin"), Actor("Scholz")])
    third = brief("Putin", "Anna Berg", [Actor("Putin"), Actor("Anna Berg")])
    merged = merge_briefs([first, second, third])
    assert [(r.source, r.target, r.source_id) for r in merged.relations] == [
        ("Vladimir Putin", "Olaf Scholz", "s1"), ("Vladimir Putin", "Anna Berg", "s3")]
    assert merged.relations[0].evidence == "Vladimir Putin criticised Olaf Scholz."
