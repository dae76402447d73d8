"""Fonts' facts (usable, characters, families) are the same read from the font or from the disk cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.render import fontfacts
from reportgen.render.builtin import default

FONT = default / "fonts" / "Inter-SemiBold.otf"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fontfacts._facts.cache_clear()
    yield tmp_path / "cache" / "reportgen" / "fonts"
    fontfacts._facts.cache_clear()


def test_facts_are_read_from_the_font(cache_home: Path) -> None:
    facts = fontfacts.font_facts(FONT)
    assert facts.usable
    assert facts.families == {"Inter", "Inter Semi Bold"}
    assert {ord("A"), ord("é"), ord("Ж"), ord("λ")} <= facts.characters
    assert ord("中") not in facts.characters


def test_facts_come_back_from_the_disk_cache(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = fontfacts.font_facts(FONT)
    stored = list(cache_home.glob("*.facts.json"))
    assert len(stored) == 1
    fontfacts._facts.cache_clear()
    monkeypatch.setattr(fontfacts, "read_facts", lambda raw: pytest.fail("font read again"))
    assert fontfacts.font_facts(FONT) == made


def test_a_damaged_cache_entry_is_read_again(cache_home: Path) -> None:
    made = fontfacts.font_facts(FONT)
    for entry in cache_home.glob("*.facts.json"):
        entry.write_text('{"format": 1, "usable": "yes"}')
    fontfacts._facts.cache_clear()
    assert fontfacts.font_facts(FONT) == made


def test_an_edited_font_is_read_again(cache_home: Path, tmp_path: Path) -> None:
    font = tmp_path / "font.otf"
    font.write_bytes(FONT.read_bytes())
    assert fontfacts.font_facts(font).usable
    font.write_bytes(b"OTTO" + bytes(200))  # the right magic, no tables
    assert not fontfacts.font_facts(font).usable
    assert len(list(cache_home.glob("*.facts.json"))) == 2


def test_an_unwritable_cache_still_gives_the_facts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    fontfacts._facts.cache_clear()
    try:
        assert fontfacts.font_facts(FONT).usable
    finally:
        fontfacts._facts.cache_clear()
