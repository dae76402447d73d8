"""The brief's dates: ISO 8601 at the precision the text gives (``2019-11-18``, ``2019-W46``,
``2019-11``, ``2019``), read back as the days they cover, to order and place them (extraction and
rendering both read them here)."""

from __future__ import annotations

import re
from datetime import date, timedelta


def start_of(iso: str) -> date | None:
    """The first day a date of any precision covers ("2019-W46" -> Monday 11 November 2019), to order
    dates of mixed precision; None for anything else."""
    try:
        if re.fullmatch(r"\d{4}", iso):
            return date(int(iso), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", iso):
            return date(int(iso[:4]), int(iso[5:]), 1)
        if re.fullmatch(r"\d{4}-W\d{2}", iso):
            return date.fromisocalendar(int(iso[:4]), int(iso[6:]), 1)
        return date.fromisoformat(iso) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso) else None
    except ValueError:
        return None


def end_of(iso: str) -> date | None:
    """The last day a date of any precision covers (to tell whether it lies after the article's date)."""
    start = start_of(iso)
    if start is None:
        return None
    if len(iso) == 4:
        return date(start.year, 12, 31)
    if "W" in iso:
        return start + timedelta(days=6)
    if len(iso) == 7:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return start


def published_date(published: str | None) -> date | None:
    """The source's ``published`` (ISO 8601, maybe with a time) as a date, or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
