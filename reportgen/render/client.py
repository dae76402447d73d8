"""``client.yaml``: a client's name, logo, colours, fonts, marking, TLP label, annex and sections."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from reportgen.brief import unknown_key
from reportgen.brief.yamlio import load_located
from reportgen.errors import InputError
from reportgen.vocab import SECTIONS

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
    annex: bool = False
    #: Only the sections the client set; ``sections_shown`` gives every name.
    sections: dict[str, bool] = field(default_factory=dict)

    @property
    def sections_shown(self) -> dict[str, bool]:
        """Every section name of ``vocab.SECTIONS`` -> shown (true unless the client said false)."""
        return {name: self.sections.get(name, True) for name in SECTIONS}


@cache
def client_schema() -> dict[str, Any]:
    """The published JSON Schema of ``client.yaml``; the section names come from ``vocab.SECTIONS``."""
    text = resources.files("reportgen.render").joinpath("client.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    schema["properties"]["sections"]["properties"] = {name: {"type": "boolean"} for name in SECTIONS}
    return schema


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
        message = _message(err)
        extra = _unknown_keys(err)
        if extra:  # point at the key written, with the name it likely meant
            where = (*where, extra[0])
            line, col = doc.keys.get(where) or doc.mark(where)
            message = unknown_key(extra[0], list(err.schema.get("properties", {})))
        label = "/".join(map(str, where)) or "client.yaml"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InputError(f"{label}: {message}{more}", f"{path}:{line}:{col}")
    return ClientConfig(
        name=data.get("name"), template=data.get("template"), logo=data.get("logo"),
        colours=dict(data.get("colours") or {}), fonts=dict(data.get("fonts") or {}),
        marking=data.get("marking") or DEFAULT_MARKING, tlp=data.get("tlp"),
        footer=_lines(data.get("footer")), contact=_lines(data.get("contact")),
        language=data.get("language") or "en", author=data.get("author"),
        annex=bool(data.get("annex")), sections=dict(data.get("sections") or {}))


def _unknown_keys(err: Any) -> list[str]:
    """The keys a mapping does not allow, when ``err`` is about them."""
    if err.validator != "additionalProperties" or not isinstance(err.instance, dict):
        return []
    known = err.schema.get("properties", {})
    return [key for key in err.instance if key not in known]


def _message(err: Any) -> str:
    if err.validator == "enum":
        return f"{err.instance!r} is not one of {', '.join(map(str, err.validator_value))}"
    if err.validator == "pattern" and isinstance(err.instance, str) and err.instance.startswith("#"):
        return f"{err.instance!r} is not a #RRGGBB colour"
    if err.validator == "oneOf":
        return "must be a string or a list of strings"
    return err.message
