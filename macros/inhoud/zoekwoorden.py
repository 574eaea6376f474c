"""Search words editors keep (data/zoekwoorden.yml, issue 23): the words professionals use
for a subject that the site names differently.

Each entry names what it belongs to (``naar`` + ``id``: a glossary term, factor, indicator,
precondition, card, help-question step, or a page of docs/) and the words (``woorden``)
that should find it. The search index adds them to that entry's section in a field of their
own, with a lower weight than the section's own words, and never shows them
(macros/zoeken/synoniemen.py). ``herkomst`` says where a word comes from: ``kennisdocument``
(a term, English term or abbreviation the source itself uses) or ``vaktaal`` (common Dutch
professional usage). Plain Python, no MkDocs imports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from .fouten import DataFout
from .model import Strikt, Tekst
from .verwijzingen import _ids

Doelsoort = Literal["begrip", "factor", "indicator", "randvoorwaarde", "interventie", "stap", "pagina"]
#: A search word: letters (with diacritics), digits, spaces, hyphens and apostrophes.
Zoekwoord = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-zÀ-ÖØ-öø-ɏ][0-9A-Za-zÀ-ÖØ-öø-ɏ '’\-]*$")]


class Zoekwoorden(Strikt):
    """One subject and the words that should find it.

    ``id``: the id of the entity; for ``naar: pagina`` the page's path in docs/
    (``hoofdstuk-3/index.md``), optionally with an anchor (``hoofdstuk-3/index.md#sleutelfiguren``).
    """

    naar: Doelsoort
    id: Tekst
    woorden: list[Zoekwoord] = Field(min_length=1)
    herkomst: Literal["kennisdocument", "vaktaal"]


class ZoekwoordenBestand(Strikt):
    zoekwoorden: list[Zoekwoorden] = []


def zoekwoord_fouten(bestanden: dict, kaarten: list, docs_map: Path | None) -> list[DataFout]:
    """Unknown targets, and a word given twice for one target; each at file:line:field.

    Runs when data/zoekwoorden.yml and the files its targets live in could be read.
    ``docs_map``: the docs/ directory for ``naar: pagina`` (not checked when absent).
    """
    zw = bestanden["zoekwoorden.yml"]
    if zw.model is None:
        return []

    def ids(naam: str, lijst: str) -> set[str] | None:
        """Ids in a file, also of items invalid elsewhere (their own error is reported);
        None when the file could not be read (no check then)."""
        b = bestanden[naam]
        return _ids(b, lijst) if isinstance(b.boom, dict) else None

    bekend = {
        "begrip": ids("begrippen.yml", "begrippen"),
        "factor": ids("factoren.yml", "factoren"),
        "indicator": ids("indicatoren.yml", "indicatoren"),
        "randvoorwaarde": ids("samenwerking.yml", "randvoorwaarden"),
        "stap": ids("hulpvragen.yml", "stappen"),
        # a card's id and its file name (they must be equal: checked elsewhere), also of an
        # unreadable card
        "interventie": {Path(k.naam).stem for k in kaarten}
        | {k.boom["id"] for k in kaarten if isinstance(k.boom, dict) and isinstance(k.boom.get("id"), str)},
    }
    fouten: list[DataFout] = []
    for i, z in enumerate(zw.model.zoekwoorden):
        if z.naar == "pagina":
            pagina = z.id.split("#", 1)[0]
            if not pagina.endswith(".md"):
                fouten.append(zw.fout(("zoekwoorden", i, "id"), f"'{z.id}' is geen pagina; geef het pad in docs/, zoals hoofdstuk-3/index.md"))
            elif docs_map is not None and docs_map.is_dir() and not (docs_map / pagina).is_file():
                fouten.append(zw.fout(("zoekwoorden", i, "id"), f"onbekende pagina '{pagina}'; die staat niet in docs/"))
        elif bekend[z.naar] is not None and z.id not in bekend[z.naar]:
            fouten.append(zw.fout(("zoekwoorden", i, "id"), f"onbekende {z.naar} '{z.id}'; die id bestaat niet"))
        gezien: set[str] = set()
        for j, w in enumerate(z.woorden):
            if w.casefold() in gezien:
                fouten.append(zw.fout(("zoekwoorden", i, "woorden", j), f"'{w}' staat al bij dit onderwerp"))
            gezien.add(w.casefold())
    return fouten
