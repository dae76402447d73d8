"""Issue 12: how soon ``reportgen preview`` shows a save, in a warm process.

A 2-page brief (the render tests' fictional port strike) is previewed through a copied default
template with the real server and file watchers; each save appends a CSS rule (or rewrites the brief)
and the time runs from the file's close to the new generation being ready to serve (the browser's
reload itself comes on top: one local request and the page's own layout).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchlib import ROOT, figure, heading, pdf_pages, verdict

sys.path.insert(0, str(ROOT / "tests" / "render"))

TARGET_SECONDS = 0.3


def main(quick: bool = False) -> None:
    from render_briefs import make_brief

    from reportgen.brief import brief_to_yaml
    from reportgen.options import Options
    from reportgen.preview import Preview, PreviewSession
    from reportgen.render.templates import dump_template

    saves = 5 if quick else 15
    with tempfile.TemporaryDirectory(prefix="rg-bench-preview-") as tmp:
        work = Path(tmp)
        template = work / "tpl"
        dump_template("default", template)
        brief = make_brief()
        brief_file = work / "brief.yaml"
        brief_file.write_text(brief_to_yaml(brief), encoding="utf-8")
        session = PreviewSession(Options(template=str(template)), brief_path=brief_file)
        started = time.perf_counter()
        session.refresh()
        first = time.perf_counter() - started
        with Preview(session, "127.0.0.1", 0):
            time.sleep(1.0)  # the watches are in place and their catch-up render done
            css_saves = [_save(session, lambda n: _append(template / "style.css",
                                                          f"h1 {{ letter-spacing: 0.00{n}em; }}\n"), n)
                         for n in range(saves)]
            text = brief_file.read_text(encoding="utf-8")
            brief_saves = [_save(session, lambda n: brief_file.write_text(
                text.replace(brief.title, f"{brief.title} ({n})", 1), encoding="utf-8"), n)
                for n in range(saves)]
            renders = [session.refresh().seconds for _ in range(saves)]
            started = time.perf_counter()
            pdf = session.pdf()
            pdf_seconds = time.perf_counter() - started
            started = time.perf_counter()
            session.pages(144)
            pages_seconds = time.perf_counter() - started
        heading(f"preview of a {pdf_pages(pdf)}-page brief, warm process, {saves} saves each "
                f"(1-min load {os.getloadavg()[0]:.1f})")
        figure("first render (cold caches, fonts subset)", f"{first:.2f}s")
        figure("HTML render alone (warm), median", f"{statistics.median(renders):.3f}s")
        for name, times in (("CSS save -> new generation", css_saves), ("brief save -> new generation",
                                                                        brief_saves)):
            worst = max(times)
            figure(f"{name}, median", f"{statistics.median(times):.3f}s",
                   f"target <= {TARGET_SECONDS}s {verdict(statistics.median(times) <= TARGET_SECONDS)}")
            figure(f"{name}, slowest", f"{worst:.3f}s")
        figure("PDF link (render on demand)", f"{pdf_seconds:.2f}s")
        figure("pages view (pdftoppm at 144 dpi, PDF cached)", f"{pages_seconds:.2f}s")


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)


def _save(session: object, change: object, n: int) -> float:
    """Seconds from a save to its new generation (the watchers see it and render it)."""
    before = session.key  # type: ignore[attr-defined]
    started = time.perf_counter()
    change(n)  # type: ignore[operator]
    session.wait(before, timeout=10)  # type: ignore[attr-defined]
    seconds = time.perf_counter() - started
    time.sleep(0.2)  # let the watcher settle before the next save
    return seconds


if __name__ == "__main__":
    main("--quick" in sys.argv)
