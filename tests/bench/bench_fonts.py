"""Issue 12: what the default template's six embedded fonts cost a render, cold and in batch.

"The same document with system fonts" is the default template with its ``@font-face`` rules and
``fonts/`` folder removed (a copy made here), so Charis SIL and Inter fall back to the system's
fonts (DejaVu on Debian); the page count is printed, as the layout may differ. Three pairs:

- bare WeasyPrint in a fresh process on the HTML reportgen hands it for a PDF (fonts as files),
  against that HTML without its ``@font-face`` rules;
- a cold ``reportgen render BRIEF -o x.pdf`` process, default template against the copy;
- in one warm process, as a batch worker renders, the PDF of a brief again and again.

Wall seconds follow other processes on a shared machine; CPU seconds (user + system) are the steadier
figure, and the 1-minute load average is printed with each table.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchlib import REPORTGEN, Timed, figure, heading, median, median_run, pdf_pages, verdict
from corpus_gen import make_article

FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}\s*", re.IGNORECASE)
BARE_WEASYPRINT = ("import sys, weasyprint\n"
                   "weasyprint.HTML(filename=sys.argv[1]).write_pdf(sys.argv[2])\n")
TARGET = 1.2


def system_fonts_template(folder: Path) -> Path:
    """A copy of the default template without its own fonts: the same document with system fonts."""
    from reportgen.render.builtin import default

    copy = folder / "system-fonts"
    shutil.copytree(default, copy, ignore=shutil.ignore_patterns("fonts"))
    style = copy / "style.css"
    style.write_text(FONT_FACE.sub("", style.read_text("utf-8")), encoding="utf-8")
    return copy


def pdf_input_html(brief_path: Path) -> str:
    """The HTML reportgen gives WeasyPrint for a PDF (stack files as ``file:`` URIs, fonts as TTF/OTF)."""
    from reportgen.brief import load_brief
    from reportgen.options import Options
    from reportgen.render.markup import render_markup  # the step before WeasyPrint

    html, _ = render_markup(load_brief(brief_path), Options(), inline=False)
    return html


def main(quick: bool = False) -> None:
    repeats = 3 if quick else 7
    warm_repeats = 4 if quick else 10
    with tempfile.TemporaryDirectory(prefix="rg-bench-fonts-") as tmp:
        work = Path(tmp)
        (work / "article.txt").write_text(make_article(2_024, words=1_000), encoding="utf-8")
        median_run([*REPORTGEN, "build", "article.txt", "-o", "brief.html", "--format", "html",
                    "--keep-yaml", "brief.yaml"], work, 1)
        system = system_fonts_template(work)
        html = pdf_input_html(work / "brief.yaml")
        (work / "fonts.html").write_text(html, encoding="utf-8")
        (work / "system.html").write_text(FONT_FACE.sub("", html), encoding="utf-8")
        median_run([*REPORTGEN, "render", "brief.yaml", "-o", "warm-up.pdf"], work, 1)  # font caches filled

        load = os.getloadavg()[0]
        bare = [sys.executable, "-c", BARE_WEASYPRINT]
        bare_fonts = median_run([*bare, "fonts.html", "fonts.pdf"], work, repeats)
        bare_system = median_run([*bare, "system.html", "system.pdf"], work, repeats)
        bare_output = median_run([*bare, "brief.html", "output.pdf"], work, repeats)
        render = [*REPORTGEN, "render", "brief.yaml", "-o"]
        cold_fonts = median_run([*render, "default.pdf"], work, repeats)
        cold_system = median_run([*render, "system-fonts.pdf", "-t", str(system)], work, repeats)
        pages = {name: pdf_pages((work / name).read_bytes())
                 for name in ("fonts.pdf", "system.pdf", "default.pdf", "system-fonts.pdf")}
        heading(f"fonts: the default brief against the same document with system fonts, cold process, "
                f"median of {repeats} (load {load:.1f} -> {os.getloadavg()[0]:.1f})")
        _pair("bare WeasyPrint on the HTML reportgen gives it for a PDF", bare_fonts, bare_system,
              f"{pages['fonts.pdf']} vs {pages['system.pdf']} pages")
        figure("bare WeasyPrint on the HTML output", f"{bare_output.seconds:.2f}s",
               f"{bare_output.cpu_seconds:.2f} CPU s; fonts as WOFF2 data: URIs, which WeasyPrint decodes "
               "in Python (fontTools)")
        _pair("cold `reportgen render brief.yaml -o brief.pdf`", cold_fonts, cold_system,
              f"{pages['default.pdf']} vs {pages['system-fonts.pdf']} pages", target=True)
        _warm(work / "brief.yaml", system, warm_repeats)


def _pair(name: str, fonts: Timed, system: Timed, note: str, target: bool = False) -> None:
    print(f"  {name}", flush=True)
    figure("  default fonts", f"{fonts.seconds:.2f}s", f"{fonts.cpu_seconds:.2f} CPU s")
    figure("  system fonts", f"{system.seconds:.2f}s", f"{system.cpu_seconds:.2f} CPU s; {note}")
    ratio, by_cpu = fonts.seconds / system.seconds, fonts.cpu_seconds / system.cpu_seconds
    goal = f"target <= {TARGET} {verdict(by_cpu <= TARGET)}" if target else ""
    figure("  default / system fonts: wall, CPU", f"{ratio:.2f}, {by_cpu:.2f}", goal)


def _warm(brief_path: Path, system: Path, repeats: int) -> None:
    """Per-brief PDF render in one process after a first render, as in a batch worker."""
    from reportgen.brief import load_brief
    from reportgen.options import Options
    from reportgen.render import render_pdf

    brief = load_brief(brief_path)
    options = {"default": Options(), "system": Options(template=str(system))}
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in options}
    for option in options.values():
        render_pdf(brief, option)
    load = os.getloadavg()[0]
    for _ in range(repeats):
        for name, option in options.items():  # alternated, so a burst of load hits both
            wall, cpu = time.perf_counter(), time.process_time()
            render_pdf(brief, option)
            runs[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    heading(f"fonts in batch: one warm process renders the brief's PDF, median of {repeats} "
            f"(load {load:.1f} -> {os.getloadavg()[0]:.1f})")
    fonts, system_fonts = (Timed(median([w for w, _ in runs[name]]), 0.0, 0, "",
                                 median([c for _, c in runs[name]])) for name in options)
    _pair("render_pdf in a warm process", fonts, system_fonts, "same brief", target=True)


if __name__ == "__main__":
    main("--quick" in sys.argv)
