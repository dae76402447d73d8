"""HTML output: one self-contained file that a browser renders without fetching anything."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from render_briefs import EXAMPLE_CLIENTS, make_brief

from reportgen.options import Options
from reportgen.render import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def html() -> str:
    return render_html(make_brief(), Options(client="halden-security", clients_dir=str(EXAMPLE_CLIENTS)))


def test_html_is_self_contained(html: str) -> None:
    assert "<link" not in html
    assert re.findall(r"""(?:src|href)=["'](?:https?|file):""", html) == []
    assert all(u.startswith("data:") for u in re.findall(r"""url\(["']?([^"')]+)""", html))
    assert html.count("data:font/woff2;base64,") == 6  # the default template's six faces
    assert 'src="data:image/svg+xml;base64,' in html  # the client's logo


def test_html_carries_facts_client_and_metadata(html: str) -> None:
    for fact in ("Port Calder dock strike halts container traffic", "Key judgements", "Tomas Reiner",
                 "HALDEN SECURITY GROUP — INTERNAL USE", "TLP:RED", "€120 million", '<html lang="en">',
                 '<meta name="author" content="Halden Security Group">'):
        assert fact in html, fact


def test_html_is_reproducible(html: str) -> None:
    again = render_html(make_brief(), Options(client="halden-security", clients_dir=str(EXAMPLE_CLIENTS)))
    assert again == html


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_headless_chromium_renders_a_non_blank_page(html: str, tmp_path: Path) -> None:
    from PIL import Image, ImageStat

    page = tmp_path / "brief.html"
    page.write_text(html, encoding="utf-8")
    shot = tmp_path / "shot.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run",
                        f"--user-data-dir={profile}", f"--screenshot={shot}", "--window-size=1200,1600",
                        page.as_uri()], check=True, capture_output=True, timeout=90)
    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 1600)
    assert ImageStat.Stat(image.convert("L")).stddev[0] > 20
    # the TLP:RED label is drawn in FIRST red on black somewhere near the top
    top = image.crop((0, 0, 1200, 80)).tobytes()
    assert any(top[i] > 230 and top[i + 1] < 80 and top[i + 2] < 80 for i in range(0, len(top), 3))


def test_empty_sections_say_so() -> None:
    brief = make_brief()
    brief.summary, brief.actors, brief.numbers, brief.claims, brief.outlook = [], [], [], [], []
    html = render_html(brief, Options())
    for note in ("The source gave no summary sentences.", "No actors were identified in the source.",
                 "No figures were reported in the source.",
                 "No direct quotations or attributed statements in the source.",
                 "The source states no expectations about what happens next."):
        assert note in html, note
    summary = render_html(brief, Options(template="summary"))
    assert "No direct quotations in the source." in summary


def test_web_fonts_are_the_same_from_cache_or_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportgen.render import assets
    from reportgen.render.builtin import default

    font = default / "fonts" / "CharisSIL-Bold.ttf"
    made = assets.subset_web_font(font.read_bytes())
    assert made[:4] == b"wOF2" and len(made) < font.stat().st_size // 5
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assets.web_font.cache_clear()
    try:
        assert assets.web_font(str(font), 0.0) == made  # subset again: deterministic
        cached = list((tmp_path / "reportgen" / "fonts").glob("*.woff2"))
        assert len(cached) == 1 and cached[0].read_bytes() == made
        assets.web_font.cache_clear()
        cached[0].write_bytes(b"wOF2 from the cache")
        assert assets.web_font(str(font), 0.0) == b"wOF2 from the cache"  # read back, not remade
        assets.web_font.cache_clear()
        cached[0].write_bytes(b"garbage")
        assert assets.web_font(str(font), 0.0) == made  # a damaged entry is remade
    finally:
        assets.web_font.cache_clear()
