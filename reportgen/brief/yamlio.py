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
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases (*name) are not allowed in briefs", event.start_mark)
        return super().compose_node(parent, index)


def _walk(node: yaml.Node, path: tuple[Any, ...], marks: dict, budget: list[int],
          keys: dict | None = None) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise InputError(f"YAML document has more than {MAX_NODES} nodes")
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
            out[key] = _walk(value_node, (*path, key), marks, budget, keys)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_walk(child, (*path, i), marks, budget, keys) for i, child in enumerate(node.value)]
    return _NoAliasSafeLoader.construct_object(_LOADER, node)


_LOADER = _NoAliasSafeLoader("")
_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def parse_yaml(text: str, name: str = "<string>") -> Located:
    """Parse one YAML document safely; errors become ``InputError`` with ``line:col``."""
    try:
        loader = _NoAliasSafeLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
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


def load_located(path: str | Path) -> Located:
    return parse_yaml(decode_text(read_bytes(path, MAX_YAML_BYTES), str(path)), str(path))


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases, long strings kept on one line."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


#: Characters YAML reads as line breaks or cannot keep in a block scalar: force a quoted scalar.
_NEEDS_QUOTES = re.compile(r"[\x85\u2028\u2029\r\t]|[^\S\n ]$|^[ \n]| \n")


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if _NEEDS_QUOTES.search(value) else ("|" if "\n" in value else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_presenter)


def dump_yaml(data: Any, header: str | None = None) -> str:
    """YAML text for ``data`` with an optional comment header line."""
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100_000,
                     default_flow_style=False)
    return (f"# {header}\n" if header else "") + body
