"""Chunking long articles for the parser (exact re-join, size bound, natural cut points) and taming
runs of characters the tokenizer would take quadratic time over."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.ingest.chunks import MAX_REPEAT, tame_runs, text_chunks

PARAGRAPH = "The pilots guild said 40 ships were delayed. Talks resume on Friday, officials said."


def test_short_text_is_one_chunk() -> None:
    assert text_chunks("Short article.") == ["Short article."]
    assert text_chunks("") == [""]


def test_cuts_fall_after_paragraph_breaks() -> None:
    text = "\n\n".join([PARAGRAPH] * 50)
    chunks = text_chunks(text, max_chars=1000)
    assert "".join(chunks) == text
    assert all(len(c) <= 1000 for c in chunks)
    assert all(c.endswith("\n\n") for c in chunks[:-1])


def test_one_huge_line_is_cut_at_sentence_ends() -> None:
    text = " ".join([PARAGRAPH] * 200)  # no newline at all
    chunks = text_chunks(text, max_chars=2000)
    assert "".join(chunks) == text
    assert all(c.rstrip().endswith(".") for c in chunks)


def test_text_without_spaces_is_cut_at_the_limit() -> None:
    chunks = text_chunks("x" * 2500, max_chars=1000)
    assert [len(c) for c in chunks] == [1000, 1000, 500]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?\n\"”"), max_size=600), st.integers(1, 80))
def test_any_text_rejoins_exactly_within_the_bound(text: str, size: int) -> None:
    chunks = text_chunks(text, max_chars=size)
    assert "".join(chunks) == text
    assert all(len(c) <= size for c in chunks)
    assert all(chunks[:-1])


def test_parsed_chunks_make_the_same_doc_text(nlp: object) -> None:
    from spacy.tokens import Doc

    text = "Headline here\n\n" + "\n\n".join([PARAGRAPH] * 30)
    docs = list(nlp.pipe(text_chunks(text, max_chars=500)))  # type: ignore[attr-defined]
    assert Doc.from_docs(docs, ensure_whitespace=False).text == text


def test_a_wall_of_one_character_is_cut_to_a_few() -> None:
    assert tame_runs('"' * 100_000) == '"' * MAX_REPEAT
    assert tame_runs("Results\n\n" + "-" * 80 + "\n\nText.") == "Results\n\n" + "-" * MAX_REPEAT + "\n\nText."


def test_runs_longer_than_any_word_get_spaces() -> None:
    run = "ab" * 600  # 1,200 characters, no character repeated
    assert tame_runs(f"see {run} here", max_chars=500) == f"see {run[:500]} {run[500:1000]} {run[1000:]} here"


def test_ordinary_text_is_left_alone() -> None:
    text = "Headline\n\n" + "\n\n".join([PARAGRAPH] * 20) + "\n\nhttps://news.example/a/long/path?id=12345"
    assert tame_runs(text) == text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab\"' \n-"), max_size=3000))
def test_tamed_text_has_no_long_run_and_no_long_repeat(text: str) -> None:
    tamed = tame_runs(text, max_chars=40)
    assert all(len(word) <= 40 for word in tamed.split())
    assert not re.search(rf"(\S)\1{{{MAX_REPEAT},}}", tamed)
    assert tamed.split() == tame_runs(tamed, max_chars=40).split()  # nothing left to tame
