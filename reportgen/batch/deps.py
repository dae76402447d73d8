"""Fingerprints of everything an output depends on, computed without loading spaCy or WeasyPrint.

An output is fresh when the key recorded in the manifest equals the key computed now; each key is a
SHA-256 over a small JSON document naming its dependencies, so a change in any of them shows.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

from reportgen.batch.project import EXTRACT_FIELDS
from reportgen.options import Options

PACKAGE_DIR = Path(__file__).resolve().parents[1]
#: Options that only change rendering; every other option (including ones added later) counts for
#: extraction too, so an unknown new option can only cause a rebuild, never a stale output.
RENDER_ONLY_FIELDS = ("template", "client", "clients_dir", "pdf_variant", "tlp", "allow_tlp_downgrade",
                      "annex")
LOCATION_FIELDS = ("template", "client", "clients_dir")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str | None:
    """Hash of a file's bytes, or None when it does not exist."""
    try:
        return sha256_bytes(path.read_bytes())
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def digest(**parts: Any) -> str:
    """A stable key for a set of named dependencies."""
    return sha256_bytes(json.dumps(parts, sort_keys=True, default=str).encode("utf-8"))


@cache
def tool_fingerprint() -> str:
    """reportgen's version plus a hash of its code, so an unreleased code change also counts."""
    from reportgen import __version__

    h = hashlib.sha256()
    for file in sorted(PACKAGE_DIR.rglob("*")):
        if file.suffix in (".py", ".json") and "__pycache__" not in file.parts and file.is_file():
            h.update(file.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + file.read_bytes())
    return f"{__version__}+{h.hexdigest()[:16]}"


@cache
def model_fingerprint(name: str) -> tuple[str, str]:
    """``(name, version)`` of a spaCy model from its ``meta.json``, found without importing spaCy."""
    folder = Path(name)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            return name, "not-installed"
        folder = Path(next(iter(spec.submodule_search_locations)))
    try:
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
    except (OSError, ValueError):
        return name, "unknown"
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", str(meta.get("version", ""))


def extract_options(options: Options) -> dict[str, Any]:
    """Options that shape the brief, minus ``model`` (its name and version are their own part)."""
    return {k: v for k, v in asdict(options).items() if k not in (*RENDER_ONLY_FIELDS, "model")}


def render_options(options: Options) -> dict[str, Any]:
    """Options that shape rendering, minus where templates and clients live: their files' content
    is the template part, so a checkout in another folder (another CI runner) changes nothing."""
    skip = (*EXTRACT_FIELDS, *LOCATION_FIELDS)
    return {k: v for k, v in asdict(options).items() if k not in skip}


def template_folders(options: Options) -> list[Path]:
    """The folders the template and client of ``options`` resolve to, searched first to last."""
    try:
        from reportgen.render.templates import resolve_stack
    except ImportError:  # no renderer installed: every folder that could hold template files
        folders = [PACKAGE_DIR / "render"]
        if Path(options.template).is_dir():
            folders.append(Path(options.template))
        if options.client:
            folders.append(Path(options.clients_dir or "clients") / options.client)
        return [f for f in folders if f.is_dir()]
    return resolve_stack(options.template, options.client, options.clients_dir).folders


def template_fingerprint(options: Options) -> str:
    """One hash over every file (relative name and bytes) of each folder the template uses."""
    h = hashlib.sha256()
    for layer, folder in enumerate(template_folders(options)):
        for file in sorted(folder.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                name = file.relative_to(folder).as_posix()
                h.update(f"{layer}\0{name}\0".encode() + hashlib.sha256(file.read_bytes()).digest())
    return h.hexdigest()


class Fingerprints:
    """Per-run cache of the shared fingerprints (tool, model, templates); injectable in tests."""

    def __init__(self, tool: str | None = None, model: tuple[str, str] | None = None):
        self._tool = tool
        self._model = model
        self._templates: dict[str, str] = {}

    def tool(self) -> str:
        return self._tool or tool_fingerprint()

    def model(self, options: Options) -> tuple[str, str]:
        return self._model or model_fingerprint(options.model)

    def template(self, options: Options) -> str:
        key = json.dumps(asdict(options), sort_keys=True)
        if key not in self._templates:
            self._templates[key] = template_fingerprint(options)
        return self._templates[key]

    def extract_parts(self, input_sha: str, options: Options) -> dict[str, str]:
        """What a freshly extracted brief depends on, one short hash per kind of dependency."""
        return {"input": input_sha[:16], "tool": short(self.tool()), "model": short(self.model(options)),
                "extract options": short(extract_options(options))}

    def render_parts(self, fmt: str, brief: dict[str, str], options: Options) -> dict[str, str]:
        """What a rendered output depends on: its brief's parts plus template, options and format."""
        return {**brief, "tool": short(self.tool()), "format": fmt, "template": short(self.template(options)),
                "render options": short(render_options(options))}


def short(value: Any) -> str:
    return digest(value=value)[:16]


def key_of(parts: dict[str, str]) -> str:
    return digest(**parts)


def changed(old: dict[str, str], new: dict[str, str]) -> str:
    """Why an output is stale, e.g. ``template changed`` or ``input, model changed``."""
    names = [name for name in new if old.get(name) != new[name]]
    # a dependency that replaced others (an edited brief instead of the article it came from)
    # is the reason; the ones it replaced are not news
    names = names or [name for name in old if name not in new]
    return f"{', '.join(names)} changed" if names else "dependencies changed"
