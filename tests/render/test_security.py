"""Untrusted client templates: sandboxed Jinja, strict variables, and no file or network access."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from render_briefs import make_brief

from reportgen.brief import brief_to_yaml
from reportgen.cli import cli
from reportgen.errors import EXIT_INPUT, InputError
from reportgen.options import Options
from reportgen.render import render_html, render_pdf
from reportgen.render.fetch import RefusedResource, StackFetcher


def client(tmp_path: Path, template: str | None = None, css: str | None = None) -> Options:
    folder = tmp_path / "acme"
    folder.mkdir()
    (folder / "client.yaml").write_text("name: Acme Analysis\n", encoding="utf-8")
    if template is not None:
        (folder / "brief.html.j2").write_text(template, encoding="utf-8")
    if css is not None:
        (folder / "style.css").write_text(css, encoding="utf-8")
    return Options(template=str(folder))


def test_sandbox_blocks_python_internals(tmp_path: Path) -> None:
    options = client(tmp_path, '{% extends "default:brief.html.j2" %}\n'
                               "{% block bluf %}\n{{ ''.__class__.__mro__ }}\n{% endblock %}\n")
    with pytest.raises(InputError, match="unsafe") as caught:
        render_html(make_brief(), options)
    assert caught.value.path is not None and caught.value.path.endswith("acme/brief.html.j2:3")


def test_sandbox_blocks_mutating_the_brief(tmp_path: Path) -> None:
    options = client(tmp_path, '{% extends "default:brief.html.j2" %}\n'
                               "{% block bluf %}{{ brief.summary.append('x') }}{% endblock %}\n")
    brief = make_brief()
    with pytest.raises(InputError, match=r"unsafe|no attribute 'append'"):
        render_html(brief, options)
    assert "x" not in brief.summary


def test_undefined_variable_names_file_and_line(tmp_path: Path) -> None:
    options = client(tmp_path, '{% extends "default:brief.html.j2" %}\n\n'
                               "{% block actors %}\n<p>{{ brief.no_such_field }}</p>\n{% endblock %}\n")
    with pytest.raises(InputError, match="no_such_field") as caught:
        render_pdf(make_brief(), options)
    assert caught.value.path.endswith("acme/brief.html.j2:4")


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    options = client(tmp_path, '{% extends "default:brief.html.j2" %}\n{% block bluf %}\n{% if %}\n')
    with pytest.raises(InputError, match="syntax error") as caught:
        render_html(make_brief(), options)
    assert caught.value.path.endswith("acme/brief.html.j2:3")


@pytest.mark.parametrize("expression, error", [
    ("{{ 1 / 0 }}", "ZeroDivisionError"),
    ("{{ 'a' | center('x') }}", "ValueError"),
    ("{{ '%d' % 'x' }}", "TypeError"),
    ("{{ brief.summary | tidy }}", "AttributeError"),
    ("{{ ('%(' ~ 'k\\n' * 5000 ~ ')s') % {} }}", "KeyError"),
])
def test_an_error_raised_by_template_code_names_file_and_line(tmp_path: Path, expression: str,
                                                              error: str) -> None:
    options = client(tmp_path, '{% extends "default:brief.html.j2" %}\n{% block bluf %}\n'
                               f"{expression}\n{{% endblock %}}\n")
    for render in (render_html, render_pdf):
        with pytest.raises(InputError, match=f"template error: {error}") as caught:
            render(make_brief(), options)
        assert caught.value.path is not None and caught.value.path.endswith("acme/brief.html.j2:3")
        assert "\n" not in str(caught.value) and len(str(caught.value)) < 400


def test_the_cli_reports_an_error_raised_by_template_code_as_other_template_errors(tmp_path: Path) -> None:
    brief = tmp_path / "brief.yaml"
    brief.write_text(brief_to_yaml(make_brief()), encoding="utf-8")
    folder = Path(str(client(tmp_path).template))
    codes = []
    for body, needle in [("{{ 1 / 0 }}", "ZeroDivisionError"), ("{{ brief.nothing }}", "nothing")]:
        (folder / "brief.html.j2").write_text(f'{{% extends "default:brief.html.j2" %}}\n{{% block bluf %}}\n'
                                              f"{body}\n{{% endblock %}}\n", encoding="utf-8")
        for output in ("brief.html", "brief.pdf"):
            result = CliRunner().invoke(cli, ["render", str(brief), "--template", str(folder),
                                              "-o", str(tmp_path / output)])
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and "Traceback" not in result.stderr + result.output, result.stderr
            assert lines[0].startswith(f"reportgen: error: {folder}/brief.html.j2:3: "), lines
            assert needle in lines[0] and not (tmp_path / output).exists()
            codes.append(result.exit_code)
    assert codes == [EXIT_INPUT] * 4  # the same as for any other template error


def test_an_error_outside_template_code_is_still_reported_as_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportgen.render import markup

    def broken(*args: object) -> None:
        raise RuntimeError("a bug in reportgen")

    monkeypatch.setattr(markup, "_check_references", broken)
    with pytest.raises(RuntimeError, match="a bug in reportgen"):
        render_html(make_brief(), Options())


def test_missing_parent_template_is_an_input_error(tmp_path: Path) -> None:
    options = client(tmp_path, '{% extends "nosuch:brief.html.j2" %}\n')
    with pytest.raises(InputError, match=r"nosuch:brief\.html\.j2"):
        render_html(make_brief(), options)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "http://example.com/x.png", "../../../etc/passwd",
                                 "/etc/passwd"])
def test_stylesheet_cannot_reach_outside_the_folders(tmp_path: Path, url: str) -> None:
    options = client(tmp_path, css=f'.logo {{ background: url("{url}"); }}\n')
    for render in (render_html, render_pdf):
        with pytest.raises(InputError, match="stylesheet refers to"):
            render(make_brief(), options)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "https://example.com/pixel.png"])
def test_template_resources_outside_the_folders_are_refused(tmp_path: Path, url: str) -> None:
    options = client(tmp_path, '{% extends "default:brief.html.j2" %}\n'
                               f'{{% block bluf %}}<img src="{url}">{{% endblock %}}\n')
    with pytest.raises(InputError, match="refused"):
        render_pdf(make_brief(), options)
    with pytest.raises(InputError, match="self-contained"):
        render_html(make_brief(), options)


def test_fetcher_serves_only_stack_files_and_data(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("fine", encoding="utf-8")
    fetcher = StackFetcher([tmp_path])
    assert fetcher.fetch((tmp_path / "ok.txt").as_uri()).read() == b"fine"
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    for url in ("file:///etc/passwd", (tmp_path / ".." / "x").as_uri(), "http://127.0.0.1:9/",
                "ftp://example.com/a", "file://otherhost/etc/passwd"):
        with pytest.raises(RefusedResource):
            fetcher.fetch(url)


def test_brief_content_is_escaped() -> None:
    brief = make_brief()
    brief.title = "<script>alert('x')</script> & co"
    brief.claims[0].text = '"><img src=x onerror=alert(1)>'
    html = render_html(brief, Options(annex=True))  # the annex shows every claim
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<img src=x" not in html and "&lt;img src=x" in html


def test_import_in_client_css_is_refused(tmp_path: Path) -> None:
    options = client(tmp_path, css='@import "other.css";\n')
    with pytest.raises(InputError, match="@import"):
        render_html(make_brief(), options)


def test_overriding_a_block_the_parent_lacks_is_reported(tmp_path: Path) -> None:
    options = client(tmp_path, '{% extends "default:brief.html.j2" %}\n\n{% block blufff %}x{% endblock %}\n')
    with pytest.raises(InputError, match="'blufff' is not defined") as caught:
        render_html(make_brief(), options)
    assert caught.value.path.endswith("acme/brief.html.j2:3") and "bluf, " in caught.value.message


def test_only_web_urls_become_links() -> None:
    brief = make_brief()
    brief.source.url = "javascript:alert(1)"
    html = render_html(brief, Options())
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html
    brief.source.url = "https://news.example/calder-strike"
    assert '<a href="https://news.example/calder-strike">' in render_html(brief, Options())


def test_svg_logo_cannot_pull_in_outside_files(tmp_path: Path) -> None:
    folder = tmp_path / "svgclient"
    (folder / "assets").mkdir(parents=True)
    (folder / "client.yaml").write_text("name: Svg\nlogo: assets/logo.svg\n", encoding="utf-8")
    (folder / "assets" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
        '<image href="file:///etc/passwd" width="40" height="40"/></svg>', encoding="utf-8")
    with pytest.raises(InputError, match="/etc/passwd"):
        render_pdf(make_brief(), Options(template=str(folder)))
