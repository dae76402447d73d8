"""``client.yaml``: a client's name, logo, colours, fonts, marking and TLP label, validated."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from reportgen.brief.yamlio import load_located
from reportgen.errors import InputError

DEFAULT_MARKING = "OPEN-SOURCE BRIEF \u2014 DERIVED FROM PUBLISHED REPORTING"


@dataclass(frozen=True)
class ClientConfig:
    """Client settings; the defaults are what a brief without a client shows."""

    name: str | None = None
    template: str | None = None
    logo: str | None = None
    colours: dict[str, str] = field(default_factory=dict)
    fonts: dict[str, str] = field(default_factory=dict)
    marking: str = DEFAULT_MARKING
    tlp: str | None = None
    footer: list[str] = field(default_factory=list)
    contact: list[str] = field(default_factory=list)
    language: str = "en"
    author: str | None = None


@cache
def client_schema() -> dict[str, Any]:
    """The published JSON Schema of ``client.yaml``."""
    text = resources.files("reportgen.render").joinpath("client.schema.json").read_text("utf-8")
    return json.loads(text)


def _lines(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def load_client(path: Path) -> ClientConfig:
    """Read and validate ``client.yaml``; the first problem is reported as file:line:col."""
    import jsonschema

    doc = load_located(path)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise InputError("client.yaml must be a mapping of settings", f"{path}:1:1")
    errors = sorted(jsonschema.Draft202012Validator(client_schema()).iter_errors(data),
                    key=lambda e: doc.mark(tuple(e.absolute_path)))
    if errors:
        err = errors[0]
        where = tuple(err.absolute_path)
        line, col = doc.mark(where)
        label = "/".join(map(str, where)) or "client.yaml"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InputError(f"{label}: {_message(err)}{more}", f"{path}:{line}:{col}")
    return ClientConfig(
        name=data.get("name"), template=data.get("template"), logo=data.get("logo"),
        colours=dict(data.get("colours") or {}), fonts=dict(data.get("fonts") or {}),
        marking=data.get("marking") or DEFAULT_MARKING, tlp=data.get("tlp"),
        footer=_lines(data.get("footer")), contact=_lines(data.get("contact")),
        language=data.get("language") or "en", author=data.get("author"))


def _message(err: Any) -> str:
    if err.validator == "enum":
        return f"{err.instance!r} is not one of {', '.join(map(str, err.validator_value))}"
    if err.validator == "pattern" and isinstance(err.instance, str) and err.instance.startswith("#"):
        return f"{err.instance!r} is not a #RRGGBB colour"
    if err.validator == "oneOf":
        return "must be a string or a list of strings"
    return err.message
