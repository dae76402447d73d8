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
    """Where a target's brief comes from: fresh extraction, or a YAML file on disk."""

    path: Path | None = None
    edited: bool = False

    @property
    def extract(self) -> bool:
        return self.path is None


@dataclass(frozen=True)
class WorkItem:
    job: Job
    outputs: tuple[Planned, ...]
    briefs: dict[str, BriefSource]
    error: str | None = None

    @property
    def to_build(self) -> tuple[Planned, ...]:
        return tuple(p for p in self.outputs if p.action == "build")

    @property
    def needs_extraction(self) -> bool:
        targets = {p.output.target for p in self.to_build}
        return any(self.briefs[t].extract for t in targets)


def assess(plan: Plan, manifest: Manifest, fps: Fingerprints, force: bool = False) -> list[WorkItem]:
    return [assess_job(plan, job, manifest, fps, force) for job in plan.jobs]


def assess_job(plan: Plan, job: Job, manifest: Manifest, fps: Fingerprints, force: bool) -> WorkItem:
    try:
        input_sha = sha256_bytes(job.path.read_bytes())
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        unreadable = tuple(Planned(o, "build", "", "input unreadable") for o in job.outputs)
        return WorkItem(job, unreadable, {}, f"{job.rel}: cannot read input ({reason})")
    targets = sorted({o.target for o in job.outputs}, key=[t.name for t in plan.targets].index)
    planned: list[Planned] = []
    briefs: dict[str, BriefSource] = {}
    if job.kind == "brief":
        brief_parts = {name: {"brief": input_sha[:16]} for name in targets}
        briefs = dict.fromkeys(targets, BriefSource(job.path))
    else:
        parts = fps.extract_parts(input_sha, plan.options)
        key = key_of(parts)
        brief_parts = {}
        fresh_yaml: Path | None = None
        for name in targets:
            yaml_out = next((o for o in job.outputs if o.target == name and o.fmt == "yaml"), None)
            if yaml_out is None:
                continue
            path = plan.out_path(yaml_out)
            entry, on_disk, recovered = _yaml_entry(path, manifest.get(yaml_out.rel), job.rel)
            if on_disk is not None and (entry is None or entry.sha256 != on_disk):
                why = "edited since batch wrote it" if entry else "not written by batch"
                planned.append(Planned(yaml_out, "keep", entry.key if entry else "", why))
                briefs[name] = BriefSource(path, edited=True)
                brief_parts[name] = {"brief": on_disk[:16]}
            elif on_disk is not None and entry is not None and entry.key == key and not force:
                planned.append(Planned(yaml_out, "skip", key, parts=parts,
                                       recovered=Entry(key, on_disk, job.rel, parts) if recovered else None))
                briefs[name] = BriefSource(path)
                brief_parts[name] = parts
                fresh_yaml = fresh_yaml or path
            else:
                reason = ("missing" if on_disk is None else "forced" if force
                          else "not in the manifest" if recovered
                          else changed(entry.parts if entry else {}, parts))
                planned.append(Planned(yaml_out, "build", key, reason, parts))
                briefs[name] = BriefSource()
                brief_parts[name] = parts
        for name in targets:
            if name not in briefs:
                briefs[name] = BriefSource(fresh_yaml)
                brief_parts[name] = parts
    for output in job.outputs:
        if output.fmt == "yaml" and job.kind == "article":
            continue
        options = plan.target(output.target).options
        render_parts = fps.render_parts(output.fmt, brief_parts[output.target], options)
        planned.append(_render_decision(plan, output, render_parts, manifest, force))
    order = {o.rel: i for i, o in enumerate(job.outputs)}
    return WorkItem(job, tuple(sorted(planned, key=lambda p: order[p.output.rel])), briefs)


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
