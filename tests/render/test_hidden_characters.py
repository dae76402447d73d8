"""Trojan Source: characters that reorder or hide text (bidi overrides and isolates, zero-width
characters) are shown as [U+XXXX] in a rendered brief, so a reader sees what the text really holds;
the YAML brief attached to the PDF keeps them as they were."""

from __future__ import annotations

from pathlib import Path

from render_briefs import make_brief
from render_helpers import pdf_text

from reportgen.options import Options
from reportgen.render import read_attached_brief, render_html, render_pdf
from reportgen.render.context import reveal_hidden

OVERRIDE = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "approved" would read backwards
ZERO_WIDTH = "\u200b"


def tricky_brief():  # type: ignore[no-untyped-def]
    brief = make_brief()
    brief.title = f"Port deal {OVERRIDE}devorppa{chr(0x202c)} by council"
    brief.claims[0].text = f"The ad{ZERO_WIDTH}min account approved the transfer."
    brief.actors[1].name = brief.claims[0].speaker = f"Tomas{chr(0x2066)} Reiner"
    return brief


def test_rendered_html_shows_hidden_characters() -> None:
    html = render_html(tricky_brief(), Options())
    for char in (OVERRIDE, ZERO_WIDTH, "\u2066", "\u202c"):
        assert char not in html
    assert "Port deal [U+202E]devorppa[U+202C] by council" in html
    assert "The ad[U+200B]min account approved the transfer." in html
    assert "Tomas[U+2066] Reiner" in html  # in the claim group heading and the actors table alike


def test_rendered_pdf_shows_them_and_the_attached_yaml_keeps_them(tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(render_pdf(tricky_brief(), Options()))
    text = " ".join(pdf_text(pdf).split())
    assert "[U+202E]devorppa[U+202C]" in text and "ad[U+200B]min" in text
    assert OVERRIDE not in text
    assert f"{OVERRIDE}devorppa" in read_attached_brief(pdf.read_bytes())


def test_joiners_inside_words_of_other_scripts_are_kept() -> None:
    persian = "می\u200cخواهم"  # a zero-width non-joiner is part of Persian spelling
    emoji = "👩\u200d🔬"
    assert reveal_hidden(persian) == persian and reveal_hidden(emoji) == emoji
    assert reveal_hidden("pay\u200cpal") == "pay[U+200C]pal"
