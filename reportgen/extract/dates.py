"""A date as written ("on Monday", "last week", "in 2012", "early next year") -> an ISO 8601 date at
the precision the words give, counted from the article's publication date.

dateparser (offline: its language data ships in the package) reads the calendar arithmetic; this
module decides what it is asked: the date without the preposition or qualifier around it ("the end
of", "early"), which way a bare weekday or month points (a clause ahead or behind, from the parse),
and how precise the answer is. Precision is honest: "last week" is a week (``2019-W46``), never a
made-up day; "in March" a month; "in 2012" a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Literal

from reportgen.brief.dates import end_of, published_date, start_of
from reportgen.brief.model import DatePrecision
from reportgen.extract import lexicon as L

__all__ = ["Resolved", "core_of", "end_of", "names_point", "published_date", "resolve", "start_of"]

Direction = Literal["ahead", "behind"] | None

_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_WORD = re.compile(r"[a-z]+")
#: dateparser's periods -> the precision a brief states.
_PRECISION: dict[str, DatePrecision] = {"day": "day", "part_of_day": "day", "time": "day", "hour": "day",
                                         "minute": "day", "second": "day", "week": "week", "month": "month",
                                         "year": "year"}
_QUALIFIERS = sorted(L.PERIOD_QUALIFIERS, key=len, reverse=True)


@dataclass(frozen=True)
class Resolved:
    """A date in ISO 8601 at its precision: ``2019-11-18`` (day), ``2019-W46`` (week), ``2019-11``
    (month), ``2019`` (year)."""

    date: str
    precision: DatePrecision


def core_of(text: str) -> str:
    """The time itself, lower case: without the prepositions, qualifiers, "the" and possessive around
    it ("until the end of March" -> "march", "early next year" -> "next year")."""
    core = text.lower().replace("\u2019", "'").removesuffix("'s").strip(" ,.")
    changed = True
    while changed:
        changed = False
        first = core.split(" ", 1)[0]
        if first in L.DATE_PREPOSITIONS and " " in core:
            core, changed = core.split(" ", 1)[1], True
            continue
        for qualifier in _QUALIFIERS:
            if core.startswith(qualifier) and len(core) > len(qualifier) and (
                    qualifier.endswith("-") or core[len(qualifier)] in " -"):
                core, changed = core[len(qualifier):].lstrip(" -"), True
                break
    return core.removeprefix("the ").strip()


def resolve(text: str, published: date | None, direction: Direction = None) -> Resolved | None:
    """The date ``text`` names, counted from ``published``; ``direction`` says whether the clause
    it dates lies ahead of or behind the day of writing (which Monday a bare "Monday" is). Without
    a publication date only a date holding its year is resolved ("March 3, 2019", "in 2012")."""
    core = core_of(text)
    if not core or not names_point(core):
        return None
    year = _YEAR.search(core)
    if published is None:
        if year is None:
            return None
        published = date(int(year.group()), 7, 1)  # any day of that year: the year is written
    core = _day_of(core)
    weekend = "weekend" in core.split()
    if weekend:  # "this weekend" is the week of its Saturday
        core = core.replace("this weekend", "weekend").replace("weekend", "saturday")
    same = _same_period(core, published)
    if same is not None:
        return same
    found = _parse(core, published, direction)
    if found is None and year is not None:
        found = (date(int(year.group()), 1, 1), "year")  # "the opening months of 2004": its year at least
    if found is None:
        return None
    when, period = found
    precision = _PRECISION.get(period)
    if precision is None:
        return None
    if weekend:
        precision = "week"
    if year is not None and when.year != int(year.group()):
        return None  # a misreading: the year written is the year meant
    return Resolved(_iso(when, precision), precision)


def _day_of(core: str) -> str:
    """The day a part of a day belongs to: "tuesday night" -> "tuesday", "this morning" and "tonight"
    -> "today", "last night" -> "yesterday"."""
    words = core.split()
    if words in (["tonight"], ["overnight"]):
        return "today"
    if len(words) >= 2 and words[-1] in L.DAY_PARTS:
        rest = words[:-1]
        if rest in (["this"], ["early", "this"], ["late", "this"]):
            return "today"
        if rest == ["last"]:
            return "yesterday"
        return " ".join(rest)
    return core


def names_point(core: str) -> bool:
    """The words name a point of the calendar (the text form of
    :func:`reportgen.extract.times.calendar_point`): "three years" and "the 1980s" name none."""
    words = [w.rstrip(".") for w in _WORD.findall(core)]
    if _YEAR.search(core) or "ago" in words or "weekend" in words:
        return True
    if any(w in L.MONTHS or w in L.WEEKDAYS or w in L.RELATIVE_DAYS or w in L.DAY_TIMES for w in words):
        return True
    return any(w in L.POINT_MAKERS and k + 1 < len(words) and words[k + 1].rstrip("s") in L.TIME_NOUNS
               for k, w in enumerate(words))


def _same_period(core: str, published: date) -> Resolved | None:
    """A bare weekday or month that is the publication's own: "on Wednesday" in Wednesday's paper is
    that day, "in November" in a November paper that month (dateparser would move a week or a year)."""
    words = _WORD.findall(core)
    if len(words) != 1 or _DAY_NUMBER.search(core) or _YEAR.search(core):
        return None
    word = words[0].rstrip(".")
    if word in L.WEEKDAYS and published.strftime("%A").lower() == word:
        return Resolved(published.isoformat(), "day")
    if word in L.MONTHS and published.strftime("%B").lower().startswith(word):
        return Resolved(published.strftime("%Y-%m"), "month")
    return None


def _parse(core: str, published: date, direction: Direction) -> tuple[date, str] | None:
    prefer = {"ahead": "future", "behind": "past"}.get(direction or "", "current_period")
    try:
        data = _parser(published, prefer).get_date_data(core)
    except (ValueError, OverflowError):
        return None
    if data is None or data.date_obj is None or data.period is None:
        return None
    return data.date_obj.date(), data.period


@lru_cache(maxsize=64)
def _parser(published: date, prefer: str) -> Any:
    """One dateparser reader per base date and direction (reading its language data costs once)."""
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": datetime(published.year, published.month, published.day),
                "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True,
                "PREFER_DAY_OF_MONTH": "first", "PARSERS": ["relative-time", "absolute-time"]}
    return DateDataParser(languages=["en"], settings=settings)


def _iso(when: date, precision: DatePrecision) -> str:
    if precision == "year":
        return f"{when.year:04d}"
    if precision == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if precision == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return when.isoformat()
