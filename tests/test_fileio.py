"""Outputs under real write faults: a full disk and an unwritable folder, made by the kernel.

The command runs in a child process whose file-size limit (``RLIMIT_FSIZE``) is below the size of what
it writes, with ``SIGXFSZ`` ignored: a write past the limit then fails with ``EFBIG``, as one into a
full disk fails with ``ENOSPC``. Whatever fails, the command prints one line naming the file and the
reason, exits non-zero, leaves the previous output byte for byte and no temporary file behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from write_faults import (
    assert_no_temporary_files,
    file_size_limit,
    system_fonts_template,
    without_file_override,
)

import reportgen
from reportgen.brief import Actor, Brief, Claim, Number, Source, brief_to_yaml, load_brief
from reportgen.errors import EXIT_INPUT, EXIT_PROCESSING
from reportgen.fileio import store_cache_file, write_all_atomic

ARTICLE = ("Harbour pilots end walkout\n\n"
           "Harbour pilots at Port Wendell returned to work on Monday after a three-day walkout, "
           "the Pilots Guild said.\n\n"
           '"The ships are moving again," guild chair Rosa Imrie told reporters. About 40 vessels had '
           "waited outside the harbour, according to the port authority.\n")
PREVIOUS = b"yesterday's output, which a failed write must leave alone\n"
REPORTGEN = [sys.executable, "-m", "reportgen"]


def brief_yaml() -> str:
    return brief_to_yaml(Brief(
        title="Pilots return to work", source=Source(id="s1", title="Pilots", outlet="Test Wire", words=40),
        summary=["Harbour pilots at Port Wendell returned to work on Monday."],
        actors=[Actor("Rosa Imrie", role="guild chair", key=True)],
        numbers=[Number(value=40, unit="vessels", text="About 40 vessels", approximate=True)],
        claims=[Claim("Rosa Imrie", "The ships are moving again")]))


def run(args: list[str], cwd: Path, preexec: Callable[[], None] | None = None,
        stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    """``reportgen ARGS`` in a child process, its temporary files in ``cwd/tmp`` (checked by the
    tests) and its font cache in ``cwd/cache``."""
    env = {**os.environ, "TMPDIR": str(cwd / "tmp"), "XDG_CACHE_HOME": str(cwd / "cache")}
    (cwd / "tmp").mkdir(exist_ok=True)
    return subprocess.run([*REPORTGEN, *args], cwd=cwd, env=env, preexec_fn=preexec, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=300)


def assert_one_line_error(done: subprocess.CompletedProcess[str], code: int, *needles: str) -> str:
    assert done.returncode == code, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reportgen: error: "), done.stderr
    assert "Traceback" not in done.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def font_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One font cache for the module's commands: subsetting the fonts for HTML once is enough."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture()
def work(tmp_path: Path, font_cache: Path) -> Path:
    (tmp_path / "cache").symlink_to(font_cache, target_is_directory=True)
    (tmp_path / "brief.yaml").write_text(brief_yaml(), encoding="utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


# --- a full disk ---------------------------------------------------------------------------------

def test_render_into_a_full_disk_keeps_the_previous_html(work: Path) -> None:
    size = len(reportgen.render(load_brief(work / "brief.yaml"), "html"))
    (work / "brief.html").write_bytes(PREVIOUS)
    done = run(["render", "brief.yaml", "-o", "brief.html"], work, file_size_limit(size // 3))
    assert_one_line_error(done, EXIT_PROCESSING, "brief.html: cannot write (file too large); "
                          "the existing file is unchanged")
    assert (work / "brief.html").read_bytes() == PREVIOUS
    assert_no_temporary_files(work)


def test_render_of_a_pdf_into_a_full_disk_keeps_the_previous_pdf(work: Path) -> None:
    template = system_fonts_template(work)
    assert run(["render", "brief.yaml", "-o", "today.pdf", "-t", str(template)], work).returncode == 0
    size = (work / "today.pdf").stat().st_size
    (work / "brief.pdf").write_bytes(PREVIOUS)
    done = run(["render", "brief.yaml", "-o", "brief.pdf", "-t", str(template)], work,
               file_size_limit(size // 2))
    assert_one_line_error(done, EXIT_PROCESSING, "brief.pdf: cannot write (file too large)")
    assert (work / "brief.pdf").read_bytes() == PREVIOUS
    assert_no_temporary_files(work)


def test_no_room_for_weasyprint_font_copies_is_one_line_naming_the_temporary_folder(work: Path) -> None:
    """The default template's fonts are copied to a temporary folder by WeasyPrint (up to 760 kB)."""
    (work / "brief.pdf").write_bytes(PREVIOUS)
    done = run(["render", "brief.yaml", "-o", "brief.pdf"], work, file_size_limit(64_000))
    assert_one_line_error(done, EXIT_PROCESSING, f"{work / 'tmp'}: cannot write WeasyPrint's temporary "
                          "font files (file too large)")
    assert (work / "brief.pdf").read_bytes() == PREVIOUS
    assert_no_temporary_files(work)


def test_render_to_stdout_redirected_into_a_full_disk_fails_instead_of_truncating(work: Path) -> None:
    size = len(reportgen.render(load_brief(work / "brief.yaml"), "html"))
    with (work / "piped.html").open("wb") as target:
        done = run(["render", "brief.yaml", "-o", "-", "--format", "html"], work, file_size_limit(size // 3),
                   stdout=target)
    assert_one_line_error(done, EXIT_PROCESSING, "<stdout>: cannot write (file too large)")


def test_extract_into_a_full_disk_keeps_the_previous_brief(work: Path) -> None:
    (work / "out.yaml").write_bytes(PREVIOUS)
    done = run(["extract", "article.txt", "-o", "out.yaml"], work, file_size_limit(len(PREVIOUS) + 200))
    assert_one_line_error(done, EXIT_PROCESSING, "out.yaml: cannot write (file too large)")
    assert (work / "out.yaml").read_bytes() == PREVIOUS
    assert_no_temporary_files(work)


def test_build_into_a_full_disk_replaces_neither_the_document_nor_the_kept_brief(work: Path) -> None:
    """The brief fits under the limit and the HTML does not: the old pair stays a pair."""
    (work / "out.html").write_bytes(PREVIOUS)
    (work / "out.yaml").write_bytes(PREVIOUS)
    done = run(["build", "article.txt", "-o", "out.html", "--keep-yaml", "out.yaml"], work,
               file_size_limit(64_000))
    assert_one_line_error(done, EXIT_PROCESSING, "out.html: cannot write (file too large)")
    assert (work / "out.html").read_bytes() == PREVIOUS and (work / "out.yaml").read_bytes() == PREVIOUS
    assert_no_temporary_files(work)
    again = run(["build", "article.txt", "-o", "out.html", "--keep-yaml", "out.yaml", "-q"], work)
    assert again.returncode == 0 and "Rosa Imrie" in (work / "out.yaml").read_text("utf-8")


# --- an unwritable output folder -----------------------------------------------------------------

def test_output_that_is_a_folder_is_refused_and_left_alone(work: Path) -> None:
    (work / "brief.html").mkdir()
    (work / "brief.html" / "kept.txt").write_bytes(PREVIOUS)
    done = run(["render", "brief.yaml", "-o", "brief.html"], work)
    assert_one_line_error(done, EXIT_INPUT, "brief.html: cannot write (is a directory)")
    assert (work / "brief.html" / "kept.txt").read_bytes() == PREVIOUS
    assert_no_temporary_files(work)


def test_output_under_a_regular_file_is_refused(work: Path) -> None:
    done = run(["render", "brief.yaml", "-o", "article.txt/brief.html"], work)
    assert_one_line_error(done, EXIT_INPUT, "article.txt: output folder does not exist")
    assert (work / "article.txt").read_text("utf-8") == ARTICLE


def test_read_only_output_folder_is_one_line_and_keeps_the_previous_output(work: Path) -> None:
    locked = work / "locked"
    locked.mkdir()
    (locked / "brief.html").write_bytes(PREVIOUS)
    locked.chmod(0o500)
    try:
        probe = subprocess.run([sys.executable, "-c", f"open({str(locked / 'probe')!r}, 'w')"],
                               preexec_fn=without_file_override, capture_output=True)
        if probe.returncode == 0:
            pytest.skip("this process may write into read-only folders (cannot give up root's override)")
        done = run(["render", "brief.yaml", "-o", "locked/brief.html"], work, without_file_override)
        assert_one_line_error(done, EXIT_INPUT, "locked/brief.html: cannot write here (permission denied)")
        assert (locked / "brief.html").read_bytes() == PREVIOUS
        assert sorted(p.name for p in locked.iterdir()) == ["brief.html"]
    finally:
        locked.chmod(0o700)


# --- the writers themselves ----------------------------------------------------------------------

def test_a_failed_write_of_several_files_replaces_none(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.html"
    first.write_bytes(PREVIOUS)
    with pytest.raises(Exception, match="output folder does not exist"):
        write_all_atomic([(first, "new brief"), (tmp_path / "missing" / "b.html", b"new")])
    assert first.read_bytes() == PREVIOUS and not second.exists()
    write_all_atomic([(first, "new brief"), (second, b"<p>new</p>")])
    assert first.read_text() == "new brief" and second.read_bytes() == b"<p>new</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "b.html"]


def test_a_cache_write_that_fails_leaves_no_temporary_file(tmp_path: Path) -> None:
    code = ("import resource, signal\nfrom pathlib import Path\n"
            "from reportgen.fileio import store_cache_file\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))\n"
            f"print(store_cache_file(Path({str(tmp_path / 'cache' / 'font.woff2')!r}), b'x' * 5000))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "False\n"
    assert list((tmp_path / "cache").iterdir()) == []
    assert store_cache_file(tmp_path / "cache" / "font.woff2", b"x" * 5000)
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["font.woff2"]
