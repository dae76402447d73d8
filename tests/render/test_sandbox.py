"""The template sandbox: a client template sees plain data only, reaches nothing else, and cannot ask
for unbounded work (issue 13's critical finding: ``template.path`` was a ``pathlib.Path``)."""

from __future__ import annotations

import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from render_briefs import EXAMPLE_CLIENTS, make_brief, make_dated_brief

from reportgen.brief import brief_to_yaml
from reportgen.errors import InputError
from reportgen.options import Options
from reportgen.render import render_html, render_pdf, template_context
from reportgen.render.sandbox import BriefSandbox, NestedCount, RenderDeadline, TemplateLimitError, deadline
from reportgen.render.view import TemplateDataError, is_plain, plain


def client_with(tmp_path: Path, body: str, prelude: str = "") -> Options:
    """A client folder whose template puts ``body`` into the bottom-line block (line 3)."""
    folder = tmp_path / "hostile"
    folder.mkdir(exist_ok=True)
    (folder / "client.yaml").write_text("name: Hostile\n", encoding="utf-8")
    (folder / "brief.html.j2").write_text(
        f'{{% extends "default:brief.html.j2" %}}{prelude}\n{{% block bluf %}}\n{body}\n{{% endblock %}}\n',
        encoding="utf-8")
    return Options(template=str(folder))


def multi_source_brief() -> Any:
    brief = make_dated_brief()  # with key dates: the timeline's items are walked too
    second = type(brief.source)(title="Second", outlet="Wire", id="s2", path="b.txt", sha256="ab" * 32)
    brief.sources = [brief.source, second]
    return brief


@pytest.mark.parametrize("options", [
    Options(),
    Options(template="summary"),
    Options(template=str(EXAMPLE_CLIENTS / "halden-security")),
    Options(template=str(EXAMPLE_CLIENTS / "northwind-risk")),
])
@pytest.mark.parametrize("output", ["pdf", "html"])
def test_every_value_a_template_sees_is_plain_data(options: Options, output: str) -> None:
    values = template_context(multi_source_brief(), options, output)
    assert is_plain(values)
    assert not any(isinstance(v, Path) for v in _walk(values))


def test_the_environment_offers_only_plain_data_and_its_own_helpers() -> None:
    env = BriefSandbox()
    env.globals.update(estimative_scale=plain(()), asset=lambda name: name)
    for name, value in env.globals.items():
        assert is_plain(value) or value in env.trusted_callables, name


def _walk(value: Any) -> list[Any]:
    found = [value]
    if isinstance(value, dict):
        for item in value.values():
            found += _walk(item)
    elif isinstance(value, tuple | list):
        for item in value:
            found += _walk(item)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            found += _walk(getattr(value, name))
    return found


def test_plain_refuses_what_is_not_data() -> None:
    for value in (Path("/etc"), open, object(), {Path("/"): 1}, [lambda: 1], {1, 2}):
        with pytest.raises(TemplateDataError):
            plain(value)
    view = plain(make_brief())
    assert view.title == make_brief().title and view.actors[0].name == "Harbour Workers Union"
    assert not hasattr(view, "to_dict") and not hasattr(view, "actor")
    with pytest.raises(AttributeError):
        view.title = "changed"  # type: ignore[misc]


ESCAPES = [
    "{{ template.path.joinpath('/etc/passwd').read_text() }}",
    "{{ template.path }}",
    "{{ brief.to_dict() }}",
    "{{ brief.actor('Tomas Reiner') }}",
    "{{ brief.__class__.__init__.__globals__ }}",
    "{{ brief.source.path.__class__.__mro__ }}",
    "{{ (brief | attr('__class__')).__init__ }}",
    "{{ (key_actors | map(attribute='__class__') | first).__name__ }}",
    "{{ client.__class__ }}",
    "{{ doc.time.tzinfo }}",
    "{{ asset.__globals__ }}",
    "{{ asset.__code__ }}",
    "{{ lipsum.__globals__['os'] }}",
    "{{ range.__self__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ self.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{% for a in brief.actors %}{{ loop.__class__ }}{{ loop._iterator }}{% endfor %}",
    "{{ '{0.__class__.__mro__}'.format(brief) }}",
    "{{ brief.title.encode('utf-8') }}",
    "{{ brief.title.format_map(brief) }}",
    "{{ tlp_labels.pop('TLP:RED') }}",
    "{{ estimative_scale[0].__class__ }}",
    "{{ claim_groups[0].claims.__class__.__base__.__subclasses__() }}",
    "{{ (1).bit_length() }}",
    "{{ brief.numbers[0].value.hex() }}",
    "{{ dict.fromkeys('ab') }}",
    "{{ dict.mro() }}",
    "{% macro m() %}{{ caller.__globals__ }}{% endmacro %}{% call m() %}x{% endcall %}",
]


@pytest.mark.parametrize("expression", ESCAPES)
def test_escape_attempts_through_every_exposed_object_are_refused(tmp_path: Path, expression: str) -> None:
    options = client_with(tmp_path, expression)
    for render in (render_html, render_pdf):
        with pytest.raises(InputError) as caught:
            render(make_brief(), options)
        assert caught.value.path is not None and caught.value.path.endswith("hostile/brief.html.j2:3")


def test_a_template_cannot_write_a_file(tmp_path: Path) -> None:
    target = tmp_path / "written"
    options = client_with(tmp_path, f"{{{{ template.path.joinpath('{target}').write_text('x') }}}}")
    with pytest.raises(InputError):
        render_pdf(make_brief(), options)
    assert not target.exists()


def test_the_cli_refuses_a_reading_template_in_render_build_and_batch(tmp_path: Path) -> None:
    from reportgen.cli import cli

    options = client_with(tmp_path, "{{ template.path.joinpath('/etc/passwd').read_text() }}")
    brief = tmp_path / "brief.yaml"
    brief.write_text(brief_to_yaml(make_brief()), encoding="utf-8")
    out = tmp_path / "out.pdf"
    article = tmp_path / "article.txt"
    article.write_text("Port strike\n\nDock workers in Calder walked out on Monday, the union said.\n",
                       encoding="utf-8")
    runs = {"render": ["render", str(brief)], "build": ["build", str(article)],
            "batch": ["batch", str(article), "-f", "pdf", "--jobs", "1"]}
    for command, args in runs.items():
        target = ["-o", str(tmp_path / "batch-out")] if command == "batch" else ["-o", str(out)]
        result = CliRunner().invoke(cli, [*args, "--template", options.template, *target])
        assert result.exit_code != 0 and "root:" not in result.output, (command, result.output)
        assert "hostile/brief.html.j2:3" in result.output and "Traceback" not in result.output, command
        assert not out.exists() and not list(tmp_path.glob("batch-out/**/*.pdf")), command


def test_what_templates_may_use_still_works(tmp_path: Path) -> None:
    body = ("{% set ns = namespace(n=0) %}{% for a in key_actors %}{% set ns.n = ns.n + 1 %}{% endfor %}"
            "<p id=n>{{ ns.n }}</p><p id=up>{{ brief.title.upper().split()[0] }}</p>"
            "{% for t, acts in brief.actors | groupby('type') %}<i>{{ t }}={{ acts | length }}</i>"
            "{% endfor %}"
            "{% for k, v in tlp_labels.items() %}{% if loop.first %}<b>{{ k }} {{ v.colour }}</b>{% endif %}"
            "{% endfor %}{% set c = cycler('odd', 'even') %}<u>{{ c.next() }}{{ c.next() }}</u>"
            "<s>{{ estimative_scale[0].range }} {{ template.name }} {{ '%05.1f' | format(3.14159) }}</s>"
            "{{ super() }}")
    html = render_html(make_brief(), client_with(tmp_path, body))
    assert "<p id=n>7</p>" in html and "<p id=up>PORT</p>" in html and "<i>organization=4</i>" in html
    assert "<b>TLP:RED #FF2B2B</b>" in html and "<u>oddeven</u>" in html
    assert "<s>1-5% default 003.1</s>" in html
    assert "Bottom line up front" in html


#: What the bounds check must leave as Jinja makes it.
SAME_AS_JINJA = [
    "{{ users | join(', ', attribute='name') }}",
    "{{ users | join(attribute='code.0') }}",
    "{{ [1, 'a<b', none] | join('&') }}",
    "{{ ['<i>' | safe, 'a<b'] | join('|') }}",
    "{{ users | tojson }}",
    "{{ users | tojson(2) }}",
    "{{ 'a<\"b\\'&' | tojson }}",
    "{{ users | pprint }}",
    "{{ {'k' * 50: range(30) | list} | pprint }}",
    "{{ '%s-%05.1f' | format('a', 2.5) }}",
    "{{ '%(a)s/%(a)r' % {'a': 'x<y'} }}",
    "{{ '%d%%' % 5 }}",
    "{{ '%s' % [1, 'x'] }}",
    "{{ '%(a(b))s' % {'a(b)': 3} }}",
    "{{ ('<b>%s</b>' | safe) % '<i>' }}",
    "{% set one = 1 %}{{ 'a' ~ one ~ none ~ [1, 2] ~ ('<x>' | safe) ~ '<y>' }}",
    "{{ 'a' + 'b' }}{{ ('<b>' | safe) + '<i>' }}{{ [1] + [2] }}",
    "{{ [1, 'x', {'a': (1, 2)}] }}{{ users }}{{ namespace(a=1) }}{{ {'a': 1}.items() }}{{ source }}",
    "{{ {'class': 'x<y', 'id': 3, 'n': none} | xmlattr }}",
    "{{ {'a': 'b c', 'd': 'é'} | urlencode }}{{ [('a', 1), ('b', 'x y')] | urlencode }}",
    "{{ 'a b/é' | urlencode }}{{ [1, 2] | string }}{{ 'A<b' | e }}{{ 'A<b' | lower }}",
    "{{ 'hello world' | title }}{{ 'a b' | wordcount }}",
    "{{ 'a\\nb\\n\\nc' | indent(2) }}{{ 'a\\nb' | indent('> ', true, true) }}",
    "{{ ('word ' * 30) | wordwrap(20) }}{{ ('a-b c' * 20) | wordwrap(7, true, '<br>') }}",
    "{{ 'see www.example.com, a@b.org and http://x.io/p?q=1&r' | urlize }}",
    "{{ 'go http://x.io now' | urlize(10, true, '_blank', 'noreferrer') }}",
    "{{ 'a&b' | replace('&', '<&>') }}{{ ('a&b' | safe) | replace('&', '<&>') }}",
    "{{ 'a<b' | replace('<' | safe, 'x') }}",
    "{{ users | map(attribute='name') | sort | join }}",
    "{{ users | sort(attribute='name,v') | map(attribute='v') | join }}",
    "{{ users | groupby('name') | map(attribute='grouper') | join }}{{ {'b': 1, 'A': 2} | dictsort }}",
    "{{ [[1], [2, 3]] | sum(start=[]) }}{{ users | sum(attribute='v') }}",
    "{{ users | map(attribute='code') | map('list') | sum(start=[]) }}",
    "{{ range(5) | batch(2, 0) | list }}{{ range(5) | slice(2) | list }}",
    "{{ range(5) | map('string') | slice(2) | list }}",
    "{{ 'abc' | reverse }}{{ range(3) | reverse | list }}{{ range(3) | map('string') | reverse | join }}",
    "{% macro m(x) %}<{{ x }}>{% endmacro %}{{ m(1) ~ m(2) }}",
    "{% macro w() %}[{{ caller() }}]{% endmacro %}{% call w() %}c{{ 1 }}{% endcall %}",
    "{% set b %}x{{ 1 }}y{% endset %}{{ b }}{{ b | length }}{% filter upper %}ab{{ 'c' }}{% endfilter %}",
    "{% set x = 'abcdef' %}{{ x[1:] }}{{ x[:-1] }}{{ x[::-1] }}{{ [1, 2, 3][1:] }}{{ x[1] }}{{ 'abc'[:2] }}",
    "{{ 'x' | center(9) }}{{ 'abc' | list }}{{ 'abcdef'[1:4] }}{{ 'a b'.split() }}",
    # list, tuple and mapping literals and what filters and calls build: their items are counted
    "{% set ns = namespace(a=[1], b=(1,)) %}{% for i in range(10) %}{% set ns.a = [ns.a, ns.a] %}"
    "{% set ns.b = (ns.b, ns.b) %}{% endfor %}{{ ns.a | tojson | length }} {{ ns.a == ns.a | list }}"
    "{{ ns.b in [ns.a, ns.b] }}{{ [ns.b, ns.b] | unique | list | length }}{{ ([ns.a] * 3) | length }}",
    "{% set a, b = (1, 2) %}{{ a }}{{ b }}{% for k, v in {'x': [1, 2]}.items() %}{{ k }}{{ v }}{% endfor %}"
    "{{ dict(x=[1, 2], y=(3,)) }}{{ [(1, 2)] | batch(2, 0) | list }}{{ {'a': [1]}.items() | list }}",
]


@pytest.mark.parametrize("autoescape", [True, False])
@pytest.mark.parametrize("expression", SAME_AS_JINJA)
def test_bounded_filters_and_operators_give_what_jinjas_give(expression: str, autoescape: bool) -> None:
    values = {"users": [{"name": "Bo", "code": "xy", "v": 2}, {"name": "al", "code": "zz", "v": 3}],
              "source": plain(make_brief()).source}
    ours = BriefSandbox(autoescape=autoescape, undefined=StrictUndefined).from_string(expression)
    jinjas = ImmutableSandboxedEnvironment(autoescape=autoescape, undefined=StrictUndefined)
    assert ours.render(values) == jinjas.from_string(expression).render(values)


UNBOUNDED = [
    "{{ 'x' * 10**10 }}",
    "{{ [1] * 10**9 }}",
    "{{ 9 ** 999999999 }}",
    "{{ range(10**9) | list | length }}",
    "{{ lipsum(10**7) }}",
    "{{ lipsum(3, max=10**8) }}",
    "{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% set ns = namespace(s='xy') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
    "{% set ns = namespace(s='xy') %}{% for i in range(64) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
    "{{ '%0999999999d' % 1 }}",
    "{{ '%0999999999d' | format(1) }}",
    "{{ 'x' | center(10**9) }}",
    "{{ 'x' | indent(10**9, true) }}",
    "{{ range(100000) | join('x' * 100000) }}",
    "{{ ('a' * 100000) | replace('', 'b' * 100000) }}",
    "{{ range(10) | batch(10**9, 'x') | list }}",
    "{% for i in range(100000) %}{{ 'x' * 9000000 }}{% endfor %}",
    # a value's text is made of its items: [s] * 1000 is small, its text is not
    "{% set s = 'x' * 9000000 %}{{ ([{'a': s}] * 1000) | join(attribute='a') }}",
    "{% set s = 'x' * 9000000 %}{{ [[s] * 1000] | join }}",
    "{% set s = 'x' * 9000000 %}{{ [s] * 1000 }}",
    "{% set s = 'x' * 9000000 %}{{ [s] * 1000 ~ '' }}",
    "{% set s = 'x' * 9000000 %}{{ ('%(a)s' * 1000) % {'a': s} }}",
    "{% set s = 'x' * 9000000 %}{{ '%s' | format([s] * 1000) }}",
    "{% set s = 'x' * 9000000 %}{{ ([s] * 1000) | string }}",
    "{% set s = 'x' * 9000000 %}{{ ([s] * 1000) | replace('a', 'b') }}",
    "{% set s = 'x' * 9000000 %}{{ ([s] * 1000) | tojson }}",
    "{{ [1, 2] | tojson(10**9) }}",
    "{% set s = 'x' * 9000000 %}{{ ([s] * 1000) | pprint }}",
    "{% set s = 'x' * 5000000 %}{{ {s: range(1000) | list} | pprint }}",
    "{% set s = 'x' * 9000000 %}{{ {'a': [s] * 1000} | xmlattr }}",
    "{{ ('&' * 9000000) | e }}",
    "{% set ns = namespace(l=['x']) %}{% for i in range(40) %}{% set ns.l = [ns.l, ns.l] %}{% endfor %}"
    "{{ ns.l }}",
    "{% set ns = namespace(l=['x']) %}{% for i in range(40) %}{% set ns.l = [ns.l, ns.l] %}{% endfor %}"
    "{{ ns.l | tojson }}",
    # filters that repeat an argument per line, word or item, or copy each item
    "{{ ('\\n' * 9000000) | indent(1000, true, true) }}",
    "{{ ('x ' * 50000) | wordwrap(1, wrapstring='y' * 1000000) }}",
    "{{ ('http://a.io ' * 10000) | urlize(target='t' * 5000000) }}",
    "{{ (('\U0001F600' ~ 'a' * 9000000) | safe) | replace('a', '&') }}",
    "{% set s = 'x' * 9000000 %}{{ ([s] * 1000) | sort }}",
    "{% set s = 'x' * 9000000 %}{{ ([{'a': s}] * 1000) | groupby('a') }}",
    "{{ ([[1] * 1000000] * 1000) | sum(start=[]) }}",
    "{{ ([[1]] * 1000000) | sum(start=[]) }}",
    # a loop in a macro, block or captured body repeats the template's text, joined only at the end
    "{% macro m() %}{% for i in range(100000) %}" + "y" * 200_000 + "{% endfor %}{% endmacro %}{{ m() }}",
    "{% set b %}{% for i in range(100000) %}" + "y" * 200_000 + "{% endfor %}{% endset %}{{ b | length }}",
    "{% filter length %}{% for i in range(100000) %}" + "y" * 200_000 + "{% endfor %}{% endfilter %}",
    # each copy of a long string is bounded, but a loop keeping them would fill memory within the deadline
    "{% set s = 'x' * 9000000 %}{% set ns = namespace(l=[]) %}{% for i in range(1000) %}"
    "{% set ns.l = ns.l + [s ~ i] %}{% endfor %}",
    "{% set s = 'x' * 9000000 %}{% set ns = namespace(l=[]) %}{% for i in range(1000) %}"
    "{% set ns.l = ns.l + [s[i:]] %}{% endfor %}",
    "{% set s = 'x' * 9000000 %}{% set ns = namespace(l=[]) %}{% for i in range(1000) %}"
    "{% set ns.l = ns.l + [s.upper()] %}{% endfor %}",
    "{% set s = 'x' * 9000000 %}{% macro m() %}{% for i in range(1000) %}{{ s }}{% endfor %}{% endmacro %}"
    "{{ m() | length }}",
]


@pytest.mark.parametrize("expression", UNBOUNDED)
def test_unbounded_template_work_is_refused_quickly_and_in_little_memory(tmp_path: Path,
                                                                         expression: str) -> None:
    options = client_with(tmp_path, expression)
    render_html(make_brief(), Options())  # modules loaded and the default template compiled first
    tracemalloc.start()  # this render's own peak, not the process's high-water mark
    started = time.monotonic()
    try:
        with pytest.raises(InputError, match="template") as caught:
            render_html(make_brief(), options)
        elapsed = time.monotonic() - started
        peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    assert caught.value.path is not None and "hostile/brief.html.j2:3" in caught.value.path
    assert str(caught.value).count("\n") == 0
    assert elapsed < 5 and peak_mb < 200, (elapsed, peak_mb)


def doubled(step: str, start: str = "['x']", rounds: int = 40) -> str:
    """A template that applies ``step`` to ``ns.a`` ``rounds`` times, then reads it cheaply."""
    return (f"{{% set ns = namespace(a={start}) %}}{{% for i in range({rounds}) %}}{step}{{% endfor %}}"
            "{{ ns.a | length }}")


#: Ways to build a value whose items, counted each time they are held, are far more than it takes in
#: memory: comparing, sorting or hashing two of them runs in C for hours, past the render deadline.
#: (A macro, ``caller()`` or ``{% set %}`` block gives a string, bounded as text; a namespace or cycler
#: compares as itself; ``slice``, ``groupby``, ``map`` and ``select`` regroup the items they are given.)
NESTED_BLOW_UPS = [
    doubled("{% set ns.a = [ns.a, ns.a] %}"),
    doubled("{% set ns.a = (ns.a, ns.a) %}"),
    doubled("{% set ns.a = {'l': ns.a, 'r': ns.a} %}"),
    doubled("{% set ns.a = [ns.a] + [ns.a] %}"),
    doubled("{% set ns.a = [ns.a] * 2 %}"),
    doubled("{% set ns.a = dict(l=ns.a, r=ns.a) %}"),
    doubled("{% set ns.a = [ns.a] | batch(2, ns.a) | first %}"),
    doubled("{% for row in [ns.a] | batch(2, ns.a) %}{% set ns.a = row %}{% endfor %}"),
    doubled("{% set ns.a = [ns.a] | batch(1) | list | sum(start=[ns.a]) %}"),
    doubled("{% set ns.a = {'l': ns.a.items(), 'r': ns.a.items()} %}", start="{'x': 1}"),
    "{% set s = 'x' * 9000000 %}{{ ([s] * 100000) | length }}",  # each compare reads 9 MB
    # nested deep: hashing a tuple a million deep overflows the C stack
    doubled("{% set ns.a = (ns.a,) %}", start="()", rounds=200),
    doubled("{% set ns.a = [ns.a] %}", rounds=200),
]


@pytest.mark.parametrize("expression", NESTED_BLOW_UPS)
def test_values_with_more_items_nested_than_memory_shows_are_refused_as_they_are_built(
        tmp_path: Path, expression: str) -> None:
    options = client_with(tmp_path, expression)
    refused = r"template refused: a template expression built a (\w+ of more than 1,000,000 items|value nest)"
    with pytest.raises(InputError, match=refused) as caught:
        render_html(make_brief(), options)
    assert caught.value.path is not None and caught.value.path.endswith("hostile/brief.html.j2:3")
    assert str(caught.value).count("\n") == 0


#: Each way a template builds a list, tuple or mapping, given a list ``half`` that holds just over half
#: the items allowed (600 references to one list of 1,000 numbers): twice ``half`` is over the limit.
BUILDERS = [
    "{{ [half, half] | length }}",
    "{{ (half, half) | length }}",
    "{{ {'l': half, 'r': half} | length }}",
    "{{ {'l': half_map.items(), 'r': half_map.values()} | length }}",
    "{{ (half + half) | length }}",
    "{{ (half * 2) | length }}",
    "{{ dict(l=half, r=half) | length }}",
    "{{ half | batch(601, half) | first | length }}",
    "{% for row in half | batch(601, half) %}{{ row | length }}{% endfor %}",
    "{{ [[half]] | sum(start=[half]) | length }}",
]


@pytest.mark.parametrize("expression", BUILDERS)
def test_every_way_to_build_a_value_counts_its_nested_items(expression: str) -> None:
    def render(shared: list[int]) -> str:
        half = [shared] * 600
        template = BriefSandbox(undefined=StrictUndefined).from_string(expression)
        return template.render(half=half, half_map={"k": half})

    assert render(list(range(10))) in {"2", "1200", "601"}  # ten numbers each: well within the limit
    with pytest.raises(TemplateLimitError, match="of more than 1,000,000 items"):
        render(list(range(1000)))


def test_items_are_counted_each_time_they_are_held_but_walked_once() -> None:
    shared = ["x" * 250, 7]  # a string counts an item per 100 characters started after the first
    assert NestedCount().measure(shared) == 1 + 3 + 1
    assert NestedCount().measure([shared, shared, (shared,)]) == 1 + 2 * 5 + (1 + 5)
    assert NestedCount().measure({"k": shared}) == 1 + 1 + 5
    assert NestedCount().measure([{"k": shared}.items()]) == 1 + 1 + 7  # a view counts as its dict
    assert NestedCount().measure([plain(make_brief())]) == 2  # a brief record compares in Python
    nested: list[Any] = []
    for _ in range(99):  # a hundred lists deep, as deep as a value written out may be
        nested = [nested]
    assert NestedCount().measure(nested) == 100
    with pytest.raises(TemplateLimitError, match="nested more than 100 deep"):
        NestedCount().measure([nested])
    with pytest.raises(TemplateLimitError, match="nested more than 100 deep"):
        NestedCount().measure([[], nested])  # the deep part counted second, from a shallow start


def test_long_values_within_the_limits_still_render(tmp_path: Path) -> None:
    body = ("{% set s = 'x' * 2000000 %}{% set b %}{% for i in range(3) %}{{ s }}{% endfor %}{% endset %}"
            "<p id=n>{{ b | length }} {{ (s ~ s)[1:] | length }} {{ s.upper() | length }}</p>")
    assert "<p id=n>6000000 3999999 2000000</p>" in render_html(make_brief(), client_with(tmp_path, body))


def test_the_render_deadline_stops_a_loop_in_any_thread() -> None:
    outcome: list[str] = []

    def spin() -> None:
        try:
            with deadline(0.2):
                while True:
                    pass
        except RenderDeadline:
            outcome.append("stopped")

    worker = threading.Thread(target=spin)
    worker.start()
    worker.join(timeout=20)
    assert outcome == ["stopped"]


def test_the_deadline_leaves_a_finished_block_alone() -> None:
    with deadline(5):
        total = sum(range(1000))
    time.sleep(0.05)
    assert total == 499500


def test_a_render_past_its_deadline_says_why() -> None:
    from reportgen.render.sandbox import RenderDeadline, deadline

    with pytest.raises(RenderDeadline) as caught, deadline(0.05):
        while True:
            pass
    assert "took more than 0.05 s" in str(caught.value)
