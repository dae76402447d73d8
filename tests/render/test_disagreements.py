"""The "Sources disagree" block: conflicts side by side with their sources, and what only one source says;
only in multi-source briefs (invented brief from render_briefs)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import tinyhtml5
from render_briefs import make_brief, make_multi_source_brief
from render_helpers import pdf_text

from reportgen.brief import Brief, Conflict, Number
from reportgen.options import Options
from reportgen.render import render_html, render_pdf

XHTML = "{http://www.w3.org/1999/xhtml}"


def _conflicting() -> Brief:
    """The two-outlet brief, where the second outlet counts 41 ships where the first counts 38."""
    brief = make_multi_source_brief()
    brief.numbers.append(Number(41.0, "ships", "41 ships",
                                "Coastal Wire counted 41 ships at anchor on Friday.", sources=["s2"]))
    brief.numbers = [replace(n, id=f"n{i}") for i, n in enumerate(brief.numbers, 1)]
    brief.conflicts = [Conflict("ships", ["n4", "n7"])]
    return brief


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _section(html: str) -> Any:
    sections = [s for s in tinyhtml5.parse(html).iter(f"{XHTML}section") if s.get("id") == "disagreements"]
    return sections[0] if sections else None


def test_conflicts_show_side_by_side_with_their_sources_in_html() -> None:
    section = _section(render_html(_conflicting(), Options()))
    assert section is not None and "disagreements" in section.get("class")
    rows = section.findall(f".//{XHTML}tbody/{XHTML}tr")
    assert [_text(r.find(f"{XHTML}th")) for r in rows] == ["ships"]
    sides = [s for s in rows[0].iter(f"{XHTML}li") if "conflict-side" in (s.get("class") or "")]
    assert len(sides) == 2
    assert _text(sides[0]).startswith("38 container ships s1 The Northern Ledger")
    assert _text(sides[1]).startswith("41 ships s2 Coastal Wire Coastal Wire counted 41 ships")
    line = [p for p in section.iter(f"{XHTML}p") if p.get("class") == "single-source"]
    # of 7 figures only the 4,200 workers are given by both outlets; of 7 claims only the first
    assert _text(line[0]).startswith("One source only: 6 of 7 figures and 6 of 7 claims "
                                     "(s1 The Northern Ledger: 5 figures, 6 claims; "
                                     "s2 Coastal Wire: 1 figure, 0 claims)")


def test_the_block_follows_the_numbers_and_is_in_the_pdf(tmp_path: Path) -> None:
    html = render_html(_conflicting(), Options())
    assert html.index('id="numbers"') < html.index('id="disagreements"') < html.index('id="outlook"')
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(render_pdf(_conflicting(), Options()))
    text = " ".join(pdf_text(pdf).split())
    assert "SOURCES DISAGREE" in text.upper()
    assert "One source only: 6 of 7 figures" in text
    # the two sides stand in columns, so pdftotext interleaves their lines: look for each phrase
    for phrase in ("38 container ships", "41 ships", "s2 Coastal Wire", "s1 The Northern Ledger"):
        assert phrase in text


def test_multi_source_without_conflicts_still_counts_single_source_items() -> None:
    section = _section(render_html(make_multi_source_brief(), Options()))
    assert section is not None and section.find(f".//{XHTML}table") is None
    assert "No figure of one source contradicts another's." in _text(section)


@pytest.mark.parametrize("output", ["html", "pdf"])
def test_a_single_source_brief_has_no_block(output: str, tmp_path: Path) -> None:
    brief = make_brief()
    if output == "html":
        html = render_html(brief, Options())
        assert _section(html) is None and "Sources disagree" not in html
    else:
        pdf = tmp_path / "one.pdf"
        pdf.write_bytes(render_pdf(brief, Options()))
        assert "SOURCES DISAGREE" not in pdf_text(pdf).upper()


def test_a_conflict_whose_figures_were_removed_is_not_shown() -> None:
    brief = _conflicting()
    brief.numbers = [n for n in brief.numbers if n.id != "n7"]
    section = _section(render_html(brief, Options()))
    assert section is not None and section.find(f".//{XHTML}table") is None


def test_a_client_overrides_the_block(tmp_path: Path) -> None:
    folder = tmp_path / "own"
    folder.mkdir()
    (folder / "client.yaml").write_text("name: Own\n")
    (folder / "brief.html.j2").write_text('{% extends "default" %}\n{% block disagreements %}'
                                          '<p class="own">{{ disagreements.conflicts | length }} conflict</p>'
                                          '{% endblock %}\n')
    html = render_html(_conflicting(), Options(template=str(folder)))
    assert '<p class="own">1 conflict</p>' in html and "What each source reports" not in html


def _many_conflicts() -> Brief:
    """Seven outlets: one conflict of seven ship counts, and eleven more of two figures each."""
    brief = make_multi_source_brief()
    brief.sources += [replace(brief.sources[1], outlet=f"Wire {i}", id=f"s{i}") for i in range(3, 8)]
    ships = [Number(30.0 + i, "ships", f"{30 + i} ships", f"Outlet {i} counted {30 + i} ships at anchor.",
                     sources=[f"s{i}"], id=f"x{i}") for i in range(1, 8)]
    pairs = [Number(100.0 * k + i, f"cranes {k}", f"{100 * k + i} cranes", "", sources=[f"s{i}"],
                    id=f"c{k}-{i}") for k in range(11) for i in (1, 2)]
    brief.numbers += ships + pairs
    brief.conflicts = [Conflict("ships", [n.id for n in ships if n.id])]
    brief.conflicts += [Conflict(f"cranes {k}", [f"c{k}-1", f"c{k}-2"]) for k in range(11)]
    return brief


@pytest.mark.parametrize("annex", [False, True])
def test_a_long_conflict_and_many_conflicts_show_the_first_and_count_the_rest(annex: bool,
                                                                              tmp_path: Path) -> None:
    section = _section(render_html(_many_conflicts(), Options(annex=annex)))
    rows = section.findall(f".//{XHTML}tbody/{XHTML}tr")
    assert [_text(r.find(f"{XHTML}th")) for r in rows] == ["ships", *(f"cranes {k}" for k in range(9))]
    sides = [s for s in rows[0].iter(f"{XHTML}li") if "conflict-side" in (s.get("class") or "")]
    assert [_text(s.find(f"{XHTML}span")) for s in sides] == ["31 ships", "32 ships", "33 ships", "34 ships"]
    assert _text(rows[0]).endswith("+3 more figures in the YAML brief.")  # not in the annex: it has none
    assert "+2 more conflicts in the YAML brief." in _text(section)
    assert "35 ships" not in _text(section) and "cranes 10" not in _text(section)
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(render_pdf(_many_conflicts(), Options(annex=annex)))
    text = " ".join(pdf_text(pdf).split())
    assert "+3 more figures in the YAML brief attached to this PDF." in text
    assert "+2 more conflicts in the YAML brief attached to this PDF." in text
