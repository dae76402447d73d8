"""Finding templates and layering a client over them.

A template is a folder with ``template.yaml`` (name, description, parent, version),
``brief.html.j2``, ``style.css``, ``fonts/`` and ``assets/``. Templates are found through the
``reportgen.templates`` entry-point group (the built-ins and any installed client package) or given
as a folder path. A client folder (``client.yaml`` plus optional overrides) sits on top of a template
like mkdocs' ``custom_dir``: plain file names are searched in the client folder, then the template,
then its parents; ``NAME:file`` reaches the named template directly.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, TemplateNotFound
from jinja2.loaders import split_template_path

from reportgen.brief.yamlio import load_located
from reportgen.errors import InputError
from reportgen.render.builtin import BUILTIN_NAMES, builtin_path
from reportgen.render.client import ClientConfig, load_client

LOG = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "reportgen.templates"
TEMPLATE_FILE = "template.yaml"
CLIENT_FILE = "client.yaml"
MAIN_TEMPLATE = "brief.html.j2"
DEFAULT_CLIENTS_DIR = "clients"
MAX_PARENTS = 8


@dataclass(frozen=True)
class TemplateInfo:
    """One template that ``--template NAME`` can select."""

    name: str
    origin: str
    path: Path
    description: str = ""
    parent: str | None = None
    version: str | None = None
    #: Most PDF pages the body of a one-source brief may take (0: no limit), None when not declared:
    #: the nearest template of the stack that declares it decides.
    body_pages: int | None = None


@dataclass(frozen=True)
class Layer:
    """One folder of a template stack; ``kind`` is ``client`` or ``template``."""

    name: str
    path: Path
    kind: str


@dataclass
class TemplateStack:
    """What one render uses: folders searched first to last, and the client settings."""

    layers: list[Layer]
    template: TemplateInfo
    client: ClientConfig = field(default_factory=ClientConfig)
    client_path: Path | None = None
    #: Most PDF pages the body may take (``template.yaml`` ``body_pages``), None for no limit.
    body_pages: int | None = None

    @property
    def label(self) -> str:
        """``template`` or ``template+client``: part of the document id."""
        client = [layer.name for layer in self.layers if layer.kind == "client"]
        return "+".join([self.template.name, *client])

    @property
    def folders(self) -> list[Path]:
        return [layer.path for layer in self.layers]


_TEMPLATE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["name"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$"},
        "description": {"type": "string"},
        "parent": {"type": ["string", "null"]},
        "version": {"type": ["string", "number"]},
        "body_pages": {"type": "integer", "minimum": 0},
    },
}


def read_template_info(folder: Path, origin: str, name: str | None = None) -> TemplateInfo:
    """The ``template.yaml`` of ``folder``, validated, errors at file:line:col."""
    path = folder / TEMPLATE_FILE
    try:
        info = path.stat()
    except OSError:
        info = None
    if info is None or not path.is_file():
        raise InputError(f"not a template folder (no {TEMPLATE_FILE})", folder)
    cwd = "" if path.is_absolute() else os.getcwd()
    return _read_template_info(path, origin, name, (cwd, info.st_mtime_ns, info.st_size))


@lru_cache(maxsize=64)
def _read_template_info(path: Path, origin: str, name: str | None,
                        version: tuple[str, int, int]) -> TemplateInfo:
    """Parsed once per file version (``version``: working folder, mtime, size): every render
    resolves its template stack again."""
    import jsonschema

    folder = path.parent
    doc = load_located(path)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise InputError("template.yaml must be a mapping", f"{path}:1:1")
    for err in jsonschema.Draft202012Validator(_TEMPLATE_SCHEMA).iter_errors(data):
        line, col = doc.mark(tuple(err.absolute_path))
        raise InputError(err.message, f"{path}:{line}:{col}")
    declared = data.get("version")
    return TemplateInfo(name=name or data["name"], origin=origin, path=folder.resolve(),
                        description=data.get("description", ""), parent=data.get("parent"),
                        version=None if declared is None else str(declared),
                        body_pages=data.get("body_pages"))


def _load_entry_point(value: Any) -> Path:
    if callable(value):
        value = value()
    return Path(value)


def list_templates(clients_dir: str | Path | None = None) -> list[TemplateInfo]:
    """Every template selectable by name (built-ins first, then installed packages), then the client
    folders of ``clients_dir`` (default ``./clients``) that ``--client NAME`` selects."""
    return [*_installed().values(), *list_clients(clients_dir)]


def list_clients(clients_dir: str | Path | None = None) -> list[TemplateInfo]:
    """The client folders (those with a ``client.yaml``) in ``clients_dir``, by folder name.

    A folder whose ``client.yaml`` is invalid is still listed, with the problem as its description,
    so ``reportgen templates`` shows why ``--client`` would refuse it."""
    base = Path(clients_dir or DEFAULT_CLIENTS_DIR)
    if not base.is_dir():
        return []
    found = []
    for settings in sorted(base.glob(f"*/{CLIENT_FILE}")):
        folder = settings.parent
        try:
            config = load_client(settings)
        except InputError as exc:
            problem = f"invalid {CLIENT_FILE}: {exc}"
            found.append(TemplateInfo(folder.name, "client", folder.resolve(), problem))
            continue
        parent = config.template or "default"
        own = ", own brief.html.j2" if (folder / MAIN_TEMPLATE).is_file() else ""
        description = f"{config.name or folder.name} (client settings over {parent}{own})"
        found.append(TemplateInfo(folder.name, "client", folder.resolve(), description, parent))
    return found


def _installed() -> dict[str, TemplateInfo]:
    found: dict[str, TemplateInfo] = {}
    for name in BUILTIN_NAMES:
        found[name] = read_template_info(builtin_path(name), "built-in", name)
    for ep in _template_entry_points(entry_points):
        dist = ep.dist.name if ep.dist else "unknown package"
        if dist == "reportgen" or ep.name in BUILTIN_NAMES:
            continue  # the built-ins are found directly and cannot be shadowed
        try:
            found[ep.name] = read_template_info(_load_entry_point(ep.load()), dist, ep.name)
        except (InputError, ImportError, AttributeError, TypeError, OSError) as exc:
            LOG.warning("skipping template %r from %s: %s", ep.name, dist, exc)
    return found


@cache
def _template_entry_points(finder: Callable[..., Any]) -> tuple[Any, ...]:
    """The ``reportgen.templates`` entry points by name, scanned once per process (the scan reads
    every installed package's metadata, a few ms for each render otherwise)."""
    return tuple(sorted(finder(group=ENTRY_POINT_GROUP), key=lambda e: e.name))


def find_template(name: str) -> TemplateInfo:
    """The installed template called ``name``, or an ``InputError`` listing the known ones."""
    templates = _installed()
    if name not in templates:
        raise InputError(f"unknown template {name!r}; known: {', '.join(sorted(templates))} "
                         "(or give a template or client folder path)")
    return templates[name]


def _looks_like_path(value: str) -> bool:
    return "/" in value or "\\" in value or value.startswith(".") or Path(value).is_dir()


def template_chain(info: TemplateInfo) -> list[TemplateInfo]:
    """``info`` followed by its parents, nearest first."""
    chain = [info]
    while chain[-1].parent:
        if len(chain) > MAX_PARENTS or chain[-1].parent in {t.name for t in chain}:
            raise InputError(f"template parents form a loop or are too deep at {chain[-1].parent!r}",
                             chain[-1].path / TEMPLATE_FILE)
        chain.append(find_template(chain[-1].parent))
    return chain


def resolve_stack(template: str = "default", client: str | None = None,
                  clients_dir: str | None = None) -> TemplateStack:
    """The folders and client settings that ``--template``/``--client`` select."""
    client_path: Path | None = None
    if client:
        if "/" in client or "\\" in client or client.startswith("."):
            raise InputError(f"client {client!r} must be a name in the clients folder "
                             "(use --template PATH for a client folder elsewhere)")
        base = Path(clients_dir or DEFAULT_CLIENTS_DIR)
        client_path = base / client
        if not (client_path / CLIENT_FILE).is_file():
            known = sorted(p.parent.name for p in base.glob(f"*/{CLIENT_FILE}")) if base.is_dir() else []
            raise InputError(f"no client {client!r} (no {CLIENT_FILE}); known clients: "
                             f"{', '.join(known) or 'none'}", client_path)
    if _looks_like_path(template):
        folder = Path(template)
        if (folder / TEMPLATE_FILE).is_file():
            info = read_template_info(folder, "folder")
        elif (folder / CLIENT_FILE).is_file():
            if client_path is not None:
                raise InputError("give either --client or a client folder as --template, not both", folder)
            config = load_client(folder / CLIENT_FILE)
            return _stack(find_template(config.template or "default"), config, folder)
        elif folder.is_dir():
            raise InputError(f"not a template folder (needs {TEMPLATE_FILE} or {CLIENT_FILE})", folder)
        else:
            raise InputError("no such template folder", folder)
    else:
        info = None
    if client_path is not None:
        config = load_client(client_path / CLIENT_FILE)
        if info is None:
            name = config.template if (template == "default" and config.template) else template
            info = find_template(name)
        return _stack(info, config, client_path)
    return _stack(info or find_template(template), ClientConfig(), None)


def _stack(info: TemplateInfo, config: ClientConfig, client_path: Path | None) -> TemplateStack:
    chain = template_chain(info)
    layers = [Layer(t.name, t.path, "template") for t in chain]
    if client_path is not None:
        layers.insert(0, Layer(config.name or client_path.name, client_path.resolve(), "client"))
    declared = next((t.body_pages for t in chain if t.body_pages is not None), 0)
    return TemplateStack(layers, info, config, client_path.resolve() if client_path else None,
                         declared or None)


def safe_file(folder: Path, relative: str) -> Path | None:
    """``folder/relative`` if it is a file that stays inside ``folder`` (no ``..``, no symlink out)."""
    try:
        pieces = split_template_path(relative.replace("\\", "/"))
    except TemplateNotFound:
        return None
    root = folder.resolve()
    candidate = root.joinpath(*pieces).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def find_file(folders: list[Path], relative: str) -> Path | None:
    """The first ``relative`` file found in ``folders``, searched in order."""
    for folder in folders:
        found = safe_file(folder, relative)
        if found is not None:
            return found
    return None


class StackLoader(BaseLoader):
    """Jinja loader: plain names search the stack; ``NAME:file`` (or a bare template name) reach a
    named template and its parents, so a client can extend the template it overrides."""

    def __init__(self, stack: TemplateStack, named: Callable[[str], list[Path]] | None = None):
        self.stack = stack
        self.named = named or (lambda name: [t.path for t in template_chain(find_template(name))])
        self.loaded: set[str] = set()

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        prefix, sep, rest = template.partition(":")
        if sep:
            folders, relative = self._named_folders(prefix, template), rest
        elif "." not in template and "/" not in template:
            folders, relative = self._named_folders(template, template), MAIN_TEMPLATE
        else:
            folders, relative = self.stack.folders, template
        path = find_file(folders, relative)
        if path is None:
            raise TemplateNotFound(template)
        source = path.read_text("utf-8")
        self.loaded.add(str(path))
        mtime = path.stat().st_mtime
        return source, str(path), lambda: path.stat().st_mtime == mtime

    def _named_folders(self, name: str, template: str) -> list[Path]:
        try:
            return self.named(name)
        except InputError:
            raise TemplateNotFound(template) from None


def dump_template(name: str, dest: Path) -> None:
    """Copy the template ``name`` into ``dest`` to start a custom one (like ``pandoc -D``)."""
    info = find_template(name)
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InputError("refusing to overwrite: destination exists and is not an empty folder", dest)
    shutil.copytree(info.path, dest, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
    meta = dest / "template.yaml"
    if meta.is_file():  # the copy is a new template: named after its folder, not the original
        text = meta.read_text(encoding="utf-8")
        meta.write_text(re.sub(r"(?m)^name:.*$", f"name: {dest.resolve().name}", text, count=1),
                        encoding="utf-8")
