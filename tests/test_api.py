"""The Python API beside the CLI: reportgen.ingest / extract / render / build are plain functions with
real signatures and docstrings; the stage packages of the same names stay ordinary modules."""

from __future__ import annotations

import inspect
import pydoc
import subprocess
import sys
import types
from pathlib import Path

import pytest

import reportgen
from reportgen.brief import Brief, Source
from reportgen.errors import UnknownFormatError

ROOT = Path(__file__).resolve().parents[1]
#: Each API function and its parameters.
API = {"ingest": ["path", "options"], "extract": ["article", "options"],
       "render": ["brief", "fmt", "options"], "build": ["paths", "fmt", "options", "progress"]}


def test_the_api_functions_chain(nlp: object) -> None:
    article = reportgen.ingest(ROOT / "examples" / "harbour-blockade.txt")
    brief = reportgen.extract(article)
    assert isinstance(brief, Brief)
    assert any(a.name == "Ramunas Kalvaitis" for a in brief.actors)
    assert reportgen.render(brief, "html").startswith(b"<!DOCTYPE html>")
    assert reportgen.render(brief, "yaml").startswith(b"# yaml-language-server")


def test_extract_takes_plain_text(nlp: object) -> None:
    brief = reportgen.extract("Port talks stall\n\n\u201cThe trains will move,\u201d Finance Minister "
                              "Ramunas Kalvaitis said on Tuesday.\n")
    assert brief.title == "Port talks stall"
    assert [c.speaker for c in brief.claims] == ["Ramunas Kalvaitis"]


@pytest.mark.parametrize("name", sorted(API))
def test_each_api_name_is_a_function_with_its_real_signature_and_docstring(name: str) -> None:
    function = getattr(reportgen, name)
    assert isinstance(function, types.FunctionType)
    assert function.__module__ == "reportgen" and function.__name__ == name
    signature = inspect.signature(function)
    assert list(signature.parameters) == API[name]
    assert all(p.kind is p.POSITIONAL_OR_KEYWORD and p.annotation is not p.empty
               for p in signature.parameters.values())
    assert signature.return_annotation is not signature.empty
    if "fmt" in signature.parameters:
        assert signature.parameters["fmt"].default == "pdf"
        assert "Literal['pdf', 'html', 'yaml']" in str(signature)
    assert function.__doc__ and len(function.__doc__.splitlines()) > 3
    shown = pydoc.render_doc(function, renderer=pydoc.plaintext)
    assert f"function {name} in module reportgen" in shown
    assert f"{name}({API[name][0]}: " in shown
    assert function.__doc__.splitlines()[0] in shown


def test_help_of_render_documents_the_call_with_format_and_options() -> None:
    shown = pydoc.render_doc(reportgen.render, renderer=pydoc.plaintext)
    assert 'reportgen.render(brief, "pdf", options)' in shown
    assert "UnknownFormatError" in shown


def test_the_stage_packages_are_plain_modules() -> None:
    for name in ("ingest", "extract", "render"):
        module = sys.modules[f"reportgen.{name}"]
        assert type(module) is types.ModuleType
        assert module is not getattr(reportgen, name)
    from reportgen.render import read_attached_brief, render_html, render_pdf

    assert render_html.__module__ == "reportgen.render.markup"
    assert {render_pdf.__module__, read_attached_brief.__module__} == {"reportgen.render.pdf"}


def test_the_functions_survive_importing_the_packages_in_a_fresh_process(tmp_path: Path) -> None:
    """Importing a stage package (or one of its modules) first, in any order, leaves the functions."""
    calls = ("import reportgen\n"
             "from reportgen.brief import Brief, Source\n"
             "brief = Brief(title='Ferries resume', source=Source(id='s1', title='Ferries resume'))\n"
             "assert reportgen.render(brief, 'yaml').count(b'title: Ferries resume') == 2\n"
             "assert reportgen.render(brief, 'HTML').lstrip().startswith(b'<!DOCTYPE html>')\n"
             f"assert reportgen.ingest({str(ROOT / 'examples' / 'harbour-blockade.txt')!r}).title\n"
             "assert [f.__name__ for f in (reportgen.ingest, reportgen.extract, reportgen.render, "
             "reportgen.build)] == ['ingest', 'extract', 'render', 'build']\n"
             "print('ok')\n")
    firsts = ["import reportgen.render, reportgen.extract, reportgen.ingest",
              "import reportgen.render.pdf, reportgen.render.markup, reportgen.extract.nlp",
              "from reportgen.render import render_pdf, render_html\nfrom reportgen.ingest import ingest",
              "import reportgen.render as rendering\nassert callable(rendering)"]
    for first in firsts:
        done = subprocess.run([sys.executable, "-c", f"{first}\n{calls}"], capture_output=True, text=True,
                              cwd=tmp_path, timeout=120)
        assert done.returncode == 0 and done.stdout == "ok\n", (first, done.stderr)


def test_importing_reportgen_and_its_stage_packages_stays_light() -> None:
    code = ("import sys, reportgen, reportgen.ingest, reportgen.extract, reportgen.render; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'weasyprint', 'jinja2'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_render_takes_a_format_in_any_case_and_refuses_others() -> None:
    brief = Brief(title="Ferries resume", source=Source(id="s1", title="Ferries resume"))
    html = reportgen.render(brief, "HTML")  # type: ignore[arg-type]
    assert b"<html" in html[:500].lower() and not html.startswith(b"%PDF")
    assert b"title: Ferries resume" in reportgen.render(brief, "Yaml")  # type: ignore[arg-type]
    for bad in ("docx", "", None):
        with pytest.raises(UnknownFormatError, match="use pdf, html or yaml"):
            reportgen.render(brief, bad)  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            reportgen.render(brief, bad)  # type: ignore[arg-type]
