"""A brief always has a headline-length title, also when the article has none."""

from __future__ import annotations

from reportgen.extract import fallback_title


def test_long_lead_is_cut_at_a_word_with_an_ellipsis() -> None:
    lead = ("Dock workers at the country's largest container port walked off the job on Tuesday after "
            "wage talks collapsed late on Monday night.")
    title = fallback_title([lead])
    assert title == "Dock workers at the country's largest container port walked off the job…"


def test_short_lead_is_the_title_without_its_full_stop() -> None:
    assert fallback_title(["Talks resumed on Monday."]) == "Talks resumed on Monday"


def test_no_summary_gives_a_neutral_title() -> None:
    assert fallback_title([]) == "Untitled brief"
