"""Project layout rules that pytest's rootdir-style collection relies on."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_test_module_names_are_unique_across_stage_folders() -> None:
    names = Counter(p.name for p in TESTS.rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []


def test_every_stage_has_its_test_folder() -> None:
    package = TESTS.parent / "reportgen"
    stages = {p.name for p in package.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert stages <= {p.name for p in TESTS.iterdir() if p.is_dir()}
