"""Shared helpers for the benchmarks: timed subprocesses with their peak memory, and printing."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPORTGEN = [sys.executable, "-m", "reportgen"]

#: Runs a command and reports its peak RSS (largest single process among it and its workers).
_PEAK_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


@dataclass
class Timed:
    seconds: float
    peak_mb: float
    code: int
    stderr: str
    cpu_seconds: float = 0.0
    load: float = 0.0
    load_start: float = 0.0
    others_cpu: float = 0.0

    @property
    def note(self) -> str:
        """CPU use and machine load: on a shared machine, other processes skew wall times."""
        return (f"{self.seconds:.1f}s wall, {self.cpu_seconds:.1f}s CPU, peak {self.peak_mb:.0f} MB, "
                f"1-min load {self.load_start:.1f} -> {self.load:.1f}, other processes "
                f"{self.others_cpu:.1f} CPU s")

    @property
    def idle(self) -> bool:
        """Whether the machine was idle but for this command: other processes (and the hypervisor)
        took under a tenth of a core on average while it ran."""
        return self.others_cpu <= 0.1 * self.seconds


def busy_cpu_seconds() -> float:
    """CPU seconds all processes of the machine have used since boot (``/proc/stat``; 0 elsewhere):
    user, nice, system, interrupts and time the hypervisor stole."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()
    except OSError:
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def run_timed(cmd: list[str], cwd: Path, ok_codes: tuple[int, ...] = (0,)) -> Timed:
    """Wall time and peak RSS of ``cmd``; raises when it exits with an unexpected code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CI": "true"}
    load_start = os.getloadavg()[0]
    busy_before = busy_cpu_seconds()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK_WRAPPER, *cmd], cwd=cwd, env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    others = max(0.0, busy_cpu_seconds() - busy_before - cpu)
    lines = done.stderr.strip().splitlines()
    peak_kb = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    if done.returncode not in ok_codes:
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return Timed(seconds, peak_kb / 1024, done.returncode, "\n".join(lines[:-1]), cpu, os.getloadavg()[0],
                 load_start, others)


def median_run(cmd: list[str], cwd: Path, repeats: int) -> Timed:
    runs = [run_timed(cmd, cwd) for _ in range(repeats)]
    runs.sort(key=lambda r: r.seconds)
    return runs[len(runs) // 2]


def self_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pdf_pages(data: bytes) -> int:
    """Pages in a PDF, by poppler's ``pdfinfo`` (a system dependency of the project); 0 if unknown."""
    import re

    try:
        done = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return 0
    match = re.search(rb"^Pages:\s+(\d+)", done.stdout, re.MULTILINE)
    return int(match.group(1)) if match else 0


def heading(text: str) -> None:
    print(f"\n== {text} ==", flush=True)


def figure(name: str, value: str, target: str = "") -> None:
    print(f"  {name:<46} {value:>14}   {target}", flush=True)


def verdict(ok: bool) -> str:
    return "(target met)" if ok else "(TARGET MISSED)"


def median(values: list[float]) -> float:
    return statistics.median(values)


def load_json(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))
