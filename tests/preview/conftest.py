"""Fixtures of the preview tests: a copied template and a brief file, and a running preview."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from preview_helpers import small_brief

from reportgen.brief import brief_to_yaml
from reportgen.options import Options
from reportgen.preview import Preview, PreviewSession
from reportgen.render.templates import dump_template


@pytest.fixture
def template(tmp_path: Path) -> Path:
    """The default template copied out, as a template author starts."""
    folder = tmp_path / "tpl"
    dump_template("default", folder)
    return folder


@pytest.fixture
def brief_file(tmp_path: Path) -> Path:
    path = tmp_path / "brief.yaml"
    path.write_text(brief_to_yaml(small_brief()), encoding="utf-8")
    return path


@pytest.fixture
def lines() -> list[str]:
    """What the session told the terminal."""
    return []


@pytest.fixture
def running(template: Path, brief_file: Path, lines: list[str]) -> Iterator[Preview]:
    session = PreviewSession(Options(template=str(template)), brief_path=brief_file, report=lines.append,
                             label="brief")
    session.refresh()
    with Preview(session, "127.0.0.1", 0) as preview:
        yield preview
