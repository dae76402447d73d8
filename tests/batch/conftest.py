"""Batch tests render through fakes; templates are plain folders under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_fakes import EXTRACTED

from reportgen.batch import deps
from reportgen.options import Options


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Templates and clients as plain folders under tmp_path; the fingerprint hashes their files."""
    root = tmp_path / "templates"
    for folder, name, body in (("default", "brief.html.j2", "<h1>{{ title }}</h1>"),
                               ("clients/acme", "client.yaml", "name: Acme\n"),
                               ("clients/globex", "client.yaml", "name: Globex\n")):
        (root / folder).mkdir(parents=True)
        (root / folder / name).write_text(body)

    def folders(options: Options) -> list[Path]:
        chain = [root / options.template]
        if options.client:
            chain.insert(0, root / "clients" / options.client)
        return chain

    monkeypatch.setattr(deps, "template_folders", folders)
    EXTRACTED.clear()
    return root
