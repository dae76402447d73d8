"""Fit the typer's weights (``reportgen/extract/data/typer.yaml``) on the gold types of articles, and
print how well they type actors the typing rules leave undecided.

    python tests/eval/fit_typer.py [--holdout SET] [--lam 0.01] [--write]

The articles are the dev corpus (``../shared/corpus/dev``, without the articles of
``tests/eval/holdout.txt``) and the invented sets of ``tests/eval/invented`` without the ``--holdout``
sets, and the examples of the extraction rules that state an actor's type (one more set). Each
extracted actor that a gold actor shares a name form with (as ``score.py`` matches them) and that no
rule of ``referents.types`` types is one example: its ``typer.TypeFeatures`` and the gold type.
The model is a multinomial logistic regression with an L2 penalty. It prints the accuracy on those
examples of the current weights and of the fitted ones: on the fitted articles, leaving each set out in
turn (a set's actors typed by weights fitted on the other sets), and on the held-out articles.
``--write`` puts the fitted weights into the data file; do so only when the left-out figure improves.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).parent))
from run import SHARED, gold_briefs

#: A rule's example weighs as much as an article's actors: each was written to show one decisive case.
RULE_WEIGHT = 5.0
DATA = Path(__file__).resolve().parents[2] / "reportgen" / "extract" / "data" / "typer.yaml"


@dataclass
class Example:
    group: str
    article: str
    name: str
    features: tuple[float, ...]
    gold: str
    weight: float = 1.0


def _scorer() -> Any:
    sys.path.insert(0, str(SHARED / "eval"))
    import score

    return score


def _examples(group: str, text_path: Path, nlp: Any) -> list[Example]:
    from reportgen.extract import actors_and_claims
    from reportgen.extract.referents import Cluster
    from reportgen.extract.referents.typer import type_features
    from reportgen.extract.referents.types import _ruled_type
    from reportgen.ingest import ingest

    score = _scorer()
    gold_actors = yaml.safe_load(text_path.with_name(f"{text_path.stem}.gold.yaml").read_text(
        encoding="utf-8")).get("actors") or []
    gold_forms = [score.forms(g) for g in gold_actors]
    taken = [False] * len(gold_actors)
    doc = nlp(ingest(text_path).text)
    actors, referents, _ = actors_and_claims(doc)
    found = []
    for actor in actors:
        forms = score.forms({"name": actor.name, "aliases": actor.aliases})
        hits = [i for i, g in enumerate(gold_forms) if forms & g and not taken[i]]
        if not hits:
            continue
        taken[hits[0]] = True
        cluster = Cluster(referents.mentions_of(actor))
        if not cluster.mentions or _ruled_type(cluster, doc) is not None:
            continue
        found.append(Example(group, text_path.stem, actor.name, astuple(type_features(cluster, doc)),
                             str(gold_actors[hits[0]].get("type"))))
    return found


def collect(holdout_sets: set[str]) -> tuple[list[Example], list[Example]]:
    from reportgen.extract.nlp import load_model
    from reportgen.options import Options

    nlp = load_model(Options().model)
    fitted: list[Example] = []
    kept: list[Example] = []
    for group, path, held in gold_briefs(holdout_sets):
        (kept if held else fitted).extend(_examples(group, path, nlp))
    fitted.extend(_rule_examples(nlp))
    return fitted, kept


def _rule_examples(nlp: Any) -> list[Example]:
    """The rules' own examples and counter-examples that state an actor's type (``test_rules.py``
    checks each), where no typing rule decides it: invented cases each rule's author knew."""
    from reportgen.extract import actors_and_claims, declared_rules
    from reportgen.extract.nlp import parse
    from reportgen.extract.referents import Cluster
    from reportgen.extract.referents.typer import type_features
    from reportgen.extract.referents.types import _ruled_type

    found = []
    for rule in declared_rules():
        for example in [*rule.examples, *rule.counter]:
            if "actor" not in example.expect or "type" not in example.expect:
                continue
            doc = parse(nlp, example.text)
            actors, referents, _ = actors_and_claims(doc)
            actor = next((a for a in actors if a.name == example.expect["actor"]), None)
            if actor is None:
                continue
            cluster = Cluster(referents.mentions_of(actor))
            if cluster.mentions and _ruled_type(cluster, doc) is None:
                found.append(Example("rules", rule.id, actor.name, astuple(type_features(cluster, doc)),
                                     str(example.expect["type"]), RULE_WEIGHT))
    return found


def fit(examples: list[Example], types: tuple[str, ...], lam: float, steps: int = 2000) -> np.ndarray:
    """Weights (types x features) maximising the likelihood of the gold types, L2-penalised (not the
    bias)."""
    x = np.array([e.features for e in examples], dtype=float)
    w = np.array([e.weight for e in examples])[:, None]
    y = np.zeros((len(examples), len(types)))
    for row, e in enumerate(examples):
        y[row, types.index(e.gold)] = 1.0
    penalty = np.full(x.shape[1], lam)
    penalty[-1] = 0.0  # the bias
    beta = np.zeros((len(types), x.shape[1]))
    for _ in range(steps):
        logits = x @ beta.T
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        beta -= 1.0 * (((w * (p - y)).T @ x) / w.sum() + penalty * beta)
    return beta


def accuracy(examples: list[Example], types: tuple[str, ...], beta: np.ndarray) -> float:
    if not examples:
        return 0.0
    x = np.array([e.features for e in examples], dtype=float)
    chosen = np.argmax(x @ beta.T, axis=1)
    return float(np.mean([types[k] == e.gold for k, e in zip(chosen, examples, strict=True)]))


def write(beta: np.ndarray, types: tuple[str, ...], names: tuple[str, ...], doc: str) -> None:
    lines = ["# The fitted typer: weights of each actor type over referents.typer.TypeFeatures. Loaded once",
             "# by reportgen/extract/lexicon.py; written by tests/eval/fit_typer.py --write.", "weights:",
             "  doc: >-"]
    lines += [f"    {line}" for line in doc.splitlines()]
    lines.append("  entries:")
    for k, kind in enumerate(types):
        lines.append(f"    {kind}:")
        lines += [f"      {name}: {value:.3f}" for name, value in zip(names, beta[k], strict=True)
                  if abs(value) >= 0.0005]
    DATA.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    from reportgen.extract import lexicon
    from reportgen.extract.referents.typer import FEATURE_NAMES, TYPES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--holdout", action="append", default=[], help="an invented set kept out of the fit")
    parser.add_argument("--lam", type=float, default=0.01, help="L2 penalty")
    parser.add_argument("--write", action="store_true", help="write the fitted weights into the data file")
    args = parser.parse_args()
    types = tuple(TYPES)
    current = np.array([[float(lexicon.TYPER_WEIGHTS.get(kind, {}).get(n, 0.0)) for n in FEATURE_NAMES]
                        for kind in types])
    fitted, kept = collect(set(args.holdout))
    fitted = [e for e in fitted if e.gold in types]
    kept = [e for e in kept if e.gold in types]
    print(f"{len(fitted)} fitted examples: {dict(Counter(e.gold for e in fitted))}")
    beta = fit(fitted, types, args.lam)
    groups = sorted({e.group for e in fitted})
    right = right_current = 0.0
    for group in groups:
        out = [e for e in fitted if e.group == group]
        others = [e for e in fitted if e.group != group]
        right += accuracy(out, types, fit(others, types, args.lam)) * len(out)
        right_current += accuracy(out, types, current) * len(out)
    print(f"accuracy, fitted articles: current {accuracy(fitted, types, current):.3f}, "
          f"fitted {accuracy(fitted, types, beta):.3f}")
    print(f"  each of {len(groups)} sets left out of the fit: current {right_current / len(fitted):.3f}, "
          f"fitted {right / len(fitted):.3f}")
    print(f"  {len(kept)} held-out examples: current {accuracy(kept, types, current):.3f}, "
          f"fitted {accuracy(kept, types, beta):.3f}")
    if args.write:
        write(beta, types, FEATURE_NAMES, (
            f"Weights of each actor type over the typer's features (a multinomial logistic regression,\n"
            f"L2 {args.lam}), fitted by tests/eval/fit_typer.py on the {len(fitted)} actors of the dev\n"
            f"corpus (without its held-out articles), tests/eval/invented and the rules' typed examples\n"
            f"that no typing rule decides.\n"
            f"Leave-one-set-out accuracy on them: {right / len(fitted):.3f}."))
        print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
