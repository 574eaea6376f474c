"""Markup in every plain field of a card, a factor, a reference and a help question.

`make check` rejects it (each field named with file and line). Then, as defence in
depth, the same data is built with that check switched off: every built page shows
the markup as text (nothing runs, no element is made), the search index holds it as plain
text in JSON strings (data: the search worker escapes it when it shows a result,
tests/unit/test_zoekwerker.py), and every download holds it as literal text (read back from DOCX, ODT, CSV,
JSON and PDF).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from ruamel.yaml import YAML

from tests.conftest import kopieer_project

pytestmark = pytest.mark.traag


def lading(veld: str) -> str:
    """What an attacker (or a careless paste) would put in a field."""
    return f'<script>swx_{veld}()</script><img src=x onerror=swx_{veld}()>'


# (data file, path in the file, marker): every plain-text field of these four kinds that
# the site or a download shows. Lists get an extra item where the data must stay valid.
VELDEN = [
    ("interventies/buurtvaders.yml", ("naam",), "kaart_naam"),
    ("interventies/buurtvaders.yml", ("naam_toelichting",), "kaart_naam_toelichting"),
    ("interventies/buurtvaders.yml", ("ontwikkelaar",), "kaart_ontwikkelaar"),
    ("interventies/buurtvaders.yml", ("doelgroep",), "kaart_doelgroep"),
    ("interventies/buurtvaders.yml", ("links", 0, "titel"), "kaart_link_titel"),
    ("interventies/buurtvaders.yml", ("facetten", "werkzame_elementen", 0), "kaart_werkzaam_element"),
    ("interventies/buurtvaders.yml", ("facetten", "effectiviteit_citaat"), "kaart_effectiviteit_citaat"),
    ("factoren.yml", ("factoren", 0, "naam"), "factor_naam"),
    ("factoren.yml", ("factoren", 0, "reikwijdte_toelichting"), "factor_reikwijdte_toelichting"),
    ("literatuur.yml", ("bronnen", 0, "auteurs", 1), "bron_auteur"),
    ("literatuur.yml", ("bronnen", 0, "url"), "bron_url"),
    ("hulpvragen.yml", ("stappen", 0, "titel"), "stap_titel"),
    ("hulpvragen.yml", ("stappen", 0, "groepen", 0, "kop"), "vraaggroep_kop"),
    ("hulpvragen.yml", ("stappen", 0, "groepen", 0, "vragen", 0, "tekst"), "vraag_tekst"),
]
# Fields a visitor sees on some page (the others reach downloads or attributes only).
# Fields that have a column in the open-data CSV files.
IN_CSV = {"kaart_naam", "kaart_ontwikkelaar", "kaart_doelgroep", "factor_naam", "factor_reikwijdte_toelichting",
          "bron_auteur", "bron_url", "stap_titel", "vraaggroep_kop", "vraag_tekst"}
OP_EEN_PAGINA = {"kaart_naam", "kaart_naam_toelichting", "kaart_ontwikkelaar", "kaart_doelgroep",
                 "kaart_link_titel", "factor_naam", "stap_titel", "vraaggroep_kop", "vraag_tekst"}


def _zet(boom, pad: tuple, waarde: str) -> None:
    for stap in pad[:-1]:
        boom = boom[stap]
    laatste = pad[-1]
    if isinstance(boom, list) and laatste >= len(boom):
        boom.append(waarde)
    else:
        boom[laatste] = waarde


def _waarde(veld: str, pad: tuple) -> str:
    if veld == "bron_url":  # still a web address (the schema's pattern: no spaces), with markup in it
        return 'https://example.org/"><script>swx_bron_url()</script>'
    return lading(veld)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = kopieer_project(tmp_path_factory.mktemp("injectie") / "project")
    yaml = YAML(typ="rt")
    yaml.width = 4096
    per_bestand: dict[str, list] = {}
    for bestand, pad, veld in VELDEN:
        per_bestand.setdefault(bestand, []).append((pad, veld))
    for bestand, velden in per_bestand.items():
        pad_ = project / "data" / bestand
        boom = yaml.load(pad_.read_text(encoding="utf-8"))
        for pad, veld in velden:
            _zet(boom, pad, _waarde(veld, pad))
        with pad_.open("w", encoding="utf-8") as f:
            yaml.dump(boom, f)
    # a change naming the card: its (marked-up) name then also reaches the feed (issue 22)
    wijzigingen = project / "data" / "wijzigingen.yml"
    wijzigingen.write_text(wijzigingen.read_text(encoding="utf-8").rstrip("\n")
                           + '\n      - tekst: "Kaart bijgewerkt."\n        kaart: buurtvaders\n', encoding="utf-8")
    return project


def test_controle_weigert_opmaak_in_elk_gewoon_veld(project):
    check = subprocess.run([sys.executable, "-m", "macros.koppeling.controleer"], cwd=project, capture_output=True, text=True, timeout=300)
    assert check.returncode == 1
    regels = check.stderr.splitlines()
    for bestand, pad, veld in VELDEN:
        naam = pad[-1] if isinstance(pad[-1], str) else pad[-2]
        gemeld = [r for r in regels if r.strip().startswith(f"data/{bestand}:") and "opmaakcode" in r
                  and re.search(rf": [\w.-]*{naam}[\w.]*: ", r)]
        assert gemeld, f"geen melding voor {bestand} {pad}:\n{check.stderr}"
        assert re.match(rf"\s*data/{re.escape(bestand)}:\d+: ", gemeld[0])


@pytest.fixture(scope="module")
def site(project, tmp_path_factory) -> Path:
    """Built with the markup check switched off (only possible from Python, as here)."""
    uit = tmp_path_factory.mktemp("injectie-site")
    code = "import sys, macros.inhoud.laden as l; l.OPMAAK_CONTROLEREN = False; from mkdocs.__main__ import cli; cli()"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SW_PDF_CACHE="uit")
    env.pop("SW_PDF", None)  # PDFs too: they are read back below
    resultaat = subprocess.run(
        [sys.executable, "-c", code, "build", "--strict", "--site-dir", str(uit)],
        cwd=project, env=env, capture_output=True, text=True, timeout=900,
    )
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    return uit


RAUW = (b"<script>swx_", b"<img src=x onerror", b"\\u003cscript\\u003eswx_", b"\\x3cscript\\x3eswx_")


def test_geen_enkel_gebouwd_bestand_bevat_de_opmaak_onontsnapt(site):
    """Pages, search index (whatever its format), scripts, sitemap: only escaped.
    Open data (JSON/CSV) is data, not HTML: there the text is kept as it is."""
    gecontroleerd = 0
    for pad in site.rglob("*"):
        if not pad.is_file() or "open-data" in pad.parts or pad.suffix in (".pdf", ".docx", ".odt", ".zip", ".png", ".woff2"):
            continue
        if is_zoekdata(pad.relative_to(site).as_posix()):
            continue
        inhoud = pad.read_bytes()
        for rauw in RAUW:
            assert rauw not in inhoud, f"{pad.relative_to(site)} bevat {rauw!r}"
        gecontroleerd += 1
    assert gecontroleerd > 40


def is_zoekdata(pad: str) -> bool:
    """The search index is data (plain text in JSON), like open data: the search worker
    escapes it when it shows results (tests/unit/test_zoekwerker.py::
    test_tekst_uit_de_data_wordt_ontsnapt)."""
    return pad in ("search/search_index.json", "search/search_index.js")


IN_DE_ZOEKINDEX = {"kaart_naam", "factor_naam", "vraag_tekst"}  # what search finds by name


def test_zoekindex_bevat_de_opmaak_als_platte_tekst(site):
    """The search index (skipped by the test above, being data) holds the markup as text in
    its JSON strings, in both forms (JSON for http, a script for file://), with the same docs."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    script = (site / "search" / "search_index.js").read_text(encoding="utf-8")
    treffer = re.fullmatch(r"\s*var __index = (\{.*\});?\s*", script, re.S)
    assert treffer, script[:80]
    assert json.loads(treffer.group(1)) == index
    teksten = " ".join(f"{d['title']} {d['text']}" for d in index["docs"])
    for veld in IN_DE_ZOEKINDEX:
        assert lading(veld) in teksten, veld


def _paginas(site: Path):
    for pad in sorted(site.rglob("*.html")):
        yield pad, BeautifulSoup(pad.read_text(encoding="utf-8"), "html.parser")


def test_elke_pagina_toont_de_opmaak_als_tekst(site):
    gezien: set[str] = set()
    for pad, soep in _paginas(site):
        for script in soep.find_all("script"):
            assert "swx_" not in script.get_text(), f"{pad.name}: script uit data"
        for element in soep.find_all(True):
            for attribuut, waarde in element.attrs.items():
                assert not (attribuut.startswith("on") and "swx_" in str(waarde)), f"{pad.name}: {attribuut} uit data"
                if attribuut in ("href", "src") and "swx_" in str(waarde):
                    # the link itself, or the feedback route's mailto with the title percent-encoded
                    veilig = str(waarde).startswith(("https://example.org/", "#")) or (
                        str(waarde).startswith("mailto:") and "<" not in str(waarde))
                    assert veilig, f"{pad.name}: {attribuut}={waarde}"
        tekst = soep.get_text()
        for veld in OP_EEN_PAGINA:
            if lading(veld) in tekst:
                gezien.add(veld)
    assert gezien == OP_EEN_PAGINA, f"niet als tekst gevonden: {OP_EEN_PAGINA - gezien}"


def test_kaartpagina_titel_navigatie_kop_en_voet_als_tekst(site):
    kaart = BeautifulSoup((site / "interventies" / "buurtvaders.html").read_text(encoding="utf-8"), "html.parser")
    naam = lading("kaart_naam")
    assert kaart.title.get_text().startswith(naam)
    assert naam in kaart.select_one(".md-header__topic[data-md-component=header-topic]").get_text()
    assert naam in [a.get_text(strip=True) for a in kaart.select("nav.md-nav--primary a")]
    assert kaart.h1.get_text(strip=True).rstrip("¶") == naam
    # the neighbouring card's footer link names this card
    buren = [BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser") for p in (site / "interventies").glob("*.html")]
    assert any(naam in (f.get_text() if (f := b.select_one(".md-footer")) else "") for b in buren)
    downloads = BeautifulSoup((site / "downloads.html").read_text(encoding="utf-8"), "html.parser")
    # the name sits in its own <span> (lang of an English name), so the text is read whole
    assert f"{naam} (PDF)" in [" ".join(a.get_text().split()) for a in downloads.select("a")]


def _tekst_docx(data: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(data))
    delen = [p.text for p in doc.paragraphs]
    for tabel in doc.tables:
        delen += [c.text for rij in tabel.rows for c in rij.cells]
    return "\n".join(delen)


def _tekst_odt(data: bytes) -> str:
    from odfdo import Document

    return Document(io.BytesIO(data)).body.text_recursive


def _tekst_pdf(pad: Path) -> str:
    from pypdf import PdfReader

    return " ".join(p.extract_text() or "" for p in PdfReader(pad).pages)


def _teksten(waarde):
    """Every string in a JSON value."""
    if isinstance(waarde, str):
        yield waarde
    elif isinstance(waarde, dict):
        for x in waarde.values():
            yield from _teksten(x)
    elif isinstance(waarde, list):
        for x in waarde:
            yield from _teksten(x)


def _zonder_wit(tekst: str) -> str:
    return re.sub(r"\s+", "", tekst)


def test_downloads_bevatten_de_opmaak_als_letterlijke_tekst(site):
    downloads = site / "downloads"
    hulpvragen = [lading(v) for v in ("stap_titel", "vraaggroep_kop", "vraag_tekst")]
    gelezen = {"docx": 0, "odt": 0, "pdf": 0}
    for pad in downloads.glob("*hulpvragen*"):
        soort = pad.suffix.lstrip(".")
        if soort not in gelezen:
            continue
        tekst = {"docx": lambda: _tekst_docx(pad.read_bytes()), "odt": lambda: _tekst_odt(pad.read_bytes()),
                 "pdf": lambda: _tekst_pdf(pad)}[soort]()
        if pad.stem.endswith("-hulpvragen") or pad.stem.endswith("-1"):  # all steps, or step 1
            for stuk in hulpvragen:
                assert _zonder_wit(stuk) in _zonder_wit(tekst), (pad.name, stuk)
            gelezen[soort] += 1
    assert all(n >= 2 for n in gelezen.values()), gelezen

    kaart_pdf = _zonder_wit(_tekst_pdf(downloads / "interventie-buurtvaders.pdf"))
    for veld in ("kaart_naam", "kaart_naam_toelichting", "kaart_ontwikkelaar", "kaart_doelgroep", "kaart_link_titel"):
        assert _zonder_wit(lading(veld)) in kaart_pdf, veld
    document = _zonder_wit(_tekst_pdf(downloads / "samen-weerbaar-kennisdocument.pdf"))
    for veld in ("kaart_naam", "factor_naam", "stap_titel", "vraag_tekst"):
        assert _zonder_wit(lading(veld)) in document, veld

    open_data = json.loads((downloads / "open-data" / "samen-weerbaar-open-data.json").read_text(encoding="utf-8"))
    teksten_json = list(_teksten(open_data))
    cellen = [cel for p in (downloads / "open-data").glob("*.csv")
              for rij in csv.reader(io.StringIO(p.read_text(encoding="utf-8-sig")), delimiter=";") for cel in rij]
    for bestand, pad, veld in VELDEN:
        waarde = _waarde(veld, pad)
        assert any(waarde in t for t in teksten_json), veld
        if veld in IN_CSV:
            assert any(waarde in cel for cel in cellen), veld


def test_zip_van_de_site_bevat_dezelfde_ontsnapte_paginas(site):
    with zipfile.ZipFile(site / "downloads" / "samen-weerbaar-site.zip") as z:
        for naam in z.namelist():
            if naam.endswith((".html", ".js", ".json")) and "open-data" not in naam \
                    and not is_zoekdata(naam.split("/", 1)[1]):
                inhoud = z.read(naam)
                for rauw in RAUW:
                    assert rauw not in inhoud, f"zip: {naam} bevat {rauw!r}"


def test_citeergegevens_feed_en_referenties_als_tekst(site):
    """Issue 22: the card's name in its meta tags and citation block, the feed entry about
    it, and an author name in the RIS, BibTeX and CSL-JSON files: read back by their own
    readers, each holds the markup as literal text (escaped in HTML and XML)."""
    import bibtexparser
    import feedparser
    import rispy
    from pylatexenc.latex2text import LatexNodes2Text

    naam = lading("kaart_naam")
    kaart = BeautifulSoup((site / "interventies" / "buurtvaders.html").read_text(encoding="utf-8"), "html.parser")
    for meta in ("citation_title", "DC.title"):
        assert kaart.find("meta", attrs={"name": meta})["content"] == naam, meta
    assert naam in kaart.select_one(".sw-citeerregel").get_text()
    assert not kaart.select(".sw-citeren script, .sw-citeren img")
    xml = (site / "wijzigingen.xml").read_bytes()
    assert b"<script>swx_" not in xml and b"&lt;script&gt;swx_kaart_naam" in xml
    feed = feedparser.parse(xml)
    assert not feed.bozo, feed.get("bozo_exception")
    assert any(naam in e.title for e in feed.entries)

    auteur = lading("bron_auteur")
    map_ = site / "downloads" / "open-data"
    ris = rispy.loads((map_ / "samen-weerbaar-literatuur.ris").read_text(encoding="utf-8"))
    assert auteur in ris[0]["authors"]
    csl = json.loads((map_ / "samen-weerbaar-literatuur.csl.json").read_text(encoding="utf-8"))
    assert csl[0]["author"][1]["family"] == auteur
    bib = bibtexparser.parse_string((map_ / "samen-weerbaar-literatuur.bib").read_text(encoding="utf-8"))
    assert not bib.failed_blocks
    assert auteur in LatexNodes2Text().latex_to_text(bib.entries[0].fields_dict["author"].value)
