"""Issue 16 item 4: answers and filtered lists in the formats people file, made in the browser.

The checklist and the wijkscan export the team's answers as ODT and DOCX (read back here with
odfdo and python-docx) and copy them as plain text; the filtered overviews of interventions
and factors export as CSV and ODS with the active filters and a shareable link in the file.
The zip library loads only on the first click, from this site. Every file carries the tool's
cautions (data/letop.yml) as the page note shows them. Expected content comes from the YAML
(``kennis``) and from what the test typed, never from the implementation.
"""

from __future__ import annotations

import csv
import io
from urllib.parse import urlsplit

import docx
from odfdo import Document

from macros.weergave.labels import DOELGROEP, NIVEAU, WIJKSCAN_PLAATSEN
from tests.browser.conftest import telefooncontext, telefoonpagina
from tests.browser.test_hulpmiddelen import alleen_eigen_host, controle, openen, verwachte_kaarten

NOTITIE = "Met de buurtvaders <b>&</b> de wijkagent\nop dinsdag"


def odt_tekst(pad) -> str:
    """Headings, then paragraphs, as text (line breaks as \\n), read with odfdo."""
    d = Document(str(pad))
    return "\n".join(e.text_recursive for e in d.body.get_headers() + d.body.get_paragraphs())


def docx_tekst(pad) -> str:
    return "\n".join(p.text for p in docx.Document(str(pad)).paragraphs)


def ods_rijen(pad) -> list[list[str]]:
    """Every row of every sheet as cell texts, read with odfdo."""
    d = Document(str(pad))
    return [[str(c.get_value() or "") for c in r.get_cells()] for t in d.body.get_tables() for r in t.get_rows()]


def letop_zinnen(kennis, hulpmiddel: str) -> list[str]:
    """The cautions of a tool as data/letop.yml words them (the site puts the paragraph
    reference before the full stop, so the sentence without it)."""
    zinnen = [x.tekst[:-1] if x.tekst.endswith(".") else x.tekst for x in kennis.letop_bij(hulpmiddel)]
    assert zinnen, hulpmiddel
    return zinnen


def download(page, knop, map_):
    with page.expect_download() as d:
        page.get_by_role("button", name=knop, exact=True).click()
    pad = map_ / d.value.suggested_filename
    d.value.save_as(pad)
    return pad


def zip_geladen(page) -> bool:
    return any("fflate" in u for u in page.verzoeken)


def uitvoer_geladen(page) -> bool:
    """Whether the exporter itself (javascripts/uitvoer.js) was requested."""
    return any(urlsplit(u).path.endswith("/javascripts/uitvoer.js") for u in page.verzoeken)


# The pages with an export bar and a button on each (macros/weergave/templates/_uitvoer.html).
UITVOER_PAGINAS = {
    "hulpvragen/index.html": "Antwoorden als ODT",
    "wijkscan.html": "Antwoorden als ODT",
    "bijeenkomstpakket.html": "Pakket als ODT",
    "interventies/overzicht.html": "Deze selectie als CSV",
    "factoren/verkenner.html": "Deze selectie als CSV",
}


def test_uitvoer_pas_geladen_bij_de_eerste_klik(browser, server, kennis, tmp_path):
    """Tool pages show the export buttons without loading the exporter; the first click
    loads it (the bar says so and is aria-busy meanwhile) and still gives the file."""
    context = telefooncontext(browser, accept_downloads=True)
    page = telefoonpagina(context)
    for pad, naam in UITVOER_PAGINAS.items():
        openen(page, server, pad)
        page.get_by_role("button", name=naam, exact=True).wait_for()  # shown by the small script
        assert not uitvoer_geladen(page), pad
    # hold the exporter's response to see the state while it loads
    gehouden = []
    page.route("**/javascripts/uitvoer.js", lambda route: gehouden.append(route))
    openen(page, server, "wijkscan.html")
    labels = dict(WIJKSCAN_PLAATSEN)
    eerste = kennis.indicatoren[0]
    page.locator(f"[data-ws-indicator='{eerste.id}']").get_by_role("radio", name=labels["4"], exact=True).check()
    bak = page.locator("[data-sw-uitvoer]")
    with page.expect_download() as d:
        page.get_by_role("button", name="Antwoorden als ODT", exact=True).click()
        page.locator("[data-sw-wijkscan-samenvatting] [role=status]").filter(has_text="geladen").last.wait_for()
        assert bak.get_attribute("aria-busy") == "true"
        assert gehouden, "uitvoer.js niet gevraagd"
        gehouden[0].continue_()
    pad = tmp_path / d.value.suggested_filename
    d.value.save_as(pad)
    tekst = odt_tekst(pad)
    assert eerste.naam in tekst and f"Plaats op de as: {labels['4']}" in tekst
    page.get_by_text("Antwoorden gedownload als ODT.").wait_for()
    assert bak.get_attribute("aria-busy") is None
    assert uitvoer_geladen(page) and zip_geladen(page)
    # the second export needs no new load
    n = len(page.verzoeken)
    assert docx_tekst(download(page, "Antwoorden als Word (DOCX)", tmp_path)).count(eerste.naam) == 1
    assert not [u for u in page.verzoeken[n:] if "uitvoer" in u or "fflate" in u]
    alleen_eigen_host(page, server)
    assert not page.fouten, page.fouten
    context.close()


def test_uitvoer_die_niet_laadt_zegt_dat_en_lukt_bij_de_volgende_klik(browser, server, kennis, tmp_path):
    """When the exporter cannot be fetched (connection gone), the bar says so and stays
    usable: the next click fetches it again and gives the file."""
    context = telefooncontext(browser, accept_downloads=True)
    page = telefoonpagina(context)
    page.route("**/javascripts/uitvoer.js", lambda route: route.abort())
    openen(page, server, "interventies/overzicht.html")
    page.get_by_role("button", name="Deze selectie als CSV", exact=True).click()
    page.locator("[data-sw-uitvoer] [role=status]").filter(has_text="lukte niet").wait_for()
    assert page.locator("[data-sw-uitvoer]").get_attribute("aria-busy") is None
    page.unroute("**/javascripts/uitvoer.js")
    rijen = list(csv.reader(io.StringIO(download(page, "Deze selectie als CSV", tmp_path).read_text(encoding="utf-8-sig"))))
    assert {k.naam for k in kennis.interventies} <= {r[0] for r in rijen if r}
    context.close()


def test_uitvoer_bij_de_eerste_klik_ook_vanaf_file(browser, site, kennis, tmp_path):
    """The same from the site folder opened from disk (file://), under the page's CSP."""
    context = telefooncontext(browser, accept_downloads=True)
    page = telefoonpagina(context)
    fouten = []
    page.on("pageerror", lambda e: fouten.append(str(e)))
    page.on("console", lambda m: fouten.append(m.text) if m.type == "error" else None)
    page.goto((site / "wijkscan.html").as_uri())
    page.wait_for_load_state("load")
    knop = page.get_by_role("button", name="Antwoorden als Word (DOCX)", exact=True)
    knop.wait_for()
    assert not uitvoer_geladen(page)
    labels = dict(WIJKSCAN_PLAATSEN)
    laatste = kennis.indicatoren[-1]
    page.locator(f"[data-ws-indicator='{laatste.id}']").get_by_role("radio", name=labels["1"], exact=True).check()
    tekst = docx_tekst(download(page, "Antwoorden als Word (DOCX)", tmp_path))
    assert laatste.naam in tekst and f"Plaats op de as: {labels['1']}" in tekst
    assert uitvoer_geladen(page)
    # a list export from disk too (no zip library needed)
    page.goto((site / "interventies" / "overzicht.html").as_uri())
    page.wait_for_load_state("load")
    rijen = list(csv.reader(io.StringIO(download(page, "Deze selectie als CSV", tmp_path).read_text(encoding="utf-8-sig"))))
    namen = {r[0] for r in rijen if r}
    assert all(k.naam in namen for k in kennis.interventies)
    assert all(urlsplit(u).scheme in ("file", "data", "blob") for u in page.verzoeken), page.verzoeken
    assert not fouten, fouten
    context.close()


def test_checklist_antwoorden_als_odt_docx_en_tekst(browser, server, kennis, tmp_path):
    context = telefooncontext(browser, accept_downloads=True, permissions=["clipboard-read", "clipboard-write"])
    page = telefoonpagina(context)
    openen(page, server, "hulpvragen/index.html")
    page.locator("[data-sw-gereed]").wait_for(state="attached")
    stappen = kennis.hulpvragen.stappen
    vragen = [v for s in stappen for g in s.groepen for v in g.vragen]
    afgevinkt = {s.groepen[0].vragen[0].id for s in stappen}
    for id in afgevinkt:
        page.locator(f"li[data-vraag='{id}'] input[type=checkbox]").check()
    page.locator(f"li[data-vraag='{vragen[-1].id}'] textarea").fill(NOTITIE)
    assert not zip_geladen(page)
    for formaat, knop, lees in (("odt", "Antwoorden als ODT", odt_tekst), ("docx", "Antwoorden als Word (DOCX)", docx_tekst)):
        pad = download(page, knop, tmp_path)
        assert pad.suffix == "." + formaat
        tekst = lees(pad)
        assert kennis.hulpvragen.titel in tekst
        for s in stappen:
            assert f"Stap {s.nummer}. {s.titel}" in tekst, (formaat, s.titel)
        for v in vragen:
            vink = "[x]" if v.id in afgevinkt else "[ ]"
            assert f"{vink} {' '.join(v.tekst.split())}" in tekst, (formaat, v.id)
        assert "Met de buurtvaders <b>&</b> de wijkagent" in tekst and "op dinsdag" in tekst
        assert kennis.uitgave.bron in tekst
    assert zip_geladen(page)
    page.get_by_role("button", name="Antwoorden kopiëren als tekst", exact=True).click()
    page.get_by_text("Antwoorden als tekst gekopieerd.").wait_for()
    klembord = page.evaluate("navigator.clipboard.readText()")
    assert all(" ".join(v.tekst.split()) in klembord for v in vragen)
    controle(page, server, "hulpvragen, na uitvoer")
    context.close()


def test_wijkscan_antwoorden_als_odt_en_docx(browser, server, kennis, tmp_path):
    context = telefooncontext(browser, accept_downloads=True)
    page = telefoonpagina(context)
    openen(page, server, "wijkscan.html")
    labels = dict(WIJKSCAN_PLAATSEN)
    eerste, tweede = kennis.indicatoren[0], kennis.indicatoren[-1]
    page.locator(f"[data-ws-indicator='{eerste.id}']").get_by_role("radio", name=labels["2"], exact=True).check()
    page.locator(f"#ws-notitie-{tweede.id}").fill(NOTITIE)
    notitie = " ".join(page.locator(".sw-let-op").inner_text().split())
    for zin in letop_zinnen(kennis, "wijkscan"):
        assert "Let op: " + zin in notitie, zin
    for knop, lees in (("Antwoorden als ODT", odt_tekst), ("Antwoorden als Word (DOCX)", docx_tekst)):
        tekst = lees(download(page, knop, tmp_path))
        for i in kennis.indicatoren:
            assert i.naam in tekst, (knop, i.id)
        assert f"Plaats op de as: {labels['2']}" in tekst
        assert tekst.count("Plaats op de as: nog niet ingevuld") == len(kennis.indicatoren) - 1
        assert "op dinsdag" in tekst
        for zin in letop_zinnen(kennis, "wijkscan"):
            assert "Let op: " + zin in tekst, (knop, zin)
    alleen_eigen_host(page, server)
    context.close()


def test_gefilterd_overzicht_als_csv_en_ods_met_filters_en_link(browser, server, kennis, tmp_path):
    context = telefooncontext(browser, accept_downloads=True)
    page = telefoonpagina(context)
    openen(page, server, "interventies/overzicht.html?doelgroep=ouders")
    verwacht = [k.naam for k in verwachte_kaarten(kennis, {"doelgroep": ["ouders"]})]
    assert 0 < len(verwacht) < len(kennis.interventies)
    rijen = list(csv.reader(io.StringIO(download(page, "Deze selectie als CSV", tmp_path).read_text(encoding="utf-8-sig"))))
    for bestand in (rijen, ods_rijen(download(page, "Deze selectie als ODS", tmp_path))):
        kop = next(i for i, r in enumerate(bestand) if r[:2] == ["Naam", "Link"])
        assert [r[0] for r in bestand[kop + 1:] if r and r[0]] == verwacht
        meta = {r[0]: r[1] for r in bestand[:kop] if len(r) > 1}
        assert f"Doelgroep: {DOELGROEP['ouders']}" in meta["Filters"]
        assert "doelgroep=ouders" in meta["Link met deze filters"]
        let_op = [r[1] for r in bestand[:kop] if len(r) > 1 and r[0] == "Let op"]
        zinnen = letop_zinnen(kennis, "interventies")
        assert len(let_op) == len(zinnen) and all(z in c for z, c in zip(zinnen, let_op)), let_op
    # the link in the file opens the same selection
    link = next(r[1] for r in rijen if r and r[0] == "Link met deze filters")
    page.goto(link)
    page.get_by_text(f"{len(verwacht)} van {len(kennis.interventies)}", exact=False).first.wait_for()
    controle(page, server, "overzicht, na uitvoer")
    # factors: the same on the explorer
    openen(page, server, "factoren/verkenner.html?niveau=gezin")
    rijen = list(csv.reader(io.StringIO(download(page, "Deze selectie als CSV", tmp_path).read_text(encoding="utf-8-sig"))))
    kop = next(i for i, r in enumerate(rijen) if r[:2] == ["Naam", "Link"])
    assert [r[0] for r in rijen[kop + 1:] if r] == [f.naam for f in kennis.factoren if f.niveau == "gezin"]
    assert any(f"Niveau: {NIVEAU['gezin']}" in c for r in rijen[:kop] for c in r)
    let_op = [r[1] for r in rijen[:kop] if len(r) > 1 and r[0] == "Let op"]
    zinnen = letop_zinnen(kennis, "factorverkenner")
    assert len(let_op) == len(zinnen) and all(z in c for z, c in zip(zinnen, let_op)), let_op
    alleen_eigen_host(page, server)
    context.close()
