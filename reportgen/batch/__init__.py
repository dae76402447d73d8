"""Batch: many articles to many briefs, incrementally, in parallel, shardable across CI runners.

``plan`` (project.py) says what to make, ``assess`` says what is stale, ``run_batch`` makes it.
"""

from __future__ import annotations

from reportgen.batch.project import Job, Output, Plan, Target, load_project, plan_from_args
from reportgen.batch.runner import BatchResult, Stages, check, run_batch

__all__ = ["BatchResult", "Job", "Output", "Plan", "Stages", "Target", "check", "load_project",
           "plan_from_args", "run_batch"]
