"""Three invented articles on one ferry sinking, extracted and merged: the death toll they disagree on is
a conflict in the brief, the passenger counts they give within their wording are not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportgen.brief import Brief, brief_to_yaml, parse_brief
from reportgen.extract import extract_all
from reportgen.extract.merge import merge_briefs
from reportgen.ingest import ingest_all
from reportgen.options import Options

ARTICLES = sorted((Path(__file__).parent / "multi").glob("ferry-*.txt"))


def _merged(nlp: Any, paths: list[Path]) -> Brief:
    options = Options()
    articles = [article for path in paths for article in ingest_all(path, options)]
    return merge_briefs(list(extract_all(articles, options, nlp=nlp)))


def test_the_death_toll_the_sources_disagree_on_is_a_conflict(nlp: Any) -> None:
    brief = _merged(nlp, ARTICLES)
    assert [s.id for s in brief.sources] == ["s1", "s2", "s3"]
    assert all(n.id for n in brief.numbers) and len({n.id for n in brief.numbers}) == len(brief.numbers)
    conflicts = {c.about: c for c in brief.conflicts}
    assert set(conflicts) == {"deaths"}, [(c.about, c.numbers) for c in brief.conflicts]
    sides = [brief.number(nid) for nid in conflicts["deaths"].numbers]
    assert {(n.value, tuple(n.sources)) for n in sides if n} == {(12, ("s1",)), (15, ("s2",))}
    passengers = [n for n in brief.numbers if n.unit == "passengers" and n.value >= 200]
    assert {n.value for n in passengers} == {200, 205, 210}  # "about 200", "205", "nearly 210": compatible


def test_the_brief_with_conflicts_is_schema_valid_and_round_trips(nlp: Any) -> None:
    brief = _merged(nlp, ARTICLES)
    text = brief_to_yaml(brief)
    assert "\nconflicts:\n- kind: number\n  about: deaths\n" in text
    again = parse_brief(text, "ferry.yaml")
    assert again.conflicts == brief.conflicts and again.numbers == brief.numbers


def test_one_article_has_no_ids_and_no_conflicts(nlp: Any) -> None:
    options = Options()
    brief = next(iter(extract_all(ingest_all(ARTICLES[0], options), options, nlp=nlp)))
    text = brief_to_yaml(brief)
    assert "conflicts" not in text and "id: n" not in text and not brief.conflicts


def test_the_demo_articles_show_three_conflicts(nlp: Any) -> None:
    """examples/multi (what `make demo` merges): the fourth, invented outlet counts 3,000 strikers, 28 ships
    and $15 million a day where the others give about 2,400, 31 and about $12 million."""
    folder = Path(__file__).resolve().parents[2] / "examples" / "multi"
    brief = _merged(nlp, sorted(folder.iterdir()))
    found = {c.about: sorted((n.value, n.sources[-1]) for i in c.numbers if (n := brief.number(i)))
             for c in brief.conflicts}
    assert found == {"workers": [(2400, "s3"), (3000, "s4")], "ships": [(28, "s4"), (31, "s3")],
                     "dollars a day (cost, fee)": [(12e6, "s2"), (15e6, "s4")]}
