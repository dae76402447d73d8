"""Running a batch: chunks of work items over worker processes, each loading its models once.

``run_batch`` takes the plan and the stage functions as plain data, so tests inject fast fakes and
the CLI injects the real pipeline. One failing input never stops the others; every file is written
atomically and recorded in the manifest as soon as its chunk completes.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from reportgen.batch.assess import Planned, WorkItem, assess, superseded_edits
from reportgen.batch.deps import Fingerprints, sha256_bytes
from reportgen.batch.manifest import Entry, Manifest, folder_lock, manifest_name, stamp
from reportgen.batch.project import Output, Plan, shown_path
from reportgen.batch.shard import in_shard
from reportgen.errors import InputError, ReportgenError
from reportgen.fileio import os_reason
from reportgen.options import Options

Status = Literal["built", "skipped", "kept", "failed"]


@dataclass(frozen=True)
class Stages:
    """The pipeline functions a worker calls; module-level functions so they pickle to workers."""

    ingest: Callable[[Path, str, Options], list[Any]]  # every article in the file (JSON lists: several)
    extract: Callable[[list[Any], Options], Iterable[Any]]
    render: Callable[[Any, str, Options], bytes]
    load_brief: Callable[[Path], Any]
    combine: Callable[[list[Any]], Any]  # one event brief from a file's several articles
    warm_up: Callable[[Options, bool], None] | None = None


@dataclass(frozen=True)
class OutputResult:
    rel: str
    fmt: str
    target: str
    status: Status
    key: str = ""
    sha256: str = ""
    message: str = ""
    parts: dict[str, str] = field(default_factory=dict)


@dataclass
class ItemResult:
    """What happened to one input; ``brief`` is the YAML file to edit for it (its one brief, or the
    input itself when it is a brief), None when briefs are not kept."""

    input: str
    outputs: list[OutputResult]
    error: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    brief: Path | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None or any(o.status == "failed" for o in self.outputs)


@dataclass
class BatchResult:
    items: list[ItemResult]
    seconds: float
    jobs: int

    def count(self, status: Status) -> int:
        return sum(o.status == status for item in self.items for o in item.outputs)

    @property
    def failed_inputs(self) -> list[ItemResult]:
        return [i for i in self.items if i.failed]

    def stage_seconds(self) -> dict[str, float]:
        total: dict[str, float] = {}
        for item in self.items:
            for stage, sec in item.seconds.items():
                total[stage] = total.get(stage, 0.0) + sec
        return total


class Log:
    """Where the runner reports progress; the CLI supplies a rich or plain one."""

    def start(self, total: int) -> None: ...

    def item(self, result: ItemResult) -> None: ...

    def note(self, message: str) -> None: ...

    def finish(self) -> None: ...


def select(plan: Plan, shard: tuple[int, int] | None) -> list[Any]:
    return [job for job in plan.jobs if shard is None or in_shard(job.rel, *shard)]


def check(plan: Plan, *, shard: tuple[int, int] | None = None,
          fingerprints: Fingerprints | None = None, log: Log | None = None) -> list[tuple[str, str]]:
    """Every stale or missing output as ``(path, reason)``; builds nothing and loads no model."""
    fps = fingerprints or Fingerprints()
    log = log or Log()
    manifest = Manifest.load(plan.output_dir)
    _report_damage(manifest, log)
    sub = _subplan(plan, select(plan, shard))
    _report_superseded(sub, manifest, log)
    items = assess(sub, manifest, fps)
    stale = []
    for item in items:
        for p in item.to_build:
            stale.append((str(plan.out_path(p.output)), item.error or p.reason))
    return stale


def run_batch(plan: Plan, *, stages: Stages, jobs: int = 1, shard: tuple[int, int] | None = None,
              force: bool = False, fingerprints: Fingerprints | None = None, log: Log | None = None,
              chunk_size: int | None = None, time_limit: float | None = None) -> BatchResult:
    """Build every stale output of ``plan`` (or of one shard of it) and record it in the manifest.

    With ``time_limit`` (seconds per input) or more than one job, work runs in worker processes, and
    an input that outlasts the limit or kills its worker fails alone. One run at a time writes to an
    output folder: a second waits for the first."""
    started = time.perf_counter()
    log = log or Log()
    try:
        plan.output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output folder ({os_reason(exc)})",
                         plan.output_dir) from None
    with folder_lock(plan.output_dir, lambda text: log.note(f"reportgen: {text}")):
        return _run_locked(plan, stages, jobs, shard, force, fingerprints or Fingerprints(), log, chunk_size,
                           time_limit, started)


def _run_locked(plan: Plan, stages: Stages, jobs: int, shard: tuple[int, int] | None, force: bool,
                fps: Fingerprints, log: Log, chunk_size: int | None, time_limit: float | None,
                started: float) -> BatchResult:
    selected = select(plan, shard)
    _remove_leftovers(plan.output_dir, [o for job in selected for o in job.outputs], manifest_name(shard))
    manifest = Manifest.load(plan.output_dir, manifest_name(shard))
    _report_damage(manifest, log)
    sub = _subplan(plan, selected)
    _report_superseded(sub, manifest, log)
    items = assess(sub, manifest, fps, force)
    ours = {o.rel for job in selected for o in job.outputs}
    results: list[ItemResult] = []
    work: list[WorkItem] = []
    for item in items:
        for p in item.outputs:
            if p.recovered is not None:
                manifest.record(p.output.rel, p.recovered)
        if item.error is not None:
            results.append(_failed(item, item.error))
        elif item.to_build:
            work.append(item)
        else:
            results.append(_untouched(item))
    log.start(len(items))
    for result in results:
        log.item(result)
    context = Context(plan.output_dir, plan.options, {t.name: t.options for t in plan.targets}, stages,
                      any(item.needs_extraction for item in work))
    for chunk_results in _execute(work, context, jobs, chunk_size, time_limit):
        for result in chunk_results:
            for out in result.outputs:
                if out.status == "built":
                    manifest.record(out.rel, Entry(out.key, out.sha256, result.input, out.parts))
            log.item(result)
        results.extend(chunk_results)
        manifest.save(None if shard is None else ours)
    if not work:
        manifest.save(None if shard is None else ours)
    log.finish()
    order = {job.rel: i for i, job in enumerate(selected)}
    results.sort(key=lambda r: order.get(r.input, len(order)))
    by_rel = {job.rel: job for job in selected}
    for result in results:
        result.brief = plan.brief_path(by_rel[result.input]) if result.input in by_rel else None
    return BatchResult(results, time.perf_counter() - started, jobs)


def _report_damage(manifest: Manifest, log: Log) -> None:
    for file, reason in manifest.damaged:
        log.note(f"reportgen: warning: {file}: manifest unreadable ({reason}); rebuilt from the outputs "
                 "on disk")


def _report_superseded(plan: Plan, manifest: Manifest, log: Log) -> None:
    for path, job in superseded_edits(plan, manifest):
        now = plan.brief_path(job)
        where = f"the brief for {job.rel} is {shown_path(now)}" if now else f"{job.rel} keeps no brief now"
        log.note(f"reportgen: warning: {shown_path(path)}: edited, but batch no longer reads it ({where}); "
                 "move the edits there, then delete this file")


def _remove_leftovers(folder: Path, outputs: list[Output], manifest: str) -> None:
    """Temporary ``.part`` files of a run that was killed mid-write (see ``write_atomic``); the
    folder's lock is held, so no other batch is writing them."""
    names = {(folder / o.rel).parent / f".{Path(o.rel).name}." for o in outputs}
    names.add(folder / f".{manifest}.")
    for prefix in names:
        for part in prefix.parent.glob(f"{glob.escape(prefix.name)}*.part"):
            part.unlink(missing_ok=True)


def _subplan(plan: Plan, jobs: list[Any]) -> Plan:
    return replace(plan, jobs=tuple(jobs))


def _failed(item: WorkItem, message: str) -> ItemResult:
    return ItemResult(item.job.rel, [OutputResult(p.output.rel, p.output.fmt, p.output.target, "failed",
                                                  message=message) for p in item.outputs], message)


def _untouched(item: WorkItem) -> ItemResult:
    return ItemResult(item.job.rel, [_passive(item, p) for p in item.outputs])


def _passive(item: WorkItem, p: Planned) -> OutputResult:
    status: Status = "kept" if p.action == "keep" else "skipped"
    message = f"kept {p.reason}; every target renders from it" if p.action == "keep" else ""
    return OutputResult(p.output.rel, p.output.fmt, p.output.target, status, p.key, message=message)


# --- workers -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    output_dir: Path
    options: Options
    target_options: dict[str, Options]
    stages: Stages
    needs_model: bool = True
    #: Worker processes' temporary folder, removed by the parent when they are done: a worker ends
    #: without running ``atexit`` handlers, which would leave WeasyPrint's copies of the template's
    #: fonts (megabytes per worker and run) in the system's temporary folder.
    scratch: str | None = None


_CONTEXT: Context | None = None


def _init_worker(context: Context) -> None:
    """Once per worker process: keep the context and load the models (spaCy, fonts)."""
    global _CONTEXT
    _CONTEXT = context
    if context.scratch is not None:
        tempfile.tempdir = context.scratch  # this process is ours: its temporary files go there
    if context.stages.warm_up is not None:
        context.stages.warm_up(context.options, context.needs_model)


def _execute(work: list[WorkItem], context: Context, jobs: int, chunk_size: int | None,
             time_limit: float | None) -> Iterator[list[ItemResult]]:
    """Chunks of ``work`` processed here (one job and no time limit: tests and the API) or on worker
    processes that fail only the input that killed or outlasted them (:mod:`reportgen.batch.pool`)."""
    if not work:
        return
    jobs = max(1, min(jobs, len(work)))
    chunks = split_chunks(work, jobs, chunk_size)
    if jobs == 1 and time_limit is None:
        _init_worker(context)
        for chunk in chunks:
            yield process_chunk(chunk)
        return
    from reportgen.batch.pool import run_chunks

    scratch = tempfile.mkdtemp(prefix="reportgen-batch-")
    try:
        yield from run_chunks(chunks, process_chunk, _failed, jobs=jobs, time_limit=time_limit,
                              initializer=_init_worker, initargs=(replace(context, scratch=scratch),),
                              describe=_input_name)
    finally:  # the workers have ended (run_chunks joins them)
        shutil.rmtree(scratch, ignore_errors=True)


#: Most inputs in one chunk: one ``nlp.pipe`` batch (:data:`reportgen.batch.stages.PIPE_BATCH`).
MAX_CHUNK = 16


def split_chunks(work: list[Any], jobs: int, chunk_size: int | None = None) -> list[list[Any]]:
    """``work`` cut into chunks: ``chunk_size`` each when given; else, on one worker, full chunks of
    :data:`MAX_CHUNK`; on several, chunks that shrink as the work runs out (a quarter of each
    worker's share of what is left), so no worker is still on a long chunk while the others idle
    at the end of a run."""
    if chunk_size or jobs == 1:
        size = chunk_size or MAX_CHUNK
        return [work[i:i + size] for i in range(0, len(work), size)]
    chunks = []
    start = 0
    while start < len(work):
        size = max(1, min(MAX_CHUNK, -(-(len(work) - start) // (jobs * 4))))
        chunks.append(work[start:start + size])
        start += size
    return chunks


def _input_name(item: WorkItem) -> str:
    return item.job.rel


def process_chunk(items: list[WorkItem]) -> list[ItemResult]:
    """Extract the chunk's articles in one ``nlp.pipe`` pass, then write every stale output."""
    context = _CONTEXT
    assert context is not None, "worker not initialised"
    stages = context.stages
    results = {item.job.rel: ItemResult(item.job.rel, []) for item in items}
    articles: list[tuple[str, Any]] = []
    for item in items:
        if item.needs_extraction:
            t0 = time.perf_counter()
            try:
                found = stages.ingest(item.job.path, item.job.rel, context.options)
                articles += [(item.job.rel, article) for article in found]
            except Exception as exc:
                results[item.job.rel].error = _one_line(exc, item.job.rel)
            results[item.job.rel].seconds["ingest"] = time.perf_counter() - t0
    briefs = _combined(_extract_each(articles, context, results), stages, results)
    for item in items:
        result = results[item.job.rel]
        loaded: dict[Path, Any] = {}
        for planned in item.outputs:
            if planned.action != "build":
                result.outputs.append(_passive(item, planned))
                continue
            out = planned.output
            source = item.brief
            if source.extract and result.error is not None:
                result.outputs.append(OutputResult(out.rel, out.fmt, out.target, "failed",
                                                   message=result.error))
                continue
            t0 = time.perf_counter()
            try:
                if source.extract:
                    brief = briefs[item.job.rel]
                else:
                    assert source.path is not None
                    if source.path not in loaded:
                        loaded[source.path] = stages.load_brief(source.path)
                    brief = loaded[source.path]
                data = stages.render(brief, out.fmt, context.target_options.get(out.target, context.options))
                if out.fmt == "yaml":
                    data = stamp(data, planned.key)
                t1 = time.perf_counter()
                _write(context.output_dir / out.rel, data)
                result.seconds["write"] = result.seconds.get("write", 0.0) + time.perf_counter() - t1
                result.outputs.append(OutputResult(out.rel, out.fmt, out.target, "built", planned.key,
                                                   sha256_bytes(data), parts=planned.parts))
            except Exception as exc:
                t1 = time.perf_counter()
                message = _one_line(exc, str(source.path or item.job.rel))
                result.outputs.append(OutputResult(out.rel, out.fmt, out.target, "failed", message=message))
            stage = f"render_{out.fmt}"
            result.seconds[stage] = result.seconds.get(stage, 0.0) + t1 - t0
    return [results[item.job.rel] for item in items]


def _combined(briefs: dict[str, list[Any]], stages: Stages, results: dict[str, ItemResult]) -> dict[str, Any]:
    """One brief per input that extracted cleanly (a file of several articles gives a merged one)."""
    out = {}
    for rel, made in briefs.items():
        if results[rel].error is not None:
            continue
        try:
            out[rel] = made[0] if len(made) == 1 else stages.combine(made)
        except Exception as exc:
            results[rel].error = _one_line(exc, rel)
    return out


def _extract_each(pairs: list[tuple[str, Any]], context: Context,
                  results: dict[str, ItemResult]) -> dict[str, list[Any]]:
    """Briefs by input; when one article fails inside the batched pass, the rest go on without it."""
    briefs: dict[str, list[Any]] = {}
    start = 0
    while start < len(pairs):
        rest = pairs[start:]
        t0 = time.perf_counter()
        try:
            briefs_made = context.stages.extract([a for _, a in rest], context.options)
            for rel, brief in zip((rel for rel, _ in rest), briefs_made, strict=False):
                briefs.setdefault(rel, []).append(brief)
                _add_seconds(results[rel], "extract", t0)
                t0 = time.perf_counter()
                start += 1
        except Exception as exc:
            rel = pairs[start][0]
            results[rel].error = results[rel].error or _one_line(exc, rel)
            _add_seconds(results[rel], "extract", t0)
            start += 1
            continue
        if start < len(pairs):  # the extractor stopped early without an error
            for rel, _ in pairs[start:]:
                results[rel].error = f"{rel}: extraction returned no brief"
            break
    return briefs


def _add_seconds(result: ItemResult, stage: str, since: float) -> None:
    result.seconds[stage] = result.seconds.get(stage, 0.0) + time.perf_counter() - since


def _write(path: Path, data: bytes) -> None:
    from reportgen.fileio import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)


def _one_line(exc: BaseException, name: str) -> str:
    """``file: message`` on one line; unexpected errors also name their type and place."""
    if isinstance(exc, ReportgenError):
        text = str(exc) if exc.path else f"{name}: {exc.message}"
    else:
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" at {os.path.basename(frame.filename)}:{frame.lineno}" if frame else ""
        text = f"{name}: {type(exc).__name__}: {exc}{where}"
    return " ".join(text.split())
