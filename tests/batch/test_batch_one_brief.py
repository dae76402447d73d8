"""One brief per input: every client, template and format renders from it, an analyst corrects a
fact in that one file, and batch says which file it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_fakes import EXTRACTED, FAKE_STAGES
from batch_helpers import Notes

from reportgen.batch.command import run_command
from reportgen.batch.deps import Fingerprints
from reportgen.batch.manifest import Entry, Manifest
from reportgen.batch.project import Plan, load_project, plan_from_args
from reportgen.batch.report import briefs_line
from reportgen.batch.runner import BatchResult, check, run_batch, select
from reportgen.errors import InputError

pytestmark = pytest.mark.usefixtures("templates")

ARTICLES = {
    "port.txt": "Port workers strike\n\nDock crews in Valmora walked out.\nActor: Ida Renn, union leader\n",
    "grid.txt": "Grid outage spreads\n\nEsterby lost power.\nActor: Tomas Lind, grid engineer\n",
}
TWO_CLIENTS = """\
inputs: articles/*.txt
output: out
targets:
  - client: acme
  - client: globex
    formats: [pdf, html]
"""


def fps() -> Fingerprints:
    return Fingerprints(tool="t1", model=("m", "1"))


def project(tmp_path: Path, text: str = TWO_CLIENTS, articles: dict[str, str] | None = None) -> Plan:
    (tmp_path / "articles").mkdir(exist_ok=True)
    for name, body in (articles or ARTICLES).items():
        (tmp_path / "articles" / name).write_text(body)
    (tmp_path / "reports.yaml").write_text(text)
    return load_project(tmp_path / "reports.yaml")


def run(plan: Plan, **kwargs: object) -> BatchResult:
    return run_batch(plan, stages=FAKE_STAGES, fingerprints=fps(), **kwargs)  # type: ignore[arg-type]


def statuses(result: BatchResult) -> dict[str, str]:
    return {o.rel: o.status for item in result.items for o in item.outputs}


def test_two_clients_share_one_brief_per_input(tmp_path: Path) -> None:
    plan = project(tmp_path)
    result = run(plan)
    out = tmp_path / "out"
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml")) == [
        "briefs/grid.yaml", "briefs/port.yaml"]
    assert statuses(result) == {f"{folder}/{stem}.{ext}": "built" for stem in ("port", "grid")
                                for folder, ext in (("acme", "pdf"), ("globex", "pdf"), ("globex", "html"),
                                                    ("briefs", "yaml"))}
    assert sorted(EXTRACTED) == ["articles/grid.txt", "articles/port.txt"]  # once per input
    assert (out / "acme" / "port.pdf").read_bytes() == b"pdf|default|acme|None|Ida Renn (union leader)|" \
                                                       b"Port workers strike"


def test_an_edited_role_shows_in_every_clients_outputs_and_is_never_reextracted(tmp_path: Path) -> None:
    plan = project(tmp_path)
    run(plan)
    brief = tmp_path / "out" / "briefs" / "port.yaml"
    text = brief.read_text()
    assert "role: union leader" in text
    brief.write_text(text.replace("role: union leader", "role: strike committee chair"))
    edited = brief.read_bytes()
    stale = check(plan, fingerprints=fps())
    assert sorted((Path(p).relative_to(tmp_path / "out").as_posix(), why) for p, why in stale) == [
        ("acme/port.pdf", "brief changed"), ("globex/port.html", "brief changed"),
        ("globex/port.pdf", "brief changed")]
    EXTRACTED.clear()
    result = run(plan)
    assert EXTRACTED == []
    assert {rel: s for rel, s in statuses(result).items() if "port" in rel} == {
        "acme/port.pdf": "built", "globex/port.pdf": "built", "globex/port.html": "built",
        "briefs/port.yaml": "kept"}
    for rel in ("acme/port.pdf", "globex/port.pdf", "globex/port.html"):
        rendered = (tmp_path / "out" / rel).read_bytes()
        assert b"Ida Renn (strike committee chair)|" in rendered and b"union leader" not in rendered
    assert brief.read_bytes() == edited
    # nothing overwrites the edit: not a rerun, not --force, not a new version of the article
    assert run(plan).count("built") == 0
    (tmp_path / "articles" / "port.txt").write_text(ARTICLES["port.txt"].replace("walked out", "returned"))
    forced = run(plan, force=True)
    assert forced.count("built") == 7  # six renders and grid's brief
    assert statuses(forced)["briefs/port.yaml"] == "kept"
    assert EXTRACTED == ["articles/grid.txt"]
    assert brief.read_bytes() == edited
    assert b"strike committee chair" in (tmp_path / "out" / "acme" / "port.pdf").read_bytes()
    assert check(plan, fingerprints=fps()) == []


def test_a_template_change_rerenders_from_the_brief_on_disk(tmp_path: Path, templates: Path) -> None:
    plan = project(tmp_path)
    run(plan)
    (templates / "clients" / "globex" / "logo.svg").write_text("<svg/>")
    EXTRACTED.clear()
    result = run(plan)
    assert {rel for rel, s in statuses(result).items() if s == "built"} == {
        "globex/port.pdf", "globex/port.html", "globex/grid.pdf", "globex/grid.html"}
    assert EXTRACTED == []


def test_the_report_and_summary_name_the_brief_to_edit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    project(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("reportgen.batch.stages.REAL_STAGES", FAKE_STAGES)
    assert run_command((), jobs=1, report_path="report.json") == 0
    report = json.loads((tmp_path / "report.json").read_text())
    assert {item["input"]: item["brief"] for item in report["inputs"]} == {
        "articles/grid.txt": "out/briefs/grid.yaml", "articles/port.txt": "out/briefs/port.yaml"}
    shared = [o for item in report["inputs"] for o in item["outputs"] if o["format"] == "yaml"]
    assert len(shared) == 2 and all(o["target"] is None for o in shared)
    err = capsys.readouterr().err
    assert "built briefs/port.yaml" in err
    assert err.splitlines()[-1].startswith("edit briefs in out/briefs/ (one per input;")


def test_a_brief_input_is_its_own_brief_to_edit(tmp_path: Path) -> None:
    plan = project(tmp_path)
    run(plan)
    (tmp_path / "mine.yaml").write_bytes((tmp_path / "out" / "briefs" / "port.yaml").read_bytes())
    plan = project(tmp_path, TWO_CLIENTS.replace("inputs: articles/*.txt", "inputs: mine.yaml"))
    assert [o.rel for o in plan.jobs[0].outputs] == ["acme/mine.pdf", "globex/mine.pdf", "globex/mine.html"]
    result = run(plan)
    assert result.items[0].brief == tmp_path / "mine.yaml"
    assert briefs_line(result) is None  # batch keeps no brief: the input is the user's own file


def test_shards_keep_an_inputs_brief_and_all_its_targets_together(tmp_path: Path) -> None:
    texts = {f"a{i:02}.txt": f"Vote {i}\n\nThe council met.\nActor: Elin Dahl, mayor\n" for i in range(12)}
    plan = project(tmp_path, articles=texts)
    seen: list[str] = []
    for k in (1, 2):
        shard = run(plan, shard=(k, 2))
        assert shard.items
        for item in shard.items:
            stem = Path(item.input).stem
            assert {o.rel: o.status for o in item.outputs} == {
                f"briefs/{stem}.yaml": "built", f"acme/{stem}.pdf": "built", f"globex/{stem}.pdf": "built",
                f"globex/{stem}.html": "built"}
            seen.append(item.input)
        manifest = json.loads((tmp_path / "out" / f".reportgen-manifest.shard-{k}-of-2.json").read_text())
        owners = {entry["input"] for entry in manifest["outputs"].values()}
        assert owners == {item.input for item in shard.items}
    assert sorted(seen) == [job.rel for job in plan.jobs]
    assert check(plan, fingerprints=fps()) == []
    # an edited brief makes its input's outputs stale on that input's shard only
    job = plan.jobs[3]
    brief = tmp_path / "out" / "briefs" / f"{Path(job.rel).stem}.yaml"
    brief.write_text(brief.read_text().replace("role: mayor", "role: acting mayor"))
    home = next(k for k in (1, 2) if job in select(plan, (k, 2)))
    assert len(check(plan, shard=(home, 2), fingerprints=fps())) == 3
    assert check(plan, shard=(3 - home, 2), fingerprints=fps()) == []
    rebuilt = run(plan, shard=(home, 2))
    assert statuses(rebuilt)[f"briefs/{Path(job.rel).stem}.yaml"] == "kept"
    assert rebuilt.count("built") == 3


def test_yaml_in_a_targets_formats_makes_no_second_copy_and_warns(tmp_path: Path) -> None:
    text = "inputs: articles/*.txt\nformats: [pdf]\ntargets:\n  - client: acme\n" \
           "  - client: globex\n    formats: [pdf, yaml]\n"
    plan = project(tmp_path, text)
    assert plan.warnings == (
        f"{tmp_path / 'reports.yaml'}: targets[1] (globex): 'yaml' is not a per-target format and makes no "
        "copy of its own: each input has one brief, shared by every target, at briefs: 'briefs/{stem}.yaml'; "
        "list yaml in the top-level formats instead",)
    assert [[o.rel for o in job.outputs] for job in plan.jobs] == [
        ["acme/grid.pdf", "globex/grid.pdf", "briefs/grid.yaml"],
        ["acme/port.pdf", "globex/port.pdf", "briefs/port.yaml"]]
    # listed in the top-level formats (the default), yaml is the shared brief: no warning
    assert project(tmp_path).warnings == ()


def test_without_yaml_no_brief_is_kept_and_each_input_is_extracted_once(tmp_path: Path) -> None:
    plan = project(tmp_path, TWO_CLIENTS.replace("output: out\n", "output: out\nformats: [pdf]\n")
                   .replace("formats: [pdf, html]", "formats: [html]"))
    result = run(plan)
    assert sorted(statuses(result)) == ["acme/grid.pdf", "acme/port.pdf", "globex/grid.html",
                                        "globex/port.html"]
    assert sorted(EXTRACTED) == ["articles/grid.txt", "articles/port.txt"]
    assert briefs_line(result) is None and result.items[0].brief is None


def test_one_target_and_argument_plans_keep_the_brief_beside_the_outputs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    one = project(tmp_path, "inputs: articles/*.txt\nlayout: '{client}/{stem}.{ext}'\n"
                            "targets: [{client: acme}]\n")
    assert [o.rel for o in one.jobs[1].outputs] == ["acme/port.pdf", "acme/port.yaml"]
    monkeypatch.chdir(tmp_path)
    args = plan_from_args(["articles"], "out")
    assert [o.rel for o in args.jobs[1].outputs] == ["port.pdf", "port.yaml"]
    assert args.brief_path(args.jobs[1]) == (tmp_path / "out" / "port.yaml").resolve()
    pdf_only = plan_from_args(["articles"], "out", formats=("pdf",))
    assert [o.rel for o in pdf_only.jobs[1].outputs] == ["port.pdf"]


def test_the_briefs_pattern_places_them_and_is_checked(tmp_path: Path) -> None:
    plan = project(tmp_path, TWO_CLIENTS + "briefs: 'edit-here/{dir}/{stem}.{ext}'\n")
    assert [job.brief.rel for job in plan.jobs if job.brief] == [
        "edit-here/articles/grid.yaml", "edit-here/articles/port.yaml"]
    with pytest.raises(InputError, match=r"briefs '\{client\}/\{stem\}.yaml': unknown field 'client'; "
                                         r"a brief is shared by every target; use \{stem\} \{name\} \{dir\} "
                                         r"\{ext\}"):
        project(tmp_path, TWO_CLIENTS + "briefs: '{client}/{stem}.yaml'\n")
    with pytest.raises(InputError, match=r"reports.yaml:7:9: briefs: 'x/\{stem\}.pdf' does not match"):
        project(tmp_path, TWO_CLIENTS + "briefs: 'x/{stem}.pdf'\n")
    (tmp_path / "articles" / "more").mkdir()
    (tmp_path / "articles" / "more" / "port.txt").write_text("Another port story.")
    with pytest.raises(InputError, match=r"would both write briefs/port.yaml; use \{dir\} or \{name\} in the "
                                         r"briefs pattern"):
        project(tmp_path, TWO_CLIENTS.replace("articles/*.txt", "articles/**/*.txt")
                + "layout: '{target}/{dir}/{stem}.{ext}'\n")


def test_a_damaged_manifest_does_not_turn_the_shared_brief_into_an_edit(tmp_path: Path) -> None:
    plan = project(tmp_path)
    run(plan)
    manifest = tmp_path / "out" / ".reportgen-manifest.json"
    manifest.write_text('{"format": 1, "outp')
    notes = Notes()
    result = run(plan, log=notes)
    assert any("manifest unreadable (cut short)" in line for line in notes.lines)
    assert statuses(result)["briefs/port.yaml"] == "skipped"  # batch's own, known by its stamp
    assert len(Manifest.load(tmp_path / "out").entries) == 8
    assert run(plan).count("built") == 0


def test_an_edited_per_target_brief_of_an_older_batch_is_pointed_out(tmp_path: Path) -> None:
    """Before one brief per input, each client had a copy; an analyst's edit there is not lost silently."""
    plan = project(tmp_path)
    old = tmp_path / "out" / "acme" / "port.yaml"
    old.parent.mkdir(parents=True)
    old.write_text("title: corrected by hand\n")
    entry = Entry("k" * 64, "0" * 64, "articles/port.txt")  # the hash of what batch wrote, before the edit
    Manifest(tmp_path / "out", entries={"acme/port.yaml": entry}).save()
    notes = Notes()
    run(plan, log=notes)
    assert [line for line in notes.lines if "no longer reads" in line] == [
        f"reportgen: warning: {old}: edited, but batch no longer reads it (the brief for articles/port.txt "
        f"is {tmp_path / 'out' / 'briefs' / 'port.yaml'}); move the edits there, then delete this file"]
    assert old.read_text() == "title: corrected by hand\n"
