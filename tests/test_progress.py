"""Progress: the pipeline names its stages through a plain sink; the CLI shows them only to a person at
a terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import cli
from reportgen.console import SpinnerProgress, terminal_progress
from reportgen.pipeline import build
from reportgen.progress import SILENT, STAGES

#: Invented sentences, enough for every extraction stage to run.
ARTICLE = ("Ferry crews strike at Port Alder\n\n"
           "About 300 ferry crew members walked out on Monday, the Alder Seafarers Union said. "
           "\"We will stay out until the company listens,\" said union leader Ines Marlow. "
           "Talks are expected to resume next week.\n")


class RecordingProgress:
    """A fake sink that keeps what it was told."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def stage(self, name: str, detail: str = "") -> None:
        self.seen.append((name, detail))


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    first, second = tmp_path / "a.txt", tmp_path / "b.md"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    return [first, second]


def test_build_reports_its_stages_in_order(articles: list[Path]) -> None:
    sink = RecordingProgress()
    build(articles[:1], "html", progress=sink)
    assert [name for name, _ in sink.seen] == ["reading", "loading model", "parsing", "extracting",
                                              "rendering"]
    assert sink.seen[0][1] == str(articles[0]) and sink.seen[-1][1] == "HTML"


def test_several_articles_are_read_parsed_extracted_then_merged(articles: list[Path]) -> None:
    sink = RecordingProgress()
    build(articles, "yaml", progress=sink)
    names = [name for name, _ in sink.seen]
    assert names == ["reading", "reading", "loading model", "parsing", "extracting", "extracting",
                     "merging", "rendering"]
    assert all(name in STAGES for name in names)


def test_the_cli_prints_nothing_extra_when_stderr_is_not_a_terminal(articles: list[Path],
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "brief.yaml"
    result = CliRunner().invoke(cli, ["extract", str(articles[0]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {out}\n"
    quiet = CliRunner().invoke(cli, ["build", str(articles[0]), "-o", str(tmp_path / "b.html"), "--quiet"])
    assert quiet.exit_code == 0, quiet.output
    assert quiet.stderr == "" and (tmp_path / "b.html").is_file()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_spinner_only_for_a_person_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert terminal_progress(False, io.StringIO()) is SILENT
    assert terminal_progress(True, _Terminal()) is SILENT
    monkeypatch.setenv("CI", "true")
    assert terminal_progress(False, _Terminal()) is SILENT
    monkeypatch.delenv("CI")
    screen = _Terminal()
    sink = terminal_progress(False, screen)
    assert isinstance(sink, SpinnerProgress)
    sink.stage("parsing", "a.txt")
    sink.close()
    assert "parsing a.txt" in screen.getvalue()
