"""The locator map: the SVG parsed back (view, marks, labels, lead places), and the map in the rendered
HTML and PDF."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from render_briefs import make_brief
from render_helpers import pdf_text

from reportgen.brief import Brief, Place, brief_to_yaml, parse_yaml, validate_data
from reportgen.options import Options
from reportgen.render import render_html, render_pdf
from reportgen.render.locator_map import HEIGHT, WIDTH, locator_map
from reportgen.render.references import scan

SVG = "{http://www.w3.org/2000/svg}"
PLACES = [
    Place("Norland", "country", "NO", 64.54, 12.21, mentions=6, lead=True),  # invented names, real points
    Place("Harbour Town", "city", "NO", 59.91, 10.75, mentions=3, lead=True),
    Place("Westfjord", "region", "NO", 61.0, 6.5, mentions=2),
    Place("Sunvik", "city", "SE", 59.33, 18.07, mentions=1),
    Place("Camp Vell", None, None, None, None, mentions=1),
]


def parsed(places: list[Place]) -> ET.Element:
    drawn = locator_map(places)
    assert drawn is not None and drawn.svg is not None
    return ET.fromstring(str(drawn.svg))


def test_the_view_holds_every_located_place_and_marks_cities_and_regions() -> None:
    svg = parsed(PLACES)
    assert svg.get("viewBox") == f"0 0 {WIDTH} {HEIGHT}"
    cities = svg.findall(f"{SVG}circle[@class='place-city']")
    regions = svg.findall(f"{SVG}circle[@class='place-region']")
    assert len(cities) == 2 and len(regions) == 1
    for mark in cities + regions:
        assert 0 < float(mark.get("cx", "-1")) < WIDTH and 0 < float(mark.get("cy", "-1")) < HEIGHT
    labels = {t.text: t for t in svg.iter(f"{SVG}text")}
    assert set(labels) == {"Norland", "Harbour Town", "Westfjord", "Sunvik"}  # not the unlocated camp
    assert {n for n, t in labels.items() if t.get("font-weight") == "bold"} == {"Norland", "Harbour Town"}


def test_lead_countries_are_shaded_darker_than_other_story_countries() -> None:
    svg = parsed([*PLACES, Place("Swedeland", "country", "SE", 62.8, 15.0, mentions=1)])
    fills = [p.get("fill") for p in svg.iter(f"{SVG}path")]
    assert len(set(fills)) == 3  # lead country, other story country, the rest of the land


def test_title_desc_and_alt_name_the_places_and_the_unlocated_one() -> None:
    drawn = locator_map(PLACES)
    assert drawn is not None
    svg = ET.fromstring(str(drawn.svg))
    desc = svg.findtext(f"{SVG}desc") or ""
    assert svg.findtext(f"{SVG}title") == "Locator map"
    assert "Harbour Town" in desc and "Not located: Camp Vell." in desc and desc == svg.get("aria-label")
    assert drawn.unlocated == ("Camp Vell",)


def test_the_map_zooms_to_the_story_and_far_places_go_beyond_its_edge() -> None:
    far = Place("Austral", "country", "AU", -25.7, 134.5, mentions=1)  # not a lead place
    drawn = locator_map([*PLACES, far])
    assert drawn is not None and drawn.outside == ("Austral",)


def test_same_places_same_bytes_and_small() -> None:
    first, second = locator_map(PLACES), locator_map([replace(p) for p in PLACES])
    assert first is not None and second is not None and first.svg == second.svg
    world = [Place("A", "country", "US", 39.5, -99.1, lead=True),
             Place("B", "country", "RU", 61.7, 94.4, lead=True),
             Place("C", "country", "AU", -25.7, 134.5, lead=True)]
    drawn = locator_map(world)
    assert drawn is not None and drawn.svg is not None and len(drawn.svg.encode()) < 60_000


def test_names_are_escaped_and_nothing_outside_is_referenced() -> None:
    drawn = locator_map([Place('<a href="javascript:x">Bad & Co</a>', "city", "NO", 59.9, 10.7, lead=True)])
    assert drawn is not None and drawn.svg is not None
    texts = [t.text for t in ET.fromstring(str(drawn.svg)).iter(f"{SVG}text")]
    assert texts == ['<a href="javascript:x">Bad & Co</a>']
    assert scan(f"<html><body>{drawn.svg}</body></html>") == []


def test_no_places_no_map_and_only_unlocated_places_no_drawing() -> None:
    assert locator_map([]) is None
    only = locator_map([Place("Camp Vell")])
    assert only is not None and only.svg is None and only.unlocated == ("Camp Vell",)


def _with_places() -> Brief:
    return replace(make_brief(), places=[replace(p) for p in PLACES])


def test_the_html_carries_the_map_in_its_section() -> None:
    import tinyhtml5

    brief = _with_places()
    html = render_html(brief, Options())
    root = tinyhtml5.parse(html)
    section = next(e for e in root.iter() if e.get("id") == "map")
    svg = next(e for e in section.iter() if e.tag.endswith("svg"))
    assert {t.text for t in svg.iter() if t.tag.endswith("text")} >= {"Norland", "Harbour Town"}
    assert "Not located: Camp Vell." in re.sub(r"\s+", " ", "".join(section.itertext()))
    assert 'id="map"' not in render_html(make_brief(), Options())  # no places, no section


def test_the_pdf_prints_the_map_labels(tmp_path: Path) -> None:
    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(render_pdf(_with_places(), Options()))
    text = pdf_text(pdf)
    assert "WHERE" in text and "Harbour Town" in text and "Westfjord" in text and "Camp Vell" in text


def test_the_schema_takes_places_and_refuses_a_bad_one() -> None:
    text = brief_to_yaml(_with_places())
    assert "places:" in text and validate_data(parse_yaml(text, "b.yaml")) == []
    bad = text.replace("kind: region", "kind: planet").replace("country: SE", "country: Sweden")
    messages = " ".join(i.message for i in validate_data(parse_yaml(bad, "b.yaml")))
    assert "planet" in messages and "Sweden" in messages


def _boxes(svg: ET.Element) -> list[tuple[float, float, float, float]]:
    return [(float(r.get("x", 0)), float(r.get("y", 0)), float(r.get("x", 0)) + float(r.get("width", 0)),
             float(r.get("y", 0)) + float(r.get("height", 0)))
            for r in svg.findall(f"{SVG}rect") if r.get("fill-opacity")]


def test_labels_do_not_cover_each_other() -> None:
    crowded = [*PLACES, Place("Fjordby", "city", "NO", 60.39, 5.32, mentions=2, lead=True),
               Place("Nordhavn", "city", "NO", 59.95, 10.9, mentions=1)]
    boxes = _boxes(parsed(crowded))
    assert len(boxes) >= 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_a_lead_country_named_through_its_city_is_labelled_on_its_part_in_view() -> None:
    baltic = [Place("Russland", "country", "RU", 61.69, 94.37, mentions=5, lead=True),
              Place("Exclave City", "city", "RU", 54.71, 20.51, mentions=4, lead=True),
              Place("Litland", "country", "LT", 55.28, 23.9, mentions=3, lead=True)]
    drawn = locator_map(baltic)
    assert drawn is not None and drawn.outside == () and "Russland" in drawn.shown
    svg = ET.fromstring(str(drawn.svg))
    assert float(svg.get("viewBox", "").split()[2]) == WIDTH
    label = next(t for t in svg.iter(f"{SVG}text") if t.text == "Russland")
    assert 0 < float(label.get("x", "-1")) < WIDTH  # drawn in view, though Russia's own point is in Siberia


def test_the_pdf_with_a_map_is_byte_identical_when_rendered_twice() -> None:
    assert render_pdf(_with_places(), Options()) == render_pdf(_with_places(), Options())
