"""Issue 3: words per second of ``extract_all`` beside a bare spaCy ``nlp.pipe`` over the same texts."""

from __future__ import annotations

import time

from benchlib import figure, heading, self_peak_mb, verdict
from corpus_gen import make_article


def main(quick: bool = False) -> None:
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

    # CPU seconds of this process (spaCy's small model runs on one thread), so other programs on a
    # shared machine do not skew the comparison; best of three, alternating.
    bare, full = [], []
    for _ in range(3):
        t0 = time.process_time()
        for _doc in nlp.pipe([a.text for a in articles], batch_size=16):
            pass
        bare.append(time.process_time() - t0)
        t0 = time.process_time()
        briefs = list(extract_all(articles, options, nlp=nlp, batch_size=16))
        full.append(time.process_time() - t0)
    overhead = (min(full) - min(bare)) / min(bare) * 100
    heading(f"extraction speed over {count} generated articles ({words} words), per CPU second")
    figure("bare spaCy nlp.pipe: words/s", f"{words / min(bare):,.0f}")
    figure("extract_all: words/s", f"{words / min(full):,.0f}",
           f"{sum(len(b.actors) for b in briefs) / count:.1f} actors, "
           f"{sum(len(b.claims) for b in briefs) / count:.1f} claims per brief")
    figure("extraction overhead over parsing", f"{overhead:.1f}%", f"target <= 25% {verdict(overhead <= 25)}")
    figure("peak RSS of this process", f"{self_peak_mb():.0f} MB")


if __name__ == "__main__":
    import sys

    main("--quick" in sys.argv)
