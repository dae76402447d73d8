"""Bounded memory and time on any accepted article: the parser only ever sees bounded pieces, one at a
time; a long article is extracted piece by piece with its facts joined; pathological tokens finish.

Time and memory figures are printed by ``make bench`` (the size table); these tests check the
mechanism and, for the pathological input, that it finishes at all.
"""

from __future__ import annotations

import gc
import importlib
import subprocess
import sys
import weakref
from pathlib import Path
from typing import Any

import pytest

from reportgen.extract import brief_of_article, extract_all
from reportgen.extract import nlp as nlp_module
from reportgen.ingest import ingest_bytes

#: The package (``reportgen.extract``, the attribute, is the API's function; ``import ... as`` reads it).
extract_module = importlib.import_module("reportgen.extract")

PARAGRAPHS = [
    "Port strike spreads to Valmora",
    "VALMORA - Dock workers at Valmora walked out on Monday, union leader Ida Renn said.",
    '"We will not go back until the pay offer improves," Renn told reporters.',
    "The port handles about 40,000 containers a week, according to the Valmora Port Council.",
    "Shipping lines diverted six vessels to Esterby on Tuesday.",
    '"The strike will cost the region 4 million euros a week," finance director Tomas Lind said.',
    '"Nobody wins a long strike," Renn said on Wednesday.',
]
TEXT = "\n\n".join(PARAGRAPHS) + "\n"


class ParserSpy:
    """The real pipeline, recording the length of every text it parses and each batch size."""

    def __init__(self, nlp: Any):
        self.nlp = nlp
        self.lengths: list[int] = []
        self.batch_sizes: list[int] = []
        self.docs: list[weakref.ref[Any]] = []  # every parse made, without keeping it alive

    def __call__(self, text: str) -> Any:
        self.lengths.append(len(text))
        doc = self.nlp(text)
        self.docs.append(weakref.ref(doc))
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000, **kwargs: Any) -> Any:
        self.batch_sizes.append(batch_size)

        def recorded() -> Any:
            for text in texts:
                self.lengths.append(len(text[0] if isinstance(text, tuple) else text))
                yield text

        for doc in self.nlp.pipe(recorded(), batch_size=batch_size, **kwargs):
            self.docs.append(weakref.ref(doc))
            yield doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)


def test_the_parser_sees_bounded_pieces_one_at_a_time(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_module, "PARSE_CHARS", 150)
    spy = ParserSpy(nlp)
    doc = nlp_module.parse(spy, TEXT)
    assert doc.text == TEXT
    assert len(spy.lengths) > 3 and max(spy.lengths) <= 150
    assert spy.batch_sizes == [1]


def test_a_long_article_is_extracted_piece_by_piece_and_joined(nlp: Any,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    article = ingest_bytes(TEXT.encode(), "strike.txt", "txt")
    whole = brief_of_article(article, nlp)
    monkeypatch.setattr(extract_module, "PIECE_CHARS", 260)
    seen: list[int] = []
    real = extract_module.brief_from_doc

    def recording(doc: Any, piece: Any, model: Any) -> Any:
        seen.append(len(doc.text))
        return real(doc, piece, model)

    monkeypatch.setattr(extract_module, "brief_from_doc", recording)
    joined = brief_of_article(article, nlp)
    assert len(seen) >= 3 and max(seen) <= 260
    assert joined.title == whole.title and joined.summary[0] == whole.summary[0]  # the lead
    assert joined.source == whole.source  # the whole article: its words and hash, not a piece's
    # Renn is named in full in the first piece and by surname in later ones: one actor, one speaker
    assert [a.name for a in joined.actors].count("Ida Renn") == 1
    assert "Renn" not in [a.name for a in joined.actors]
    claims = sorted((c.speaker or "", c.kind, c.text) for c in joined.claims)
    assert claims == sorted((c.speaker or "", c.kind, c.text) for c in whole.claims)
    assert [n.text for n in joined.numbers] == [n.text for n in whole.numbers]


def test_short_articles_are_parsed_together_within_a_character_budget(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "PIPE_CHARS", 2 * len(TEXT) + 30)
    articles = [ingest_bytes(f"{TEXT}\nFiled {i}.\n".encode(), f"a{i}.txt", "txt") for i in range(5)]
    spy = ParserSpy(nlp)
    briefs = list(extract_all(articles, nlp=spy, batch_size=16))
    assert len(briefs) == 5 and all(b.claims for b in briefs)
    assert spy.batch_sizes == [2, 2, 1]


def copies(texts: list[str]) -> list[Any]:
    return [ingest_bytes(text.encode(), f"copy{i}.txt", "txt") for i, text in enumerate(texts)]


def test_a_text_several_articles_have_is_parsed_once(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    other = TEXT.replace("Valmora", "Esterby")
    monkeypatch.setattr(extract_module, "PIPE_CHARS", 2 * len(TEXT) + 10)  # batches of two
    spy = ParserSpy(nlp)
    briefs = list(extract_all(copies([TEXT, other, TEXT, TEXT, other]), nlp=spy, batch_size=16))
    assert len(spy.lengths) == 2  # each text once, though the copies fall in three batches
    alone = [next(extract_all(copies([text]), nlp=nlp)) for text in (TEXT, other, TEXT, TEXT, other)]
    assert [b.source.path for b in briefs] == [f"copy{i}.txt" for i in range(5)]
    for brief, single in zip(briefs, alone, strict=True):  # the same facts as each extracted alone
        assert (brief.title, brief.actors, brief.claims, brief.numbers, brief.outlook, brief.timeline) == \
            (single.title, single.actors, single.claims, single.numbers, single.outlook, single.timeline)


def test_shared_parses_are_kept_within_a_budget(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "PIPE_CHARS", len(TEXT) + 10)  # one article a batch
    monkeypatch.setattr(extract_module, "SHARED_PARSE_CHARS", len(TEXT) + 10)  # room for one parse
    other = TEXT.replace("Valmora", "Esterby")
    spy = ParserSpy(nlp)
    list(extract_all(copies([TEXT, other, TEXT, other]), nlp=spy))
    assert len(spy.lengths) == 3  # the second text's parse did not fit beside the first's


def test_a_parse_is_freed_once_no_article_reads_it(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction's caches on a Doc refer back to it: released after the last article of its text, the
    Doc goes at once, not at the garbage collector's next full pass."""
    monkeypatch.setattr(extract_module, "PIPE_CHARS", 2 * len(TEXT) + 10)  # batches of two
    other = TEXT.replace("Valmora", "Esterby")
    spy = ParserSpy(nlp)
    gc.disable()
    try:
        briefs = list(extract_all(copies([TEXT, other, TEXT]), nlp=spy))  # the last copy in a later batch
        assert len(briefs) == 3 and len(spy.docs) == 2
        assert all(doc() is None for doc in spy.docs)
    finally:
        gc.enable()


@pytest.mark.slow
def test_a_file_of_100000_quotation_marks_finishes(tmp_path: Path) -> None:
    """Liveness guard (spaCy's tokenizer is quadratic in one giant token: this took hours); its time is
    printed by ``make bench``."""
    article = tmp_path / "quotes.txt"
    article.write_text('"' * 100_000)
    done = subprocess.run([sys.executable, "-m", "reportgen", "extract", str(article), "-o",
                           str(tmp_path / "quotes.yaml")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "quotes.yaml").read_text().startswith("# yaml-language-server")
