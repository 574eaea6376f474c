"""What the PDF post-processing reads from WeasyPrint's layout (macros/uitvoer/pdf/layout.py):
which elements continue over each page break, and each page's link texts. Two tiny
documents on small pages, rendered once per module; the expectations are written from
the HTML: which element the break cuts, which links each page shows."""

from __future__ import annotations

import pytest

from macros.uitvoer.pdf.layout import Layout, _keten, linktekst, vervolg_uit_layout

STIJL = ("<style>@page { size: 100mm 50mm; margin: 5mm } body { font: 10pt sans-serif; margin: 0 }"
         " p, h2, ul, table { margin: 0 }</style>")
RIJEN = "".join(f"<tr><td>Rij {i}</td><td>w</td></tr>" for i in range(14))
TEKST = " ".join(["woord"] * 200)  # three and a half pages of 100 x 50 mm


def _render(romp: str, map_):
    from weasyprint import HTML

    return HTML(string=f'<html lang="nl"><head>{STIJL}</head><body>{romp}</body></html>',
                base_url=str(map_) + "/").render()


@pytest.fixture(scope="module")
def splitsingen(tmp_path_factory):
    """Page by page (0-based): 0-1 a section whose list runs over the break; 2-3 an
    article whose table (no header row) runs over; 4-7 a div whose one paragraph runs
    over three breaks; 8-10 a main whose table repeats its header row on every page;
    11-12 an aside (no structure type of its own: /NonStruct) around a long paragraph."""
    items = "".join(f"<li>Punt {i}</li>" for i in range(14))
    romp = (f"<section><h2>Lijst</h2><ul>{items}</ul></section>"
            f'<article style="break-before: page"><table><tbody>{RIJEN}</tbody></table></article>'
            f'<div style="break-before: page"><p>{TEKST}</p></div>'
            f'<main><table style="break-before: page"><thead><tr><th>Naam</th><th>W</th></tr></thead>'
            f"<tbody>{RIJEN}</tbody></table></main>"
            f'<aside style="break-before: page"><p>{" ".join(["woord"] * 80)}</p></aside>')
    return _render(romp, tmp_path_factory.mktemp("splitsingen"))


def test_wat_doorloopt_over_elke_paginagrens(splitsingen):
    assert vervolg_uit_layout(splitsingen).vervolg == [
        [],  # no break before the first page
        ["/Sect", "/L"],  # the list goes on, with another list item
        [],  # the article starts on a new page
        ["/Art", "/Table", "/TBody"],  # the table and its body go on, with another row
        [],
        ["/Div", "/P"], ["/Div", "/P"], ["/Div", "/P"],  # the one paragraph goes on
        [],
        ["/Part", "/Table"], ["/Part", "/Table"],  # the repeated header row differs from the body
        [],
        ["/NonStruct", "/P"],
    ]


def test_de_tabel_neemt_de_plaats_van_haar_omhulsel(splitsingen):
    """WeasyPrint tags a table wrapper as one /Table; the wrapped table's row groups follow
    it directly, first (or last) child first."""
    begin = [rol for _, rol in _keten(splitsingen.pages[9]._page_box, laatste=False)]
    eind = [rol for _, rol in _keten(splitsingen.pages[9]._page_box, laatste=True)]
    assert begin == ["/Part", "/Table", "/THead", "/TR", "/TH"]
    assert eind == ["/Part", "/Table", "/TBody", "/TR", "/TD"]


def test_twee_tabellen_aan_weerszijden_van_een_grens_lopen_niet_door(tmp_path):
    """Two tables in one div, the second on a new page: the div goes on, the tables are two."""
    romp = ('<div><table><tr><td>A</td></tr></table>'
            '<table style="break-before: page"><tr><td>B</td></tr></table></div>')
    assert vervolg_uit_layout(_render(romp, tmp_path)).vervolg == [[], ["/Div"]]


@pytest.fixture(scope="module")
def links(tmp_path_factory):
    map_ = tmp_path_factory.mktemp("links")
    (map_ / "bijlage.txt").write_text("bijlage", encoding="utf-8")
    lang = " ".join(["een", "heel", "lange", "linktekst", "die", "over", "twee", "regels", "loopt"] * 2)
    romp = (f'<p><a rel="attachment" href="bijlage.txt">bijlage</a> <a href="https://example.org/">voorbeeld</a>'
            f' <a class="footnote-ref" href="#x">3</a></p>'
            f'<p><a href="https://example.org/lang">{lang}</a></p>'
            f'<h2 id="x" style="break-before: page">X</h2><p><a href="#x" title="Naar X">&#8593;</a>'
            f' <a href="https://example.org/">voorbeeld</a></p>')
    return _render(romp, map_), lang


def test_linkteksten_per_pagina_en_nummer_per_htmllink(links):
    """An attachment is no link annotation (skipped, and the links after it still count); a
    link broken over two lines gives two annotations with one number; the same URL in
    another <a> is another link."""
    document, lang = links
    assert vervolg_uit_layout(document).links == [
        [("voorbeeld", 0), ("voetnoot 3", 1), (lang, 2), (lang, 2)],
        [("Naar X", 3), ("voorbeeld", 4)],
    ]


def test_linktekst_zonder_element_is_leeg():
    assert linktekst(None) == ""


def test_lege_layout():
    assert Layout() == Layout(links=[], vervolg=[])


def test_bijschrift_van_een_tabel_in_de_keten(tmp_path):
    """A table wrapper's caption is its own child in the chain (/Caption); only the wrapped
    table is replaced by its row groups."""
    document = _render("<table><caption>Bijschrift</caption><tr><td>A</td></tr></table>", tmp_path)
    assert [rol for _, rol in _keten(document.pages[0]._page_box, laatste=False)] == ["/Table", "/Caption"]
    assert [rol for _, rol in _keten(document.pages[0]._page_box, laatste=True)] == ["/Table", "/TBody", "/TR", "/TD"]
