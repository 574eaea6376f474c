"""Issue 16 item 2: the meeting pack. A pack built from a shared URL shows exactly the chosen
cards, help-question steps and this browser's wijkscan summary, with the source attribution
and the document's cautions; printed to A4 (Chromium's page.pdf) nothing is cut off and the
PDF read back (pdftotext) holds every chosen card and question. Choices come from the YAML.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from urllib.parse import parse_qs, urlsplit

import pytest

from macros.weergave.labels import WIJKSCAN_PLAATSEN
from tests.browser.conftest import telefooncontext, telefoonpagina
from tests.browser.test_hulpmiddelen import controle, openen
from tests.browser.test_uitvoer import letop_zinnen

PAKKET = "bijeenkomstpakket.html"
A4 = {"width": 794, "height": 1123}  # CSS px at 96 dpi
BUITEN_RAND = """() => {
  const breed = document.documentElement.clientWidth;
  return [...document.querySelectorAll('.sw-pakket *')].filter(e => e.getClientRects().length)
    .filter(e => e.getBoundingClientRect().right > breed + 0.5).map(e => e.tagName + ' ' + e.textContent.slice(0, 60));
}"""


def schoon(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip()


def keuze(kennis):
    kaarten = [kennis.interventies[0], kennis.interventies[-1]]
    stap = kennis.hulpvragen.stappen[1]
    return kaarten, stap, f"kaart={kaarten[0].id}&kaart={kaarten[1].id}&stap={stap.id}&wijkscan=ja"


def test_pakket_uit_een_link_toont_precies_de_keuze_en_print_op_a4(browser, server, kennis, tmp_path):
    kaarten, stap, query = keuze(kennis)
    context = telefooncontext(browser)
    page = telefoonpagina(context)
    # this browser has a wijkscan answer
    openen(page, server, "wijkscan.html")
    eerste = kennis.indicatoren[0]
    plaats = dict(WIJKSCAN_PLAATSEN)["4"]
    page.locator(f"[data-ws-indicator='{eerste.id}']").get_by_role("radio", name=plaats, exact=True).check()
    page.locator(f"#ws-notitie-{eerste.id}").fill("Zorg om het plein")

    openen(page, server, f"{PAKKET}?{query}")
    pakket = page.locator("[data-sw-pakket]")
    for k in kennis.interventies:
        assert pakket.locator(f"[data-pakket-kaart='{k.id}']").is_visible() == (k in kaarten), k.id
    for s in kennis.hulpvragen.stappen:
        assert pakket.locator(f"[data-pakket-stap='{s.id}']").is_visible() == (s is stap), s.id
    assert page.locator(f"input[name=kaart][value='{kaarten[0].id}']").is_checked()
    scan = pakket.locator("[data-pakket-wijkscan]")
    assert plaats in scan.inner_text() and "Zorg om het plein" in scan.inner_text()
    controle(page, server, "pakket uit link")

    # changing the choice keeps the shareable URL in step
    page.locator(f"input[name=stap][value='{kennis.hulpvragen.stappen[0].id}']").check()
    page.wait_for_function("() => location.search.split('stap=').length === 3")
    q = parse_qs(urlsplit(page.url).query)
    assert set(q["stap"]) == {stap.id, kennis.hulpvragen.stappen[0].id} and set(q["kaart"]) == {k.id for k in kaarten}
    page.locator(f"input[name=stap][value='{kennis.hulpvragen.stappen[0].id}']").uncheck()
    page.wait_for_function("() => location.search.split('stap=').length === 2")

    # print to A4: nothing past the page edge
    page.set_viewport_size(A4)
    page.emulate_media(media="print")
    assert page.evaluate(BUITEN_RAND) == []
    assert not page.locator("[data-sw-pakket-keuze]").is_visible()
    pdf = tmp_path / "pakket.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    context.close()

    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) ontbreekt"
    tekst = schoon(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    for k in kennis.interventies:
        assert (f"Interventie: {schoon(k.naam)}" in tekst) == (k in kaarten), k.id
    assert schoon(f"stap {stap.nummer}. {stap.titel}") in tekst
    for g in stap.groepen:
        for v in g.vragen:
            assert schoon(v.tekst) in tekst, v.id
    assert schoon(kennis.uitgave.bron) in tekst
    for zin in letop_zinnen(kennis, "bijeenkomstpakket"):
        assert "Let op: " + schoon(zin) in tekst, zin
    assert plaats in tekst and "Zorg om het plein" in tekst


def test_pakket_met_toetsenbord_en_zonder_keuze(browser, server, kennis):
    context = telefooncontext(browser)
    page = telefoonpagina(context)
    openen(page, server, PAKKET)
    assert page.get_by_text("Nog niets gekozen.").first.is_visible()
    assert not page.locator("[data-pakket-kaart] >> visible=true").count()
    vak = page.locator("input[name=kaart]").first
    vak.focus()
    page.keyboard.press("Space")
    page.wait_for_function(f"() => location.search.includes('kaart={kennis.interventies[0].id}')")
    assert page.locator(f"[data-pakket-kaart='{kennis.interventies[0].id}']").is_visible()
    page.get_by_role("button", name="Pakket samenstellen").press("Enter")
    assert page.evaluate("document.activeElement.id") == "pakket"
    controle(page, server, "pakket, met toetsenbord")
    context.close()


def test_zonder_javascript_het_hele_pakket(zonder_js, server, kennis):
    zonder_js.goto(f"{server}/{PAKKET}?kaart={kennis.interventies[0].id}")
    assert zonder_js.locator("[data-pakket-kaart] >> visible=true").count() == len(kennis.interventies)
    assert zonder_js.locator("[data-pakket-stap] >> visible=true").count() == len(kennis.hulpvragen.stappen)
    assert not zonder_js.locator("[data-sw-pakket-keuze] button[data-actie] >> visible=true").count()


def test_pakket_als_odt_en_docx_met_precies_de_keuze(browser, server, kennis, tmp_path):
    """The pack as editable files made in the browser (ODT, DOCX), read back: the chosen cards
    and every question of the chosen step, not the others; the source attribution and the
    cautions are in the file too."""
    from tests.browser.test_uitvoer import docx_tekst, download, odt_tekst

    kaarten, stap, query = keuze(kennis)
    context = telefooncontext(browser, accept_downloads=True)
    page = telefoonpagina(context)
    openen(page, server, f"{PAKKET}?{query}")
    for knop, lees in (("Pakket als ODT", odt_tekst), ("Pakket als Word (DOCX)", docx_tekst)):
        tekst = schoon(lees(download(page, knop, tmp_path)))
        for k in kennis.interventies:
            assert (f"Interventie: {schoon(k.naam)}" in tekst) == (k in kaarten), (knop, k.id)
        for s in kennis.hulpvragen.stappen:
            assert (schoon(f"stap {s.nummer}. {s.titel}") in tekst) == (s is stap), (knop, s.id)
        for g in stap.groepen:
            for v in g.vragen:
                assert "[ ] " + schoon(v.tekst) in tekst, (knop, v.id)
        assert schoon(kennis.uitgave.bron) in tekst
        # the cautions of data/letop.yml, each once, before the chosen parts (the DOCX reads
        # back in document order; odt_tekst gives the headings first)
        for zin in letop_zinnen(kennis, "bijeenkomstpakket"):
            assert tekst.count("Let op: " + schoon(zin)) == 1, (knop, zin)
        if "DOCX" in knop:
            assert tekst.index("Let op: ") < tekst.index("Interventie: ")
    assert page.get_by_role("status").filter(has_text="Pakket gedownload als DOCX").count() == 1
    controle(page, server, "pakket als bestand")
    context.close()
