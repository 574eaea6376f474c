"""The content model per data file: what one YAML file in data/ holds as a whole.

``BESTANDEN`` maps each data file (relative to data/) to its model; every intervention card is
its own file under ``INTERVENTIE_MAP`` and is read as a ``model.Interventie``. The entities
themselves are in ``model``. Plain Python, no MkDocs imports.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from .model import (
    Begrip,
    Bron,
    Citeervorm,
    Factor,
    Figuur,
    Indicator,
    LetOp,
    Lijst,
    Markdown,
    Paragraaf,
    Randvoorwaarde,
    Stap,
    StapVerbanden,
    Strikt,
    Tekst,
    Verband,
    Versie,
)


class FactorenBestand(Strikt):
    factoren: list[Factor]


class IndicatorenBestand(Strikt):
    indicatoren: list[Indicator]


class SamenwerkingBestand(Strikt):
    randvoorwaarden: list[Randvoorwaarde]
    lijsten: list[Lijst] = []


class GemeenschapBestand(Strikt):
    lijsten: list[Lijst] = []


class OpgroeicontextBestand(Strikt):
    """Lists of chapter 2 (PPCT layers, the ten starting points of figure 2.3, …)."""

    lijsten: list[Lijst] = []


class HulpvragenBestand(Strikt):
    titel: Tekst
    paragraaf: Paragraaf = "bijlage-3"
    inleiding: Markdown = ""
    stappen: list[Stap] = Field(min_length=1)


class KoppelingenBestand(Strikt):
    """From the wijkscan and the checklist steps to the knowledge (data/koppelingen.yml)."""

    stappen: list[StapVerbanden] = []
    wijkscan: list[Verband] = []


class LetOpBestand(Strikt):
    letop: list[LetOp] = Field(min_length=1)


class LiteratuurBestand(Strikt):
    bronnen: list[Bron]
    # Author-year citations the source's text makes without an entry in its literature
    # list ("Dijk 2018"): kept as printed, listed on the literature page; any other
    # citation without an entry stops the build.
    niet_in_lijst: list[Citeervorm] = []


class UitgaveBestand(Strikt):
    """The content version shown on the site and printed in every download."""

    versie: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z.\-]+$")]
    datum: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
    bron: Tekst


class WijzigingenBestand(Strikt):
    versies: list[Versie] = Field(min_length=1)


class FigurenBestand(Strikt):
    figuren: list[Figuur]


class BegrippenBestand(Strikt):
    begrippen: list[Begrip]


# data file (relative to data/) -> the model of its whole content
BESTANDEN: dict[str, type[Strikt]] = {
    "factoren.yml": FactorenBestand,
    "indicatoren.yml": IndicatorenBestand,
    "samenwerking.yml": SamenwerkingBestand,
    "gemeenschap.yml": GemeenschapBestand,
    "opgroeicontext.yml": OpgroeicontextBestand,
    "hulpvragen.yml": HulpvragenBestand,
    "koppelingen.yml": KoppelingenBestand,
    "letop.yml": LetOpBestand,
    "literatuur.yml": LiteratuurBestand,
    "begrippen.yml": BegrippenBestand,
    "figuren.yml": FigurenBestand,
    "uitgave.yml": UitgaveBestand,
    "wijzigingen.yml": WijzigingenBestand,
}


INTERVENTIE_MAP = "interventies"
