"""``reportgen batch`` when the disk fills up (a real ``EFBIG`` from a file-size limit, see
tests/write_faults.py): what was written is recorded, what failed keeps its previous bytes and its old
manifest entry, and the next run finishes exactly the rest."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from write_faults import assert_no_temporary_files, file_size_limit, system_fonts_template

from reportgen.brief import Actor, Brief, Claim, Source, brief_to_yaml
from reportgen.errors import EXIT_PROCESSING

MANIFEST = ".reportgen-manifest.json"


def brief_text(title: str, speaker: str) -> str:
    return brief_to_yaml(Brief(title=title, source=Source(id="s1", title=title, outlet="Test Wire", words=60),
                               summary=[f"{title}, officials said on Monday."],
                               actors=[Actor(speaker, role="spokesperson", key=True)],
                               claims=[Claim(speaker, "Work goes on as planned")]))


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """Two edited briefs, each made into a small PDF (a template with system fonts, which writes
    nothing else) and a larger HTML file (the default template: its fonts inlined)."""
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "canal.yaml").write_text(brief_text("Canal reopens", "Ines Hald"))
    (tmp_path / "briefs" / "depot.yaml").write_text(brief_text("Depot closes", "Aron Belk"))
    template = system_fonts_template(tmp_path)
    (tmp_path / "reports.yaml").write_text(
        "inputs: briefs/*.yaml\noutput: out\nlayout: '{target}/{stem}.{ext}'\ntargets:\n"
        f"  - {{name: print, template: {json.dumps(str(template))}, formats: [pdf]}}\n"
        "  - {name: web, formats: [html]}\n")
    (tmp_path / "cache").mkdir()
    return tmp_path


def batch(folder: Path, preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TMPDIR": str(folder / "cache"), "XDG_CACHE_HOME": str(folder / "cache")}
    return subprocess.run([sys.executable, "-m", "reportgen", "batch", "reports.yaml", "-j", "1"], cwd=folder,
                          env=env, preexec_fn=preexec, capture_output=True, text=True, timeout=300)


OUTPUTS = ("print/canal.pdf", "web/canal.html", "print/depot.pdf", "web/depot.html")


def manifest_matches_disk(out: Path) -> dict[str, str]:
    """The manifest's hash of each output, checked against the file on disk: they must agree."""
    entries = json.loads((out / MANIFEST).read_text())["outputs"]
    for rel in OUTPUTS:
        assert entries[rel]["sha256"] == hashlib.sha256((out / rel).read_bytes()).hexdigest(), rel
    return {rel: entries[rel]["sha256"] for rel in OUTPUTS}


def test_an_output_the_full_disk_refuses_keeps_its_old_bytes_and_is_built_by_the_next_run(
        project: Path) -> None:
    out = project / "out"
    assert batch(project).returncode == 0
    assert_no_temporary_files(project)  # the workers' copies of the fonts included
    before = {name: (out / name).read_bytes() for name in ("print/canal.pdf", "web/canal.html")}
    recorded = manifest_matches_disk(out)
    brief = project / "briefs" / "canal.yaml"
    brief.write_text(brief.read_text().replace("Canal reopens", "Canal reopens early"))

    pdf_size, html_size = len(before["print/canal.pdf"]), len(before["web/canal.html"])
    limit = (pdf_size + html_size) // 2  # over the PDF, under the HTML
    assert pdf_size * 1.5 < limit < html_size / 1.5
    done = batch(project, file_size_limit(limit))
    assert done.returncode == EXIT_PROCESSING and "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if "error" in line]
    assert len(errors) == 1, done.stderr
    assert "web/canal.html: cannot write (file too large); the existing file is unchanged" in errors[0]
    assert (out / "web/canal.html").read_bytes() == before["web/canal.html"]
    assert (out / "print/canal.pdf").read_bytes() != before["print/canal.pdf"]  # rebuilt: it fitted
    now = manifest_matches_disk(out)
    assert now["web/canal.html"] == recorded["web/canal.html"]
    assert now["print/canal.pdf"] != recorded["print/canal.pdf"]
    assert_no_temporary_files(project)

    again = batch(project)
    assert again.returncode == 0, again.stderr
    assert "1 built, 3 skipped" in again.stderr
    assert b"Canal reopens early" in (out / "web/canal.html").read_bytes()
    assert manifest_matches_disk(out)["web/canal.html"] != recorded["web/canal.html"]


def test_a_manifest_the_full_disk_refuses_stays_as_it_was_and_the_next_run_records_the_outputs(
        project: Path) -> None:
    """A manifest that cannot be written ends the run with one error line; it is never cut short."""
    out = project / "out"
    out.mkdir()
    stale = {f"gone/{i:04d}.pdf": {"key": "0" * 64, "sha256": "1" * 64, "input": f"gone/{i}.txt", "parts": {}}
             for i in range(2000)}
    (out / MANIFEST).write_text(json.dumps({"format": 1, "outputs": stale}, indent=1) + "\n")
    previous = (out / MANIFEST).read_bytes()
    done = batch(project, file_size_limit(len(previous) - 1000))
    assert done.returncode == EXIT_PROCESSING and "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("reportgen: error:")]
    assert errors == [f"reportgen: error: {out / MANIFEST}: cannot write (file too large); the existing file "
                      "is unchanged"], done.stderr
    assert (out / MANIFEST).read_bytes() == previous
    assert_no_temporary_files(project)

    again = batch(project)
    assert again.returncode == 0, again.stderr
    manifest_matches_disk(out)


def test_a_report_that_cannot_be_written_is_refused_before_the_run(project: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from reportgen.batch.command import run_command
    from reportgen.errors import InputError

    monkeypatch.chdir(project)
    with pytest.raises(InputError, match=r"briefs/canal\.yaml/report\.json: cannot create its folder"):
        run_command(("reports.yaml",), jobs=1, report_path="briefs/canal.yaml/report.json")
    assert not (project / "out").exists()
