"""The Jinja sandbox client templates run in: an allow list of what they may read and call, and
bounds on the work they may ask for.

Jinja's own sandbox refuses ``_private`` attributes and known-dangerous internals but lets a template
call any other public method of whatever it can reach (a ``pathlib.Path`` could read and write
files). Here a template reads only plain data (:mod:`reportgen.render.view`) and the fields of view
records, calls only a short list of string, mapping and Jinja runtime helpers plus the globals we
put there, and cannot make a string, list or number large enough to exhaust memory or a loop long
enough to hold a worker: operators, amplifying filters and globals are checked before they run,
a value written out as text (``{{ value }}``, ``~``, ``%``, ``join``, ``string``, ``tojson``…) has
its length counted from its items first, every filter's result is size-checked, every list, tuple and
mapping a template builds has its items counted all the way down (see ``MAX_NESTED_ITEMS``), the long strings
and lists one render builds count against one budget, the output is capped, and a render deadline
ends everything else.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import io
import itertools
import math
import pprint
import re
import sys
import threading
import time
import types
from collections.abc import Callable, ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView
from contextlib import contextmanager
from typing import Any

from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.filters import make_attrgetter, make_multi_attrgetter
from jinja2.nodes import Concat, Dict, EvalContext, Getitem, List, Slice, Tuple
from jinja2.runtime import BlockReference, Context, LoopContext, Macro, Namespace, TemplateReference
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from jinja2.utils import Cycler, Joiner, generate_lorem_ipsum, pass_eval_context
from markupsafe import Markup, escape

from reportgen.render.view import VIEW_CLASSES, view_fields

#: Longest string (in characters) and longest list a template expression may build.
MAX_STRING = 10_000_000
MAX_ITEMS = 1_000_000
#: Largest rendered document (characters).
MAX_OUTPUT = 50_000_000
#: Largest integer an operator may produce, in bits (``10**10**9`` would take minutes).
MAX_INT_BITS = 4096
#: CPU seconds one template render may take (a brief renders in a few hundredths of a second).
RENDER_SECONDS = 1.0
#: Widths and counts that amplify a value (``center``, ``indent``, ``batch``, ``%0999999d``).
MAX_WIDTH = 1000
MAX_LIPSUM_PARAGRAPHS = 100
MAX_LIPSUM_WORDS = 1000
#: Deepest nesting of lists, mappings and records a template may build or write out as text.
MAX_DEPTH = 100
#: Most items a list, tuple or mapping a template builds may hold, counting the items of what it holds
#: each time it holds them: ``[x, x]`` is ``x`` twice over. Forty rounds of ``[x, x]`` take a few
#: kilobytes, but comparing (``==``, ``in``, ``sort``, ``unique``) or hashing two such values walks
#: every one of their 10**12 items in C, where the render deadline cannot stop it (it hung a process
#: for hours). A value within the limit is walked in a few hundredths of a second.
MAX_NESTED_ITEMS = 1_000_000
#: Characters of a string that count as one item (comparing two equal strings reads them through).
STRING_CHARS_PER_ITEM = 100
#: Bytes one render's template may build in strings and lists of at least ``LARGE_VALUE`` bytes, all
#: told: each is bounded on its own, but a loop keeping copies of a long string (in a list, or in a
#: macro's output) would fill memory before the deadline. A brief's template builds none that large
#: (a logo's data: URI, printed a few times, is the most it needs).
LARGE_VALUE = 1 << 20
MAX_LARGE_BUILT = 128 << 20

STR_METHODS = frozenset({
    "capitalize", "casefold", "count", "endswith", "find", "isalnum", "isalpha", "isdecimal", "isdigit",
    "islower", "isnumeric", "isspace", "istitle", "isupper", "lower", "lstrip", "partition", "removeprefix",
    "removesuffix", "rfind", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
    "swapcase", "title", "upper", "striptags", "unescape",
})
MAPPING_METHODS = frozenset({"get", "items", "keys", "values"})
SEQUENCE_METHODS = frozenset({"count", "index"})
LOOP_ATTRIBUTES = frozenset({
    "index", "index0", "revindex", "revindex0", "first", "last", "length", "depth", "depth0",
    "previtem", "nextitem", "cycle", "changed",
})
#: Jinja runtime objects a template works with (``loop``, ``self``, ``super()``, ``caller``,
#: ``namespace()``, ``cycler()``, ``joiner()``): safe to read and call.
RUNTIME_TYPES = (Macro, BlockReference, TemplateReference, Namespace, Cycler, Joiner)


class TemplateLimitError(Exception):
    """A template asked for more than a brief can need (size or time)."""


class RenderDeadline(TemplateLimitError):
    """Raised inside the rendering thread when its render takes too long."""


def _check_size(value: Any, *inputs: Any, part_of_input: bool = False) -> Any:
    """``value``, a template expression's result, within the limits; a new long string or list (not one
    of the ``inputs`` it was made from) is charged to the render's budget, and a new list, tuple or
    mapping has its items counted unless it holds only some of an input's (``part_of_input``: a slice
    holds no more than the value it is cut from)."""
    if isinstance(value, (str, list, tuple)) and not any(value is given for given in inputs):
        _charge(value)
    if isinstance(value, str) and len(value) > MAX_STRING:
        raise TemplateLimitError(f"a template expression built a string of {len(value):,} characters "
                                 f"(limit {MAX_STRING:,})")
    if isinstance(value, (list, tuple)) and len(value) > MAX_ITEMS:
        raise TemplateLimitError(f"a template expression built a list of {len(value):,} items "
                                 f"(limit {MAX_ITEMS:,})")
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise TemplateLimitError(f"a template expression built a {value.bit_length():,}-bit number "
                                 f"(limit {MAX_INT_BITS})")
    if isinstance(value, CONTAINERS) and not part_of_input and not any(value is given for given in inputs):
        NestedCount().measure(value)
    return value


#: What :class:`NestedCount` counts the items of; anything else (a view record, a namespace, a
#: range, an iterator) compares and hashes as itself, or in Python code the deadline can stop.
CONTAINERS = (list, tuple, dict, set, frozenset)


class NestedCount:
    """Counts a value's items all the way down, as comparing it would walk them (``MAX_NESTED_ITEMS``),
    and its depth (``MAX_DEPTH``), refusing either past its limit. Each container is walked once however
    often it is held (``[x, x]`` counts ``1 + 2 * count(x)`` but walks ``x`` once), so the count takes
    time in proportion to the value's size in memory, and a count spanning several values (the items
    of a filter's result) reuses what it counted. It keeps what it counted referenced, so no other
    object can take over a counted one's ``id`` meanwhile."""

    def __init__(self) -> None:
        self.counted: dict[int, tuple[Any, int, int]] = {}  # id -> (container, items, height)

    def measure(self, value: Any) -> int:
        """How many items ``value`` holds, itself included; refused past the limits."""
        return self._count(value, 0)[0]

    def _count(self, value: Any, depth: int) -> tuple[int, int]:
        """``value``'s items and its height (0 for a value that holds none)."""
        if isinstance(value, str):
            return 1 + len(value) // STRING_CHARS_PER_ITEM, 0
        if isinstance(value, (dict, types.MappingProxyType)):
            parts: Iterable[Any] = itertools.chain(value.keys(), value.values())
        elif isinstance(value, (list, tuple, set, frozenset)):
            parts = value
        elif isinstance(value, (KeysView, ValuesView, ItemsView)) and hasattr(value, "mapping"):
            parts = (value.mapping,)  # a dict's view compares as its dict (this is a read-only proxy of it)
        else:
            return 1, 0
        counted = self.counted.get(id(value))
        if counted is not None:
            items, height = counted[1], counted[2]
        else:
            if depth >= MAX_DEPTH:
                raise TemplateLimitError(f"a template expression built a value nested more than {MAX_DEPTH} "
                                         "deep")
            items, height = 1, 0
            for part in parts:
                part_items, part_height = self._count(part, depth + 1)
                items += part_items
                height = max(height, part_height + 1)
                if items > MAX_NESTED_ITEMS:
                    raise TemplateLimitError(f"a template expression built a {type(value).__name__} of more "
                                             f"than {MAX_NESTED_ITEMS:,} items, counting those it holds "
                                             "within it each time it holds them")
            self.counted[id(value)] = (value, items, height)
        if depth + height >= MAX_DEPTH:  # as deep as a value written out may be (``_text_length``)
            raise TemplateLimitError(f"a template expression built a value nested more than {MAX_DEPTH} deep")
        return items, height


def _counted_items(items: Iterator[Any]) -> Iterator[Any]:
    """``items``, a filter's lazy result (``batch``, ``slice``, ``items``…), each counted as it comes:
    a row of ``batch(n, fill)`` holds ``fill`` up to ``n`` times."""
    count = NestedCount()
    for item in items:
        if isinstance(item, CONTAINERS):
            count.measure(item)
        yield item


_budget = threading.local()


def _charge(value: Any) -> None:
    """Count a string or list the template built against the budget of the render running in this
    thread (see ``MAX_LARGE_BUILT``); outside a render nothing is counted."""
    size = sys.getsizeof(value)
    left = getattr(_budget, "left", None)
    if size < LARGE_VALUE or left is None:
        return
    _budget.left = left - size
    if _budget.left < 0:
        raise TemplateLimitError(f"the template built more than {MAX_LARGE_BUILT >> 20} MB of long strings "
                                 "and lists")


def _limit(what: str, value: int, limit: int) -> None:
    if value > limit:
        raise TemplateLimitError(f"{what} {value:,} is over the template limit of {limit:,}")


# A value written out as text (``{{ value }}``, ``~``, ``%s``, ``join``, ``string``, ``tojson``…) is
# built from its items: a list of a million references to one long string is small, its text is not.
# Its length is counted from the items before anything is built.

def _escaped_length(text: str) -> int:
    """``len(escape(text))``, counted."""
    return (len(text) + 4 * (text.count("&") + text.count("'") + text.count('"'))
            + 3 * (text.count("<") + text.count(">")))


def _quoted_length(text: str) -> int:
    """At least the length of ``repr(text)`` and ``ascii(text)`` (also inside ``Markup(…)``) and of
    ``text`` as JSON the way ``tojson`` writes it, each also HTML-escaped: printable ASCII grows only
    at quotes, backslashes and ``<>&`` (to at most six characters each), any other character may
    take twelve (``\\ud83d\\ude00``)."""
    if text.isascii() and text.isprintable():
        return len(text) + 5 * sum(text.count(char) for char in "<>&'\"\\") + 18
    return 12 * len(text) + 18


def _scalar_length(value: bool | int | float | None) -> int:
    if value is None or isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return value.bit_length() * 31 // 100 + 2  # decimal digits and a sign
    return 25  # repr(-1.7976931348623157e+308)


class _TooLong(Exception):
    pass


def _parts(value: Any) -> tuple[Iterable[Any], int]:
    """The values ``value``'s text is made of, and how many characters it adds around them."""
    if isinstance(value, Mapping):
        return [part for pair in value.items() for part in pair], 2
    if isinstance(value, ItemsView):
        return [part for pair in value for part in pair], len(type(value).__name__) + 4
    if isinstance(value, (list, tuple, set, frozenset, KeysView, ValuesView)):
        return value, len(type(value).__name__) + 4
    kind: type = type(value)
    if kind in VIEW_CLASSES:
        names = view_fields(kind)
        return [getattr(value, name) for name in names], len(type(value).__name__) + 2 + sum(
            len(name) + 1 for name in names)
    if isinstance(value, Namespace):
        return [part for pair in value._Namespace__attrs.items() for part in pair], 16
    return [], 6 * len(repr(value)) + 2  # a runtime object, range or iterator: a short fixed text


def _text_length(value: Any, *, escaped: bool = False, quoted: bool = False, indent: int = 0,
                 limit: int = MAX_STRING) -> int:
    """An upper bound of ``len(str(value))`` (HTML-escaped when ``escaped``) that also bounds its
    ``repr`` and its JSON pretty-printed by ``indent`` characters a level; exact for a string (its
    ``repr``'s bound when ``quoted``). Counted without building any of it, and only until it is past
    ``limit``. A value nested more than ``MAX_DEPTH`` deep is refused."""
    if isinstance(value, str) and not quoted:
        return _escaped_length(value) if escaped and not hasattr(value, "__html__") else len(value)
    seen: dict[tuple[int, int], int] = {}

    def measure(item: Any, depth: int) -> int:
        if isinstance(item, str):
            return _quoted_length(item)
        if item is None or isinstance(item, (bool, int, float)):
            return _scalar_length(item)
        key = (id(item), depth if indent else 0)  # an item the value holds twice is counted once
        if key in seen:
            return seen[key]
        if depth >= MAX_DEPTH:
            raise TemplateLimitError(f"a value nested more than {MAX_DEPTH} deep cannot be written out")
        parts, size = _parts(item)
        line = indent * (depth + 1) + 1 if indent else 0
        size += line
        for part in parts:
            size += measure(part, depth + 1) + 4 + line
            if size > limit:
                raise _TooLong
        seen[key] = size
        return size

    try:
        return measure(value, 0)
    except _TooLong:
        return limit + 1


def _check_text(value: Any, what: str, **how: Any) -> int:
    """The length bound of ``value`` as text (see :func:`_text_length`), refused past ``MAX_STRING``."""
    length = _text_length(value, **how)
    if length > MAX_STRING:
        raise TemplateLimitError(f"{what} would take more than {MAX_STRING:,} characters")
    return length


def _text_total(values: Any, what: str, escaped: bool = False) -> int:
    """The length bound of ``values`` written out one after another, refused past ``MAX_STRING``."""
    total = 0
    for value in values:
        total += _text_length(value, escaped=escaped)
        if total > MAX_STRING:
            raise TemplateLimitError(f"{what} would take more than {MAX_STRING:,} characters")
    return total


def _multiply(left: Any, right: Any) -> Any:
    for seq, times in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
            cap = MAX_STRING if isinstance(seq, str) else MAX_ITEMS
            _limit("repeating a value to a length of", len(seq) * max(times, 0), cap)
    return _check_size(left * right, left, right)


def _power(base: Any, exponent: Any) -> Any:
    if isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1 and exponent > 0:
        _limit("a power of", math.ceil(exponent * math.log2(abs(base))), MAX_INT_BITS)
    return base ** exponent


def _add(left: Any, right: Any) -> Any:
    if isinstance(left, str) and isinstance(right, str):  # Markup escapes the other side
        escaped = isinstance(left, Markup) or isinstance(right, Markup)
        _text_total((left, right), "adding strings", escaped=escaped)
    elif isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        _limit("adding lists to a length of", len(left) + len(right), MAX_ITEMS)
    return _check_size(left + right, left, right)


#: The rest of a ``%`` field after its ``(key)``: flags, width, precision, length, conversion.
_PRINTF_FIELD = re.compile(r"[#0\- +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.?)", re.DOTALL)


def _printf_length(spec: str, values: Any) -> int:
    """An upper bound of ``len(spec % values)``, counted field by field (``'%(a)s' * 1000`` names one
    long value a thousand times); a ``*`` width, or a width or precision over ``MAX_WIDTH`` (``%0999999d``),
    is refused."""
    escaped = isinstance(spec, Markup)  # Markup's % escapes the values
    positional = values if isinstance(values, tuple) else (values,)
    total, index, at = len(spec), 0, spec.find("%")
    while at >= 0 and total <= MAX_STRING:
        start, key = at + 1, None
        if spec.startswith("(", start):  # Python matches the parentheses inside a key
            depth, end = 1, start + 1
            while end < len(spec) and depth:
                depth += (spec[end] == "(") - (spec[end] == ")")
                end += 1
            key, start = spec[start + 1:end - 1], end
        field = _PRINTF_FIELD.match(spec, start)
        assert field is not None  # every part of the pattern is optional
        width, precision, conversion = field.groups()
        for part in (width, precision):
            if part == "*":
                raise TemplateLimitError("a '*' width in a format string is not allowed in templates")
            if part:
                _limit("a format width of", int(part), MAX_WIDTH)
        total += int(width or 0) + int(precision or 0)
        if conversion != "%":
            if key is not None:
                value = values.get(key) if isinstance(values, Mapping) else None
            else:
                value = positional[index] if index < len(positional) else None
                index += 1
            if conversion in ("r", "a"):
                total += _text_length(value, quoted=True)
            elif conversion == "s":
                total += _text_length(value, escaped=escaped)
            else:  # a number: '%f' % 1e308 has 316 digits
                total += _text_length(value) + 330
        at = spec.find("%", field.end())
    return total


def _modulo(left: Any, right: Any) -> Any:
    if isinstance(left, str):
        _limit("formatting to a length of", _printf_length(left, right), MAX_STRING)
    return _check_size(left % right, left, right)


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "*": _multiply, "**": _power, "%": _modulo, "+": _add,
}


Arguments = tuple[tuple[Any, ...], dict[str, Any]]


def _guard_filter(original: Callable[..., Any], check: Callable[..., Arguments] | None) -> Callable[..., Any]:
    """Jinja's filter ``original`` with ``check`` run on its arguments first, and its result
    size-checked. ``check`` gets the context, eval context or environment Jinja passes the filter
    (None for a filter given none) and then the filter's own arguments, and returns the arguments to
    pass on (it may hand on a materialised iterable)."""
    skip = 1 if getattr(original, "jinja_pass_arg", None) is not None else 0

    @functools.wraps(original)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if check is not None:
            checked, kwargs = check(args[0] if skip else None, *args[skip:], **kwargs)
            args = (*args[:skip], *checked)
        result = _check_size(original(*args, **kwargs), *args, *kwargs.values())
        if isinstance(result, Iterator) and not any(result is given for given in (*args, *kwargs.values())):
            return _counted_items(result)
        return result

    return guarded


def _bounded_list(value: Any, what: str) -> list[Any] | tuple[Any, ...] | str:
    """``value``'s items, taken from an iterator no further than one past ``MAX_ITEMS``."""
    items = value if isinstance(value, (list, tuple, str)) else list(itertools.islice(value, MAX_ITEMS + 1))
    _limit(what, len(items), MAX_ITEMS)
    return items


def _check_join(eval_ctx: EvalContext, value: Any, d: Any = "", attribute: Any = None) -> Arguments:
    items = _bounded_list(value, "joining a list of")
    if attribute is not None:  # joined as the values it names, looked up the sandbox's way
        getter = make_attrgetter(eval_ctx.environment, attribute)
        items = [getter(item) for item in items]
    escaped = eval_ctx.autoescape and any(hasattr(item, "__html__") for item in (d, *items))
    total = _text_length(d, escaped=escaped) * max(len(items) - 1, 0)
    _limit("joining to a length of", total, MAX_STRING)
    _text_total(items, "joining a list", escaped=escaped)
    return (items, d, None), {}


def _check_replace(eval_ctx: EvalContext, s: Any, old: Any, new: Any, count: Any = None) -> Arguments:
    for value in (s, old, new):
        _check_text(value, "writing a value as text")
    text, old_text, new_text = str(s), str(old), str(new)
    escaping = eval_ctx.autoescape and any(hasattr(value, "__html__") for value in (s, old, new))
    if escaping:  # Markup's replace escapes whichever of old and new is plain
        old_text, new_text = str(escape(old)), str(escape(new))
    if escaping and not isinstance(s, Markup):  # s is escaped first: old fits in it at most len // len times
        length = _escaped_length(text)
        hits = length + 1 if not old_text else length // len(old_text)
    else:
        length = len(text)
        hits = length + 1 if not old_text else text.count(old_text)
    if count is not None and count >= 0:
        hits = min(hits, count)
    _limit("replacing to a length of", length + hits * max(len(new_text) - len(old_text), 0), MAX_STRING)
    return (s, old, new, count), {}


def _check_center(_: Any, value: Any, width: Any = 80) -> Arguments:
    _limit("a width of", int(width), MAX_WIDTH)
    _check_text(value, "writing a value as text")
    return (value, width), {}


def _check_indent(_: Any, s: Any, width: Any = 4, first: bool = False, blank: bool = False) -> Arguments:
    indent = len(width) if isinstance(width, str) else int(width)
    _limit("an indent of", indent, MAX_WIDTH)
    if isinstance(s, str):  # every line gets the indent ('\n' * 9000000 has nine million)
        _limit("indenting to a length of", len(s) + _line_count(s) * (indent + 1), MAX_STRING)
    return (s, width, first, blank), {}


def _check_format(_: Any, value: Any, *args: Any, **kwargs: Any) -> Arguments:
    _check_text(value, "writing a value as text")
    spec = value if isinstance(value, str) else str(value)
    _limit("formatting to a length of", _printf_length(spec, kwargs or args), MAX_STRING)
    return (value, *args), kwargs


def _check_count_argument(_: Any, value: Any, count: Any, fill_with: Any = None) -> Arguments:
    _limit("a batch or slice count of", int(count), MAX_WIDTH)
    return (value, count, fill_with), {}


def _check_wordwrap(environment: Any, s: Any, width: Any = 79, break_long_words: bool = True,
                    wrapstring: Any = None, break_on_hyphens: bool = True) -> Arguments:
    if int(width) < 1:
        raise TemplateLimitError("a wordwrap width must be at least 1")
    if isinstance(s, str):
        # The wrap string goes between lines and paragraphs. A line ends where the next word would not
        # fit, so two lines in a row hold more than ``width`` characters of the paragraph.
        joints = min(len(s), 2 * len(s) // (int(width) + 1) + 2 * _line_count(s))
        joiner = environment.newline_sequence if wrapstring is None else wrapstring
        _limit("wrapping to a length of", len(s) + joints * len(str(joiner)), MAX_STRING)
    return (s, width, break_long_words, wrapstring, break_on_hyphens), {}


#: What ``str.splitlines`` breaks lines at.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def _line_count(text: str) -> int:
    """At least the number of lines of ``text``."""
    return sum(text.count(char) for char in _LINE_BREAKS) + 1


def _check_urlize(eval_ctx: EvalContext, value: Any, trim_url_limit: Any = None, nofollow: bool = False,
                  target: Any = None, rel: Any = None, extra_schemes: Any = None) -> Arguments:
    _check_text(value, "writing a value as text", escaped=True)
    text, policies = str(value), eval_ctx.environment.policies
    # Each link (it has a '.', '@' or ':') repeats its URL and carries the rel and target attributes.
    links = sum(text.count(char) for char in ".@:")
    attributes = (rel, target, policies["urlize.rel"], policies["urlize.target"])
    furniture = 64 + sum(_escaped_length(str(part)) for part in attributes if part)
    _limit("linking URLs to a length of", _escaped_length(text) * (2 if links else 1) + links * furniture,
           MAX_STRING)
    return (value, trim_url_limit, nofollow, target, rel, extra_schemes), {}


def _check_folded(keys: Iterable[Any], what: str) -> None:
    """Sorting and grouping fold the case of string keys, a copy each, held until done."""
    _limit(what, sum(len(key) for key in keys if isinstance(key, str)), MAX_STRING)


def _check_sort(environment: Any, value: Any, reverse: bool = False, case_sensitive: bool = False,
                attribute: Any = None) -> Arguments:
    items = _bounded_list(value, "sorting a list of")
    if not case_sensitive:
        keys = make_multi_attrgetter(environment, attribute)
        _check_folded((key for item in items for key in keys(item)), "sorting by keys of a length of")
    return (items, reverse, case_sensitive, attribute), {}


def _check_groupby(environment: Any, value: Any, attribute: Any, default: Any = None,
                   case_sensitive: bool = False) -> Arguments:
    items = _bounded_list(value, "grouping a list of")
    if not case_sensitive:
        key = make_attrgetter(environment, attribute, default=default)
        _check_folded((key(item) for item in items), "grouping by keys of a length of")
    return (items, attribute, default, case_sensitive), {}


def _check_dictsort(_: Any, value: Any, case_sensitive: bool = False, by: str = "key",
                    reverse: bool = False) -> Arguments:
    if not case_sensitive and isinstance(value, Mapping):
        _check_folded(value.values() if by == "value" else value.keys(), "sorting by keys of a length of")
    return (value, case_sensitive, by, reverse), {}


def _check_sum(environment: Any, iterable: Any, attribute: Any = None, start: Any = 0) -> Arguments:
    if not isinstance(start, (list, tuple)):
        return (iterable, attribute, start), {}
    # Summing lists makes a new list at each step, in C, where the render deadline cannot stop it.
    items = _bounded_list(iterable, "summing a list of")
    if attribute is not None:
        getter = make_attrgetter(environment, attribute)
        items = [getter(item) for item in items]
    length = copied = len(start)
    for item in items:
        length += len(item) if isinstance(item, (list, tuple)) else 0
        copied += length
        _limit("summing lists to a length of", length, MAX_ITEMS)
        _limit("items copied by summing lists one by one:", copied, 100 * MAX_ITEMS)
    return (items, None, start), {}


def _check_xmlattr(_: Any, d: Any, autospace: bool = True) -> Arguments:
    if isinstance(d, Mapping):
        shown = [part for key, value in d.items() if value is not None for part in (key, value)]
        _text_total(shown, "writing attributes", escaped=True)
    return (d, autospace), {}


def _url_length(value: Any) -> int:
    """A bound of ``value`` quoted for a URL: ``%XX`` for each UTF-8 byte that needs it."""
    if isinstance(value, str) and value.isascii():
        return 3 * len(value)
    return 12 * _text_length(value)


def _check_urlencode(_: Any, value: Any) -> Arguments:
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        _limit("URL-quoting to a length of", _url_length(value), MAX_STRING)
        return (value,), {}
    pairs = value if isinstance(value, Mapping) else _bounded_list(value, "URL-encoding a list of")
    total = 0
    for pair in (pairs.items() if isinstance(pairs, Mapping) else pairs):
        if isinstance(pair, (tuple, list)):
            total += sum(_url_length(part) for part in pair) + 2
            _limit("URL-encoding to a length of", total, MAX_STRING)
    return (pairs,), {}


def _check_tojson(_: Any, value: Any, indent: Any = None) -> Arguments:
    width = len(indent) if isinstance(indent, str) else int(indent or 0)
    _limit("a JSON indent of", width, MAX_WIDTH)
    _check_text(value, "writing a value as JSON", quoted=True, indent=max(width, 0))
    return (value, indent), {}


def _text_argument(escaped: bool = False) -> Callable[..., Arguments]:
    """The check of a filter that starts by turning its value into a string (escaped, for ``escape``)."""

    def check(_: Any, value: Any, *args: Any, **kwargs: Any) -> Arguments:
        _check_text(value, "writing a value as text", escaped=escaped)
        return (value, *args), kwargs

    return check


class _BoundedStream(io.StringIO):
    def write(self, text: str) -> int:
        if self.tell() + len(text) > MAX_STRING:
            raise TemplateLimitError(f"pretty-printing a value would take more than {MAX_STRING:,} "
                                     "characters")
        return super().write(text)


def bounded_pprint(value: Any) -> str:
    """The ``pprint`` filter, refused past ``MAX_STRING`` characters: its indentation grows with the
    keys before each value, so the text it writes is counted as it goes."""
    _check_text(value, "pretty-printing a value", quoted=True)
    stream = _BoundedStream()
    pprint.PrettyPrinter(stream=stream).pprint(value)
    return stream.getvalue()[:-1]


_FILTER_CHECKS: dict[str, Callable[..., Arguments]] = {
    "join": _check_join, "replace": _check_replace, "center": _check_center, "indent": _check_indent,
    "format": _check_format, "batch": _check_count_argument, "slice": _check_count_argument,
    "wordwrap": _check_wordwrap, "xmlattr": _check_xmlattr, "urlencode": _check_urlencode,
    "tojson": _check_tojson, "urlize": _check_urlize,
    "sort": _check_sort, "groupby": _check_groupby, "dictsort": _check_dictsort, "sum": _check_sum,
    **dict.fromkeys(("e", "escape", "forceescape"), _text_argument(escaped=True)),
    **dict.fromkeys(("string", "safe", "lower", "upper", "capitalize", "title", "trim", "striptags",
                     "wordcount"), _text_argument()),
}


@pass_eval_context
def _printable(eval_ctx: EvalContext, value: Any) -> Any:
    """``finalize`` of ``{{ value }}``: what is printed is ``str(value)``, escaped, a copy even of a
    string (charged to the render's budget when long: a macro or captured body keeps it)."""
    if not isinstance(value, str):
        _check_text(value, "writing a value as text", escaped=eval_ctx.autoescape)
    elif eval_ctx.autoescape or type(value) is not str:
        _charge(value)
    return value


def bounded_range(*args: int) -> range:
    """``range`` as Jinja's sandbox bounds it (at most 100,000 items)."""
    try:
        return safe_range(*args)
    except OverflowError as exc:
        raise TemplateLimitError(str(exc)) from None


def bounded_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    """Placeholder text, at most a hundred paragraphs of at most a thousand words."""
    _limit("lipsum paragraphs", int(n), MAX_LIPSUM_PARAGRAPHS)
    _limit("lipsum words", int(max), MAX_LIPSUM_WORDS)
    return generate_lorem_ipsum(n, html, min, max)


class _BoundedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` so its operands' lengths as text are checked before they are joined and the
    result size-checked (a loop of ``s = s ~ s`` doubles a string; ``[s] * 1000 ~ ''`` writes out
    ``s`` a thousand times), ``s[a:b]`` so the copy is checked too, and list, tuple and mapping
    literals so their items are counted all the way down (``[x, x]`` in a loop doubles a list's items,
    see ``MAX_NESTED_ITEMS``)."""

    def visit_List(self, node: List, frame: Frame) -> None:
        self.write("environment.built(")
        super().visit_List(node, frame)
        self.write(")")

    def visit_Tuple(self, node: Tuple, frame: Frame) -> None:
        if node.ctx != "load":  # the names of '{% for a, b in pairs %}' or '{% set a, b = … %}'
            super().visit_Tuple(node, frame)
            return
        self.write("environment.built(")
        super().visit_Tuple(node, frame)
        self.write(")")

    def visit_Dict(self, node: Dict, frame: Frame) -> None:
        self.write("environment.built(")
        super().visit_Dict(node, frame)
        self.write(")")

    @optimizeconst
    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:  # as Jinja's own, with the operands passed through environment.joinable
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"environment.bounded({join}(environment.joinable((")
        for operand in node.nodes:
            self.visit(operand, frame)
            self.write(", ")
        self.write("))))")

    @optimizeconst
    def visit_Getitem(self, node: Getitem, frame: Frame) -> None:
        """Jinja slices in place, past ``environment.getitem``: a slice goes through
        ``environment.slice_of`` instead (``s[i:]`` in a loop copies a long string each time)."""
        if not isinstance(node.arg, Slice):
            super().visit_Getitem(node, frame)
            return
        self.write("environment.slice_of(")
        self.visit(node.node, frame)
        for part in (node.arg.start, node.arg.stop, node.arg.step):
            self.write(", ")
            if part is None:
                self.write("None")
            else:
                self.visit(part, frame)
        self.write(")")


class BriefSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with an allow list and size bounds (see the module docstring)."""

    intercepted_binops = frozenset(_BINOPS)
    code_generator_class = _BoundedCodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("finalize", _printable)
        super().__init__(*args, **kwargs)
        self.globals.update(range=bounded_range, lipsum=bounded_lipsum)
        self.filters["pprint"] = bounded_pprint
        for name, original in self.filters.items():
            self.filters[name] = _guard_filter(original, _FILTER_CHECKS.get(name))
        self.binop_table.update(_BINOPS)

    @property
    def trusted_callables(self) -> list[Any]:
        """The globals a template may call: Jinja's helpers and whatever reportgen registered."""
        return [value for value in self.globals.values() if callable(value)]

    def bounded(self, value: Any) -> Any:
        return _check_size(value)

    def built(self, value: Any) -> Any:
        """A list, tuple or mapping literal's value, its items counted (``MAX_NESTED_ITEMS``)."""
        NestedCount().measure(value)
        return value

    def concat(self, parts: Iterable[str]) -> str:
        """Joins the output of a macro, of a block called as ``self.name()`` or ``super()``, and of a
        ``{% set %}``, ``{% filter %}`` or ``{% call %}`` body: a loop there puts a long string in the
        output many times without building anything until the join. Counted as it is gathered, and
        refused past ``MAX_OUTPUT`` (no part of the document can be longer than the document)."""
        kept: list[str] = []
        size = 0
        for part in parts:
            size += len(part)
            if size > MAX_OUTPUT:
                raise TemplateLimitError(f"a macro, block or captured output is over {MAX_OUTPUT:,} "
                                         "characters")
            kept.append(part)
        joined = "".join(kept)
        _charge(joined)
        return joined

    def joinable(self, operands: tuple[Any, ...]) -> tuple[Any, ...]:
        """The operands of ``~``, once their text is known to fit (Markup among them escapes the rest)."""
        _text_total(operands, "joining with '~'", escaped=any(hasattr(item, "__html__") for item in operands))
        return operands

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        return self.binop_table[operator](left, right)

    def slice_of(self, obj: Any, start: Any, stop: Any, step: Any) -> Any:
        """``obj[start:stop:step]``, a copy, size-checked and charged like any built value."""
        return _check_size(obj[start:stop:step], obj, part_of_input=True)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        """A call from the template; what a string, list or mapping method returns (``s.upper()``,
        ``s.split()``) is size-checked and charged like any built value, and a new list, tuple or
        mapping any call returns (``dict(a=x, b=x)``) has its items counted."""
        value = super().call(context, obj, *args, **kwargs)
        owner = getattr(obj, "__self__", None)
        if isinstance(obj, types.BuiltinMethodType) and isinstance(owner, (str, list, tuple, dict)):
            return _check_size(value, owner)
        if isinstance(value, CONTAINERS) and not any(value is given for given in (*args, *kwargs.values())):
            NestedCount().measure(value)  # dict(a=x, b=x)
        return value

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        kind: type = type(obj)
        if kind in VIEW_CLASSES:
            return attr in view_fields(kind)
        if isinstance(obj, str):
            return attr in STR_METHODS and (attr not in {"striptags", "unescape"} or isinstance(obj, Markup))
        if isinstance(obj, dict):
            return attr in MAPPING_METHODS
        if isinstance(obj, tuple) and attr in getattr(kind, "_fields", ()):
            return True  # groupby's (grouper, list) records
        if isinstance(obj, (list, tuple)):
            return attr in SEQUENCE_METHODS
        if isinstance(obj, LoopContext):
            return attr in LOOP_ATTRIBUTES
        return isinstance(obj, RUNTIME_TYPES)

    def is_safe_callable(self, obj: Any) -> bool:
        if not super().is_safe_callable(obj):
            return False
        if isinstance(obj, (*RUNTIME_TYPES, LoopContext)):
            return True
        if isinstance(obj, (types.BuiltinMethodType, types.MethodType)):
            owner, name = obj.__self__, obj.__name__
            return (isinstance(owner, (str, dict, list, tuple, LoopContext, *RUNTIME_TYPES))
                    and self.is_safe_attribute(owner, name, obj))
        if isinstance(obj, type):
            return obj in (Namespace, Cycler, Joiner, dict)
        return any(obj is trusted for trusted in self.trusted_callables)


def render_bounded(template: Any, values: dict[str, Any], seconds: float = RENDER_SECONDS) -> str:
    """``template`` rendered with ``values``, refused past ``MAX_OUTPUT`` characters, ``seconds`` of
    the thread's CPU time or ``MAX_LARGE_BUILT`` bytes of long strings and lists built."""
    parts: list[str] = []
    size = 0
    _budget.left = MAX_LARGE_BUILT
    try:
        with deadline(seconds):
            chunks = template.generate(values)
            for chunk in chunks:
                size += len(chunk)
                if size > MAX_OUTPUT:  # thrown in at the template's own line, so the error can name it
                    chunks.throw(TemplateLimitError(f"the rendered document is over {MAX_OUTPUT:,} "
                                                    "characters"))
                parts.append(chunk)
    finally:
        _budget.left = None
    return "".join(parts)


def _raise_in_thread(ident: int, exc: type[BaseException] | None) -> None:
    """``PyThreadState_SetAsyncExc``: raise ``exc`` in thread ``ident`` at its next bytecode; ``None``
    (passed as NULL) clears one not raised yet."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident),
                                               None if exc is None else ctypes.py_object(exc))


def _thread_clock(ident: int) -> Callable[[], float]:
    """The CPU clock of thread ``ident`` (wall clock where the platform has none), so a loaded CI
    machine does not trip the deadline of a render that is merely waiting for a core."""
    try:
        clock = time.pthread_getcpuclockid(ident)
        time.clock_gettime(clock)
        return lambda: time.clock_gettime(clock)
    except (AttributeError, OSError):
        return time.monotonic


#: CPU seconds each thread has spent in the garbage collector: a collection of the whole process's
#: heap can land in a render's thread, and that is not the template's work.
_GC_SECONDS: dict[int, float] = {}
_gc_started: dict[int, float] = {}


def _count_gc(phase: str, info: dict[str, Any]) -> None:
    ident = threading.get_ident()
    if phase == "start":
        _gc_started[ident] = time.thread_time()
    elif ident in _gc_started:
        _GC_SECONDS[ident] = _GC_SECONDS.get(ident, 0.0) + time.thread_time() - _gc_started.pop(ident)


gc.callbacks.append(_count_gc)  # once, at import


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`RenderDeadline` in this thread once it has run ``seconds`` inside the block.

    A watcher thread polls the thread's CPU clock and, past the limit, raises the exception into it
    asynchronously (``PyThreadState_SetAsyncExc``): a template's loops are Python bytecode, so they
    stop at their next instruction, in any thread, with no signal handler or global tracer."""
    ident = threading.get_ident()
    cpu = _thread_clock(ident)

    def clock() -> float:
        return cpu() - _GC_SECONDS.get(ident, 0.0)

    started, started_wall = clock(), time.monotonic()
    done = threading.Event()
    lock = threading.Lock()
    state = {"armed": True, "fired": False}

    def watch() -> None:
        while not done.wait(0.02):
            if clock() - started > seconds or time.monotonic() - started_wall > 10 * seconds:
                with lock:
                    if state["armed"]:
                        state["fired"] = True
                        _raise_in_thread(ident, RenderDeadline)
                return

    watcher = threading.Thread(target=watch, name="reportgen-render-deadline", daemon=True)
    watcher.start()
    message = f"the template took more than {seconds:g} s of CPU time to render"
    try:
        yield
    except RenderDeadline as exc:
        if exc.args:
            raise
        # the watcher raised the bare class into this thread: give it its reason, keep where it stopped
        raise RenderDeadline(message).with_traceback(exc.__traceback__) from None
    finally:
        with lock:
            state["armed"] = False
        done.set()
        watcher.join()
        if state["fired"]:
            _raise_in_thread(ident, None)  # an exception fired but not yet raised is dropped here
    if state["fired"]:
        raise RenderDeadline(message)
