"""Reading inputs and writing outputs atomically: a reader never sees half a file."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from reportgen.errors import InputError, ProcessingError, ReportgenError

#: Errors that say the disk (or the process's file-size limit) has no room: a processing failure
#: (exit 1), where a path that cannot be written is a usage error (exit 2).
NO_ROOM = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})
#: How errors name standard output.
STDOUT_NAME = "<stdout>"


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` (``-`` is stdout) through a temporary file and a rename: on any
    failure (a full disk included) the previous file is left as it was and no temporary file stays."""
    write_all_atomic([(path, data)])


def write_all_atomic(files: Sequence[tuple[str | Path, bytes | str]]) -> None:
    """Write several files together: every temporary file is written and synced before the first
    rename, so a full disk replaces none of them (``build -o brief.pdf --keep-yaml brief.yaml`` never
    leaves a new brief beside the old PDF)."""
    pending: list[tuple[str, Path]] = []  # temporary file, target
    try:
        for path, data in files:
            if str(path) != "-":
                check_output_path(path)
                pending.append((_stage(Path(path), _bytes(data)), Path(path)))
        while pending:
            tmp, target = pending[0]
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise _write_error(exc, target) from None
            pending.pop(0)
    finally:
        for tmp, _ in pending:
            Path(tmp).unlink(missing_ok=True)
    for path, data in files:
        if str(path) == "-":
            _write_stdout(_bytes(data))


def _bytes(data: bytes | str) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def _stage(target: Path, payload: bytes) -> str:
    """A synced temporary file beside ``target`` holding ``payload`` (removed again on failure)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _write_error(exc, target, "cannot write here") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _write_error(exc, target) from None
        raise
    return tmp


def _write_stdout(payload: bytes) -> None:
    """All of ``payload`` to stdout, or an error: a buffered write into a full disk (``-o - > file``)
    can return short without raising, which would end a truncated document with exit code 0."""
    try:
        sys.stdout.flush()
        try:
            fd = sys.stdout.fileno()
        except (AttributeError, OSError, ValueError):  # not a real file (a test's capture)
            sys.stdout.buffer.write(payload)
            sys.stdout.flush()
            return
        view = memoryview(payload)
        try:
            while view:
                view = view[os.write(fd, view):]
        except BrokenPipeError:  # the reader stopped early (``| head``): its choice, not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), fd)  # nor at exit, when Python flushes stdout
    except OSError as exc:
        raise _write_error(exc, STDOUT_NAME) from None


def _write_error(exc: OSError, target: str | Path, what: str = "cannot write") -> ReportgenError:
    """The one-line error for a failed write; a full disk is a processing failure, not bad usage."""
    if exc.errno in NO_ROOM:
        kept = str(target) != STDOUT_NAME and Path(target).exists()
        unchanged = "; the existing file is unchanged" if kept else ""
        return ProcessingError(f"{what} ({os_reason(exc)}){unchanged}", target)
    return InputError(f"{what} ({os_reason(exc)})", target)


def store_cache_file(path: Path, data: bytes | str) -> bool:
    """Best effort, for caches: write ``path`` atomically (no sync), or leave nothing behind and
    return False (a read-only home or a full disk only means the value is computed again)."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(_bytes(data))
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False


#: Suffixes of a YAML brief (an input batch treats as a brief, an output extract may write).
BRIEF_SUFFIXES = (".yaml", ".yml")


def os_reason(exc: OSError) -> str:
    """An OS error's reason as a one-line message says it ("no space left on device"); an OSError raised
    without ``strerror`` still gives a reason."""
    return (exc.strerror or str(exc) or type(exc).__name__).lower()


def check_output_path(path: str | Path) -> None:
    """Fail early, before slow work, when ``path`` cannot be written (``-`` always can)."""
    if str(path) == "-":
        return
    folder = Path(path).parent
    if not folder.is_dir():
        raise InputError("output folder does not exist", folder)


def check_not_an_input(output: str | Path, inputs: Iterable[str | Path]) -> None:
    """Refuse an output that is one of the command's inputs, by path or by inode (a hard link or a
    symlink to it): an analyst's article or brief is never replaced by what was made from it."""
    if str(output) == "-":
        return
    target = Path(output)
    for source in inputs:
        if str(source) == "-":
            continue
        same = target.resolve() == Path(source).resolve()
        if not same and target.exists() and Path(source).exists():
            same = os.path.samefile(target, source)
        if same:
            raise InputError(f"would overwrite its input {source}; choose another output", output)


def read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """Read a whole input (``-`` is stdin), refusing one larger than ``limit`` bytes."""
    name = str(path)
    try:
        if name == "-":
            data = sys.stdin.buffer.read(limit + 1 if limit else -1)
        else:
            p = Path(path)
            if p.is_dir():
                raise InputError("is a folder, not a file", path)
            if limit is not None and p.stat().st_size > limit:
                raise InputError(_too_large(p.stat().st_size, limit), path)
            data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    if limit is not None and len(data) > limit:
        raise InputError(_too_large(len(data), limit), path)
    return data


def _too_large(size: int, limit: int) -> str:
    return (f"input is {_megabytes(size)}, over the {_megabytes(limit)} limit "
            "(raise it with --max-input-mb)")


def _megabytes(size: int) -> str:
    """ "5.0 MB", "0.0012 MB": enough digits that a small limit still reads as a number."""
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e6:.2g} MB"
