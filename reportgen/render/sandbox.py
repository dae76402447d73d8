"""The Jinja sandbox client templates run in: an allow list of what they may read and call, and
bounds on the work they may ask for.

Jinja's own sandbox refuses ``_private`` attributes and known-dangerous internals but lets a template
call any other public method of whatever it can reach (a ``pathlib.Path`` could read and write
files). Here a template reads only plain data (:mod:`reportgen.render.view`) and the fields of view
records, calls only a short list of string, mapping and Jinja runtime helpers plus the globals we
put there, and cannot make a string, list or number large enough to exhaust memory or a loop long
enough to hold a worker: operators, amplifying filters and globals are checked before they run,
the output is capped, and a render deadline ends everything else.
"""

from __future__ import annotations

import ctypes
import functools
import math
import re
import threading
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat
from jinja2.runtime import BlockReference, Context, LoopContext, Macro, Namespace, TemplateReference
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from jinja2.utils import Cycler, Joiner, generate_lorem_ipsum
from markupsafe import Markup

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


def _check_size(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_STRING:
        raise TemplateLimitError(f"a template expression built a string of {len(value):,} characters "
                                 f"(limit {MAX_STRING:,})")
    if isinstance(value, (list, tuple)) and len(value) > MAX_ITEMS:
        raise TemplateLimitError(f"a template expression built a list of {len(value):,} items "
                                 f"(limit {MAX_ITEMS:,})")
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise TemplateLimitError(f"a template expression built a {value.bit_length():,}-bit number "
                                 f"(limit {MAX_INT_BITS})")
    return value


def _limit(what: str, value: int, limit: int) -> None:
    if value > limit:
        raise TemplateLimitError(f"{what} {value:,} is over the template limit of {limit:,}")


def _multiply(left: Any, right: Any) -> Any:
    for seq, times in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
            cap = MAX_STRING if isinstance(seq, str) else MAX_ITEMS
            _limit("repeating a value to a length of", len(seq) * max(times, 0), cap)
    return _check_size(left * right)


def _power(base: Any, exponent: Any) -> Any:
    if isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1 and exponent > 0:
        _limit("a power of", math.ceil(exponent * math.log2(abs(base))), MAX_INT_BITS)
    return base ** exponent


_PRINTF_FIELD = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")


def _check_printf(spec: Any) -> None:
    """``'%09999999d' % 1`` would build a huge string: widths and precisions are capped."""
    if not isinstance(spec, str):
        return
    for match in _PRINTF_FIELD.finditer(spec):
        for part in match.groups():
            if part == "*":
                raise TemplateLimitError("a '*' width in a format string is not allowed in templates")
            if part:
                _limit("a format width of", int(part), MAX_WIDTH)


def _modulo(left: Any, right: Any) -> Any:
    _check_printf(left)
    return _check_size(left % right)


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "*": _multiply, "**": _power, "%": _modulo, "+": lambda a, b: _check_size(a + b),
}


Arguments = tuple[tuple[Any, ...], dict[str, Any]]


def _guard_filter(original: Callable[..., Any], check: Callable[..., Arguments]) -> Callable[..., Any]:
    """Jinja's filter ``original`` with ``check`` run on its arguments first (the context Jinja
    passes to some filters is kept in front); ``check`` may hand on a materialised iterable."""
    skip = 1 if getattr(original, "jinja_pass_arg", None) is not None else 0

    @functools.wraps(original)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        checked, kwargs = check(*args[skip:], **kwargs)
        return _check_size(original(*args[:skip], *checked, **kwargs))

    return guarded


def _check_join(value: Any, d: str = "", attribute: Any = None) -> Arguments:
    items = value if isinstance(value, (list, tuple, str)) else list(value)
    _limit("joining a list of", len(items), MAX_ITEMS)
    total = len(str(d)) * max(len(items) - 1, 0)
    if attribute is None:
        total += sum(len(str(item)) for item in items)
    _limit("joining to a length of", total, MAX_STRING)
    return (items, d, attribute), {}


def _check_replace(s: Any, old: Any, new: Any, count: Any = None) -> Arguments:
    text, old_text, new_text = str(s), str(old), str(new)
    hits = len(text) + 1 if not old_text else text.count(old_text)
    if count is not None and count >= 0:
        hits = min(hits, count)
    _limit("replacing to a length of", len(text) + hits * max(len(new_text) - len(old_text), 0), MAX_STRING)
    return (s, old, new, count), {}


def _check_center(value: Any, width: Any = 80) -> Arguments:
    _limit("a width of", int(width), MAX_WIDTH)
    return (value, width), {}


def _check_indent(s: Any, width: Any = 4, first: bool = False, blank: bool = False) -> Arguments:
    _limit("an indent of", len(width) if isinstance(width, str) else int(width), MAX_WIDTH)
    return (s, width, first, blank), {}


def _check_format(value: Any, *args: Any, **kwargs: Any) -> Arguments:
    _check_printf(value)
    return (value, *args), kwargs


def _check_count_argument(value: Any, count: Any, fill_with: Any = None) -> Arguments:
    _limit("a batch or slice count of", int(count), MAX_WIDTH)
    return (value, count, fill_with), {}


def _check_wordwrap(s: Any, width: Any = 79, *rest: Any, **kwargs: Any) -> Arguments:
    if int(width) < 1:
        raise TemplateLimitError("a wordwrap width must be at least 1")
    return (s, width, *rest), kwargs


_FILTER_CHECKS: dict[str, Callable[..., Arguments]] = {
    "join": _check_join, "replace": _check_replace, "center": _check_center, "indent": _check_indent,
    "format": _check_format, "batch": _check_count_argument, "slice": _check_count_argument,
    "wordwrap": _check_wordwrap,
}


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
    """Compiles ``a ~ b`` so its result is size-checked (a loop of ``s = s ~ s`` doubles a string)."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.bounded(")
        super().visit_Concat(node, frame)
        self.write(")")


class BriefSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with an allow list and size bounds (see the module docstring)."""

    intercepted_binops = frozenset(_BINOPS)
    code_generator_class = _BoundedCodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals.update(range=bounded_range, lipsum=bounded_lipsum)
        for name, check in _FILTER_CHECKS.items():
            self.filters[name] = _guard_filter(self.filters[name], check)
        self.binop_table.update(_BINOPS)

    @property
    def trusted_callables(self) -> list[Any]:
        """The globals a template may call: Jinja's helpers and whatever reportgen registered."""
        return [value for value in self.globals.values() if callable(value)]

    def bounded(self, value: Any) -> Any:
        return _check_size(value)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        return self.binop_table[operator](left, right)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        kind = type(obj)
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
    """``template`` rendered with ``values``, refused past ``MAX_OUTPUT`` characters or ``seconds``
    of the thread's CPU time."""
    parts: list[str] = []
    size = 0
    with deadline(seconds):
        chunks = template.generate(values)
        for chunk in chunks:
            size += len(chunk)
            if size > MAX_OUTPUT:  # thrown in at the template's own line, so the error can name it
                chunks.throw(TemplateLimitError(f"the rendered document is over {MAX_OUTPUT:,} characters"))
            parts.append(chunk)
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


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`RenderDeadline` in this thread once it has run ``seconds`` inside the block.

    A watcher thread polls the thread's CPU clock and, past the limit, raises the exception into it
    asynchronously (``PyThreadState_SetAsyncExc``): a template's loops are Python bytecode, so they
    stop at their next instruction, in any thread, with no signal handler or global tracer."""
    ident = threading.get_ident()
    clock = _thread_clock(ident)
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
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
        done.set()
        watcher.join()
        if state["fired"]:
            _raise_in_thread(ident, None)  # an exception fired but not yet raised is dropped here
    if state["fired"]:
        raise RenderDeadline(f"the template took more than {seconds:g} s of CPU time to render")
