"""Views of the client-side tools: the factor explorer, the wijkscan and the meeting pack.

Every link is generated here from ids; the JavaScript only shows, hides and fills in. Each
function takes the page's ``Paginacontext`` and returns ``Markup``.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from . import plaatsen
from .context import Paginacontext
from .labels import BEWIJS, KAART_VELDEN, NIVEAU, REIKWIJDTE, SOORT_ENKELVOUD, WIJKSCAN_PLAATSEN, WIJKSCAN_WEET_NIET
from .middelen import SCRIPTS, gedeelde_scripts


def factorverkenner(w: Paginacontext) -> Markup:
    """Every factor with filters by level, kind, scope and evidence (counts from the data)."""
    factoren = list(w.k.factoren)

    def telling(veld: str, waarde: str) -> int:
        return sum(getattr(f, veld) == waarde for f in factoren)

    groepen = [
        {"naam": "niveau", "titel": "Niveau", "opties": [(v, lb, telling("niveau", v)) for v, lb in NIVEAU.items()]},
        {"naam": "soort", "titel": "Soort", "opties": [(v, lb, telling("soort", v)) for v, lb in SOORT_ENKELVOUD.items()]},
        {"naam": "reikwijdte", "titel": "Reikwijdte", "opties": [(v, lb, telling("reikwijdte", v)) for v, lb in REIKWIJDTE.items()]},
        {"naam": "bewijs", "titel": "Bewijs", "opties": [(v, lb, telling("bewijs", v)) for v, lb in BEWIJS.items()]},
    ]
    return w.render("verken_factoren.html", factoren=factoren, groepen=groepen, script=w.naar(SCRIPTS["filters"]))


def wijkscan(w: Paginacontext) -> Markup:
    """The wijkscan: every indicator of both levels with its factors and paragraphs."""
    k = w.k
    niveaus = []
    for niveau in ("gezin", "gemeenschap"):
        indicatoren = []
        for i in k.indicatoren_van(niveau):
            fs = k.factoren_bij_indicator(i.id)
            indicatoren.append({"i": i, "factoren": fs, "paragrafen": paragrafen_van(fs)})
        niveaus.append({"niveau": niveau, "indicatoren": indicatoren})
    return w.render(
        "wijkscan_scan.md.j2",
        niveaus=niveaus,
        plaatsen=WIJKSCAN_PLAATSEN,
        weet_niet=WIJKSCAN_WEET_NIET,
        aantal=sum(len(n["indicatoren"]) for n in niveaus),
        pagina=w.pagina,
        overzicht=plaatsen.INTERVENTIES_FILTEREN,
        script=w.naar(SCRIPTS["wijkscan"]),
        gedeeld=gedeelde_scripts(w),
    )


def bijeenkomstpakket(w: Paginacontext) -> Markup:
    """The meeting pack page (issue 16 item 2): every card and step, shown by choice."""
    k = w.k
    pakketvelden = ("omschrijving", "doelgroep", "doelen", "werkzame_elementen", "effectiviteit", "toepasbaarheid")
    kaarten = [
        (kaart, [(label, getattr(kaart, naam), "tekst" if naam == "doelgroep" else "md")
                 for naam, label in KAART_VELDEN if naam in pakketvelden and getattr(kaart, naam)])
        for kaart in k.interventies
    ]
    indicatoren = [(n, i) for n in ("gezin", "gemeenschap") for i in k.indicatoren_van(n)]
    return w.render(
        "bijeenkomstpakket.html",
        kaarten=kaarten,
        stappen=k.hulpvragen.stappen,
        hv=k.hulpvragen,
        indicatoren=indicatoren,
        plaatsen=dict(WIJKSCAN_PLAATSEN + [WIJKSCAN_WEET_NIET]),
        script=w.naar(SCRIPTS["pakket"]),
    )


def paragrafen_van(factoren) -> list[str]:
    """The distinct paragraphs where these factors are discussed, in document order."""

    def sleutel(p: str):
        return [(0, int(x), "") if x.isdigit() else (1, 0, x) for x in re.split(r"[.-]", p)]

    return sorted({f.paragraaf for f in factoren}, key=sleutel)
