"""Property-based tests: arbitrary text and arbitrary briefs never crash reportgen or leak markup."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.brief import (
    Actor,
    Brief,
    Claim,
    Generated,
    Number,
    Outlook,
    Source,
    brief_to_yaml,
    parse_brief,
    validate_data,
)
from reportgen.brief.yamlio import parse_yaml
from reportgen.errors import ReportgenError
from reportgen.extract import extract
from reportgen.extract.merge import merge_briefs
from reportgen.ingest import ingest_bytes

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Strings that have broken template engines, YAML emitters and HTML escapers before.
NASTY = [
    "<script>alert('x')</script>", "</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}", "{% for x in range(9) %}x{% endfor %}", "{# c #}", "{{ self.__init__.__globals__ }}",
    "]]>", "&amp; &lt;b&gt;", "</style><style>body{}</style>", "\"'`", "${HOME}", "*alias", "&anchor",
    "!!python/object/apply:os.system ['echo']", "- item", "key: value", "# comment", "---", "...",
    "null", "~", "yes", "NO", "on", "1e3", "0x1F", ".inf", "2026-03-04", "12:30:00", "'single'",
    "“smart” ‘quotes’", "עברית", "中文报道", "🙂🚢", "e\u0301", "\t tab", " leading", "trailing ",
    "line\nbreak", "crlf\r\nline", "\u2028sep", "\u2029par", "x" * 3000, "%PDF-1.7", "\\n literal",
]

chars = st.characters()
nasty = st.sampled_from(NASTY)
any_text = st.one_of(nasty, st.text(chars, max_size=40),
                     st.builds(str.__add__, nasty, st.text(chars, max_size=15)))
some_text = any_text.filter(bool)
maybe_text = st.none() | any_text
finite = st.floats(allow_nan=False, allow_infinity=False, width=64) | st.integers(-10**12, 10**12)


@st.composite
def briefs(draw: Any) -> Brief:
    """Schema-valid briefs: every field drawn, speakers drawn from the actors' names."""
    n_sources = draw(st.integers(1, 3))
    ids = [f"s{i}" for i in range(1, n_sources + 1)]
    sources = [Source(title=draw(maybe_text), outlet=draw(maybe_text), published=draw(maybe_text),
                      path=draw(maybe_text), url=draw(maybe_text), author=draw(maybe_text),
                      sha256=draw(st.none() | st.text("0123456789abcdef", min_size=64, max_size=64)),
                      words=draw(st.integers(0, 10**6)), id=sid) for sid in ids]
    names = draw(st.lists(some_text, max_size=4, unique=True))
    actors = [Actor(name=name, type=draw(st.sampled_from(["person", "organization", "country", "location",
                                                          "group"])),
                    aliases=draw(st.lists(any_text, max_size=2)), role=draw(maybe_text),
                    mentions=draw(st.integers(0, 500)), key=draw(st.booleans()),
                    salience=draw(st.floats(0, 100, allow_nan=False))) for name in names]
    speaker = st.none() | st.sampled_from(names) if names else st.none()
    refs = st.lists(st.sampled_from(ids), min_size=1, max_size=n_sources, unique=True)
    return Brief(
        title=draw(some_text),
        source=sources[0],
        sources=sources if n_sources > 1 else [],
        summary=draw(st.lists(some_text, max_size=4)),
        actors=actors,
        numbers=draw(st.lists(st.builds(Number, value=finite, unit=maybe_text, text=some_text,
                                        context=any_text, approximate=st.booleans(), sources=refs,
                                        corroborated=st.booleans()), max_size=3)),
        claims=draw(st.lists(st.builds(Claim, speaker=speaker, text=some_text,
                                       kind=st.sampled_from(["quote", "paraphrase"]), cue=maybe_text,
                                       context=any_text, speaker_role=maybe_text, sources=refs,
                                       corroborated=st.booleans()), max_size=3)),
        outlook=draw(st.lists(st.builds(Outlook, text=some_text, horizon=maybe_text, speaker=speaker,
                                        sources=refs), max_size=2)),
        generated=Generated(version=draw(any_text), model=draw(maybe_text), time=draw(maybe_text)),
    )


@FAST
@given(briefs())
def test_yaml_round_trip_is_exact_and_valid(brief: Brief) -> None:
    text = brief_to_yaml(brief)
    assert validate_data(parse_yaml(text)) == []
    assert parse_brief(text).to_dict() == brief.to_dict()


def test_yaml_keeps_next_line_character() -> None:
    brief = Brief(title="before\x85after", source=Source())
    assert parse_brief(brief_to_yaml(brief)).title == "before\x85after"


@FAST
@given(st.lists(briefs(), min_size=1, max_size=3))
def test_merged_briefs_stay_valid(parts: list[Brief]) -> None:
    merged = merge_briefs(parts)
    assert len(merged.sources) == sum(len(p.sources or [p.source]) for p in parts)
    assert [s.id for s in merged.sources] == [f"s{i}" for i in range(1, len(merged.sources) + 1)]
    assert validate_data(parse_yaml(brief_to_yaml(merged))) == []
    assert merge_briefs(parts).to_dict() == merged.to_dict()


@FAST
@given(st.binary(max_size=3000))
def test_any_bytes_ingest_or_fail_cleanly(raw: bytes) -> None:
    try:
        article = ingest_bytes(raw, "random.txt")
    except ReportgenError as err:
        assert err.path == "random.txt" and err.exit_code == 2
    else:
        assert article.text.strip() and "\x00" not in article.text and "\r" not in article.text


words = st.sampled_from(["The", "port", "union", "said", "\"", "“", "”", "'", "2,400", "$12 million",
                         "Mara Lindqvist", "Calder", "would", "strike", "on", "Friday", ".", ",", "\n\n",
                         "\n", "<b>", "{{", "9%", "about", "Mr", "—", "(", ")", "said:", "will"])
articles = st.one_of(st.text(max_size=400), st.lists(words, max_size=120).map(" ".join),
                     st.lists(st.one_of(words, st.text(max_size=8)), max_size=80).map("".join))  # NEL too


@SLOW
@given(articles, st.sampled_from(["txt", "md", "html", "json", None]))
def test_any_text_extracts_to_a_valid_brief_or_fails_cleanly(nlp: Any, text: str, fmt: str | None) -> None:
    try:
        article = ingest_bytes(text.encode("utf-8"), "random.txt", fmt)
    except ReportgenError as err:
        assert err.exit_code in (1, 2)
        return
    brief = extract(article, nlp=nlp)
    yaml_text = brief_to_yaml(brief)
    assert validate_data(parse_yaml(yaml_text)) == []
    assert parse_brief(yaml_text).to_dict() == brief.to_dict()


@pytest.fixture(scope="module")
def render_html() -> Any:
    render = pytest.importorskip("reportgen.render")
    if not hasattr(render, "render_html"):
        pytest.skip("reportgen.render.render_html is not written yet")
    return render.render_html


@SLOW
@given(brief=briefs())
def test_rendered_html_never_contains_markup_from_the_brief(render_html: Any, brief: Brief) -> None:
    from reportgen.options import Options

    html = render_html(brief, Options())
    for raw in ("<script>alert(", "</script><script>", "<img src=x", "</style><style>"):
        assert raw not in html
    if "{{ 7*7 }}" in brief.title:  # template syntax in the brief is shown, never evaluated
        assert "{{ 7*7 }}" in html
