"""Filters read from the address are not case-sensitive: every option of every filter on every
page that has filters ([data-sw-filter], docs/javascripts/filters.js) gives the same view
from ?naam=waarde, ?NAAM=WAARDE and ?Naam=wAARDE. Options are read from the built pages."""

from __future__ import annotations

from tests.browser.test_toegankelijkheid import alle_paginas

OPTIES = """() => [...document.querySelectorAll("[data-sw-filter] form input[type=checkbox], [data-sw-filter] form option")]
  .filter(e => e.value).map(e => [e.name || e.closest("select").name, e.value])"""
STAND = """() => ({
  gekozen: [...document.querySelectorAll("[data-sw-filter] form input:checked, [data-sw-filter] form option:checked")]
    .filter(e => e.value).map(e => (e.name || e.closest("select").name) + "=" + e.value).sort(),
  status: [...document.querySelectorAll("[data-sw-filter] [role=status]")].map(e => e.textContent.trim()),
})"""


def filterpaginas(site):
    return [p for p in alle_paginas(site) if "data-sw-filter" in (site / p).read_text(encoding="utf-8")]


def stand(page, url):
    page.goto(url)
    page.wait_for_function("() => [...document.querySelectorAll('[data-sw-filter] [role=status]')].every(e => e.textContent.trim())")
    return page.evaluate(STAND)


def test_filterwaarden_in_het_webadres_werken_ook_met_hoofdletters(telefoon, server, site):
    paginas = filterpaginas(site)
    assert len(paginas) >= 2, paginas
    fouten = []
    for pagina in paginas:
        telefoon.goto(f"{server}/{pagina}")
        opties = telefoon.evaluate(OPTIES)
        assert opties, pagina
        for naam, waarde in opties:
            klein = stand(telefoon, f"{server}/{pagina}?{naam}={waarde}")
            if klein["gekozen"] != [f"{naam}={waarde}"]:
                fouten.append(f"{pagina}?{naam}={waarde}: gekozen {klein['gekozen']}")
            for variant in (f"{naam.upper()}={waarde.upper()}", f"{naam.capitalize()}={waarde.swapcase()}"):
                groot = stand(telefoon, f"{server}/{pagina}?{variant}")
                if groot != klein:
                    fouten.append(f"{pagina}?{variant}: {groot} in plaats van {klein}")
    assert not fouten, "\n".join(fouten)
