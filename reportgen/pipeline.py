"""The whole pipeline in one place: ingest -> extract -> brief -> render.

Each stage takes and returns plain data, so the CLI, the Python API and ``batch`` chain the
same functions. ``build`` and ``brief_from_files`` tell an optional :class:`~reportgen.progress.Progress`
sink each stage as it starts (the CLI shows them on a terminal).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from reportgen.options import Options
from reportgen.progress import SILENT, Progress

if TYPE_CHECKING:  # kept out of an import of reportgen (the brief's model loads PyYAML)
    from reportgen.brief import Brief
    from reportgen.ingest import Article

Format = Literal["pdf", "html", "yaml"]


@dataclass
class BuildResult:
    """What ``build`` made: the brief and the rendered document."""

    brief: Brief
    document: bytes
    format: Format
    _yaml: str | None = field(default=None, repr=False)  # made by rendering (a PDF attaches it)

    @property
    def yaml(self) -> str:
        """The brief's YAML, made once (``build --keep-yaml`` writes the very text a PDF attached)."""
        if self._yaml is None:
            from reportgen.brief import brief_to_yaml

            self._yaml = brief_to_yaml(self.brief)
        return self._yaml


def extract_article(article: Article | str, options: Options | None = None) -> Brief:
    """The brief of one article (an ``Article``, or plain text)."""
    from reportgen.extract import extract

    if isinstance(article, str):
        from reportgen.ingest import ingest_bytes

        article = ingest_bytes(article.encode("utf-8"), "<text>", "txt")
    return extract(article, options or Options())


def brief_from_files(paths: Sequence[str | Path], options: Options | None = None,
                     progress: Progress = SILENT) -> Brief:
    """One brief from one or more article files (several articles merge into one event brief;
    a JSON list or JSONL file counts as several articles)."""
    from reportgen.extract import extract_all
    from reportgen.extract.nlp import load_model
    from reportgen.ingest import STDIN_NAME, ingest_all

    options = options or Options()
    articles = []
    for path in paths:
        progress.stage("reading", STDIN_NAME if str(path) == "-" else str(path))
        articles.extend(ingest_all(path, options))
    progress.stage("loading model", options.model)
    nlp = load_model(options.model)
    briefs = list(extract_all(articles, options, nlp=nlp, progress=progress))
    if len(briefs) == 1:
        return briefs[0]
    from reportgen.extract.merge import merge_briefs

    progress.stage("merging", f"{len(briefs)} briefs")
    return merge_briefs(briefs)  # renumbers the sources s1..sN


def render(brief: Brief, fmt: Format = "pdf", options: Options | None = None, *,
           yaml: str | None = None) -> bytes:
    """The brief as PDF bytes, HTML (UTF-8 bytes) or YAML (UTF-8 bytes); ``fmt`` in any case, any
    other value raises :class:`~reportgen.errors.UnknownFormatError`. ``yaml``: the brief's YAML
    (``brief_to_yaml``) when the caller has it already; a PDF attaches it."""
    fmt = _format(fmt)
    options = options or Options()
    if fmt == "yaml":
        from reportgen.brief import brief_to_yaml

        return (yaml if yaml is not None else brief_to_yaml(brief)).encode("utf-8")
    if fmt == "html":
        from reportgen.render.markup import render_html

        return render_html(brief, options).encode("utf-8")
    from reportgen.render.pdf import render_pdf

    return render_pdf(brief, options, yaml=yaml)


def _format(fmt: object) -> Format:
    lowered = fmt.lower() if isinstance(fmt, str) else fmt
    if lowered not in get_args(Format):
        from reportgen.errors import UnknownFormatError

        raise UnknownFormatError(fmt)
    return lowered  # type: ignore[return-value]


def _check_render_options(options: Options) -> None:
    """Fail on a bad template, client or TLP before extracting, not after."""
    from reportgen.render.context import tlp_in_effect
    from reportgen.render.templates import resolve_stack

    client = resolve_stack(options.template, options.client, options.clients_dir).client
    tlp_in_effect(options.tlp, client.tlp, options.allow_tlp_downgrade, client.name)


def build(paths: Sequence[str | Path] | str | Path, fmt: Format = "pdf",
          options: Options | None = None, progress: Progress = SILENT) -> BuildResult:
    """Article file(s) -> brief -> rendered document, in memory."""
    if isinstance(paths, str | Path):
        paths = [paths]
    fmt = _format(fmt)  # before the slow extraction, as the TLP and template checks
    if fmt != "yaml":
        _check_render_options(options or Options())
    brief = brief_from_files(paths, options, progress)
    progress.stage("rendering", fmt.upper())
    text = None
    if fmt != "html":  # made once, for the document and for a caller that keeps it (build --keep-yaml)
        from reportgen.brief import brief_to_yaml

        text = brief_to_yaml(brief)
    return BuildResult(brief, render(brief, fmt, options, yaml=text), fmt, text)
