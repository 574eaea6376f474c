"""Where every entity lives on the site: its page (source path) and anchor.

One table for all renderers, so a link to a factor, card or reference is always
built the same way and never hand-written. Paths are MkDocs source paths (.md);
``href`` turns them into relative .html links from the page being rendered.
"""

from __future__ import annotations

import posixpath

from .kennis import Kennis

FACTOR_PAGINA = {"gezin": "factoren/gezinsniveau.md", "gemeenschap": "factoren/gemeenschapsniveau.md"}
INDICATOR_PAGINA = "factoren/indicatoren.md"
RANDVOORWAARDEN_PAGINA = "samenwerken/randvoorwaarden.md"
LIJST_PAGINA = {"samenwerking": "samenwerken/index.md", "gemeenschap": "gemeenschapsinterventies/index.md"}
INTERVENTIES_OVERZICHT = "interventies/index.md"
HULPVRAGEN_PAGINA = "hulpvragen/index.md"
LITERATUUR_PAGINA = "literatuur.md"
BEGRIPPEN_PAGINA = "begrippen.md"


def interventie_pagina(id: str) -> str:
    return f"interventies/{id}.md"


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


def plaats(kennis: Kennis, soort: str, id: str) -> tuple[str, str | None]:
    """(source page, anchor) of an entity."""
    if soort == "factor":
        return FACTOR_PAGINA[kennis.factor(id).niveau], id
    if soort == "indicator":
        kennis.indicator(id)
        return INDICATOR_PAGINA, id
    if soort == "randvoorwaarde":
        kennis.randvoorwaarde(id)
        return RANDVOORWAARDEN_PAGINA, id
    if soort == "lijst":
        return LIJST_PAGINA[kennis.lijst_herkomst(id)], id
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
