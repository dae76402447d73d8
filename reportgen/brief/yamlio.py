"""Safe YAML in and out, keeping line numbers so schema errors point at the analyst's line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reportgen.errors import InputError
from reportgen.fileio import read_bytes

#: A brief is a few hundred nodes; this bounds what a hostile file can make us build.
MAX_NODES = 200_000
MAX_YAML_BYTES = 20_000_000


@dataclass
class Located:
    """A parsed document plus the line/column (1-based) of each node, keyed by JSON path."""

    data: Any
    marks: dict[tuple[Any, ...], tuple[int, int]]
    keys: dict[tuple[Any, ...], tuple[int, int]] = field(default_factory=dict)

    def mark(self, path: tuple[Any, ...]) -> tuple[int, int]:
        """Position of ``path``, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, (1, 1))


class _NoAliasSafeLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors/aliases (no alias bombs) and python tags."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, _NO_ALIASES, event.start_mark)
        return super().compose_node(parent, index)


_NO_ALIASES = "YAML aliases (*name) are not allowed in briefs"

#: libyaml's parser and emitter when PyYAML has them (its wheels do): several times faster than the
#: pure-Python ones on large briefs. The C composer cannot refuse an alias as it reads one, so
#: :func:`_walk` refuses a node met twice (an alias is the same node object), before any expansion.
#: libyaml takes UTF-8 only: text with a lone surrogate (possible from the Python API) goes the
#: pure-Python way (see :func:`_compose`).
_FastLoader: Any = getattr(yaml, "CSafeLoader", _NoAliasSafeLoader)
_FastDumperBase: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _walk(node: yaml.Node, path: tuple[Any, ...], marks: dict, budget: list[int],
          keys: dict | None = None, seen: set[int] | None = None) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise InputError(f"YAML document has more than {MAX_NODES} nodes")
    seen = set() if seen is None else seen
    if id(node) in seen:
        raise yaml.composer.ComposerError(None, None, _NO_ALIASES, node.start_mark)
    seen.add(id(node))
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
        raise yaml.constructor.ConstructorError(
            None, None, f"could not determine a constructor for the tag {node.tag!r}", node.start_mark)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _NoAliasSafeLoader.construct_object(_LOADER, key_node)  # scalars only
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain scalars", key_node.start_mark)
            if keys is not None:
                keys[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = _walk(value_node, (*path, key), marks, budget, keys, seen)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_walk(child, (*path, i), marks, budget, keys, seen) for i, child in enumerate(node.value)]
    return _NoAliasSafeLoader.construct_object(_LOADER, node)


_LOADER = _NoAliasSafeLoader("")
_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def _compose(text: str) -> Any:
    """The document's node graph, by libyaml; text it refuses (a syntax error, a lone surrogate or
    its escape) is read again by the pure-Python loader, which accepts what PyYAML writes and
    words its errors as it always has."""
    if _FastLoader is not _NoAliasSafeLoader:
        try:
            return _composed_by(_FastLoader, text)
        except (UnicodeEncodeError, yaml.YAMLError):
            pass
    return _composed_by(_NoAliasSafeLoader, text)


def _composed_by(loader_class: Any, text: str) -> Any:
    loader = loader_class(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def parse_yaml(text: str, name: str = "<string>") -> Located:
    """Parse one YAML document safely; errors become ``InputError`` with ``line:col``."""
    try:
        node = _compose(text)
        if node is None:
            return Located(None, {(): (1, 1)})
        marks: dict[tuple[Any, ...], tuple[int, int]] = {}
        keys: dict[tuple[Any, ...], tuple[int, int]] = {}
        try:
            data = _walk(node, (), marks, [MAX_NODES], keys)
        except InputError as err:
            raise InputError(err.message, err.path or name) from None
        return Located(data, marks, keys)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark else name
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        if "could not determine a constructor" in problem:
            problem = "unsupported tag (only plain YAML is accepted; python/* tags are refused)"
        raise InputError(f"invalid YAML: {problem}", where) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {str(exc).splitlines()[0]}", name) from None
    except RecursionError:
        raise InputError("invalid YAML: nested too deeply", name) from None


def decode_text(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", name) from None


def load_yaml_file(path: str | Path) -> Any:
    """Data of a small YAML file (configs, client.yaml), loaded safely."""
    return parse_yaml(decode_text(read_bytes(path, MAX_YAML_BYTES), str(path)), str(path)).data


def read_brief_text(path: str | Path) -> str:
    """A brief's YAML text: the file itself, or the brief attached to a reportgen PDF."""
    from reportgen.brief.attachment import MAX_PDF_BYTES, attached_brief, is_pdf

    data = read_bytes(path, MAX_PDF_BYTES)
    if is_pdf(data):
        return attached_brief(data, path)
    if len(data) > MAX_YAML_BYTES:
        raise InputError(f"a YAML brief is limited to {MAX_YAML_BYTES // 1_000_000} MB", path)
    return decode_text(data, str(path))


def load_located(path: str | Path) -> Located:
    """A YAML file (client.yaml, template.yaml, a batch project) with the line of every node."""
    return parse_yaml(decode_text(read_bytes(path, MAX_YAML_BYTES), str(path)), str(path))


def load_located_brief(path: str | Path) -> Located:
    """A brief with the line of every node: its YAML file, or the brief a reportgen PDF carries."""
    return parse_yaml(read_brief_text(path), str(path))


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases, long strings kept on one line."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


class _FastDumper(_FastDumperBase):
    """:class:`_Dumper` on libyaml's emitter."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


#: Characters YAML reads as line breaks or cannot keep in a block scalar: force a quoted scalar.
_NEEDS_QUOTES = re.compile(r"[\x85\u2028\u2029\r\t]|[^\S\n ]$|^[ \n]| \n")


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if _NEEDS_QUOTES.search(value) else ("|" if "\n" in value else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_presenter)
_FastDumper.add_representer(str, _str_presenter)


def dump_yaml(data: Any, header: str | None = None) -> str:
    """YAML text for ``data`` with an optional comment header line."""
    def dump(dumper: type) -> str:
        return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100_000,
                         default_flow_style=False)

    try:
        body = dump(_FastDumper)
    except UnicodeEncodeError:
        body = dump(_Dumper)
    return (f"# {header}\n" if header else "") + body
