"""The batch plan: which inputs go to which targets and where each output lands.

A plan comes from a project file (``reports.yaml``) or from command-line inputs; either way it is
plain data that the runner, ``--check`` and the tests share.
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
    """One file the batch makes; ``rel`` (posix, under the output folder) keys the manifest."""

    rel: str
    fmt: Format
    target: str


@dataclass(frozen=True)
class Job:
    """One input and every output it feeds."""

    path: Path
    rel: str
    kind: Kind
    outputs: tuple[Output, ...]


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
    exclude = _as_list(data.get("exclude"))
    files, warnings = expand_globs(root, _as_list(data["inputs"]), exclude)
    files = [f for f in files if f != path.resolve()]
    return make_plan(root, out_dir.resolve(), options, targets, files, layout, str(path), warnings)


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
              layout: str, source: str, warnings: list[str]) -> Plan:
    """Jobs for ``files`` (outputs inside ``out_dir`` are never inputs); output clashes are errors."""
    jobs: list[Job] = []
    owners: dict[str, str] = {}
    seen: set[Path] = set()
    for file in files:
        if file in seen or _inside(file, out_dir):
            continue
        seen.add(file)
        rel = _relative(file, root)
        kind: Kind = "brief" if file.suffix.lower() in BRIEF_SUFFIXES else "article"
        outputs = []
        for target in targets:
            if target.only and not any(_matches(rel, pattern) for pattern in target.only):
                continue
            for fmt in target.formats:
                if kind == "brief" and fmt == "yaml":
                    continue  # the input is the brief
                out = Output(_place(layout, target, file, rel, fmt, source), fmt, target.name)
                if out.rel in owners:
                    raise InputError(f"{rel} and {owners[out.rel]} would both write {out.rel}; "
                                     "use {dir} or {name} in the layout", source)
                owners[out.rel] = rel
                outputs.append(out)
        if outputs:
            jobs.append(Job(file, rel, kind, tuple(outputs)))
    return Plan(root, out_dir, options, targets, tuple(jobs), source, tuple(warnings))


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


def _place(layout: str, target: Target, file: Path, rel: str, fmt: Format, source: str) -> str:
    parent = Path(rel).parent.as_posix()
    values = {"target": target.name, "client": target.client_label, "template": target.options.template,
              "stem": file.stem, "name": file.name, "dir": "" if parent == "." else parent, "ext": fmt}
    try:
        placed = layout.format(**values)
    except (KeyError, IndexError, ValueError) as exc:
        known = " ".join(f"{{{name}}}" for name in values)
        raise InputError(f"layout {layout!r}: unknown field {exc}; use {known}", source) from None
    parts = [p for p in Path(placed).as_posix().split("/") if p not in ("", ".")]
    if not parts or ".." in parts or Path(placed).is_absolute():
        raise InputError(f"layout {layout!r} gives {placed!r}, which is not inside the output folder", source)
    return "/".join(parts)


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
