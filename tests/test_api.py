"""The Python API beside the CLI: reportgen.ingest / extract / render / build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import reportgen
from reportgen.brief import Brief

ROOT = Path(__file__).resolve().parents[1]


def test_stage_packages_are_the_api_functions(nlp: object) -> None:
    article = reportgen.ingest(ROOT / "examples" / "harbour-blockade.txt")
    brief = reportgen.extract(article)
    assert isinstance(brief, Brief)
    assert any(a.name == "Ramunas Kalvaitis" for a in brief.actors)
    assert reportgen.render(brief, "html").startswith(b"<!DOCTYPE html>")
    assert reportgen.render(brief, "yaml").startswith(b"# yaml-language-server")
    from reportgen.render import render_html  # the packages still hold their modules' names

    assert callable(render_html)


def test_extract_takes_plain_text(nlp: object) -> None:
    brief = reportgen.extract("Port talks stall\n\n\u201cThe trains will move,\u201d Finance Minister "
                              "Ramunas Kalvaitis said on Tuesday.\n")
    assert brief.title == "Port talks stall"
    assert [c.speaker for c in brief.claims] == ["Ramunas Kalvaitis"]


def test_importing_reportgen_stays_light() -> None:
    code = ("import sys, reportgen, reportgen.ingest, reportgen.extract; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'weasyprint'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_render_takes_a_format_in_any_case_and_refuses_others() -> None:
    import pytest

    from reportgen.errors import UnknownFormatError
    from reportgen.pipeline import render

    brief = Brief(title="Ferries resume", source=reportgen.brief.Source(id="s1", title="Ferries resume"))
    html = render(brief, "HTML")
    assert b"<html" in html[:500].lower() and not html.startswith(b"%PDF")
    assert b"title: Ferries resume" in render(brief, "Yaml")
    for bad in ("docx", "", None):
        with pytest.raises(UnknownFormatError, match="use pdf, html or yaml"):
            render(brief, bad)  # type: ignore[arg-type]
