"""``reportgen preview`` on the command line: refusals before serving, and a served article."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from preview_helpers import fetch

from reportgen.cli import cli

ARTICLE = ("Ferry crews strike at Port Alder\n\n"
           "About 300 ferry crew members walked out on Monday, the Alder Seafarers Union said. "
           "\"We will stay out until the company listens,\" said union leader Ines Marlow.\n")


def test_refusals_are_one_line_before_anything_is_served(tmp_path: Path, brief_file: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "link.yaml").symlink_to(article)
    cases = {("preview", str(tmp_path / "missing.yaml")): "no such file",
             ("preview", "-"): "not standard input",
             ("preview", str(brief_file), "--save-yaml", str(tmp_path / "b.yaml")): "already a brief",
             ("preview", str(article), "--save-yaml", str(tmp_path / "link.yaml")): "overwrite its input",
             ("preview", str(article), "--save-yaml", str(tmp_path / "b.pdf")): "use .yaml"}
    for args, message in cases.items():
        result = CliRunner().invoke(cli, list(args))
        assert result.exit_code == 2, args
        assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_a_port_in_use_is_a_one_line_error(brief_file: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["preview", str(brief_file), "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "--port 0" in result.stderr


def _ctrl_c_delivered() -> None:
    """In the server's process before it starts: SIGINT unblocked and at its default, whatever the test
    run inherited (a job started in the background ignores it; a thread may have blocked it), so Python
    installs its Ctrl-C handler as it does in a terminal."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_an_article_is_extracted_once_saved_and_served(tmp_path: Path) -> None:
    article, saved = tmp_path / "alder.txt", tmp_path / "alder.yaml"
    article.write_text(ARTICLE, encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "reportgen", "preview", str(article), "--port", "0",
                               "--save-yaml", str(saved)], stderr=subprocess.PIPE, text=True,
                              preexec_fn=_ctrl_c_delivered)
    try:
        assert server.stderr is not None
        seen = []
        for line in server.stderr:  # ends when the process does: a failed start fails the test below
            seen.append(line)
            if line.startswith("serving "):
                break
        assert seen and seen[-1].startswith("serving http://127.0.0.1:"), seen
        url = seen[-1].split()[1]
        page = fetch(url)
        assert page.status == 200 and "Ferry crews strike at Port Alder" in page.body
        assert "Ines Marlow" in saved.read_text(encoding="utf-8")
        assert f"wrote {saved}\n" in seen
        server.send_signal(signal.SIGINT)
        # communicate drains stderr while it waits: a server writing past a full pipe would block (the
        # subprocess docs' deadlock), which wait() alone cannot tell from a server that does not stop
        try:
            _, rest = server.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            server.kill()
            _, rest = server.communicate()
            pytest.fail(f"the server did not stop within 120 s of Ctrl-C; its stderr: {rest[-2000:]!r}")
        assert server.returncode == 0 and "stopped" in rest, rest[-2000:]
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
