"""reportgen: news articles -> intelligence-style briefs (YAML, HTML, PDF).

The Python API mirrors the CLI, one function per stage::

    import reportgen

    article = reportgen.ingest("article.txt")           # -> reportgen.ingest.Article
    brief = reportgen.extract(article)                   # -> reportgen.brief.Brief (spaCy)
    pdf = reportgen.render(brief, "pdf", options)        # -> bytes (WeasyPrint); "html", "yaml" too
    result = reportgen.build("article.txt", "pdf")       # all three: result.brief, result.document

``options`` is a :class:`reportgen.options.Options`, the same model as the CLI's flags and
``reportgen.yaml``. Bad input raises :class:`reportgen.errors.InputError` (a
:class:`~reportgen.errors.ReportgenError`) naming the file and the problem.

Importing reportgen loads neither spaCy nor WeasyPrint; each function imports what it needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

__version__ = "0.1.0"

# The stage packages are imported here, before the functions of the same names are defined below.
# Python binds a submodule to its package's attribute only when it first loads it, so from here on
# ``reportgen.render`` is the function, while ``import reportgen.render`` and ``from reportgen.render
# import render_pdf`` still find the package (in ``sys.modules``). The packages' ``__init__`` modules
# are light (no spaCy, WeasyPrint or Jinja), which keeps ``import reportgen`` fast.
from reportgen import extract as _extract_package
from reportgen import ingest as _ingest_package
from reportgen import render as _render_package

if TYPE_CHECKING:
    from reportgen.brief import Brief
    from reportgen.ingest import Article
    from reportgen.options import Options
    from reportgen.pipeline import BuildResult
    from reportgen.progress import Progress

__all__ = ["__version__", "build", "extract", "ingest", "render"]

del _extract_package, _ingest_package, _render_package


def ingest(path: str | Path, options: Options | None = None) -> Article:
    """Read and clean one article file: plain text, Markdown, HTML (a saved web page), JSON or JSONL.

    ``path`` ``"-"`` reads standard input. A JSON list or JSONL file gives its first article (the
    CLI's ``build``/``extract`` and :func:`build` take every one). ``options`` supplies
    ``input_format`` (default: from the suffix, else the content) and ``max_input_mb``.

    Returns a :class:`reportgen.ingest.Article`: the text as paragraphs, with the title, outlet, date,
    author and URL found. Raises :class:`reportgen.errors.InputError` naming the file when it is
    missing, too large, not text or holds no article.
    """
    from reportgen.ingest import ingest as ingest_file

    return ingest_file(path, options)


def extract(article: Article | str, options: Options | None = None) -> Brief:
    """The brief of one article: actors, places, numbers, claims, outlook, timeline and relations.

    ``article`` is an :class:`reportgen.ingest.Article` (from :func:`ingest`) or plain text (a first
    line on its own is its headline). ``options.model`` names the spaCy model (loaded once per
    process). Returns a :class:`reportgen.brief.Brief`, the data the YAML brief holds.
    """
    from reportgen.pipeline import extract_article

    return extract_article(article, options)


def render(brief: Brief, fmt: Literal["pdf", "html", "yaml"] = "pdf",
           options: Options | None = None) -> bytes:
    """The brief as a document, for example ``reportgen.render(brief, "pdf", options)``.

    ``fmt`` is ``"pdf"`` (the PDF, with the brief's YAML attached as ``brief.yaml``), ``"html"``
    (one self-contained file, as UTF-8 bytes) or ``"yaml"`` (the brief, as UTF-8 bytes), in any case;
    any other value raises :class:`reportgen.errors.UnknownFormatError` (a ``ValueError``).
    ``options`` chooses the template, client, TLP label, PDF variant and annex, as the CLI's flags do.

    The same brief, options and reportgen version give the same bytes. A template's error raises
    :class:`reportgen.errors.InputError` naming its file and line.
    """
    from reportgen.pipeline import render as render_brief

    return render_brief(brief, fmt, options)


def build(paths: Sequence[str | Path] | str | Path, fmt: Literal["pdf", "html", "yaml"] = "pdf",
          options: Options | None = None, progress: Progress | None = None) -> BuildResult:
    """Article file(s) -> brief -> document in one call, as ``reportgen build`` does, in memory.

    Several articles on one event make one brief with their sources merged. ``fmt`` and ``options``
    are as for :func:`render`; the template, client and TLP label are checked before the slow
    extraction. ``progress``, any object with a ``stage(name, detail)`` method
    (:class:`reportgen.progress.Progress`), is told each stage as it starts.

    Returns a :class:`reportgen.pipeline.BuildResult` with ``brief``, ``document`` (bytes) and
    ``format``; nothing is written to disk.
    """
    from reportgen.pipeline import build as build_document
    from reportgen.progress import SILENT

    return build_document(paths, fmt, options, progress or SILENT)
