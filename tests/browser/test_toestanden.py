"""axe and the keyboard walk in the states a quick look passes over: keyboard focus in the
header, a heading under the mouse (its ¶ permalink shows) and a targeted anchor
(page.html#heading, under the sticky header). Every built page at 360×740 and 1280×800 for
axe; the keyboard walk from each state on a page with headings and footnotes."""

from __future__ import annotations

import pytest

from tests.browser.test_toegankelijkheid import (
    SCHERMEN, alle_paginas, axe_uitslag, beschrijf, nieuwe_pagina, open_pagina, start_axe, tab_rondgang,
)
from tests.browser.test_toegankelijkheid import axe_bron  # noqa: F401  (fixture: axe-core from node_modules)

TOESTANDEN = ("focus in de kop", "muis op een kop", "anker")
KOP = "article :is(h2, h3)[id]"
# Tab from the start of the page until the focus is inside the header (skip link first).
NAAR_DE_KOP = 6


def eerste_kop(page) -> str | None:
    return page.evaluate(f"() => document.querySelector({KOP!r})?.id || null")


def zet_toestand(page, server: str, pagina: str, toestand: str, kop: str | None) -> bool:
    """Puts ``page`` in ``toestand``; False when the page has no heading to hover or target."""
    if toestand == "focus in de kop":
        for _ in range(NAAR_DE_KOP):
            page.keyboard.press("Tab")
            # Material's menu and search toggles sit before the header; their label is in it.
            if page.evaluate("() => !!document.activeElement.closest('header, input.md-toggle')"):
                return True
        raise AssertionError(f"{pagina}: focus kwam niet in de kop")
    if kop is None:
        return False
    if toestand == "muis op een kop":
        page.locator(f"[id='{kop}']").hover()
        return True
    open_pagina(page, f"{server}/{pagina}#{kop}")
    page.wait_for_function("id => location.hash === '#' + id && document.querySelector(':target')?.id === id", arg=kop)
    return True


def test_axe_met_focus_in_de_kop_muis_op_een_kop_en_bij_een_anker(browser, server, site, axe_bron):
    fouten: list[str] = []
    paginas = {scherm: nieuwe_pagina(browser, scherm) for scherm in SCHERMEN}
    gemeten = 0
    try:
        for pagina in alle_paginas(site):
            for toestand in TOESTANDEN:
                lopend = []
                for scherm, (_, page) in paginas.items():
                    open_pagina(page, f"{server}/{pagina}")
                    if zet_toestand(page, server, pagina, toestand, eerste_kop(page)):
                        page.evaluate(axe_bron)
                        start_axe(page)
                        lopend.append((scherm, page))
                for scherm, page in lopend:
                    fouten += beschrijf(pagina, f"{scherm}, {toestand}", axe_uitslag(page))
                    gemeten += 1
        for scherm, (_, page) in paginas.items():
            fouten += [f"JavaScript-fout ({scherm}): {f}" for f in page.fouten]
    finally:
        for context, _ in paginas.values():
            context.close()
    assert gemeten >= len(alle_paginas(site)) * len(SCHERMEN) * 2, gemeten
    assert not fouten, f"{len(fouten)} toegankelijkheidsfouten:\n" + "\n".join(fouten)


@pytest.mark.parametrize("scherm", list(SCHERMEN))
@pytest.mark.parametrize("toestand", TOESTANDEN)
def test_toetsenbordwandeling_vanuit_elke_toestand(browser, server, scherm, toestand):
    """Tab from the state on until the focus comes round again: every stop on screen, not
    covered (the sticky header included) and with a focus ring."""
    pagina = "hoofdstuk-1/doelstelling.html"
    context, page = nieuwe_pagina(browser, scherm)
    try:
        open_pagina(page, f"{server}/{pagina}")
        assert zet_toestand(page, server, pagina, toestand, eerste_kop(page))
        gezien, fouten = tab_rondgang(page)
        assert len(gezien) >= 10, gezien
        assert not page.fouten, page.fouten
    finally:
        context.close()
    assert not fouten, f"{toestand}: {len(fouten)} van {len(gezien)} tabstops zonder zichtbare focus:\n" + "\n".join(fouten)
