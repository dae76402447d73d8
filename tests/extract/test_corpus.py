"""Actors and claims over the shared dev corpus, scored by the external scorer (skips when absent).

The floors sit a little under the figures measured on the 20-article corpus when they were set, so a
regression fails without every small wobble of the model failing the suite. Timings are not asserted
here: they belong in ``make bench``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reportgen.brief import Brief, Source, brief_to_yaml
from reportgen.extract.actors import find_actors, rank_actors
from reportgen.extract.claims import find_claims
from reportgen.ingest import ingest

FLOORS = {
    "actors.key_recall": 0.96,
    "actors.precision": 0.90,
    "actors.type_accuracy": 0.92,
    "actors.role_recall": 0.85,
    "actors.lead_recall": 0.89,
    "claims.quote_recall": 0.97,
    "claims.attribution_accuracy": 0.88,
    "claims.attributed_recall": 0.86,
}
CEILINGS = {"actors.duplicate_rate": 0.03}


def _articles(corpus: Path, ext: str) -> list[tuple[str, Path]]:
    out = []
    for gold in sorted(corpus.glob("*.gold.yaml")):
        aid = gold.name[: -len(".gold.yaml")]
        path = corpus / f"{aid}.{ext}"
        out.append((aid, path if path.exists() else corpus / f"{aid}.txt"))
    return out


def _score(corpus: Path, pred: Path) -> dict[str, Any]:
    scorer = corpus.parents[1] / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip("the shared scorer is not present")
    figures = pred / "figures.json"
    subprocess.run([sys.executable, str(scorer), "--corpus", str(corpus), "--pred", str(pred),
                    "--json", str(figures), "--quiet"], check=True, capture_output=True)
    return json.loads(figures.read_text())


@pytest.mark.parametrize("ext", ["txt", "html"])
def test_dev_corpus_meets_floors(nlp: Any, corpus: Path, tmp_path: Path, ext: str) -> None:
    for aid, path in _articles(corpus, ext):
        article = ingest(path)
        actors, index = find_actors(nlp(article.text))
        claims = find_claims(index.doc, index)
        rank_actors(actors, claims, index)
        brief = Brief(title=article.title or aid, source=Source(), actors=actors, claims=claims)
        (tmp_path / f"{aid}.yaml").write_text(brief_to_yaml(brief), encoding="utf-8")
    figures = _score(corpus, tmp_path)
    low = {k: figures[k] for k, floor in FLOORS.items() if figures[k] is not None and figures[k] < floor}
    high = {k: figures[k] for k, ceiling in CEILINGS.items()
            if figures[k] is not None and figures[k] > ceiling}
    assert not low and not high, figures
