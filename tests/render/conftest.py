"""Fixtures of the render tests; the brief builders live in render_briefs.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from render_briefs import EXAMPLE_CLIENTS, make_brief

from reportgen.brief.model import Brief


@pytest.fixture
def brief() -> Brief:
    return make_brief()


@pytest.fixture(scope="session")
def example_clients() -> Path:
    return EXAMPLE_CLIENTS


@pytest.fixture(scope="session")
def dev_briefs(corpus: Path, nlp: Any) -> dict[str, Brief]:
    """The brief of every dev-corpus article (``*.txt``), extracted once per test session."""
    from reportgen.extract import extract_all
    from reportgen.ingest import ingest

    paths = sorted(corpus.glob("*.txt"))
    if not paths:
        pytest.skip("no articles in the dev corpus")
    return dict(zip((p.stem for p in paths), extract_all([ingest(p) for p in paths], nlp=nlp), strict=True))
