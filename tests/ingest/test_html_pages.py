"""HTML pages: trafilatura's main text, metadata, structure, and the page furniture dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.errors import InputError
from reportgen.ingest import ingest, ingest_bytes
from reportgen.ingest.boilerplate import furniture_kind

PAGE = """<!DOCTYPE html>
<html><head>
<title>Ferry crews strike over pay | Coastline Courier</title>
<meta property="og:title" content="Ferry crews strike over pay">
<meta property="og:site_name" content="Coastline Courier">
<meta name="author" content="Tomas Reyes">
<meta property="article:published_time" content="2026-02-11T07:45:00Z">
<link rel="canonical" href="https://courier.example/ferry-strike">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Ferry crews strike over pay</h1>
<p class="byline">By Tomas Reyes</p>
<figure><img src="ferry.jpg"><figcaption>Photo: Island Ferries</figcaption></figure>
<p>Crews on the island ferry network stopped work at dawn on Wednesday, stranding about 3,000
passengers, the Maritime Workers Federation said.</p>
<p>"We are not asking for the moon, we are asking for last year's inflation," federation spokesperson
Ana Duarte told reporters at the terminal.</p>
<p>Advertisement</p>
<ul><li>Sailings to Pell Island are cancelled</li><li>Freight services run as normal</li></ul>
<p>The operator, Island Ferries, said it would meet union officials on Friday.</p>
<p>Continue reading the main story</p>
<p>[Read: Why the ferry network keeps losing money]</p>
<pre><code>route  status
north  cancelled
south  cancelled</code></pre>
<p>Subscribe today: support independent journalism for $1 a month.</p>
</article>
<footer>© 2026 Coastline Courier. All rights reserved.</footer>
</body></html>
"""


@pytest.fixture(scope="module")
def article():  # type: ignore[no-untyped-def]
    return ingest_bytes(PAGE.encode(), "ferry.html")


def test_metadata_from_the_page(article) -> None:  # type: ignore[no-untyped-def]
    assert article.title == "Ferry crews strike over pay"
    assert article.outlet == "Coastline Courier"
    assert article.author == "Tomas Reyes"
    assert article.published == "2026-02-11"
    assert article.url == "https://courier.example/ferry-strike"
    assert article.format == "html"


def test_title_first_then_body_paragraphs_whole(article) -> None:  # type: ignore[no-untyped-def]
    paras = article.paragraphs
    assert paras[0] == "Ferry crews strike over pay"
    assert paras.count("Ferry crews strike over pay") == 1
    assert any(p.startswith("Crews on the island ferry network stopped work at dawn") and
               p.endswith("Maritime Workers Federation said.") for p in paras)
    assert "Sailings to Pell Island are cancelled" in paras
    assert "Freight services run as normal" in paras


def test_no_furniture_survives(article) -> None:  # type: ignore[no-untyped-def]
    text = article.text
    for furniture in ("By Tomas Reyes", "Photo", "Advertisement", "Continue reading", "[Read:", "Subscribe",
                      "All rights reserved", "Home"):
        assert furniture not in text
    assert all(furniture_kind(p) is None for p in article.paragraphs[1:])


def test_markup_never_reaches_the_text(article) -> None:  # type: ignore[no-untyped-def]
    assert "<" not in article.text and "&amp;" not in article.text


def test_page_with_no_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        ingest_bytes(b"<html><body><script>var a = 1;</script></body></html>", "empty.html")


def test_page_of_only_furniture_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        page = b"<html><body><article><p>Advertisement</p><p>Share on Facebook</p></article></body></html>"
        ingest_bytes(page, "ads.html")


def test_real_pages_match_their_clean_text(corpus: Path) -> None:
    """Every paragraph trafilatura keeps is in the hand-cleaned .txt; most of the .txt is kept."""
    for page in sorted(corpus.glob("*.html")):
        html_article = ingest(page)
        txt_article = ingest(page.with_suffix(".txt"))
        reference = set(txt_article.paragraphs)
        kept = [p for p in html_article.paragraphs if p in reference]
        assert html_article.paragraphs[0] == txt_article.title, page.name
        assert len(kept) >= 0.8 * len(html_article.paragraphs), page.name
        assert len(kept) >= 0.75 * len(reference), page.name
        assert html_article.outlet and html_article.published, page.name
        assert all(furniture_kind(p) is None for p in html_article.paragraphs[1:]), page.name


def test_real_texts_lose_their_furniture(corpus: Path) -> None:
    for path in sorted(corpus.glob("*.txt")):
        article = ingest(path)
        for furniture in ("Continue reading the main story", "©", "quality journalism is more crucial"):
            assert furniture not in article.text, path.name
        assert "Photo" not in article.paragraphs and "Advertisement" not in article.paragraphs
