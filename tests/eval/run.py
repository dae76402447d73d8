"""Extraction figures on the shared corpora, split into the part tuned on and the part held out.

    python tests/eval/run.py [--split tune|holdout|all] [--corpus dev|polnear|both] [--out DIR] [--rules]
                             [--cache DIR]

Briefs are extracted in this process (one spaCy model), written as YAML into ``--out`` (a temporary
folder by default) and scored by the shared scorers in ``../shared/eval``. The held-out articles are
listed by name in ``tests/eval/holdout.txt``; they were set aside before any tuning. ``--rules`` also
prints, for every rule, how often it fired and how often it was right (``tests/eval/judges.py``).
``--cache DIR`` keeps the spaCy parses between runs (most of the time goes there), keyed by the
model and each article's text.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
HOLDOUT = Path(__file__).with_name("holdout.txt")
CORPORA = {"dev": SHARED / "corpus" / "dev", "polnear": SHARED / "corpus" / "polnear-train"}
GOLD_SUFFIX = {"dev": ".gold.yaml", "polnear": ".quotes.yaml"}


def held_out() -> set[str]:
    lines = HOLDOUT.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def gold_briefs(holdout_sets: set[str]) -> list[tuple[str, Path, bool]]:
    """(group, article, held out) for every article with a gold brief: the dev corpus (group "dev", its
    held-out articles those of ``holdout.txt``) and each set of ``tests/eval/invented`` (held out when in
    ``holdout_sets``). The fit scripts read these."""
    found = []
    dev_held = held_out()
    for path in sorted(CORPORA["dev"].glob("*.txt")):
        if path.with_name(f"{path.stem}.gold.yaml").is_file():
            found.append(("dev", path, f"dev/{path.stem}" in dev_held))
    invented = Path(__file__).with_name("invented")
    for folder in sorted(p for p in invented.iterdir() if p.is_dir()):
        held = folder.name in holdout_sets
        found.extend((folder.name, path, held) for path in sorted(folder.glob("*.txt")))
    return found


def articles(corpus: str, split: str) -> list[Path]:
    folder = CORPORA[corpus]
    prefix = "dev" if corpus == "dev" else "polnear-train"
    hold = held_out()
    found = []
    for path in sorted(folder.glob("*.txt")):
        if not (folder / f"{path.stem}{GOLD_SUFFIX[corpus]}").is_file():
            continue
        kept = f"{prefix}/{path.stem}" in hold
        if split == "all" or (split == "holdout") == kept:
            found.append(path)
    return found


@cache
def _parse_code() -> str:
    """A digest of the code that shapes a parse (tokenizer repairs, pieces): a change to it makes
    cached parses stale."""
    from reportgen.extract import nlp
    from reportgen.ingest import chunks

    code = b"".join(Path(m.__file__).read_bytes() for m in (nlp, chunks) if m.__file__)
    code += (Path(nlp.__file__).parent / "data" / "tokens.yaml").read_bytes()  # read before parsing
    return hashlib.sha256(code).hexdigest()[:16]


def parsed(nlp: Any, text: str, cache: Path | None) -> Any:
    """The parse of ``text``, from ``cache`` when it holds one for this model and text."""
    from reportgen.extract.nlp import model_info, parse

    if cache is None:
        return parse(nlp, text)
    from spacy.tokens import DocBin

    key = hashlib.sha256(f"{model_info(nlp)}|{_parse_code()}|{text}".encode()).hexdigest()[:32]
    path = cache / f"{key}.spacy"
    if path.is_file():
        return next(iter(DocBin().from_disk(path).get_docs(nlp.vocab)))
    doc = parse(nlp, text)
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[doc]).to_disk(path)
    return doc


def extract_into(corpus: str, paths: list[Path], out: Path, tally: Counter[tuple[str, str]] | None,
                 cache: Path | None = None) -> None:
    """Briefs of ``paths`` as YAML in ``out``; with ``tally``, each rule's firings judged on the gold."""
    from reportgen.brief import brief_to_yaml
    from reportgen.extract import brief_from_doc
    from reportgen.extract.nlp import load_model
    from reportgen.extract.rules import firings
    from reportgen.ingest import ingest
    from reportgen.options import Options

    out.mkdir(parents=True, exist_ok=True)
    nlp = load_model(Options().model)
    for path in paths:
        article = ingest(path)
        doc = parsed(nlp, article.text, cache)
        brief = brief_from_doc(doc, article, nlp)
        (out / f"{path.stem}.yaml").write_text(brief_to_yaml(brief), encoding="utf-8")
        if tally is not None:
            from judges import JUDGES

            gold = yaml.safe_load((path.parent / f"{path.stem}{GOLD_SUFFIX[corpus]}").read_text("utf-8"))
            for firing in firings(doc):
                judge = JUDGES.get(firing.rule.split(".", 1)[0])
                verdict = judge(firing, doc.text, gold, brief) if judge else None
                tally[(firing.rule, "hits")] += 1
                if verdict is not None:
                    tally[(firing.rule, "judged")] += 1
                    tally[(firing.rule, "right")] += int(verdict)


def print_rules(tally: Counter[tuple[str, str]]) -> None:
    from reportgen.extract import declared_rules

    print(f"{'rule':<44} {'effect':>6} {'hits':>6} {'judged':>7} {'precision':>9}")
    for declared in declared_rules():
        hits, judged = tally[(declared.id, "hits")], tally[(declared.id, "judged")]
        precision = f"{tally[(declared.id, 'right')] / judged:.3f}" if judged else "-"
        print(f"{declared.id:<44} {declared.effect:>6} {hits:>6} {judged:>7} {precision:>9}")


def gold_view(corpus: str, paths: list[Path], where: Path) -> Path:
    """A folder of links to just these articles and their gold, for the shared scorers."""
    where.mkdir(parents=True, exist_ok=True)
    for path in paths:
        for name in (path.name, f"{path.stem}{GOLD_SUFFIX[corpus]}"):
            link = where / name
            if not link.exists():
                link.symlink_to(path.parent / name)
    return where


def score(corpus: str, gold: Path, pred: Path) -> str:
    if corpus == "dev":
        command = [sys.executable, str(SHARED / "eval" / "score.py"), "--corpus", str(gold),
                   "--pred", str(pred), "--quiet"]
    else:
        command = [sys.executable, str(SHARED / "eval" / "score_quotes.py"), str(gold), str(pred), "--quiet"]
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tune", "holdout", "all"], default="tune")
    parser.add_argument("--corpus", choices=["dev", "polnear", "both"], default="both")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--rules", action="store_true", help="print hits and precision per rule")
    parser.add_argument("--cache", type=Path, help="keep parses here between runs")
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit("../shared is not present: nothing to evaluate")
    base = args.out or Path(tempfile.mkdtemp(prefix="reportgen-eval-"))
    for corpus in (["dev", "polnear"] if args.corpus == "both" else [args.corpus]):
        paths = articles(corpus, args.split)
        pred = base / f"{corpus}-{args.split}"
        tally: Counter[tuple[str, str]] | None = Counter() if args.rules else None
        extract_into(corpus, paths, pred, tally, args.cache)
        print(f"== {corpus} {args.split} ({len(paths)} articles)")
        print(score(corpus, gold_view(corpus, paths, base / f"{corpus}-{args.split}-gold"), pred))
        if tally is not None:
            print_rules(tally)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
