"""The batch plan: which inputs go to which targets and where each output lands.

A plan comes from a project file (``reports.yaml``) or from command-line inputs; either way it is
plain data that the runner, ``--check`` and the tests share. Each article input has at most one
YAML brief (kept when ``yaml`` is among the formats or the project sets ``briefs``), and every
target renders from it, so an analyst's correction is made in one file and shows everywhere.
"""

from __future__ import annotations

import glob
import json
import os
from dataclasses import dataclass, field, fields
from fnmatch import fnmatchcase
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from reportgen.errors import InputError
from reportgen.fileio import BRIEF_SUFFIXES
from reportgen.ingest import SIDECAR_SUFFIX
from reportgen.options import Options, coerce_option

Format = Literal["pdf", "html", "yaml"]
Kind = Literal["article", "brief"]

PROJECT_NAME = "reports.yaml"
FORMATS: tuple[Format, ...] = ("pdf", "html", "yaml")
DEFAULT_FORMATS: tuple[Format, ...] = ("pdf", "yaml")
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
#: Options that change the brief itself; a target may not override them (one extraction per input).
EXTRACT_FIELDS = ("model", "input_format", "max_input_mb")


#: The source of a plan made from command-line arguments rather than a project file.
FROM_ARGUMENTS = "<arguments>"
#: Where an input's brief goes when a project has several targets and does not say (``briefs:``).
DEFAULT_BRIEFS = "briefs/{stem}.yaml"
#: ``Output.target`` of an input's brief: it belongs to no one target, every target renders from it.
SHARED = ""


@dataclass(frozen=True)
class Target:
    """One destination: a template/client pair with its formats."""

    name: str
    options: Options
    formats: tuple[Format, ...]
    only: tuple[str, ...] = ()

    @property
    def client_label(self) -> str:
        return self.options.client or "default"


@dataclass(frozen=True)
class Output:
    """One file the batch makes; ``rel`` (posix, under the output folder) keys the manifest. The
    input's brief (``fmt`` yaml) has ``target`` :data:`SHARED`."""

    rel: str
    fmt: Format
    target: str


@dataclass(frozen=True)
class Job:
    """One input and every output it feeds: its one YAML brief (if kept) last, after the renders."""

    path: Path
    rel: str
    kind: Kind
    outputs: tuple[Output, ...]

    @property
    def brief(self) -> Output | None:
        """The brief every target renders from and an analyst edits; None when the input is itself a
        brief or briefs are not kept (then each run extracts once, for all targets)."""
        return next((o for o in self.outputs if o.fmt == "yaml"), None)


@dataclass(frozen=True)
class Plan:
    root: Path
    output_dir: Path
    options: Options
    targets: tuple[Target, ...]
    jobs: tuple[Job, ...]
    source: str = FROM_ARGUMENTS
    warnings: tuple[str, ...] = field(default=())

    def target(self, name: str) -> Target:
        return next(t for t in self.targets if t.name == name)

    def out_path(self, output: Output) -> Path:
        return self.output_dir / output.rel

    def brief_path(self, job: Job) -> Path | None:
        """The YAML file to edit for ``job``: its kept brief, or the input itself when it is a brief."""
        if job.kind == "brief":
            return job.path
        brief = job.brief
        return None if brief is None else self.out_path(brief)


@cache
def project_schema() -> dict[str, Any]:
    return json.loads(resources.files("reportgen.batch").joinpath("project.schema.json").read_text("utf-8"))


def load_project(path: str | Path, base: Options | None = None, output: str | Path | None = None) -> Plan:
    """The plan a project file declares; every schema error is reported with ``file:line:col``."""
    import jsonschema

    from reportgen.brief.yamlio import load_located

    path = Path(path)
    doc = load_located(path)
    if not isinstance(doc.data, dict):
        raise InputError("a project file must be a YAML mapping with 'inputs'", f"{path}:1:1")
    errors = sorted(jsonschema.Draft202012Validator(project_schema()).iter_errors(doc.data),
                    key=lambda e: doc.mark(tuple(e.absolute_path)))
    if errors:
        lines = []
        for err in errors:
            at = tuple(err.absolute_path)
            if err.validator == "additionalProperties" and isinstance(err.instance, dict):
                allowed = err.schema.get("properties", {})
                at += tuple(k for k in err.instance if k not in allowed)[:1]
            line, col = doc.mark(at)
            where = "/".join(map(str, at)) or "(document)"
            lines.append(f"{path}:{line}:{col}: {where}: {_message(err)}")
        raise InputError("invalid project file:\n  " + "\n  ".join(lines), path)
    data = doc.data
    root = path.resolve().parent
    options = _with_options(base or Options(), _paths_from(root, data.get("options")), f"{path}: options")
    if options.clients_dir is None:  # like every other path in the project: beside the project file
        options = options.merged(clients_dir=str(root / "clients"))
    targets = _targets(data, options, path)
    out_dir = Path(output) if output else root / data.get("output", "reports")
    layout = data.get("layout") or _default_layout(targets)
    briefs = data.get("briefs")
    exclude = _as_list(data.get("exclude"))
    files, warnings = expand_globs(root, _as_list(data["inputs"]), exclude)
    files = [f for f in files if f != path.resolve()]
    if len(targets) > 1:
        warnings += _per_target_yaml(data, targets, briefs or DEFAULT_BRIEFS, path)
    return make_plan(root, out_dir.resolve(), options, targets, files, layout, str(path), warnings, briefs)


def plan_from_args(inputs: list[str], output: str | Path, base: Options | None = None,
                   formats: tuple[Format, ...] = DEFAULT_FORMATS, layout: str | None = None) -> Plan:
    """The plan for ``reportgen batch articles/ 'more/*.txt' -o reports/`` (one default target)."""
    root = Path.cwd().resolve()
    out_dir = Path(output).resolve()
    options = base or Options()
    files: list[Path] = []
    warnings: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = [f for f in sorted(p.resolve().rglob("*")) if f.is_file()
                     and f.suffix.lower() in ARTICLE_SUFFIXES and not _hidden(f, p.resolve())]
            if not found:
                warnings.append(f"{item}: no article files in this folder")
            files += found
        elif p.is_file():
            files.append(p.resolve())
        elif glob.has_magic(item):
            found, more = expand_globs(root, [item], [])
            files += found
            warnings += more
        else:
            raise InputError("no such file or folder", item)
    target = Target(options.client or Path(options.template).name, options, formats)
    return make_plan(root, out_dir, options, (target,), files, layout or "{stem}.{ext}", FROM_ARGUMENTS,
                     warnings)


def make_plan(root: Path, out_dir: Path, options: Options, targets: tuple[Target, ...], files: list[Path],
              layout: str, source: str, warnings: list[str], briefs: str | None = None) -> Plan:
    """Jobs for ``files`` (outputs inside ``out_dir`` are never inputs); output clashes are errors.

    ``yaml`` in any target's formats, or a ``briefs`` pattern, keeps one brief per article input: at
    ``briefs``, else (one target) where ``layout`` puts a yaml file, else at :data:`DEFAULT_BRIEFS`."""
    keep_briefs = briefs is not None or any("yaml" in t.formats for t in targets)
    if briefs is None and len(targets) > 1:
        briefs = DEFAULT_BRIEFS
    jobs: list[Job] = []
    owners: dict[str, str] = {}
    seen: set[Path] = set()
    for file in files:
        if file in seen or _inside(file, out_dir):
            continue
        if file.name.lower().endswith(SIDECAR_SUFFIX):  # metadata, never a brief of its own
            if not _sidecar(file):
                warnings = [*warnings, f"{_relative(file, root)}: metadata sidecar with no article beside it"]
            continue
        seen.add(file)
        rel = _relative(file, root)
        kind: Kind = "brief" if file.suffix.lower() in BRIEF_SUFFIXES else "article"
        outputs = []
        taken = False
        for target in targets:
            if target.only and not any(_matches(rel, pattern) for pattern in target.only):
                continue
            taken = True
            for fmt in target.formats:
                if fmt != "yaml":
                    outputs.append(Output(_place(layout, target, file, rel, fmt, source), fmt, target.name))
        if taken and keep_briefs and kind == "article":  # a brief input is its own brief
            placed = (_place_brief(briefs, file, rel, source) if briefs is not None
                      else _place(layout, targets[0], file, rel, "yaml", source))
            outputs.append(Output(placed, "yaml", SHARED))
        for out in outputs:
            if out.rel in owners:
                field_hint = "the briefs pattern" if out.fmt == "yaml" and briefs else "the layout"
                raise InputError(f"{rel} and {owners[out.rel]} would both write {out.rel}; "
                                 f"use {{dir}} or {{name}} in {field_hint}", source)
            owners[out.rel] = rel
        if outputs:
            jobs.append(Job(file, rel, kind, tuple(outputs)))
    return Plan(root, out_dir, options, targets, tuple(jobs), source, tuple(warnings))


def _sidecar(file: Path) -> bool:
    """An article's metadata sidecar (``NAME.meta.yaml`` beside ``NAME.txt``, any case of the article's
    suffix), which a glob such as ``articles/*`` also matches: part of its article."""
    stem = file.name[:-len(SIDECAR_SUFFIX)]
    return any(f.is_file() and f.name[:-len(f.suffix)] == stem and f.suffix.lower() in ARTICLE_SUFFIXES
               for f in file.parent.glob(glob.escape(stem) + ".*"))


def expand_globs(root: Path, patterns: list[str], exclude: list[str]) -> tuple[list[Path], list[str]]:
    """Files matching ``patterns`` (relative to ``root``; ``**`` recurses), in a stable order."""
    files: list[Path] = []
    warnings = []
    for pattern in patterns:
        base = pattern if Path(pattern).is_absolute() else str(root / pattern)
        found = sorted(Path(p).resolve() for p in glob.glob(base, recursive=True) if Path(p).is_file())
        if not found:
            warnings.append(f"{pattern}: matches no file")
        files += found
    if exclude:
        files = [f for f in files if not any(_matches(_relative(f, root), pattern) for pattern in exclude)]
    return files, warnings


def _targets(data: dict[str, Any], options: Options, path: Path) -> tuple[Target, ...]:
    formats = tuple(data.get("formats") or DEFAULT_FORMATS)
    specs = data.get("targets") or [{}]
    targets: list[Target] = []
    for i, spec in enumerate(specs):
        where = f"{path}: targets[{i}]"
        extra = spec.get("options") or {}
        clash = [name for name in EXTRACT_FIELDS if name in extra]
        if clash:
            raise InputError(f"{', '.join(clash)} changes extraction; set it in the top-level options", where)
        root = path.resolve().parent
        opts = _with_options(options, _paths_from(root, extra), where)
        chosen = {"template": spec.get("template"), "client": spec.get("client")}
        opts = opts.merged(**_paths_from(root, chosen))
        name = spec.get("name") or opts.client or Path(opts.template).name
        if any(t.name == name for t in targets):
            raise InputError(f"two targets are named {name!r}; give one a 'name'", where)
        only = tuple(_as_list(spec.get("inputs")))
        targets.append(Target(name, opts, tuple(spec.get("formats") or formats), only))
    return tuple(targets)


def _paths_from(root: Path, values: dict[str, Any] | None) -> dict[str, Any]:
    """Folder-valued options of a project file are relative to that file, not to where batch runs."""
    out = dict(values or {})
    for name in ("clients_dir", "template", "model"):
        value = out.get(name)
        if isinstance(value, str) and (name == "clients_dir" or "/" in value or value.startswith(".")) \
                and not Path(value).is_absolute():
            out[name] = str((root / value).resolve())
    return out


def _with_options(options: Options, values: dict[str, Any] | None, where: str) -> Options:
    if not values:
        return options
    known = {f.name for f in fields(Options)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise InputError(f"unknown option(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}", where)
    return options.merged(**{k: coerce_option(k, v, where) for k, v in values.items()})


def _default_layout(targets: tuple[Target, ...]) -> str:
    return "{stem}.{ext}" if len(targets) == 1 else "{target}/{stem}.{ext}"


def _per_target_yaml(data: dict[str, Any], targets: tuple[Target, ...], briefs: str, path: Path) -> list[str]:
    """Warnings for targets that list ``yaml`` themselves: a brief is per input, not per target, so
    such a target gets no copy of its own (the one shared brief is still kept)."""
    warnings = []
    for i, (spec, target) in enumerate(zip(data.get("targets") or [], targets, strict=False)):
        if "yaml" in (spec.get("formats") or ()):
            warnings.append(f"{path}: targets[{i}] ({target.name}): 'yaml' is not a per-target format and "
                            f"makes no copy of its own: each input has one brief, shared by every target, "
                            f"at briefs: {briefs!r}; list yaml in the top-level formats instead")
    return warnings


def _place(layout: str, target: Target, file: Path, rel: str, fmt: Format, source: str) -> str:
    values = {"target": target.name, "client": target.client_label, "template": target.options.template,
              **_input_fields(file, rel), "ext": fmt}
    return _fill("layout", layout, values, source)


def _place_brief(pattern: str, file: Path, rel: str, source: str) -> str:
    """Where an input's one brief goes: ``pattern`` knows the input's fields only, as the brief is
    shared by every target (``{client}`` there would mean one copy per client)."""
    placed = _fill("briefs", pattern, {**_input_fields(file, rel), "ext": "yaml"}, source,
                   hint="a brief is shared by every target; ")
    if not placed.lower().endswith(BRIEF_SUFFIXES):
        raise InputError(f"briefs {pattern!r} gives {placed!r}; a brief's file name must end in .yaml",
                         source)
    return placed


def _input_fields(file: Path, rel: str) -> dict[str, str]:
    parent = Path(rel).parent.as_posix()
    return {"stem": file.stem, "name": file.name, "dir": "" if parent == "." else parent}


def _fill(what: str, pattern: str, values: dict[str, str], source: str, hint: str = "") -> str:
    """``pattern`` filled in, as a clean posix path inside the output folder."""
    try:
        placed = pattern.format(**values)
    except (KeyError, IndexError, ValueError) as exc:
        known = " ".join(f"{{{name}}}" for name in values)
        raise InputError(f"{what} {pattern!r}: unknown field {exc}; {hint}use {known}", source) from None
    parts = [p for p in Path(placed).as_posix().split("/") if p not in ("", ".")]
    if not parts or ".." in parts or Path(placed).is_absolute():
        raise InputError(f"{what} {pattern!r} gives {placed!r}, which is not inside the output folder",
                         source)
    return "/".join(parts)


def shown_path(path: Path) -> str:
    """``path`` as a person types it where batch runs: relative to the working folder when inside it."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def _matches(rel: str, pattern: str) -> bool:
    """Shell-style match of a project-relative path (``*`` also crosses folders, ``**/`` may be empty)."""
    return fnmatchcase(rel, pattern) or ("**/" in pattern and fnmatchcase(rel, pattern.replace("**/", "")))


def _relative(file: Path, root: Path) -> str:
    """Posix path from the project folder (``../x.txt`` outside it): the same on every checkout."""
    return Path(os.path.relpath(file, root)).as_posix()


def _inside(file: Path, folder: Path) -> bool:
    return folder == file or folder in file.parents


def _hidden(file: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in file.relative_to(root).parts)


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _message(err: Any) -> str:
    if err.validator == "required":
        return err.message.replace(" is a required property", " is required")
    if err.validator == "enum":
        return f"{err.instance!r} is not one of {', '.join(map(str, err.validator_value))}"
    return err.message if len(err.message) < 200 else err.message[:197] + "..."
