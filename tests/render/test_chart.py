"""The link chart: SVG parsed back (nodes, edges, labels, legend), same bytes every time, escaped and
self-contained, and in the rendered HTML and PDF."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from render_briefs import make_brief
from render_helpers import pdf_text

from reportgen.brief import Actor, Brief, Relation
from reportgen.options import Options
from reportgen.render import render_html, render_pdf, template_context
from reportgen.render.chart import ChartEdge, ChartNode, link_chart_svg
from reportgen.render.context import MAX_CHART_ACTORS, link_chart
from reportgen.render.references import scan

SVG = "{http://www.w3.org/2000/svg}"

NODES = [ChartNode("Harbour Workers Union", "organization"), ChartNode("Tomas Reiner", "person"),
         ChartNode("Calder Port Authority", "organization"), ChartNode("Norland", "country")]
EDGES = [ChartEdge("Tomas Reiner", "Calder Port Authority", ("criticises",)),
         ChartEdge("Harbour Workers Union", "Tomas Reiner", ("supports",)),
         ChartEdge("Tomas Reiner", "Norland", ("meets",), mutual=True)]


def chart_brief() -> Brief:
    """The render tests' brief with relations between its actors (invented)."""
    return replace(make_brief(), relations=[
        Relation("Tomas Reiner", "Calder Port Authority", "criticises", "Reiner criticised the authority."),
        Relation("Harbour Workers Union", "Tomas Reiner", "supports", "The union backed Reiner."),
        Relation("Elsa Varga", "Tomas Reiner", "speaks_about", "Varga said Reiner would not move."),
        Relation("Elsa Varga", "Ministry of Transport", "asks", "Varga urged the ministry to step in."),
        Relation("Reiner", "Elsa Varga", "meets", "Reiner met Varga on Friday."),
        Relation("Elsa Varga", "Elsa Varga", "criticises", "A self-loop is never drawn."),
    ])


def parsed(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def texts(element: ET.Element, cls: str) -> list[str]:
    """The text of each group of that class, its lines joined by spaces (a long name wraps)."""
    return [" ".join(t.strip() for t in g.itertext() if t.strip()) for g in element.iter(f"{SVG}g")
            if g.get("class", "").split()[0:1] == [cls]]


def test_nodes_edges_labels_and_legend_read_back() -> None:
    root = parsed(link_chart_svg(NODES, EDGES, "Link chart", "Tomas Reiner criticises the authority."))
    assert root.get("viewBox") == "0 0 680 320" and root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Link chart"
    assert "criticises" in root.find(f"{SVG}desc").text
    assert sorted(texts(root, "node")) == sorted(["Harbour Workers Union", "Tomas Reiner",
                                                  "Calder Port Authority", "Norland"])
    assert sorted(texts(root, "edge-label")) == ["criticises", "meets", "supports"]
    edges = [g for g in root.iter(f"{SVG}g") if g.get("class") == "edge"]
    assert len(edges) == 3
    assert sum(1 for g in edges if g.find(f"{SVG}polygon") is not None) == 2  # "meets" has no arrowhead
    legend = "".join(next(g for g in root.iter(f"{SVG}g") if g.get("class") == "legend").itertext())
    assert "Person" in legend and "Organisation" in legend and "Country" in legend and "Group" not in legend


def test_types_differ_by_shape_not_only_colour() -> None:
    root = parsed(link_chart_svg(NODES, EDGES, "t", "d"))
    shapes = {g.get("class"): g[0].tag.removeprefix(SVG) for g in root.iter(f"{SVG}g")
              if g.get("class", "").startswith("node ")}
    assert shapes == {"node node-organisation": "rect", "node node-person": "ellipse",
                      "node node-country": "polygon"}


def test_same_chart_same_bytes() -> None:
    first = link_chart_svg(NODES, EDGES, "t", "d")
    assert first == link_chart_svg(list(NODES), list(EDGES), "t", "d")
    assert link_chart(chart_brief()) is not None
    assert link_chart(chart_brief()).svg == link_chart(chart_brief()).svg  # type: ignore[union-attr]


def test_nodes_stay_inside_and_apart() -> None:
    nodes = [ChartNode(f"Actor number {k} of the story", "person" if k % 2 else "organization")
             for k in range(12)]
    edges = [ChartEdge(nodes[k].name, nodes[(k + 1) % 12].name, ("criticises",)) for k in range(12)]
    root = parsed(link_chart_svg(nodes, edges, "t", "d"))
    boxes = []
    for g in root.iter(f"{SVG}g"):
        rect = g.find(f"{SVG}rect")
        if g.get("class") == "node node-organisation" and rect is not None:
            x, y, w, h = (float(rect.get(k)) for k in ("x", "y", "width", "height"))
            assert x >= 0 and x + w <= 680 and y >= 0 and y + h <= 320
            boxes.append((x, y, x + w, y + h))
    assert len(boxes) == 6
    assert not any(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
                   for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_names_are_escaped_and_nothing_is_fetched_or_run() -> None:
    nodes = [ChartNode('<script>alert(1)</script> & "Co"', "organization"), ChartNode("Ana Ruiz", "person")]
    svg = link_chart_svg(nodes, [ChartEdge(nodes[1].name, nodes[0].name, ("asks",))], "<b>t</b>", "d & e",
                         font_family='x" onload="alert(1)')
    root = parsed(svg)
    assert "<script>alert(1)</script> & \"Co\"" in texts(root, "node")
    assert not [e for e in root.iter() if e.tag.removeprefix(SVG) == "script"]
    assert not any(name.startswith("on") for e in root.iter() for name in e.attrib)
    assert scan(f"<html><body>{svg}</body></html>") == []


def test_chart_picks_the_most_salient_related_actors_and_lists_them() -> None:
    chart = link_chart(chart_brief())
    assert chart is not None
    assert chart.actors[0] == "Harbour Workers Union"  # the most salient first
    labels = [(r.source, r.label, r.target) for r in chart.relations]
    assert ("Tomas Reiner", "meets", "Elsa Varga") in labels  # an alias drawn as its actor
    assert all(r.source != r.target for r in chart.relations)
    assert "Elsa Varga asks Ministry of Transport" in chart.alt
    many = replace(make_brief(), actors=[Actor(f"Actor {k}", salience=1 - k / 100) for k in range(20)],
                   relations=[Relation(f"Actor {k}", f"Actor {k + 1}", "supports") for k in range(19)])
    crowded = link_chart(many)
    assert crowded is not None and len(crowded.actors) == MAX_CHART_ACTORS and crowded.omitted > 0
    assert link_chart(make_brief()) is None


def test_the_html_carries_the_chart_and_the_pdf_draws_it(tmp_path: Path) -> None:
    brief = chart_brief()
    html = render_html(brief, Options())
    assert scan(html) == []
    section = html[html.index('<section class="chart" id="chart">'):]
    svg = section[section.index("<svg"):section.index("</svg>") + len("</svg>")]
    root = parsed(svg)
    assert "Tomas Reiner" in texts(root, "node") and "criticises" in texts(root, "edge-label")
    assert html.index('id="claims"') < html.index('id="chart"') < html.index('id="outlook"')
    pdf = tmp_path / "chart.pdf"
    pdf.write_bytes(render_pdf(brief, Options()))
    text = pdf_text(pdf)
    assert "WHO ACTS ON WHOM" in text.upper() and "Calder Port Authority" in text and "criticises" in text


def test_no_relations_no_chart_section() -> None:
    html = render_html(make_brief(), Options())
    assert 'id="chart"' not in html
    assert template_context(make_brief(), Options())["chart"] is None


@pytest.mark.parametrize("output", ["html", "pdf"])
def test_the_template_sees_the_chart_as_plain_data(output: str) -> None:
    chart = template_context(chart_brief(), Options(), output)["chart"]
    assert isinstance(chart.svg, str) and chart.svg.startswith("<svg")
    assert all(isinstance(r.evidence, str) for r in chart.relations)
