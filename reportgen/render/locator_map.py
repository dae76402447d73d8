"""The locator map: a brief's places drawn as a small SVG over Natural Earth's country outlines.

Plain data in (the brief's ``places``), an SVG string out, made only from numbers and escaped names, so
the template can print it as markup. The view is zoomed to the places the story is about (its lead
places, and every city and region, with a margin and a minimum extent); countries the story names are
shaded, lead ones darker; cities are dots, regions rings; labels avoid each other. An equirectangular
projection scaled by the cosine of the middle latitude keeps shapes right at these scales. Coordinates
are rounded and every choice is ordered, so the same places give the same bytes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from reportgen.brief import Place
from reportgen.geo.world import Country, world_layer

#: The drawing's size in SVG units; the default template prints it about 80 mm wide, so 10 units a mm.
WIDTH, HEIGHT = 800, 500
#: Smallest view, in degrees of latitude (a story about one city still shows its region).
MIN_SPAN = 8.0
#: Margin around the places, as a share of their extent, and at least this many degrees.
MARGIN_SHARE, MARGIN_MIN = 0.15, 2.0
#: A big country adds at most this many degrees around its label point to the view (Russia's whole
#: extent would make every map a world map).
COUNTRY_REACH = 12.0
#: Least area (square units; 100 is a square millimetre at print size) of a country's part in view for
#: the country to count as shown when its own point is not.
MIN_VISIBLE_AREA = 2500.0
#: A located place this close (degrees) to the places the story is about is brought into the view too.
NEAR = 10.0
#: Label sizes (units; 24 is about 7 pt at print size) and the estimated width of one character.
LABEL_SIZE, LEAD_LABEL_SIZE, CHAR_WIDTH, BOLD_CHAR_WIDTH = 24, 26, 0.62, 0.7
#: Points of an outline closer than this (units) to the last one kept are dropped.
MIN_STEP = 3.5

#: Colours: sea, other land, the story's countries, its lead countries, borders, text, marks.
SEA, LAND, STORY, LEAD = "#e4edf4", "#f4f2ee", "#d9cfbd", "#b9a27a"
BORDER, INK, MARK = "#9a958c", "#1a1a1a", "#b3261e"

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class LocatorMap:
    """What the template gets: the drawing (``None`` when no place is located), its text alternative,
    the places it could not show (not located, or located but outside the view) and those drawn
    without a label (no room: a crowded world map)."""

    svg: str | None
    alt: str
    shown: tuple[str, ...]
    unlocated: tuple[str, ...]
    outside: tuple[str, ...]
    unlabelled: tuple[str, ...] = ()


@dataclass(frozen=True)
class _View:
    west: float
    north: float
    scale: float  # units per degree of latitude
    squeeze: float  # cos(middle latitude)

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.west) * self.scale * self.squeeze, (self.north - lat) * self.scale


def locator_map(places: Sequence[Place]) -> LocatorMap | None:
    """The map of ``places``; None when the brief has no places."""
    if not places:
        return None
    located = [p for p in places if p.lat is not None and p.lon is not None]
    unlocated = tuple(p.name for p in places if p.lat is None or p.lon is None)
    if not located:
        return LocatorMap(None, _alt([], unlocated, ()), (), unlocated, ())
    view = _view(located)
    anchors = [(p, anchor) for p in located if (anchor := _anchor(view, p)) is not None]
    inside = [p for p, _ in anchors]
    outside = tuple(p.name for p in located if p not in inside)
    alt = _alt(inside, unlocated, outside)
    svg, unlabelled = _svg(view, anchors, alt)
    return LocatorMap(Markup(svg), alt, tuple(p.name for p in inside), unlocated, outside, unlabelled)


def _anchor(view: _View, place: Place) -> tuple[float, float] | None:
    """Where a place is marked and labelled: its point; for a country whose point is out of view but a
    good part of it is in, the middle of that part (Russia on a map of the Baltic); None when not in view."""
    point = view.project(_lon(place), _lat(place))
    if _within(point):
        return point
    outline = world_layer().country(place.country) if place.kind == "country" else None
    if outline is None:
        return None
    parts = [_clip([view.project(lon, lat) for lon, lat in ring], (0.0, 0.0, WIDTH, HEIGHT))
             for ring in outline.rings]
    part = max(parts, key=_area, default=[])
    if _area(part) < MIN_VISIBLE_AREA:
        return None
    area = _signed_area(part)
    cx = sum((x1 + x2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in _edges(part)) / (6 * area)
    cy = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in _edges(part)) / (6 * area)
    return (cx, cy) if _within((cx, cy)) else None


def _edges(ring: list[tuple[float, float]]) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    return list(zip(ring, ring[1:] + ring[:1], strict=True))


def _signed_area(ring: list[tuple[float, float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in _edges(ring)) / 2


def _area(ring: list[tuple[float, float]]) -> float:
    return abs(_signed_area(ring)) if len(ring) >= 3 else 0.0


def _lat(place: Place) -> float:
    return float(place.lat if place.lat is not None else 0.0)


def _lon(place: Place) -> float:
    return float(place.lon if place.lon is not None else 0.0)


def _within(point: tuple[float, float]) -> bool:
    return 0 <= point[0] <= WIDTH and 0 <= point[1] <= HEIGHT


def _view(located: list[Place]) -> _View:
    """The view around the places the story is about: the lead places (else every city and region, else
    every place), a lead country through its cities and regions when the story names some, and the
    other places near them."""
    focus = [p for p in located if p.lead] or [p for p in located if p.kind in ("city", "region")] or located
    # a lead country the story also names cities or regions of is shown through them (Kaliningrad and
    # not the whole of Russia)
    within = {p.country for p in located if p.kind in ("city", "region") and p.country}
    focus = [p for p in focus if not (p.kind == "country" and p.country in within)] + [
        p for p in located if p.kind in ("city", "region") and p.country in
        {f.country for f in focus if f.kind == "country"} and p not in focus]
    boxes = [_place_box(p) for p in focus]
    west, south = min(b[0] for b in boxes), min(b[1] for b in boxes)
    east, north = max(b[2] for b in boxes), max(b[3] for b in boxes)
    near = [p for p in located if p not in focus and west - NEAR <= _lon(p) <= east + NEAR
            and south - NEAR <= _lat(p) <= north + NEAR]
    boxes += [(_lon(p), _lat(p), _lon(p), _lat(p)) for p in near]
    west, south = min(b[0] for b in boxes), min(b[1] for b in boxes)
    east, north = max(b[2] for b in boxes), max(b[3] for b in boxes)
    margin_lat = max((north - south) * MARGIN_SHARE, MARGIN_MIN)
    margin_lon = max((east - west) * MARGIN_SHARE, MARGIN_MIN)
    south, north = max(south - margin_lat, -85.0), min(north + margin_lat, 85.0)
    west, east = west - margin_lon, east + margin_lon
    squeeze = math.cos(math.radians((south + north) / 2))
    span_lat = max(north - south, MIN_SPAN)
    span_lon = max(east - west, MIN_SPAN / squeeze)
    # fit the drawing's proportions: widen whichever side is short
    if span_lon * squeeze / span_lat < WIDTH / HEIGHT:
        span_lon = span_lat * WIDTH / HEIGHT / squeeze
    else:
        span_lat = span_lon * squeeze * HEIGHT / WIDTH
    middle_lat, middle_lon = (south + north) / 2, (west + east) / 2
    return _View(west=round(middle_lon - span_lon / 2, 4), north=round(middle_lat + span_lat / 2, 4),
                 scale=round(HEIGHT / span_lat, 6), squeeze=round(squeeze, 6))


def _place_box(place: Place) -> tuple[float, float, float, float]:
    """(west, south, east, north) a place asks the view to show."""
    lon, lat = _lon(place), _lat(place)
    outline = world_layer().country(place.country) if place.kind == "country" else None
    if outline is None:
        return lon, lat, lon, lat
    west, south, east, north = outline.extent
    return (max(west, lon - COUNTRY_REACH), max(south, lat - COUNTRY_REACH),
            min(east, lon + COUNTRY_REACH), min(north, lat + COUNTRY_REACH))


def _alt(inside: list[Place], unlocated: tuple[str, ...], outside: tuple[str, ...]) -> str:
    """The map in words, for the SVG's description and the page's alt text."""
    parts = []
    if inside:
        lead = [p.name for p in inside if p.lead]
        parts.append("Locator map of " + _series(p.name for p in inside) + "."
                     + (f" The story is mainly about {_series(lead)}." if lead else ""))
    if outside:
        parts.append(f"Beyond the map's edge: {_series(outside)}.")
    if unlocated:
        parts.append(f"Not located: {_series(unlocated)}.")
    return " ".join(parts)


def _series(names: Iterable[str]) -> str:
    items = list(names)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- drawing -----------------------------------------------------------------------------------

Anchored = list[tuple[Place, tuple[float, float]]]


def _svg(view: _View, anchors: Anchored, alt: str) -> tuple[str, tuple[str, ...]]:
    places = [p for p, _ in anchors]
    story: dict[str, bool] = {}  # the story's countries: lead or not
    for p in places:
        if p.kind == "country" and p.country:
            story[p.country] = story.get(p.country, False) or p.lead
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" class="locator-map" '
           f'role="img" aria-label="{escape(alt)}">',
           "<title>Locator map</title>", f"<desc>{escape(alt)}</desc>",
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{SEA}"/>']
    for country in world_layer().countries:
        path = _country_path(view, country)
        if path:
            code = country.code or ""
            fill = LEAD if story.get(code) else STORY if code in story else LAND
            out.append(f'<path d="{path}" fill="{fill}" fill-rule="evenodd" stroke="{BORDER}" '
                       'stroke-width="1" stroke-linejoin="round"/>')
    marks, unlabelled = _marks_and_labels(anchors)
    out += marks
    out.append(f'<rect width="{WIDTH}" height="{HEIGHT}" fill="none" stroke="{BORDER}" stroke-width="2"/>')
    out.append("</svg>")
    return "".join(out), unlabelled


def _country_path(view: _View, country: Country) -> str:
    parts = []
    for ring in country.rings:
        points = [view.project(lon, lat) for lon, lat in ring]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if max(xs) < 0 or min(xs) > WIDTH or max(ys) < 0 or min(ys) > HEIGHT \
                or max(max(xs) - min(xs), max(ys) - min(ys)) < 2 * MIN_STEP:
            continue  # out of view, or an islet smaller than a stroke
        clipped = _thin(_clip(points, (-4.0, -4.0, WIDTH + 4.0, HEIGHT + 4.0)))
        if len(clipped) >= 3:
            parts.append("M" + "L".join(f"{_num(x)} {_num(y)}" for x, y in clipped) + "Z")
    return "".join(parts)


def _num(value: float) -> str:
    text = f"{value:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text


def _thin(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points rounded to whole units (0.1 mm in print), each at least ``MIN_STEP`` from the last kept."""
    kept: list[tuple[float, float]] = []
    for x, y in points:
        point = (float(round(x)), float(round(y)))
        if not kept or math.dist(point, kept[-1]) >= MIN_STEP:
            kept.append(point)
    return kept


def _clip(points: list[tuple[float, float]], box: Box) -> list[tuple[float, float]]:
    """Sutherland-Hodgman: the ring cut to the box (a polygon stays closed along the box's edges)."""
    x0, y0, x1, y1 = box
    edges = [(lambda p: p[0] >= x0, lambda a, b: _cross_x(a, b, x0)),
             (lambda p: p[0] <= x1, lambda a, b: _cross_x(a, b, x1)),
             (lambda p: p[1] >= y0, lambda a, b: _cross_y(a, b, y0)),
             (lambda p: p[1] <= y1, lambda a, b: _cross_y(a, b, y1))]
    for inside, cross in edges:
        if not points:
            break
        result = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    result.append(cross(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cross(previous, point))
            previous = point
        points = result
    return points


def _cross_x(a: tuple[float, float], b: tuple[float, float], x: float) -> tuple[float, float]:
    return x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])


def _cross_y(a: tuple[float, float], b: tuple[float, float], y: float) -> tuple[float, float]:
    return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y


def _marks_and_labels(anchored: Anchored) -> tuple[list[str], tuple[str, ...]]:
    """Dots for cities, rings for regions, and a label for every place, placed where it covers no
    other label or mark (lead places first, so they get the best spots); a place that is not a lead
    one and finds no free spot goes without (its name is returned)."""
    ordered = sorted(anchored, key=lambda a: (not a[0].lead, -a[0].mentions, a[0].name))
    marks: list[str] = []
    taken: list[Box] = []
    anchors = []
    for place, (x, y) in ordered:
        if place.kind != "country":
            radius = 8 if place.lead else 6
            taken.append((x - radius, y - radius, x + radius, y + radius))
            if place.kind == "region":
                marks.append(f'<circle class="place-region" cx="{_num(x)}" cy="{_num(y)}" r="{radius + 2}" '
                             f'fill="none" stroke="{MARK}" stroke-width="3"/>')
            else:
                marks.append(f'<circle class="place-city" cx="{_num(x)}" cy="{_num(y)}" r="{radius}" '
                             f'fill="{MARK if place.lead else INK}" stroke="#ffffff" stroke-width="2"/>')
        anchors.append((place, x, y))
    labels, unlabelled = [], []
    for place, x, y in anchors:
        size = LEAD_LABEL_SIZE if place.lead else LABEL_SIZE
        width = len(place.name) * size * (BOLD_CHAR_WIDTH if place.lead else CHAR_WIDTH)
        height = size * 1.15
        spots = ([(x - width / 2, y - height / 2)] if place.kind == "country" else []) + [
            spot for gap in (12, 36) for spot in (
                (x + gap, y - height / 2), (x - gap - width, y - height / 2),
                (x - width / 2, y - gap - height), (x - width / 2, y + gap),
                (x + gap, y - gap - height), (x + gap, y + gap),
                (x - gap - width, y - gap - height), (x - gap - width, y + gap))]
        boxes = [(sx, sy, sx + width, sy + height) for sx, sy in spots]
        fitting = [b for b in boxes if b[0] >= 2 and b[1] >= 2 and b[2] <= WIDTH - 2 and b[3] <= HEIGHT - 2]
        free = [b for b in fitting if not any(_overlap(b, t) for t in taken)]
        if not free and not place.lead:
            unlabelled.append(place.name)
            continue
        box = (free or fitting or [_nudged(boxes[0])])[0]
        taken.append(box)
        weight = ' font-weight="bold"' if place.lead else ""
        labels.append(f'<rect x="{_num(box[0] - 3)}" y="{_num(box[1])}" width="{_num(width + 6)}" '
                      f'height="{_num(height)}" rx="3" fill="#ffffff" fill-opacity="0.8"/>'
                      f'<text class="place-label" x="{_num(box[0])}" y="{_num(box[1] + size * 0.9)}" '
                      f'font-family="sans-serif" font-size="{size}"{weight} fill="{INK}">'
                      f"{escape(place.name)}</text>")
    return marks + labels, tuple(unlabelled)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _nudged(box: Box) -> Box:
    """``box`` moved inside the drawing."""
    x0, y0, x1, y1 = box
    dx = max(2 - x0, 0) - max(x1 - (WIDTH - 2), 0)
    dy = max(2 - y0, 0) - max(y1 - (HEIGHT - 2), 0)
    return x0 + dx, y0 + dy, x1 + dx, y1 + dy
