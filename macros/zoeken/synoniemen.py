"""The editors' search words (data/zoekwoorden.yml, issue 23) on the sections they belong to.

Each entry of ``kennis.zoekwoorden`` names an entity (its canonical place on the site, from
macros/weergave/plaatsen.py) or a page with an optional anchor. Its words go into the field
``zw`` of the index entry at that location (``page.html#anchor``, or the page's top entry),
a field the worker searches with a lower weight than the entry's own words and never shows.
"""

from __future__ import annotations

import posixpath

from macros.inhoud.kennis import Kennis
from macros.weergave.plaatsen import plaats


def _html(md: str, anker: str | None) -> str:
    pad = posixpath.splitext(md)[0] + ".html"
    return f"{pad}#{anker}" if anker else pad


def locatie(kennis: Kennis, naar: str, id: str) -> str:
    """Site-relative location of a search-word target (``factoren/gezinsniveau.html#armoede-gezin``)."""
    if naar == "pagina":
        md, _, anker = id.partition("#")
        return _html(md, anker or None)
    md, anker = plaats(kennis, naar, id)
    return _html(md, anker)


def zoekwoorden_per_locatie(kennis: Kennis) -> dict[str, tuple[list[str], bool]]:
    """location -> (search words, each once in data order; whether the location must be a
    heading). An entity's anchor may be an element inside a section (a glossary term in
    its list): its words then go to the page's entry. A page anchor an editor wrote must
    be a heading in the index."""
    uit: dict[str, tuple[list[str], bool]] = {}
    for z in kennis.zoekwoorden:
        woorden, _ = uit.setdefault(locatie(kennis, z.naar, z.id), ([], z.naar == "pagina"))
        woorden.extend(w for w in z.woorden if w not in woorden)
    return uit


def voeg_toe(docs: list[dict], per_locatie: dict[str, tuple[list[str], bool]]) -> list[str]:
    """Put the words into the ``zw`` field of the entries at their location.

    Returns the locations that have no index entry (a wrong anchor, or a page left out of
    search): the caller reports them.
    """
    op_locatie = {d["location"]: d for d in docs}
    zonder = []
    for loc, (woorden, streng) in per_locatie.items():
        d = op_locatie.get(loc) or (None if streng else op_locatie.get(loc.split("#")[0]))
        if d is None:
            zonder.append(loc)
        else:
            d["zw"] = " ".join(filter(None, [d.get("zw", ""), *woorden]))
    return zonder
