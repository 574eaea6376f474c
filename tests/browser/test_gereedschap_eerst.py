"""Issue 16 item 1: on a phone (360×740) every tool comes first.

For each tool page the first control of the tool itself (not a link in the prose) must lie
entirely within the first screen (its bottom edge at most 740 px down, so a control that only
starts at the screen's edge does not count), while the document's explanation, caution and quotes stay on the
page (folded or after the tool). With JavaScript off every tool shows its full list.
Expected counts come from the YAML (``kennis``), never hard-coded.
"""

from __future__ import annotations

import pytest

from tests.browser.test_hulpmiddelen import alleen_eigen_host, controle, geen_overloop, openen

SCHERM_HOOGTE = 740
TOP = "(e) => e.getBoundingClientRect().top + window.scrollY"
ONDERKANT = "(e) => e.getBoundingClientRect().bottom + window.scrollY"

# page -> the first control of its tool (what a professional between meetings wants)
GEREEDSCHAP = {
    "hulpvragen/index.html": "[data-sw-checklist] button",
    "interventies/overzicht.html": ".sw-filter__inklap > summary",
    "factoren/verkenner.html": ".sw-filter__inklap > summary",
    "wijkscan.html": "[data-ws-indicator] input[type=radio]",
    "bijeenkomstpakket.html": "[data-sw-pakket-keuze] input[type=checkbox]",
}


def kaartpaginas(kennis):
    return [f"interventies/{k.id}.html" for k in kennis.interventies]


def eerste_top(page, selector) -> float:
    element = page.locator(f"{selector} >> visible=true").first
    element.wait_for()
    return element.evaluate(TOP)


def eerste_onderkant(page, selector) -> float:
    """The bottom edge of the first visible match, in page coordinates (px)."""
    element = page.locator(f"{selector} >> visible=true").first
    element.wait_for()
    return element.evaluate(ONDERKANT)


@pytest.mark.parametrize("pagina", sorted(GEREEDSCHAP))
def test_eerste_bediening_in_het_eerste_scherm(telefoon, server, pagina):
    openen(telefoon, server, pagina)
    if pagina.startswith("hulpvragen"):
        telefoon.locator("[data-sw-gereed]").wait_for(state="attached")
    onder = eerste_onderkant(telefoon, GEREEDSCHAP[pagina])
    assert onder <= SCHERM_HOOGTE, f"{pagina}: eerste bediening eindigt op {onder:.0f}px (scherm {SCHERM_HOOGTE}px)"
    controle(telefoon, server, f"{pagina}, eerste scherm")


def test_kaartpagina_heeft_bovenaan_de_weg_naar_de_passend_check(telefoon, server, kennis):
    for pagina in kaartpaginas(kennis):
        openen(telefoon, server, pagina)
        onder = eerste_onderkant(telefoon, ".sw-naar-check a")
        assert onder <= SCHERM_HOOGTE, (pagina, onder)
        telefoon.locator(".sw-naar-check a").click()
        telefoon.wait_for_url("**#past-het")
        # the check's first checkbox is then on screen
        vak = telefoon.locator("[data-sw-passend] input[type=checkbox]").first
        rand = vak.evaluate("e => [e.getBoundingClientRect().top, e.getBoundingClientRect().bottom]")
        assert 0 <= rand[0] and rand[1] <= SCHERM_HOOGTE, rand


def test_uitleg_en_waarschuwing_blijven_op_de_pagina(telefoon, server, kennis):
    openen(telefoon, server, "wijkscan.html")
    over = telefoon.locator("details.sw-ws-over")
    assert over.locator("summary").inner_text().strip() == "Een hulpmiddel voor het gesprek, geen meetinstrument"
    citaat = over.locator("blockquote")
    assert not citaat.is_visible()
    over.locator("summary").click()
    assert "aan- of afwezigheid van één risico- of beschermende factor" in citaat.inner_text()
    # the scan's controls follow the caution in document order, the explanation is before them
    assert over.evaluate(TOP) < eerste_top(telefoon, GEREEDSCHAP["wijkscan.html"])
    controle(telefoon, server, "wijkscan, uitleg open")

    openen(telefoon, server, "factoren/verkenner.html")
    let_op = telefoon.locator(".sw-let-op")
    assert "nooit op zichzelf" in let_op.inner_text()
    assert let_op.evaluate(TOP) > eerste_top(telefoon, GEREEDSCHAP["factoren/verkenner.html"])

    openen(telefoon, server, "interventies/overzicht.html")
    assert "ter inspiratie" in telefoon.locator(".sw-let-op").inner_text()
    # the overview links to §4.4's text, which keeps the plain list of cards in the chapter
    telefoon.locator(".sw-tool-inleiding a", has_text="paragraaf 4.4").click()
    telefoon.wait_for_url("**/interventies/index.html*")
    namen = [n.strip() for n in telefoon.locator(".sw-kaartoverzicht h3").all_inner_texts()]
    assert namen == [k.naam for k in kennis.interventies]
    assert telefoon.locator("a", has_text="Interventies filteren en naast elkaar vergelijken").count() == 1


@pytest.mark.parametrize("pagina", ["bijlagen/bijlage-1.html", "factoren/verkenner.html"])
def test_legenda_is_een_compacte_sleutel_met_volledige_tekst_een_tik_verder(telefoon, server, pagina):
    from macros.weergave.labels import BEWIJS_UITLEG, REIKWIJDTE_UITLEG

    openen(telefoon, server, pagina)
    legenda = telefoon.locator("details.sw-legenda").first
    assert legenda.evaluate("e => !e.open")
    hoogte = legenda.evaluate("e => e.getBoundingClientRect().height")
    assert hoogte < SCHERM_HOOGTE / 4, f"{pagina}: legenda is {hoogte:.0f}px hoog"
    legenda.locator("summary").click()
    tekst = legenda.inner_text()
    for uitleg in [*REIKWIJDTE_UITLEG.values(), *BEWIJS_UITLEG.values()]:
        assert uitleg in tekst, (pagina, uitleg)
    controle(telefoon, server, f"{pagina}, legenda open")


def test_zonder_javascript_elk_hulpmiddel_een_volledige_lijst(zonder_js, server, kennis):
    def zichtbaar(selector):
        return zonder_js.locator(f"{selector} >> visible=true").count()

    zonder_js.goto(f"{server}/interventies/overzicht.html?doelgroep=ouders")
    assert zichtbaar(".sw-kaartoverzicht [data-sw-item]") == len(kennis.interventies)
    assert zichtbaar(".sw-vergelijk thead th") == len(kennis.interventies)
    zonder_js.goto(f"{server}/factoren/verkenner.html?niveau=gezin")
    assert zichtbaar(".sw-verken [data-sw-item]") == len(kennis.factoren)
    zonder_js.goto(f"{server}/wijkscan.html")
    assert zichtbaar("[data-ws-indicator] fieldset") == len(kennis.indicatoren)
    zonder_js.goto(f"{server}/hulpvragen/index.html")
    assert zichtbaar(".sw-vragen li") == kennis.aantal_vragen
    for pagina in kaartpaginas(kennis)[:1]:
        zonder_js.goto(f"{server}/{pagina}")
        assert zichtbaar("[data-sw-passend] input[type=checkbox]") > 0
    geen_overloop(zonder_js)
    alleen_eigen_host(zonder_js, server)
