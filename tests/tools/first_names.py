"""Regenerate ``reportgen/extract/data/first_names.tsv`` from the nomquamgender package (MIT).

    pip install nomquamgender==0.1.4 && python tests/tools/first_names.py

Keeps first names seen at least ``MIN_COUNT`` times whose share of women (p(gf)) is at most 0.2 or at
least 0.8: a name that clear tells a pronoun's referent; the rest say nothing.
"""

from __future__ import annotations

import json
import re
from importlib.util import find_spec
from pathlib import Path

MIN_COUNT = 300
OUT = Path(__file__).resolve().parents[2] / "reportgen" / "extract" / "data" / "first_names.tsv"


def main() -> None:
    spec = find_spec("nomquamgender")  # located, not imported: importing it loads pandas and the data
    assert spec is not None and spec.submodule_search_locations, "pip install nomquamgender first"
    folder = Path(next(iter(spec.submodule_search_locations)))
    data = json.loads((folder / "name_data.json").read_text("utf-8"))
    rows = []
    for name, (_, count, share_women, *_rest) in sorted(data.items()):
        if count < MIN_COUNT or not re.fullmatch(r"[a-z][a-z'-]+", name) or 0.2 < share_women < 0.8:
            continue
        rows.append(f"{name}\t{'f' if share_women >= 0.8 else 'm'}")
    header = ("# First names and the gender they clearly mark (f/m), from nomquamgender 0.1.4 (MIT, "
              "Copyright (c) 2022 Ian Van Buskirk; see first_names.LICENSE).\n"
              f"# Regenerate with tests/tools/first_names.py; names seen >= {MIN_COUNT} times, p(gf) <= 0.2 "
              "or >= 0.8.\n")
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
