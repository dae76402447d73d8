"""One error type for everything a user can cause; the CLI turns it into one line."""

from __future__ import annotations

from pathlib import Path

#: Exit codes documented in the README.
EXIT_PROCESSING = 1
EXIT_INPUT = 2


class ReportgenError(Exception):
    """A problem with an input, an option or an output, named by the file it concerns."""

    def __init__(self, message: str, path: str | Path | None = None, exit_code: int = EXIT_INPUT):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.exit_code = exit_code

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(ReportgenError):
    """Bad input or usage (exit code 2)."""


class UnknownFormatError(InputError, ValueError):
    """An output format reportgen does not write (it writes pdf, html and yaml)."""

    def __init__(self, fmt: object) -> None:
        super().__init__(f"unknown output format {fmt!r}: use pdf, html or yaml")


class ProcessingError(ReportgenError):
    """The input was fine but a stage failed on it (exit code 1)."""

    def __init__(self, message: str, path: str | Path | None = None):
        super().__init__(message, path, EXIT_PROCESSING)
