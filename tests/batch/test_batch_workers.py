"""Workers that fail one input, never the batch: killed and hung workers, and a killed main process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from batch_helpers import articles, make_project, run, statuses, wait_for
from click.testing import CliRunner

from reportgen.batch.manifest import Manifest
from reportgen.cli import cli

pytestmark = pytest.mark.usefixtures("templates")
HERE = Path(__file__).resolve().parent


def test_a_killed_worker_fails_only_its_input_and_the_pool_goes_on(tmp_path: Path) -> None:
    texts = articles(8)
    texts["a3.txt"] = "Poison\n\nKILL-WORKER"
    result = run(make_project(tmp_path, texts), jobs=2, chunk_size=3, time_limit=60)
    assert [item.input for item in result.failed_inputs] == ["in/a3.txt"]
    message = result.failed_inputs[0].error or ""
    assert message.startswith("in/a3.txt: ") and "SIGKILL" in message and "\n" not in message
    assert sum(s == "built" for s in statuses(result).values()) == 14  # the seven others, pdf + yaml
    assert len(Manifest.load(tmp_path / "out").entries) == 14


def test_an_input_over_the_time_limit_fails_and_the_rest_go_on(tmp_path: Path) -> None:
    texts = articles(4)
    texts["a1.txt"] = "Stuck\n\nHANG-SECONDS=600"
    started = time.monotonic()
    result = run(make_project(tmp_path, texts), jobs=1, chunk_size=2, time_limit=1)
    assert time.monotonic() - started < 60
    assert [item.input for item in result.failed_inputs] == ["in/a1.txt"]
    assert "time limit of 1 s" in (result.failed_inputs[0].error or "")
    assert result.count("built") == 6


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the workers through Linux /proc")
def test_workers_exit_when_the_main_process_is_killed(tmp_path: Path) -> None:
    """The main process dies (SIGKILL): its workers stop instead of writing on and then idling."""
    make_project(tmp_path, {f"slow{i}.txt": f"Slow {i}\n\nHANG-SECONDS=120" for i in range(2)})
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(HERE)!r})
        from pathlib import Path
        from batch_fakes import FAKE_STAGES
        from reportgen.batch.deps import Fingerprints
        from reportgen.batch.project import Target, make_plan
        from reportgen.batch.runner import run_batch
        from reportgen.options import Options
        root = Path({str(tmp_path)!r})
        plan = make_plan(root, root / "out", Options(), (Target("default", Options(), ("pdf",)),),
                         sorted((root / "in").glob("*.txt")), "{{stem}}.{{ext}}", "test", [])
        run_batch(plan, stages=FAKE_STAGES, jobs=2, chunk_size=1, time_limit=600,
                  fingerprints=Fingerprints(tool="t1", model=("m", "1")))
    """)
    main = subprocess.Popen([sys.executable, "-c", script])
    try:
        workers = wait_for(lambda: _children(main.pid) if len(_children(main.pid)) >= 2 else [], 30)
        assert len(workers) >= 2, "the batch did not start its two workers"
        time.sleep(1)  # both are inside their two-minute input now
    finally:
        main.kill()
        main.wait()
    gone = wait_for(lambda: all(not _running(pid) for pid in workers) or None, 10)
    assert gone, f"workers {workers} still running 10 s after the main process was killed"
    assert not list((tmp_path / "out").glob("*.pdf"))


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited; only its entry waits to be reaped


def test_time_limit_must_be_a_positive_number(tmp_path: Path) -> None:
    for bad in ("nan", "inf", "0", "-1"):
        result = CliRunner().invoke(cli, ["batch", str(tmp_path), "--time-limit", bad])
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert "--time-limit" in result.output and "must be a positive number of seconds" in result.output
