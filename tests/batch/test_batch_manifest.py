"""The output folder after faults: a damaged or stale manifest, edits found by content, leftovers of
a killed run, two runs on one folder, and a folder that cannot be made."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest
from batch_helpers import Notes, articles, make_project, run, statuses, wait_for
from click.testing import CliRunner

from reportgen.batch.manifest import LOCK_NAME, Manifest
from reportgen.batch.project import Plan
from reportgen.cli import cli
from reportgen.errors import InputError

pytestmark = pytest.mark.usefixtures("templates")


def test_a_yaml_written_but_not_recorded_is_batchs_own(tmp_path: Path) -> None:
    """Batch rewrote a brief, then died before recording it: the brief is not an analyst's edit."""
    plan = make_project(tmp_path, {"vote.txt": "Council vote delayed\n\nMayor Elin Dahl said so."})
    manifest = tmp_path / "out" / ".reportgen-manifest.json"
    run(plan)
    before = manifest.read_bytes()
    (tmp_path / "in" / "vote.txt").write_text("Council vote held\n\nThe vote passed, Elin Dahl said.")
    run(plan)
    manifest.write_bytes(before)  # as if the second run had been killed before saving its manifest
    result = run(plan)
    assert statuses(result) == {"vote.pdf": "built", "vote.yaml": "skipped"}
    assert Manifest.load(tmp_path / "out").get("vote.yaml") is not None
    assert statuses(run(plan)) == {"vote.pdf": "skipped", "vote.yaml": "skipped"}


def test_a_truncated_manifest_is_reported_and_rebuilt_not_read_as_empty(tmp_path: Path) -> None:
    plan = make_project(tmp_path, articles(3))
    run(plan)
    manifest = tmp_path / "out" / ".reportgen-manifest.json"
    manifest.write_bytes(manifest.read_bytes()[: manifest.stat().st_size // 2])
    notes = Notes()
    result = run(plan, log=notes)
    assert [line for line in notes.lines if "manifest" in line] == [
        f"reportgen: warning: {manifest}: manifest unreadable (cut short); rebuilt from the outputs on disk"]
    assert {rel: s for rel, s in statuses(result).items() if rel.endswith(".yaml")} == {
        "a0.yaml": "skipped", "a1.yaml": "skipped", "a2.yaml": "skipped"}  # not "kept" as edits
    assert len(json.loads(manifest.read_text())["outputs"]) == 6
    assert run(plan).count("built") == 0


def test_an_edit_is_found_by_content_even_with_the_same_size_and_time(tmp_path: Path) -> None:
    plan = make_project(tmp_path, {"vote.txt": "Council vote delayed\n\nMayor Elin Dahl said so."})
    run(plan)
    brief = tmp_path / "out" / "vote.yaml"
    stat = brief.stat()
    brief.write_text(brief.read_text().replace("delayed", "DELAYED"))
    os.utime(brief, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert brief.stat().st_size == stat.st_size
    result = run(plan)
    assert statuses(result) == {"vote.pdf": "built", "vote.yaml": "kept"}
    assert (tmp_path / "out" / "vote.pdf").read_bytes().endswith(b"|Council vote DELAYED")


def test_leftover_part_files_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    plan = make_project(tmp_path, articles(2))
    out = tmp_path / "out"
    out.mkdir()
    leftovers = [out / ".a0.pdf.k2j4h1x9.part", out / ".a1.yaml.0f9qz2aa.part",
                 out / "..reportgen-manifest.json.abc12345.part"]
    for part in leftovers:
        part.write_bytes(b"half a file")
    unrelated = out / ".notes.txt.zz.part"
    unrelated.write_bytes(b"not ours")
    run(plan)
    assert not any(p.exists() for p in leftovers)
    assert unrelated.exists()


def test_two_runs_on_one_folder_wait_for_each_other(tmp_path: Path) -> None:
    from filelock import FileLock

    plan = make_project(tmp_path, articles(2))
    (tmp_path / "out").mkdir()
    held = FileLock(tmp_path / "out" / LOCK_NAME)
    held.acquire()
    notes = Notes()
    second = threading.Thread(target=run, args=(plan,), kwargs={"log": notes})
    second.start()
    try:
        assert wait_for(lambda: notes.lines, 10)
        assert "another reportgen batch is writing to this folder; waiting" in notes.lines[0]
        time.sleep(0.3)
        assert not list((tmp_path / "out").glob("*.pdf"))  # still waiting
    finally:
        held.release()
    second.join(30)
    assert not second.is_alive() and len(list((tmp_path / "out").glob("*.pdf"))) == 2


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    plan = make_project(tmp_path, articles(1))
    (tmp_path / "blocker").write_text("a file where a folder should be")
    with pytest.raises(InputError, match="cannot create the output folder"):
        run(Plan(plan.root, tmp_path / "blocker" / "out", plan.options, plan.targets, plan.jobs))
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "blocker" / "out")])
    assert result.exit_code == 2
    folder = tmp_path / "blocker" / "out"
    assert result.output.strip().splitlines() == [
        f"reportgen: error: {folder}: cannot create the output folder (not a directory)"]
