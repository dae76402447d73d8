"""Extraction figures on the shared corpora, split into the part tuned on and the part held out.

    python tests/eval/run.py [--split tune|holdout|all] [--corpus dev|polnear|both] [--out DIR]

Briefs are extracted in this process (one spaCy model), written as YAML into ``--out`` (a temporary
folder by default) and scored by the shared scorers in ``../shared/eval``. The held-out articles are
listed by name in ``tests/eval/holdout.txt``; they were set aside before any tuning.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
HOLDOUT = Path(__file__).with_name("holdout.txt")
CORPORA = {"dev": SHARED / "corpus" / "dev", "polnear": SHARED / "corpus" / "polnear-train"}
GOLD_SUFFIX = {"dev": ".gold.yaml", "polnear": ".quotes.yaml"}


def held_out() -> set[str]:
    lines = HOLDOUT.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


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


def extract_into(paths: list[Path], out: Path) -> None:
    from reportgen.brief import brief_to_yaml
    from reportgen.extract import extract_all
    from reportgen.ingest import ingest
    from reportgen.options import Options

    out.mkdir(parents=True, exist_ok=True)
    briefs = extract_all((ingest(p) for p in paths), Options())
    for path, brief in zip(paths, briefs, strict=True):
        (out / f"{path.stem}.yaml").write_text(brief_to_yaml(brief), encoding="utf-8")


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
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit("../shared is not present: nothing to evaluate")
    base = args.out or Path(tempfile.mkdtemp(prefix="reportgen-eval-"))
    for corpus in (["dev", "polnear"] if args.corpus == "both" else [args.corpus]):
        paths = articles(corpus, args.split)
        pred = base / f"{corpus}-{args.split}"
        extract_into(paths, pred)
        print(f"== {corpus} {args.split} ({len(paths)} articles)")
        print(score(corpus, gold_view(corpus, paths, base / f"{corpus}-{args.split}-gold"), pred))


if __name__ == "__main__":
    main()
