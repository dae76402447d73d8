"""PDF output of the built-in templates and the example clients, checked with poppler."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest
from render_briefs import EXAMPLE_CLIENTS, make_brief, make_multi_source_brief
from render_helpers import need, page_variances, pdf_info, pdf_outline, pdf_text

from reportgen.brief import parse_brief
from reportgen.errors import InputError
from reportgen.options import Options
from reportgen.render import read_attached_brief, render_pdf

CASES = {
    "default": Options(),
    "summary": Options(template="summary"),
    "northwind": Options(client="northwind-risk", clients_dir=str(EXAMPLE_CLIENTS)),
    "halden": Options(template=str(EXAMPLE_CLIENTS / "halden-security")),
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each case rendered once for the whole module."""
    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for name, options in CASES.items():
        out[name] = folder / f"{name}.pdf"
        out[name].write_bytes(render_pdf(make_brief(), options))
    return out


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_default_pdf_has_the_facts_marking_and_page_numbers(rendered: dict[str, Path]) -> None:
    text = _flat(pdf_text(rendered["default"]))
    # (a wrapped table cell or a speaker beside their quote interleaves lines in pdftotext's text)
    for fact in ("Port Calder dock strike halts container traffic", "BOTTOM LINE UP FRONT", "Tomas Reiner",
                 "general secretary of the Harbour Workers", "4,200 dock workers", "€120 million",
                 "carried this port through two hard winters", "NEXT TWO WEEKS", "unlikely 20-45%",
                 "5f2c1e9a7b3d4c6e8f0a", "The Northern Ledger", "OPEN-SOURCE BRIEF", "TLP:CLEAR"):
        assert fact in text, fact
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    assert text.count("TLP:CLEAR") >= 4  # header and footer of both pages


def test_default_pdf_outline_and_metadata(rendered: dict[str, Path]) -> None:
    outline = pdf_outline(rendered["default"])
    assert outline == ["Port Calder dock strike halts container traffic", "Bottom line up front",
                       "Key actors", "Key statements", "Tomas Reiner", "Elsa Varga", "Dana Whitlock",
                       "Key numbers", "Outlook", "Source"]  # the quoted speakers, most salient first
    info = pdf_info(rendered["default"])
    assert info["Title"] == "Port Calder dock strike halts container traffic"
    assert info["Author"] == "The Northern Ledger"
    assert info["Subject"].startswith("About 4,200 dock workers")
    assert info["Keywords"].startswith("TLP:CLEAR, Harbour Workers Union, Tomas Reiner")
    assert info["CreationDate"].startswith("Sun Mar 15 08:30:00 2026")


def test_clients_change_marking_tlp_author_and_blocks(rendered: dict[str, Path]) -> None:
    northwind = _flat(pdf_text(rendered["northwind"]))
    assert "NORTHWIND RISK ADVISORY — CLIENT CONFIDENTIAL" in northwind
    assert "TLP:AMBER" in northwind and "TLP:CLEAR" not in northwind
    assert "BOTTOM LINE UP FRONT" in northwind  # no block overridden
    assert pdf_info(rendered["northwind"])["Author"] == "Northwind Risk Advisory, Open Source Desk"
    assert pdf_info(rendered["northwind"])["Keywords"].startswith("TLP:AMBER, ")  # the label in effect
    assert pdf_info(rendered["halden"])["Keywords"].startswith("TLP:RED, ")
    halden = _flat(pdf_text(rendered["halden"]))
    assert "HALDEN SECURITY GROUP — INTERNAL USE" in halden and "TLP:RED" in halden
    assert "KEY JUDGEMENTS" in halden and "BOTTOM LINE UP FRONT" not in halden  # overridden block
    assert "Distribution: named recipients only" in halden and "cell@halden-security.example" in halden


def test_summary_is_one_page_with_its_own_layout(rendered: dict[str, Path]) -> None:
    text = _flat(pdf_text(rendered["summary"]))
    assert pdf_info(rendered["summary"])["Pages"] == "1"
    assert "EXECUTIVE SUMMARY" in text and "IN THEIR WORDS" in text
    assert "Page 1 of 1" in text and "TLP:CLEAR" in text


def test_pages_are_not_blank(rendered: dict[str, Path], tmp_path: Path) -> None:
    for name, pdf in rendered.items():
        variances = page_variances(pdf, tmp_path)
        assert variances and min(variances) > 10, name


def test_output_is_byte_identical_when_the_clock_moves(monkeypatch: pytest.MonkeyPatch) -> None:
    brief = make_brief()
    first = render_pdf(brief, CASES["halden"])
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 86_400 * 3)  # fontTools stamps fonts with time.time
    assert render_pdf(brief, CASES["halden"]) == first


def test_source_date_epoch_sets_the_dates(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(render_pdf(make_brief(), Options()))
    assert pdf_info(pdf)["CreationDate"].startswith("Tue Nov 14 22:13:20 2023")


def test_brief_yaml_travels_inside_the_pdf(rendered: dict[str, Path]) -> None:
    pdf = rendered["default"].read_bytes()
    assert parse_brief(read_attached_brief(pdf)).to_dict() == make_brief().to_dict()
    listing = subprocess.run([need("pdfdetach"), "-list", str(rendered["default"])], check=True,
                             capture_output=True, text=True).stdout
    assert "brief.yaml" in listing


@pytest.mark.parametrize(("variant", "field", "value"), [("pdf/a-3b", "Metadata Stream", "yes"),
                                                         ("pdf/ua-1", "Tagged", "yes")])
def test_pdf_variants(variant: str, field: str, value: str, tmp_path: Path) -> None:
    pdf = tmp_path / "v.pdf"
    pdf.write_bytes(render_pdf(make_brief(), Options(pdf_variant=variant)))
    assert pdf_info(pdf)[field] == value
    assert parse_brief(read_attached_brief(pdf.read_bytes())).title == make_brief().title


def test_unknown_pdf_variant_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown PDF variant"):
        render_pdf(make_brief(), Options(pdf_variant="pdf/x-9"))


def test_several_sources_show_ids_and_corroboration(tmp_path: Path) -> None:
    pdf = tmp_path / "multi.pdf"
    pdf.write_bytes(render_pdf(make_multi_source_brief(), Options()))
    text = _flat(pdf_text(pdf))
    assert "Coastal Wire" in text and "The Northern Ledger" in text
    assert "CORROBORATED" in text.upper() and "s1, s2" in text


def test_read_attached_brief_refuses_a_pdf_without_one() -> None:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    plain = io.BytesIO()
    writer.write(plain)
    with pytest.raises(InputError, match=r"no reportgen brief\.yaml"):
        read_attached_brief(plain.getvalue())
    with pytest.raises(InputError, match="not a readable PDF"):
        read_attached_brief(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")


def test_a_render_leaves_no_font_folder_and_prints_nothing_at_exit(tmp_path: Path) -> None:
    import os
    import sys

    script = ("from render_briefs import make_brief\nfrom reportgen.options import Options\n"
              "from reportgen.render import render_pdf\n"
              "assert render_pdf(make_brief(), Options()).startswith(b'%PDF')\n")
    here = Path(__file__).parent
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(here)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert list(tmp_path.iterdir()) == []
