"""Render briefs built from the shared gold annotations of real articles (skipped without ../shared).

Real text is long, full of curly quotes, dashes and non-ASCII names: every key actor and quote
must survive into the PDF text, and layout must not fail on it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from render_helpers import pdf_text

from reportgen.brief.model import Actor, Brief, Claim, Number, Outlook, Source
from reportgen.options import Options
from reportgen.render import render_pdf


def brief_from_gold(path: Path) -> Brief:
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    actors = [Actor(a["name"], a.get("type") or "person", a.get("aliases") or [], a.get("role"),
                    key=bool(a.get("key")), salience=1.0 - i / 100)
              for i, a in enumerate(gold.get("actors") or [])]
    numbers = [Number(float(n["value"]), n.get("unit"), n["text"]) for n in gold.get("numbers") or []]
    claims = [Claim(c.get("speaker"), c["text"]) for c in gold.get("claims") or []]
    outlook = [Outlook(o["text"]) for o in gold.get("outlook") or []]
    source = Source(title=gold["article"], outlet="Shared corpus", path=f"{gold['article']}.txt", words=0)
    return Brief(title=f"Brief {gold['article']}", source=source, sources=[source], actors=actors,
                 numbers=numbers, claims=claims, outlook=outlook)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_gold_briefs_render_with_every_key_actor_and_quote_in_the_annex(corpus: Path, tmp_path: Path) -> None:
    golds = sorted(corpus.glob("*.gold.yaml"))
    if not golds:
        pytest.skip("no gold files in the corpus")
    for gold in golds[:3]:
        brief = brief_from_gold(gold)
        pdf = tmp_path / f"{gold.stem}.pdf"
        pdf.write_bytes(render_pdf(brief, Options(annex=True)))
        text = _flat(pdf_text(pdf))
        for actor in (a for a in brief.actors if a.key):
            assert _flat(actor.name) in text, (gold.name, actor.name)
        for claim in brief.claims:
            words = _flat(claim.text).split()
            assert " ".join(words[:6]) in text, (gold.name, claim.text[:60])
