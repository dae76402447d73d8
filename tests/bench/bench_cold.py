"""Issue 2: a cold ``reportgen build`` against the floor of its two big dependencies run bare.

The floor is (a process that only loads the spaCy model and parses the article) plus (a process that
only has WeasyPrint render the same brief's HTML); the ratio says what reportgen itself adds.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchlib import REPORTGEN, figure, heading, median_run, pdf_pages, verdict
from corpus_gen import make_article

BARE_SPACY = ("import sys, spacy\n"
              "nlp = spacy.load(sys.argv[1])\n"
              "doc = nlp(open(sys.argv[2], encoding='utf-8').read())\n")
BARE_WEASYPRINT = ("import sys, weasyprint\n"
                   "weasyprint.HTML(filename=sys.argv[1]).write_pdf(sys.argv[2])\n")


def main(quick: bool = False) -> None:
    from reportgen.options import DEFAULT_MODEL

    repeats = 3 if quick else 5
    with tempfile.TemporaryDirectory(prefix="rg-bench-cold-") as tmp:
        work = Path(tmp)
        article = work / "article.txt"
        article.write_text(make_article(2_024, words=1_000), encoding="utf-8")
        words = len(article.read_text().split())
        median_run([*REPORTGEN, "build", "article.txt", "-o", "brief.html", "--format", "html"], work, 1)
        build = median_run([*REPORTGEN, "build", "article.txt", "-o", "brief.pdf"], work, repeats)
        spacy_only = median_run([sys.executable, "-c", BARE_SPACY, DEFAULT_MODEL, "article.txt"], work,
                                repeats)
        weasy_only = median_run([sys.executable, "-c", BARE_WEASYPRINT, "brief.html", "bare.pdf"], work,
                                repeats)
        pages = pdf_pages((work / "brief.pdf").read_bytes())
        floor = spacy_only.seconds + weasy_only.seconds
        ratio = build.seconds / floor
        heading(f"cold build of one {words}-word article ({pages}-page PDF), median of {repeats}")
        figure("reportgen build (cold process)", f"{build.seconds:.2f}s", f"peak {build.peak_mb:.0f} MB")
        figure("bare: load spaCy model + parse", f"{spacy_only.seconds:.2f}s",
               f"peak {spacy_only.peak_mb:.0f} MB")
        figure("bare: WeasyPrint renders the brief HTML", f"{weasy_only.seconds:.2f}s",
               f"peak {weasy_only.peak_mb:.0f} MB, {pdf_pages((work / 'bare.pdf').read_bytes())} pages")
        figure("build / (bare spaCy + bare WeasyPrint)", f"{ratio:.2f}",
               f"target <= 1.15 {verdict(ratio <= 1.15)}")
        by_cpu = build.cpu_seconds / (spacy_only.cpu_seconds + weasy_only.cpu_seconds)
        figure("  the same in CPU seconds (load-independent)", f"{by_cpu:.2f}",
               f"{build.cpu_seconds:.2f} / ({spacy_only.cpu_seconds:.2f} + {weasy_only.cpu_seconds:.2f}) "
               f"{verdict(by_cpu <= 1.15)}")


if __name__ == "__main__":
    main("--quick" in sys.argv)
