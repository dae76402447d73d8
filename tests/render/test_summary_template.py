"""The one-page summary stays on one page, and presentation details read well in every template."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from render_briefs import EXAMPLE_CLIENTS, ROOT, make_brief, make_crowded_brief, make_many_short_items_brief
from render_helpers import pdf_info, pdf_text

from reportgen.brief.model import Brief, Source
from reportgen.options import Options
from reportgen.render import render_pdf

EXAMPLES = sorted(p for p in [*ROOT.glob("examples/*.txt"), *ROOT.glob("examples/*.md")]
                  if p.name != "README.md")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _render(brief: Brief, folder: Path, name: str, template: str = "summary",
            client: str | None = None) -> tuple[Path, str]:
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(render_pdf(brief, Options(template=template, client=client,
                                              clients_dir=str(EXAMPLE_CLIENTS))))
    return pdf, _flat(pdf_text(pdf))


@pytest.mark.parametrize("client", [None, "halden-security", "northwind-risk"])
def test_a_crowded_brief_still_fits_one_page_and_says_what_is_left_out(client: str | None,
                                                                       tmp_path: Path) -> None:
    brief = make_crowded_brief()
    pdf, text = _render(brief, tmp_path, "crowded", client=client)
    assert pdf_info(pdf)["Pages"] == "1"
    assert "EXECUTIVE SUMMARY" in text.upper()
    hidden = int(re.search(r"\+(\d+) more actors in the full brief", text).group(1))
    assert 0 < hidden < len(brief.actors)
    assert "more summary sentences in the full brief" in text
    assert "more figures in the full brief" in text and "more statements in the full brief" in text
    assert "Point 0" in text and "Point 5" not in text


@pytest.mark.parametrize("client", [None, "halden-security", "northwind-risk"])
def test_many_short_items_fit_one_page(client: str | None, tmp_path: Path) -> None:
    pdf, text = _render(make_many_short_items_brief(), tmp_path, "short", client=client)
    assert pdf_info(pdf)["Pages"] == "1"
    assert "Short point 3" in text and "Short point 4" not in text  # at most four summary points
    assert "more expectations in the full brief" in text


def test_the_fixture_brief_fits_one_page(tmp_path: Path) -> None:
    pdf, text = _render(make_brief(), tmp_path, "fixture")
    assert pdf_info(pdf)["Pages"] == "1"
    assert "Tomas Reiner" in text and "4,200 dock workers" in text


@pytest.mark.parametrize("article", EXAMPLES, ids=lambda p: p.name)
def test_example_articles_make_a_one_page_summary(article: Path, nlp: object, tmp_path: Path) -> None:
    from reportgen.extract import extract
    from reportgen.ingest import ingest

    options = Options(template="summary")
    brief = extract(ingest(article, options), options, nlp=nlp)
    pdf, text = _render(brief, tmp_path, article.stem)
    assert pdf_info(pdf)["Pages"] == "1", article.name
    assert _flat(brief.title)[:30] in text


def test_seed_article_makes_a_one_page_summary(corpus: Path, nlp: object, tmp_path: Path) -> None:
    from reportgen.extract import extract
    from reportgen.ingest import ingest

    options = Options(template="summary")
    brief = extract(ingest(corpus / "seed.txt", options), options, nlp=nlp)
    pdf, _ = _render(brief, tmp_path, "seed")
    assert pdf_info(pdf)["Pages"] == "1"


def test_approximation_mark_only_where_the_words_do_not_say_so(tmp_path: Path) -> None:
    brief = make_brief()
    brief.numbers[0].text, brief.numbers[0].approximate = "about 4,200 dock workers", True
    brief.numbers.insert(1, brief.numbers.pop(3))  # "38 container ships" among the figures both show
    for template in ("default", "summary"):
        _, text = _render(brief, tmp_path, template, template)
        assert "about 4,200" in text and "~about" not in text.replace(" ", "")
        assert "~38 container ships" in text.replace("~ ", "~")


def test_a_source_without_outlet_is_named_by_its_file_not_a_placeholder(tmp_path: Path) -> None:
    brief = make_brief()
    brief.source = brief.sources[0] = Source(path="notes/harbour-night.txt", sha256="c" * 64, words=300)
    for template in ("default", "summary"):
        _, text = _render(brief, tmp_path, template, template)
        assert "Unknown" not in text and "harbour-night.txt" in text


def test_a_four_line_title_keeps_the_summary_on_one_page(tmp_path: Path) -> None:
    brief = make_brief()
    brief.title = ("Dock workers at Port Calder walked out at the start of the night shift on Friday after "
                   "wage talks with the port authority collapsed for a third time in as many weeks, leaving "
                   "thirty-eight container ships waiting at anchor")
    pdf, text = _render(brief, tmp_path, "long-title")
    assert pdf_info(pdf)["Pages"] == "1"
    assert "Dock workers at Port Calder walked out" in text


def test_an_empty_brief_says_so_in_every_section_on_one_page(tmp_path: Path) -> None:
    brief = Brief(title="Nothing to report", source=Source())
    pdf, text = _render(brief, tmp_path, "empty")
    assert pdf_info(pdf)["Pages"] == "1" and "Source:" not in text
    for sentence in ("No direct quotations in the source.", "No figures were reported",
                     "The source gave no summary sentences."):
        assert sentence in text


def test_a_source_known_by_nothing_leaves_its_fields_out(tmp_path: Path) -> None:
    brief = make_brief()
    brief.source = brief.sources[0] = Source(title="Night shift walkout at Port Calder")
    for template in ("default", "summary"):
        _, text = _render(brief, tmp_path, template, template)
        for placeholder in ("Unknown", "Untitled", "no hash", "0 words", "None"):
            assert placeholder not in text, (template, placeholder)
        assert "Night shift walkout at Port Calder" in text
