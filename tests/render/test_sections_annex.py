"""The per-client section switch (client.yaml ``sections:``) and the annex of every fact."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from render_briefs import make_brief
from render_helpers import pdf_info, pdf_text

from reportgen.options import Options, load_options
from reportgen.render import render_html, render_pdf, template_context
from reportgen.vocab import SECTIONS

BODY_SECTIONS = ["bluf", "actors", "claims", "numbers", "outlook", "sources"]


class _Sections(HTMLParser):
    """The ids of every ``<section>`` of a page, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section":
            self.ids.append(dict(attrs).get("id") or "")


def section_ids(html: str) -> list[str]:
    parser = _Sections()
    parser.feed(html)
    return parser.ids


def client(tmp_path: Path, settings: str, template: str | None = None) -> Options:
    folder = tmp_path / "acme"
    folder.mkdir(exist_ok=True)
    (folder / "client.yaml").write_text(f"name: Acme Analysis\n{settings}", encoding="utf-8")
    if template is not None:
        (folder / "brief.html.j2").write_text(template, encoding="utf-8")
    return Options(template=str(folder))


def test_every_section_is_on_by_default_and_in_vocabulary_order() -> None:
    context = template_context(make_brief(), Options())
    assert context["sections"] == dict.fromkeys(SECTIONS, True)
    assert section_ids(render_html(make_brief(), Options())) == BODY_SECTIONS
    assert [s for s in SECTIONS if s in BODY_SECTIONS] == BODY_SECTIONS  # the vocabulary is the page order


def test_a_client_switches_sections_off_in_both_templates(tmp_path: Path) -> None:
    options = client(tmp_path, "sections:\n  claims: false\n  numbers: false\n  map: false\n")
    context = template_context(make_brief(), options)
    assert context["sections"]["claims"] is False and context["sections"]["timeline"] is True
    html = render_html(make_brief(), options)
    assert section_ids(html) == ["bluf", "actors", "outlook", "sources"]
    assert "carried this port" not in html and "€120 million" not in html.replace("€120 million weekly", "")
    assert "exec-quotes" in render_html(make_brief(), Options(template="summary"))
    summary = render_html(make_brief(), client(tmp_path, "template: summary\nsections:\n  claims: false\n"
                                                         "  numbers: false\n"))
    assert "exec-quotes" not in summary and "exec-figures" not in summary and "exec-bluf" in summary


def test_a_switched_off_section_stays_off_when_its_block_is_overridden(tmp_path: Path) -> None:
    page = '{% extends base %}{% block actors %}<p>Our own actors</p>{% endblock %}'
    assert "Our own actors" in render_html(make_brief(), client(tmp_path, "", page))
    assert "Our own actors" not in render_html(make_brief(), client(tmp_path, "sections:\n  actors: false\n",
                                                                    page))


def test_the_body_says_where_the_rest_is() -> None:
    brief = make_brief()
    html = render_html(brief, Options())
    assert "annex" not in section_ids(html)
    assert "+2 more actors in the YAML brief." in html  # eight actors, seven of them key, six shown
    assert "+2 more actors in the annex." in render_html(brief, Options(annex=True))


def test_the_annex_lists_every_fact(tmp_path: Path) -> None:
    brief = make_brief()
    html = render_html(brief, Options(annex=True))
    assert section_ids(html)[-5:] == ["annex", "annex-actors", "annex-claims", "annex-numbers",
                                      "annex-outlook"]
    annex = html[html.index('id="annex"'):]
    for actor in brief.actors:
        assert actor.name in annex
    for fact in [*(c.text for c in brief.claims), *(n.text for n in brief.numbers),
                 *(o.text for o in brief.outlook)]:
        assert fact.replace("'", "&#39;") in annex, fact


def test_the_annex_starts_on_its_own_page_and_follows_the_sections(tmp_path: Path) -> None:
    pdf = tmp_path / "annex.pdf"
    pdf.write_bytes(render_pdf(make_brief(), client(tmp_path, "annex: true\nsections:\n  numbers: false\n")))
    body_pages = int(pdf_info(pdf)["Pages"]) - 1
    text = " ".join(pdf_text(pdf).split())
    last_body_page = text[:text.index("ANNEX: EVERY FACT")]
    assert f"Page {body_pages} of" in last_body_page and f"Page {body_pages + 1} of" not in last_body_page
    assert "Statements (7)" in text and "Figures (" not in text  # numbers are switched off here too


def test_annex_option_beats_the_client_setting(tmp_path: Path) -> None:
    on = client(tmp_path, "annex: true\n")
    assert template_context(make_brief(), on)["annex"] is True
    assert template_context(make_brief(), Options(template=on.template, annex=False))["annex"] is False
    assert template_context(make_brief(), Options())["annex"] is False


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("false", False)])
def test_annex_from_the_environment(value: str, expected: bool) -> None:
    assert load_options(environ={"REPORTGEN_ANNEX": value}).annex is expected
