"""Batch: many articles to many briefs, incrementally, in parallel, shardable across CI runners.

``plan`` (project.py) says what to make, ``assess`` says what is stale, ``run_batch`` makes it.
Names are loaded on first use: the CLI imports ``reportgen.batch.command`` at start-up, and
``--help`` must not pay for the runner and its process pool.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {"Job": "project", "Output": "project", "Plan": "project", "Target": "project",
          "load_project": "project", "plan_from_args": "project", "BatchResult": "runner",
          "Stages": "runner", "check": "runner", "run_batch": "runner"}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"reportgen.batch.{_HOMES[name]}"), name)
    raise AttributeError(name)
