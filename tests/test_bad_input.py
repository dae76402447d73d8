"""Bad input through the real command line: one line on stderr naming the file, exit 2 (input) or
1 (processing), no traceback unless --debug, and never a partial output file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reportgen.brief import Actor, Brief, Claim, Source, brief_to_yaml, load_brief
from reportgen.cli import cli
from reportgen.ingest import ingest
from reportgen.options import Options

ARTICLE = ("Harbour pilots end walkout\n\n"
           "Harbour pilots at Port Wendell returned to work on Monday after a three-day walkout, "
           "the Pilots Guild said.\n\n"
           '"The ships are moving again," guild chair Rosa Imrie told reporters.\n')


def run(*args: str, input: bytes | str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def assert_one_line_error(result: Result, code: int, *needles: str) -> str:
    """The error contract: exit code, exactly one stderr line, no traceback."""
    assert result.exit_code == code, (result.output, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("reportgen: error: ")
    assert "Traceback" not in result.stderr and "Traceback" not in result.output
    for needle in needles:
        assert needle in line, line
    return line


def assert_nothing_written(folder: Path, *expected: str) -> None:
    """Only the inputs remain: no output, no temporary ``.part`` file."""
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- articles ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n\t \r\n", "only whitespace"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8, "binary"),
    ("noise.txt", bytes((i * 7919) % 251 + 1 for i in range(5000)), ""),
    ("broken.txt", b"\xef\xbb\xbfStarts as UTF-8 \xc3\x28 then breaks.", "invalid UTF-8"),
    ("page.html", b"<html><body><script>var x = 1;</script><nav>Home</nav></body></html>", "no article text"),
    ("feed.json", b'{"title": "No body here"}', "no 'text' field"),
])
def test_unreadable_article_is_exit_2_with_nothing_written(tmp_path: Path, name: str, data: bytes,
                                                           problem: str) -> None:
    article = write(tmp_path, name, data)
    result = run("extract", str(article), "-o", str(tmp_path / "brief.yaml"))
    assert_one_line_error(result, 2, str(article), problem)
    assert_nothing_written(tmp_path, name)


def test_missing_article_names_the_file(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "nope.txt"))
    assert_one_line_error(result, 2, "nope.txt", "no such file")


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    article = write(tmp_path, "empty.txt", b"")
    result = run("extract", str(article), "--debug")
    assert result.exit_code == 2
    assert "Traceback" in result.stderr and "reportgen: error:" in result.stderr


def test_oversized_article_names_the_limit_and_the_flag(tmp_path: Path) -> None:
    article = write(tmp_path, "huge.txt", ("Word " * 1_400_000).encode())  # 7 MB
    out = tmp_path / "brief.yaml"
    line = assert_one_line_error(run("extract", str(article), "-o", str(out)), 2, str(article))
    assert "7.0 MB" in line and "5.0 MB limit" in line and "--max-input-mb" in line
    assert_nothing_written(tmp_path, "huge.txt")
    # with the flag raised the file is accepted (extraction time is measured in the bench, not here)
    assert ingest(article, Options(max_input_mb=8)).words == 1_400_000


def test_a_small_limit_still_reads_as_a_number(tmp_path: Path) -> None:
    article = write(tmp_path, "note.txt", b"Ferries to Bergen resumed on Friday. " * 40)  # 1,480 bytes
    line = assert_one_line_error(run("extract", str(article), "--max-input-mb", "0.001"), 2, str(article))
    assert "0.0015 MB" in line and "0.001 MB limit" in line


def test_long_line_without_newlines_is_one_paragraph(tmp_path: Path) -> None:
    sentence = "The pilots guild said 40 ships were delayed by the walkout at the port. "
    article = write(tmp_path, "line.txt", (sentence * (2_000_000 // len(sentence))).encode())
    parsed = ingest(article)
    assert len(parsed.paragraphs) == 1 and parsed.words > 350_000


def test_long_line_without_newlines_extracts(tmp_path: Path, nlp: object) -> None:
    sentence = "The pilots guild said 40 ships were delayed by the walkout at the port. "
    article = write(tmp_path, "line.txt", (sentence * 150).encode())  # one 11 kB line
    out = tmp_path / "brief.yaml"
    result = run("extract", str(article), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert load_brief(out).source.words == 2100


def test_unterminated_quotation_marks_still_give_a_valid_brief(tmp_path: Path, nlp: object) -> None:
    text = ('Pilots return to work\n\n"We are back at the wheel and the port is open, guild chair Rosa '
            "Imrie said on Monday.\n\nThe walkout lasted three days and delayed 40 ships, the Pilots Guild "
            "said.\n\n“It was never about the money, Imrie added.\n")
    article = write(tmp_path, "open.txt", text)
    out = tmp_path / "brief.yaml"
    result = run("extract", str(article), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    brief = load_brief(out)
    assert brief.title == "Pilots return to work"
    assert all("\n" not in c.text for c in brief.claims)


def test_markup_in_article_text_is_data_in_every_output(tmp_path: Path, nlp: object) -> None:
    hostile = ('Guild says <script>alert("x")</script> {{ 7*7 }} {% if 1 %}x{% endif %}\n\n'
               '"Nothing <b>bold</b> about it, <script>steal()</script>," guild chair Rosa Imrie said on '
               "Monday.\n\nThe walkout cost the port $2 million, the Pilots Guild said &amp; added more.\n")
    article = write(tmp_path, "markup.txt", hostile)
    brief_path = tmp_path / "brief.yaml"
    assert run("extract", str(article), "-o", str(brief_path)).exit_code == 0
    brief = load_brief(brief_path)
    assert "<script>" in brief.title  # YAML keeps the text as data, unchanged
    pytest.importorskip("reportgen.render")
    html_path = tmp_path / "brief.html"
    result = run("render", str(brief_path), "-o", str(html_path))
    assert result.exit_code == 0, result.stderr
    html = html_path.read_text("utf-8")
    assert "<script>alert" not in html and "<script>steal" not in html and "<b>bold" not in html
    assert "&lt;script&gt;" in html
    assert "{{ 7*7 }}" in html  # template syntax in the brief is text, never evaluated


def test_html_article_scripts_never_reach_the_text(tmp_path: Path) -> None:
    page = ("<html><head><title>Pilots return</title><script>document.write('INJECTED')</script></head>"
            "<body><article><h1>Pilots return</h1><p>Harbour pilots returned to work on Monday after a "
            "three-day walkout, the Pilots Guild said.</p><script>alert('INJECTED')</script>"
            "<p>Forty ships had been delayed by the action at the port, officials said.</p>"
            "</article></body></html>")
    parsed = ingest(write(tmp_path, "page.html", page))
    assert "INJECTED" not in parsed.text and "<" not in parsed.text


# --- briefs --------------------------------------------------------------------------------------

def test_malformed_yaml_names_file_line_and_column(tmp_path: Path) -> None:
    brief = write(tmp_path, "bad.yaml", "schema_version: 1\ntitle: [unclosed\nsummary: []\n")
    line = assert_one_line_error(run("render", str(brief), "-o", str(tmp_path / "out.html")), 2)
    assert f"{brief}:" in line and "invalid YAML" in line
    assert_nothing_written(tmp_path, "bad.yaml")
    validated = run("validate", str(brief))
    assert validated.exit_code != 0 and f"{brief}:" in validated.output


def _valid_yaml() -> str:
    return brief_to_yaml(Brief(
        title="Pilots return to work", source=Source(title="Pilots", outlet="Test Wire", words=40),
        actors=[Actor("Rosa Imrie", role="guild chair", key=True)],
        claims=[Claim("Rosa Imrie", "The ships are moving again")]))


def test_schema_errors_each_with_line_and_column(tmp_path: Path) -> None:
    text = (_valid_yaml().replace("type: person", "type: pilot")
            .replace("mentions: 1", "mentions: many").replace("speaker: Rosa Imrie", "speaker: Nobody"))
    brief = write(tmp_path, "broken.yaml", text)
    result = run("validate", str(brief))
    assert result.exit_code == 1
    lines = text.splitlines()
    errors = result.stdout.strip().splitlines()
    assert len(errors) == 3
    for error, needle in zip(errors, ("type: pilot", "mentions: many", "speaker: Nobody"), strict=True):
        name, line, column, _ = error.split(":", 3)
        assert name == str(brief)
        assert lines[int(line) - 1][int(column) - 1:] == needle.split(": ")[1], error
    rendered = run("render", str(brief), "-o", str(tmp_path / "out.pdf"))
    assert_one_line_error(rendered, 2, str(brief), "and 2 more")
    assert_nothing_written(tmp_path, "broken.yaml")


def test_valid_brief_validates(tmp_path: Path) -> None:
    result = run("validate", str(write(tmp_path, "ok.yaml", _valid_yaml())))
    assert result.exit_code == 0 and "ok" in result.stderr


def test_yaml_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        bomb.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    brief = write(tmp_path, "bomb.yaml", "\n".join(bomb) + "\n")
    line = assert_one_line_error(run("render", str(brief), "-o", str(tmp_path / "x.html")), 2, str(brief))
    assert "aliases" in line
    assert_nothing_written(tmp_path, "bomb.yaml")


def test_python_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = _valid_yaml().replace("title: Pilots return to work",
                                 f'title: !!python/object/apply:os.system ["touch {marker}"]')
    brief = write(tmp_path, "evil.yaml", text)
    line = assert_one_line_error(run("render", str(brief), "-o", str(tmp_path / "x.html")), 2, str(brief))
    assert "unsupported tag" in line
    assert not marker.exists()
    validated = run("validate", str(brief))
    assert validated.exit_code != 0 and not marker.exists()


def test_missing_template_is_named(tmp_path: Path) -> None:
    brief = write(tmp_path, "ok.yaml", _valid_yaml())
    line = assert_one_line_error(run("render", str(brief), "-o", str(tmp_path / "x.html"),
                                     "--template", "no-such-template"), 2)
    assert "no-such-template" in line
    assert_nothing_written(tmp_path, "ok.yaml")


@pytest.mark.parametrize("body, problem", [
    ('{% extends "default/brief.html.j2" %}{% block content %}{% include "missing-part.j2" %}'
     "{% endblock %}", "not found"),
    ("{% block content %}never closed", "syntax error"),
    ("{{ brief.no_such_field.deeper }}", "undefined"),
])
def test_broken_template_folder_is_one_line_error(tmp_path: Path, body: str, problem: str) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    write(folder, "template.yaml", "name: tpl\ndescription: broken on purpose\nparent: default\n")
    write(folder, "brief.html.j2", body)
    brief = write(tmp_path, "ok.yaml", _valid_yaml())
    result = run("render", str(brief), "-o", str(tmp_path / "x.html"), "--template", str(folder))
    assert result.exit_code in (1, 2)
    assert_one_line_error(result, result.exit_code, problem)
    assert not (tmp_path / "x.html").exists()


# --- outputs -------------------------------------------------------------------------------------

def test_output_in_missing_folder(tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", ARTICLE)
    target = tmp_path / "no" / "such" / "brief.yaml"
    assert_one_line_error(run("extract", str(article), "-o", str(target)), 2, "output folder does not exist")
    assert_nothing_written(tmp_path, "a.txt")


def test_output_under_a_regular_file(tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", ARTICLE)
    brief = write(tmp_path, "ok.yaml", _valid_yaml())
    target = article / "brief.html"  # a "folder" that is really a file
    assert_one_line_error(run("render", str(brief), "-o", str(target)), 2, str(article))
    assert_nothing_written(tmp_path, "a.txt", "ok.yaml")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_output_in_read_only_folder(tmp_path: Path) -> None:
    brief = write(tmp_path, "ok.yaml", _valid_yaml())
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        line = assert_one_line_error(run("render", str(brief), "-o", str(locked / "x.html")), 2)
        assert "cannot write" in line
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_failed_render_keeps_the_previous_output(tmp_path: Path) -> None:
    """A failure never truncates or replaces an existing output file."""
    brief = write(tmp_path, "bad.yaml", "title: [unclosed\n")
    previous = write(tmp_path, "out.html", "<p>yesterday's brief</p>")
    assert run("render", str(brief), "-o", str(previous)).exit_code == 2
    assert previous.read_text() == "<p>yesterday's brief</p>"
    assert_nothing_written(tmp_path, "bad.yaml", "out.html")


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1"])
def test_max_input_mb_must_be_a_positive_finite_number(tmp_path: Path, value: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    article = write(tmp_path, "a.txt", ARTICLE)
    result = run("extract", str(article), "--max-input-mb", value, "-o", str(tmp_path / "b.yaml"))
    assert_one_line_error(result, 2, "--max-input-mb: max_input_mb must be a positive number of MB")
    monkeypatch.setenv("REPORTGEN_MAX_INPUT_MB", value)
    result = run("extract", str(article), "-o", str(tmp_path / "b.yaml"))
    assert_one_line_error(result, 2, "REPORTGEN_MAX_INPUT_MB: max_input_mb must be a positive number of MB")
    assert_nothing_written(tmp_path, "a.txt")


def test_yaml_over_the_node_limit_names_the_file(tmp_path: Path) -> None:
    from reportgen.brief.yamlio import MAX_NODES

    big = write(tmp_path, "big.yaml", "items:\n" + "".join(f"- {i}\n" for i in range(MAX_NODES + 1)))
    assert_one_line_error(run("render", str(big), "-o", str(tmp_path / "b.pdf")), 2,
                          f"{big}: YAML document has more than {MAX_NODES} nodes")
    result = run("validate", str(big))
    assert result.output.strip().splitlines()[0] == f"{big}: YAML document has more than {MAX_NODES} nodes"


@pytest.mark.parametrize("output", ["brief.html", "brief.pdf"])
@pytest.mark.parametrize("data", [b"not a font at all\n", b"\x00\x01\x00\x00 truncated"])
def test_a_non_font_file_in_a_clients_fonts_is_one_line(tmp_path: Path, output: str, data: bytes) -> None:
    client = tmp_path / "acme"
    (client / "fonts").mkdir(parents=True)
    (client / "client.yaml").write_text("name: Acme\nfonts:\n  body: Acme Sans\n")
    (client / "fonts" / "AcmeSans.ttf").write_bytes(data)
    (client / "style.css").write_text('@font-face { font-family: "Acme Sans"; '
                                      'src: url("fonts/AcmeSans.ttf"); }\n')
    brief = write(tmp_path, "brief.yaml", brief_to_yaml(Brief(title="Talks resume", source=Source())))
    result = run("render", str(brief), "--template", str(client), "-o", str(tmp_path / output))
    line = assert_one_line_error(result, 2, str(client / "fonts" / "AcmeSans.ttf"))
    assert "font" in line and "internal error" not in line
    assert not (tmp_path / output).exists()
