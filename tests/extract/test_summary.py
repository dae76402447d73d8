"""Summary: the lead statement plus the most informative sentences near it, never headline or quotes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportgen.brief import Actor
from reportgen.extract.summary import pick_summary

ARTICLE = """Harbour strike halts grain exports

Dockers walk out over pay

Dock workers in the port of Valmora walked out on Monday, halting grain exports worth $40 million a week \
and stranding 30 ships at anchor.

"We have waited two years for a fair offer," said union leader Ana Ruiz.

First, let's look at how we got here. It was not always like this.

The Valmora Port Authority said it had offered a 6 percent rise and called the strike unlawful.

Shipping agents said the delay could push up bread prices across the region.
"""


def test_lead_then_informative_statements_in_article_order(nlp: Any) -> None:
    actors = [Actor(name="Valmora Port Authority", type="organization", key=True)]
    summary = pick_summary(nlp(ARTICLE), "Harbour strike halts grain exports", actors)
    assert summary[0].startswith("Dock workers in the port of Valmora walked out on Monday")
    assert "The Valmora Port Authority said it had offered a 6 percent rise and called the strike unlawful." \
        in summary
    assert 2 <= len(summary) <= 4
    joined = " ".join(summary)
    assert "Harbour strike halts" not in joined  # the headline
    assert "Dockers walk out" not in joined  # the deck
    assert "fair offer" not in joined  # a bare quote
    assert "let's" not in joined  # signposting


def test_deterministic(nlp: Any) -> None:
    doc = nlp(ARTICLE)
    assert pick_summary(doc, None, []) == pick_summary(doc, None, [])


def test_short_article_gives_what_it_has(nlp: Any) -> None:
    text = "The bridge over the Ness river reopened to traffic on Tuesday morning."
    assert pick_summary(nlp(text), None, []) == [text]


def test_questions_and_fragments_are_skipped(nlp: Any) -> None:
    doc = nlp("Who pays for the new stadium in the end? The city council agreed on Friday to fund half "
              "of the stadium, about $200 million. Fans cheered.")
    assert pick_summary(doc, None, []) == [
        "The city council agreed on Friday to fund half of the stadium, about $200 million."]


def test_dev_corpus_summaries_come_from_the_article(nlp: Any, corpus: Path) -> None:
    from reportgen.ingest import ingest

    for path in sorted(corpus.glob("*.txt")):
        article = ingest(path)
        summary = pick_summary(nlp(article.text), article.title, [])
        flat = " ".join(article.text.split())
        assert 1 <= len(summary) <= 4, path.name
        assert all(sentence in flat for sentence in summary), path.name
        assert all(sentence != article.title for sentence in summary), path.name


def test_wire_dateline_is_not_part_of_the_lead(nlp: Any) -> None:
    lead = "The Norwegian grid operator said on Monday it would spend $2 billion on new lines."
    assert pick_summary(nlp("OSLO (Wire) \u2014 " + lead), None, []) == [lead]
