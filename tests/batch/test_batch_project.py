"""Project files and command-line inputs become plans; mistakes are reported with file:line:col."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen.batch.command import run_command
from reportgen.batch.project import load_project, plan_from_args
from reportgen.errors import InputError

pytestmark = pytest.mark.usefixtures("templates")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    write(tmp_path / "articles" / "port.txt", "Port strike\n\nDockers in Valmora walked out.")
    write(tmp_path / "articles" / "grid.md", "# Grid outage\n\nEsterby lost power.")
    write(tmp_path / "articles" / "notes.gold.yaml", "not: a brief\n")
    write(tmp_path / "briefs" / "ferry.yaml", "schema_version: 1\n")
    write(tmp_path / "clients" / "acme" / "client.yaml", "name: Acme\n")
    return tmp_path


def test_project_file_declares_targets_formats_and_layout(proj: Path) -> None:
    project = write(proj / "reports.yaml", """\
version: 1
inputs: ["articles/*.txt", "articles/*.md", "briefs/*.yaml"]
output: build/reports
layout: "{client}/{stem}.{ext}"
formats: [pdf, yaml]
options: {clients_dir: clients}
targets:
  - client: acme
  - name: internal
    formats: [html]
    inputs: ["articles/*"]
""")
    plan = load_project(project)
    assert plan.output_dir == (proj / "build" / "reports").resolve()
    assert [t.name for t in plan.targets] == ["acme", "internal"]
    assert plan.targets[0].options.clients_dir == str((proj / "clients").resolve())
    outputs = {job.rel: [o.rel for o in job.outputs] for job in plan.jobs}
    assert outputs == {  # one brief per input, shared by both targets (several targets: briefs/)
        "articles/port.txt": ["acme/port.pdf", "default/port.html", "briefs/port.yaml"],
        "articles/grid.md": ["acme/grid.pdf", "default/grid.html", "briefs/grid.yaml"],
        "briefs/ferry.yaml": ["acme/ferry.pdf"],
    }
    assert {job.rel: job.kind for job in plan.jobs}["briefs/ferry.yaml"] == "brief"


def test_schema_errors_point_at_the_line(proj: Path) -> None:
    project = write(proj / "reports.yaml", "inputs: articles/*.txt\nformats: [pdf, docx]\n")
    with pytest.raises(InputError) as err:
        load_project(project)
    assert f"{project}:2:16: formats/1: 'docx' is not one of pdf, html, yaml" in str(err.value)


def test_unknown_keys_and_options_are_refused(proj: Path) -> None:
    with pytest.raises(InputError, match=r"reports.yaml:2:9: ouptut: Additional properties"):
        load_project(write(proj / "reports.yaml", "inputs: a\nouptut: x\n"))
    with pytest.raises(InputError, match="unknown option"):
        load_project(write(proj / "reports.yaml", "inputs: a\noptions: {colour: red}\n"))
    with pytest.raises(InputError, match="changes extraction"):
        load_project(write(proj / "reports.yaml", "inputs: a\ntargets: [{options: {model: x}}]\n"))


def test_clashing_outputs_are_an_error(proj: Path) -> None:
    write(proj / "more" / "port.txt", "Another port story.")
    with pytest.raises(InputError, match=r"would both write port\.pdf"):
        load_project(write(proj / "reports.yaml", "inputs: ['articles/*.txt', 'more/*.txt']\n"))
    layout = "inputs: ['**/port.txt']\nlayout: '{dir}/{stem}.{ext}'\n"
    plan = load_project(write(proj / "reports.yaml", layout))
    assert sorted(o.rel for job in plan.jobs for o in job.outputs) == [
        "articles/port.pdf", "articles/port.yaml", "more/port.pdf", "more/port.yaml"]


def test_layout_cannot_leave_the_output_folder(proj: Path) -> None:
    with pytest.raises(InputError, match="not inside the output folder"):
        load_project(write(proj / "reports.yaml", "inputs: articles/*.txt\nlayout: '../{stem}.{ext}'\n"))


def test_folder_arguments_take_articles_and_skip_outputs_and_yaml(proj: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(proj)
    write(proj / "articles" / "out" / "old.txt", "An earlier output folder inside the input folder.")
    plan = plan_from_args(["articles"], "articles/out")
    assert [job.rel for job in plan.jobs] == ["articles/grid.md", "articles/port.txt"]
    assert [o.rel for o in plan.jobs[1].outputs] == ["port.pdf", "port.yaml"]
    with pytest.raises(InputError, match="no such file or folder"):
        plan_from_args(["missing"], "out")


def test_check_exit_codes_through_the_command(proj: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(proj)
    write(proj / "reports.yaml", "inputs: articles/*.txt\nformats: [yaml]\n")
    assert run_command((), check=True) == 1
    assert "would rebuild reports/port.yaml (missing)" in capsys.readouterr().out
    write(proj / "reports" / "port.yaml", "title: written by hand\n")
    assert run_command((), check=True) == 0  # a hand-made brief is kept, never stale
    (proj / "reports.yaml").unlink()
    with pytest.raises(InputError, match=r"no reports\.yaml here"):
        run_command((), check=True)


def test_check_does_not_load_spacy(proj: Path) -> None:
    write(proj / "tpl" / "template.yaml", "name: tpl\n")  # independent of the built-in templates
    write(proj / "reports.yaml", "inputs: articles/*.txt\noptions: {template: ./tpl}\n")
    code = ("import sys; from reportgen.batch.command import run_command; "
            "code = run_command((), check=True); "
            "print(code, 'spacy' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", code], cwd=proj, capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.stdout.splitlines()[-1].split() == ["1", "False"], done.stderr


def test_the_ci_example_project_is_valid() -> None:
    root = Path(__file__).resolve().parents[2]
    plan = load_project(root / "examples" / "ci" / "reports.yaml")
    assert [t.name for t in plan.targets] == ["northwind-risk", "halden-security"]
    assert plan.jobs and all(job.rel.startswith("../") for job in plan.jobs)
    assert all(Path(t.options.clients_dir or "", t.name, "client.yaml").is_file() for t in plan.targets)
    assert plan.output_dir == root / "out" / "reports"
    assert plan.warnings == ()
    assert all([o.rel for o in job.outputs if o.fmt == "yaml"] == [f"briefs/{job.path.stem}.yaml"]
               for job in plan.jobs)  # one brief per article, both clients render from it
    import yaml

    workflow = yaml.safe_load((root / "examples" / "ci" / "reportgen.yml").read_text())
    build = " ".join(step.get("run", "") for step in workflow["jobs"]["build"]["steps"])
    assert "--shard ${{ matrix.shard }}/2" in build
    assert workflow["jobs"]["build"]["strategy"]["matrix"]["shard"] == [1, 2]
    assert any("--check" in step.get("run", "") for step in workflow["jobs"]["check"]["steps"])


def test_clients_are_looked_up_beside_the_project_file(proj: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(proj / "articles")
    plan = load_project(write(proj / "reports.yaml", "inputs: articles/*.txt\ntargets: [{client: acme}]\n"))
    assert plan.targets[0].options.clients_dir == str(proj / "clients")


def test_patterns_that_yield_no_input_fail_unless_allowed(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    for sources in (("nothing/*.txt",), ("empty",)):
        with pytest.raises(InputError, match="no input to build") as info:
            run_command(sources, output="out")
        assert info.value.exit_code == 2
        assert run_command(sources, output="out", allow_empty=True) == 0


def test_a_downgrade_flag_in_a_project_is_a_boolean_and_a_render_option(proj: Path) -> None:
    from reportgen.batch.deps import extract_options

    project = proj / "reports.yaml"
    plan = load_project(write(project, "inputs: articles\noptions: {allow_tlp_downgrade: true}\n"))
    assert plan.targets[0].options.allow_tlp_downgrade is True
    assert "allow_tlp_downgrade" not in extract_options(plan.targets[0].options)  # no re-extraction
    with pytest.raises(InputError, match="allow_tlp_downgrade"):
        load_project(write(project, "inputs: articles\noptions: {allow_tlp_downgrade: 'false'}\n"))
