"""The preview server: renders again on a change, shows errors and recovers, serves nothing else."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from preview_helpers import fetch, fetch_bytes, small_brief, until

from reportgen.brief import brief_to_yaml
from reportgen.options import Options
from reportgen.pipeline import render
from reportgen.preview import Preview, PreviewSession


def generation(page: str) -> int:
    found = re.search(r'setAttribute\("data-reportgen-generation", (\d+)\)', page)
    assert found, "no reload script in the page"
    return int(found.group(1))


def test_a_css_change_is_served_as_a_new_render(running: Preview, template: Path) -> None:
    first = fetch(running.url)
    assert first.status == 200 and "Ferry crews strike at Port Alder" in first.body
    assert "rgb(1, 2, 3)" not in first.body
    with (template / "style.css").open("a", encoding="utf-8") as css:
        css.write("\nh1 { color: rgb(1, 2, 3); }\n")
    page = until(lambda: (p := fetch(running.url)).status == 200 and "rgb(1, 2, 3)" in p.body and p,
                 what="the new CSS in the served page")
    assert generation(page.body) > generation(first.body)  # type: ignore[union-attr]


def test_a_broken_template_shows_an_error_page_that_recovers(running: Preview, template: Path,
                                                             lines: list[str]) -> None:
    main = template / "brief.html.j2"
    good = main.read_text(encoding="utf-8")
    main.write_text(good.replace("{% block", "{% blok", 1), encoding="utf-8")
    broken = until(lambda: (p := fetch(running.url)).status == 500 and p, what="the error page")
    assert re.search(r"brief\.html\.j2:\d+: template syntax error: Encountered unknown tag",
                     broken.body)  # type: ignore[union-attr]
    assert "data-reportgen-generation" in broken.body  # type: ignore[union-attr]  # it still reloads
    assert any(re.match(r"error: .*brief\.html\.j2:\d+: template syntax error", line) for line in lines)
    main.write_text(good, encoding="utf-8")
    until(lambda: fetch(running.url).status == 200, what="the recovered page")


def test_a_stylesheet_mistake_is_a_warning_in_the_page(running: Preview, template: Path) -> None:
    with (template / "style.css").open("a", encoding="utf-8") as css:
        css.write("\nh1 { colr: red; }\n")
    page = until(lambda: "unknown property" in (p := fetch(running.url)).body and p, what="the warning")
    assert re.search(r"style\.css:\d+:\d+: Ignored `colr: red`", page.body)  # type: ignore[union-attr]


def test_an_edited_brief_is_read_again_and_its_errors_located(running: Preview, brief_file: Path) -> None:
    brief_file.write_text(brief_to_yaml(small_brief("Ferry talks resume at Port Alder")), encoding="utf-8")
    until(lambda: "Ferry talks resume at Port Alder" in fetch(running.url).body, what="the new title")
    brief_file.write_text("title: [unclosed\n", encoding="utf-8")
    page = until(lambda: (p := fetch(running.url)).status == 500 and p, what="the YAML error")
    assert f"{brief_file}:" in page.body  # type: ignore[union-attr]


def test_only_the_document_its_pdf_pages_and_the_reload_endpoint_are_served(running: Preview) -> None:
    for path in ("etc/passwd", "../brief.yaml", "style.css", "fonts/Inter-Regular.ttf", "pages/0.png",
                 "pages/99.png", "favicon.ico", "_reportgen/other"):
        assert fetch(running.url + path).status == 404, path
    assert fetch(running.url, host="attacker.example:8000").status == 421  # DNS rebinding
    assert fetch(running.url, host="localhost:1234").status == 200
    policy = fetch(running.url).headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'nonce-" in policy


def test_the_pdf_link_is_exactly_what_render_makes(running: Preview, template: Path) -> None:
    served = fetch_bytes(running.url + "brief.pdf")
    assert served == render(small_brief(), "pdf", Options(template=str(template)))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_pages_view_shows_every_page_of_the_pdf(running: Preview) -> None:
    page = fetch(running.url + "pages")
    assert page.status == 200
    images = re.findall(r'<img src="/pages/(\d+)\.png', page.body)
    assert images == ["1"]  # the small brief is one page
    assert fetch_bytes(running.url + "pages/1.png")[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_save_that_changes_nothing_is_no_new_generation(template: Path) -> None:
    session = PreviewSession(Options(template=str(template)), brief=small_brief())
    first = session.refresh()
    assert session.refresh().generation == first.generation
    assert session.wait(session.key, timeout=0.05) == session.key  # nothing new: the wait times out
    assert session.wait("another-server.7", timeout=5) == session.key  # a stale page hears at once


def test_the_reload_script_is_only_in_the_served_page(running: Preview) -> None:
    assert "<script" not in render(small_brief(), "html").decode("utf-8")
    assert "<script nonce=" in fetch(running.url).body


def test_a_client_folder_its_settings_and_assets_are_watched(tmp_path: Path) -> None:
    clients = tmp_path / "clients"
    shutil.copytree(Path(__file__).resolve().parents[2] / "examples" / "clients" / "northwind-risk",
                    clients / "nw")
    session = PreviewSession(Options(client="nw", clients_dir=str(clients)), brief=small_brief())
    session.refresh()
    with Preview(session, "127.0.0.1", 0) as preview:
        assert "NORTHWIND RISK ADVISORY" in fetch(preview.url).body
        settings = clients / "nw" / "client.yaml"
        settings.write_text(settings.read_text(encoding="utf-8").replace("NORTHWIND RISK ADVISORY",
                                                                         "NORTHWIND RISK LTD"),
                            encoding="utf-8")
        until(lambda: "NORTHWIND RISK LTD" in fetch(preview.url).body, what="the new marking")
        logo = clients / "nw" / "assets" / "logo.svg"
        before = fetch(preview.url).body
        logo.write_text(logo.read_text(encoding="utf-8").replace("</svg>", "<circle r='1'/></svg>"),
                        encoding="utf-8")
        until(lambda: fetch(preview.url).body != before, what="the new logo")
        logo.unlink()  # a missing asset is an error page naming the client.yaml
        page = until(lambda: (p := fetch(preview.url)).status == 500 and p, what="the missing logo")
        shown = html.unescape(page.body)  # type: ignore[union-attr]
        assert "logo 'assets/logo.svg' is not a file inside the client folder" in shown


def test_the_watched_folders_follow_the_stack(tmp_path: Path) -> None:
    from reportgen.render.builtin import builtin_path

    client = tmp_path / "client"
    client.mkdir()
    (client / "client.yaml").write_text("name: Alder Desk\n", encoding="utf-8")
    session = PreviewSession(Options(template=str(client)), brief=small_brief())
    session.refresh()
    assert session.watched().folders == (client.resolve(), builtin_path("default").resolve())
    (client / "client.yaml").write_text("name: Alder Desk\ntemplate: summary\n", encoding="utf-8")
    session.refresh()
    folders = session.watched().folders
    assert folders[:2] == (client.resolve(), builtin_path("summary").resolve())  # then summary's parents
