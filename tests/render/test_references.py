"""Self-contained HTML, checked by parsing the rendered page (HTML5 and CSS), not by grep: every
outside reference and everything that would run is an error naming the template file that put it
there; a ``javascript:`` link never becomes a PDF link."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_briefs import make_brief

from reportgen.errors import InputError
from reportgen.options import Options
from reportgen.render import render_html, render_pdf


def client(tmp_path: Path, bluf: str = "", css: str | None = None) -> Options:
    folder = tmp_path / "acme"
    folder.mkdir()
    (folder / "client.yaml").write_text("name: Acme Analysis\n", encoding="utf-8")
    (folder / "brief.html.j2").write_text('{% extends "default:brief.html.j2" %}\n'
                                          f"{{% block bluf %}}{bluf}{{% endblock %}}\n", encoding="utf-8")
    if css is not None:
        (folder / "style.css").write_text(css, encoding="utf-8")
    return Options(template=str(folder))


OUTSIDE = {
    "svg image href": '<svg width="9" height="9"><image href="https://x.example/a.png"/></svg>',
    "svg xlink:href": '<svg width="9" height="9"><use xlink:href="https://x.example/s.svg#i"/></svg>',
    "style @import": '<style>@import "https://x.example/a.css";</style>',
    "escaped url()": r"<style>.bluf { background: \75 rl(https://x.example/b.png) }</style>",
    "image-set()": '<style>.bluf { background: image-set("https://x.example/c.png" 1x) }</style>',
    "style attribute": '<div style="background: url(&quot;https://x.example/d.png&quot;)">x</div>',
    "srcset": '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="https://x.example/e.png 2x">',
    "link element": '<link rel="stylesheet" href="https://x.example/f.css">',
}
ACTIVE = {
    "script": "<script>alert(1)</script>",
    "meta refresh": '<meta http-equiv="refresh" content="0;url=https://x.example/">',
    "event handler": '<p onclick="alert(1)">x</p>',
    "javascript link": '<a href="javascript:alert(1)">more</a>',
    "svg javascript link": '<svg width="9" height="9"><a href="javascript:alert(1)"><rect/></a></svg>',
    # an SVG animation turns a harmless link into another once it runs
    "svg set href to": '<svg width="9" height="9"><a href="#x"><set attributeName="href" '
                       'to="javascript:alert(1)"/><rect/></a></svg>',
    "svg animate values": '<svg width="9" height="9"><a href="#x"><animate attributeName="href" dur="1s" '
                          'values="data:,a; javascript:alert(1)"/><rect/></a></svg>',
    "svg animate xlink:href from": '<svg width="9" height="9"><a xlink:href="#x"><animate dur="1s" '
                                   'attributeName="xlink:href" from="https://x.example/" to="data:,a"/>'
                                   "<rect/></a></svg>",
    "svg animate by": '<svg width="9" height="9"><a href="#x"><animate attributeName="href" dur="1s" '
                      'by="javascript:alert(1)"/><rect/></a></svg>',
    "svg set, any case and escaped": '<svg width="9" height="9"><a href="#x"><SET ATTRIBUTENAME="HREF" '
                                     'to="&#106;ava&#x09;script:alert(1)"/><rect/></a></svg>',
    "svg set event handler": '<svg width="9" height="9"><set attributeName="onmouseover" '
                             'to="alert(1)"/></svg>',
}


@pytest.mark.parametrize("markup", OUTSIDE.values(), ids=OUTSIDE.keys())
def test_outside_references_make_html_fail_naming_the_template(tmp_path: Path, markup: str) -> None:
    options = client(tmp_path, markup)
    with pytest.raises(InputError, match="self-contained") as caught:
        render_html(make_brief(), options)
    assert caught.value.path == str(tmp_path / "acme" / "brief.html.j2")
    assert "x.example" in caught.value.message


@pytest.mark.parametrize("markup", ACTIVE.values(), ids=ACTIVE.keys())
def test_what_would_run_is_refused_in_html_and_pdf(tmp_path: Path, markup: str) -> None:
    options = client(tmp_path, markup)
    for render in (render_html, render_pdf):
        with pytest.raises(InputError, match="is not allowed") as caught:
            render(make_brief(), options)
        assert caught.value.path == str(tmp_path / "acme" / "brief.html.j2")


def test_a_malformed_url_is_refused_like_any_other(tmp_path: Path) -> None:
    options = client(tmp_path, '<img alt="" src="https://[x.example/a.png"> <a href="https://[x.example/">x</a>')
    with pytest.raises(InputError, match="self-contained") as caught:
        render_html(make_brief(), options)
    assert caught.value.path == str(tmp_path / "acme" / "brief.html.j2")
    with pytest.raises(InputError, match=r"refers to 'https://\[x\.example/a\.png'.*refused"):
        render_pdf(make_brief(), options)


def test_an_escaped_url_in_client_css_names_the_stylesheet(tmp_path: Path) -> None:
    options = client(tmp_path, css=r".bluf { background: \75 rl(https://x.example/g.png); }" "\n")
    with pytest.raises(InputError, match="self-contained") as caught:
        render_html(make_brief(), options)
    assert caught.value.path == str(tmp_path / "acme" / "style.css")
    with pytest.raises(InputError, match="refused"):
        render_pdf(make_brief(), options)


def test_svg_animations_of_other_attributes_or_to_data_uris_are_fine(tmp_path: Path) -> None:
    options = client(tmp_path, '<svg width="9" height="9"><a href="#claims"><rect width="9" height="9">'
                               '<animate attributeName="opacity" values="0;1" dur="1s"/></rect>'
                               '<set attributeName="href" to="data:text/plain,brief"/></a></svg>')
    assert 'attributeName="opacity"' in render_html(make_brief(), options)
    assert render_pdf(make_brief(), options).startswith(b"%PDF-")


def test_web_links_fragments_and_data_uris_are_fine(tmp_path: Path) -> None:
    options = client(tmp_path, '<a href="https://news.example/story">story</a> <a href="#claims">claims</a> '
                               '<a href="mailto:desk@acme.example">desk</a> '
                               '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">')
    html = render_html(make_brief(), options)
    assert 'href="https://news.example/story"' in html
    assert render_pdf(make_brief(), options).startswith(b"%PDF-")
