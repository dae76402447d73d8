"""A huge brief renders a bounded document that says what it left out (the YAML keeps everything).

A thousand sources took WeasyPrint most of a minute to lay out; the size of what a template is handed
is now capped. Render times are printed by ``make bench``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from render_briefs import make_brief
from render_helpers import pdf_info, pdf_text

from reportgen.brief.model import Brief, Claim, Number, Source
from reportgen.options import Options
from reportgen.render import read_attached_brief, render_html, render_pdf
from reportgen.render.context import SHOWN_CLAIMS, SHOWN_NUMBERS, SHOWN_SOURCE_IDS, SHOWN_SOURCES
from reportgen.render.selection import FIGURE_ROWS, KEY_FIGURES

#: Figures the body shows of a brief whose figures each have a sentence of their own (a row each).
SHOWN_FIGURE_ROWS = min(FIGURE_ROWS, KEY_FIGURES)


def huge_brief() -> Brief:
    """A thousand one-line sources, each with its own statement and figure; one claim all report."""
    base = make_brief()
    sources = [Source(title=f"Dispatch {i}", outlet=f"Outlet {i}", sha256=f"{i:064x}", id=f"s{i + 1}")
               for i in range(1000)]
    claims = [Claim(f"Speaker {i}", f"Statement number {i} about the strike.", "paraphrase", "said",
                    sources=[f"s{i + 1}"]) for i in range(400)]
    claims.insert(0, Claim("Tomas Reiner", "The strike goes on.", "quote", "said",
                           sources=[s.id for s in sources], corroborated=True))
    numbers = [Number(float(i), "ships", f"{i} ships", f"waiting on day {i}", sources=[f"s{i + 1}"])
               for i in range(1, 301)]
    return replace(base, source=sources[0], sources=sources, claims=claims, numbers=numbers)


def test_a_huge_brief_renders_a_few_pages_and_says_what_it_left_out(tmp_path: Path) -> None:
    brief = huge_brief()
    pdf = tmp_path / "huge.pdf"
    pdf.write_bytes(render_pdf(brief, Options(annex=True)))
    text = " ".join(pdf_text(pdf).split())
    assert int(pdf_info(pdf)["Pages"]) <= 16  # all of it would be over a hundred
    assert f"+{len(brief.claims) - 1} more statements in the annex." in text  # its one quotation
    assert f"+{300 - SHOWN_FIGURE_ROWS} more figures in the annex." in text  # a figure a row
    assert f"{len(brief.claims) - SHOWN_CLAIMS} more claims and statements are in the YAML brief attached " \
           "to this PDF, not shown here." in text
    assert f"{300 - SHOWN_NUMBERS} more figures are in the YAML brief" in text
    assert f"{1000 - SHOWN_SOURCES} more sources are in the YAML brief" in text
    assert f"s{SHOWN_SOURCE_IDS}, {1000 - SHOWN_SOURCE_IDS} more" in text  # one claim's source ids
    assert "Statement number 0 about the strike." in text
    assert "Statement number 399" not in text
    attached = read_attached_brief(pdf.read_bytes())
    assert "Statement number 399 about the strike." in attached and "Outlet 999" in attached


def test_html_says_the_yaml_brief_has_the_rest() -> None:
    html = render_html(huge_brief(), Options())
    assert f"{1000 - SHOWN_SOURCES} more sources are in the YAML brief, not shown here." in html
    assert f"+{300 - SHOWN_FIGURE_ROWS} more figures in the YAML brief." in html  # no annex
    assert "Outlet 19<" in html and "Outlet 20<" not in html


def test_the_summary_counts_what_the_document_leaves_out() -> None:
    html = render_html(huge_brief(), Options(template="summary"))
    assert "+997 more sources in the full brief" in html
    assert "+295 more figures in the full brief" in html  # five of 300 shown
    assert "+400 more statements in the full brief" in html


def test_an_ordinary_brief_leaves_nothing_out() -> None:
    html = render_html(make_brief(), Options(annex=True))
    assert "not shown here" not in html
