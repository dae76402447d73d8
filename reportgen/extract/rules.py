"""The rule registry: every extraction rule has an id, a one-line statement, and examples.

A rule is declared once, where it is applied::

    TRAILING_CUE = rule(
        "quotes.trailing-cue", "A reporting verb right after a quote names its speaker.",
        examples=[("“We will win,” said Ana Roe.", {"quote": "We will win", "speaker": "Ana Roe"})],
        counter=[("“We will win” is the slogan, Ana Roe said.", {"quote": None})])

and records where it fired with :func:`fire`. Examples say what the extraction must give for their
text *and* that the rule fired there; counter-examples say what it must give where the rule must
not fire. ``tests/extract/test_rules.py`` checks every rule on its own examples, and
``make eval`` counts each rule's hits and precision on the shared corpora from the firings.

The id's first part is the layer (``repairs``, ``text``, ``mentions``, ``referents``, ``quotes``,
``numbers``, ``outlook``, ``relations``, ``timeline``; the summary ranks sentences and declares no
rules); ``effect`` is ``+`` for a rule that finds or keeps something and ``-`` for one that refuses or
drops it (its precision is then the share of right refusals).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

LAYERS = ("repairs", "text", "mentions", "referents", "quotes", "numbers", "outlook", "relations",
          "timeline")
Effect = Literal["+", "-"]
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Example:
    """A text and what extraction must give for it (keys are read by the layer's test checker)."""

    text: str
    expect: Mapping[str, Any]


@dataclass(frozen=True)
class Rule:
    id: str
    summary: str
    effect: Effect = "+"
    examples: tuple[Example, ...] = ()
    counter: tuple[Example, ...] = ()

    @property
    def layer(self) -> str:
        return self.id.split(".", 1)[0]

    def __call__(self, function: F) -> F:
        """Use a rule as a decorator: the function is where the rule is applied."""
        function.rule = self  # type: ignore[attr-defined]
        return function


RULES: dict[str, Rule] = {}


def rule(rule_id: str, summary: str, *, effect: Effect = "+",
         examples: Iterable[tuple[str, Mapping[str, Any]]] = (),
         counter: Iterable[tuple[str, Mapping[str, Any]]] = ()) -> Rule:
    """Declare a rule; ids are unique and start with a layer name."""
    layer = rule_id.split(".", 1)[0]
    if layer not in LAYERS or "." not in rule_id:
        raise ValueError(f"rule id {rule_id!r} must be '<layer>.<name>' with a layer of {LAYERS}")
    if rule_id in RULES:
        raise ValueError(f"rule {rule_id!r} is declared twice")
    declared = Rule(rule_id, summary, effect, tuple(Example(t, e) for t, e in examples),
                    tuple(Example(t, e) for t, e in counter))
    RULES[rule_id] = declared
    return declared


def rules(layer: str | None = None) -> list[Rule]:
    """Declared rules, of one layer or all, in id order (import the layers' modules first)."""
    return sorted((r for r in RULES.values() if layer is None or r.layer == layer), key=lambda r: r.id)


@dataclass(frozen=True)
class Firing:
    """One application of a rule: the characters it applied to and, optionally, what it decided."""

    rule: str
    start: int
    end: int
    detail: str = ""


FIRINGS_KEY = "reportgen_firings"


def fire(doc: Any, which: Rule, start: int, end: int, detail: str = "") -> None:
    """Record that ``which`` applied to characters ``start:end`` of ``doc`` (kept on the Doc)."""
    doc.user_data.setdefault(FIRINGS_KEY, []).append(Firing(which.id, start, end, detail))


def fire_span(which: Rule, span: Any, detail: str | None = None) -> None:
    """Record that ``which`` applied to the tokens of a spaCy ``Span`` (by default with its text)."""
    fire(span.doc, which, span.start_char, span.end_char, span.text if detail is None else detail)


def reset_firings(doc: Any) -> None:
    """Forget what fired on ``doc`` before: a parse reused for another article (the same text in two
    feeds) records only that article's firings."""
    doc.user_data.pop(FIRINGS_KEY, None)


def firings(doc: Any, rule_id: str | None = None) -> list[Firing]:
    found = doc.user_data.get(FIRINGS_KEY, [])
    return [f for f in found if rule_id is None or f.rule == rule_id]
