"""Template discovery, entry points, client layering and dumping a built-in."""

from __future__ import annotations

from importlib.metadata import EntryPoint
from pathlib import Path

import pytest
from render_briefs import EXAMPLE_CLIENTS, ROOT

from reportgen.errors import InputError
from reportgen.render import builtin, templates
from reportgen.render.templates import dump_template, list_templates, resolve_stack


def test_builtins_are_listed_with_origin_and_description() -> None:
    found = {t.name: t for t in list_templates()}
    assert found["default"].origin == "built-in" and found["default"].path == ROOT / "templates" / "default"
    assert found["summary"].parent == "default" and "one-page" in found["summary"].description.lower()
    assert builtin.default == ROOT / "templates" / "default"


def test_client_folders_are_listed_after_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = list_templates(EXAMPLE_CLIENTS)
    assert [t.origin for t in listed[:2]] == ["built-in", "built-in"]
    clients = {t.name: t for t in listed if t.origin == "client"}
    assert set(clients) == {"halden-security", "northwind-risk"}
    assert clients["halden-security"].path == EXAMPLE_CLIENTS / "halden-security"
    assert clients["halden-security"].description.startswith("Halden Security Group (client settings over "
                                                             "default, own brief.html.j2")
    assert clients["northwind-risk"].parent == "default"
    broken = tmp_path / "clients" / "broken"
    broken.mkdir(parents=True)
    (broken / "client.yaml").write_text("name: Broken\ntlp: TLP:PURPLE\n")
    monkeypatch.chdir(tmp_path)  # the default clients folder is ./clients
    (listed_broken,) = [t for t in list_templates() if t.origin == "client"]
    assert listed_broken.name == "broken" and "client.yaml:2:" in listed_broken.description


def test_entry_point_templates_are_discovered(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "acme"
    folder.mkdir()
    (folder / "template.yaml").write_text("name: acme\ndescription: Acme house style\nparent: default\n")
    monkeypatch.setattr(templates, "entry_points", lambda group: [
        EntryPoint("acme", "reportgen.render.builtin:default", group)])
    monkeypatch.setattr(templates, "_load_entry_point", lambda value: folder)
    found = {t.name: t for t in list_templates()}
    assert found["acme"].description == "Acme house style" and found["acme"].origin == "unknown package"
    stack = resolve_stack("acme")
    assert [layer.name for layer in stack.layers] == ["acme", "default"]


def test_client_by_name_layers_client_then_template_then_parents() -> None:
    stack = resolve_stack("summary", client="northwind-risk", clients_dir=str(EXAMPLE_CLIENTS))
    assert [(layer.kind, layer.name) for layer in stack.layers] == [
        ("client", "Northwind Risk Advisory"), ("template", "summary"), ("template", "default")]
    assert stack.client.tlp == "TLP:AMBER" and stack.label == "summary+Northwind Risk Advisory"


def test_client_folder_as_template_uses_default_base() -> None:
    stack = resolve_stack(str(EXAMPLE_CLIENTS / "halden-security"))
    assert [layer.kind for layer in stack.layers] == ["client", "template"]
    assert stack.template.name == "default"


def test_unknown_template_and_client_list_what_exists() -> None:
    with pytest.raises(InputError, match="known: default, summary"):
        resolve_stack("nosuch")
    with pytest.raises(InputError, match="known clients: halden-security, northwind-risk"):
        resolve_stack("default", client="nosuch", clients_dir=str(EXAMPLE_CLIENTS))
    with pytest.raises(InputError, match="must be a name"):
        resolve_stack("default", client="../etc", clients_dir=str(EXAMPLE_CLIENTS))
    with pytest.raises(InputError, match="no such template folder"):
        resolve_stack("./missing/folder")


def test_a_folder_without_settings_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"needs template.yaml or client.yaml"):
        resolve_stack(str(tmp_path))


def test_parent_loop_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "loop"
    folder.mkdir()
    (folder / "template.yaml").write_text("name: loop\nparent: loop\n")
    info = templates.read_template_info(folder, "folder")
    with pytest.raises(InputError, match="parents form a loop"):
        templates.template_chain(info)


def test_dump_template_copies_and_refuses_to_overwrite(tmp_path: Path) -> None:
    dest = tmp_path / "mine"
    dump_template("default", dest)
    assert (dest / "brief.html.j2").read_text() == (ROOT / "templates/default/brief.html.j2").read_text()
    assert (dest / "fonts" / "OFL.txt").is_file()
    assert resolve_stack(str(dest)).template.origin == "folder"
    with pytest.raises(InputError, match="refusing to overwrite"):
        dump_template("default", dest)
    empty = tmp_path / "empty"
    empty.mkdir()
    dump_template("summary", empty)
    assert (empty / "template.yaml").is_file()


def test_template_yaml_errors_have_line_and_column(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "template.yaml").write_text("name: bad\ncolour: red\n")
    with pytest.raises(InputError) as caught:
        resolve_stack(str(folder))
    assert caught.value.path.endswith("template.yaml:1:1") and "colour" in caught.value.message


def test_client_extends_a_template_by_bare_name(tmp_path: Path) -> None:
    from render_briefs import make_brief

    from reportgen.options import Options
    from reportgen.render import render_html

    folder = tmp_path / "bare"
    folder.mkdir()
    (folder / "client.yaml").write_text("name: Bare\n")
    (folder / "brief.html.j2").write_text('{% extends "default" %}\n'
                                          '{% block bluf %}<p>Override</p>{% endblock %}\n')
    html = render_html(make_brief(), Options(template=str(folder)))
    assert "<p>Override</p>" in html and "Bottom line up front" not in html and "Key actors" in html


def test_installed_wheel_layout_is_preferred(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import reportgen

    package = tmp_path / "site-packages" / "reportgen"
    (package / "_templates" / "default").mkdir(parents=True)
    monkeypatch.setattr(reportgen, "__file__", str(package / "__init__.py"))
    assert builtin.builtin_path("default") == package / "_templates" / "default"
    assert builtin.builtin_path("summary") == tmp_path / "site-packages" / "templates" / "summary"


def test_an_edited_client_template_is_reloaded_and_rechecked_in_the_same_process(tmp_path: Path) -> None:
    """Environments are cached between renders; an edit must still show, and still be checked."""
    import os

    from render_briefs import make_brief

    from reportgen.options import Options
    from reportgen.render import render_html

    folder = tmp_path / "edited"
    folder.mkdir()
    (folder / "client.yaml").write_text("name: Edited\n")
    page = folder / "brief.html.j2"
    page.write_text('{% extends "default" %}\n{% block bluf %}<p>First text</p>{% endblock %}\n')
    options = Options(template=str(folder))
    assert "<p>First text</p>" in render_html(make_brief(), options)
    page.write_text('{% extends "default" %}\n{% block bluf %}<p>Second text</p>{% endblock %}\n')
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    assert "<p>Second text</p>" in render_html(make_brief(), options)
    page.write_text('{% extends "default" %}\n\n{% block blufff %}x{% endblock %}\n')
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 2 * 10**9))
    with pytest.raises(InputError) as caught:
        render_html(make_brief(), options)
    assert caught.value.path.endswith("brief.html.j2:3")


def test_the_shipped_stylesheets_have_nothing_weasyprint_ignores() -> None:
    from reportgen.render.assets import css_problems

    sheets = [*(ROOT / "templates").rglob("style.css"), *(ROOT / "examples").rglob("style.css")]
    assert len(sheets) >= 4
    for sheet in sheets:
        assert css_problems(sheet.read_text("utf-8"), sheet.parent.resolve().as_uri() + "/") == (), sheet


def test_checking_a_stylesheet_reads_nothing_it_names(tmp_path: Path) -> None:
    from reportgen.render.assets import css_problems

    secret = tmp_path / "secret.css"
    secret.write_text("p { leaked-property: 1 }\n")
    problems = css_problems(f'@\\69mport url("{secret.as_uri()}");\n', tmp_path.as_uri() + "/")
    assert any("not fetched" in p for p in problems)
    assert not any("leaked-property" in p for p in problems)  # its text was never parsed
