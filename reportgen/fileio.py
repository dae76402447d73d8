"""Reading inputs and writing outputs atomically: a reader never sees half a file."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from reportgen.errors import InputError


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` (``-`` is stdout) through a temporary file and a rename."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if str(path) == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        return
    check_output_path(path)
    target = Path(path)
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InputError(f"cannot write here ({_reason(exc)})", target) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(f"cannot write ({_reason(exc)})", target) from None
        raise


#: Suffixes of a YAML brief (an input batch treats as a brief, an output extract may write).
BRIEF_SUFFIXES = (".yaml", ".yml")


def _reason(exc: OSError) -> str:
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
