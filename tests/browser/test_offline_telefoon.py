"""Issue 26: one visit online is enough. Chromium at 360×740 opens the home page once over http
(the site's security headers on every response, a host's caching), waits until the service
worker controls the page, goes offline (``context.set_offline(True)``) and then uses the whole
site: every HTML page of the build (listed from the folder, not from the code) with its
<h1>, search and the result it opens (``?h=…#anchor``), each tool with an answer and an
export. At the site root and under a sub-path (/samen-weerbaar/). Negative control: the same
walk without a service worker fails at the first page. Downloads: one opened online stays
available offline and the page marks it; an error answer is never kept.
"""

from __future__ import annotations

import pytest

from macros.offline import DOWNLOADS_CACHE
from macros.weergave.labels import WIJKSCAN_PLAATSEN
from tests.browser.conftest import telefooncontext, telefoonpagina
from tests.browser.offline_hulp import GECONTROLEERD, Bediening, html_paginas, wacht
from tests.browser.test_uitvoer import download

WOORD = "meldingsbereidheid"  # a word on the site (hoofdstuk 2); the file:// test searches it too


@pytest.fixture(scope="module", params=["/", "/samen-weerbaar/"], ids=["wortel", "submap"])
def bediening(request, site):
    b = Bediening(site, request.param)
    yield b
    b.stop()


def eenmaal_bezocht(browser, url: str, **opties):
    """A phone context that visited ``url`` once and whose worker controls the page."""
    context = telefooncontext(browser, accept_downloads=True, **{"service_workers": "allow", **opties})
    page = telefoonpagina(context)
    page.fouten = []
    page.on("pageerror", lambda e: page.fouten.append(str(e)))
    page.goto(url + "index.html")
    wacht(page, GECONTROLEERD, tijd=60)
    return context, page


def test_na_een_bezoek_alles_offline(browser, site, bediening, kennis, tmp_path):
    context, page = eenmaal_bezocht(browser, bediening.url)
    try:
        context.set_offline(True)
        paginas = html_paginas(site)
        assert len(paginas) > 40
        for pad in paginas:
            antwoord = page.goto(bediening.url + pad)
            assert antwoord and antwoord.status == 200, pad
            assert page.locator("h1").first.inner_text().strip(), pad
        # the root and an address without .html, as a home screen or a shared link opens them
        for pad in ("", "hoofdstuk-2/"):
            page.goto(bediening.url + pad)
            assert page.locator("h1").first.inner_text().strip(), pad

        # search: results for a word on the site, the first result opens (?h=… and #…)
        page.goto(bediening.url + "index.html")
        page.locator("label.md-header__button[for='__search']").click()
        page.locator("input.md-search__input").press_sequentially(WOORD, delay=30)
        page.locator(f".md-search-result[data-sw-zoekvraag='{WOORD}']").wait_for(state="attached", timeout=30000)
        links = page.locator("a.md-search-result__link")
        eerste = links.first
        assert "?h=" in eerste.get_attribute("href")
        met_anker = links.filter(has=page.locator("xpath=self::*[contains(@href, '#')]")).first.get_attribute("href")
        with page.expect_navigation() as navigatie:
            eerste.click()
        page.wait_for_load_state()
        # the address as requested carried ?h= (sw-markeren.js then takes it out of the address
        # bar and marks the words: issue 21), and the worker answered it offline
        antwoord = navigatie.value
        assert antwoord and antwoord.status == 200 and "?h=" in antwoord.url, antwoord and antwoord.url
        assert WOORD in page.locator("article").inner_text().lower(), page.url
        assert page.locator("article mark[data-md-highlight]").count() > 0, page.url
        # a section result: ?h=… and #anchor, as Material's links carry them
        assert "?h=" in met_anker and "#" in met_anker, met_anker
        antwoord = page.goto(bediening.url + met_anker.lstrip("./") if not met_anker.startswith("..") else met_anker)
        assert antwoord and antwoord.status == 200, met_anker
        assert WOORD in page.locator("article").inner_text().lower()

        # each tool takes an answer and exports a file
        labels = dict(WIJKSCAN_PLAATSEN)
        page.goto(bediening.url + "hulpvragen/index.html")
        vraag = kennis.hulpvragen.stappen[0].vragen[0].id
        page.locator(f"li[data-vraag='{vraag}'] input[type=checkbox]").check()
        assert download(page, "Antwoorden als ODT", tmp_path).stat().st_size > 0

        page.goto(bediening.url + "wijkscan.html")
        eerste_ind = kennis.indicatoren[0]
        page.locator(f"[data-ws-indicator='{eerste_ind.id}']").get_by_role("radio", name=labels["2"], exact=True).check()
        assert download(page, "Antwoorden als ODT", tmp_path).stat().st_size > 0

        page.goto(bediening.url + "interventies/overzicht.html?doelgroep=ouders")
        assert download(page, "Deze selectie als CSV", tmp_path).stat().st_size > 0
        page.goto(bediening.url + "factoren/verkenner.html?niveau=gezin")
        assert download(page, "Deze selectie als ODS", tmp_path).stat().st_size > 0

        page.goto(bediening.url + "bijeenkomstpakket.html")
        page.locator("input[name=stap]").first.check()
        assert download(page, "Pakket als ODT", tmp_path).stat().st_size > 0

        # the fit check on a card: a tick stays after reopening the page offline
        page.goto(bediening.url + "interventies/index.html")
        kaart = page.locator("article a[href$='.html']").filter(has_text=kennis.interventies[0].naam).first
        kaart.click()
        page.wait_for_load_state()
        vinkje = page.locator("[data-sw-passend] input[type=checkbox]").first
        vinkje.check()
        page.reload()
        assert page.locator("[data-sw-passend] input[type=checkbox]").first.is_checked()
        assert not page.fouten, page.fouten
    finally:
        context.close()


def test_zonder_werker_geen_offline(browser, bediening):
    """Negative control on the same path: service workers blocked, the next page fails offline."""
    context = telefooncontext(browser, service_workers="block")
    page = context.new_page()
    try:
        page.goto(bediening.url + "index.html")
        context.set_offline(True)
        with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED"):
            page.goto(bediening.url + "hoofdstuk-1/index.html")
    finally:
        context.close()


def test_download_eenmaal_geopend_blijft_offline_en_fout_wordt_niet_bewaard(browser, site, bediening):
    pdf = sorted(p.relative_to(site).as_posix() for p in (site / "downloads").glob("*.pdf"))[0]
    context, page = eenmaal_bezocht(browser, bediening.url)
    try:
        ophalen = "async url => { const r = await fetch(url); return [r.status, (await r.arrayBuffer()).byteLength]; }"
        assert page.evaluate(ophalen, bediening.url + pdf) == [200, (site / pdf).stat().st_size]
        assert page.evaluate(ophalen, bediening.url + "downloads/bestaat-niet.pdf")[0] == 404
        bewaard = page.evaluate("async naam => (await (await caches.open(naam)).keys()).map(r => r.url)",
                                DOWNLOADS_CACHE)
        assert bewaard == [bediening.url + pdf]  # the 404 was not kept

        page.goto(bediening.url + "downloads.html")
        link = page.locator(f"a[href$='{pdf.split('/')[-1]}']").first
        link.locator(".sw-offline-beschikbaar").wait_for(timeout=10000)
        assert page.locator(".sw-offline-beschikbaar").count() == page.locator(f"a[href$='{pdf.split('/')[-1]}']").count()

        context.set_offline(True)
        assert page.evaluate(ophalen, bediening.url + pdf) == [200, (site / pdf).stat().st_size]
    finally:
        context.close()
