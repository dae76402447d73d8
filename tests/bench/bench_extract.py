"""Issue 3: words per second of ``extract_all`` beside a bare spaCy ``nlp.pipe`` over the same texts."""

from __future__ import annotations

import time

from benchlib import figure, heading, self_peak_mb, verdict
from corpus_gen import make_article

#: Articles parsed together, as ``reportgen batch`` does.
BATCH = 16


def main(quick: bool = False) -> None:
    from reportgen.brief import Brief
    from reportgen.extract import extract_all
    from reportgen.extract.nlp import load_model
    from reportgen.ingest import ingest_bytes
    from reportgen.options import Options

    count = 30 if quick else 100
    options = Options()
    nlp = load_model(options.model)
    texts = [make_article(7_000 + i) for i in range(count)]
    articles = [ingest_bytes(t.encode(), f"art-{i}.txt", "txt") for i, t in enumerate(texts)]
    words = sum(a.words for a in articles)
    list(extract_all(articles[:2], options, nlp=nlp))  # warm-up
    all_briefs: list[Brief] = []

    # CPU seconds of this process (spaCy's small model runs on one thread), so other programs on a
    # shared machine do not skew the comparison. Bare parse and extraction alternate batch by batch,
    # best of three each: the machine's speed drifts by a third over minutes here, and a comparison
    # of two long runs measured that drift rather than the extraction.
    bare_batches, full_batches = [], []
    for start in range(0, count, BATCH):
        batch = articles[start:start + BATCH]
        bare_runs, full_runs = [], []
        for _ in range(3):
            t0 = time.process_time()
            for _doc in nlp.pipe([a.text for a in batch], batch_size=BATCH):
                pass
            bare_runs.append(time.process_time() - t0)
            t0 = time.process_time()
            briefs = list(extract_all(batch, options, nlp=nlp, batch_size=BATCH))
            full_runs.append(time.process_time() - t0)
        bare_batches.append(min(bare_runs))
        full_batches.append(min(full_runs))
        all_briefs.extend(briefs)
    bare, full = sum(bare_batches), sum(full_batches)
    overhead = (full - bare) / bare * 100
    heading(f"extraction speed over {count} generated articles ({words} words), per CPU second")
    figure("bare spaCy nlp.pipe: words/s", f"{words / bare:,.0f}")
    figure("extract_all: words/s", f"{words / full:,.0f}",
           f"{sum(len(b.actors) for b in all_briefs) / count:.1f} actors, "
           f"{sum(len(b.claims) for b in all_briefs) / count:.1f} claims per brief")
    figure("extraction overhead over parsing", f"{overhead:.1f}%", f"target <= 25% {verdict(overhead <= 25)}")
    figure("peak RSS of this process", f"{self_peak_mb():.0f} MB")


if __name__ == "__main__":
    import sys

    main("--quick" in sys.argv)
