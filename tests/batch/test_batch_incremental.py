"""Incremental rebuilds: each kind of dependency rebuilds exactly the outputs that depend on it."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from batch_fakes import EXTRACTED, FAKE_STAGES

from reportgen.batch import deps
from reportgen.batch.deps import Fingerprints
from reportgen.batch.project import Plan, Target, make_plan
from reportgen.batch.runner import BatchResult, check, run_batch
from reportgen.brief import Brief, Source, brief_to_yaml
from reportgen.options import Options

pytestmark = pytest.mark.usefixtures("templates")

ARTICLES = {
    "port.txt": "Port workers strike\n\nDock crews in Valmora walked out, union leader Ida Renn said.",
    "grid.txt": "Grid outage spreads\n\nEngineer Tomas Lind said 40,000 homes lost power in Esterby.",
    "farm.txt": "Farm prices climb\n\nGrain rose 12 percent, minister Alva Sund told reporters.",
}


def project(tmp_path: Path, options: Options | None = None, clients: tuple[str | None, ...] = (None,),
            formats: tuple = ("pdf", "yaml")) -> Plan:
    src = tmp_path / "articles"
    if not src.exists():
        src.mkdir()
        for name, text in ARTICLES.items():
            (src / name).write_text(text)
    options = options or Options()
    targets = tuple(Target(client or "default", options.merged(client=client), formats) for client in clients)
    layout = "{stem}.{ext}" if len(targets) == 1 else "{client}/{stem}.{ext}"
    files = sorted(src.glob("*.txt"))
    return make_plan(tmp_path, tmp_path / "out", options, targets, files, layout, "test", [])


def fps(tool: str = "t1", model: tuple[str, str] = ("m", "1")) -> Fingerprints:
    """Fingerprints cache template hashes for one run, so each run gets new ones, as in the CLI."""
    return Fingerprints(tool=tool, model=model)


def run(plan: Plan, fingerprints: Fingerprints | None = None, **kwargs: object) -> BatchResult:
    return run_batch(plan, stages=FAKE_STAGES, fingerprints=fingerprints or fps(),
                     **kwargs)  # type: ignore[arg-type]


def built(result: BatchResult) -> set[str]:
    return {o.rel for item in result.items for o in item.outputs if o.status == "built"}


def test_second_run_skips_everything_and_extracts_nothing(tmp_path: Path) -> None:
    plan = project(tmp_path)
    first = run(plan)
    assert built(first) == {f"{Path(n).stem}.{ext}" for n in ARTICLES for ext in ("pdf", "yaml")}
    assert (tmp_path / "out" / "port.pdf").read_bytes() == b"pdf|default|None|None|Port workers strike"
    EXTRACTED.clear()
    second = run(plan)
    assert built(second) == set()
    assert second.count("skipped") == 6
    assert EXTRACTED == []


def test_changed_input_rebuilds_only_its_outputs(tmp_path: Path) -> None:
    plan = project(tmp_path)
    run(plan)
    (tmp_path / "articles" / "grid.txt").write_text("Grid outage ends\n\nPower returned to Esterby.")
    EXTRACTED.clear()
    result = run(plan)
    assert built(result) == {"grid.pdf", "grid.yaml"}
    assert EXTRACTED == ["articles/grid.txt"]
    assert b"Grid outage ends" in (tmp_path / "out" / "grid.pdf").read_bytes()


def test_template_file_change_rerenders_without_extracting(tmp_path: Path, templates: Path) -> None:
    plan = project(tmp_path)
    run(plan)
    (templates / "default" / "brief.html.j2").write_text("<h1 class=big>{{ title }}</h1>")
    assert {why for _, why in check(plan, fingerprints=fps())} == {"template changed"}
    EXTRACTED.clear()
    result = run(plan)
    assert built(result) == {"port.pdf", "grid.pdf", "farm.pdf"}
    assert EXTRACTED == []  # rendered from the fresh YAML briefs already on disk


def test_client_asset_change_rebuilds_that_client_only(tmp_path: Path, templates: Path) -> None:
    plan = project(tmp_path, clients=("acme", "globex"))
    run(plan)
    (templates / "clients" / "acme" / "logo.svg").write_text("<svg/>")
    result = run(plan)
    assert built(result) == {"acme/port.pdf", "acme/grid.pdf", "acme/farm.pdf"}


@pytest.mark.parametrize(("before", "after"), [
    (("t1", ("m", "1")), ("t2", ("m", "1"))),
    (("t1", ("m", "1")), ("t1", ("m", "2"))),
    (("t1", ("m", "1")), ("t1", ("other", "1"))),
], ids=["tool", "model", "model-name"])
def test_tool_and_model_changes_rebuild_everything(tmp_path: Path, before: tuple, after: tuple,
                                                   request: pytest.FixtureRequest) -> None:
    kind = request.node.callspec.id.split("-")[0]
    plan = project(tmp_path)
    run(plan, fps(*before))
    assert run(plan, fps(*before)).count("built") == 0
    assert {why for _, why in check(plan, fingerprints=fps(*after))} == {f"{kind} changed"}
    assert len(built(run(plan, fps(*after)))) == 6


def test_model_option_changes_the_key_without_loading_spacy(tmp_path: Path) -> None:
    plan = project(tmp_path)
    run(plan, Fingerprints(tool="t1"))
    other = replace(plan, options=plan.options.merged(model="some_other_model"))
    stale = check(other, fingerprints=Fingerprints(tool="t1"))
    assert len(stale) == 6 and {why for _, why in stale} == {"model changed"}


def test_render_option_rebuilds_renders_only(tmp_path: Path) -> None:
    run(project(tmp_path))
    amber = project(tmp_path, Options(tlp="TLP:AMBER"))
    assert {why for _, why in check(amber, fingerprints=fps())} == {"render options changed"}
    result = run(amber)
    assert built(result) == {"port.pdf", "grid.pdf", "farm.pdf"}
    assert (tmp_path / "out" / "port.pdf").read_bytes().endswith(b"|TLP:AMBER|Port workers strike")


def test_extract_option_rebuilds_briefs_and_renders(tmp_path: Path) -> None:
    run(project(tmp_path))
    assert len(built(run(project(tmp_path, Options(input_format="txt"))))) == 6


def test_force_rebuilds_everything(tmp_path: Path) -> None:
    plan = project(tmp_path)
    run(plan)
    assert len(built(run(plan, force=True))) == 6


def test_deleted_or_tampered_output_is_rebuilt(tmp_path: Path) -> None:
    plan = project(tmp_path)
    run(plan)
    (tmp_path / "out" / "port.pdf").unlink()
    (tmp_path / "out" / "farm.pdf").write_bytes(b"truncated")
    assert built(run(plan)) == {"port.pdf", "farm.pdf"}


def test_check_reports_stale_outputs_and_passes_when_fresh(tmp_path: Path) -> None:
    plan = project(tmp_path)
    missing = check(plan, fingerprints=fps())
    assert sorted(Path(p).name for p, _ in missing) == sorted(
        f"{Path(n).stem}.{e}" for n in ARTICLES for e in ("pdf", "yaml"))
    assert {reason for _, reason in missing} == {"missing"}
    run(plan)
    assert check(plan, fingerprints=fps()) == []
    (tmp_path / "articles" / "farm.txt").write_text("Farm prices fall\n\nGrain fell.")
    stale = check(plan, fingerprints=fps())
    assert sorted((Path(p).name, why) for p, why in stale) == [("farm.pdf", "input changed"),
                                                                ("farm.yaml", "input changed")]
    assert not (tmp_path / "out" / "farm.pdf").read_bytes().endswith(b"fall")  # check built nothing


def test_yaml_brief_inputs_render_and_track_their_bytes(tmp_path: Path) -> None:
    brief = tmp_path / "briefs" / "edited.yaml"
    brief.parent.mkdir()
    brief.write_text(brief_to_yaml(Brief(title="Ferry talks stall", source=Source(title="Ferry talks stall"),
                                         summary=["Talks on the ferry contract stalled."])))
    target = Target("default", Options(), ("pdf", "yaml"))
    plan = make_plan(tmp_path, tmp_path / "out", Options(), (target,), [brief], "{stem}.{ext}", "t", [])
    assert [o.rel for o in plan.jobs[0].outputs] == ["edited.pdf"]  # no YAML of a YAML input
    assert built(run(plan)) == {"edited.pdf"}
    assert run(plan).count("built") == 0
    brief.write_text(brief.read_text().replace("stall", "resume"))
    assert built(run(plan)) == {"edited.pdf"}
    assert (tmp_path / "out" / "edited.pdf").read_bytes().endswith(b"Ferry talks resume")


def test_a_checkout_in_another_folder_is_still_fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CI runners clone to different folders: absolute paths must not enter any key or brief."""
    monkeypatch.setattr(deps, "template_folders", lambda o: [Path(o.clients_dir or "") / (o.client or "")])
    first = tmp_path / "first"
    (first / "clients" / "acme").mkdir(parents=True)
    (first / "clients" / "acme" / "client.yaml").write_text("name: Acme\n")

    def plan_in(folder: Path) -> Plan:
        options = Options(clients_dir=str(folder / "clients"))
        return project(folder, options, clients=("acme",))

    run(plan_in(first))
    shutil.copytree(first, tmp_path / "second")
    assert check(plan_in(tmp_path / "second"), fingerprints=fps()) == []
    assert "first" not in (tmp_path / "second" / "out" / "port.yaml").read_text()


def test_touched_but_unchanged_outputs_stay_fresh(tmp_path: Path) -> None:
    """A restored cache or a downloaded artifact has new mtimes: the content hash decides."""
    plan = project(tmp_path)
    run(plan)
    for path in (tmp_path / "out").glob("*.*"):
        os.utime(path, ns=(1, 1))
    assert check(plan, fingerprints=fps()) == []
    assert run(plan).count("built") == 0


def test_stale_reason_names_what_replaced_the_old_dependencies() -> None:
    from reportgen.batch.deps import changed

    old = {"input": "a1", "model": "m1", "extract options": "o1", "template": "t1"}
    assert changed(old, {"brief": "b1", "template": "t1"}) == "brief changed"
    assert changed(old, {**old, "template": "t2"}) == "template changed"
    assert changed({**old, "client": "c1"}, old) == "client changed"


def test_a_changed_metadata_sidecar_rebuilds_its_article_only(tmp_path: Path) -> None:
    plan = project(tmp_path)
    (tmp_path / "articles" / "farm.meta.yaml").write_text("published: '2026-10-29'\n")
    run(plan)
    EXTRACTED.clear()
    assert built(run(plan)) == set()
    (tmp_path / "articles" / "farm.meta.yaml").write_text("published: '2026-10-30'\n")
    result = run(plan)
    assert built(result) == {"farm.pdf", "farm.yaml"}
    assert EXTRACTED == ["articles/farm.txt"]


def test_a_glob_that_matches_a_sidecar_keeps_it_with_its_article(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    (src / "port.txt").write_text(ARTICLES["port.txt"])
    (src / "port.meta.yaml").write_text("title: Port strike\n")
    (src / "Farm.TXT").write_text(ARTICLES["farm.txt"])
    (src / "Farm.meta.yaml").write_text("title: Farm prices\n")
    (src / "gone.meta.yaml").write_text("title: Gone\n")
    files = sorted(src.glob("*"))
    plan = make_plan(tmp_path, tmp_path / "out", Options(), (Target("default", Options(), ("pdf",)),), files,
                     "{stem}.{ext}", "test", [])
    assert [job.rel for job in plan.jobs] == ["articles/Farm.TXT", "articles/port.txt"]
    assert any("gone.meta.yaml" in w and "no article" in w for w in plan.warnings)
