"""The body of a one-source brief fits the template's ``body_pages``: a body that would run over shows
fewer facts (the next ``FIT_BUDGETS`` entry), says how many more the YAML brief holds, and loses none."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from render_briefs import dense_brief
from render_helpers import pdf_info, pdf_text

from reportgen.errors import InputError
from reportgen.options import Options
from reportgen.render import read_attached_brief, render_pdf
from reportgen.render.selection import FIT_BUDGETS, LEAD_ACTORS, select_body
from reportgen.render.templates import resolve_stack


def _template(folder: Path, body_pages: str | None) -> Path:
    folder.mkdir()
    lines = ["name: loose", "parent: default", *([f"body_pages: {body_pages}"] if body_pages else [])]
    (folder / "template.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _left_out_actors(text: str) -> int:
    found = re.search(r"\+(\d+) more actors", " ".join(text.split()))
    return int(found.group(1)) if found else 0


def test_budgets_shrink_in_turn() -> None:
    brief = dense_brief()
    shown = [select_body(brief, budget=budget) for budget in FIT_BUDGETS]
    sizes = [(len(s.actors), sum(len(g.claims) for g in s.claim_groups), len(s.outlook), len(s.summary))
             for s in shown]
    assert all(a >= b for earlier, later in pairwise(sizes) for a, b in zip(earlier, later, strict=True)),\
        sizes
    assert sizes[-1] < sizes[0]


def test_a_body_that_would_run_over_shows_fewer_facts_on_two_pages(tmp_path: Path) -> None:
    brief = dense_brief()
    loose = tmp_path / "loose.pdf"
    loose.write_bytes(render_pdf(brief, Options(template=str(_template(tmp_path / "loose", "0")))))
    assert int(pdf_info(loose)["Pages"]) == 3  # no limit: the full body
    assert _left_out_actors(pdf_text(loose)) == len(brief.actors) - LEAD_ACTORS

    fitted = tmp_path / "fitted.pdf"
    fitted.write_bytes(render_pdf(brief, Options()))
    assert int(pdf_info(fitted)["Pages"]) == 2
    assert _left_out_actors(pdf_text(fitted)) > len(brief.actors) - LEAD_ACTORS
    assert "Statement 1 of Dana Whitlock" in read_attached_brief(fitted.read_bytes())  # nothing lost


def test_the_annex_follows_a_fitted_body(tmp_path: Path) -> None:
    brief = dense_brief()
    pdf = tmp_path / "annex.pdf"
    pdf.write_bytes(render_pdf(brief, Options(annex=True)))
    body, annex = pdf_text(pdf).split("ANNEX: EVERY FACT", 1)
    assert body.count("\f") == 2  # the body's two pages end before the annex's
    annex = " ".join(annex.split())
    assert f"Actors ({len(brief.actors)})" in annex and f"Figures ({len(brief.numbers)})" in annex
    assert all(claim.text.split(":")[0] in annex for claim in brief.claims)


def test_a_child_template_inherits_body_pages_and_may_lift_it(tmp_path: Path) -> None:
    assert resolve_stack().body_pages == 2
    assert resolve_stack(str(_template(tmp_path / "child", None))).body_pages == 2
    assert resolve_stack(str(_template(tmp_path / "free", "0"))).body_pages is None
    with pytest.raises(InputError, match="minimum of 0") as err:
        resolve_stack(str(_template(tmp_path / "bad", "-1")))
    assert "template.yaml:3" in str(err.value)


def test_a_multi_source_brief_is_not_fitted(tmp_path: Path) -> None:
    brief = dense_brief()
    second = replace(brief.source, id="s2", outlet="The Southern Post", sha256="0" * 64)
    pdf = tmp_path / "multi.pdf"
    pdf.write_bytes(render_pdf(replace(brief, sources=[brief.source, second]), Options()))
    assert int(pdf_info(pdf)["Pages"]) >= 3
    assert _left_out_actors(pdf_text(pdf)) == len(brief.actors) - LEAD_ACTORS
