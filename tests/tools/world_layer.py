"""Regenerate ``reportgen/geo/data/world-110m.json``, the locator map's country outlines.

    make world-layer        # downloads geopandas 0.14.4's wheel from PyPI and runs this on it

The outlines are Natural Earth's 1:110m Admin 0 countries (public domain), as geopandas 0.14.4 (BSD-3)
ships them in its wheel (``geopandas/datasets/naturalearth_lowres``, its country codes fixed by
geopandas); geopandas itself is never imported or installed. The shapefile is read with the few lines
below, each ring is simplified (Douglas-Peucker, ``TOLERANCE`` degrees) and rounded to ``DECIMALS``
places, and each country gets a label point inside its largest part and that part's extent, which the
map zooms to (the contiguous United States, not Alaska's Aleutians).
"""

from __future__ import annotations

import io
import json
import math
import struct
import sys
import zipfile
from pathlib import Path

import pycountry

WHEEL_MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
SOURCE = ("Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), as shipped in "
          "geopandas 0.14.4 (datasets/naturalearth_lowres); simplified by tests/tools/world_layer.py")
TOLERANCE = 0.08
DECIMALS = 2
OUT = Path(__file__).resolve().parents[2] / "reportgen" / "geo" / "data" / "world-110m.json"

Ring = list[tuple[float, float]]


def read_dbf(data: bytes, encoding: str) -> list[dict[str, str]]:
    """The records of a dBASE III table, every value as stripped text."""
    count, header_size, record_size = struct.unpack("<xxxxIHH", data[:12])
    names, widths = [], []
    for offset in range(32, header_size - 1, 32):
        names.append(data[offset:offset + 11].split(b"\0")[0].decode("ascii"))
        widths.append(data[offset + 16])
    records = []
    for index in range(count):
        start = header_size + index * record_size + 1  # past the deletion flag
        record = {}
        for name, width in zip(names, widths, strict=True):
            record[name] = data[start:start + width].decode(encoding).strip()
            start += width
        records.append(record)
    return records


def read_shp(data: bytes) -> list[list[Ring]]:
    """The rings of every polygon record (shape type 5) of a shapefile, in record order."""
    shapes: list[list[Ring]] = []
    offset = 100
    while offset < len(data):
        _number, length = struct.unpack(">ii", data[offset:offset + 8])
        content = data[offset + 8:offset + 8 + 2 * length]
        offset += 8 + 2 * length
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type != 5:
            shapes.append([])
            continue
        parts_count, points_count = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", content[44:44 + 4 * parts_count]))
        base = 44 + 4 * parts_count
        points = [struct.unpack("<dd", content[base + 16 * i:base + 16 * (i + 1)])
                  for i in range(points_count)]
        bounds = [*parts, points_count]
        shapes.append([list(points[bounds[i]:bounds[i + 1]]) for i in range(parts_count)])
    return shapes


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker on a closed ring (its first point kept)."""
    if len(ring) < 5:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
    keep[far] = True
    stack = [(0, far), (far, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            distance = _distance(ring[i], ring[first], ring[last])
            if distance > best:
                best, index = distance, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(ring, keep, strict=True) if kept]


def _distance(point: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (x, y), (x1, y1), (x2, y2) = point, a, b
    length = math.hypot(x2 - x1, y2 - y1)
    if length == 0:
        return math.hypot(x - x1, y - y1)
    return abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length


def area(ring: Ring) -> float:
    """Signed area (shoelace); shapefile outer rings are clockwise, so negative."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def label_point(ring: Ring) -> tuple[float, float]:
    """A point inside ``ring``: the middle of the widest stretch of the ring at its centroid's latitude."""
    a = area(ring) or 1e-9
    cy = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1],
                                                                             strict=True)) / (6 * a)
    crossings = sorted(x1 + (cy - y1) * (x2 - x1) / (y2 - y1)
                       for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)
                       if (y1 <= cy < y2) or (y2 <= cy < y1))
    spans = [(crossings[i], crossings[i + 1]) for i in range(0, len(crossings) - 1, 2)]
    if not spans:
        xs = [x for x, _ in ring]
        return (min(xs) + max(xs)) / 2, cy
    left, right = max(spans, key=lambda s: s[1] - s[0])
    return (left + right) / 2, cy


def alpha2(alpha3: str, name: str) -> str | None:
    if name == "Kosovo":
        return "XK"  # no ISO code: the user-assigned one GeoNames and most software use
    found = pycountry.countries.get(alpha_3=alpha3)
    return found.alpha_2 if found is not None else None


def build(shp: bytes, dbf: bytes, encoding: str) -> dict[str, object]:
    countries = []
    for record, rings in zip(read_dbf(dbf, encoding), read_shp(shp), strict=True):
        if not rings or record["iso_a3"] == "ATA":
            continue  # Antarctica: never what a news story's map needs, and it stretches every extent
        rounded = [[(round(x, DECIMALS), round(y, DECIMALS)) for x, y in simplify(ring, TOLERANCE)]
                   for ring in rings]
        rounded = [r for r in rounded if len(r) >= 4]
        largest = max(rings, key=lambda r: abs(area(r)))
        lon, lat = label_point(largest)
        countries.append({
            "name": record["name"],
            "a3": record["iso_a3"] if record["iso_a3"] != "-99" else None,
            "a2": alpha2(record["iso_a3"], record["name"]),
            "label": [round(lon, DECIMALS), round(lat, DECIMALS)],
            "extent": [round(f(p[axis] for p in largest), DECIMALS)
                       for f, axis in ((min, 0), (min, 1), (max, 0), (max, 1))],
            "rings": [[c for point in ring for c in point] for ring in rounded],
        })
    countries.sort(key=lambda c: str(c["name"]))
    return {"source": SOURCE, "countries": countries}


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shp = archive.read(f"{WHEEL_MEMBER}.shp")
        dbf = archive.read(f"{WHEEL_MEMBER}.dbf")
        encoding = archive.read(f"{WHEEL_MEMBER}.cpg").decode("ascii").strip()
    out = io.StringIO()
    json.dump(build(shp, dbf, encoding), out, ensure_ascii=False, separators=(",", ":"))
    text = out.getvalue().replace('},{"name"', '},\n{"name"')  # one country a line: readable diffs
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"{OUT}: {len(text):,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
