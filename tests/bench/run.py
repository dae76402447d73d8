"""``make bench``: print the performance figures of issues 2, 3, 5, 12 and 13 (asserts nothing).

    .venv/bin/python tests/bench/run.py [--quick] [--only batch|extract|cold|fonts|limits|preview]

Articles are generated from a fixed seed (``corpus_gen.py``), never taken from the dev corpus.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

BENCHES = ("extract", "cold", "fonts", "batch", "limits", "preview")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="Fewer articles and repeats (about a minute).")
    parser.add_argument("--only", choices=BENCHES, action="append", help="Run only this benchmark.")
    args = parser.parse_args()
    import reportgen

    print(f"reportgen {reportgen.__version__} benchmarks on Python {platform.python_version()}, "
          f"{os.cpu_count()} cores{' (quick)' if args.quick else ''}", flush=True)
    started = time.perf_counter()
    for name in args.only or BENCHES:
        module = __import__(f"bench_{name}")
        module.main(args.quick)
    print(f"\nall benchmarks took {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
