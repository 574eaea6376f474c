"""Minifying the built site (macros/uitvoer/verkleinen.py: rcssmin, rjsmin, and the
pruned theme stylesheet) changes nothing a user sees, in the states where CSS decides
what is seen.

The site as built is compared with the same site built with ``SW_VERKLEINEN=0`` (no
minifying, the theme's full stylesheet). Each page is opened in both, brought into the
same state, and every element must have the same computed style and box, and the page
the same visible text: at phone and laptop size, at a targeted anchor (``:target``),
with the mouse on a heading (``:hover`` shows the ¶ link), with keyboard focus in the
header (``:focus-visible``), with the menu open, with search results showing, scrolled,
and printed to A4. Beside the comparison, two direct checks of what the earlier
hand-written minifier broke: the header's focus ring has 3:1 contrast, and hovering a
heading shows its permalink.
"""

from __future__ import annotations

import functools
import http.server
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.browser.conftest import GEREEDSCHAP_GEREED, geen_animatie
from tests.browser.test_toegankelijkheid import SCHERMEN, ZOEKTERM, alle_paginas, open_menu, wacht_op_resultaten
from tests.conftest import ROOT, bouw

A4 = {"viewport": {"width": 794, "height": 1123}, "is_mobile": False, "has_touch": False}

PAGINAS = ["index.html", "hoofdstuk-2/gezinsniveau.html", "interventies/index.html",
           "interventies/buurtvaders.html", "hulpvragen/index.html", "literatuur.html",
           "bijlagen/bijlage-1.html", "begrippen.html"]

STIJLEN = """() => {
  // No margins: Chromium reads an `auto` margin as its used value, and under load it once
  // read 0px against 30px for the header's centred .md-grid with identical boxes. A margin
  // that changes moves the element, and its box (position and size) is compared below.
  const props = ["display", "visibility", "position", "color", "background-color", "font-size",
    "font-weight", "line-height", "padding-top", "padding-left",
    "opacity", "transform", "border-top-width", "border-left-color", "text-decoration-line",
    "outline-style", "outline-color", "outline-width", "outline-offset", "box-shadow",
    "scroll-margin-top", "z-index", "overflow-x", "white-space", "cursor", "break-inside"];
  // Only what is rendered. The table of contents is left out: which of its links is
  // "active"/"passed" is set by the theme's scroll spy when it gets to it (timing, not CSS).
  const elementen = [...document.querySelectorAll("body *")]
    .filter(e => e.getClientRects().length && !e.closest(".md-sidebar--secondary")).map(e => {
    const s = getComputedStyle(e), r = e.getBoundingClientRect();
    const naam = e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && e.className.baseVal === undefined ? "." + String(e.className).trim().split(/\\s+/).join(".") : "");
    return [naam, props.map(p => s.getPropertyValue(p)).join("|"), [r.x, r.y, r.width, r.height].map(Math.round).join(",")];
  });
  return {elementen, props, tekst: document.body.innerText, scroll: Math.round(scrollY),
          actief: document.activeElement ? [document.activeElement.tagName, document.activeElement.id,
                                            document.activeElement.className].join("|") : ""};
}"""

# Contrast of the focused element's outline against the header behind it (WCAG 1.4.11).
FOCUSRING = """() => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => { const f = v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
                               return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const e = document.activeElement;
  const ring = getComputedStyle(e.matches(".md-toggle") ? document.querySelector(`.md-header label[for="${e.id}"]`) : e);
  const kop = getComputedStyle(document.querySelector(".md-header")).backgroundColor;
  const [a, b] = [lum(rgb(ring.outlineColor)), lum(rgb(kop))].sort((x, y) => y - x);
  return {stijl: ring.outlineStyle, breedte: parseFloat(ring.outlineWidth), contrast: (a + 0.05) / (b + 0.05)};
}"""


class _StilleHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


def _serveer(map_):
    handler = functools.partial(_StilleHandler, directory=str(map_))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, str]:
    """The site built twice side by side, both without PDFs (the downloads page says so):
    as published ("klein") and without any minifying ("ruw", SW_VERKLEINEN=0, the theme's
    full stylesheet); each served over http."""
    mappen = {naam: tmp_path_factory.mktemp(f"site-{naam}") for naam in ("klein", "ruw")}
    omgeving = {"klein": {"SW_PDF": "0"}, "ruw": {"SW_PDF": "0", "SW_VERKLEINEN": "0"}}
    with ThreadPoolExecutor(2) as pool:
        klaar = {naam: pool.submit(bouw, ROOT, mappen[naam], **omgeving[naam]) for naam in mappen}
    for resultaat in (k.result() for k in klaar.values()):
        assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    servers = {naam: _serveer(map_) for naam, map_ in mappen.items()}
    yield {naam: f"http://127.0.0.1:{httpd.server_address[1]}" for naam, httpd in servers.items()}
    for httpd in servers.values():
        httpd.shutdown()


def tab_naar_de_kop(page) -> None:
    """Tab from the top of the page until keyboard focus is on a control in the header."""
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('.md-header') || "
                         "document.activeElement.matches('.md-toggle')"):
            return
    raise AssertionError("toetsenbordfocus kwam niet in de kop")


def zet_in_toestand(page, scherm: str, toestand: str) -> None:
    if toestand == "menu":
        open_menu(page)
    elif toestand == "gescrold":  # header shows the page title, toc follows, back-to-top button
        page.evaluate("window.scrollTo(0, document.body.scrollHeight / 2)")
        page.locator(".md-header__title--active").wait_for(state="attached")
    elif toestand == "zoeken":
        if scherm == "telefoon":
            page.locator("label.md-header__button[for='__search']").click()
        else:
            page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").press_sequentially(ZOEKTERM)
        wacht_op_resultaten(page)
    elif toestand == "hover":
        page.locator("article h2").first.hover()
    elif toestand == "focus":
        tab_naar_de_kop(page)


def _meet(browser, basis: str, pagina: str, scherm: str, toestand: str) -> dict:
    opties = A4 if toestand == "print" else SCHERMEN[scherm]
    context = browser.new_context(locale="nl-NL", **opties)
    page = context.new_page()
    try:
        page.goto(f"{basis}/{pagina}")
        geen_animatie(page)
        # The tools build part of their view after load: measure once they are complete.
        page.wait_for_function(GEREEDSCHAP_GEREED)
        if toestand == "print":
            page.emulate_media(media="print")
            # afdruk.js makes the print copy of each note when print media starts (a media
            # query listener, so a moment later): measure once every textarea has its copy
            page.wait_for_function("() => [...document.querySelectorAll('textarea')]"
                                   ".every(t => t.nextElementSibling && t.nextElementSibling.matches('.sw-afdruk'))")
        zet_in_toestand(page, scherm, toestand)
        uitkomst = page.evaluate(STIJLEN)
        # the citation block names the page's own address (issue 22): the two sites are served
        # on two ports, so the address is the one text that may differ (same length: 5 digits)
        uitkomst["tekst"] = uitkomst["tekst"].replace(basis, "<server>")
        return uitkomst
    finally:
        context.close()


def verschil(klein: dict, vol: dict) -> list[str]:
    """Per element that differs: its name and only the properties (or box) that differ."""
    uit = []
    for (naam, stijl_a, doos_a), (_, stijl_b, doos_b) in zip(klein["elementen"], vol["elementen"]):
        anders = [f"{p}: {x} ≠ {y}" for p, x, y in zip(klein["props"], stijl_a.split("|"), stijl_b.split("|")) if x != y]
        if doos_a != doos_b:
            anders.append(f"doos: {doos_a} ≠ {doos_b}")
        if anders:
            uit.append(f"{naam}: " + "; ".join(anders))
    return uit


def _gevallen():
    for pagina in PAGINAS:
        for scherm in SCHERMEN:
            yield pagina, scherm, "gewoon"
        yield pagina, "laptop", "print"
    for scherm in SCHERMEN:
        yield "hoofdstuk-1/doelstelling.html#fnref:2", scherm, "doel"
        yield "hoofdstuk-1/doelstelling.html#fn:2", scherm, "doel"
        yield "begrippen.html#cet", scherm, "doel"
        yield "hoofdstuk-2/gezinsniveau.html", scherm, "focus"
        yield "index.html", scherm, "zoeken"
        yield "hoofdstuk-2/gezinsniveau.html", scherm, "gescrold"
    yield "hoofdstuk-2/gezinsniveau.html", "laptop", "hover"
    yield "hoofdstuk-3/randvoorwaarden.html", "laptop", "hover"
    yield "hoofdstuk-2/gezinsniveau.html", "telefoon", "menu"


@pytest.mark.parametrize("pagina,scherm,toestand", list(_gevallen()))
def test_verkleinde_site_ziet_er_hetzelfde_uit(browser, sites, pagina, scherm, toestand):
    klein = _meet(browser, sites["klein"], pagina, scherm, toestand)
    vol = _meet(browser, sites["ruw"], pagina, scherm, toestand)
    assert len(klein["elementen"]) == len(vol["elementen"]) > 20
    verschillen = verschil(klein, vol)
    assert not verschillen, f"{len(verschillen)} elementen anders dan zonder verkleinen:\n" + "\n".join(verschillen[:15])
    assert klein["tekst"] == vol["tekst"]
    assert (klein["scroll"], klein["actief"]) == (vol["scroll"], vol["actief"])


def test_elke_pagina_ziet_er_verkleind_hetzelfde_uit_op_de_telefoon(browser, sites, site):
    """Every built page at 360 px in its first state (the cases above add states)."""
    fouten = []
    for pagina in alle_paginas(site):
        klein = _meet(browser, sites["klein"], pagina, "telefoon", "gewoon")
        vol = _meet(browser, sites["ruw"], pagina, "telefoon", "gewoon")
        if len(klein["elementen"]) != len(vol["elementen"]):
            fouten.append(f"{pagina}: {len(klein['elementen'])} ≠ {len(vol['elementen'])} elementen")
            continue
        fouten += [f"{pagina}: {v}" for v in verschil(klein, vol)][:3]
        if klein["tekst"] != vol["tekst"]:
            fouten.append(f"{pagina}: zichtbare tekst verschilt")
    assert not fouten, "\n".join(fouten[:30])


@pytest.mark.parametrize("scherm", list(SCHERMEN))
def test_focusring_in_de_kop_heeft_genoeg_contrast(browser, server, scherm):
    context = browser.new_context(locale="nl-NL", **SCHERMEN[scherm])
    page = context.new_page()
    try:
        page.goto(f"{server}/hoofdstuk-2/gezinsniveau.html")
        geen_animatie(page)
        tab_naar_de_kop(page)
        ring = page.evaluate(FOCUSRING)
    finally:
        context.close()
    assert ring["stijl"] != "none" and ring["breedte"] >= 2, ring
    assert ring["contrast"] >= 3, ring


def test_permalink_verschijnt_bij_hover_op_een_kop(browser, server):
    context = browser.new_context(locale="nl-NL", **SCHERMEN["laptop"])
    page = context.new_page()
    try:
        page.goto(f"{server}/hoofdstuk-2/gezinsniveau.html")
        geen_animatie(page)
        kop = page.locator("article h2").first
        link = kop.locator(".headerlink")
        assert link.evaluate("e => getComputedStyle(e).opacity") == "0"
        kop.hover()
        assert link.evaluate("e => getComputedStyle(e).opacity") == "1"
    finally:
        context.close()
