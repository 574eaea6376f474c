"""The client-side tools of issue 8 without a browser: facets, links, rules, JavaScript.

Interventions overview with filters and comparison, factor explorer, wijkscan and the fit
check on card pages. Facets must come from the card's own text; every link a tool makes
must land on an existing page and anchor; the scripts must be small, local and safe under
a strict Content-Security-Policy.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from macros.weergave import hulpmiddelen, interventies
from macros.weergave import plaatsen
from tests.bron import BRON, kaart_uit_bron, kaartnamen_in_bron
from macros.weergave.labels import EFFECT_VOLGENS_KAART, KAART_VELDEN, WIJKSCAN_PLAATSEN
from macros.weergave.interventies import GEEN_ELEMENT, passend_punten, slug
from macros.weergave import Paginacontext

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SJABLONEN = ROOT / "macros" / "weergave" / "templates"
BRON = Path(__file__).resolve().parents[3] / "shared" / "source" / "samen-weerbaar-kennisdocument.md"
# Issue 21 raised opslag.js (backup of what a page does not understand, renamed ids),
# wijkscan/passend (their use of it) and uitvoer.js (DOCX heading styles); issue 24 raised
# filters, wijkscan and opslag (idle-time work: +560 bytes gzip in all, minified). Each budget
# is the earlier one plus both raises (opslag.js and pakket.js: what both changes measured
# together, 13,189 and 4,499 bytes); source bytes with comments.
SCRIPTS = {"filters.js": 5_100, "wijkscan.js": 10_600, "passend.js": 5_000,  # bytes, uncompressed
           "opslag.js": 13_300, "afdruk.js": 2_500, "uitvoer.js": 14_000, "adres.js": 2_500,
           "nietherkend.js": 4_000, "pakket.js": 4_600,
           "uitvoer-knoppen.js": 2_000}  # on every tool page; uitvoer.js only on the first export
VERKENNER = "factoren/verkenner.md"
WIJKSCAN = "wijkscan.md"
MIJN_SJABLONEN = ["interventies_overzicht.html", "_filter.html", "interventiekaart.md.j2"] + sorted(
    p.name for p in SJABLONEN.iterdir() if p.name.startswith(("verken_", "wijkscan_", "passend_"))
)


def soep(markup) -> BeautifulSoup:
    return BeautifulSoup(str(markup), "html.parser")


def normaal(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip().lower()


# ---- facets: only what the card itself says --------------------------------------

def test_werkzame_elementen_letterlijk_uit_de_kaart(kennis):
    for kaart in kennis.interventies:
        for element in kaart.facetten.werkzame_elementen:
            assert normaal(element) in normaal(kaart.werkzame_elementen), (kaart.id, element)


def test_effectiviteit_volgens_kaart_met_letterlijk_citaat(kennis):
    for kaart in kennis.interventies:
        f = kaart.facetten
        assert bool(f.effectiviteit_volgens_kaart) == bool(f.effectiviteit_citaat), kaart.id
        if f.effectiviteit_citaat:
            eigen = " ".join((kaart.effectiviteit, kaart.conclusie, kaart.kanttekening))
            assert normaal(f.effectiviteit_citaat) in normaal(eigen), kaart.id


def test_regel_per_facet_staat_in_het_kaartbestand(kennis):
    """The facets of the source's cards were derived by us from the card text: each
    derivation is written down in the card file. A card an editor adds needs no such
    comment (the template and the guide explain the facets)."""
    assert BRON.exists(), f"brondocument niet gevonden: {BRON}"
    bronnamen = kaartnamen_in_bron(BRON.read_text(encoding="utf-8"))
    uit_bron = [k for k in kennis.interventies if kaart_uit_bron(k.naam, bronnamen)]
    assert len(uit_bron) == len(bronnamen)
    for kaart in uit_bron:
        tekst = (ROOT / "data" / "interventies" / f"{kaart.id}.yml").read_text(encoding="utf-8")
        commentaar = "\n".join(r for r in tekst.splitlines() if r.lstrip().startswith("#"))
        velden = ["doelgroepen", "niveaus"]
        if kaart.facetten.werkzame_elementen or "werkzame_elementen:" in tekst.split("facetten:", 1)[1]:
            velden.append("werkzame_elementen")
        if kaart.facetten.effectiviteit_volgens_kaart:
            velden.append("effectiviteit_volgens_kaart")
        for veld in velden:
            assert re.search(rf"^# {veld}: ", commentaar, re.M), f"{kaart.id}: geen regel voor {veld}"
        if kaart.facetten.effectiviteit_volgens_kaart:
            assert f"-> {kaart.facetten.effectiviteit_volgens_kaart}" in commentaar, kaart.id


# ---- the overview: data attributes follow the YAML -------------------------------

@pytest.fixture(scope="module")
def overzicht(kennis, index):
    return soep(interventies.interventies_overzicht(Paginacontext(kennis, plaatsen.INTERVENTIES_OVERZICHT, index)))


def test_overzicht_draagt_de_facetten_van_elke_kaart(kennis, overzicht):
    items = overzicht.select(".sw-kaartoverzicht [data-sw-item]")
    assert [li["data-sw-item"] for li in items] == [k.id for k in kennis.interventies]
    for li, kaart in zip(items, kennis.interventies):
        f = kaart.facetten
        assert li["data-doelgroep"].split() == f.doelgroepen
        assert li["data-niveau"].split() == f.niveaus
        assert li["data-effect"] == (f.effectiviteit_volgens_kaart or "niet-ingedeeld")
        assert li["data-element"].split() == ([slug(e) for e in f.werkzame_elementen] or [GEEN_ELEMENT])
        assert li.find("a")["href"] == posixpath.basename(plaatsen.interventie_pagina(kaart.id)).replace(".md", ".html")
    # the comparison table has one column per card, in the same order
    kolommen = overzicht.select(".sw-vergelijk thead th[data-sw-volgt]")
    assert [th["data-sw-volgt"] for th in kolommen] == [k.id for k in kennis.interventies]
    for rij in overzicht.select(".sw-vergelijk tbody tr"):
        assert [td["data-sw-volgt"] for td in rij.find_all("td")] == [k.id for k in kennis.interventies]


def test_filteropties_dekken_alle_waarden(kennis, overzicht):
    waarden = {}
    for veld in overzicht.select(".sw-filter input[type=checkbox]"):
        waarden.setdefault(veld["name"], []).append(veld["value"])
    assert waarden["doelgroep"] == ["ouders", "jongeren", "inwoners", "professionals"]
    assert waarden["niveau"] == ["individu", "gezin", "gemeenschap"]
    assert set(EFFECT_VOLGENS_KAART) <= set(waarden["effect"])
    opties = {o["value"] for o in overzicht.select("select[name=element] option") if o["value"]}
    assert opties == {slug(e) for k in kennis.interventies for e in k.facetten.werkzame_elementen} | (
        {GEEN_ELEMENT} if any(not k.facetten.werkzame_elementen for k in kennis.interventies) else set())


def test_overzicht_houdt_de_waarschuwing_van_4_4_en_werkt_zonder_javascript(kennis, overzicht):
    let_op = overzicht.select_one(".sw-let-op").get_text(" ", strip=True)
    # the caution of data/letop.yml that rests on §4.4
    waarschuwingen = [x for x in kennis.letop_bij("interventies") if x.paragraaf == "4.4"]
    assert waarschuwingen
    for x in waarschuwingen:
        assert normaal(x.tekst.rstrip(".")) in normaal(let_op)
    # the controls are hidden until the script runs; the list itself never is
    assert overzicht.select_one(".sw-filter details").has_attr("hidden")
    assert not overzicht.select(".sw-kaartoverzicht [hidden]")


# ---- factor explorer ------------------------------------------------------------

def test_verkenner_heeft_elke_factor_met_zijn_labels_en_koppelingen(kennis, index):
    w = Paginacontext(kennis, VERKENNER, index)
    s = soep(hulpmiddelen.factorverkenner(w))
    items = s.select("[data-sw-item]")
    assert [li["data-sw-item"] for li in items] == [f.id for f in kennis.factoren]
    for li, f in zip(items, kennis.factoren):
        assert (li["data-niveau"], li["data-soort"], li["data-reikwijdte"], li["data-bewijs"]) == (
            f.niveau, f.soort, f.reikwijdte, f.bewijs)
        hrefs = [a["href"] for a in li.find_all("a")]
        assert w.link("factor", f.id) in hrefs
        assert all(w.link("indicator", i) in hrefs for i in f.indicatoren)
        assert w.link("paragraaf", f.paragraaf) in hrefs
        assert all(w.link("bron", b) in hrefs for b in f.bronnen)
        assert len(li.select(".sw-badge")) == 4  # level, kind, scope, evidence: as text


# ---- wijkscan ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def scan(kennis, index):
    return hulpmiddelen.wijkscan(Paginacontext(kennis, WIJKSCAN, index))


def test_wijkscan_heeft_zestien_indicatoren_met_as_en_factoren(kennis, index, scan):
    w = Paginacontext(kennis, WIJKSCAN, index)
    s = soep(scan)
    blokken = s.select("[data-ws-indicator]")
    verwacht = kennis.indicatoren_van("gezin") + kennis.indicatoren_van("gemeenschap")
    assert len(verwacht) == 16 and len(kennis.indicatoren_van("gezin")) == 5
    assert [b["data-ws-indicator"] for b in blokken] == [i.id for i in verwacht]
    for blok, i in zip(blokken, verwacht):
        radios = blok.select("input[type=radio]")
        assert [r["value"] for r in radios] == [w_ for w_, _ in WIJKSCAN_PLAATSEN] + ["weet-niet"]
        assert {r["name"] for r in radios} == {f"ws-{i.id}"}
        assert blok.select_one("fieldset legend").get_text(strip=True)
        notitie = blok.select_one("textarea")
        assert s.select_one(f"label[for='{notitie['id']}']")
        links = [a["href"] for a in blok.select(".sw-ws-factoren a")]
        for f in kennis.factoren_bij_indicator(i.id):
            assert w.link("factor", f.id) in links
        assert w.link("indicator", i.id) in links
        # one line per factor, linking to the factor (which shows its labels; the scan shows none)
        regels = blok.select(".sw-ws-factoren li")
        assert [li.a["href"] for li in regels] == [w.link("factor", f.id) for f in kennis.factoren_bij_indicator(i.id)]
        assert not blok.select(".sw-badge")
        # what the summary row (made by wijkscan.js) links to: the paragraphs, then the indicator
        verder = [a["href"] for a in blok.select("[data-ws-verder] a")]
        assert verder[-1] == w.link("indicator", i.id)
        assert all(w.link("paragraaf", p) in verder for f in kennis.factoren_bij_indicator(i.id) for p in [f.paragraaf])
    # the summary table is filled by the script: no rows in the page itself
    assert s.select_one(".sw-ws-tabel tbody") is not None and not s.select("[data-ws-rij]")
    verder = [a["href"] for a in s.select(".sw-ws-verder a")]
    assert all(w.link("randvoorwaarde", r.id) in verder for r in kennis.randvoorwaarden)
    assert all(w.link("stap", st.id) in verder for st in kennis.hulpvragen.stappen)


def _pagina(bron: str) -> str:
    pad = DOCS / bron
    assert pad.exists(), f"{bron} ontbreekt"
    return pad.read_text(encoding="utf-8")


def test_wijkscan_pagina_zegt_gespreksinstrument_en_citeert_voetnoot_80():
    tekst = _pagina(WIJKSCAN)
    assert "{{ wijkscan() }}" in tekst and "pdf: false" in tekst
    assert "geen meetinstrument" in tekst.lower()
    citaat = "\n".join(r[2:] for r in tekst.splitlines() if r.startswith("> "))
    citaat = re.sub(r"\{\{\s*ref\([^)]*\"(paragraaf [\d.]+)\"\)\s*\}\}", r"\1", citaat)
    if not BRON.exists():
        pytest.skip(f"brondocument niet gevonden: {BRON}")
    bron = BRON.read_text(encoding="utf-8")
    noot = re.search(r"^<sup>80</sup> (.+)$", bron, re.M).group(1)
    noot = noot.replace("aan-of afwezigheid", "aan- of afwezigheid")  # typo, as on the 5.3 page
    assert normaal(citaat) == normaal(noot)


def test_verkenner_pagina_toont_legenda_en_verkenner(kennis, index):
    tekst = _pagina(VERKENNER)
    assert "{{ factorverkenner() }}" in tekst and "pdf: false" in tekst
    # the verkenner itself shows, after its filters, the caution and the compact legend
    s = soep(hulpmiddelen.factorverkenner(Paginacontext(kennis, VERKENNER, index)))
    volgorde = [e for e in s.select(".sw-filter, .sw-let-op, details.sw-legenda, .sw-verken")]
    assert [e["class"][0] for e in volgorde] == ["sw-filter", "sw-let-op", "sw-legenda", "sw-verken"]
    assert "nooit op zichzelf" in s.select_one(".sw-let-op").get_text()


# ---- fit check on the card pages ------------------------------------------------------

def test_passend_komt_uit_toepasbaarheid_en_doelgroep_van_de_kaart(kennis, index):
    for kaart in kennis.interventies:
        groepen = passend_punten(kaart)
        punten = [p["tekst"] for g in groepen for p in g["punten"]]
        for p in punten:
            assert normaal(p) in normaal(kaart.toepasbaarheid.replace("\n- ", " ")), (kaart.id, p)
        opsomming = [r.strip()[2:] for r in kaart.toepasbaarheid.splitlines() if r.strip().startswith("- ")]
        assert all(o in punten for o in opsomming), kaart.id
        ids = [p["id"] for g in groepen for p in g["punten"]]
        assert len(ids) == len(set(ids)), kaart.id

        s = soep(interventies.passend(Paginacontext(kennis, plaatsen.interventie_pagina(kaart.id), index), kaart.id))
        vakjes = s.select("[data-sw-passend] input[type=checkbox]")
        assert [v["value"] for v in vakjes] == ["doelgroep"] + ids
        assert kaart.doelgroep in s.select_one("label").get_text()
        if not punten:
            assert "noemt geen toepasbaarheid" in s.get_text(), kaart.id


def test_kaart_zonder_toepasbaarheid_zegt_dat_in_plaats_van_te_verzinnen(kennis):
    leeg = [k for k in kennis.interventies if not passend_punten(k)]
    assert leeg, "verwacht minstens één kaart met 'Niet bekend' (Multi-Level Approach)"
    for k in leeg:
        assert normaal(k.toepasbaarheid).rstrip(".") in ("niet bekend", "onbekend", "")


def test_elke_kaartpagina_heeft_de_check(kennis, index):
    for kaart in kennis.interventies:
        uit = str(interventies.interventiekaart(Paginacontext(kennis, plaatsen.interventie_pagina(kaart.id), index), kaart.id))
        assert f'data-sw-passend="{kaart.id}"' in uit
        assert "## Past deze interventie bij jullie situatie?" in uit


# ---- links: generated from ids, never dangling ----------------------------------------

_MACRO_ANKERS = {
    "factoren": lambda k, arg: [f.id for f in k.factoren if f.niveau == arg],
    "indicatoren": lambda k, arg: [i.id for i in k.indicatoren if i.niveau == arg],
    "randvoorwaarden": lambda k, arg: [r.id for r in k.randvoorwaarden],
    "hulpvragen": lambda k, arg: [s.id for s in k.hulpvragen.stappen] + [v.id for s in k.hulpvragen.stappen for v in s.vragen],
    "literatuur": lambda k, arg: [b.id for b in k.bronnen],
    "begrippen": lambda k, arg: [b.id for b in k.begrippen],
    "lijst": lambda k, arg: [arg],
    "figuur": lambda k, arg: [arg],
}


def _ankers_van(kennis, bron: str) -> set[str]:
    """Anchors a source page will have: its own { #..} attributes and those its macros place."""
    if bron.startswith("interventies/") and bron != plaatsen.INTERVENTIES_OVERZICHT:
        return {n.replace("_", "-") for n, _ in KAART_VELDEN} | {"voetnoten", "past-het"}
    tekst = (DOCS / bron).read_text(encoding="utf-8")
    ankers = set(re.findall(r"\{[^}\n]*#([A-Za-z0-9_:.-]+)[^}\n]*\}", tekst))
    ankers |= set(re.findall(r'\bid="([^"]+)"', tekst))
    ankers |= {f"fn:{n}" for n in re.findall(r"^\[\^(\w+)\]:", tekst, re.M)}
    for naam, arg in re.findall(r"\{\{\s*(\w+)\(\s*(?:\"([^\"]*)\")?", tekst):
        if naam in _MACRO_ANKERS:
            ankers |= set(_MACRO_ANKERS[naam](kennis, arg))
    return ankers


def _uitvoer_van_de_hulpmiddelen(kennis, index):
    yield plaatsen.INTERVENTIES_OVERZICHT, interventies.interventies_overzicht(Paginacontext(kennis, plaatsen.INTERVENTIES_OVERZICHT, index))
    yield VERKENNER, hulpmiddelen.factorverkenner(Paginacontext(kennis, VERKENNER, index))
    yield WIJKSCAN, hulpmiddelen.wijkscan(Paginacontext(kennis, WIJKSCAN, index))
    for kaart in kennis.interventies:
        bron = plaatsen.interventie_pagina(kaart.id)
        yield bron, interventies.interventiekaart(Paginacontext(kennis, bron, index), kaart.id)


def _gemaakte_bestanden(kennis) -> set[str]:
    """Files the build generates (downloads, PDFs, site zip): not in docs/, still real."""
    from macros.uitvoer import downloads
    from macros.uitvoer import pdf
    from macros.uitvoer.pdf.sitezip import SITE_ZIP_PAD

    return set(downloads.bestanden(kennis)) | {pdf.KENNISDOCUMENT_PAD, SITE_ZIP_PAD} | {
        pdf.kaart_pad(k.id) for k in kennis.interventies}


def test_elke_link_van_een_hulpmiddel_landt_op_een_bestaande_plek(kennis, index):
    kaartpaginas = {plaatsen.interventie_pagina(k.id) for k in kennis.interventies}
    gemaakt = _gemaakte_bestanden(kennis)
    fouten, aantal = [], 0
    for bron, uit in _uitvoer_van_de_hulpmiddelen(kennis, index):
        eigen = set(re.findall(r"\{:?[^}\n]*#([A-Za-z0-9_-]+)[^}\n]*\}", str(uit))) | {
            t["id"] for t in soep(uit).find_all(id=True)}
        for tag in soep(uit).find_all(["a", "script", "link", "img"]):
            url = tag.get("href") or tag.get("src")
            deel = urlsplit(url or "")
            if not url or deel.scheme or deel.netloc:
                continue
            aantal += 1
            if not deel.path:
                doel, ankers = bron, eigen | _ankers_van(kennis, bron)
            else:
                doel = posixpath.normpath(posixpath.join(posixpath.dirname(bron), unquote(deel.path)))
                if doel.endswith(".html"):
                    doel = doel[:-5] + ".md"
                    if not (DOCS / doel).exists() and doel not in kaartpaginas:
                        fouten.append(f"{bron}: {url} (pagina bestaat niet)")
                        continue
                    ankers = _ankers_van(kennis, doel) if (DOCS / doel).exists() or doel in kaartpaginas else set()
                    if doel == bron:
                        ankers |= eigen
                else:
                    if not (DOCS / doel).is_file() and doel not in gemaakt:
                        fouten.append(f"{bron}: {url} (bestand bestaat niet)")
                    continue
            if deel.fragment and unquote(deel.fragment) not in ankers:
                fouten.append(f"{bron}: {url} (anker #{deel.fragment} ontbreekt op {doel})")
    assert aantal > 300
    assert not fouten, "\n".join(fouten)


def test_sjablonen_schrijven_geen_adres_met_de_hand():
    for naam in MIJN_SJABLONEN:
        tekst = (SJABLONEN / naam).read_text(encoding="utf-8")
        for attr, waarde in re.findall(r'\b(href|src)="([^"]*)"', tekst):
            assert waarde.startswith("{{"), f"{naam}: {attr}=\"{waarde}\" is niet uit een id gemaakt"


# ---- JavaScript: small, local, strict-CSP, ES2017 ------------------------------------------

NIEUWER_DAN_ES2017 = {
    r"\?\.": "optional chaining (ES2020)",
    r"\?\?": "nullish coalescing (ES2020)",
    r"\{\s*\.\.\.": "object spread (ES2018)",
    r"catch\s*\{": "catch zonder binding (ES2019)",
    r"\.(flat|flatMap|matchAll|replaceAll|at)\(": "methode van na ES2017",
    r"Object\.fromEntries|Promise\.(allSettled|any)|globalThis|BigInt": "API van na ES2017",
    r"(?<![\w$])#[a-z_]\w*": "private veld (ES2022)",
    r"\*\*=|\|\|=|&&=": "operator van na ES2017",
}


@pytest.mark.parametrize("naam,budget", sorted(SCRIPTS.items()))
def test_script_klein_lokaal_en_csp_veilig(naam, budget):
    pad = DOCS / "javascripts" / naam
    tekst = pad.read_text(encoding="utf-8")
    assert pad.stat().st_size <= budget, f"{naam}: {pad.stat().st_size} bytes > {budget}"
    code = re.sub(r"/\*.*?\*/", "", tekst, flags=re.S)
    code = re.sub(r"(?m)^\s*//.*$", "", code)
    # OOXML namespace and relationship-type names (uitvoer.js) are identifiers, not addresses
    code = re.sub(r'(xmlns(:\w+)?|Type)="http://schemas\.openxmlformats\.org/[^"]*"', "", code)
    for verboden in (r"\beval\s*\(", r"new\s+Function", r"set(Timeout|Interval)\(\s*['\"`]", r"\.innerHTML\b",
                     r"\.outerHTML\b", r"insertAdjacentHTML", r"document\.write", r"https?://", r"\bfetch\(",
                     r"XMLHttpRequest", r"sendBeacon", r"WebSocket", r"import\(", r"setAttribute\(\s*['\"]on"):
        assert not re.search(verboden, code), f"{naam}: {verboden}"
    for patroon, wat in NIEUWER_DAN_ES2017.items():
        assert not re.search(patroon, code), f"{naam}: {wat}"
    assert code.lstrip().startswith("(() => {") and '"use strict";' in code
    if shutil.which("node"):
        r = subprocess.run(["node", "--check", str(pad)], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr


def test_sjablonen_zonder_inline_script_stijl_of_handlers():
    for naam in MIJN_SJABLONEN:
        tekst = (SJABLONEN / naam).read_text(encoding="utf-8")
        assert not re.search(r"\son[a-z]+\s*=", tekst), naam
        assert not re.search(r"\sstyle\s*=", tekst), naam
        for script in re.findall(r"<script\b[^>]*>", tekst):
            assert re.search(r'\ssrc="\{\{', script) and " defer" in script, (naam, script)
        assert "<script>" not in tekst, naam
