"""Edited briefs, failures, atomic writes, worker processes, shards and reports."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from batch_fakes import EXTRACTED, FAKE_STAGES
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.batch.deps import Fingerprints
from reportgen.batch.manifest import Manifest
from reportgen.batch.project import Plan, Target, make_plan
from reportgen.batch.report import summary, to_json, to_junit
from reportgen.batch.runner import BatchResult, check, run_batch
from reportgen.batch.shard import in_shard, parse_shard, shard_of
from reportgen.errors import InputError
from reportgen.options import Options


def fps() -> Fingerprints:
    """New for each run: a Fingerprints caches template hashes for one run, as in the CLI."""
    return Fingerprints(tool="t1", model=("m", "1"))

pytestmark = pytest.mark.usefixtures("templates")


def make_project(tmp_path: Path, texts: dict[str, str], formats: tuple = ("pdf", "yaml")) -> Plan:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    for name, text in texts.items():
        (src / name).write_text(text)
    target = Target("default", Options(), formats)
    files = sorted(src.glob("*.txt"))
    return make_plan(tmp_path, tmp_path / "out", Options(), (target,), files, "{stem}.{ext}", "test", [])


def run(plan: Plan, **kwargs: object) -> BatchResult:
    return run_batch(plan, stages=FAKE_STAGES, fingerprints=fps(), **kwargs)  # type: ignore[arg-type]


def statuses(result: BatchResult) -> dict[str, str]:
    return {o.rel: o.status for item in result.items for o in item.outputs}


def articles(count: int) -> dict[str, str]:
    return {f"a{i:03}.txt": f"Council vote {i}\n\nNordby's council approved plan {i}, mayor Elin Dahl said."
            for i in range(count)}


def test_edited_brief_is_kept_and_rendered_from_even_with_force(tmp_path: Path) -> None:
    plan = make_project(tmp_path, {"vote.txt": "Council vote delayed\n\nMayor Elin Dahl said so."})
    run(plan)
    brief = tmp_path / "out" / "vote.yaml"
    brief.write_text(brief.read_text().replace(
        "title: Council vote delayed", "title: Council vote postponed"))
    edited = brief.read_bytes()
    EXTRACTED.clear()
    result = run(plan, force=True)
    assert statuses(result) == {"vote.pdf": "built", "vote.yaml": "kept"}
    assert "edited since batch wrote it" in result.items[0].outputs[1].message
    assert brief.read_bytes() == edited
    assert (tmp_path / "out" / "vote.pdf").read_bytes().endswith(b"|Council vote postponed")
    assert EXTRACTED == []
    # the input changes later: the analyst's brief still wins, and nothing is rebuilt twice
    (tmp_path / "in" / "vote.txt").write_text("Council vote held\n\nThe vote passed.")
    assert statuses(run(plan)) == {"vote.pdf": "skipped", "vote.yaml": "kept"}
    assert brief.read_bytes() == edited
    # a further edit of the brief re-renders
    brief.write_text(brief.read_text().replace("postponed", "cancelled"))
    assert statuses(run(plan))["vote.pdf"] == "built"
    assert check(plan, fingerprints=fps()) == []


def test_yaml_not_written_by_batch_is_never_overwritten(tmp_path: Path) -> None:
    plan = make_project(tmp_path, {"vote.txt": "Council vote delayed\n\nMayor Elin Dahl said so."})
    (tmp_path / "out").mkdir()
    run(plan)
    brief = tmp_path / "out" / "vote.yaml"  # now as `reportgen extract` writes it: no batch stamp
    brief.write_text(brief.read_text().rsplit("# written by reportgen batch", 1)[0])
    (tmp_path / "out" / ".reportgen-manifest.json").unlink()
    result = run(plan)
    assert statuses(result)["vote.yaml"] == "kept"
    assert "not written by batch" in result.items[0].outputs[1].message


def test_failing_inputs_do_not_stop_the_others(tmp_path: Path) -> None:
    texts = articles(7)
    texts["a001.txt"] = "Broken one\n\nBROKEN-INGEST"
    texts["a003.txt"] = "Broken two\n\nBROKEN-EXTRACT in the middle of a chunk"
    texts["a005.txt"] = "BROKEN-RENDER title\n\nThe template fails on this one."
    plan = make_project(tmp_path, texts)
    result = run(plan, chunk_size=7)
    assert [item.input for item in result.failed_inputs] == ["in/a001.txt", "in/a003.txt", "in/a005.txt"]
    for item in result.failed_inputs:
        message = item.error or next(o.message for o in item.outputs if o.status == "failed")
        assert "\n" not in message and "a00" in message  # one line naming the file
    ok = {f"a{i:03}.{e}" for i in (0, 2, 4, 6) for e in ("pdf", "yaml")}
    assert {rel for rel, s in statuses(result).items() if s == "built"} == ok | {"a005.yaml"}
    assert not (tmp_path / "out" / "a005.pdf").exists()  # no partial output when rendering raises
    assert not list((tmp_path / "out").glob("*.part")) and not list((tmp_path / "out").glob(".*.part"))
    # failed outputs stay stale, so the next run retries exactly those
    assert sorted(Path(p).name for p, _ in check(plan, fingerprints=fps())) == [
        "a001.pdf", "a001.yaml", "a003.pdf", "a003.yaml", "a005.pdf"]


def test_worker_processes_make_the_same_outputs(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    texts = articles(9)
    texts["a004.txt"] = "Broken\n\nBROKEN-EXTRACT"
    r1 = run(make_project(one, texts), jobs=1)
    r2 = run(make_project(two, texts), jobs=2, chunk_size=2)
    assert statuses(r1) == statuses(r2)
    assert [i.input for i in r2.items] == [i.input for i in r1.items]
    for rel, status in statuses(r1).items():
        if status == "built" and rel.endswith(".pdf"):
            assert (one / "out" / rel).read_bytes() == (two / "out" / rel).read_bytes()
    assert len(Manifest.load(two / "out").entries) == len(Manifest.load(one / "out").entries) == 16


@settings(max_examples=60, deadline=None)
@given(paths=st.sets(st.text(alphabet="abcxyz/._-0123456789", min_size=1, max_size=30), max_size=60),
       count=st.integers(min_value=1, max_value=12))
def test_shards_cover_every_input_exactly_once(paths: set[str], count: int) -> None:
    for path in paths:
        owners = [k for k in range(1, count + 1) if in_shard(path, k, count)]
        assert owners == [shard_of(path, count)]


def test_shard_of_a_path_does_not_depend_on_other_inputs() -> None:
    assert shard_of("articles/port.txt", 4) == shard_of("articles/port.txt", 4)
    spread = {shard_of(f"articles/{i}.txt", 4) for i in range(200)}
    assert spread == {1, 2, 3, 4}


@pytest.mark.parametrize("text", ["0/2", "3/2", "1", "a/b", "1/0"])
def test_bad_shard_specs_are_refused(text: str) -> None:
    with pytest.raises(InputError):
        parse_shard(text)


def test_sharded_runs_build_everything_once_and_merge_manifests(tmp_path: Path) -> None:
    plan = make_project(tmp_path, articles(12))
    first, second = run(plan, shard=(1, 2)), run(plan, shard=(2, 2))
    inputs = [i.input for i in first.items] + [i.input for i in second.items]
    assert sorted(inputs) == [job.rel for job in plan.jobs]
    assert first.items and second.items
    assert check(plan, fingerprints=fps()) == []  # both shard manifests are read
    assert run(plan).count("built") == 0
    assert [f.name for f in (tmp_path / "out").glob(".reportgen-manifest*")] == [".reportgen-manifest.json"]


def test_reports_count_and_name_each_input(tmp_path: Path) -> None:
    texts = articles(3)
    texts["a001.txt"] = "Broken\n\nBROKEN-INGEST"
    plan = make_project(tmp_path, texts)
    result = run(plan)
    assert summary(result).startswith("4 built, 0 skipped (fresh), 0 kept (edited), 1 input failed")
    data = json.loads(to_json(result))
    assert data["summary"]["built"] == 4 and data["summary"]["failed_inputs"] == 1
    assert data["inputs"][1]["error"].endswith("no article text found")
    assert "ingest" in data["summary"]["stage_seconds"]
    suite = ET.fromstring(to_junit(result)).find("testsuite")
    assert suite is not None and suite.get("tests") == "3" and suite.get("failures") == "1"
    failing = [case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None]
    assert failing == ["in/a001.txt"]


def test_renders_of_edited_briefs_follow_tool_changes(tmp_path: Path) -> None:
    plan = make_project(tmp_path, {"vote.txt": "Council vote delayed\n\nMayor Elin Dahl said so."})
    run(plan)
    brief = tmp_path / "out" / "vote.yaml"
    brief.write_text(brief.read_text().replace("delayed", "postponed"))
    run(plan)
    newer = Fingerprints(tool="t2", model=("m", "1"))
    assert check(plan, fingerprints=newer) == [(str(tmp_path / "out" / "vote.pdf"), "tool changed")]


def test_a_file_of_several_articles_gives_one_merged_brief(tmp_path: Path) -> None:
    texts = {"wire.txt": "Dock strike\n\nCrews walked out.\n----\nDock strike ends\n\nCrews returned.",
             "bad.txt": "Fine first\n\nAll good.\n----\nBROKEN-EXTRACT second\n\nThis one fails.",
             "after.txt": "Later story\n\nStill built."}
    plan = make_project(tmp_path, texts)
    result = run(plan, chunk_size=3)
    assert (tmp_path / "out" / "wire.pdf").read_bytes().endswith(b"|Dock strike + Dock strike ends")
    assert [item.input for item in result.failed_inputs] == ["in/bad.txt"]
    assert statuses(result)["after.pdf"] == "built"
