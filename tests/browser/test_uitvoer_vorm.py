"""Issue 21 item 2: exports made in the browser follow the site's conventions.

* DOCX: real heading styles (Heading 1/2 with outline levels), the same headings as the ODT
  of the same answers (read back with python-docx and odfdo).
* CSV: every CSV the site makes, the ones made in the browser (captured from the download)
  and the open data, parses with ';', starts with a UTF-8 BOM and ends lines with CRLF.
* The address: upper case and comma lists select in every tool (one reader, adres.js).
Expected values come from the data (``kennis``) and from the ODT, not from the exporter.
"""

from __future__ import annotations

import csv
import io

import docx
import pytest
from docx.oxml.ns import qn
from odfdo import Document

from tests.browser.conftest import telefooncontext, telefoonpagina
from tests.browser.test_hulpmiddelen import openen
from tests.browser.test_uitvoer import download

pytestmark = pytest.mark.browser

BOM = b"\xef\xbb\xbf"


def odt_koppen(pad) -> list[tuple[int, str]]:
    return [(int(h.get_attribute("text:outline-level")), h.text_recursive) for h in Document(str(pad)).body.get_headers()]


def docx_koppen(pad) -> list[tuple[int, str]]:
    """(level, text) of every paragraph in a heading style; the style must carry its outline level."""
    uit = []
    for p in docx.Document(str(pad)).paragraphs:
        naam = p.style.name
        if naam.startswith("Heading"):
            niveau = int(naam.split()[-1])
            lvl = p.style.element.find(qn("w:pPr")).find(qn("w:outlineLvl"))
            assert lvl is not None and int(lvl.get(qn("w:val"))) == niveau - 1, naam
            uit.append((niveau, p.text))
        else:
            assert naam == "Normal", naam
    return uit


@pytest.mark.parametrize("pagina, wat", [
    ("hulpvragen/index.html", "Antwoorden"),
    ("wijkscan.html", "Antwoorden"),
    ("bijeenkomstpakket.html?kaart={kaart}&stap={stap}&wijkscan=ja", "Pakket"),
])
def test_docx_heeft_echte_koppen_zoals_de_odt(browser, server, kennis, tmp_path, pagina, wat):
    context = telefooncontext(browser, accept_downloads=True)
    page = telefoonpagina(context)
    openen(page, server, pagina.format(kaart=kennis.interventies[0].id, stap=kennis.hulpvragen.stappen[0].id))
    odt = odt_koppen(download(page, f"{wat} als ODT", tmp_path))
    word = docx_koppen(download(page, f"{wat} als Word (DOCX)", tmp_path))
    assert odt and word == odt, (word[:3], odt[:3])
    assert word[0][0] == 1 and sum(1 for n, _ in word if n == 2) >= 2
    if pagina.startswith("hulpvragen"):
        assert [t for n, t in word if n == 2] == [f"Stap {s.nummer}. {s.titel}" for s in kennis.hulpvragen.stappen]
    if pagina.startswith("wijkscan"):
        namen = [i.naam for n in ("gezin", "gemeenschap") for i in kennis.indicatoren_van(n)]
        koppen = [t for n, t in word if n == 2]
        assert len(koppen) == len(namen) and all(k.endswith(naam) for k, naam in zip(koppen, namen)), koppen
    context.close()


def controleer_csv(inhoud: bytes, naam: str) -> list[list[str]]:
    assert inhoud.startswith(BOM), naam
    tekst = inhoud[len(BOM):].decode("utf-8")
    assert tekst.endswith("\r\n") and tekst.split("\r\n", 1)[0].count("\n") == 0, naam
    rijen = list(csv.reader(io.StringIO(tekst, newline=""), delimiter=";"))
    assert all(r.count("") < len(r) or not r for r in rijen)
    return rijen


def test_elke_csv_van_de_site_met_puntkomma_bom_en_crlf(browser, server, site, kennis, tmp_path):
    # the open data (build) and the lists (browser): one convention
    open_data = sorted((site / "downloads").rglob("*.csv"))
    assert len(open_data) >= 4
    for pad in open_data:
        rijen = controleer_csv(pad.read_bytes(), pad.name)
        assert len(rijen[0]) > 1 and all(len(r) == len(rijen[0]) for r in rijen[1:]), pad.name
    context = telefooncontext(browser, accept_downloads=True)
    page = telefoonpagina(context)
    for pagina, namen in (("interventies/overzicht.html", [k.naam for k in kennis.interventies]),
                          ("factoren/verkenner.html", [f.naam for f in kennis.factoren])):
        openen(page, server, pagina)
        pad = download(page, "Deze selectie als CSV", tmp_path)
        rijen = controleer_csv(pad.read_bytes(), pagina)
        kop = next(i for i, r in enumerate(rijen) if r[:2] == ["Naam", "Link"])
        assert len(rijen[kop]) > 2
        assert [r[0] for r in rijen[kop + 1:]] == namen
        assert all(len(r) == len(rijen[kop]) for r in rijen[kop + 1:])
    context.close()


def aangevinkt(page, naam: str) -> set[str]:
    return {v.get_attribute("value") for v in page.locator(f"form input[type=checkbox][name={naam}]").all() if v.is_checked()}


def test_adres_met_hoofdletters_en_kommalijsten_kiest_in_elk_hulpmiddel(telefoon, server, kennis):
    k1, k2 = kennis.interventies[0].id, kennis.interventies[-1].id
    s1, s2 = kennis.hulpvragen.stappen[0].id, kennis.hulpvragen.stappen[-1].id
    gevallen = [
        ("interventies/overzicht.html", "DOELGROEP=OUDERS,Jongeren", {"doelgroep": {"ouders", "jongeren"}}),
        ("interventies/overzicht.html", "Doelgroep=ouders&doelgroep=JONGEREN", {"doelgroep": {"ouders", "jongeren"}}),
        ("factoren/verkenner.html", "NIVEAU=Gezin,GEMEENSCHAP", {"niveau": {"gezin", "gemeenschap"}}),
        ("bijeenkomstpakket.html", f"KAART={k1.upper()},{k2}&Stap={s1},{s2.upper()}&WIJKSCAN=JA",
         {"kaart": {k1, k2}, "stap": {s1, s2}, "wijkscan": {"ja"}}),
        ("bijeenkomstpakket.html", f"kaart={k1}&kaart={k2.upper()}", {"kaart": {k1, k2}, "stap": set()}),
    ]
    for pagina, query, verwacht in gevallen:
        openen(telefoon, server, f"{pagina}?{query}")
        telefoon.wait_for_timeout(50)
        for naam, waarden in verwacht.items():
            assert aangevinkt(telefoon, naam) == waarden, (pagina, query, naam)
        if pagina == "bijeenkomstpakket.html":
            zichtbaar = {d.get_attribute("data-pakket-kaart") for d in telefoon.locator("[data-pakket-kaart]").all() if d.is_visible()}
            assert zichtbaar == verwacht["kaart"], query
    assert not telefoon.fouten, telefoon.fouten
