"""Key dates: which events a timeline shows and where, in the HTML (parsed) and the PDF (pdftotext)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
import tinyhtml5
from render_briefs import make_dated_brief as make_brief
from render_helpers import pdf_text

from reportgen.brief.model import TimelineEntry
from reportgen.options import Options
from reportgen.render import render_html, render_pdf
from reportgen.render.context import SHOWN_TIMELINE, date_label, timeline_of, upcoming_dates

NS = "{http://www.w3.org/1999/xhtml}"


def _texts(element: object) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()  # type: ignore[attr-defined]


def test_dates_read_at_their_precision() -> None:
    assert date_label("2026-03-16", "day") == "Mon 16 Mar 2026"
    assert date_label("2026-W11", "week") == "week of 9 Mar 2026"
    assert date_label("2026-04", "month") == "Apr 2026"
    assert date_label("2012", "year") == "2012"
    assert date_label(None, None, "after the holiday") == "after the holiday"


def test_events_fall_around_the_article_date() -> None:
    timeline = timeline_of(make_brief())  # published Saturday 14 March 2026
    assert timeline.marker == "Sat 14 Mar 2026"
    assert [i.entry.date for i in timeline.past] == ["2025-11", "2026-03-13"]
    assert [i.entry.date for i in timeline.present] == ["2026-W11"]  # the week holds the article's day
    assert [i.entry.date for i in timeline.future] == ["2026-03-16", "2026-04"]
    assert [i.when for i in timeline.undated] == ["after the holiday"]
    assert all(i.lead for i in timeline.past + timeline.future)  # key actors' events
    assert timeline.omitted == 0


def test_a_long_timeline_keeps_what_lies_ahead_and_the_recent_past() -> None:
    old = [TimelineEntry(f"in {1990 + k}", f"old event {k}", f"{1990 + k}", "year") for k in range(20)]
    recent = TimelineEntry("on Friday", "recent event", "2026-03-13", "day")
    ahead = TimelineEntry("on Monday", "coming event", "2026-03-16", "day")
    brief = replace(make_brief(), timeline=[*old, recent, ahead])
    timeline = timeline_of(brief)
    shown = [i.entry.event for i in timeline.past + timeline.present + timeline.future]
    assert len(shown) == SHOWN_TIMELINE and timeline.omitted == 22 - SHOWN_TIMELINE
    assert "coming event" in shown and "recent event" in shown
    assert "old event 0" not in shown and "old event 19" in shown  # the latest of the old kept
    order = [e.event for e in brief.timeline]
    assert shown == sorted(shown, key=order.index)  # drawn in the brief's (date) order


def test_without_a_publication_date_there_is_no_marker_and_nothing_upcoming() -> None:
    brief = make_brief()
    brief = replace(brief, source=replace(brief.source, published=None))
    timeline = timeline_of(brief)
    assert timeline.marker is None and not timeline.future and not timeline.present
    assert next(i.entry.date for i in timeline.past) == "2025-11"
    assert upcoming_dates(brief) == []


def test_upcoming_dates_are_the_next_three_at_most() -> None:
    later = [TimelineEntry(f"on {d} April", f"event {d}", f"2026-04-{d:02d}", "day") for d in (1, 2, 3, 4)]
    brief = make_brief()
    brief = replace(brief, timeline=[*brief.timeline, *later])
    assert [i.entry.date for i in upcoming_dates(brief)] == ["2026-03-16", "2026-04", "2026-04-01"]


@pytest.fixture(scope="module")
def html_tree() -> object:
    return tinyhtml5.parse(render_html(make_brief(), Options()))


def test_the_html_timeline_is_its_own_section_after_the_outlook(html_tree: object) -> None:
    sections = [s.get("id") for s in html_tree.iter(f"{NS}section")]  # type: ignore[attr-defined]
    assert sections.index("timeline") == sections.index("outlook") + 1
    section = next(s for s in html_tree.iter(f"{NS}section") if s.get("id") == "timeline")  # type: ignore[attr-defined]
    items = [li for li in section.iter(f"{NS}li")]
    texts = [_texts(li) for li in items]
    marker = next(k for k, li in enumerate(items) if "timeline-marker" in li.get("class", ""))
    assert "Sat 14 Mar 2026" in texts[marker]
    assert any("Fri 13 Mar 2026" in t and "walked out" in t for t in texts[:marker])
    assert any("Mon 16 Mar 2026" in t and "second, longer stoppage" in t for t in texts[marker:])
    assert any("after the holiday" in t for t in texts)


def test_the_pdf_shows_the_timeline(tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(render_pdf(make_brief(), Options()))
    text = re.sub(r"\s+", " ", pdf_text(pdf))
    assert "KEY DATES" in text.upper()
    for fact in ("Mon 16 Mar 2026", "the union will vote on a second, longer stoppage", "ARTICLE DATE",
                 "Nov 2025"):
        assert fact in text, fact
    assert text.index("Fri 13 Mar 2026") < text.index("ARTICLE DATE") < text.index("Mon 16 Mar 2026")


def test_the_summary_lists_what_comes_up(tmp_path: Path) -> None:
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(render_pdf(make_brief(), Options(template="summary")))
    text = re.sub(r"\s+", " ", pdf_text(pdf))
    assert "COMING UP" in text.upper() and "Mon 16 Mar 2026" in text and "Apr 2026" in text
    assert "Nov 2025" not in text  # the past is not coming up


def test_a_brief_without_dates_shows_no_key_dates_heading() -> None:
    html = render_html(replace(make_brief(), timeline=[]), Options())
    assert 'id="timeline"' not in html and "Key dates" not in html  # no empty section either
