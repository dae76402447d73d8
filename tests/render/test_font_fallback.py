"""Text the template's bundled fonts cannot draw: the rendered brief says which script, which fallback
font WeasyPrint used for it, and which scripts no installed font could draw (boxes)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from render_briefs import make_brief
from render_helpers import pdf_text

from reportgen.options import Options
from reportgen.render import render_html, render_pdf
from reportgen.render.builtin import default
from reportgen.render.coverage import template_fonts, uncovered_scripts

ARABIC = "الميناء مغلق حتى إشعار آخر"
CHINESE = "港口关闭了"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def test_the_scripts_the_bundled_fonts_lack_are_found() -> None:
    fonts = template_fonts([default])
    assert uncovered_scripts(["Port Calder, Société, Ελλάδα, Москва — 12 %"], fonts) == ()
    assert uncovered_scripts([ARABIC, CHINESE, "हिन्दी"], fonts) == ("Arabic", "CJK", "Devanagari")


def test_the_faces_of_past_pdfs_are_not_all_kept() -> None:
    from reportgen.render.coverage import _data_cmap

    limit = _data_cmap.cache_info().maxsize
    assert limit is not None and 0 < limit <= 256
    fonts = template_fonts([default])
    face = fonts[0].read_bytes()
    for n in range(limit + 20):  # each PDF embeds faces subset to its own text: new bytes every time
        assert uncovered_scripts([ARABIC], fonts, [face + n.to_bytes(4, "big")]) == ("Arabic",)
    assert _data_cmap.cache_info().currsize == limit
    _data_cmap.cache_clear()


@pytest.mark.skipif(not DEJAVU.is_file(), reason="needs fonts-dejavu-core (installed by make install)")
def test_a_pdf_names_the_fallback_font_and_what_shows_as_boxes(tmp_path: Path) -> None:
    brief = make_brief()
    brief.summary[0] = ARABIC
    pdf = tmp_path / "arabic.pdf"
    pdf.write_bytes(render_pdf(brief, Options()))
    text = " ".join(pdf_text(pdf).split())
    assert "Text in Arabic script is not covered by this template's fonts; it is drawn with the " \
           "fallback font DejaVu Sans." in text
    assert "boxes" not in text
    brief.summary[1] = CHINESE
    if shutil.which("fc-list") and subprocess.run(["fc-list", ":lang=zh"], capture_output=True).stdout:
        pytest.skip("a CJK font is installed here")
    pdf.write_bytes(render_pdf(brief, Options()))
    assert "No installed font covers CJK: those characters show as boxes." in " ".join(pdf_text(pdf).split())


def test_html_says_the_readers_fonts_draw_it_and_latin_briefs_say_nothing() -> None:
    brief = make_brief()
    assert "font-note" not in render_html(brief, Options())
    brief.claims[0].text = CHINESE
    html = render_html(brief, Options())
    note = "Text in CJK script is not covered by this template's fonts; the reader's own fonts draw it."
    assert note in html
