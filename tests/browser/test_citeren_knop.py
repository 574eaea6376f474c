"""The copy button of "Zo citeer je deze pagina" (issue 22) in real Chromium at 360×740:
by touch and by keyboard it copies the citation and says "Gekopieerd" in the live region;
the script puts in today's date and the page's own address; without JavaScript the
citation is there and no dead button is shown."""

from __future__ import annotations

import datetime
import re

from tests.browser.conftest import telefooncontext, telefoonpagina

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
PAGINA = "interventies/buurtvaders.html"


def _vandaag() -> str:
    d = datetime.date.today()
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def test_kopieren_met_aanraken_en_toetsenbord(browser, server):
    context = telefooncontext(browser, permissions=["clipboard-read", "clipboard-write"])
    page = telefoonpagina(context)
    page.goto(f"{server}/{PAGINA}")
    knop = page.locator(".sw-citeren button[data-sw-kopieer]")
    status = page.locator(".sw-citeren [role=status]")
    knop.scroll_into_view_if_needed()
    assert knop.is_visible()
    assert knop.bounding_box()["height"] >= 44  # a touch target
    regel = re.sub(r"\s+", " ", page.locator(".sw-citeerregel").inner_text()).strip()
    assert f"Geraadpleegd op {_vandaag()}, van {server}/{PAGINA}" in regel

    knop.tap()
    page.wait_for_function("() => document.querySelector('.sw-citeren [role=status]').textContent === 'Gekopieerd'")
    assert page.evaluate("() => navigator.clipboard.readText()") == regel

    page.evaluate("() => navigator.clipboard.writeText('')")
    page.evaluate("() => { document.querySelector('.sw-citeren [role=status]').textContent = ''; }")
    knop.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.sw-citeren [role=status]').textContent === 'Gekopieerd'")
    assert page.evaluate("() => navigator.clipboard.readText()") == regel
    assert status.get_attribute("aria-live") == "polite"
    assert not [u for u in page.verzoeken if not u.startswith(server)]
    context.close()


def test_zonder_javascript_tekst_en_geen_knop(zonder_js, server):
    zonder_js.goto(f"{server}/{PAGINA}")
    assert "Zo citeer je deze pagina" in zonder_js.locator(".sw-citeren h2").inner_text()
    assert zonder_js.locator(".sw-citeerregel").inner_text().startswith("Adjiembaks, S. D., & Noor, S. (2024).")
    assert not zonder_js.locator(".sw-citeren button").is_visible()
