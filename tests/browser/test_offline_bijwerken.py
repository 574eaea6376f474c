"""Issue 26: a new publication arrives, old and new never mix, answers survive.

Two builds of copies of this project (SW_PDF=0, with SW_SITE_URL of a project site): A, and B with one changed text on every page
(the footer), a changed stylesheet and a changed script. Both are served in turn from the
same address under /samen-weerbaar/ (the folder behind the server is swapped, as a host
publishes). A phone visits A, stores answers, then B is published:

* on the next page view the notice appears (role="status", "Er is een nieuwe versie van de
  kennisbank.") with the button "Vernieuwen", reachable and usable from the keyboard;
* while it is pending, every file any page loads has A's bytes (compared with A's folder,
  never with what the worker says), B's changed CSS and JS included: no page combines two
  builds;
* after choosing it, every page shows B's text and every file has B's bytes, also offline;
  the answers stored under A are still there.
"""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import telefooncontext, telefoonpagina
from tests.browser.offline_hulp import GECONTROLEERD, Bediening, html_paginas, wacht
from tests.conftest import bouw, kopieer_project

pytestmark = pytest.mark.traag

TEKST_B = "Proefpublicatie B van de kennisbank."
CSS_B = "\n.sw-proef-b { color: #000; }\n"
JS_B = "\nwindow.swProefB = 1;\n"
MELDING = "Er is een nieuwe versie van de kennisbank."
ADRES = "https://voorbeeld.example.nl/samen-weerbaar/"
SLEUTELS = ("samen-weerbaar:wijkscan:v1", "samen-weerbaar:hulpvragen:v1")


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    uit = {}
    for naam in ("a", "b"):
        project = kopieer_project(tmp_path_factory.mktemp(f"project-{naam}"))
        if naam == "b":
            yml = project / "mkdocs.yml"
            yml.write_text(yml.read_text(encoding="utf-8").replace(
                "Hergebruik is toegestaan", f"{TEKST_B} Hergebruik is toegestaan", 1), encoding="utf-8")
            with open(project / "docs/stylesheets/samen-weerbaar.css", "a", encoding="utf-8") as f:
                f.write(CSS_B)
            with open(project / "overrides/assets/javascripts/sw-toegankelijk.js", "a", encoding="utf-8") as f:
                f.write(JS_B)
        uit[naam] = tmp_path_factory.mktemp(f"site-{naam}")
        # as published: with the site's address (a project site under a sub-path); the offline
        # walk of tests/browser/test_offline_telefoon.py covers the build without it
        r = bouw(project, uit[naam], SW_PDF="0", SW_SITE_URL=ADRES, SW_TERUGMELDING_EMAIL="redactie@example.nl")
        assert r.returncode == 0, r.stdout + r.stderr
    a, b = uit["a"], uit["b"]
    # the builds differ as intended (read from the files, not from the worker)
    assert TEKST_B not in (a / "index.html").read_text(encoding="utf-8")
    assert all(TEKST_B in (b / p).read_text(encoding="utf-8") for p in html_paginas(b))
    for pad in ("stylesheets/samen-weerbaar.css", "assets/javascripts/sw-toegankelijk.js"):
        assert (a / pad).read_bytes() != (b / pad).read_bytes(), pad
    return a, b


def bestanden_van(page, basis: str) -> list:
    """Collects (path, body) of every response of the page under ``basis``."""
    gezien = []

    def bij(antwoord):
        if antwoord.url.startswith(basis) and antwoord.status == 200:
            pad = antwoord.url[len(basis):].split("#")[0].split("?")[0] or "index.html"
            try:
                gezien.append((pad, antwoord.body()))
            except Exception:  # a download or a worker script without a readable body
                pass
    page.on("response", bij)
    return gezien


def alleen_van(gezien, site, naam):
    fout = [pad for pad, body in gezien
            if (site / pad).is_file() and (site / pad).read_bytes() != body]
    assert gezien and not fout, f"bestanden niet uit bouw {naam}: {fout}"


def test_nieuwe_versie_melding_niet_mengen_antwoorden_blijven(browser, builds):
    a, b = builds
    server = Bediening(a, "/samen-weerbaar/")
    context = telefooncontext(browser, service_workers="allow")
    try:
        page = telefoonpagina(context)
        gezien = bestanden_van(page, server.url)
        page.goto(server.url + "index.html")
        wacht(page, GECONTROLEERD, tijd=60)
        # answers under A
        page.goto(server.url + "wijkscan.html")
        page.locator("[data-ws-indicator] input[type=radio]").first.check()
        page.goto(server.url + "hulpvragen/index.html")
        page.locator("li[data-vraag] input[type=checkbox]").first.check()
        antwoorden = page.evaluate("ks => ks.map(k => localStorage.getItem(k))", list(SLEUTELS))
        assert all(antwoorden), antwoorden

        server.wissel(b)  # B is published
        page.goto(server.url + "hoofdstuk-1/index.html")
        melding = page.get_by_role("status").filter(has_text=MELDING)
        melding.wait_for(timeout=90000)
        knop = melding.get_by_role("button", name="Vernieuwen", exact=True)
        assert knop.is_visible()

        # pending: every page and file still A's, B's CSS and JS included
        gezien.clear()
        for pad in ("index.html", "wijkscan.html", "hoofdstuk-2/gezinsniveau.html", "interventies/overzicht.html"):
            page.goto(server.url + pad)
            assert TEKST_B not in page.content(), pad
            page.get_by_role("status").filter(has_text=MELDING).wait_for(timeout=30000)
        alleen_van(gezien, a, "A")
        geladen = {p for p, _ in gezien}
        assert {"stylesheets/samen-weerbaar.css", "assets/javascripts/sw-toegankelijk.js"} <= geladen, geladen

        # choose it with the keyboard: the page reloads into B
        knop = page.get_by_role("status").filter(has_text=MELDING).get_by_role("button", name="Vernieuwen")
        knop.focus()
        with page.expect_navigation(timeout=60000):
            page.keyboard.press("Enter")
        page.wait_for_load_state()
        assert TEKST_B in page.content()

        # every page shows B, every file is B's, also offline; the answers are still there
        context.set_offline(True)
        gezien.clear()
        for pad in html_paginas(b):
            page.goto(server.url + pad)
            assert TEKST_B in page.locator("footer").inner_text(), pad
        alleen_van(gezien, b, "B")
        assert page.evaluate("ks => ks.map(k => localStorage.getItem(k))", list(SLEUTELS)) == antwoorden
        assert json.loads(antwoorden[0])
    finally:
        context.close()
        server.stop()


def test_zonder_nieuwe_publicatie_geen_melding(browser, builds):
    """Negative control on the same path: the same build again gives no notice."""
    a, _ = builds
    server = Bediening(a, "/samen-weerbaar/")
    context = telefooncontext(browser, service_workers="allow")
    try:
        page = telefoonpagina(context)
        page.goto(server.url + "index.html")
        wacht(page, GECONTROLEERD, tijd=60)
        page.goto(server.url + "hoofdstuk-1/index.html")
        # the update check has run (registration done and update() resolved) without a waiting worker
        wacht(page, "() => document.documentElement.getAttribute('data-sw-offline') === 'geregistreerd'")
        page.wait_for_timeout(2000)
        assert page.get_by_role("status").filter(has_text=MELDING).count() == 0
        assert not page.evaluate("async () => !!(await navigator.serviceWorker.getRegistration()).waiting")
    finally:
        context.close()
        server.stop()


def test_controle_ziet_bestanden_van_een_andere_bouw(browser, builds):
    """Negative control of the mixing check: without a worker a page of B is loaded, and the
    check that every file is A's fails on it (the HTML, the changed CSS and JS)."""
    a, b = builds
    server = Bediening(b, "/samen-weerbaar/")
    context = telefooncontext(browser, service_workers="block")
    try:
        page = telefoonpagina(context)
        gezien = bestanden_van(page, server.url)
        page.goto(server.url + "index.html")
        page.wait_for_load_state("load")
        with pytest.raises(AssertionError, match="samen-weerbaar.css"):
            alleen_van(gezien, a, "A")
    finally:
        context.close()
        server.stop()
