"""Helpers shared by the extraction tests: run actors+claims on a text, pick results, load the scorer."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from reportgen.brief import Actor, Claim
from reportgen.extract.actors import find_actors
from reportgen.extract.claims import find_claims


def brief_of(nlp: Any, text: str) -> tuple[list[Actor], list[Claim]]:
    """Actors and direct quotes of ``text``."""
    actors, index = find_actors(nlp(text))
    return actors, [c for c in find_claims(index.doc, index) if c.kind == "quote"]


def actor(actors: list[Actor], name: str) -> Actor:
    """The one actor called ``name`` (fails listing all actors otherwise)."""
    found = [a for a in actors if a.name == name]
    assert len(found) == 1, [(a.name, a.type) for a in actors]
    return found[0]


def speaker_of(claims: list[Claim], words: str) -> str | None:
    """The speaker of the one quote holding ``words``."""
    found = [c for c in claims if words in c.text]
    assert len(found) == 1, [c.text for c in claims]
    return found[0].speaker


def shared_scorer(corpus: Path) -> Any:
    """The shared scorer module beside the dev corpus (skips the test when it is absent)."""
    path = corpus.parents[1] / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("the shared scorer is not present")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
