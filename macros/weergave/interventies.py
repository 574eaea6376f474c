"""Views of the intervention cards (§ 4.4): the list, the filterable overview, each card and
its fit check.

Each view takes the page's ``Paginacontext`` and returns ``Markup``; an unknown card id raises
``KeyError``. ``passend_punten`` is the fit check's rule, read from the card's own text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from markupsafe import Markup

from . import plaatsen
from .context import Paginacontext
from .labels import DOELGROEP, EFFECT_VOLGENS_KAART, GEEN_ELEMENT_LABEL, INTERVENTIE_NIVEAU, KAART_VELDEN, NIET_INGEDEELD
from .middelen import SCRIPTS, gedeelde_scripts

GEEN_ELEMENT = "geen"  # filter value for cards that name no working element


def slug(tekst: str) -> str:
    """'Sociale norm' -> 'sociale-norm' (ASCII, for URL parameters)."""
    ascii_ = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_))


def hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


def interventies_overzicht(w: Paginacontext) -> Markup:
    """The filterable overview page: filters, cards, comparison (issue 16: tool first)."""
    return w.render("interventies_overzicht.html", kaarten=w.k.interventies, o=interventie_filters(w))


def interventies_lijst(w: Paginacontext) -> Markup:
    """§ 4.4's plain list of the cards with a link to the filterable overview page."""
    return w.render("interventies_lijst.html", filterpagina=plaatsen.INTERVENTIES_FILTEREN, o=interventie_filters(w))


def interventiekaart(w: Paginacontext, id: str) -> Markup:
    """One card: every field the source gives it, in the source's order, and its fit check."""
    kaart = w.k.interventie(id)
    velden = [(naam, label, getattr(kaart, naam)) for naam, label in KAART_VELDEN if getattr(kaart, naam)]
    return w.render("interventiekaart.md.j2", kaart=kaart, velden=velden, passend=passend(w, id))


def passend(w: Paginacontext, id: str) -> Markup:
    """The fit check of one card (points from ``passend_punten``)."""
    kaart = w.k.interventie(id)
    return w.render(
        "passend_kaart.md.j2",
        kaart=kaart,
        groepen=passend_punten(kaart),
        script=w.naar(SCRIPTS["passend"]),
        gedeeld=gedeelde_scripts(w),
    )


def interventie_filters(w: Paginacontext) -> dict:
    """Rows and filter options of the intervention overview (from the YAML facets):
    ``{kaarten: [{kaart, href, doelgroep, niveau, effect, effect_label, element, elementen}],
    groepen: [{naam, titel, opties: [(waarde, label, aantal)]}], elementen: [(waarde, label,
    aantal)], paragraaf_4_4, script}``."""
    kaarten = []
    elementen: dict[str, dict] = {}
    for kaart in w.k.interventies:
        f = kaart.facetten
        eigen = []
        for e in f.werkzame_elementen:
            s = slug(e)
            elementen.setdefault(s, {"waarde": s, "label": hoofdletter(e), "kaarten": set()})["kaarten"].add(kaart.id)
            if s not in eigen:
                eigen.append(s)
        if not eigen:
            elementen.setdefault(GEEN_ELEMENT, {"waarde": GEEN_ELEMENT, "label": GEEN_ELEMENT_LABEL, "kaarten": set()})["kaarten"].add(kaart.id)
        effect = f.effectiviteit_volgens_kaart or "niet-ingedeeld"
        kaarten.append(
            {
                "kaart": kaart,
                "href": w.link("interventie", kaart.id),
                "doelgroep": " ".join(f.doelgroepen),
                "niveau": " ".join(f.niveaus),
                "effect": effect,
                "effect_label": EFFECT_VOLGENS_KAART.get(effect, NIET_INGEDEELD),
                "element": " ".join(eigen or [GEEN_ELEMENT]),
                "elementen": [hoofdletter(e) for e in f.werkzame_elementen],
            }
        )

    def telling(facet: str, waarde: str) -> int:
        return sum(waarde in r[facet].split() for r in kaarten)

    effecten = dict(EFFECT_VOLGENS_KAART)
    if any(r["effect"] == "niet-ingedeeld" for r in kaarten):
        effecten["niet-ingedeeld"] = NIET_INGEDEELD
    groepen = [
        {"naam": "doelgroep", "titel": "Doelgroep", "opties": [(v, lb, telling("doelgroep", v)) for v, lb in DOELGROEP.items()]},
        {"naam": "niveau", "titel": "Niveau", "opties": [(v, lb, telling("niveau", v)) for v, lb in INTERVENTIE_NIVEAU.items()]},
        {"naam": "effect", "titel": "Effectiviteit volgens de kaart", "opties": [(v, lb, telling("effect", v)) for v, lb in effecten.items()]},
    ]
    opties = sorted(elementen.values(), key=lambda e: (e["waarde"] == GEEN_ELEMENT, e["label"].lower()))
    return {
        "kaarten": kaarten,
        "groepen": groepen,
        "elementen": [(e["waarde"], e["label"], len(e["kaarten"])) for e in opties],
        "paragraaf_4_4": w.link("paragraaf", "4.4"),
        "script": w.naar(SCRIPTS["filters"]),
    }


_ZIN = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00C0-\u00DE'‘\"(])")
_NIETS = re.compile(r"^\s*(niet bekend|onbekend)\.?\s*$", re.I)


def passend_punten(kaart) -> list[dict]:
    """The fit check of one card, from its own ``toepasbaarheid`` text only.

    Rule: every bullet of the field is a point; every sentence outside a list is a point,
    except a sentence ending in ':' that introduces a list (shown as that list's lead-in).
    'Niet bekend' gives no points. Each point: stable id (hash of its text), the text.
    Returns groups: [{"inleiding": str, "punten": [{"id", "tekst"}]}].
    """
    tekst = kaart.toepasbaarheid.strip()
    if not tekst or _NIETS.match(tekst):
        return []
    groepen: list[dict] = [{"inleiding": "", "punten": []}]

    def punt(t: str) -> dict:
        t = " ".join(t.split())
        return {"id": "p-" + hashlib.sha1(t.encode("utf-8")).hexdigest()[:10], "tekst": t}

    for alinea in re.split(r"\n\s*\n", tekst):
        regels = [r.strip() for r in alinea.splitlines() if r.strip()]
        if regels and all(re.match(r"^([-*+]|\d+\.)\s+", r) for r in regels):
            groepen[-1]["punten"].extend(punt(re.sub(r"^([-*+]|\d+\.)\s+", "", r)) for r in regels)
            groepen.append({"inleiding": "", "punten": []})
            continue
        for zin in _ZIN.split(" ".join(regels)):
            zin = zin.strip()
            if not zin:
                continue
            if zin.endswith(":"):
                groepen.append({"inleiding": zin, "punten": []})
            else:
                groepen[-1]["punten"].append(punt(zin))
    return [g for g in groepen if g["punten"]]
