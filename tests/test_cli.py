"""The command line: contracts of each command, exit codes, and one end-to-end build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reportgen import __version__
from reportgen.brief import Actor, Brief, Claim, Number, Outlook, Source, brief_to_yaml, load_brief
from reportgen.cli import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbour-blockade.txt"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def run(*args: str, input: str | bytes | None = None) -> object:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def small_brief() -> Brief:
    return Brief(
        title="Grid contractor hit by ransomware",
        source=Source(title="Grid contractor hit", outlet="Test Wire", published="2026-03-12",
                      path="grid.txt", sha256="b" * 64, words=300),
        summary=["A ransomware attack on a grid contractor caused a nine-hour blackout."],
        actors=[Actor(name="Karel Hradil", type="person", aliases=["Hradil"], role="agency director",
                      mentions=4, key=True),
                Actor(name="Voltis Servis", type="organization", mentions=2, key=True)],
        numbers=[Number(value=180000, unit="homes", text="about 180,000 homes", approximate=True)],
        claims=[Claim(speaker="Karel Hradil", text="We expect more of this, not less <b>now</b>",
                      cue="said")],
        outlook=[Outlook(text="The bill is expected to reach parliament in June.", horizon="June")],
    )


def test_help_does_not_import_heavy_libraries() -> None:
    heavy = "('spacy', 'weasyprint', 'jinja2', 'trafilatura')"
    code = f"import sys, reportgen.cli; print(any(m.split('.')[0] in {heavy} for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("command", [[], ["extract"], ["render"], ["build"], ["validate"], ["schema"],
                                     ["templates"], ["templates", "dump"], ["batch"],
                                     ["preview"]])
def test_every_command_has_help_and_version(command: list[str]) -> None:
    helped = run(*command, "--help")
    assert helped.exit_code == 0 and "Usage:" in helped.output
    versioned = run(*command, "--version")
    assert versioned.exit_code == 0 and __version__ in versioned.output


def test_schema_prints_json_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    assert json.loads(result.output)["properties"]["schema_version"] == {
        "const": 1, "description": "Version of this schema; bumped on incompatible change."}


def test_validate_ok_and_errors_with_line_and_column(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(brief_to_yaml(small_brief()))
    assert run("validate", str(good)).exit_code == 0
    text = brief_to_yaml(small_brief())
    bad = tmp_path / "bad.yaml"
    text = text.replace("type: organization", "type: company").replace("value: 180000", "value: many")
    bad.write_text(text)
    result = run("validate", str(good), str(bad))
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.startswith(str(bad))]
    assert len(lines) == 2
    source_lines = bad.read_text().splitlines()
    for line in lines:
        number = int(line.split(":")[1])
        assert "company" in source_lines[number - 1] or "many" in source_lines[number - 1]


def test_missing_article_is_one_line_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"reportgen: error: {tmp_path / 'nope.txt'}: no such file"]


def test_output_in_missing_folder_fails_before_work_and_writes_nothing(tmp_path: Path) -> None:
    brief = tmp_path / "b.yaml"
    brief.write_text(brief_to_yaml(small_brief()))
    target = tmp_path / "missing" / "out.pdf"
    result = CliRunner().invoke(cli, ["render", str(brief), "-o", str(target)])
    assert result.exit_code == 2
    assert "output folder does not exist" in result.output
    assert not target.parent.exists()


def test_render_html_escapes_brief_content(tmp_path: Path) -> None:
    brief = tmp_path / "b.yaml"
    brief.write_text(brief_to_yaml(small_brief()))
    result = run("render", str(brief), "-o", str(tmp_path / "b.html"))
    assert result.exit_code == 0, result.output
    html = (tmp_path / "b.html").read_text()
    assert "Karel Hradil" in html and "180,000" in html
    assert "&lt;b&gt;now&lt;/b&gt;" in html and "<b>now</b>" not in html


def test_render_annex_flag(tmp_path: Path) -> None:
    brief = tmp_path / "b.yaml"
    brief.write_text(brief_to_yaml(small_brief()))
    for flags, annexed in (([], False), (["--annex"], True), (["--annex", "--no-annex"], False)):
        result = run("render", str(brief), *flags, "-o", str(tmp_path / "b.html"))
        assert result.exit_code == 0, result.output
        assert ('id="annex"' in (tmp_path / "b.html").read_text()) is annexed, flags


def test_invalid_brief_is_not_rendered(tmp_path: Path) -> None:
    brief = tmp_path / "b.yaml"
    brief.write_text(brief_to_yaml(small_brief()).replace("schema_version: 1", "schema_version: 7"))
    result = CliRunner().invoke(cli, ["render", str(brief), "-o", str(tmp_path / "b.pdf")])
    assert result.exit_code == 2
    assert f"{brief}:2:" in result.output and "schema_version" in result.output
    assert not (tmp_path / "b.pdf").exists()


def test_extract_reads_stdin_and_writes_stdout() -> None:
    article = ("Harbour talks resume\n\nOfficials from both countries will meet in Geneva on Monday, "
               "Finance Minister Ramunas Kalvaitis said. \u201cThe trains will move,\u201d Kalvaitis said.\n")
    result = run("extract", "-", input=article.encode())
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# yaml-language-server: $schema=")
    assert "Ramunas Kalvaitis" in result.output


@needs_poppler
def test_build_example_end_to_end(tmp_path: Path) -> None:
    pdf, yaml_path = tmp_path / "brief.pdf", tmp_path / "brief.yaml"
    result = run("build", str(EXAMPLE), "-o", str(pdf), "--keep-yaml", str(yaml_path), "--annex")
    assert result.exit_code == 0, result.output
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = pdf_text(pdf)  # the annex has every quote; the body only the lead speakers' best
    for expected in ("Ramunas Kalvaitis", "Marta Zielinska", "Nobody is blockading anyone", "2,300",
                     "Finance Minister"):
        assert expected in text, expected
    assert "Ramunas Kalvaitis" in yaml_path.read_text()
    assert not list(tmp_path.glob("*.part"))


@needs_poppler
def test_seed_article_brief_holds_the_key_facts(tmp_path: Path, corpus: Path) -> None:
    pdf = tmp_path / "seed.pdf"
    result = run("build", str(corpus / "seed.txt"), "-o", str(pdf))
    assert result.exit_code == 0, result.output
    text = pdf_text(pdf)
    for expected in ("Vladimir Putin", "Tokayev", "Sergei Ryabkov", "100,000", "NATO"):
        assert expected in text, expected
    # the analyst's quotes are read from the gold brief: article text stays in ../shared
    gold = yaml.safe_load((corpus / "seed.gold.yaml").read_text(encoding="utf-8"))
    quotes = [c["text"] for c in gold["claims"] if c.get("speaker") == "Tatyana Stanovaya"]
    assert any(" ".join(q.split()[:6]) in text for q in quotes), quotes


def test_templates_lists_built_ins_and_client_folders() -> None:
    result = run("templates", "--clients-dir", str(ROOT / "examples" / "clients"))
    assert result.exit_code == 0, result.output
    listed = [line.split() for line in result.output.splitlines() if not line.startswith(" ")]
    rows = {fields[0]: fields[1] for fields in listed}
    assert rows["default"] == "built-in" and rows["summary"] == "built-in"
    assert rows["northwind-risk"] == "client" and rows["halden-security"] == "client"


def test_templates_dump_copies_a_built_in(tmp_path: Path) -> None:
    dest = tmp_path / "mine"
    assert run("templates", "dump", "default", str(dest)).exit_code == 0
    assert (dest / "brief.html.j2").is_file() and (dest / "style.css").is_file()
    assert "name: mine" in (dest / "template.yaml").read_text()
    again = CliRunner().invoke(cli, ["templates", "dump", "default", str(dest)])
    assert again.exit_code == 2  # never overwrites a folder that holds files


def test_errors_on_stdin_name_it() -> None:
    result = CliRunner().invoke(cli, ["extract", "-"], input=b"")
    assert result.exit_code == 2
    assert result.output.strip() == "reportgen: error: <stdin>: file is empty"


def test_format_that_contradicts_the_suffix_is_refused(tmp_path: Path) -> None:
    brief = tmp_path / "b.yaml"
    brief.write_text(brief_to_yaml(small_brief()))
    args = ["render", str(brief), "--format", "html", "-o", str(tmp_path / "b.pdf")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and "does not match" in result.output
    assert not (tmp_path / "b.pdf").exists()


def test_an_output_suffix_reportgen_cannot_write_is_refused(tmp_path: Path) -> None:
    brief = tmp_path / "b.yaml"
    brief.write_text(brief_to_yaml(small_brief()))
    for name in ("b.docx", "copy.yaml"):
        result = CliRunner().invoke(cli, ["render", str(brief), "-o", str(tmp_path / name)])
        assert result.exit_code == 2, result.output
        assert result.output.count("\n") == 1 and "use .pdf or .html, or say --format" in result.output
        assert not (tmp_path / name).exists()
    said = CliRunner().invoke(cli, ["render", str(brief), "--format", "html", "-o", str(tmp_path / "r.v2")])
    assert said.exit_code == 0
    assert (tmp_path / "r.v2").read_text().lstrip().lower().startswith("<!doctype html")


def test_an_output_never_replaces_an_input(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ferries resume\n\nFerries to Bergen resumed on Friday, the operator said.\n")
    original = article.read_bytes()
    brief = tmp_path / "b.yaml"
    brief.write_text(brief_to_yaml(small_brief()))
    (tmp_path / "hard.pdf").hardlink_to(brief)  # the brief again, by inode
    (tmp_path / "link.yaml").symlink_to(article)
    keep = ["--keep-yaml", str(tmp_path / "link.yaml")]
    cases = [["extract", str(article), "-o", str(tmp_path / "link.yaml")],  # a symlink to the article
             ["render", str(brief), "-o", str(tmp_path / "hard.pdf")],
             ["build", str(article), "-o", str(tmp_path / "a.pdf"), *keep]]
    for args in cases:
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2 and "would overwrite its input" in result.output, (args, result.output)
    assert article.read_bytes() == original
    assert (tmp_path / "hard.pdf").read_text() == brief.read_text()


def test_extract_writes_a_brief_only_as_yaml(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ferries resume\n\nFerries to Bergen resumed on Friday, the operator said.\n")
    for name in ("a.txt", "e.pdf"):
        result = CliRunner().invoke(cli, ["extract", str(article), "-o", str(tmp_path / name)])
        assert result.exit_code == 2 and "use .yaml" in result.output
    assert not (tmp_path / "e.pdf").exists()


def test_tlp_is_taken_in_any_case_and_never_lowered_by_accident(tmp_path: Path) -> None:
    brief = tmp_path / "b.yaml"
    brief.write_text(brief_to_yaml(small_brief()))
    clients = str(ROOT / "examples" / "clients")
    base = ["render", str(brief), "--clients-dir", clients, "--client", "halden-security", "--format", "html"]
    lowered = CliRunner().invoke(cli, [*base, "--tlp", "clear", "-o", str(tmp_path / "a.html")])
    assert lowered.exit_code == 2 and "--allow-tlp-downgrade" in lowered.output
    assert not (tmp_path / "a.html").exists()
    allowed = CliRunner().invoke(cli, [*base, "--tlp", "clear", "--allow-tlp-downgrade", "-o",
                                       str(tmp_path / "b.html")])
    assert allowed.exit_code == 0, allowed.output
    assert "TLP:CLEAR" in (tmp_path / "b.html").read_text()
    unknown = CliRunner().invoke(cli, [*base, "--tlp", "white"])
    assert unknown.exit_code == 2 and "'white' is not one of" in unknown.output


def test_the_brief_comes_back_out_of_its_pdf(tmp_path: Path) -> None:
    brief = tmp_path / "b.yaml"
    brief.write_text(brief_to_yaml(small_brief()))
    pdf = tmp_path / "b.pdf"
    assert CliRunner().invoke(cli, ["render", str(brief), "-o", str(pdf)]).exit_code == 0
    back = tmp_path / "back.yaml"
    result = CliRunner().invoke(cli, ["unpack", str(pdf), "-o", str(back)])
    assert result.exit_code == 0, result.output
    assert load_brief(back).to_dict() == load_brief(brief).to_dict()
    assert CliRunner().invoke(cli, ["validate", str(pdf)]).exit_code == 0
    html = tmp_path / "again.html"
    assert CliRunner().invoke(cli, ["render", str(pdf), "-o", str(html)]).exit_code == 0
    assert "Grid contractor hit by ransomware" in html.read_text()
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\nnot really a pdf")
    bad = CliRunner().invoke(cli, ["unpack", str(junk)])
    assert bad.exit_code == 2 and bad.output.strip().endswith("junk.pdf: not a readable PDF (PdfStreamError)")
    assert bad.output.count("\n") == 1


def test_a_clients_css_mistake_is_reported_with_file_line_and_column(tmp_path: Path) -> None:
    client = tmp_path / "clients" / "acme"
    client.mkdir(parents=True)
    (client / "client.yaml").write_text("name: Acme\nmarking: ACME INTERNAL\n")
    (client / "style.css").write_text("h1 { color: #123456; }\nh2 { colr: red; }\n")
    brief = tmp_path / "b.yaml"
    brief.write_text(brief_to_yaml(small_brief()))
    result = CliRunner().invoke(cli, ["render", str(brief), "--clients-dir", str(tmp_path / "clients"),
                                      "--client", "acme", "-o", str(tmp_path / "b.html")])
    assert result.exit_code == 0, result.output
    assert f"reportgen: warning: {client / 'style.css'}:2:6: Ignored `colr: red`, unknown property." \
        in result.output


def test_a_damaged_or_inflated_attachment_is_a_one_line_error(tmp_path: Path) -> None:
    import io

    from pypdf import PdfWriter

    for name, payload in (("big.pdf", b"title: x\n" + b"#" * 21_000_000), ("bad.pdf", None)):
        writer = PdfWriter()
        writer.add_blank_page(width=200, height=200)
        if payload is not None:
            writer.add_attachment("brief.yaml", payload)  # compressed: a small file that inflates
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
        if payload is None:  # an attachment whose filter pypdf cannot decode (same length: offsets hold)
            writer.add_attachment("brief.yaml", b"title: x\n")
            out = io.BytesIO()
            writer.write(out)
            data = out.getvalue().replace(b"/Type /EmbeddedFile\n/Length 9",
                                          b"/Filter /Foo /Length 9      ")
        (tmp_path / name).write_bytes(data)
        result = CliRunner().invoke(cli, ["unpack", str(tmp_path / name)])
        assert result.exit_code == 2, (name, result.output)
        assert result.output.count("\n") == 1 and "Traceback" not in result.output


def test_build_refuses_a_tlp_downgrade_before_extracting(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import reportgen.pipeline as pipeline

    def no_extraction(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction ran before the TLP check")

    monkeypatch.setattr(pipeline, "brief_from_files", no_extraction)
    result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "-o", str(tmp_path / "b.pdf"), "--clients-dir",
                                      str(ROOT / "examples" / "clients"), "--client", "halden-security",
                                      "--tlp", "clear"])
    assert result.exit_code == 2 and "below Halden Security Group's TLP:RED" in result.output
