"""One real batch: spaCy extraction and WeasyPrint rendering of two small fictional articles."""

from __future__ import annotations

import json
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
