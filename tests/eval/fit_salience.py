"""Fit the salience weights (``reportgen/extract/data/salience.yaml``) on articles whose gold names
their lead actors, and print how well they rank those actors among the first five.

    python tests/eval/fit_salience.py [--holdout set22] [--lam 0.001]

The articles are the dev corpus (``../shared/corpus/dev``, without the articles of
``tests/eval/holdout.txt``) and the invented sets of ``tests/eval/invented`` (each written by someone
who never saw the code, and frozen before its first run), without the ``--holdout`` sets. The model is
a pairwise logistic regression: within each article, each gold lead actor against each other actor,
on the differences of their ``actors.SalienceFeatures``; an article's pairs weigh as much as another's.
It prints the weights as the YAML entries of ``salience.yaml``, then lead recall (gold lead actors among
the first five) of the current weights and of the fitted ones: on the fitted articles, leaving each set
out in turn (a set's articles are ranked by weights fitted on the other sets), and on the held-out
articles. Copy the weights into the data file only when the left-out and held-out figures improve.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).parent))
from run import gold_briefs

TOP = 5


@dataclass
class Ranked:
    """One article: each actor's features, whether the gold calls it a lead actor, and the number of
    gold lead actors (some of which the extraction may have missed)."""

    group: str
    features: np.ndarray
    lead: np.ndarray
    leads: int


def _forms(name: str, aliases: Any) -> set[str]:
    return {name.lower(), *(str(a).lower() for a in aliases or [])}


def _ranked(group: str, text_path: Path, gold: dict[str, Any], nlp: Any) -> Ranked:
    from reportgen.extract import actors_and_claims
    from reportgen.extract.actors import salience_features
    from reportgen.ingest import ingest

    actors, referents, claims = actors_and_claims(nlp(ingest(text_path).text))
    by_name = {a["name"]: a for a in gold.get("actors") or []}
    leads = [_forms(n, by_name.get(n, {}).get("aliases")) for n in gold.get("lead_actors") or []]
    rows, labels = [], []
    for actor, features in salience_features(actors, claims, referents):
        rows.append(astuple(features))
        labels.append(any(_forms(actor.name, actor.aliases) & lead for lead in leads))
    return Ranked(group, np.array(rows, dtype=float).reshape(len(rows), -1), np.array(labels, dtype=bool),
                  len(leads))


def collect(holdout_sets: set[str]) -> tuple[list[Ranked], list[Ranked]]:
    from reportgen.extract.nlp import load_model
    from reportgen.options import Options

    nlp = load_model(Options().model)
    fitted: list[Ranked] = []
    kept: list[Ranked] = []
    for group, path, held in gold_briefs(holdout_sets):
        gold = yaml.safe_load(path.with_name(f"{path.stem}.gold.yaml").read_text(encoding="utf-8"))
        (kept if held else fitted).append(_ranked(group, path, gold, nlp))
    return fitted, kept


def fit(articles: list[Ranked], lam: float, steps: int = 3000) -> np.ndarray:
    """Weights maximising the likelihood that each lead actor outscores each other actor of its article."""
    diffs, weights = [], []
    for a in articles:
        leads, others = a.features[a.lead], a.features[~a.lead]
        if len(leads) and len(others):
            pairs = (leads[:, None, :] - others[None, :, :]).reshape(-1, a.features.shape[1])
            diffs.append(pairs)
            weights.append(np.full(len(pairs), 1.0 / len(pairs)))
    x, w = np.concatenate(diffs), np.concatenate(weights)
    beta = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        beta -= 0.5 * (-(x.T @ (w * (1.0 - p))) / w.sum() + lam * beta)
    return beta


def lead_recall(articles: list[Ranked], beta: np.ndarray) -> float:
    found = total = 0
    for a in articles:
        if len(a.features):
            order = np.argsort(-(a.features @ beta), kind="stable")[:TOP]
            found += int(a.lead[order].sum())
        total += a.leads
    return found / total if total else 0.0


def main() -> None:
    from reportgen.extract import lexicon
    from reportgen.extract.actors import SalienceFeatures

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--holdout", action="append", default=None,
                        help="an invented set kept out of the fit (default: set22)")
    parser.add_argument("--lam", type=float, default=0.001, help="L2 penalty")
    args = parser.parse_args()
    holdout = set(args.holdout or ["set22"])
    names = [f.name for f in fields(SalienceFeatures)]
    current = np.array([lexicon.SALIENCE_WEIGHTS[n] for n in names])
    fitted, kept = collect(holdout)
    beta = fit(fitted, args.lam)
    print("  entries:")
    for name, value in zip(names, beta, strict=True):
        print(f"    {name}: {value:.2f}")
    groups = sorted({a.group for a in fitted})
    left_found = left_current = left_total = 0.0
    for group in groups:
        out = [a for a in fitted if a.group == group]
        n = sum(a.leads for a in out)
        left_found += lead_recall(out, fit([a for a in fitted if a.group != group], args.lam)) * n
        left_current += lead_recall(out, current) * n
        left_total += n
    print(f"lead recall, {len(fitted)} fitted articles: current {lead_recall(fitted, current):.3f}, "
          f"fitted {lead_recall(fitted, beta):.3f}")
    print(f"  each of {len(groups)} sets left out of the fit: current {left_current / left_total:.3f}, "
          f"fitted {left_found / left_total:.3f}")
    print(f"  {len(kept)} held-out articles: current {lead_recall(kept, current):.3f}, "
          f"fitted {lead_recall(kept, beta):.3f}")


if __name__ == "__main__":
    main()
