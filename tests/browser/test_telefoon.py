"""A professional on a phone: home page, a card, search, no sideways scrolling."""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.site.test_site import html_paginas

BREEDTE_SCRIPT = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"


def geen_overloop(page) -> None:
    scroll, client = page.evaluate(BREEDTE_SCRIPT)
    assert scroll <= client, f"{page.url}: pagina is {scroll}px breed bij een scherm van {client}px"


def alleen_eigen_host(page, server) -> None:
    eigen = urlsplit(server).netloc
    vreemd = [u for u in page.verzoeken if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).netloc != eigen]
    assert not vreemd, vreemd


def test_home_en_kaart_op_telefoon(telefoon, server, kennis):
    telefoon.goto(f"{server}/index.html")
    assert telefoon.locator("h1").first.inner_text().rstrip("¶").strip() == "Samen Weerbaar"
    for route in ("Factoren", "Samenwerken", "Interventies", "Hulpvragen"):
        assert telefoon.locator(".sw-routes a", has_text=route).first.is_visible()
    geen_overloop(telefoon)

    telefoon.locator(".sw-routes a", has_text="Interventies").first.click()
    kaart = kennis.interventie("buurtvaders")
    telefoon.locator(".sw-kaartoverzicht a", has_text=kaart.naam).first.click()
    telefoon.wait_for_load_state()
    assert telefoon.url.endswith("/interventies/buurtvaders.html")
    assert telefoon.locator("h1").inner_text().rstrip("¶").strip() == kaart.naam
    assert telefoon.locator("h2#effectiviteit").count() == 1
    geen_overloop(telefoon)
    alleen_eigen_host(telefoon, server)


def test_zoeken_naar_buurtvaders_vindt_de_kaart(telefoon, server):
    telefoon.goto(f"{server}/index.html")
    telefoon.locator("label.md-header__button[for='__search']").click()
    zoekveld = telefoon.locator("input.md-search__input")
    zoekveld.press_sequentially("Buurtvaders", delay=30)
    resultaat = telefoon.locator(".md-search-result__item a").first
    resultaat.wait_for(state="visible")
    hrefs = telefoon.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert any("interventies/buurtvaders.html" in h for h in hrefs), hrefs
    telefoon.locator(".md-search-result__item a[href*='interventies/buurtvaders.html']").first.click()
    telefoon.wait_for_url("**/interventies/buurtvaders.html*")
    alleen_eigen_host(telefoon, server)


def test_geen_horizontale_overloop_op_360px_op_elke_pagina(telefoon, server, site):
    fouten = []
    for pad in html_paginas(site):
        telefoon.goto(f"{server}/{pad.relative_to(site).as_posix()}")
        scroll, client = telefoon.evaluate(BREEDTE_SCRIPT)
        if scroll > client:
            fouten.append(f"{pad.relative_to(site)}: {scroll}px > {client}px")
    assert not fouten, "\n".join(fouten)
    alleen_eigen_host(telefoon, server)
