"""The timeline: dates resolved against the publication date, the events they date, what is no date."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from reportgen.brief import Brief, Source, TimelineEntry, brief_to_yaml, parse_brief
from reportgen.errors import InputError
from reportgen.extract import brief_from_doc
from reportgen.extract.dates import core_of, end_of, resolve, start_of
from reportgen.extract.merge import merge_briefs
from reportgen.extract.nlp import parse
from reportgen.extract.pieces import join_pieces
from reportgen.ingest import Article

WEDNESDAY = date(2019, 11, 20)


@pytest.mark.parametrize(("text", "direction", "iso", "precision"), [
    ("on Monday", "behind", "2019-11-18", "day"),
    ("on Monday", "ahead", "2019-11-25", "day"),
    ("Monday", None, "2019-11-18", "day"),  # told without a tense, a weekday is the one just gone
    ("on Wednesday", "behind", "2019-11-20", "day"),  # the paper's own day, whichever way
    ("on Wednesday", "ahead", "2019-11-20", "day"),
    ("Tuesday night", "behind", "2019-11-19", "day"),
    ("yesterday", None, "2019-11-19", "day"),
    ("tomorrow", None, "2019-11-21", "day"),
    ("this morning", None, "2019-11-20", "day"),
    ("last week", None, "2019-W46", "week"),  # a week, not a made-up day
    ("next week", None, "2019-W48", "week"),
    ("two weeks ago", None, "2019-W45", "week"),
    ("this weekend", "ahead", "2019-W47", "week"),
    ("last month", None, "2019-10", "month"),
    ("later this month", None, "2019-11", "month"),
    ("in November", "ahead", "2019-11", "month"),  # this November, not next year's
    ("in March", "ahead", "2020-03", "month"),
    ("in March", "behind", "2019-03", "month"),
    ("the end of March", "ahead", "2020-03", "month"),
    ("on March 3", "ahead", "2020-03-03", "day"),
    ("on March 3", "behind", "2019-03-03", "day"),
    ("Oct. 25", "behind", "2019-10-25", "day"),
    ("in 2012", None, "2012", "year"),
    ("early next year", None, "2020", "year"),
    ("earlier this year", None, "2019", "year"),
    ("by the end of 2016", None, "2016", "year"),
    ("mid-2020", None, "2020", "year"),
    ("Nov. 5, 2018", None, "2018-11-05", "day"),
    ("December 2019", None, "2019-12", "month"),
])
def test_resolves_against_the_publication_date(text: str, direction: Any, iso: str, precision: str) -> None:
    found = resolve(text, WEDNESDAY, direction)
    assert found is not None, text
    assert (found.date, found.precision) == (iso, precision)


@pytest.mark.parametrize("text", ["52 years old", "three years", "for three years", "the 1980s",
                                  "the coming weeks", "recent years", "decades", ""])
def test_no_point_of_the_calendar_resolves(text: str) -> None:
    assert resolve(text, WEDNESDAY, None) is None


def test_without_a_publication_date_only_a_written_year_resolves() -> None:
    assert resolve("on Monday", None) is None
    assert resolve("last week", None) is None
    assert resolve("in March", None, "ahead") is None
    found = resolve("in 2012", None)
    assert found is not None and (found.date, found.precision) == ("2012", "year")
    found = resolve("on March 3, 2019", None)
    assert found is not None and (found.date, found.precision) == ("2019-03-03", "day")


def test_core_drops_prepositions_and_qualifiers() -> None:
    assert core_of("until the end of March") == "march"
    assert core_of("early next year") == "next year"
    assert core_of("later on Friday") == "friday"
    assert core_of("Tuesday's") == "tuesday"


def test_spans_of_each_precision() -> None:
    assert (start_of("2019-W46"), end_of("2019-W46")) == (date(2019, 11, 11), date(2019, 11, 17))
    assert (start_of("2020-02"), end_of("2020-02")) == (date(2020, 2, 1), date(2020, 2, 29))
    assert (start_of("2012"), end_of("2012")) == (date(2012, 1, 1), date(2012, 12, 31))
    assert start_of("2019-11-18") == end_of("2019-11-18") == date(2019, 11, 18)
    assert start_of("soon") is None


ARTICLE = """Harbour talks to resume

The port authority of Varna closed the north terminal on Monday after dockers walked out.

Mara Lindqvist, 52, who has led the union for three years, said the strike began last week.

The two sides will meet again on Friday, and a new contract is due in March.

The terminal opened in 2012 and handles grain every Monday.
"""


def _brief(nlp: Any, text: str, published: str | None) -> Brief:
    return brief_from_doc(parse(nlp, text), Article(text=text, published=published), nlp)


def test_an_article_gives_dated_events_in_order(nlp: Any) -> None:
    brief = _brief(nlp, ARTICLE, "2019-11-20")
    found = [(t.date, t.precision, t.text) for t in brief.timeline]
    assert found == [("2012", "year", "in 2012"), ("2019-W46", "week", "last week"),
                     ("2019-11-18", "day", "on Monday"), ("2019-11-22", "day", "on Friday"),
                     ("2020-03", "month", "in March")]
    closed = brief.timeline[2]
    assert "closed the north terminal" in closed.event and "Varna" in " ".join(closed.actors)
    assert all(len(t.event.split()) <= 12 for t in brief.timeline)
    texts = " ".join(t.text for t in brief.timeline)
    assert "52" not in texts and "three years" not in texts and "every Monday" not in texts


def test_without_a_publication_date_relative_dates_stay_as_written(nlp: Any) -> None:
    brief = _brief(nlp, ARTICLE, None)
    assert brief.timeline[0].date == "2012"  # absolute: resolved all the same, first
    undated = [t for t in brief.timeline if t.date is None]
    assert [t.text for t in undated] == ["on Monday", "last week", "on Friday", "in March"]  # text order
    assert all(t.precision is None for t in undated)


def test_future_entries_agree_with_the_outlook_horizons(nlp: Any) -> None:
    brief = _brief(nlp, ARTICLE, "2019-11-20")
    horizons = {o.horizon for o in brief.outlook if o.horizon}
    assert horizons
    for entry in brief.timeline:
        if any(h in entry.text or entry.text in h for h in horizons):
            end = end_of(entry.date or "")
            assert end is not None and end >= WEDNESDAY, entry


def test_the_same_event_once(nlp: Any) -> None:
    text = "The minister met the dockers on Monday. The minister met the dockers on Monday."
    brief = _brief(nlp, text, "2019-11-20")
    assert len(brief.timeline) == 1


def test_a_brief_with_a_timeline_is_schema_valid_and_round_trips(nlp: Any) -> None:
    brief = _brief(nlp, ARTICLE, "2019-11-20")
    text = brief_to_yaml(brief)
    assert "\ntimeline:\n" in text
    assert parse_brief(text).timeline == brief.timeline


@pytest.mark.parametrize(("when", "actors", "problem"), [
    ("18/11/2019", [], "timeline/0/date"),
    ("2019-11-18", ["Nobody"], "timeline/0/actors/0: actor 'Nobody' is not the name of an actor")])
def test_schema_refuses_a_bad_timeline_date_and_an_unknown_actor(when: str, actors: list[str],
                                                                  problem: str) -> None:
    brief = Brief(title="T", source=Source(published="2019-11-20"),
                  timeline=[TimelineEntry(text="on Monday", event="talks", date=when, precision="day",
                                          actors=actors)])
    with pytest.raises(InputError) as caught:
        parse_brief(brief_to_yaml(brief), "b.yaml")
    assert problem in str(caught.value)


def test_a_brief_without_dates_writes_no_timeline() -> None:
    assert "timeline" not in Brief(title="T", source=Source()).to_dict()


def _entry(event: str, when: str | None, sid: str, actors: list[str] | None = None) -> TimelineEntry:
    return TimelineEntry(text="on Monday", event=event, date=when, precision="day" if when else None,
                         actors=actors or [], sources=[sid])


def test_merging_joins_an_event_two_sources_date_alike() -> None:
    a = Brief(title="A", source=Source(id="s1"), timeline=[
        _entry("the port authority closed the north terminal", "2019-11-18", "s1", ["Varna"]),
        _entry("talks resume", None, "s1")])
    b = Brief(title="B", source=Source(id="s1"), timeline=[
        _entry("the port authority closed the terminal", "2019-11-18", "s1", ["Port Authority"]),
        _entry("the union voted to strike", "2019-11-11", "s1"),
        _entry("talks resume", None, "s1")])
    merged = merge_briefs([a, b])
    assert [(t.date, t.sources) for t in merged.timeline] == [
        ("2019-11-11", ["s2"]), ("2019-11-18", ["s1", "s2"]), (None, ["s1"]), (None, ["s2"])]
    assert merged.timeline[1].actors == ["Varna", "Port Authority"]


def test_pieces_keep_the_timeline_in_date_order() -> None:
    first = Brief(title="A", source=Source(), timeline=[_entry("late event", "2019-11-18", "s1")])
    second = Brief(title="A", source=Source(), timeline=[_entry("early event", "2019-11-11", "s1")])
    joined = join_pieces([first, second], Source())
    assert [t.event for t in joined.timeline] == ["early event", "late event"]


def test_dates_resolve_with_no_network() -> None:
    """dateparser reads only its packaged language data: resolving works with every socket refused."""
    import subprocess
    import sys

    script = ("import socket\n"
              "def refuse(*a, **k): raise OSError('network used')\n"
              "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
              "from datetime import date\nfrom reportgen.extract.dates import resolve\n"
              "print(resolve('next Monday', date(2019, 11, 20), 'ahead'))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "2019-11-25" in done.stdout
