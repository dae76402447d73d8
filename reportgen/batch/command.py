"""``reportgen batch``: the click command; thin, and heavy imports stay inside the function."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import click

from reportgen import __version__

if TYPE_CHECKING:
    from reportgen.batch.project import Plan

FORMAT_CHOICES = ("pdf", "html", "yaml")
#: Seconds one input may take in a batch: far above what the largest accepted article needs (about
#: five minutes for 5 MB, see ``make bench``), so it only stops inputs that would never finish.
DEFAULT_TIME_LIMIT = 1800.0


def _seconds(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """A positive, finite number of seconds (click's float type takes 'nan' and 'inf')."""
    if value is not None and not (0 < value < float("inf")):
        raise click.BadParameter(f"must be a positive number of seconds, not {value}")
    return value


@click.command()
@click.argument("sources", nargs=-1, metavar="[reports.yaml | ARTICLES...]")
@click.option("-o", "--output", type=click.Path(file_okay=False),
              help="Output folder [default: the project's 'output', else ./reports].")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(FORMAT_CHOICES),
              help="Formats to make when no project file is used (repeatable; yaml keeps each input's "
                   "brief, which the others are rendered from) [default: pdf, yaml].")
@click.option("--layout", help="Output path pattern, e.g. '{client}/{stem}.{ext}' (no project file).")
@click.option("--template", "-t", help="Template [default for targets that name none].")
@click.option("--client", help="Client folder name [default for targets that name none].")
@click.option("--clients-dir", type=click.Path(file_okay=False), help="Folder of client folders.")
@click.option("--annex/--no-annex", default=None,
              help="List every fact in an annex after the body [default for targets that set none].")
@click.option("--model", help="spaCy model package or path.")
@click.option("--config", type=click.Path(dir_okay=False), help="Options file (default: ./reportgen.yaml).")
@click.option("--check", is_flag=True, help="Build nothing; exit 1 listing stale or missing outputs.")
@click.option("--force", is_flag=True, help="Rebuild every output (edited YAML briefs are still kept).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: all cores].")
@click.option("--shard", metavar="K/N", help="Only this runner's share of the inputs (stable per path).")
@click.option("--time-limit", type=float, metavar="SECONDS", callback=_seconds,
              help=f"Fail an input that takes longer than this; the others go on "
                   f"[default: {DEFAULT_TIME_LIMIT:g}].")
@click.option("--report", "report_path", type=click.Path(dir_okay=False), help="Write a JSON report here.")
@click.option("--junit", "junit_path", type=click.Path(dir_okay=False), help="Write JUnit XML here.")
@click.option("--allow-empty", is_flag=True,
              help="Exit 0 when the project or patterns yield no input (an error otherwise).")
@click.option("-v", "--verbose", is_flag=True, help="Also list outputs that were already fresh.")
@click.option("--debug", is_flag=True, help="Show the full traceback on errors.")
@click.version_option(__version__, "--version", prog_name="reportgen")
def batch(sources: tuple[str, ...], output: str | None, formats: tuple[str, ...], layout: str | None,
          template: str | None, client: str | None, clients_dir: str | None, annex: bool | None,
          model: str | None, config: str | None, check: bool, force: bool, jobs: int | None,
          shard: str | None,
          time_limit: float | None, report_path: str | None, junit_path: str | None, allow_empty: bool,
          verbose: bool, debug: bool) -> None:
    """Make briefs for many articles at once, rebuilding only what changed.

    \b
    reportgen batch                      # uses ./reports.yaml
    reportgen batch reports.yaml --shard 1/2
    reportgen batch articles/ -o reports/ -f pdf -f yaml
    reportgen batch --check              # exit 1 if any output is stale
    Each input has one YAML brief (a project's 'briefs:'), and every client, template and format is
    rendered from it: correct a fact there, and the next run re-renders them all.
    Exit codes: 0 ok, 1 an input failed (or --check found stale outputs), 2 bad project or usage.
    """
    from reportgen.errors import ReportgenError

    try:
        code = run_command(sources, output=output, formats=formats, layout=layout, template=template,
                           client=client, clients_dir=clients_dir, annex=annex, model=model, config=config,
                           check=check,
                           force=force, jobs=jobs, shard=shard, time_limit=time_limit,
                           report_path=report_path, junit_path=junit_path, allow_empty=allow_empty,
                           verbose=verbose)
    except ReportgenError as err:
        if debug:
            traceback.print_exc()
        click.echo(f"reportgen: error: {err}", err=True)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        click.echo("reportgen: error: interrupted", err=True)
        sys.exit(130)
    sys.exit(code)


def run_command(sources: tuple[str, ...], *, output: str | None = None, formats: tuple[str, ...] = (),
                layout: str | None = None, template: str | None = None, client: str | None = None,
                clients_dir: str | None = None, annex: bool | None = None, model: str | None = None,
                config: str | None = None,
                check: bool = False, force: bool = False, jobs: int | None = None, shard: str | None = None,
                time_limit: float | None = None, report_path: str | None = None,
                junit_path: str | None = None, allow_empty: bool = False, verbose: bool = False) -> int:
    """The whole command as a function returning its exit code (the CLI and tests call it)."""
    from reportgen.batch.project import FROM_ARGUMENTS, PROJECT_NAME, load_project, plan_from_args
    from reportgen.batch.shard import parse_shard
    from reportgen.errors import InputError
    from reportgen.options import load_options

    part = parse_shard(shard) if shard else None
    options = load_options(config, model=model, template=template, client=client, clients_dir=clients_dir,
                           annex=annex)
    project = _project_file(sources)
    if project is not None:
        ignored = [name for name, value in (("--format", formats), ("--layout", layout)) if value]
        if ignored:
            raise InputError(f"{', '.join(ignored)} apply without a project file; set them in {project}")
        plan = load_project(project, options, output)
    elif sources:
        plan = plan_from_args(list(sources), output or "reports", options,
                              tuple(formats) or ("pdf", "yaml"), layout)  # type: ignore[arg-type]
    else:
        raise InputError(f"no {PROJECT_NAME} here; give a project file, or article files/folders with -o")
    for warning in plan.warnings:
        click.echo(f"reportgen: warning: {warning}", err=True)
    if not plan.jobs and not allow_empty:  # a green CI run that built nothing hides a broken pattern
        raise InputError("no input to build (pass --allow-empty if that is expected)",
                         None if plan.source == FROM_ARGUMENTS else plan.source)
    if check:
        return _check(plan, part)
    from reportgen.batch.report import PlainLog, RichLog, briefs_line, summary, to_json, to_junit, use_rich
    from reportgen.batch.runner import run_batch
    from reportgen.batch.stages import REAL_STAGES
    from reportgen.fileio import os_reason, write_atomic

    reports = [(path, text) for path, text in ((report_path, to_json), (junit_path, to_junit)) if path]
    for path, _ in reports:  # before the run: a report that cannot be written would waste it
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = os_reason(exc)
            raise InputError(f"cannot create its folder ({reason})", path) from None
    log = RichLog(verbose=verbose) if use_rich(sys.stderr) else PlainLog(verbose=verbose)
    result = run_batch(plan, stages=REAL_STAGES, jobs=jobs or _cores(), shard=part, force=force, log=log,
                       time_limit=time_limit or DEFAULT_TIME_LIMIT)
    for path, text in reports:
        write_atomic(path, text(result))
    click.echo(summary(result), err=True)
    where = briefs_line(result)
    if where:
        click.echo(where, err=True)
    return 1 if result.failed_inputs else 0


def _cores() -> int:
    """Cores this process may use (a container's CPU limit, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _project_file(sources: tuple[str, ...]) -> Path | None:
    """The project file: the only argument when it is a YAML file, or ./reports.yaml with no arguments."""
    from reportgen.batch.project import PROJECT_NAME

    if not sources:
        default = Path(PROJECT_NAME)
        return default if default.is_file() else None
    only = Path(sources[0])
    if len(sources) == 1 and only.suffix.lower() in (".yaml", ".yml") and only.is_file():
        return _looks_like_project(only)
    return None


def _looks_like_project(path: Path) -> Path | None:
    """A lone YAML argument is a project unless it is a brief (briefs have ``schema_version``)."""
    from reportgen.brief.yamlio import load_yaml_file

    data = load_yaml_file(path)
    return None if isinstance(data, dict) and "schema_version" in data else path


def _check(plan: Plan, part: tuple[int, int] | None) -> int:
    from reportgen.batch.project import shown_path
    from reportgen.batch.report import PlainLog
    from reportgen.batch.runner import check, select

    stale = check(plan, shard=part, log=PlainLog())
    for path, reason in stale:
        click.echo(f"would rebuild {shown_path(Path(path))} ({reason})")
    total = sum(len(job.outputs) for job in select(plan, part))
    if stale:
        click.echo(f"{len(stale)} of {total} outputs stale or missing", err=True)
        return 1
    click.echo(f"all {total} outputs fresh", err=True)
    return 0
