"""Helpers the fault tests share: a small project of fake articles, a run with fake stages, and
waiting for something that happens in another thread or process."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from batch_fakes import FAKE_STAGES

from reportgen.batch.deps import Fingerprints
from reportgen.batch.project import Plan, Target, make_plan
from reportgen.batch.runner import BatchResult, Log, run_batch
from reportgen.options import Options

T = TypeVar("T")


class Notes(Log):
    """Keeps what the runner says."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def note(self, message: str) -> None:
        self.lines.append(message)


def make_project(tmp_path: Path, texts: dict[str, str]) -> Plan:
    """``texts`` as articles under ``in/``, each made into ``out/<stem>.pdf`` and ``.yaml``."""
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    for name, text in texts.items():
        (src / name).write_text(text)
    target = Target("default", Options(), ("pdf", "yaml"))
    return make_plan(tmp_path, tmp_path / "out", Options(), (target,), sorted(src.glob("*.txt")),
                     "{stem}.{ext}", "test", [])


def run(plan: Plan, **kwargs: object) -> BatchResult:
    return run_batch(plan, stages=FAKE_STAGES, fingerprints=Fingerprints(tool="t1", model=("m", "1")),
                     **kwargs)  # type: ignore[arg-type]


def statuses(result: BatchResult) -> dict[str, str]:
    return {o.rel: o.status for item in result.items for o in item.outputs}


def articles(count: int) -> dict[str, str]:
    return {f"a{i}.txt": f"Vote {i}\n\nThe council approved plan {i}, mayor Elin Dahl said."
            for i in range(count)}


def wait_for(condition: Callable[[], T], seconds: float) -> T:
    """``condition()`` once it is truthy, or its last value after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return condition()
