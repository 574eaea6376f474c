"""Citing and following on the built site (issue 22), read with maintained readers:
extruct (Dublin Core, JSON-LD), BeautifulSoup (the Highwire ``citation_*`` tags and the
citation block), feedparser (the Atom feed), pypdf (the PDFs).

Expected values come from data/uitgave.yml, data/wijzigingen.yml and data/interventies/
read here with ruamel, not through the code under test.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import urldefrag

import extruct
import feedparser
import pytest
from bs4 import BeautifulSoup
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
_yaml = YAML(typ="safe")
UITGAVE = _yaml.load((ROOT / "data" / "uitgave.yml").read_text(encoding="utf-8"))
VERSIES = _yaml.load((ROOT / "data" / "wijzigingen.yml").read_text(encoding="utf-8"))["versies"]
KAARTEN = {p.stem: _yaml.load(p.read_text(encoding="utf-8"))["naam"] for p in (ROOT / "data" / "interventies").glob("*.yml")}
AUTEURS = [f"{a['achternaam']}, {a['voorletters']}" for a in UITGAVE["auteurs"]]


def _paginas(site: Path):
    """Every page built from docs/ (404.html is the theme's, not a page)."""
    for pad in sorted(site.rglob("*.html")):
        rel = pad.relative_to(site).as_posix()
        if rel == "404.html" or rel.startswith(("assets/", "search/")):
            continue
        yield rel, pad.read_text(encoding="utf-8")


def _meta(soep, naam: str) -> list[str]:
    return [m["content"] for m in soep.find_all("meta", attrs={"name": naam})]


def test_elke_pagina_heeft_titel_auteurs_en_datum_in_de_metadata(site):
    aantal = 0
    for rel, html in _paginas(site):
        soep = BeautifulSoup(html, "html.parser")
        dc = extruct.extract(html, base_url=f"https://example.org/{rel}", syntaxes=["dublincore"])["dublincore"][0]
        elementen: dict[str, list[str]] = {}
        for e in dc["elements"]:
            elementen.setdefault(e["URI"].rsplit("/", 1)[1], []).append(e["content"])
        assert elementen.get("title") and elementen["title"][0].strip(), rel
        assert elementen.get("creator") == AUTEURS, rel
        assert elementen.get("date") == [UITGAVE["datum"]], rel
        assert elementen.get("language") == ["nl"] and elementen.get("publisher") == [UITGAVE["uitgever"]], rel
        assert _meta(soep, "citation_title") == [elementen["title"][0]], rel
        assert _meta(soep, "citation_author") == AUTEURS, rel
        assert _meta(soep, "citation_publication_date") == [UITGAVE["datum"].replace("-", "/")], rel
        assert _meta(soep, "citation_language") == ["nl"], rel
        assert _meta(soep, "citation_technical_report_institution") + _meta(soep, "citation_publisher") == [UITGAVE["uitgever"]], rel
        feed = soep.find_all("link", attrs={"rel": "alternate", "type": "application/atom+xml"})
        assert len(feed) == 1 and (site / posixpath.normpath(posixpath.join(posixpath.dirname(rel), feed[0]["href"]))).is_file(), rel
        aantal += 1
    assert aantal > 50


def test_kaartpagina_noemt_het_document_en_de_kaart(site):
    for id_, naam in KAARTEN.items():
        soep = BeautifulSoup((site / "interventies" / f"{id_}.html").read_text(encoding="utf-8"), "html.parser")
        assert _meta(soep, "citation_title") == [naam]
        assert _meta(soep, "citation_inbook_title") == [f"{UITGAVE['titel']}: {UITGAVE['ondertitel']}"]
        pdf = _meta(soep, "citation_pdf_url")
        assert pdf and (site / "interventies" / pdf[0]).resolve().is_file(), id_


def test_home_draagt_json_ld_report(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    data = extruct.extract(html, base_url="https://example.org/", syntaxes=["json-ld"])["json-ld"]
    assert len(data) == 1
    report = data[0]
    assert report["@context"] == "https://schema.org" and report["@type"] == "Report"
    assert report["name"] == UITGAVE["titel"]
    assert [a["familyName"] for a in report["author"]] == [a["achternaam"] for a in UITGAVE["auteurs"]]
    assert report["publisher"] == {"@type": "Organization", "name": UITGAVE["uitgever"]}
    assert report["datePublished"] == str(UITGAVE["jaar"]) and report["dateModified"] == UITGAVE["datum"]
    # only the home page carries it
    assert not extruct.extract((site / "colofon.html").read_text(encoding="utf-8"), syntaxes=["json-ld"])["json-ld"]


def _apa_auteurs() -> str:
    namen = [f"{a['achternaam']}, {' '.join(v + '.' for v in a['voorletters'].rstrip('.').split('.'))}" for a in UITGAVE["auteurs"]]
    return ", ".join(namen[:-1]) + ", & " + namen[-1]


def test_citeerblok_op_elke_pagina(site):
    begin = f"{_apa_auteurs()} ({UITGAVE['jaar']}). "
    for rel, html in _paginas(site):
        soep = BeautifulSoup(html, "html.parser")
        blokken = soep.select("article .sw-citeren")
        assert len(blokken) == 1, rel
        blok = blokken[0]
        assert blok.h2.get_text(strip=True).rstrip("¶") == "Zo citeer je deze pagina", rel
        regel = blok.select_one(".sw-citeerregel").get_text()
        assert regel.startswith(begin), (rel, regel)
        assert "Geraadpleegd op " in regel and UITGAVE["uitgever"] in regel, rel
        knop = blok.select_one("button[data-sw-kopieer]")
        assert knop is not None and knop.has_attr("hidden"), rel  # shown by sw-citeren.js
        assert blok.select_one('[role="status"][aria-live="polite"]') is not None, rel
    kaart = BeautifulSoup((site / "interventies" / "buurtvaders.html").read_text(encoding="utf-8"), "html.parser")
    assert kaart.select_one(".sw-citeerregel").get_text().startswith(f"{begin}{KAARTEN['buurtvaders']}. In {UITGAVE['titel']}: ")


def test_feed_een_bericht_per_versie_en_per_gewijzigde_pagina(site):
    feed = feedparser.parse((site / "wijzigingen.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    titels = [e.title for e in feed.entries]
    for v in VERSIES:
        assert f"Versie {v['versie']} van de kennisbank" in titels
    # a changed page: one that shows a change date ("Laatst bijgewerkt: …")
    gewijzigd = {rel for rel, html in _paginas(site) if "Laatst bijgewerkt:" in html}
    paginaberichten = {e.link for e in feed.entries if e.title.startswith("Pagina bijgewerkt: ")}
    assert gewijzigd and paginaberichten == gewijzigd
    for e in feed.entries:
        pad, anker = urldefrag(e.link)
        assert not pad.startswith(("http:", "https:", "/")), e.link  # no SW_SITE_URL: relative
        doel = site / pad
        assert doel.is_file(), e.link
        if anker:
            assert f'id="{anker}"' in doel.read_text(encoding="utf-8"), e.link
    assert b"SW_SITE_URL" in (site / "wijzigingen.xml").read_bytes()[:400]  # the comment says why


def test_wijzigingenpagina_legt_de_feed_uit(site):
    soep = BeautifulSoup((site / "wijzigingen.html").read_text(encoding="utf-8"), "html.parser")
    sectie = soep.find(id="feed")
    assert sectie is not None
    tekst = sectie.find_next("p").get_text()
    assert "feed" in tekst and soep.select_one('a[href="wijzigingen.xml"]') is not None


def _pdf_tekst(pad: Path) -> str:
    from pypdf import PdfReader

    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(pad).pages))


@pytest.mark.parametrize("kaart", ["buurtvaders"])
def test_citeerblok_in_de_pdfs(site, kaart):
    tekst = _pdf_tekst(site / "downloads" / f"interventie-{kaart}.pdf")
    assert "Zo citeer je deze pagina" in tekst
    assert f"{KAARTEN[kaart]}. In {UITGAVE['titel']}" in tekst
    document = _pdf_tekst(site / "downloads" / "samen-weerbaar-kennisdocument.pdf")
    # once, on the colofon, citing the document as a whole
    assert document.count("Zo citeer je deze pagina") == 1
    assert f"({UITGAVE['jaar']}). {UITGAVE['titel']}: " in document
