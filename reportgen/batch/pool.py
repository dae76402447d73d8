"""Worker processes that fail one input, never the batch: a killed worker, an input that runs past its
time limit, or a main process that dies.

Pebble's ``ProcessPool`` replaces a worker that died or was stopped for its time limit and fails only
the task it was running (``concurrent.futures`` fails the whole pool). A chunk of several inputs that
fails that way is retried one input per task, so only the input that caused it fails. Each worker
also watches its parent and exits when the parent is gone, instead of writing on for nobody and then
sleeping for ever.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

#: How often a worker checks that the process that started it is still there.
PARENT_POLL_SECONDS = 0.5


def run_chunks(chunks: Sequence[list[Item]], process: Callable[[list[Item]], list[Result]],
               fail: Callable[[Item, str], Result], *, jobs: int, time_limit: float | None,
               initializer: Callable[..., None], initargs: tuple[Any, ...] = (),
               describe: Callable[[Item], str] = str) -> Iterator[list[Result]]:
    """``process(chunk)`` for every chunk on ``jobs`` worker processes, results as chunks finish.

    A chunk may take ``time_limit`` seconds per item; one that takes longer, or whose worker dies, is
    retried item by item, and an item that fails that way alone gets ``fail(item, message)``."""
    from pebble import ProcessPool

    pool = ProcessPool(max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(), initializer,
                                                                                 initargs))
    pending: dict[Future[list[Result]], list[Item]] = {}

    def submit(chunk: list[Item]) -> None:
        limit = None if time_limit is None else time_limit * len(chunk)
        pending[pool.schedule(process, args=(chunk,), timeout=limit)] = chunk

    finished = False
    try:
        for chunk in chunks:
            submit(chunk)
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = pending.pop(future)
                error = future.exception()
                if error is None:
                    yield future.result()
                elif len(chunk) > 1 and not isinstance(error, BrokenProcessPool):
                    for item in chunk:  # find the one that did it: each alone
                        submit([item])
                else:
                    problem = _problem(error, time_limit)
                    yield [fail(item, f"{describe(item)}: {problem}") for item in chunk]
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # interrupted or the caller stopped early: do not wait for the rest
            pool.stop()
        pool.join()


def _problem(error: BaseException, time_limit: float | None) -> str:
    """Why a task failed as a process (``process`` reports an input's own errors itself)."""
    from pebble import ProcessExpired

    if isinstance(error, TimeoutError):
        return (f"stopped after the per-input time limit of {time_limit:g} s "
                "(raise it with --time-limit)")
    if isinstance(error, ProcessExpired):
        return f"the worker process building it died ({_exit_reason(error.exitcode)})"
    if isinstance(error, BrokenProcessPool):
        return f"the worker processes could not run ({error or 'pool broken'})"
    return f"{type(error).__name__}: {error}"


def _exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"killed by {name}; out of memory?" if -code == signal.SIGKILL else f"killed by {name}"
    return f"exit code {code}"


def _start_worker(parent: int, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    """In each worker, first: exit with the parent, then the caller's initializer."""
    watcher = threading.Thread(target=_exit_when_orphaned, args=(parent,), name="reportgen-parent-watch",
                               daemon=True)
    watcher.start()
    initializer(*initargs)


def _exit_when_orphaned(parent: int) -> None:
    """End this process as soon as ``parent`` is no longer its parent (it died: nobody will read what
    the worker makes; atomic writes leave at most a ``.part`` file, which the next run removes)."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)
