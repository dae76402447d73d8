"""Issues 5 and 12: batch throughput with 1 and 2 workers, no-op reruns, stage split, separate processes.

The ``--jobs 2`` speed-up is a wall-clock figure only on an idle machine: each run prints the CPU
seconds other processes used meanwhile (from ``/proc/stat``; the run is idle when they took under a
tenth of a core) and the 1-minute load average when it started and ended (a run raises it itself:
towards 1 with one worker, 2 with two), and the speed-up is also given from CPU seconds.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchlib import REPORTGEN, figure, heading, load_json, pdf_pages, run_timed, self_peak_mb, verdict
from corpus_gen import write_corpus

#: Separate ``reportgen build`` processes actually timed; the rest is extrapolated.
SEPARATE_SAMPLE = 10


def main(quick: bool = False) -> None:
    count = 40 if quick else 200
    with tempfile.TemporaryDirectory(prefix="rg-bench-batch-") as tmp:
        work = Path(tmp)
        paths = write_corpus(work / "articles", count)
        words = sum(len(p.read_text().split()) for p in paths)
        (work / "reports.yaml").write_text("inputs: articles/*.txt\nformats: [pdf, yaml]\n")
        heading(f"batch of {count} generated articles ({words / count:.0f} words each), pdf + yaml")
        batch = [*REPORTGEN, "batch", "reports.yaml"]

        one = run_timed([*batch, "-o", "out1", "--jobs", "1", "--report", "r1.json"], work, (0, 1))
        two = run_timed([*batch, "-o", "out2", "--jobs", "2", "--report", "r2.json"], work, (0, 1))
        for name in ("r1.json", "r2.json"):
            failed = load_json(work / name)["summary"]["failed_inputs"]
            if failed:
                print(f"  WARNING: {failed} of {count} inputs failed in {name}; figures are not comparable")
        figure("--jobs 1: briefs/s", f"{count / one.seconds:.2f}", one.note)
        figure("--jobs 2: briefs/s", f"{count / two.seconds:.2f}", two.note + " (per process)")
        speedup = one.seconds / two.seconds
        idle = one.idle and two.idle
        if not idle:
            print(f"  NOTE: other processes used {one.others_cpu:.0f} and {two.others_cpu:.0f} CPU s during "
                  "the runs: the wall-clock speed-up is not the idle figure. Run `make bench` when nothing "
                  "else runs; a run counts as idle when others took under a tenth of a core (/proc/stat)")
        figure("speed-up --jobs 2 vs --jobs 1, wall clock", f"{speedup:.2f}x",
               f"target >= 1.7x on idle cores {verdict(speedup >= 1.7)}{'' if idle else ' (NOT IDLE)'}")
        bound = 2 * one.cpu_seconds / two.cpu_seconds
        figure("  from CPU seconds (load-independent bound)", f"{bound:.2f}x",
               "= 2 x CPU(--jobs 1) / CPU(--jobs 2): both workers busy to the end, nothing serial")
        figure("  cores kept busy: --jobs 1, --jobs 2", f"{one.cpu_seconds / one.seconds:.2f}, "
               f"{two.cpu_seconds / two.seconds:.2f}", "CPU s / wall s (idle: about 1 and 2)")

        noop = run_timed([*batch, "-o", "out2", "--jobs", "2", "--report", "r3.json"], work, (0, 1))
        built_again = load_json(work / "r3.json")["summary"]["built"]
        figure(f"no-op rerun of {count}", f"{noop.seconds:.2f}s",
               f"target <= 2 s {verdict(noop.seconds <= 2 and built_again == 0)}; rebuilt {built_again}")
        check = run_timed([*batch, "-o", "out2", "--check"], work, (0, 1))
        figure("--check (all fresh)", f"{check.seconds:.2f}s", f"exit {check.code}")

        stages = load_json(work / "r1.json")["summary"]["stage_seconds"]
        heading("where the time goes in the --jobs 1 batch (seconds per brief, inside the worker)")
        for stage, seconds in stages.items():
            figure(stage, f"{seconds / count:.3f}")

        separate, separate_cpu = _separate_builds(work, paths[:SEPARATE_SAMPLE])
        estimate = separate * count
        ratio = estimate / two.seconds
        heading(f"the same {count} as separate `reportgen build` processes")
        figure(f"timed {SEPARATE_SAMPLE} processes, extrapolated to {count}", f"{estimate:.1f}s",
               f"{separate:.2f}s per process")
        figure("batch (--jobs 2) faster than separate processes", f"{ratio:.1f}x",
               f"target >= 4x {verdict(ratio >= 4)}")
        figure("batch (--jobs 1) faster than separate processes", f"{estimate / one.seconds:.1f}x")
        by_cpu = separate_cpu * count / one.cpu_seconds
        figure("  by CPU seconds, --jobs 1 (load-independent)", f"{by_cpu:.1f}x",
               f"{separate_cpu:.2f} CPU s per process vs {one.cpu_seconds / count:.2f} per brief in batch")
        _stage_split(paths[: min(count, 40)])


def _separate_builds(work: Path, sample: list[Path]) -> tuple[float, float]:
    """Mean wall and CPU seconds of one ``reportgen build`` process."""
    (work / "sep").mkdir()
    runs = [run_timed([*REPORTGEN, "build", str(path), "-o", f"sep/{path.stem}.pdf",
                       "--keep-yaml", f"sep/{path.stem}.yaml"], work, (0, 1)) for path in sample]
    return sum(r.seconds for r in runs) / len(runs), sum(r.cpu_seconds for r in runs) / len(runs)


def _stage_split(paths: list[Path]) -> None:
    """Ingest, parse, extract and render timed apart, in this process, on a sample."""
    from reportgen.extract import brief_from_doc
    from reportgen.extract.nlp import load_model
    from reportgen.ingest import ingest
    from reportgen.options import Options
    from reportgen.pipeline import render

    options = Options()
    nlp = load_model(options.model)
    list(nlp.pipe(["Warm-up sentence for the parser."]))
    render(brief_from_doc(nlp("Ida Renn said the port will reopen."), ingest(paths[0]), nlp), "pdf", options)
    n = len(paths)
    t0 = time.perf_counter()
    articles = [ingest(p, options) for p in paths]
    t1 = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=16))
    t2 = time.perf_counter()
    briefs = [brief_from_doc(doc, article, nlp) for doc, article in zip(docs, articles, strict=True)]
    t3 = time.perf_counter()
    pdfs = [render(b, "pdf", options) for b in briefs]
    t4 = time.perf_counter()
    for b in briefs:
        render(b, "yaml", options)
    t5 = time.perf_counter()
    pages = [pdf_pages(p) for p in pdfs]
    heading(f"stage split in one process over {n} articles (seconds per article)")
    figure("ingest", f"{(t1 - t0) / n:.4f}")
    figure("parse (spaCy nlp.pipe)", f"{(t2 - t1) / n:.4f}")
    figure("extract (actors, claims, numbers, outlook)", f"{(t3 - t2) / n:.4f}")
    per_pdf = (t4 - t3) / n
    figure("render PDF, whole brief", f"{per_pdf:.3f}",
           f"pages {min(pages)}-{max(pages)} (the 2-page target is checked per page below)")
    per_page = (t4 - t3) / max(1, sum(pages))
    figure("render PDF per page", f"{per_page:.3f}",
           f"x2 = {2 * per_page:.2f} s for a 2-page brief {verdict(2 * per_page <= 0.35)}")
    figure("render YAML", f"{(t5 - t4) / n:.4f}")
    figure("peak RSS of this process", f"{self_peak_mb():.0f} MB")


if __name__ == "__main__":
    import sys

    main("--quick" in sys.argv)
