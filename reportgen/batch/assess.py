"""Deciding, without extracting anything, which outputs are fresh, stale, or an analyst's edit.

This is all ``--check`` runs, and what the runner hands to workers: it reads inputs, outputs and the
manifest, and hashes them; it never loads spaCy or WeasyPrint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reportgen.batch.deps import Fingerprints, changed, key_of, sha256_bytes, sha256_file
from reportgen.batch.manifest import Entry, Manifest, stamped_key
from reportgen.batch.project import Job, Output, Plan
from reportgen.fileio import os_reason

Action = Literal["skip", "build", "keep"]


@dataclass(frozen=True)
class Planned:
    """What to do with one output, the key it will be recorded under, and why. ``recovered`` is the
    manifest entry of a fresh output batch wrote but did not record (found from the file itself)."""

    output: Output
    action: Action
    key: str
    reason: str = ""
    parts: dict[str, str] = field(default_factory=dict)
    recovered: Entry | None = None


@dataclass(frozen=True)
class BriefSource:
    """Where an input's brief comes from: fresh extraction, or a YAML file on disk."""

    path: Path | None = None
    edited: bool = False

    @property
    def extract(self) -> bool:
        return self.path is None


@dataclass(frozen=True)
class WorkItem:
    """One input's outputs and the one brief every target of it renders from."""

    job: Job
    outputs: tuple[Planned, ...]
    brief: BriefSource
    error: str | None = None

    @property
    def to_build(self) -> tuple[Planned, ...]:
        return tuple(p for p in self.outputs if p.action == "build")

    @property
    def needs_extraction(self) -> bool:
        return bool(self.to_build) and self.brief.extract


def assess(plan: Plan, manifest: Manifest, fps: Fingerprints, force: bool = False) -> list[WorkItem]:
    return [assess_job(plan, job, manifest, fps, force) for job in plan.jobs]


def assess_job(plan: Plan, job: Job, manifest: Manifest, fps: Fingerprints, force: bool) -> WorkItem:
    try:
        input_sha = _input_sha(job)
    except OSError as exc:
        reason = os_reason(exc)
        unreadable = tuple(Planned(o, "build", "", "input unreadable") for o in job.outputs)
        return WorkItem(job, unreadable, BriefSource(), f"{job.rel}: cannot read input ({reason})")
    planned: list[Planned] = []
    if job.kind == "brief":
        source, brief_parts = BriefSource(job.path), {"brief": input_sha[:16]}
    else:
        parts = fps.extract_parts(input_sha, plan.options)
        source, brief_parts = BriefSource(), parts
        if job.brief is not None:
            decision, source, brief_parts = _brief_decision(plan, job, job.brief, parts, manifest, force)
            planned.append(decision)
    for output in job.outputs:
        if output.fmt == "yaml":
            continue
        options = plan.target(output.target).options
        render_parts = fps.render_parts(output.fmt, brief_parts, options)
        planned.append(_render_decision(plan, output, render_parts, manifest, force))
    order = {o.rel: i for i, o in enumerate(job.outputs)}
    return WorkItem(job, tuple(sorted(planned, key=lambda p: order[p.output.rel])), source)


def _input_sha(job: Job) -> str:
    """The hash of an input's bytes, and of an article's metadata sidecar too (``NAME.meta.yaml``), so
    a changed date or title rebuilds the brief."""
    from reportgen.ingest import sidecar_path

    own = sha256_bytes(job.path.read_bytes())
    meta = sha256_file(sidecar_path(job.path)) if job.kind == "article" else None
    return own if meta is None else sha256_bytes(f"{own}\0{meta}".encode())


def _brief_decision(plan: Plan, job: Job, output: Output, parts: dict[str, str], manifest: Manifest,
                    force: bool) -> tuple[Planned, BriefSource, dict[str, str]]:
    """The input's one brief: kept when an analyst edited it (every target then renders from the
    edit), skipped when fresh (targets render from the file, nothing is extracted), else rebuilt."""
    key = key_of(parts)
    path = plan.out_path(output)
    entry, on_disk, recovered = _yaml_entry(path, manifest.get(output.rel), job.rel)
    if on_disk is not None and (entry is None or entry.sha256 != on_disk):
        why = "edited since batch wrote it" if entry else "not written by batch"
        kept = Planned(output, "keep", entry.key if entry else "", why)
        return kept, BriefSource(path, edited=True), {"brief": on_disk[:16]}
    if on_disk is not None and entry is not None and entry.key == key and not force:
        fresh = Planned(output, "skip", key, parts=parts,
                        recovered=Entry(key, on_disk, job.rel, parts) if recovered else None)
        return fresh, BriefSource(path), parts
    reason = ("missing" if on_disk is None else "forced" if force
              else "not in the manifest" if recovered
              else changed(entry.parts if entry else {}, parts))
    return Planned(output, "build", key, reason, parts), BriefSource(), parts


def _render_decision(plan: Plan, output: Output, parts: dict[str, str], manifest: Manifest,
                     force: bool) -> Planned:
    key = key_of(parts)
    entry = manifest.get(output.rel)
    path = plan.out_path(output)
    if not path.is_file():
        return Planned(output, "build", key, "missing", parts)
    if force:
        return Planned(output, "build", key, "forced", parts)
    if entry is None:
        return Planned(output, "build", key, "not in the manifest", parts)
    if entry.key != key:
        return Planned(output, "build", key, changed(entry.parts, parts), parts)
    if sha256_file(path) != entry.sha256:
        return Planned(output, "build", key, "file changed since batch wrote it", parts)
    return Planned(output, "skip", key, parts=parts)


def _yaml_entry(path: Path, entry: Entry | None, rel: str) -> tuple[Entry | None, str | None, bool]:
    """The manifest entry of a generated YAML brief, its hash on disk (None when missing), and whether
    the entry was recovered from the file's own stamp: batch wrote it but could not record it."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return entry, None, False
    on_disk = sha256_bytes(data)
    if entry is not None and entry.sha256 == on_disk:
        return entry, on_disk, False
    key = stamped_key(data)
    if key is None:
        return entry, on_disk, False
    return Entry(key, on_disk, rel), on_disk, True


def superseded_edits(plan: Plan, manifest: Manifest) -> list[tuple[Path, Job]]:
    """YAML briefs an analyst edited that the plan no longer reads, with the input they were for:
    per-target copies from before each input had one brief, or briefs left behind by a changed
    ``briefs`` pattern. Batch never deletes them; the analyst moves the edits into the brief the
    plan names (:meth:`Plan.brief_path`)."""
    planned = {o.rel for job in plan.jobs for o in job.outputs}
    jobs = {job.rel: job for job in plan.jobs}
    found = []
    for rel, entry in sorted(manifest.entries.items()):
        job = jobs.get(entry.input)
        if job is None or rel in planned or not rel.lower().endswith((".yaml", ".yml")):
            continue
        path = plan.output_dir / rel
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if sha256_bytes(data) != entry.sha256 and stamped_key(data) is None:  # not as batch wrote it
            found.append((path, job))
    return found
