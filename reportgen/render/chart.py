"""The link chart: actors as shapes, relations as labelled arrows, drawn as one inline SVG string.

Plain data in (:class:`ChartNode`, :class:`ChartEdge`), SVG text out. Every string that reaches the
SVG is escaped here, the SVG has no scripts, links, ids or outside references, and the layout is
computed in plain Python from the input alone (a force-directed layout from a fixed start, a fixed
number of steps, coordinates rounded): the same chart gives the same bytes on every machine.

Sized for print: 680 x 320 user units drawn at the full column width (170 mm) make one unit a
quarter of a millimetre, so names are 11 units (about 7.8 pt) and edge labels 9 (6.4 pt). Types are
told apart by shape and by colour, and a legend names both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

WIDTH, HEIGHT = 680, 320
#: Height of the legend band at the bottom.
LEGEND_HEIGHT = 22
MARGIN = 6
NAME_SIZE = 11.0
LABEL_SIZE = 9.0
#: Average advance of a character, as a share of the font size (Inter and Charis are near 0.55).
CHAR_WIDTH = 0.56
#: Most characters of a name on one line of a node (longer names wrap to a second line).
LINE_CHARS = 18
LAYOUT_STEPS = 300


@dataclass(frozen=True)
class ChartNode:
    name: str
    type: str


@dataclass(frozen=True)
class ChartEdge:
    """A link between two node names; ``labels`` are the relation kinds it stands for, as words."""

    source: str
    target: str
    labels: tuple[str, ...]
    mutual: bool = False


@dataclass(frozen=True)
class NodeStyle:
    """How a node type is drawn: a shape (so print in grey still tells types apart) and colours."""

    legend: str
    shape: str
    fill: str
    stroke: str
    dashed: bool = False


NODE_STYLES: dict[str, NodeStyle] = {
    "person": NodeStyle("Person", "ellipse", "#E4ECF7", "#1F3A5F"),
    "organization": NodeStyle("Organisation", "rect", "#F5EBDC", "#7A5418"),
    "country": NodeStyle("Country", "hexagon", "#E3F0E3", "#2E6B2E"),
    "location": NodeStyle("Place", "hexagon", "#F1F1F1", "#5D6673", dashed=True),
    "group": NodeStyle("Group", "rounded", "#F0E4F0", "#6B2E6B", dashed=True),
}
EDGE_COLOUR = "#3C4450"


@dataclass
class _Box:
    name: str
    style: NodeStyle
    lines: tuple[str, ...]
    width: float
    height: float
    x: float = 0.0
    y: float = 0.0

    def overlaps(self, other: _Box, gap: float = 6.0) -> bool:
        return abs(self.x - other.x) * 2 < self.width + other.width + gap \
            and abs(self.y - other.y) * 2 < self.height + other.height + gap


def link_chart_svg(nodes: list[ChartNode], edges: list[ChartEdge], title: str, description: str,
                   font_family: str = "sans-serif") -> str:
    """The chart as an ``<svg>`` element (UTF-8 text, no XML declaration) for inline use."""
    boxes = [_box(node) for node in nodes]
    _layout(boxes, edges)
    by_name = {b.name: b for b in boxes}
    drawn = [e for e in edges if e.source in by_name and e.target in by_name and e.source != e.target]
    pairs = {(e.source, e.target) for e in drawn}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'class="link-chart" font-family={quoteattr(font_family)} '
             'aria-labelledby="chart-title chart-desc">',
             f'<title id="chart-title">{escape(title)}</title>',
             f'<desc id="chart-desc">{escape(description)}</desc>',
             '<g class="edges">']
    labels: list[str] = []
    taken: list[tuple[float, float, float, float]] = [_extent(b) for b in boxes]
    for edge in drawn:
        offset = 5.0 if (edge.target, edge.source) in pairs and not edge.mutual else 0.0
        line, label = _edge(by_name[edge.source], by_name[edge.target], edge, offset, taken)
        parts.append(line)
        labels.append(label)
    parts.append("</g>")
    parts.append('<g class="nodes">')
    parts.extend(_node(b) for b in boxes)
    parts.append("</g>")
    parts.append('<g class="edge-labels">')
    parts.extend(labels)
    parts.append("</g>")
    parts.append(_legend(boxes))
    parts.append("</svg>")
    return "\n".join(parts)


# --- nodes -------------------------------------------------------------------------------------

def _wrap(name: str) -> tuple[str, ...]:
    """One line, or two split at the space nearest the middle; a long second line is cut with "…"."""
    if len(name) <= LINE_CHARS:
        return (name,)
    spaces = [i for i, c in enumerate(name) if c == " "]
    if not spaces:
        return (name[:LINE_CHARS - 1] + "…",)
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
    first, second = name[:cut], name[cut + 1:]
    if len(second) > LINE_CHARS + 4:
        second = second[:LINE_CHARS + 3] + "…"
    return (first, second)


def _text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def _box(node: ChartNode) -> _Box:
    style = NODE_STYLES.get(node.type, NODE_STYLES["organization"])
    lines = _wrap(node.name)
    padding = 26 if style.shape in ("ellipse", "hexagon") else 14
    width = max(_text_width(line, NAME_SIZE) for line in lines) + padding
    height = 14.0 * len(lines) + 8
    return _Box(node.name, style, lines, round(width, 1), height)


def _node(box: _Box, cls: str = "node") -> str:
    style = box.style
    x, y, w, h = box.x, box.y, box.width, box.height
    paint = f'fill="{style.fill}" stroke="{style.stroke}" stroke-width="1.2"' \
        + (' stroke-dasharray="4 2"' if style.dashed else "")
    if style.shape == "ellipse":
        shape = f'<ellipse cx="{_n(x)}" cy="{_n(y)}" rx="{_n(w / 2)}" ry="{_n(h / 2)}" {paint}/>'
    elif style.shape == "hexagon":
        dx, dy, tip = w / 2, h / 2, 8.0
        points = [(x - dx, y), (x - dx + tip, y - dy), (x + dx - tip, y - dy), (x + dx, y),
                  (x + dx - tip, y + dy), (x - dx + tip, y + dy)]
        shape = f'<polygon points="{_points(points)}" {paint}/>'
    else:
        radius = ' rx="6"' if style.shape == "rounded" else ""
        shape = (f'<rect x="{_n(x - w / 2)}" y="{_n(y - h / 2)}" width="{_n(w)}" height="{_n(h)}"{radius} '
                 f'{paint}/>')
    first = y - 7.0 * (len(box.lines) - 1) + NAME_SIZE * 0.35
    text = "".join(f'<tspan x="{_n(x)}" y="{_n(first + 14.0 * k)}">{escape(line)}</tspan>'
                   for k, line in enumerate(box.lines))
    kind = escape(style.legend.lower())
    if not any(box.lines):
        return f'<g class="{cls} {cls}-{kind}">{shape}</g>'
    return (f'<g class="{cls} {cls}-{kind}">{shape}<text text-anchor="middle" font-size="{_n(NAME_SIZE)}" '
            f'font-weight="600" fill="#1B1E23">{text}</text></g>')


# --- layout ------------------------------------------------------------------------------------

def _layout(boxes: list[_Box], edges: list[ChartEdge]) -> None:
    """Force-directed (Fruchterman-Reingold) from an ellipse in input order, fixed steps, then scaled
    into the drawing area and pushed apart where boxes overlap."""
    n = len(boxes)
    if n == 0:
        return
    index = {b.name: k for k, b in enumerate(boxes)}
    links = sorted({(min(index[e.source], index[e.target]), max(index[e.source], index[e.target]))
                    for e in edges if e.source in index and e.target in index and e.source != e.target})
    xs = [math.cos(2 * math.pi * k / n) * 1.6 for k in range(n)]
    ys = [math.sin(2 * math.pi * k / n) * 0.8 for k in range(n)]
    ideal = 1.0 / math.sqrt(max(n, 1)) * 1.6
    for step in range(LAYOUT_STEPS):
        heat = 0.12 * (1 - step / LAYOUT_STEPS) + 0.002
        dx, dy = [0.0] * n, [0.0] * n
        for i in range(n):
            for j in range(i + 1, n):
                ex, ey = xs[i] - xs[j], ys[i] - ys[j]
                dist = math.hypot(ex, ey) or 0.01
                push = ideal * ideal / dist
                dx[i] += ex / dist * push
                dy[i] += ey / dist * push
                dx[j] -= ex / dist * push
                dy[j] -= ey / dist * push
        for i, j in links:
            ex, ey = xs[i] - xs[j], ys[i] - ys[j]
            dist = math.hypot(ex, ey) or 0.01
            pull = dist * dist / ideal
            dx[i] -= ex / dist * pull
            dy[i] -= ey / dist * pull
            dx[j] += ex / dist * pull
            dy[j] += ey / dist * pull
        for i in range(n):
            dx[i] -= xs[i] * 0.05  # a weak pull to the centre keeps unlinked parts together
            dy[i] -= ys[i] * 0.1   # stronger vertically: the chart is wide
            size = math.hypot(dx[i], dy[i]) or 1.0
            xs[i] += dx[i] / size * min(size, heat)
            ys[i] += dy[i] / size * min(size, heat)
    _fit(boxes, xs, ys)
    _separate(boxes)


def _fit(boxes: list[_Box], xs: list[float], ys: list[float]) -> None:
    """Scale the layout to the drawing area, keeping every box inside it."""
    half_w = max(b.width for b in boxes) / 2
    half_h = max(b.height for b in boxes) / 2
    left, right = MARGIN + half_w, WIDTH - MARGIN - half_w
    top, bottom = MARGIN + half_h, HEIGHT - LEGEND_HEIGHT - MARGIN - half_h
    lo_x, hi_x, lo_y, hi_y = min(xs), max(xs), min(ys), max(ys)
    for b, x, y in zip(boxes, xs, ys, strict=True):
        b.x = round(_scaled(x, lo_x, hi_x, left, right), 1)
        b.y = round(_scaled(y, lo_y, hi_y, top, bottom), 1)


def _scaled(value: float, low: float, high: float, start: float, end: float) -> float:
    """``value`` of ``low..high`` mapped to ``start..end`` (the middle when the range is empty)."""
    return (start + end) / 2 if high - low < 1e-9 else start + (value - low) / (high - low) * (end - start)


def _separate(boxes: list[_Box], rounds: int = 60) -> None:
    """Push overlapping boxes apart, mostly sideways (there is more room across than down)."""
    bottom = HEIGHT - LEGEND_HEIGHT - MARGIN
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if not a.overlaps(b):
                    continue
                moved = True
                push_x = (a.width + b.width) / 2 + 6 - abs(a.x - b.x)
                push_y = (a.height + b.height) / 2 + 6 - abs(a.y - b.y)
                if push_y < push_x:
                    sign = -1 if a.y <= b.y else 1
                    a.y += sign * push_y / 2
                    b.y -= sign * push_y / 2
                else:
                    sign = -1 if a.x <= b.x else 1
                    a.x += sign * push_x / 2
                    b.x -= sign * push_x / 2
        for b in boxes:
            b.x = round(min(max(b.x, MARGIN + b.width / 2), WIDTH - MARGIN - b.width / 2), 1)
            b.y = round(min(max(b.y, MARGIN + b.height / 2), bottom - b.height / 2), 1)
        if not moved:
            return


# --- edges -------------------------------------------------------------------------------------

def _border(box: _Box, towards_x: float, towards_y: float) -> tuple[float, float]:
    """Where the line from the box's centre towards a point leaves the box (its bounding ellipse for
    an ellipse)."""
    ex, ey = towards_x - box.x, towards_y - box.y
    if ex == 0 and ey == 0:
        return box.x, box.y
    w, h = box.width / 2 + 1.5, box.height / 2 + 1.5
    if box.style.shape == "ellipse":
        scale = 1 / math.sqrt((ex / w) ** 2 + (ey / h) ** 2)
    else:
        scale = min(w / abs(ex) if ex else math.inf, h / abs(ey) if ey else math.inf)
    return box.x + ex * scale, box.y + ey * scale


def _edge(source: _Box, target: _Box, edge: ChartEdge, offset: float,
          taken: list[tuple[float, float, float, float]]) -> tuple[str, str]:
    """The line (with an arrowhead at the target unless mutual) and its label."""
    length = math.hypot(target.x - source.x, target.y - source.y) or 1.0
    nx, ny = -(target.y - source.y) / length * offset, (target.x - source.x) / length * offset
    x1, y1 = _border(source, target.x + nx, target.y + ny)
    x2, y2 = _border(target, source.x + nx, source.y + ny)
    x1, y1, x2, y2 = x1 + nx, y1 + ny, x2 + nx, y2 + ny
    label = " · ".join(edge.labels)
    dashed = ' stroke-dasharray="2 2"' if edge.labels == ("speaks about",) else ""
    line = (f'<g class="edge"><line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" '
            f'stroke="{EDGE_COLOUR}" stroke-width="1"{dashed}/>')
    if not edge.mutual:
        line += _arrowhead(x1, y1, x2, y2)
    line += "</g>"
    width, height = _text_width(label, LABEL_SIZE) + 6, LABEL_SIZE + 4
    spot = (x1 + x2) / 2, (y1 + y2) / 2
    for share in (0.5, 0.38, 0.62, 0.28, 0.72):
        x, y = x1 + (x2 - x1) * share, y1 + (y2 - y1) * share
        extent = (x - width / 2, y - height / 2, x + width / 2, y + height / 2)
        if not any(_meet(extent, other) for other in taken):
            spot = x, y
            break
    x, y = spot
    taken.append((x - width / 2, y - height / 2, x + width / 2, y + height / 2))
    text = (f'<g class="edge-label"><rect x="{_n(x - width / 2)}" y="{_n(y - height / 2)}" '
            f'width="{_n(width)}" height="{_n(height)}" rx="2" fill="#FFFFFF" fill-opacity="0.9"/>'
            f'<text x="{_n(x)}" y="{_n(y + LABEL_SIZE * 0.35)}" text-anchor="middle" '
            f'font-size="{_n(LABEL_SIZE)}" font-style="italic" fill="{EDGE_COLOUR}">{escape(label)}'
            '</text></g>')
    return line, text


def _arrowhead(x1: float, y1: float, x2: float, y2: float, size: float = 7.0) -> str:
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    base_x, base_y = x2 - ux * size, y2 - uy * size
    points = [(x2, y2), (base_x - uy * size * 0.45, base_y + ux * size * 0.45),
              (base_x + uy * size * 0.45, base_y - ux * size * 0.45)]
    return f'<polygon points="{_points(points)}" fill="{EDGE_COLOUR}"/>'


def _extent(box: _Box) -> tuple[float, float, float, float]:
    return box.x - box.width / 2, box.y - box.height / 2, box.x + box.width / 2, box.y + box.height / 2


def _meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# --- legend ------------------------------------------------------------------------------------

def _legend(boxes: list[_Box]) -> str:
    """The shapes of the types on the chart, then how to read an arrow."""
    present = [s for s in NODE_STYLES.values() if any(b.style is s for b in boxes)]
    y = HEIGHT - LEGEND_HEIGHT / 2
    x = float(MARGIN)
    parts = [f'<g class="legend" font-size="{_n(LABEL_SIZE)}">',
             f'<line x1="{MARGIN}" y1="{HEIGHT - LEGEND_HEIGHT}" x2="{WIDTH - MARGIN}" '
             f'y2="{HEIGHT - LEGEND_HEIGHT}" stroke="#C8CED6" stroke-width="0.6"/>']
    for style in present:
        sample = _Box(style.legend, style, ("",), 22.0, 12.0, x + 11, y)
        parts.append(_node(sample, "legend-key"))
        parts.append(f'<text x="{_n(x + 26)}" y="{_n(y + LABEL_SIZE * 0.35)}" fill="#1B1E23">'
                     f'{escape(style.legend)}</text>')
        x += 32 + _text_width(style.legend, LABEL_SIZE) + 8
    x += 6
    parts.append(f'<line x1="{_n(x)}" y1="{_n(y)}" x2="{_n(x + 24)}" y2="{_n(y)}" stroke="{EDGE_COLOUR}" '
                 f'stroke-width="1"/>{_arrowhead(x, y, x + 24, y)}')
    note = "acts on, or speaks about (dashed)"
    parts.append(f'<text x="{_n(x + 30)}" y="{_n(y + LABEL_SIZE * 0.35)}" fill="#1B1E23">'
                 f'{escape(note)}</text>')
    parts.append("</g>")
    return "".join(parts)


def _n(value: float) -> str:
    """A coordinate with at most one decimal, no trailing zeros ("12", "12.5"): stable text."""
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _points(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
