"""The brief: data model, published JSON Schema, validation and YAML round trip."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from reportgen.brief.model import (
    SCHEMA_VERSION,
    Actor,
    Brief,
    Claim,
    Conflict,
    Generated,
    Number,
    Outlook,
    Relation,
    Source,
)
from reportgen.brief.yamlio import Located, dump_yaml, parse_yaml
from reportgen.errors import InputError

SCHEMA_FILE = "brief.schema.json"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Brief",
    "Claim",
    "Conflict",
    "Generated",
    "Number",
    "Outlook",
    "Relation",
    "SchemaIssue",
    "Source",
    "brief_to_yaml",
    "load_brief",
    "parse_brief",
    "schema",
    "schema_id",
    "validate_data",
]


@cache
def schema() -> dict[str, Any]:
    """The published JSON Schema of the brief."""
    return json.loads(resources.files("reportgen.brief").joinpath(SCHEMA_FILE).read_text("utf-8"))


def schema_id() -> str:
    return schema()["$id"]


class SchemaIssue:
    """One schema error, located in the YAML file."""

    def __init__(self, path: tuple[Any, ...], line: int, column: int, message: str):
        self.path, self.line, self.column, self.message = path, line, column, message

    def format(self, name: str) -> str:
        where = "/".join(str(p) for p in self.path) or "(document)"
        return f"{name}:{self.line}:{self.column}: {where}: {self.message}"


def validate_data(doc: Located) -> list[SchemaIssue]:
    """Every schema error in ``doc``, in document order."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    issues = []
    for err in validator.iter_errors(doc.data):
        path = tuple(err.absolute_path)
        if err.validator == "required" and _misspelt_key(err):
            continue  # the unknown key beside it is reported, with the name it likely meant
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            known = list(err.schema.get("properties", {}))
            for key in err.instance:
                if key not in known:  # point at the key the analyst wrote
                    where = (*path, key)
                    line, col = doc.keys.get(where) or doc.mark(where)
                    issues.append(SchemaIssue(where, line, col, _unknown_key(key, known)))
            continue
        line, col = doc.mark(path)
        issues.append(SchemaIssue(path, line, col, _short(err)))
    issues.extend(_unresolved_sources(doc))
    issues.extend(_unresolved_numbers(doc))
    claims = doc.data.get("claims") if isinstance(doc.data, dict) else None
    actors = doc.data.get("actors") if isinstance(doc.data, dict) else None
    if isinstance(claims, list) and isinstance(actors, list):
        names: set[Any] = set()
        for actor in actors:
            if isinstance(actor, dict):
                names.add(actor.get("name"))
                names.update(a for a in actor.get("aliases") or [] if isinstance(a, str))
        for i, claim in enumerate(claims):
            speaker = claim.get("speaker") if isinstance(claim, dict) else None
            if isinstance(speaker, str) and speaker not in names:
                line, col = doc.mark(("claims", i, "speaker"))
                issues.append(SchemaIssue(("claims", i, "speaker"), line, col,
                                          f"speaker {speaker!r} is not the name of an actor"))
    issues.extend(_unresolved_relations(doc))
    return sorted(issues, key=lambda i: (i.line, i.column))


def _actor_names(data: dict[str, Any]) -> set[Any]:
    """Every name and alias of the brief's actors."""
    names: set[Any] = set()
    actors = data.get("actors")
    for actor in actors if isinstance(actors, list) else []:
        if isinstance(actor, dict):
            names.add(actor.get("name"))
            names.update(a for a in actor.get("aliases") or [] if isinstance(a, str))
    return names


def _unresolved_relations(doc: Located) -> list[SchemaIssue]:
    """Relation ends that name no actor, and source ids the brief does not list: a chart edge must
    join two of the brief's actors and cite one of its sources."""
    data = doc.data if isinstance(doc.data, dict) else {}
    relations = data.get("relations")
    if not isinstance(relations, list):
        return []
    names = _actor_names(data)
    listed = [s for s in [data.get("source"), *(data.get("sources") or [])] if isinstance(s, dict)]
    ids = {s["id"] if isinstance(s.get("id"), str) else "s1" for s in listed}
    found: list[SchemaIssue] = []
    for i, relation in enumerate(relations):
        if not isinstance(relation, dict):
            continue
        for end in ("source", "target"):
            name = relation.get(end)
            if isinstance(name, str) and name not in names:
                line, col = doc.mark(("relations", i, end))
                found.append(SchemaIssue(("relations", i, end), line, col,
                                         f"{end} {name!r} is not the name of an actor"))
        sid = relation.get("source_id")
        if isinstance(sid, str) and sid not in ids:
            line, col = doc.mark(("relations", i, "source_id"))
            found.append(SchemaIssue(("relations", i, "source_id"), line, col,
                                     f"source {sid!r} is not one of the brief's sources "
                                     f"({', '.join(sorted(ids))})"))
    return found


def _closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate ``word`` is most likely a typo of (or of which it is a typo), if any is close."""
    import difflib

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.75)
    return close[0] if close else None


def _unknown_key(key: object, known: list[str]) -> str:
    meant = _closest(str(key), known)
    hint = f"did you mean {meant!r}?" if meant else f"known keys: {', '.join(known)}"
    return f"unknown key {key!r} ({hint})"


def _unresolved_sources(doc: Located) -> list[SchemaIssue]:
    """Source ids that numbers, claims and outlook items cite but the brief does not list."""
    data = doc.data if isinstance(doc.data, dict) else {}
    listed = [s for s in [data.get("source"), *(data.get("sources") or [])] if isinstance(s, dict)]
    # a missing or odd id counts as "s1" here; the schema reports its type
    ids: set[str] = {s["id"] if isinstance(s.get("id"), str) else "s1" for s in listed}
    found: list[SchemaIssue] = []
    for section in ("numbers", "claims", "outlook"):
        items = data.get(section)
        for i, item in enumerate(items if isinstance(items, list) else []):
            cited = item.get("sources") if isinstance(item, dict) else None
            for k, sid in enumerate(cited if isinstance(cited, list) else []):
                if isinstance(sid, str) and sid not in ids:
                    where = (section, i, "sources", k)
                    line, col = doc.mark(where)
                    found.append(SchemaIssue(where, line, col, f"source {sid!r} is not one of the brief's "
                                             f"sources ({', '.join(sorted(ids))})"))
    return found


def _unresolved_numbers(doc: Located) -> list[SchemaIssue]:
    """Number ids given twice, and ids a conflict names that no number has."""
    data = doc.data if isinstance(doc.data, dict) else {}
    numbers = data.get("numbers")
    ids: set[str] = set()
    found: list[SchemaIssue] = []
    for i, number in enumerate(numbers if isinstance(numbers, list) else []):
        nid = number.get("id") if isinstance(number, dict) else None
        if isinstance(nid, str):
            if nid in ids:
                line, col = doc.mark(("numbers", i, "id"))
                found.append(SchemaIssue(("numbers", i, "id"), line, col,
                                         f"number id {nid!r} is given twice"))
            ids.add(nid)
    conflicts = data.get("conflicts")
    for i, conflict in enumerate(conflicts if isinstance(conflicts, list) else []):
        named = conflict.get("numbers") if isinstance(conflict, dict) else None
        for k, nid in enumerate(named if isinstance(named, list) else []):
            if isinstance(nid, str) and nid not in ids:
                where = ("conflicts", i, "numbers", k)
                line, col = doc.mark(where)
                found.append(SchemaIssue(where, line, col, f"number {nid!r} is not the id of one of the "
                                         "brief's numbers"))
    return found


def _missing(err: Any) -> str:
    return err.message.split("'")[1] if err.message.count("'") >= 2 else ""


def _misspelt_key(err: Any) -> str | None:
    """For a missing required field, the unknown key beside it that looks like a typo of it."""
    if err.validator != "required" or not isinstance(err.instance, dict):
        return None
    known = set(err.schema.get("properties", {}))
    return _closest(_missing(err), (k for k in err.instance if isinstance(k, str) and k not in known))


def _short(err: Any) -> str:
    if err.validator == "required":
        return err.message.replace(" is a required property", " is required")
    if err.validator == "enum":
        return f"{err.instance!r} is not one of {', '.join(map(str, err.validator_value))}"
    if err.validator == "additionalProperties":
        return err.message
    message = err.message
    return message if len(message) < 200 else message[:197] + "..."


def parse_brief(text: str, name: str = "<brief>") -> Brief:
    """A ``Brief`` from YAML text, or ``InputError`` listing every schema problem."""
    doc = parse_yaml(text, name)
    if not isinstance(doc.data, dict):
        raise InputError("a brief must be a YAML mapping", f"{name}:1:1")
    issues = validate_data(doc)
    if issues:
        first = issues[0]
        more = f" (and {len(issues) - 1} more; run 'reportgen validate')" if len(issues) > 1 else ""
        raise InputError(f"{'/'.join(map(str, first.path)) or '(document)'}: {first.message}{more}",
                         f"{name}:{first.line}:{first.column}")
    return Brief.from_dict(doc.data)


def load_brief(path: str | Path) -> Brief:
    """A brief from its YAML file, or from a PDF reportgen rendered (the brief travels inside)."""
    from reportgen.brief.yamlio import read_brief_text

    return parse_brief(read_brief_text(path), str(path))


def brief_to_yaml(brief: Brief) -> str:
    """The brief as YAML, headed by a schema line that editors understand."""
    return dump_yaml(brief.to_dict(), header=f"yaml-language-server: $schema={schema_id()}")
