"""What a batch tells people and machines: progress, a summary, a JSON report and JUnit XML."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree as ET

from reportgen.batch.project import shown_path as shown
from reportgen.batch.runner import BatchResult, ItemResult, Log
from reportgen.console import use_rich

__all__ = ["PlainLog", "RichLog", "briefs_line", "item_lines", "summary", "to_json", "to_junit", "use_rich"]


class PlainLog(Log):
    """One line per output made, kept or failed; quiet about fresh outputs."""

    def __init__(self, stream: IO[str] | None = None, verbose: bool = False):
        self.stream = stream or sys.stderr
        self.verbose = verbose
        self.total = 0
        self.done = 0

    def start(self, total: int) -> None:
        self.total = total

    def item(self, result: ItemResult) -> None:
        self.done += 1
        for line in item_lines(result, self.verbose):
            self.note(f"[{self.done}/{self.total}] {line}")

    def note(self, message: str) -> None:
        print(message, file=self.stream, flush=True)


class RichLog(Log):
    """A rich progress bar, with the same lines as ``PlainLog`` printed above it."""

    def __init__(self, stream: IO[str] | None = None, verbose: bool = False):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.console = Console(file=stream or sys.stderr)
        self.verbose = verbose
        self.progress = Progress(TextColumn("batch"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), console=self.console, transient=True)
        self.task: Any = None

    def start(self, total: int) -> None:
        self.progress.start()
        self.task = self.progress.add_task("batch", total=total)

    def item(self, result: ItemResult) -> None:
        for line in item_lines(result, self.verbose):
            self.note(line)
        self.progress.advance(self.task)

    def note(self, message: str) -> None:
        self.console.print(message, markup=False, highlight=False)

    def finish(self) -> None:
        self.progress.stop()


def item_lines(result: ItemResult, verbose: bool = False) -> list[str]:
    lines = []
    if result.error:
        lines.append(f"error: {result.error}")
    for out in result.outputs:
        if out.status == "built":
            lines.append(f"built {out.rel}")
        elif out.status == "kept":
            lines.append(f"{out.rel}: {out.message}")
        elif out.status == "failed" and out.message != result.error:
            lines.append(f"error: {out.message} (for {out.rel})")
        elif verbose and out.status == "skipped":
            lines.append(f"fresh {out.rel}")
    return lines


def summary(result: BatchResult) -> str:
    failed = len(result.failed_inputs)
    return (f"{result.count('built')} built, {result.count('skipped')} skipped (fresh), "
            f"{result.count('kept')} kept (edited), {failed} input{'s' if failed != 1 else ''} failed "
            f"in {result.seconds:.1f}s with {result.jobs} job{'s' if result.jobs != 1 else ''}")


def briefs_line(result: BatchResult) -> str | None:
    """Where to correct a fact: the folder holding the briefs batch keeps (one per input, read by
    every target), or None when it keeps none. Inputs that are briefs are the user's own files."""
    briefs = sorted({item.brief for item in result.items
                     if item.brief is not None and any(o.fmt == "yaml" for o in item.outputs)})
    if not briefs:
        return None
    if len(briefs) == 1:
        return f"edit the brief {shown(briefs[0])}; every output of its input is rendered from it"
    folder = Path(os.path.commonpath([b.parent for b in briefs]))
    return (f"edit briefs in {shown(folder)}{os.sep} (one per input; every output of an input is "
            "rendered from its brief; --report lists each input's brief)")


def to_json(result: BatchResult) -> str:
    data = {
        "summary": {"built": result.count("built"), "skipped": result.count("skipped"),
                    "kept": result.count("kept"), "failed_outputs": result.count("failed"),
                    "failed_inputs": len(result.failed_inputs), "inputs": len(result.items),
                    "seconds": round(result.seconds, 3), "jobs": result.jobs,
                    "stage_seconds": {k: round(v, 3) for k, v in sorted(result.stage_seconds().items())}},
        "inputs": [{"input": item.input, "brief": None if item.brief is None else shown(item.brief),
                    "error": item.error,
                    "seconds": {k: round(v, 4) for k, v in item.seconds.items()},
                    "outputs": [{"path": o.rel, "format": o.fmt, "target": o.target or None,
                                 "status": o.status, "message": o.message or None} for o in item.outputs]}
                   for item in result.items],
    }
    return json.dumps(data, indent=2) + "\n"


def to_junit(result: BatchResult) -> str:
    """One test case per input, failed when any of its outputs failed; CI systems render it."""
    suite = ET.Element("testsuite", name="reportgen batch", tests=str(len(result.items)),
                       failures=str(len(result.failed_inputs)), errors="0",
                       skipped=str(sum(all(o.status == "skipped" for o in i.outputs) for i in result.items)),
                       time=f"{result.seconds:.3f}")
    for item in result.items:
        case = ET.SubElement(suite, "testcase", classname="reportgen.batch", name=item.input,
                             time=f"{sum(item.seconds.values()):.3f}")
        if item.failed:
            messages = [item.error] if item.error else []
            messages += [o.message for o in item.outputs
                         if o.status == "failed" and o.message not in messages]
            failure = ET.SubElement(case, "failure", message=messages[0] if messages else "failed")
            failure.text = "\n".join(messages)
        else:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(f"{o.status} {o.rel}" for o in item.outputs)
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
