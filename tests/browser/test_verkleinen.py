"""The pruned theme stylesheet (macros/verkleinen.py: css_zuiveren) changes nothing a user sees.

Each page is opened twice in Chromium: as built, and with the request for the pruned
stylesheet answered with Material's original one (from the installed theme package).
Every element must then have the same computed style and box, at phone and laptop size,
also with the menu open, scrolled down and with search results showing (states and parts
Material makes at run time).
"""

from __future__ import annotations

from pathlib import Path

import material
import pytest

from tests.browser.conftest import geen_animatie
from tests.browser.test_toegankelijkheid import SCHERMEN, ZOEKTERM, open_menu, wacht_op_resultaten

ORIGINEEL = next((Path(material.__file__).parent / "templates" / "assets" / "stylesheets").glob("main.*.min.css"))
PAGINAS = ["index.html", "hoofdstuk-2/gezinsniveau.html", "interventies/index.html",
           "interventies/buurtvaders.html", "hulpvragen/index.html", "literatuur.html"]

STIJLEN = """() => {
  const props = ["display", "visibility", "position", "color", "background-color", "font-size",
    "font-weight", "line-height", "margin-top", "margin-left", "padding-top", "padding-left",
    "opacity", "transform", "border-top-width", "border-left-color", "text-decoration-line",
    "outline-style", "z-index", "overflow-x", "white-space", "cursor"];
  return [...document.querySelectorAll("body *")].map(e => {
    const s = getComputedStyle(e), r = e.getBoundingClientRect();
    const naam = e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && e.className.baseVal === undefined ? "." + String(e.className).trim().split(/\\s+/).join(".") : "");
    return [naam, props.map(p => s.getPropertyValue(p)).join("|"), [r.x, r.y, r.width, r.height].map(Math.round).join(",")];
  });
}"""


def _meet(browser, server, scherm: str, pagina: str, toestand: str, origineel: bool) -> list:
    context = browser.new_context(locale="nl-NL", **SCHERMEN[scherm])
    if origineel:
        inhoud = ORIGINEEL.read_bytes()
        context.route("**/assets/stylesheets/main.*.min.css",
                      lambda route: route.fulfill(body=inhoud, content_type="text/css"))
    page = context.new_page()
    try:
        page.goto(f"{server}/{pagina}")
        geen_animatie(page)
        # The checklist is built one step per task after load: measure it once complete.
        page.wait_for_function("() => !document.querySelector('[data-sw-checklist]:not([data-sw-gereed])')", timeout=10000)
        if toestand == "menu":
            open_menu(page)
        elif toestand == "gescrold":  # header shows the page title, toc follows, back-to-top button
            page.evaluate("window.scrollTo(0, document.body.scrollHeight / 2)")
            page.wait_for_function("() => document.querySelector('.md-header__title--active') !== null", timeout=5000)
        elif toestand == "zoeken":
            if scherm == "telefoon":
                page.locator("label.md-header__button[for='__search']").click()
            page.locator("input.md-search__input").fill(ZOEKTERM)
            wacht_op_resultaten(page)
        return page.evaluate(STIJLEN)
    finally:
        context.close()


def _gevallen():
    for pagina in PAGINAS:
        for scherm in SCHERMEN:
            yield pagina, scherm, "gewoon"
    yield "hoofdstuk-2/gezinsniveau.html", "telefoon", "menu"
    yield "hoofdstuk-2/gezinsniveau.html", "telefoon", "gescrold"
    yield "hoofdstuk-2/gezinsniveau.html", "laptop", "gescrold"
    yield "index.html", "telefoon", "zoeken"
    yield "index.html", "laptop", "zoeken"


@pytest.mark.parametrize("pagina,scherm,toestand", list(_gevallen()))
def test_ingekorte_themastijl_verandert_niets(browser, server, site, pagina, scherm, toestand):
    gebouwd = site.joinpath("assets", "stylesheets")
    assert not (gebouwd / ORIGINEEL.name).exists(), "het originele stylesheet van het thema staat nog in de site"
    assert len(list(gebouwd.glob("main.*.min.css"))) == 1
    kort = _meet(browser, server, scherm, pagina, toestand, origineel=False)
    vol = _meet(browser, server, scherm, pagina, toestand, origineel=True)
    assert len(kort) == len(vol) > 100
    verschillen = [f"{a[0]}: {a[1:]} ≠ {b[1:]}" for a, b in zip(kort, vol) if a != b]
    assert not verschillen, f"{len(verschillen)} elementen anders dan met het volledige stylesheet:\n" + "\n".join(verschillen[:15])
