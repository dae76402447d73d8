"""The default brief of a dev-corpus article is at most two A4 pages, and its annex lists every figure
(skipped without ../shared; the briefs are extracted once per session by the ``dev_briefs`` fixture)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from render_helpers import need, pdf_info

from reportgen.brief.model import Brief
from reportgen.options import Options
from reportgen.render import render_pdf

#: Annexes checked: the articles with the most figures (each annex render costs about a second).
ANNEX_CHECKS = 4


def _pages(pdf: Path) -> int:
    return int(pdf_info(pdf)["Pages"])


def _text(pdf: Path, first: int, last: int | None = None) -> str:
    pages = ["-f", str(first), *(["-l", str(last)] if last else [])]
    out = subprocess.run([need("pdftotext"), *pages, str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(out.split())


def test_every_dev_article_brief_is_at_most_two_pages(dev_briefs: dict[str, Brief], tmp_path: Path) -> None:
    pages = {}
    for name, brief in dev_briefs.items():
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(render_pdf(brief, Options()))
        pages[name] = _pages(pdf)
    assert max(pages.values()) <= 2, pages


def test_the_annex_starts_after_the_body_and_lists_every_figure(dev_briefs: dict[str, Brief],
                                                                tmp_path: Path) -> None:
    crowded = sorted(dev_briefs, key=lambda name: (-len(dev_briefs[name].numbers), name))[:ANNEX_CHECKS]
    for name in crowded:
        brief = dev_briefs[name]
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(render_pdf(brief, Options(annex=True)))
        body, annex = _text(pdf, 1, 2), _text(pdf, 3)  # a body of at most two pages, then a new page
        assert "ANNEX: EVERY FACT" not in body and "ANNEX: EVERY FACT" in annex[:200], name
        assert f"Figures ({len(brief.numbers)})" in annex, name
        for number in brief.numbers:
            assert " ".join(number.text.split()) in annex, (name, number.text)
