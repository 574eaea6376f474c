"""The theme's alternate-link handler no longer fetches sitemap.xml for the Atom feed's
<link rel="alternate"> (macros/uitvoer/themareparatie.py): no request for it on any kind of
page, and no 404 in the console, in a build without a site address (which has no sitemap)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import telefooncontext, telefoonpagina

pytestmark = pytest.mark.browser

PAGINAS = ["index.html", "hulpvragen/index.html", "wijkscan.html", "interventies/overzicht.html", "literatuur.html"]


def test_feedlink_haalt_geen_sitemap_op(browser, server, site):
    assert not (site / "sitemap.xml").exists()  # the situation in which the theme's fetch failed
    context = telefooncontext(browser)
    page = telefoonpagina(context)
    fouten = []
    page.on("console", lambda m: fouten.append(m.text) if m.type == "error" else None)
    for pad in PAGINAS:
        page.goto(f"{server}/{pad}", wait_until="networkidle")
        assert page.locator('link[rel=alternate][type="application/atom+xml"]').count() == 1, pad
    context.close()
    assert not [u for u in page.verzoeken if "sitemap" in u]
    assert not fouten, fouten


def test_controle_ziet_het_verzoek_van_het_onherstelde_thema(browser, server, site):
    """Negative control on the same reader: the bundle as Material ships it (served in place of
    the repaired one) does fetch sitemap.xml, and its 404 reaches the console."""
    from macros.uitvoer.themareparatie import REPARATIES

    _, oud, nieuw, _ = REPARATIES[0]
    [bundel] = list((site / "assets" / "javascripts").glob("bundle.*.min.js"))
    origineel = bundel.read_text(encoding="utf-8").replace(nieuw, oud)
    context = telefooncontext(browser)
    context.route(f"**/assets/javascripts/{bundel.name}",
                  lambda route: route.fulfill(body=origineel, content_type="text/javascript"))
    page = telefoonpagina(context)
    fouten = []
    page.on("console", lambda m: fouten.append(m.text) if m.type == "error" else None)
    page.goto(f"{server}/index.html", wait_until="networkidle")
    context.close()
    assert [u for u in page.verzoeken if u.endswith("/sitemap.xml")]
    assert fouten
