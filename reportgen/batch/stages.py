"""The real pipeline as batch ``Stages``: spaCy extraction and Jinja/WeasyPrint rendering."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

from reportgen.batch.runner import Stages
from reportgen.options import Options

#: Articles per ``nlp.pipe`` batch inside a worker.
PIPE_BATCH = 16


def ingest_articles(path: Path, name: str, options: Options) -> list[Any]:
    """Every article in the file at ``path`` (a JSON list or JSONL holds several), recorded under
    ``name``, relative to the project, so briefs made on other checkouts or CI runners are identical."""
    import os

    from reportgen.ingest import ingest_all

    shown = os.path.relpath(path)
    articles = ingest_all(path if shown.startswith("..") else shown, options)
    for article in articles:
        article.path = name
    return articles


def combine_briefs(briefs: list[Any]) -> Any:
    """One event brief from a file's several articles (sources renumbered s1..sN by the merge)."""
    from reportgen.extract.merge import merge_briefs

    return merge_briefs(briefs)


def extract_briefs(articles: list[Any], options: Options) -> Iterable[Any]:
    from reportgen.extract import extract_all

    return extract_all(articles, options, batch_size=PIPE_BATCH)


def render_output(brief: Any, fmt: str, options: Options) -> bytes:
    from reportgen.pipeline import render

    return render(brief, fmt, options)  # type: ignore[arg-type]


def load_brief_file(path: Path) -> Any:
    """An edited brief; errors name it as the user sees it (relative to where batch runs)."""
    import os

    from reportgen.brief import load_brief

    shown = os.path.relpath(path)
    return load_brief(path if shown.startswith("..") else shown)


def warm_up(options: Options, needs_model: bool) -> None:
    """Once per worker: load spaCy (when anything needs extracting) and render a one-line brief with
    the batch's template, so its fonts, stylesheet and templates are loaded before the first input
    (each face is read once per process; see ``reportgen.render.pdf.font_configuration``)."""
    from reportgen.brief.model import Brief, Source
    from reportgen.errors import ReportgenError
    from reportgen.extract.nlp import load_model

    if needs_model:
        with suppress(ReportgenError):  # reported per input, naming the file, by extraction itself
            load_model(options.model)
    with suppress(Exception):  # rendering problems surface, per input, where they happen
        render_output(Brief(title="Warm-up", source=Source(title="Warm-up")), "pdf", options)


REAL_STAGES = Stages(ingest=ingest_articles, extract=extract_briefs, render=render_output,
                     load_brief=load_brief_file, combine=combine_briefs, warm_up=warm_up)
