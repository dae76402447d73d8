"""Parse a file with the bare spaCy model and nothing else, in the pieces ``reportgen build`` parses
(a JSONL file's records one by one, long texts in ``nlp.parse``'s chunks, runs of marks tamed): the
floor a build of that file cannot go below on this machine."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy

from reportgen.extract.nlp import PARSE_CHARS
from reportgen.ingest.chunks import tame_runs, text_chunks
from reportgen.options import Options


def texts(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line)["text"] for line in raw.splitlines() if line.strip()]
    return [raw]


def pieces(path: Path) -> list[str]:
    found: list[str] = []
    for text in map(tame_runs, texts(path)):
        found.extend([text] if len(text) <= PARSE_CHARS else text_chunks(text, PARSE_CHARS))
    return found


if __name__ == "__main__":
    nlp = spacy.load(Options().model)
    for _ in nlp.pipe(pieces(Path(sys.argv[1]))):
        pass
