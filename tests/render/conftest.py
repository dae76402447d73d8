"""Fixtures of the render tests; the brief builders live in render_briefs.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_briefs import EXAMPLE_CLIENTS, make_brief

from reportgen.brief.model import Brief


@pytest.fixture
def brief() -> Brief:
    return make_brief()


@pytest.fixture(scope="session")
def example_clients() -> Path:
    return EXAMPLE_CLIENTS
