"""The source document beside the repository (CI has shared/ next to the clone), and
what several tests read from it. Expectations come from the source, not from data/."""

from __future__ import annotations

import html
from dataclasses import dataclass
import re
from pathlib import Path

BRON = Path(__file__).resolve().parents[2] / "shared" / "source" / "samen-weerbaar-kennisdocument.md"


def kaartnamen_in_bron(bron: str) -> list[str]:
    """Names of the intervention cards of §4.4, as printed (tags and footnote marks removed)."""
    namen = re.findall(r"^(?:<b>)?Interventie(?: /programma)?(?:</b>)?\t(.+)$", bron, re.M)
    namen = [html.unescape(re.sub(r"</?[bi]>|<sup>\d+</sup>", "", n)) for n in namen]
    return [re.sub(r"\s+", " ", n).strip() for n in namen]


def kaart_uit_bron(kaartnaam: str, bronnamen: list[str]) -> bool:
    """True when a card of data/ is one of the source's cards (same name start)."""
    return any(n.lower().startswith(kaartnaam.lower()[:12]) for n in bronnamen)


@dataclass(frozen=True)
class Hoofdstukregel:
    """One line of the source's table of contents (`# Inhoudsopgave`)."""

    nummer: str  # "1", "1.3", "1.3.1"; "" for the back matter (literature, appendices)
    titel: str  # as printed, tags and dot leaders removed
    pagina: int  # the page in the published PDF
    diepte: int  # 0 = chapter, 1 = section, 2 = subsection


def inhoudsopgave(bron: str) -> list[Hoofdstukregel]:
    """The source's table of contents, in order: chapters ("Hoofdstuk N"), sections and
    subsections with their numbers, then the unnumbered back matter."""
    blok = bron.split("# Inhoudsopgave", 1)[1].split("\n# ", 1)[0]
    uit = []
    for regel in blok.splitlines():
        regel = html.unescape(re.sub(r"</?[bi]>", "", regel))
        treffer = re.fullmatch(r"(Hoofdstuk \d+|\d+(?:\.\d+)*)?\t(.+?)\s*\.{3,}\s*(\d+)\s*", regel)
        if not treffer:
            continue
        kop, titel, pagina = treffer.groups()
        nummer = (kop or "").removeprefix("Hoofdstuk ")
        diepte = 0 if kop is None or kop.startswith("Hoofdstuk") else nummer.count(".")
        uit.append(Hoofdstukregel(nummer, titel.strip(), int(pagina), diepte))
    return uit
