"""A small invented brief, a copied template and a bounded wait for the preview tests."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from reportgen.brief.model import Actor, Brief, Claim, Number, Source


def small_brief(title: str = "Ferry crews strike at Port Alder") -> Brief:
    """Every name, figure and quotation here is invented."""
    return Brief(
        title=title,
        source=Source(title=title, outlet="The Alder Courier", published="2026-04-02", path="alder.txt",
                      sha256="c" * 64, words=240),
        summary=["About 300 ferry crew members walked out on Monday over pay."],
        actors=[Actor(name="Ines Marlow", type="person", role="union leader", mentions=3, key=True),
                Actor(name="Alder Seafarers Union", type="organization", mentions=2, key=True)],
        numbers=[Number(value=300, unit="crew members", text="About 300 ferry crew members",
                        approximate=True)],
        claims=[Claim(speaker="Ines Marlow", text="We will stay out until the company listens.",
                      cue="said")],
    )


@dataclass
class Fetched:
    status: int
    body: str
    headers: dict[str, str]


def fetch(url: str, host: str | None = None) -> Fetched:
    """GET ``url``; an HTTP error status is returned, not raised."""
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode("utf-8", "replace")
            return Fetched(response.status, text, dict(response.headers))
    except urllib.error.HTTPError as err:
        return Fetched(err.code, err.read().decode("utf-8", "replace"), dict(err.headers))


def fetch_bytes(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        data: bytes = response.read()
        return data


def until(condition: Callable[[], object], timeout: float = 20.0, what: str = "condition") -> object:
    """Poll ``condition`` until it is truthy; fail after ``timeout`` seconds (no sleep-and-hope)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)
