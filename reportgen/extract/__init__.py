"""Extract: an ``Article`` -> a ``Brief`` of actors, numbers, claims and outlook, with spaCy."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from reportgen import __version__
from reportgen.ingest import Article
from reportgen.progress import SILENT, Progress

if TYPE_CHECKING:  # importing reportgen imports this package: it stays light (the brief's model loads PyYAML)
    from reportgen.brief import Brief, Source
    from reportgen.options import Options

#: Articles longer than this are extracted in paragraph-aligned pieces of this size, one parsed
#: ``Doc`` at a time, and the pieces' briefs joined (:mod:`reportgen.extract.pieces`): memory stays
#: flat and time linear in the article's length. Ten times a long news feature, so real articles are
#: extracted whole.
PIECE_CHARS = 200_000
#: Characters parsed together in one ``nlp.pipe`` batch of short articles (the parser's memory
#: follows the batch's length, not the number of articles in it).
PIPE_CHARS = 100_000
#: Characters of parses kept for articles still to come that have the same text (the same wire story
#: in two feeds is parsed once); past this, a later copy is parsed again. A parse takes about 170
#: bytes a character (60 kB for a 70-word record).
SHARED_PARSE_CHARS = 500_000


def extract(article: Article, options: Options | None = None, *, nlp: Any = None) -> Brief:
    """The brief of one article."""
    from reportgen.options import Options

    options = options or Options()
    if nlp is None:
        from reportgen.extract.nlp import load_model

        nlp = load_model(options.model)
    return brief_of_article(article, nlp)


def brief_of_article(article: Article, nlp: Any, progress: Progress = SILENT) -> Brief:
    """Parse and extract one article; a long one piece by piece (see ``PIECE_CHARS``)."""
    from reportgen.extract.nlp import parse

    label = _label(article)
    if len(article.text) <= PIECE_CHARS:
        progress.stage("parsing", label)
        doc = parse(nlp, article.text)
        progress.stage("extracting", label)
        brief = brief_from_doc(doc, article, nlp)
        release(doc)
        return brief
    from reportgen.extract.pieces import join_pieces
    from reportgen.ingest.chunks import text_chunks

    pieces = list(text_chunks(article.text, PIECE_CHARS))
    briefs = []
    for number, piece in enumerate(pieces, 1):
        progress.stage("parsing", f"{label}, part {number} of {len(pieces)}")
        doc = parse(nlp, piece)
        progress.stage("extracting", f"{label}, part {number} of {len(pieces)}")
        briefs.append(brief_from_doc(doc, replace(article, text=piece), nlp))
        release(doc)
    return join_pieces(briefs, source_of(article))


def _label(article: Article) -> str:
    """How progress names an article: its file, else its title."""
    return article.path or article.title or "article"


def extract_all(articles: Iterable[Article], options: Options | None = None, *, nlp: Any = None,
                batch_size: int = 16, progress: Progress = SILENT) -> Iterator[Brief]:
    """Briefs of many articles; short ones are parsed together with ``nlp.pipe``, in batches of at
    most ``batch_size`` articles and ``PIPE_CHARS`` characters, and a short text several articles
    have is parsed once (see ``SHARED_PARSE_CHARS``). ``progress`` is told as each batch is parsed
    and each article extracted."""
    from reportgen.options import Options

    options = options or Options()
    if nlp is None:
        from reportgen.extract.nlp import load_model

        nlp = load_model(options.model)
    from reportgen.extract.nlp import PARSE_CHARS

    articles = list(articles)
    shared = _SharedParses(a.text for a in articles if len(a.text) <= PARSE_CHARS)
    pending: list[Article] = []
    for article in articles:
        if len(article.text) > PARSE_CHARS:  # long ones alone, piece by piece
            yield from _briefs_of(pending, nlp, shared, progress)
            pending = []
            yield brief_of_article(article, nlp, progress)
            continue
        if pending and sum(len(a.text) for a in pending) + len(article.text) > PIPE_CHARS:
            yield from _briefs_of(pending, nlp, shared, progress)
            pending = []
        pending.append(article)
        if len(pending) >= batch_size:
            yield from _briefs_of(pending, nlp, shared, progress)
            pending = []
    yield from _briefs_of(pending, nlp, shared, progress)


class _SharedParses:
    """The parses of texts more articles have, kept until the last of them is extracted (within
    ``SHARED_PARSE_CHARS``): a parse depends on the text alone, the brief on the article too."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._copies_left = Counter(texts)
        self._kept: dict[str, Any] = {}
        self._kept_chars = 0

    def get(self, text: str) -> Any:
        """The kept parse of ``text``, or None."""
        return self._kept.get(text)

    def used(self, text: str, doc: Any) -> None:
        """An article with ``text`` was extracted from ``doc``: keep it for the next copy, if any."""
        self._copies_left[text] -= 1
        if self._copies_left[text] <= 0:
            if self._kept.pop(text, None) is not None:
                self._kept_chars -= len(text)
        elif text not in self._kept and self._kept_chars + len(text) <= SHARED_PARSE_CHARS:
            self._kept[text] = doc
            self._kept_chars += len(text)


def _briefs_of(articles: list[Article], nlp: Any, shared: _SharedParses,
               progress: Progress = SILENT) -> Iterator[Brief]:
    from reportgen.ingest.chunks import tame_runs

    if not articles:
        return
    new = list(dict.fromkeys(a.text for a in articles if shared.get(a.text) is None))
    progress.stage("parsing", _label(articles[0]) if len(articles) == 1 else f"{len(articles)} articles")
    docs = nlp.pipe((tame_runs(text) for text in new), batch_size=len(new)) if new else ()
    parsed = dict(zip(new, docs, strict=True))
    last = {article.text: k for k, article in enumerate(articles)}  # (the last article of each text)
    for k, article in enumerate(articles):
        doc = parsed.get(article.text)
        if doc is None:
            doc = shared.get(article.text)
        progress.stage("extracting", _label(article))
        yield brief_from_doc(doc, article, nlp)
        shared.used(article.text, doc)
        if last[article.text] == k and shared.get(article.text) is not doc:
            release(doc)  # no article to come reads this parse


def brief_from_doc(doc: Any, article: Article, nlp: Any) -> Brief:
    """All extractors over one parsed article; each takes plain inputs and returns plain data."""
    from reportgen.brief import Brief, Generated
    from reportgen.extract.actors import rank_actors
    from reportgen.extract.nlp import model_info
    from reportgen.extract.numbers import find_numbers
    from reportgen.extract.outlook import find_outlook
    from reportgen.extract.places import find_places
    from reportgen.extract.relations import find_relations
    from reportgen.extract.summary import pick_summary
    from reportgen.extract.timeline import find_timeline

    actors, index, claims = actors_and_claims(doc)
    rank_actors(actors, claims, index)
    numbers = find_numbers(doc)
    outlook = find_outlook(doc, claims, index, article.published)
    timeline = find_timeline(doc, article.published, index, outlook)
    relations = find_relations(doc, index, claims)
    summary = pick_summary(doc, article.title, actors)
    model, version = model_info(nlp)
    return Brief(
        title=article.title or fallback_title(summary),
        source=source_of(article),
        summary=summary,
        actors=actors,
        places=find_places(actors),
        numbers=numbers,
        claims=claims,
        outlook=outlook,
        timeline=timeline,
        relations=relations,
        generated=Generated(version=__version__, model=model, model_version=version, time=now_iso()),
    )


#: What every key extraction keeps on a ``Doc.user_data`` starts with.
CACHE_PREFIX = "reportgen"


def release(doc: Any) -> None:
    """Drop what extraction keeps on ``doc`` to answer again (its layout, parse tree, entity index ...),
    keeping the rule firings. Those refer back to the Doc, a cycle only the garbage collector's full pass
    frees: a Doc done with would wait for one with all its tokens, and make it longer."""
    from reportgen.extract.rules import FIRINGS_KEY

    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(CACHE_PREFIX)]:
        if key != FIRINGS_KEY:
            del doc.user_data[key]


def actors_and_claims(doc: Any) -> tuple[list[Any], Any, list[Any]]:
    """The actors (not yet ranked), their referents and the claims of one parsed article: what ranking
    and the later extractors read (``tests/eval/fit_salience.py`` fits the ranking on these)."""
    from reportgen.extract.actors import find_actors
    from reportgen.extract.claims import find_claims
    from reportgen.extract.referents import describe_people, type_speakers
    from reportgen.extract.rules import reset_firings

    reset_firings(doc)  # a parse shared by several articles records each one's own firings
    actors, index = find_actors(doc)
    claims = find_claims(doc, index)
    type_speakers(index, {c.speaker for c in claims if c.speaker and c.kind == "quote"})
    describe_people(index)
    return actors, index, claims


def declared_rules(layer: str | None = None) -> list[Any]:
    """Every extraction rule (``reportgen.extract.rules.Rule``), of one layer or all, by id: the
    layers declare their rules when imported."""
    from reportgen.extract import (  # noqa: F401
        actors,
        claims,
        layout,
        mentions,
        numbers,
        outlook,
        relations,
        timeline,
    )
    from reportgen.extract.rules import rules

    return rules(layer)


def fallback_title(summary: list[str], max_words: int = 12) -> str:
    """A title for an article without a headline: its lead sentence, cut to a headline's length."""
    if not summary:
        return "Untitled brief"
    words = summary[0].split()
    if len(words) <= max_words + 2:
        return summary[0].rstrip(".")
    return " ".join(words[:max_words]).rstrip(",;:—–-") + "…"


def source_of(article: Article, sid: str = "s1") -> Source:
    """What the brief says about the article it came from."""
    from reportgen.brief import Source

    return Source(title=article.title, outlet=article.outlet, published=article.published,
                  path=article.path, url=article.url, author=article.author,
                  sha256=article.sha256 or None, words=article.words, id=sid)


def now_iso() -> str:
    """Now, or ``SOURCE_DATE_EPOCH`` when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch and epoch.isdigit() else datetime.now(UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")
