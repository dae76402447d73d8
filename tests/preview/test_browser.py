"""A real browser reloads the preview: headless Chromium runs the injected script, which hears of the
new generation and reloads the page.

What it proves: the page served with its Content-Security-Policy runs the preview's script (the
browser's first wait request names the generation it loaded), a change to the template's CSS reaches
the open page without anyone touching it (the browser loads ``/`` again), and the reloaded page
runs the script of the new generation (its wait request names the new one). What it does not look
at: the pixels of the reloaded page (test_server.py checks the new CSS in the served document).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from preview_helpers import until

from reportgen.preview import Preview

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def waits(preview: Preview, key: str) -> int:
    """How many times a page asked the server to wait on generation ``key``."""
    return sum(1 for path in list(preview.server.requests) if path.endswith(f"/_reportgen/wait?after={key}"))


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_headless_chromium_reloads_the_page_when_the_css_changes(running: Preview, template: Path) -> None:
    session = running.session
    before = session.key
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:  # Chromium may still be writing
        browser = subprocess.Popen(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             running.url], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            until(lambda: waits(running, before), timeout=60, what="the page's script to wait on the server")
            loads = list(running.server.requests).count("/")
            with (template / "style.css").open("a", encoding="utf-8") as css:
                css.write("\nh1 { letter-spacing: 0.01em; }\n")
            until(lambda: session.key != before, what="a new generation")
            after = session.key
            until(lambda: waits(running, after), timeout=60,
                  what="the reloaded page to wait on the new generation")
            assert list(running.server.requests).count("/") > loads  # the browser loaded the page again
        finally:
            browser.terminate()
            try:
                browser.wait(timeout=10)
            except subprocess.TimeoutExpired:
                browser.kill()
                browser.wait()
