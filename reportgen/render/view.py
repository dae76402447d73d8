"""What a template may hold: plain data only.

Client templates are untrusted, so nothing with filesystem, process or network reach (a ``Path``, a
model object with methods, a client's loader) may be visible to them. :func:`plain` turns the
render context into strings, numbers, booleans, ``None``, tuples, dicts and frozen *view* records
(one per dataclass: its fields plus its read-only properties, no methods) and refuses anything else,
so a field added later cannot reopen a hole without a test failing.
"""

from __future__ import annotations

import inspect
from dataclasses import fields, is_dataclass, make_dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

SCALARS = (str, int, float, bool, type(None))

#: Every view class made so far: the sandbox lets templates read their fields and nothing else.
VIEW_CLASSES: set[type] = set()


class TemplateDataError(TypeError):
    """A value that is not plain data was about to reach a template."""


@cache
def view_class(cls: type) -> type:
    """A frozen, slotted record with ``cls``'s fields and read-only properties, named like it."""
    names = [f.name for f in fields(cls)]
    names += [name for name, member in inspect.getmembers(cls)
              if isinstance(member, property) and not name.startswith("_") and name not in names]
    view = make_dataclass(cls.__name__, names, frozen=True, slots=True, namespace={"__module__": __name__})
    VIEW_CLASSES.add(view)
    return view


@cache
def view_fields(view: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(view))


def plain(value: Any) -> Any:
    """``value`` as plain template data (see the module docstring); raises ``TemplateDataError``."""
    return _plain(value, {})


def _plain(value: Any, seen: dict[int, tuple[Any, Any]]) -> Any:
    """``seen`` maps an object already converted in this call to its view (a claim is both in the
    brief and in its speaker's group: one view serves both)."""
    if isinstance(value, SCALARS) or type(value) in VIEW_CLASSES:
        return value  # str covers Markup, which stays markup
    if id(value) in seen:
        return seen[id(value)][1]
    if isinstance(value, (list, tuple)):
        result: Any = tuple(_plain(item, seen) for item in value)
    elif isinstance(value, dict):
        result = {_key(key): _plain(item, seen) for key, item in value.items()}
    elif isinstance(value, (datetime, date)):
        result = value.isoformat()
    elif is_dataclass(value) and not isinstance(value, type):
        view = view_class(type(value))
        result = view(**{f.name: _plain(getattr(value, f.name), seen) for f in fields(view)})
    else:
        raise TemplateDataError(f"{type(value).__module__}.{type(value).__qualname__} is not plain data "
                                "and cannot be shown to a template")
    seen[id(value)] = (value, result)  # the original is kept so its id is not reused meanwhile
    return result


def _key(key: Any) -> str | int:
    if isinstance(key, (str, int)) and not isinstance(key, bool):
        return key
    raise TemplateDataError(f"a template mapping key must be a string, not {type(key).__name__}")


def is_plain(value: Any) -> bool:
    """True when ``value`` is plain template data all the way down (what :func:`plain` returns)."""
    if isinstance(value, SCALARS):
        return True
    if isinstance(value, tuple | list):
        return all(is_plain(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(k, str | int) and is_plain(v) for k, v in value.items())
    if type(value) in VIEW_CLASSES:
        return all(is_plain(getattr(value, f.name)) for f in fields(value))
    return False
