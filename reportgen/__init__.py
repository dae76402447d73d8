"""reportgen: news articles -> intelligence-style briefs (YAML, HTML, PDF).

The Python API mirrors the CLI::

    import reportgen
    brief = reportgen.extract(reportgen.ingest("article.txt"))
    pdf = reportgen.render(brief, fmt="pdf")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "build", "extract", "ingest", "render"]


def __getattr__(name: str) -> Any:
    # Lazy: importing reportgen must not import spaCy or WeasyPrint.
    if name == "ingest":
        from reportgen.ingest import ingest

        return ingest
    if name == "extract":
        from reportgen.pipeline import extract_article

        return extract_article
    if name == "render":
        from reportgen.pipeline import render

        return render
    if name == "build":
        from reportgen.pipeline import build

        return build
    raise AttributeError(name)
