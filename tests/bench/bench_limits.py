"""Issue 13: memory and time of ``reportgen build`` on huge and pathological articles.

Each input is built to PDF (with its YAML) in a fresh process. The table gives wall and CPU seconds
(on a shared machine CPU seconds are the steadier figure), the CPU seconds each added MB costs
(constant when time is linear: start-up drops out) and the process's peak memory. The size table
should show flat memory (5 MB under 1 GB) and linear time; each pathological input should finish in
under 10 s. Beside each, the bare spaCy model's parse of the same text in a fresh process: on a slow
machine that floor alone may pass 10 s, and the rest is reportgen's own (start-up, extraction, PDF).
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

from benchlib import REPORTGEN, figure, heading, run_timed, verdict
from corpus_gen import make_article

SIZES_MB = (0.5, 1, 2, 5)
BARE_PARSE = Path(__file__).with_name("bare_parse.py")
FIRST = ("Ana", "Tom", "Ida", "Kari", "Lena", "Omar", "Priya", "Jonas", "Maya", "Felix", "Nora", "Ravi",
         "Elif", "Tariq", "Sofia", "Bruno", "Hana", "Ivo", "Zara", "Piet")
LAST = ("Ruiz", "Okafor", "Renn", "Lund", "Vale", "Hadid", "Shah", "Berg", "Costa", "Novak", "Sato", "Moreau",
        "Kaya", "Ilić", "Brandt", "Quist", "Amari", "Daly", "Fors", "Holm")
QUICK_SIZES_MB = (0.1, 0.25, 0.5)


def sized_article(megabytes: float) -> str:
    """Generated wire copy, articles one after another, cut to ``megabytes`` MB."""
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = seed = 0
    while size < target:
        part = make_article(90_000 + seed, 800)
        parts.append(part)
        size += len(part.encode()) + 2
        seed += 1
    return "\n\n".join(parts)[:target]


def pathological() -> dict[str, tuple[str, str]]:
    """Name -> (file name, content) of the small inputs the review found slow."""
    records = "".join(json.dumps({"title": f"Council note {i}", "text": make_article(50_000 + i, 40)})
                      + "\n" for i in range(1000))
    said = "Heading\n\n" + " ".join(["Ida Renn said 'we will win'"] * 740)  # one 20 KB paragraph
    pick = random.Random(7).choice
    names = ", ".join(f"{pick(FIRST)} {pick(LAST)}{'' if i % 3 else 'son'}" for i in range(8000))
    quotes = "\n\n".join(f"“We will win the vote in district {i},” {pick(FIRST)} {pick(LAST)} said."
                         for i in range(4000))
    return {
        "100 KB list of 8,000 names (one sentence)": ("names.txt", f"Roll of honour\n\n{names}.\n"),
        "4,000 quote paragraphs (250 KB)": ("quote-paragraphs.txt", f"Campaign notes\n\n{quotes}\n"),
        "100,000 quotation marks": ("quotes.txt", '"' * 100_000),
        "20 KB paragraph of X said 'we will win'": ("said.txt", said),
        "1,000 short JSONL records": ("records.jsonl", records),
        "'a\\n' * 1,000,000 (2 MB)": ("lines.txt", "a\n" * 1_000_000),
    }


def main(quick: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="rg-bench-limits-") as tmp:
        work = Path(tmp)
        heading("article size: reportgen build to PDF and YAML, one fresh process each")
        print(f"  {'size':>8} {'wall s':>8} {'CPU s':>8} {'CPU s per added MB':>19} {'peak MB':>8}",
              flush=True)
        done: list[tuple[float, float]] = []
        slopes: list[float] = []
        peak = 0.0
        for mb in QUICK_SIZES_MB if quick else SIZES_MB:
            name = f"article-{mb}mb.txt"
            (work / name).write_text(sized_article(mb), encoding="utf-8")
            run = run_timed([*REPORTGEN, "build", name, "-o", f"{name}.pdf", "--keep-yaml", f"{name}.yaml"],
                            work)
            slope = (run.cpu_seconds - done[-1][1]) / (mb - done[-1][0]) if done else None
            if slope is not None:
                slopes.append(slope)
            done.append((mb, run.cpu_seconds))
            peak = max(peak, run.peak_mb)
            shown = f"{slope:.1f}" if slope is not None else "-"
            print(f"  {mb:>6} MB {run.seconds:>8.1f} {run.cpu_seconds:>8.1f} {shown:>19} {run.peak_mb:>8.0f}"
                  f"   1-min load {run.load:.1f}", flush=True)
        spread = max(slopes) / min(slopes)
        figure("CPU s per added MB, largest / smallest", f"{spread:.2f}",
               f"target: linear, about 1 {verdict(spread <= 1.5)}")
        if not quick:
            figure("peak memory, largest article", f"{peak:.0f} MB",
                   f"target < 1024 MB for 5 MB {verdict(peak < 1024)}")

        heading("pathological inputs: reportgen build to PDF and YAML (target: each under 10 s)")
        for label, (name, content) in pathological().items():
            if quick and name == "lines.txt":
                continue
            (work / name).write_text(content, encoding="utf-8")
            run = run_timed([*REPORTGEN, "build", name, "-o", f"{name}.pdf", "--keep-yaml", f"{name}.yaml"],
                            work, (0, 1, 2))
            if name == "lines.txt":
                figure(label, f"{run.seconds:.1f}s {run.peak_mb:.0f} MB",
                       f"exit {run.code}; memory, not time: a flat peak")
                continue
            # the bare model on the same text, in a fresh process too: what no build can go below
            bare = run_timed([sys.executable, str(BARE_PARSE), name], work)
            figure(label, f"{run.seconds:.1f}s {run.peak_mb:.0f} MB",
                   f"exit {run.code}; {verdict(run.seconds < 10)} {run.cpu_seconds:.1f}s CPU; bare spaCy "
                   f"{bare.seconds:.1f}s, reportgen's own {run.seconds - bare.seconds:.1f}s")


if __name__ == "__main__":
    main("--quick" in sys.argv)
