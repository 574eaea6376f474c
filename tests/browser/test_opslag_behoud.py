"""Issue 21 item 3: stored answers are never destroyed.

For every tool that keeps answers (checklist, wijkscan, the fit check on a card):

* a document stored by a *newer* version is read without being written back, and the whole
  document (fields this page does not know included) is kept in the backup once the person
  changes an answer;
* an answer under an id that a release *renamed* (data/hernoemd.yml, carried by the page as
  data-hernoemd) shows under the new id;
* an answer under an id that a release *removed* leaves the tool's key but is kept under
  "Niet meer herkende antwoorden", visible, exportable as a file and removable.

Every note typed in the stored documents must still be found afterwards (in the tool or in
the backup). The renamed-id case rewrites the page's data-hernoemd attribute in the response
(Playwright route), as a release with a data/hernoemd.yml entry would render it; the unit
tests check that the build renders data/hernoemd.yml into that attribute.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from tests.browser.conftest import telefooncontext
from tests.browser.test_opslag import (
    NIET_HERKEND, ONBEKEND, beantwoord_en_herlaad, hulpmiddelen, laden, niet_herkend, nieuwe_pagina, opgeslagen,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def tools(kennis):
    return hulpmiddelen(kennis)


def document(h, antwoorden: dict, notitie: str) -> dict:
    """A stored document of tool ``h`` with ``antwoorden`` {id: answer}; for the fit check the
    ids are points of the card and ``notitie`` is the card's note."""
    if h.naam.startswith("passend"):
        kaart = h.pagina.rsplit("/", 1)[1][:-5]
        return {"kaarten": {kaart: {"punten": list(antwoorden), "notitie": notitie}}}
    return {h.verzameling: {i: dict(a, notitie=f"{notitie} ({n})") for n, (i, a) in enumerate(antwoorden.items())}}


def getypt(doc) -> list[str]:
    """Every note text in a stored document."""
    uit = []
    def loop(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "notitie" and isinstance(v, str) and v:
                    uit.append(v)
                else:
                    loop(v)
        elif isinstance(x, list):
            for v in x:
                loop(v)
    loop(doc)
    return uit


def alles_terug(page, h, teksten: list[str]):
    bewaard = json.dumps(opgeslagen(page, h), ensure_ascii=False) + json.dumps(niet_herkend(page), ensure_ascii=False)
    return [t for t in teksten if t not in bewaard]


def test_nieuwere_versie_wordt_gelezen_en_niet_overschreven(browser, server, tools):
    context, page = nieuwe_pagina(browser)
    try:
        for h in tools:
            antwoorden = {h.ids[0]: h.antwoord, ONBEKEND: h.antwoord}
            doc = dict(document(h, antwoorden, "getypt in versie 3"), versie=3, nieuw_veld={"iets": "alleen versie 3 kent dit"})
            ruw = json.dumps(doc)
            laden(page, server, h, ruw)
            # read as well as this page can, nothing rewritten at start
            assert page.locator(h.vakje(h.ids[0])).is_checked(), h.naam
            assert page.evaluate("k => localStorage.getItem(k)", h.sleutel) == ruw, h.naam
            assert NIET_HERKEND in page.locator(h.status).inner_text(), h.naam
            page.get_by_role("heading", name=NIET_HERKEND).wait_for()
            # the person changes an answer: the tool writes its own format, the original stays whole
            assert beantwoord_en_herlaad(page, h, h.ids[-1]), h.naam
            assert opgeslagen(page, h)["versie"] == 2
            (apart,) = [x for x in niet_herkend(page) if x["reden"] == "nieuwer"]
            assert apart["inhoud"] == doc and apart["sleutel"] == h.sleutel, h.naam
            assert not alles_terug(page, h, getypt(doc) + ["alleen versie 3 kent dit"]), h.naam
            assert not page.fouten, (h.naam, page.fouten)
            page.evaluate("() => localStorage.clear()")
    finally:
        context.close()


def met_hernoeming(page, server, h, kaart: dict):
    """Serve the tool's page as a release with these renamed ids would render it."""
    def route(r):
        antwoord = r.fetch()
        tekst = antwoord.text()
        nieuw, n = re.subn(r'data-hernoemd=("[^"]*"|\'[^\']*\'|[^\s>]+)',
                           "data-hernoemd='" + html.escape(json.dumps(kaart), quote=False) + "'", tekst)
        assert n == 1, "de pagina draagt geen data-hernoemd"
        r.fulfill(response=antwoord, body=nieuw)
    page.route(f"{server}/{h.pagina}", route)


def test_hernoemde_id_toont_het_antwoord_onder_de_nieuwe_id(browser, server, tools):
    soort = {"checklist": "vragen", "wijkscan": "indicatoren"}
    for h in tools:
        context, page = nieuwe_pagina(browser)
        try:
            oud, nieuw = "oude-naam-van-deze-id", h.ids[1]
            met_hernoeming(page, server, h, {soort.get(h.naam, "punten"): {oud: nieuw}})
            doc = document(h, {oud: h.antwoord}, "getypt onder de oude id")
            laden(page, server, h, json.dumps(doc))
            assert page.locator(h.vakje(nieuw)).is_checked(), h.naam
            opslag = json.dumps(opgeslagen(page, h))
            assert oud not in opslag and nieuw in opslag, h.naam
            assert not niet_herkend(page), h.naam
            assert not alles_terug(page, h, getypt(doc)), h.naam
            assert "getypt onder de oude id" in page.locator("article textarea").evaluate_all("v => v.map(x => x.value).join(' ')"), h.naam
            assert not page.fouten, (h.naam, page.fouten)
        finally:
            context.close()


def test_verwijderde_id_blijft_zichtbaar_exporteerbaar_en_verwijderbaar(browser, server, tools, tmp_path):
    context = telefooncontext(browser, accept_downloads=True)
    page = context.new_page()
    page.fouten = []
    page.on("pageerror", lambda e: page.fouten.append(str(e)))
    try:
        for h in tools:
            doc = document(h, {h.ids[0]: h.antwoord, ONBEKEND: h.antwoord}, "getypt bij een weggehaalde vraag")
            laden(page, server, h, json.dumps(doc))
            assert page.locator(h.vakje(h.ids[0])).is_checked(), h.naam
            assert ONBEKEND not in json.dumps(opgeslagen(page, h)), h.naam
            assert not alles_terug(page, h, getypt(doc)), h.naam
            blok = page.locator("section.sw-niet-herkend")
            assert blok.get_by_role("heading", name=NIET_HERKEND).is_visible(), h.naam
            assert ONBEKEND in blok.inner_text(), h.naam
            with page.expect_download() as d:
                blok.get_by_role("button", name="Niet herkende antwoorden exporteren (JSON)").click()
            pad = tmp_path / d.value.suggested_filename
            d.value.save_as(pad)
            export = json.loads(pad.read_text(encoding="utf-8"))
            assert ONBEKEND in json.dumps(export["antwoorden"]), h.naam
            # a reload neither duplicates nor loses it
            page.reload()
            page.wait_for_selector(h.gereed, state="attached")
            assert len(niet_herkend(page)) == 1, h.naam
            page.once("dialog", lambda dialog: dialog.accept())
            page.locator("section.sw-niet-herkend").get_by_role("button", name="Niet herkende antwoorden verwijderen").click()
            page.locator("section.sw-niet-herkend").wait_for(state="detached")
            assert not niet_herkend(page), h.naam
            assert page.locator(h.vakje(h.ids[0])).is_checked(), h.naam
            assert not page.fouten, (h.naam, page.fouten)
            page.evaluate("() => localStorage.clear()")
    finally:
        context.close()
