"""Brief -> HTML through a sandboxed, layered Jinja template: the markup both outputs start from.

Templates and client folders are untrusted: Jinja runs sandboxed with autoescape and
``StrictUndefined``, a template sees plain data only, and what would run (scripts, event handlers)
is refused in any output; HTML output must also be self-contained (``data:`` URIs only). The PDF is
drawn from this markup by :mod:`reportgen.render.pdf`.
"""

from __future__ import annotations

import os
import re
import traceback
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from jinja2 import (
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplatesNotFound,
    TemplateSyntaxError,
    nodes,
)
from jinja2.exceptions import SecurityError, UndefinedError
from markupsafe import Markup

from reportgen.brief.model import Brief
from reportgen.errors import InputError, ReportgenError
from reportgen.options import Options
from reportgen.render import context as ctx
from reportgen.render.assets import resource_uri, stack_stylesheet
from reportgen.render.coverage import Fallback, template_fonts, uncovered_scripts
from reportgen.render.locator_map import locator_map
from reportgen.render.sandbox import BriefSandbox, TemplateLimitError, render_bounded
from reportgen.render.selection import FIT_BUDGETS, Budget, select_body
from reportgen.render.templates import (
    CLIENT_FILE,
    MAIN_TEMPLATE,
    StackLoader,
    TemplateStack,
    find_file,
    resolve_stack,
)
from reportgen.render.view import plain
from reportgen.vocab import ESTIMATIVE_TERMS, TLP_BACKGROUND, TLP_LABELS, is_telling_cue

__all__ = ["CHART_FONTS", "brief_texts", "render_html", "render_markup", "template_context"]

#: Fonts the link chart's SVG names: the default template's heading font, then any sans-serif (an SVG
#: drawn by WeasyPrint does not inherit the page's CSS fonts).
CHART_FONTS = "Inter, DejaVu Sans, sans-serif"
_CSS_VARS = {"primary": "--primary", "accent": "--accent", "text": "--text", "muted": "--muted",
             "rule": "--rule"}


def render_html(brief: Brief, options: Options) -> str:
    """The brief as one HTML file with CSS, images and fonts inlined."""
    html, _ = render_markup(brief, options, inline=True)
    return html


def template_context(brief: Brief, options: Options, output: str = "pdf") -> dict[str, Any]:
    """The plain data a template sees when ``brief`` is rendered with ``options`` (``output`` is
    ``pdf`` or ``html``)."""
    stack = resolve_stack(options.template, options.client, options.clients_dir)
    return _context(brief, options, stack, inline=output == "html")


def brief_texts(brief: Brief) -> list[str]:
    """Every string of ``brief``: what its fonts must be able to draw."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(brief.to_dict())
    return found


def _environment(stack: TemplateStack, inline: bool) -> tuple[BriefSandbox, StackLoader]:
    loader = StackLoader(stack)
    env = BriefSandbox(loader=loader, autoescape=True, undefined=StrictUndefined,
                                        trim_blocks=True, lstrip_blocks=True, auto_reload=True)
    folders = list(stack.folders)

    def asset(name: str) -> str:
        path = find_file(folders, name)
        if path is None:
            raise InputError(f"asset {name!r} not found in {', '.join(map(str, folders))}")
        return resource_uri(path, inline)

    env.globals.update(asset=asset, estimative_scale=plain(ESTIMATIVE_TERMS), tlp_labels=plain(TLP_LABELS))
    env.tests["web_url"] = _is_web_url
    env.tests["unmarked_approximation"] = ctx.needs_approx_mark
    env.tests["telling_cue"] = is_telling_cue
    env.filters.update(excerpt=_excerpt_filter, source_label=ctx.source_label, title_size=ctx.title_size,
                       fit_count=ctx.fit_count, tidy=ctx.tidy)
    return env, loader


@dataclass
class _CachedEnvironment:
    """A stack's Jinja environment kept between renders: compiling the templates costs more than
    rendering them. ``checked`` is the state of the template files when their blocks were checked."""

    env: BriefSandbox
    loader: StackLoader
    checked: tuple[tuple[str, int, int], ...] | None = None


_ENVIRONMENTS: OrderedDict[tuple[Any, ...], _CachedEnvironment] = OrderedDict()
_ENVIRONMENTS_KEPT = 16


def _cached_environment(stack: TemplateStack, inline: bool) -> _CachedEnvironment:
    """The environment for ``stack``, reused while the process lives (Jinja's ``auto_reload``
    recompiles a template whose file changed); only the stack's folders shape an environment."""
    key = (tuple(stack.folders), stack.template.name, inline)
    cached = _ENVIRONMENTS.get(key)
    if cached is None:
        cached = _CachedEnvironment(*_environment(stack, inline))
        _ENVIRONMENTS[key] = cached
        while len(_ENVIRONMENTS) > _ENVIRONMENTS_KEPT:
            _ENVIRONMENTS.popitem(last=False)
    else:
        _ENVIRONMENTS.move_to_end(key)
    return cached


def _files_state(loader: StackLoader) -> tuple[tuple[str, int, int], ...] | None:
    """Modification time and size of every template file the loader has read (None if one is gone)."""
    state = []
    for name in sorted(loader.loaded):
        try:
            info = os.stat(name)
        except OSError:
            return None
        state.append((name, info.st_mtime_ns, info.st_size))
    return tuple(state)


def _excerpt_filter(text: str | None, limit: int = 200, focus: str | None = None) -> str:
    """``{{ text | excerpt(120, focus) }}``: a word-boundary cut kept around ``focus``."""
    return ctx.excerpt(text, limit, focus)


def _is_web_url(value: object) -> bool:
    """Only http(s) links become ``href``s: a brief's URL could say ``javascript:``."""
    return isinstance(value, str) and re.match(r"https?://[^\s]+$", value, re.IGNORECASE) is not None


def _client_css(stack: TemplateStack) -> str:
    """CSS custom properties from client.yaml (values are schema-checked colours and names)."""
    client = stack.client
    rules = [f"{_CSS_VARS[key]}: {value};" for key, value in sorted(client.colours.items())]
    for role in ("body", "heading"):
        if role in client.fonts:
            rules.append(f'--font-{role}: "{client.fonts[role]}", var(--font-{role}-fallback);')
    return f":root {{ {' '.join(rules)} }}" if rules else ""


def _context(brief: Brief, options: Options, stack: TemplateStack, inline: bool,
             fallback: Fallback | None = None, budget: Budget = FIT_BUDGETS[0]) -> dict[str, Any]:
    """What the template sees, as plain data only (:mod:`reportgen.render.view`); characters that
    would reorder or hide the brief's text are shown as ``[U+XXXX]`` (the attached YAML keeps them)."""
    brief = ctx.revealed(brief)
    client = stack.client
    logo = None
    if client.logo and stack.client_path is not None:
        path = find_file([stack.client_path], client.logo)
        if path is None:
            raise InputError(f"logo {client.logo!r} is not a file inside the client folder",
                             stack.client_path / CLIENT_FILE)
        logo = resource_uri(path, inline)
    shown, omitted = ctx.shown_brief(brief)
    groups = ctx.claim_groups(shown)
    body = select_body(shown, brief, budget=budget)
    annex = client.annex if options.annex is None else options.annex
    stylesheet = "\n".join(filter(None, [stack_stylesheet(stack.layers, inline), _client_css(stack)]))
    info = stack.template
    tlp = ctx.tlp_in_effect(options.tlp, client.tlp, options.allow_tlp_downgrade, client.name)
    return plain({
        "brief": brief,
        "doc": ctx.build_document_info(brief, stack.label, client.author, client.language, tlp.label),
        "client": client,
        "logo": logo,
        "tlp": tlp,
        "tlp_background": TLP_BACKGROUND,
        "key_actors": ctx.key_actors(brief),
        "locator_map": locator_map(brief.places),
        "claim_groups": groups,
        "lead_quotes": ctx.lead_quotes(groups),
        "numbers": ctx.numbers_of(shown),
        "number_rows": ctx.number_rows(ctx.numbers_of(shown)),
        "outlook": ctx.outlook_items(shown),
        "disagreements": ctx.disagreements(brief),
        "chart": ctx.link_chart(brief, CHART_FONTS),
        "timeline": ctx.timeline_of(brief),
        "upcoming": ctx.upcoming_dates(brief),
        "sources": ctx.sources_of(shown),
        "omitted": replace(omitted, body=body.omitted),
        "actors": shown.actors,
        "body": body,
        "annex": annex,
        "sections": client.sections_shown,
        "font_fallback": {"scripts": uncovered_scripts(brief_texts(brief), template_fonts(stack.folders)),
                          "fonts": fallback.fonts if fallback else (),
                          "missing": fallback.missing if fallback else ()},
        "multi_source": len(ctx.sources_of(brief)) > 1,
        "stylesheet": Markup(stylesheet),
        "template": ctx.TemplateMeta(info.name, info.origin, info.description, info.parent, info.version),
        "base": f"{info.name}:{MAIN_TEMPLATE}",
        "output": "html" if inline else "pdf",
    })


def render_markup(brief: Brief, options: Options, inline: bool, fallback: Fallback | None = None,
                  budget: Budget = FIT_BUDGETS[0]) -> tuple[str, TemplateStack]:
    """The template's HTML for ``brief`` and the stack it came from: with CSS, images and fonts as
    ``data:`` URIs when ``inline`` (the HTML output), else as the stack's files (WeasyPrint's input);
    the body shows what fits ``budget``.
    A template's mistakes become :class:`~reportgen.errors.InputError` naming its file and line."""
    stack = resolve_stack(options.template, options.client, options.clients_dir)
    cached = _cached_environment(stack, inline)
    env, loader = cached.env, cached.loader
    values = _context(brief, options, stack, inline, fallback, budget)
    try:
        state = _files_state(loader)
        if state is None or state != cached.checked:
            cached.checked = None
            _check_blocks(env, values["base"])
        html = render_bounded(env.get_template(MAIN_TEMPLATE), values)
        cached.checked = _files_state(loader)
        _check_references(html, stack, loader, inline)
        return html, stack
    except TemplateSyntaxError as exc:
        raise InputError(f"template syntax error: {exc.message}",
                         f"{exc.filename or exc.name}:{exc.lineno}") from None
    except (TemplateNotFound, TemplatesNotFound) as exc:
        raise InputError(f"template file {exc.name!r} not found in the template stack",
                         _template_location(exc, loader) or stack.folders[0]) from None
    except UndefinedError as exc:
        raise InputError(f"undefined in template: {exc.message}", _template_location(exc, loader)) from None
    except SecurityError as exc:
        raise InputError(f"template tried an unsafe operation (sandbox): {exc}",
                         _template_location(exc, loader)) from None
    except TemplateLimitError as exc:
        raise InputError(f"template refused: {exc}",
                         _template_location(exc, loader) or stack.folders[0]) from None
    except TemplateError as exc:
        raise InputError(f"template error: {exc}", _template_location(exc, loader)) from None
    except RecursionError as exc:
        raise InputError("template recursion too deep (a macro calling itself without end, or templates "
                         "extending or including each other in a loop)",
                         _template_location(exc, loader) or stack.folders[0]) from None
    except ReportgenError:
        raise
    except Exception as exc:  # what the template's own code raised: {{ 1/0 }}, {{ 'a' | center('x') }}
        location = _template_location(exc, loader)
        if location is None:
            raise  # not from the template: a bug of ours, reported as one
        raise InputError(f"template error: {type(exc).__name__}: {_one_line(str(exc))}", location) from None


def _one_line(text: str, limit: int = 200) -> str:
    """``text`` on one line, cut to ``limit`` characters (an exception may quote a long value)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _check_references(html: str, stack: TemplateStack, loader: StackLoader, inline: bool) -> None:
    """Refuse what would run (scripts, event handlers, redirects, ``javascript:`` links) in any
    output, and in HTML every outside resource: it must be one self-contained file. PDF resources go
    through the restricted fetcher instead. The error names the template file that introduced it."""
    from reportgen.render.references import scan

    for ref in scan(html):
        if ref.kind == "active":
            raise InputError(f"{ref.what} {ref.value[:120]!r} is not allowed: a brief runs no scripts, "
                             "event handlers, redirects or animated links and links only to http(s), "
                             "mailto or tel",
                             _introduced_by(ref.marker or ref.value, stack, loader))
        if inline:
            raise InputError(f"{ref.what} refers to {ref.value[:120]!r}; HTML output must be "
                             "self-contained: only data: URIs (use asset('file') for template files)",
                             _introduced_by(ref.marker or ref.value, stack, loader))


def _introduced_by(text: str, stack: TemplateStack, loader: StackLoader) -> str:
    """The first template or stylesheet of the stack (client first) whose source holds ``text``,
    else the stack's first folder."""
    from reportgen.render.assets import STYLE_FILE

    files = [*sorted(loader.loaded, key=lambda f: _layer_rank(f, stack)),
             *(str(layer.path / STYLE_FILE) for layer in stack.layers)]
    for name in files:
        try:  # HTML names of tags and attributes are in any case
            if text and text.lower() in Path(name).read_text("utf-8", errors="replace").lower():
                return name
        except OSError:
            continue
    return str(stack.folders[0])


def _layer_rank(name: str, stack: TemplateStack) -> int:
    """Client folders first, then the templates they build on (as the stack searches them)."""
    ranks = (i for i, folder in enumerate(stack.folders) if Path(name).is_relative_to(folder))
    return next(ranks, len(stack.folders))


def _parse(env: BriefSandbox, name: str,
           base: str | None = None) -> tuple[nodes.Template, str, str | None]:
    """AST, file name and ``{% extends %}`` target of the template ``name`` (``base`` is the value
    of the ``base`` variable, for ``{% extends base %}``)."""
    assert env.loader is not None
    source, filename, _ = env.loader.get_source(env, name)
    assert filename is not None  # the stack loader always reads a file
    ast = env.parse(source, name, filename)
    parent: str | None = next((node.template.value if isinstance(node.template, nodes.Const) else base
                   for node in ast.find_all(nodes.Extends)
                   if isinstance(node.template, nodes.Const)
                   or (isinstance(node.template, nodes.Name) and node.template.name == "base")), None)
    return ast, filename, parent


def _check_blocks(env: BriefSandbox, base: str) -> None:
    """A top-level block the parents do not define would be silently ignored: report it instead. The
    parents are compiled here too, so the render's deadline counts the template's work, not the
    first compilation of the templates it extends."""
    ast, filename, parent = _parse(env, MAIN_TEMPLATE, base)
    known: set[str] = set()
    seen: set[str] = set()
    while parent and parent not in seen and len(seen) < 16:
        seen.add(parent)
        parent_ast, _, next_parent = _parse(env, parent)
        env.get_template(parent)
        known.update(block.name for block in parent_ast.find_all(nodes.Block))
        parent = next_parent
    if not seen:
        return
    for node in ast.body:
        if isinstance(node, nodes.Block) and node.name not in known:
            raise InputError(f"block {node.name!r} is not defined by the template it extends; blocks you "
                             f"can override: {', '.join(sorted(known))}", f"{filename}:{node.lineno}")


def _template_location(exc: BaseException, loader: StackLoader) -> str | None:
    """``file:line`` of the innermost template frame (Jinja maps frames to template lines)."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename in loader.loaded]
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else None
