"""Where every entity lives on the site: its page (source path) and anchor.

One table for all renderers, so a link to a factor, card or reference is always
built the same way and never hand-written. Paths are MkDocs source paths (.md);
``href`` turns them into relative .html links from the page being rendered.
"""

from __future__ import annotations

import posixpath

from macros.inhoud.kennis import Kennis
from .paginaindex import PaginaIndex

FACTOR_PAGINA = {"gezin": "factoren/gezinsniveau.md", "gemeenschap": "factoren/gemeenschapsniveau.md"}
INDICATOR_PAGINA = "factoren/indicatoren.md"
RANDVOORWAARDEN_PAGINA = "hoofdstuk-3/randvoorwaarden.md"
INTERVENTIES_OVERZICHT = "interventies/index.md"  # §4.4; the cards follow it in the nav
INTERVENTIES_FILTEREN = "interventies/overzicht.md"  # filters, cards, comparison (issue 16)
HULPVRAGEN_PAGINA = "hulpvragen/index.md"
LITERATUUR_PAGINA = "literatuur.md"
#: per reference, where the site cites or lists it (kept off the list itself: page weight)
LITERATUUR_VERMELDINGEN = "literatuur-op-de-site.md"
BEGRIPPEN_PAGINA = "begrippen.md"


def interventie_pagina(id: str) -> str:
    return f"interventies/{id}.md"


DOWNLOADMAP = "downloads"
KENNISDOCUMENT_PDF = f"{DOWNLOADMAP}/samen-weerbaar-kennisdocument.pdf"


def kaart_pdf(id: str) -> str:
    """Site path of the PDF of one intervention card."""
    return f"{DOWNLOADMAP}/interventie-{id}.pdf"


def href(van: str, naar: str, anker: str | None = None) -> str:
    """Relative link from source page ``van`` to source page ``naar`` (+ anchor)."""
    doel = posixpath.splitext(naar)[0] + ".html"
    if naar == van:
        pad = ""
    else:
        pad = posixpath.relpath(doel, posixpath.dirname(van) or ".")
    if anker:
        return f"{pad}#{anker}"
    return pad or posixpath.basename(doel)


class Onvindbaar(KeyError):
    """A reference to something that has no place on the site."""


def href_bestand(van: str, bestand: str) -> str:
    """Relative link from source page ``van`` to a file in the site (kept as it is)."""
    return posixpath.relpath(bestand, posixpath.dirname(van) or ".")


def plaats(kennis: Kennis, soort: str, id: str, index: PaginaIndex | None = None) -> tuple[str, str | None]:
    """(source page, anchor) of an entity; ``index`` places paragraphs, lists and figures."""
    if soort == "factor":
        return FACTOR_PAGINA[kennis.factor(id).niveau], id
    if soort == "indicator":
        kennis.indicator(id)
        return INDICATOR_PAGINA, id
    if soort == "randvoorwaarde":
        kennis.randvoorwaarde(id)
        return RANDVOORWAARDEN_PAGINA, id
    if soort == "lijst":
        kennis.lijst(id)
        pagina = index.macros.get(("lijst", id)) if index else None
        if pagina is None and any(r.lijst == id for r in kennis.randvoorwaarden):
            pagina = RANDVOORWAARDEN_PAGINA
        if pagina is None and index:
            figuren = [f.id for f in kennis.figuren if f.lijst == id]
            pagina = next((index.macros[("figuur", f)] for f in figuren if ("figuur", f) in index.macros), None)
        if pagina is None:
            raise Onvindbaar(f"lijst '{id}' staat op geen enkele pagina (gebruik {{{{ lijst(\"{id}\") }}}})")
        return pagina, id
    if soort == "figuur":
        kennis.figuur(id)
        pagina = index.macros.get(("figuur", id)) if index else None
        if pagina is None:
            raise Onvindbaar(f"figuur '{id}' staat op geen enkele pagina")
        return pagina, id
    if soort == "paragraaf":
        hit = index.paragraaf(id) if index else None
        if hit is None:
            raise Onvindbaar(f"paragraaf '{id}' heeft geen pagina met anker #{id}")
        return hit
    if soort == "interventie":
        kennis.interventie(id)
        return interventie_pagina(id), None
    if soort == "stap":
        kennis.stap(id)
        return HULPVRAGEN_PAGINA, id
    if soort == "bron":
        kennis.bron(id)
        return LITERATUUR_PAGINA, id
    if soort == "begrip":
        kennis.begrip(id)
        return BEGRIPPEN_PAGINA, id
    raise KeyError(f"onbekende soort {soort!r}")
