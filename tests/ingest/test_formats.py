"""Format detection and the per-format parsers: text, Markdown, JSON, JSON Lines, stdin."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

import pytest

from reportgen.errors import InputError
from reportgen.ingest import ingest, ingest_all, ingest_bytes
from reportgen.ingest.formats import detect_format, iso_date
from reportgen.options import Options

TITLE = "Dock workers walk out at Port Halvard"
BODY = ("Around 2,400 dock workers walked off the job on Tuesday, the Halvard Dockers Union said.\n\n"
        "\"We have waited eleven months for a fair offer,\" union secretary Mara Lindqvist said.")


def test_text_keeps_headline_as_first_paragraph() -> None:
    article = ingest_bytes(f"{TITLE}\n\n{BODY}\n".encode(), "strike.txt")
    assert article.title == TITLE
    assert article.paragraphs[0] == TITLE
    assert article.paragraphs[1].startswith("Around 2,400 dock workers")
    assert article.format == "txt"


def test_headline_ending_in_quote_is_still_a_headline() -> None:
    article = ingest_bytes(f'Union chief says strike is "the last resort"\n\n{BODY}'.encode(), "a.txt")
    assert article.title == 'Union chief says strike is "the last resort"'


def test_text_starting_with_a_sentence_has_no_title() -> None:
    article = ingest_bytes(BODY.encode(), "a.txt")
    assert article.title is None
    assert article.paragraphs[0].startswith("Around 2,400")


def test_wrapped_lines_join_into_one_paragraph() -> None:
    raw = b"Headline here\n\nFirst line of a paragraph\nwrapped onto a second line.\n"
    article = ingest_bytes(raw, "a.txt")
    assert article.paragraphs == ["Headline here", "First line of a paragraph wrapped onto a second line."]


def test_furniture_is_removed_and_recorded() -> None:
    text = (f"{TITLE}\n\nBy Jane Okafor\n\nPhoto\n\nHarbour Police\n\n{BODY}\n\nAdvertisement\n\n"
            "Continue reading the main story\n\n[Read: How the port grew]\n\nShare on Facebook\n\n"
            "Sign up for our free newsletter today.\n\nJane Okafor is a staff reporter covering labour.")
    article = ingest_bytes(text.encode(), "a.txt")
    assert article.paragraphs == [TITLE, *BODY.split("\n\n")]
    assert len(article.removed) == 9


def test_markdown_front_matter_and_markup() -> None:
    md = ("---\ntitle: Port strike enters second day\noutlet: Harbour Ledger\ndate: 2026-03-04T09:30:00Z\n"
          "author: Jane Okafor\nurl: https://example.org/strike\n---\n\n# Port strike enters second day\n\n"
          "Talks **stalled** on Wednesday, said [the union](https://example.org/u).\n\n"
          "- Cranes stood idle\n- Ships queued offshore\n")
    article = ingest_bytes(md.encode(), "strike.md")
    assert article.title == "Port strike enters second day"
    assert article.outlet == "Harbour Ledger"
    assert article.published == "2026-03-04"
    assert article.author == "Jane Okafor"
    assert article.url == "https://example.org/strike"
    assert article.paragraphs == ["Port strike enters second day",
                                  "Talks stalled on Wednesday, said the union.",
                                  "Cranes stood idle", "Ships queued offshore"]


def test_json_fields_become_metadata() -> None:
    record = {"title": TITLE, "text": BODY, "url": "https://example.org/a", "published": "4 March 2026",
              "outlet": "Harbour Ledger", "author": "Jane Okafor"}
    article = ingest_bytes(json.dumps(record).encode(), "a.json")
    assert (article.title, article.outlet, article.published, article.url, article.author) == (
        TITLE, "Harbour Ledger", "2026-03-04", "https://example.org/a", "Jane Okafor")
    assert article.paragraphs[0] == TITLE and len(article.paragraphs) == 3


def test_jsonl_gives_one_article_per_line(tmp_path: Path) -> None:
    lines = [json.dumps({"title": f"Story {i}", "text": f"Sentence number {i} is here."}) for i in range(3)]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    articles = ingest_all(path)
    assert [a.title for a in articles] == ["Story 0", "Story 1", "Story 2"]
    assert ingest(path).title == "Story 0"


@pytest.mark.parametrize("raw, problem", [
    (b'{"title": "x", "text": ', "invalid JSON at line 1"),
    (b'{"title": "only a title"}', "no 'text' field"),
    (b"[1, 2]", "must be an object"),
    (b"[]", "no article object"),
    (b'{"text": "ok"}\n{"text": \n', "invalid JSON on line 2"),
    (b"[" * 100_000, "nested too deeply"),
    (b'{"text": "   "}', "no 'text' field"),
    (b'"just a string"', "must be an object"),
])
def test_bad_json_is_an_input_error(raw: bytes, problem: str) -> None:
    name = "feed.jsonl" if b"\n" in raw else "a.json"
    with pytest.raises(InputError) as info:
        ingest_all_bytes(raw, name)
    assert problem in info.value.message


def ingest_all_bytes(raw: bytes, name: str) -> None:
    from reportgen.ingest import _ingest

    _ingest(raw, name, None)


@pytest.mark.parametrize("name, text, fmt", [
    ("a.TXT", "x", "txt"), ("a.markdown", "x", "md"), ("a.htm", "x", "html"), ("a.ndjson", "{}", "jsonl"),
    ("-", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("-", '{"text": "x"}', "json"),
    ("-", '{"text": "x"}\n{"text": "y"}', "jsonl"),
    ("-", "---\ntitle: t\n---\nbody", "md"),
    ("-", "# Heading\n\nbody", "md"),
    ("-", "Plain headline\n\nPlain body.", "txt"),
])
def test_detect_format(name: str, text: str, fmt: str) -> None:
    assert detect_format(name, text) == fmt


def test_input_format_option_overrides_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<html><body><article><h1>Harbour closes</h1><p>The harbour closed on Friday after "
                    "a storm damaged two cranes, officials said.</p></article></body></html>")
    assert ingest(path).text.startswith("<html>")
    article = ingest(path, Options(input_format="html"))
    assert "<" not in article.text and "harbour closed on Friday" in article.text


def test_unknown_input_format_names_the_choices() -> None:
    with pytest.raises(InputError, match="unknown input format 'docx'"):
        ingest_bytes(b"text", "a.txt", "docx")


def test_stdin_is_read_with_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{TITLE}\n\n{BODY}".encode())))
    article = ingest("-")
    assert article.title == TITLE and article.path is None


def test_file_over_the_size_limit_names_the_flag(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Word and more words. " * 100_000)  # 2.1 MB
    with pytest.raises(InputError) as info:
        ingest(path, Options(max_input_mb=1))
    assert "over the 1.0 MB limit" in info.value.message and "--max-input-mb" in info.value.message
    assert ingest(path, Options(max_input_mb=3)).words == 400_000


def test_sha256_and_path_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Headline\n\nBody sentence.")
    article = ingest(path)
    assert article.path == str(path)
    assert article.sha256 == hashlib.sha256(b"Headline\n\nBody sentence.").hexdigest()


@pytest.mark.parametrize("value, expected", [
    ("2026-03-04", "2026-03-04"), ("2026-03-04T23:10:00+02:00", "2026-03-04"),
    ("March 4, 2026", "2026-03-04"),
    ("Wed, 04 Mar 2026 10:00:00 GMT", "2026-03-04"), ("not a date", None), ("2026-13-45", None), (None, None),
])
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_wire_byline_and_dateline_give_author_and_outlet() -> None:
    text = ("Ferry fares to rise\n\nBY TOMAS REYES\n\nPELL ISLAND, March 9 (Coastline Wire) - Ferry fares "
            "will rise 6% in May, the operator said on Monday.\n\n(Editing by Ann Lee)")
    article = ingest_bytes(text.encode(), "fares.txt")
    assert article.author == "Tomas Reyes" and article.outlet == "Coastline Wire"
    assert article.paragraphs[1].startswith("PELL ISLAND, March 9 (Coastline Wire) - Ferry fares")
    assert len(article.paragraphs) == 2


def test_a_dateline_of_two_places_gives_the_outlet() -> None:
    text = ("Veltrano buys Kessler\n\nMILAN/FRANKFURT, Feb 17 (Meridian) - Veltrano agreed on Tuesday to buy "
            "Kessler for 3.1 billion euros.")
    assert ingest_bytes(text.encode(), "deal.txt").outlet == "Meridian"


def test_a_dateline_with_its_year_gives_the_publication_date() -> None:
    text = "Floods in the south\n\nPORTO ALEGRE, 7 November 2026 — Rain fell again on Saturday, police said."
    assert ingest_bytes(text.encode(), "a.txt").published == "2026-11-07"
    # without a year the dateline says nothing of the year
    text = "Ferry fares to rise\n\nPELL ISLAND, March 9 (Coastline Wire) - Fares will rise, it said."
    assert ingest_bytes(text.encode(), "b.txt").published is None


def test_metadata_stated_by_the_file_wins_over_the_text() -> None:
    record = {"title": "Ferry fares to rise", "outlet": "Island Post", "author": "Desk",
              "text": "By Tomas Reyes\n\nLONDON (Reuters) - Fares will rise, the operator said."}
    article = ingest_bytes(json.dumps(record).encode(), "a.json")
    assert (article.author, article.outlet) == ("Desk", "Island Post")


def test_headline_ending_in_a_quoted_sentence_is_a_headline() -> None:
    title = "Port chief on the strike vote: ‘We Will Not Give In.’"
    article = ingest_bytes(f"{title}\n\n{BODY}".encode(), "a.txt")
    assert article.title == title
    assert ingest_bytes(f"The mayor said it was over.\n\n{BODY}".encode(), "a.txt").title is None
    lead = 'The mayor came. A woman said the water "came up to the windows in ten minutes."'
    assert ingest_bytes(f"{lead}\n\n{BODY}".encode(), "a.txt").title is None


def test_a_paragraph_on_each_line_stays_a_paragraph() -> None:
    raw = (b"Headline here\n\n"
           b"The council met on Monday to discuss the harbour and voted to close it for the winter months.\n"
           b"\"We had no choice,\" said Ana Ruiz.\n"
           b"The vote was seven to two.\n")
    article = ingest_bytes(raw, "a.txt")
    assert article.paragraphs[1:] == [
        "The council met on Monday to discuss the harbour and voted to close it for the winter months.",
        "\"We had no choice,\" said Ana Ruiz.", "The vote was seven to two."]


def test_hard_wrapped_lines_are_one_paragraph_even_when_one_ends_a_sentence() -> None:
    from reportgen.ingest.formats import hard_wrapped
    lines = ["The council met on Monday to discuss the harbour and voted to close it for",
             "the winter months. Ana Ruiz said the vote was needed to repair the old",
             "breakwater before the storms. The vote was seven to two, and the mayor.",
             "abstained after a long debate about the cost of the works and the jobs",
             "at stake."]
    assert hard_wrapped(lines)
    assert not hard_wrapped(["A whole paragraph that ends here.", "Another one that ends too.",
                             "And a third."])


@pytest.mark.parametrize(("second_line", "author", "outlet", "published"), [
    ("By Ann Roe", "Ann Roe", None, None),
    ("Reuters, 12 March 2026", None, "Reuters", "2026-03-12"),
    ("The Harbour Gazette, May 4, 2026", None, "The Harbour Gazette", "2026-05-04"),
])
def test_a_byline_or_dated_credit_right_under_the_headline_is_no_part_of_it(
        second_line: str, author: str | None, outlet: str | None, published: str | None) -> None:
    """No blank line after the headline: the byline or credit is still furniture, not a wrapped title."""
    article = ingest_bytes(f"{TITLE}\n{second_line}\n\n{BODY}\n".encode(), "strike.txt")
    assert article.title == TITLE
    assert (article.author, article.outlet, article.published) == (author, outlet, published)
    assert second_line not in article.text


def test_a_writer_post_and_date_on_lines_of_their_own_are_furniture() -> None:
    """Name, post and date each on a line: the date stands alone though the post has no full stop, so
    the name and post read as the writer's signature."""
    raw = f"{TITLE}\n\nAna Ruiz\nPorts Reporter\nThu, 12 Mar 2026, 4:15pm\n\n{BODY}\n"
    article = ingest_bytes(raw.encode(), "strike.txt")
    assert "Ruiz" not in article.text and "4:15pm" not in article.text
    assert article.paragraphs[1].startswith("Around 2,400 dock workers")


def test_a_dateline_under_the_headline_opens_the_lead() -> None:
    article = ingest_bytes(f"{TITLE}\nBOGOTÁ (AP) — {BODY}\n".encode(), "strike.txt")
    assert article.title == TITLE
    assert article.paragraphs[1].startswith("BOGOTÁ (AP) — Around 2,400")
    assert article.outlet == "AP"


def test_live_blog_time_headings_stand_alone() -> None:
    text = (f"{TITLE}\n\n14:05 GMT - Strike spreads to second terminal\nThe union said 300 more workers "
            "joined.\n14:30 GMT - Talks called\nThe port authority invited both sides.\n")
    article = ingest_bytes(text.encode(), "live.txt")
    assert article.paragraphs[1:] == ["14:05 GMT - Strike spreads to second terminal",
                                      "The union said 300 more workers joined.", "14:30 GMT - Talks called",
                                      "The port authority invited both sides."]


def test_a_wrapped_line_opening_with_an_agency_name_stays_in_its_paragraph() -> None:
    text = (f"{TITLE}\n\nThe strike entered its third day as\nReuters reported on Monday that the talks\n"
            "had failed.\n")
    assert ingest_bytes(text.encode(), "strike.txt").paragraphs[1] == (
        "The strike entered its third day as Reuters reported on Monday that the talks had failed.")


@pytest.mark.parametrize("text", [
    "The study, which the Lancet first\npublished in March 2019, found the drug cut deaths by 30% in older\n"
    "patients, Ana Ruiz said on Monday.\n",
    "The union said the strike would end at\n10.30 - earlier than planned - after talks with the port, "
    "Ana Ruiz said.\n",
])
def test_a_wrapped_line_that_starts_like_furniture_runs_on_mid_sentence(text: str) -> None:
    """Only after the headline, a sentence's end or furniture may a line stand alone as furniture."""
    article = ingest_bytes(f"{TITLE}\n\n{text}".encode(), "strike.txt")
    assert len(article.paragraphs) == 2
    assert article.paragraphs[1].endswith(("said on Monday.", "Ana Ruiz said."))
    assert article.removed == []


def test_a_dated_place_line_is_no_outlet() -> None:
    article = ingest_bytes(f"{TITLE}\nKYIV, 12 March 2026\n\n{BODY}\n".encode(), "strike.txt")
    assert (article.outlet, article.published) == (None, "2026-03-12")


def test_a_metadata_sidecar_fills_a_plain_text_article(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour board resigns\n\nThe board resigned on Monday.\n", encoding="utf-8")
    (tmp_path / "harbour.meta.yaml").write_text(
        "title: Harbour board quits\nsource: Coastal Gazette\npublished: '2026-10-29'\n", encoding="utf-8")
    found = ingest(article)
    assert (found.title, found.outlet) == ("Harbour board quits", "Coastal Gazette")
    assert found.published == "2026-10-29"
    assert found.text.startswith("Harbour board resigns")  # the text is the file's, headline and all


def test_a_sidecar_lists_authors_and_may_be_empty(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour board resigns\n\nThe board resigned on Monday.\n", encoding="utf-8")
    (tmp_path / "harbour.meta.yaml").write_text("author: [Ana Ruiz, Tom Hale]\n", encoding="utf-8")
    assert ingest(article).author == "Ana Ruiz, Tom Hale"
    (tmp_path / "harbour.meta.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert ingest(article).title == "Harbour board resigns"


@pytest.mark.parametrize(("sidecar", "problem"), [
    ("published: next week\n", "is no date"),
    ("- a list\n", "not a mapping"),
    ("title: [unclosed\n", "harbour.meta.yaml"),
    ("title: {main: Harbour}\n", "title should be text"),
    ("title: yes\n", "title should be text"),
])
def test_a_bad_sidecar_is_an_input_error_naming_it(tmp_path: Path, sidecar: str, problem: str) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour board resigns\n\nThe board resigned on Monday.\n", encoding="utf-8")
    (tmp_path / "harbour.meta.yaml").write_text(sidecar, encoding="utf-8")
    with pytest.raises(InputError) as err:
        ingest(article)
    assert problem in str(err.value) and "harbour.meta.yaml" in str(err.value)
