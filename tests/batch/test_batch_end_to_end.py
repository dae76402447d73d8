"""One real batch: spaCy extraction and WeasyPrint rendering of two small fictional articles."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from reportgen.batch.command import run_command
from reportgen.brief import load_brief

ARTICLES = {
    "ferry.txt": """Ferry operator suspends northern routes

HALDEN BAY - Nordlys Ferries suspended three northern routes on Tuesday after a storm damaged the
terminal at Halden Bay, the company said.

"We will not sail until the ramp is safe," chief executive Marit Olsen told reporters. She said
repairs would cost about 4 million euros and take six weeks.

The regional transport minister, Jonas Berg, said the government expects to fund part of the work.
""",
    "mine.txt": """Miners strike over safety rules

KARVIK - About 1,200 workers at the Karvik copper mine walked out on Monday, the Karvik Miners
Union said.

"Nobody goes underground until the new ventilation is installed," union leader Petra Lund said.
The mine owner, Vestmark Metals, said output would fall by 30 percent this month.
""",
}


@pytest.mark.slow
def test_real_batch_builds_then_skips_and_reports(tmp_path: Path, nlp: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    (tmp_path / "articles").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "articles" / name).write_text(text)
    (tmp_path / "articles" / "empty.txt").write_text("   \n")
    (tmp_path / "reports.yaml").write_text("inputs: articles/*.txt\nformats: [pdf, yaml]\n")

    code = run_command((), jobs=1, report_path="report.json", junit_path="junit.xml")
    assert code == 1  # empty.txt failed; the two articles were still built
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["summary"]["built"] == 4 and report["summary"]["failed_inputs"] == 1
    failed = [item for item in report["inputs"] if item["error"]]
    assert [item["input"] for item in failed] == ["articles/empty.txt"]
    assert "articles/empty.txt" in failed[0]["error"]

    out = tmp_path / "reports"
    for stem in ("ferry", "mine"):
        assert (out / f"{stem}.pdf").read_bytes().startswith(b"%PDF-")
        brief = load_brief(out / f"{stem}.yaml")
        assert brief.actors and brief.source.path and brief.source.path.endswith(f"{stem}.txt")
    names = {a.name for a in load_brief(out / "ferry.yaml").actors}
    assert "Marit Olsen" in names

    (tmp_path / "articles" / "empty.txt").unlink()
    assert run_command((), check=True) == 0
    assert run_command((), jobs=1, report_path="again.json") == 0
    assert json.loads((tmp_path / "again.json").read_text())["summary"]["built"] == 0


class _Text(HTMLParser):
    """The text a browser shows (no scripts or styles)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _words(text: str) -> str:
    return " ".join(text.split())


def pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([tool, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.slow
def test_a_role_corrected_once_shows_in_both_clients_documents(tmp_path: Path, nlp: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Two clients, one brief per article: the analyst fixes a role in that brief, and both clients'
    PDFs and the HTML show the fix, rendered from the edit (nothing is extracted again)."""
    from reportgen.batch.project import load_project
    from reportgen.batch.runner import run_batch
    from reportgen.batch.stages import REAL_STAGES
    from reportgen.brief import brief_to_yaml

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "ferry.txt").write_text(ARTICLES["ferry.txt"])
    clients = Path(__file__).resolve().parents[2] / "examples" / "clients"
    (tmp_path / "reports.yaml").write_text(
        f"inputs: articles/*.txt\noutput: out\noptions: {{clients_dir: {clients}}}\n"
        "targets:\n  - client: northwind-risk\n  - client: halden-security\n    formats: [pdf, html]\n")
    plan = load_project(tmp_path / "reports.yaml")
    first = run_batch(plan, stages=REAL_STAGES)
    assert not first.failed_inputs
    out = tmp_path / "out"
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml")) == ["briefs/ferry.yaml"]

    path = out / "briefs" / "ferry.yaml"
    brief = load_brief(path)
    olsen = next(a for a in brief.actors if a.name == "Marit Olsen")
    assert olsen.role != "harbour inspector"
    olsen.role = "harbour inspector"
    path.write_text(brief_to_yaml(brief))
    edited = path.read_bytes()

    second = run_batch(plan, stages=REAL_STAGES)
    item = second.items[0]
    assert {o.rel: o.status for o in item.outputs} == {
        "northwind-risk/ferry.pdf": "built", "halden-security/ferry.pdf": "built",
        "halden-security/ferry.html": "built", "briefs/ferry.yaml": "kept"}
    assert "extract" not in item.seconds and "ingest" not in item.seconds  # rendered from the edit
    assert item.brief == path and path.read_bytes() == edited
    for pdf in ("northwind-risk/ferry.pdf", "halden-security/ferry.pdf"):
        assert "harbour inspector" in _words(pdf_text(out / pdf)), pdf
    page = _Text()
    page.feed((out / "halden-security" / "ferry.html").read_text("utf-8"))
    assert "harbour inspector" in _words(" ".join(page.parts))
