"""Fast stand-ins for the pipeline stages, so batch tests run in milliseconds.

Module-level functions, so they pickle to worker processes. Markers in an article's text make a
stage fail on purpose: BROKEN-INGEST, BROKEN-EXTRACT, BROKEN-RENDER; in worker processes only,
KILL-WORKER kills the worker (as the OOM killer would) and HANG-SECONDS=N sleeps N seconds.
A line ``Actor: Name, role`` gives the brief an actor; renders of a brief with actors show them.
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Iterator
from pathlib import Path

from reportgen.batch.runner import Stages
from reportgen.brief import Actor, Brief, Source, brief_to_yaml, load_brief
from reportgen.errors import InputError, ProcessingError
from reportgen.ingest import Article
from reportgen.options import Options

#: Paths of the articles each fake extraction call received (in-process runs only).
EXTRACTED: list[str] = []


def fake_ingest(path: Path, name: str, options: Options) -> list[Article]:
    """One article per part of the file separated by a line ``----`` (like a JSON list)."""
    text = Path(path).read_text("utf-8")
    if "BROKEN-INGEST" in text:
        raise InputError("no article text found", name)
    if "KILL-WORKER" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    hang = re.search(r"HANG-SECONDS=(\d+)", text)
    if hang:
        time.sleep(int(hang.group(1)))
    return [Article(text=part, title=part.strip().splitlines()[0].strip(), path=name)
            for part in text.split("\n----\n")]


def fake_extract(articles: list[Article], options: Options) -> Iterator[Brief]:
    for article in articles:
        EXTRACTED.append(str(article.path))
        if "BROKEN-EXTRACT" in article.text:
            raise ProcessingError("extractor crashed", article.path)
        actors = [Actor(name=name.strip(), role=role.strip())
                  for name, role in re.findall(r"^Actor: ([^,\n]+), (.+)$", article.text, re.M)]
        yield Brief(title=article.title or "untitled", source=Source(path=article.path),
                    summary=[article.text.split(".")[0]], actors=actors)


def fake_render(brief: Brief, fmt: str, options: Options) -> bytes:
    if fmt == "yaml":
        return brief_to_yaml(brief).encode("utf-8")
    if "BROKEN-RENDER" in brief.title:
        raise ProcessingError("template failed", brief.source.path)
    actors = "".join(f"{a.name} ({a.role})|" for a in brief.actors)
    return f"{fmt}|{options.template}|{options.client}|{options.tlp}|{actors}{brief.title}".encode()


def fake_load_brief(path: Path) -> Brief:
    return load_brief(path)


def fake_combine(briefs: list[Brief]) -> Brief:
    return Brief(title=" + ".join(b.title for b in briefs), source=briefs[0].source,
                 summary=[s for b in briefs for s in b.summary])


FAKE_STAGES = Stages(ingest=fake_ingest, extract=fake_extract, render=fake_render,
                     load_brief=fake_load_brief, combine=fake_combine)
