"""client.yaml validation: clear messages at file:line:col."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_briefs import EXAMPLE_CLIENTS

from reportgen.errors import InputError
from reportgen.render.client import DEFAULT_MARKING, load_client


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "client.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_clients_are_valid() -> None:
    northwind = load_client(EXAMPLE_CLIENTS / "northwind-risk" / "client.yaml")
    assert northwind.tlp == "TLP:AMBER" and northwind.colours["primary"] == "#0B4F4A"
    halden = load_client(EXAMPLE_CLIENTS / "halden-security" / "client.yaml")
    assert halden.footer == ["Distribution is limited to the named recipients of this brief."]
    assert halden.fonts == {"body": "Inter"}


def test_empty_client_gets_defaults(tmp_path: Path) -> None:
    config = load_client(write(tmp_path, "# nothing set\n"))
    assert config.marking == DEFAULT_MARKING and config.tlp is None and config.language == "en"
    assert "SECRET" not in DEFAULT_MARKING and "CLASSIFIED" not in DEFAULT_MARKING


@pytest.mark.parametrize(("text", "where", "message"), [
    ("name: Acme\ntlp: TLP:PINK\n", "2:6", "'TLP:PINK' is not one of TLP:CLEAR"),
    ("name: Acme\ncolours:\n  primary: '#12345'\n", "3:12", "not a #RRGGBB colour"),
    ("name: Acme\nlogo: https://example.com/logo.png\n", "2:7", "does not match"),
    ("name: Acme\nfooter: {a: 1}\n", "2:9", "string or a list of strings"),
    ("name: Acme\nbanner: yes\n", "2:1", "unknown key 'banner' (known keys: name, template"),
    ("name: Acme\nnmae: Acme\n", "2:1", "unknown key 'nmae' (did you mean 'name'?)"),
    ("sections:\n  actors: false\n  timelines: false\n", "3:3",
     "sections/timelines: unknown key 'timelines' (did you mean 'timeline'?)"),
    ("sections:\n  map: no thanks\n", "2:8", "'no thanks' is not of type 'boolean'"),
    ("annex: sometimes\n", "1:8", "'sometimes' is not of type 'boolean'"),
    ("name: [unclosed\n", "2:1", "invalid YAML"),
])
def test_bad_client_yaml_points_at_the_line(tmp_path: Path, text: str, where: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_client(path)
    assert caught.value.path == f"{path}:{where}", caught.value
    assert message in caught.value.message
