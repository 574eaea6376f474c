"""No dead end in search, and search from a link (issue 23, items 2 and 4), at 360×740.

A word misspelled beyond the typo tolerance finds nothing: the panel offers "Bedoelde je …?"
with the site's own word (a button that searches it), links to the four overview pages and
a feedback link that carries the query; all reachable with Tab and operable with Enter, and
announced through a role=status line. Nothing is requested until the visitor acts. ?q=
opens search with its words and results, and markup in it stays text.
"""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from tests.browser.conftest import telefooncontext
from tests.zoeken import harness

pytestmark = pytest.mark.browser

#: "sleutelfiguren" (on the site, 3.1 and elsewhere) with three letters wrong: the search's
#: own tolerance is two from 9 letters, so it finds nothing.
VERKEERD, BEDOELD = "sleuteifigoeron", "sleutelfiguren"


@pytest.fixture
def pagina(browser, server):
    context = telefooncontext(browser)
    page = context.new_page()
    page.verzoeken = []
    page.on("request", lambda r: page.verzoeken.append(r.url))
    yield page
    context.close()


def _zoek(page, server, vraag):
    return harness.zoek(page, vraag, f"{server}/", "contract", timeout_ms=60_000)


def test_nul_resultaten_paneel(pagina, server):
    page = pagina
    page.goto(f"{server}/hoofdstuk-2/index.html")
    harness.open_zoeken(page)
    paginas, _ = _zoek(page, server, VERKEERD)
    assert paginas == []
    paneel = page.locator(".sw-zoekhulp")
    paneel.wait_for(state="visible")
    # suggestion: the site's own word
    knoppen = paneel.locator("button.sw-zoekhulp__suggestie")
    assert BEDOELD in knoppen.all_inner_texts(), knoppen.all_inner_texts()
    # overview links, relative to this page
    links = {a.inner_text(): a.get_attribute("href") for a in paneel.locator(".sw-zoekhulp__overzichten a").all()}
    assert links == {"Factoren": "../factoren/index.html", "Interventies": "../interventies/overzicht.html",
                     "Hulpvragen": "../hulpvragen/index.html", "Begrippen": "../begrippen.html"}
    # feedback: the footer's route (mailto in the test build) with the query filled in
    melden = paneel.locator("a[data-sw-zoekmelding]")
    assert melden.inner_text() == "Niet gevonden wat je zocht? Laat het ons weten"
    href = melden.get_attribute("href")
    voet = page.locator("a[data-sw-terugmelding]").get_attribute("href")
    assert href.split("?")[0] == voet.split("?")[0] and href.startswith("mailto:")
    velden = parse_qs(urlsplit(href).query)
    assert VERKEERD in velden["subject"][0] and VERKEERD in velden["body"][0]
    # announced: a status line that names the query and the suggestion
    status = " ".join(page.locator("[role=status], [aria-live=polite]").all_text_contents())
    assert VERKEERD in status and BEDOELD in status, status
    # nothing was sent: no request carries the query
    assert not [u for u in page.verzoeken if VERKEERD in unquote(u)]

    # keyboard: Tab from the field walks the panel (Material would close search on Tab);
    # the arrow keys too; Enter on the suggestion searches it
    actief = "document.activeElement.textContent"
    page.locator(harness.INVOER).focus()
    page.keyboard.press("Tab")
    assert page.evaluate(actief) == BEDOELD
    for naam in ("Factoren", "Interventies", "Hulpvragen", "Begrippen", "Niet gevonden wat je zocht? Laat het ons weten"):
        page.keyboard.press("Tab")
        assert page.evaluate(actief) == naam
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(actief) == "Begrippen"
    for _ in range(4):
        page.keyboard.press("ArrowUp")
    assert page.evaluate(actief) == BEDOELD
    assert page.locator(".sw-zoekhulp").is_visible()  # search stayed open
    page.keyboard.press("Enter")
    page.wait_for_function("v => document.querySelector('.md-search-result')?.getAttribute('data-sw-zoekvraag') === v", arg=BEDOELD)
    assert page.locator(harness.INVOER).input_value() == BEDOELD
    assert page.locator("a.md-search-result__link").count() > 0
    assert page.locator(".sw-zoekhulp").is_hidden()
    status = " ".join(page.locator("[role=status], [aria-live=polite]").all_text_contents())
    assert VERKEERD not in status, status


def test_paneel_niet_bij_resultaten(pagina, server):
    """Negative control: a query with results shows no panel."""
    page = pagina
    page.goto(f"{server}/index.html")
    harness.open_zoeken(page)
    paginas, _ = _zoek(page, server, BEDOELD)
    assert paginas
    assert page.locator(".sw-zoekhulp").count() == 0 or page.locator(".sw-zoekhulp").is_hidden()


def test_zoeken_vanuit_een_link(pagina, server):
    page = pagina
    page.goto(f"{server}/hoofdstuk-3/index.html?q=jeugdbende")
    page.wait_for_function("() => document.querySelector('.md-search-result')?.getAttribute('data-sw-zoekvraag') === 'jeugdbende'")
    assert page.locator(harness.INVOER).input_value() == "jeugdbende"
    assert page.locator(harness.INVOER).is_visible()
    hrefs = [a.get_attribute("href") for a in page.locator("a.md-search-result__link").all()]
    assert any("factoren/gezinsniveau.html" in h for h in hrefs), hrefs


def test_link_met_opmaak_blijft_tekst(pagina, server):
    page = pagina
    kwaad = '<img src=x onerror="window.__kwaad=1">'
    page.goto(f"{server}/index.html?q=" + kwaad.replace(" ", "%20").replace('"', "%22"))
    page.wait_for_function("v => document.querySelector('.md-search-result')?.getAttribute('data-sw-zoekvraag') === v", arg=kwaad)
    assert page.locator(harness.INVOER).input_value() == kwaad
    assert page.evaluate("window.__kwaad") is None
    assert page.locator(".md-search-result img, .sw-zoekhulp img").count() == 0
