"""One options model for the CLI, the API and config files."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.errors import InputError
from reportgen.options import Options, load_options


def test_defaults_without_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_options(environ={}) == Options()


def test_unknown_option_in_config_is_named(tmp_path: Path) -> None:
    config = tmp_path / "reportgen.yaml"
    config.write_text("modle: x\n")
    with pytest.raises(InputError) as info:
        load_options(config, environ={})
    assert "modle" in str(info.value) and str(config) in str(info.value)


def test_bad_number_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="max_input_mb"):
        load_options(environ={"REPORTGEN_MAX_INPUT_MB": "lots"})


def test_flags_win_and_none_means_unset(tmp_path: Path) -> None:
    config = tmp_path / "c.yaml"
    config.write_text("options:\n  template: summary\n  max_input_mb: 9\n")
    opts = load_options(config, environ={}, template=None, max_input_mb=2)
    assert opts.template == "summary" and opts.max_input_bytes == 2_000_000
