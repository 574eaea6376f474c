"""The help questions (Bijlage 3) as one neutral document structure.

Built once from the data; the DOCX, ODT and PDF writers all read this structure and
decide nothing about content themselves. One ``Document`` per download: the complete
checklist and each step separately.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from macros.inhoud.kennis import Kennis
from macros.inhoud.model import Stap
from macros.inhoud.teksten import BRONREGEL, ONVOLLEDIG
from macros.uitvoer.zipvast import vast_moment

from .blok import Blok, blok

BASISNAAM = "samen-weerbaar-hulpvragen"
FORMATEN = ("docx", "odt", "pdf")
TAAL = "nl-NL"
AUTEUR = "Expertise-unit Sociale Stabiliteit (ESS)"
ONDERWERP = "Bijlage 3 van Samen Weerbaar – kennisdocument: hulpvragen voor het gesprek met gemeenschappen"
ANTWOORDREGELS = 3  # empty ruled lines under every question


@dataclass(frozen=True)
class Vraagpunt:
    id: str
    tekst: str


@dataclass(frozen=True)
class Groep:
    kop: str  # may be ""
    intro: Blok
    vragen: tuple[Vraagpunt, ...]


@dataclass(frozen=True)
class Sectie:
    id: str
    nummer: int
    kop: str  # "Stap N. titel"
    intro: Blok
    opmerking: str  # the "Let op" sentence for an incomplete intro, else ""
    groepen: tuple[Groep, ...]
    nieuwe_pagina: bool  # start on a new page (every step after the first)


@dataclass(frozen=True)
class Document:
    bestandsnaam: str  # without extension
    titel: str  # document metadata title
    kop: str  # visible main heading
    bronregel: str
    versieregel: str
    voetregel: str  # short text for the page footer
    inleiding: Blok
    secties: tuple[Sectie, ...]
    moment: datetime  # fixed creation/modification time, derived from the content date
    taal: str = TAAL
    auteur: str = AUTEUR
    onderwerp: str = ONDERWERP
    antwoordregels: int = ANTWOORDREGELS


def bestandsnaam(stap: Stap | None = None) -> str:
    return BASISNAAM if stap is None else f"{BASISNAAM}-{stap.id}"


def bestandsnamen(kennis: Kennis) -> list[str]:
    """Every download's file name, in the order hulpvragen_downloads returns them."""
    stammen = [bestandsnaam()] + [bestandsnaam(s) for s in kennis.hulpvragen.stappen]
    return [f"{stam}.{ext}" for stam in stammen for ext in FORMATEN]


def _sectie(stap: Stap, eerste: bool) -> Sectie:
    return Sectie(
        id=stap.id,
        nummer=stap.nummer,
        kop=f"Stap {stap.nummer}. {stap.titel}",
        intro=blok(stap.intro),
        opmerking=ONVOLLEDIG if stap.intro_onvolledig else "",
        groepen=tuple(
            Groep(g.kop.strip(), blok(g.intro), tuple(Vraagpunt(v.id, v.tekst) for v in g.vragen))
            for g in stap.groepen
        ),
        nieuwe_pagina=not eerste,
    )


def bouw_documenten(kennis: Kennis, versie: str, datum: str) -> list[Document]:
    """The complete checklist first, then one document per step (in data order)."""
    hv = kennis.hulpvragen
    moment = vast_moment(datum)
    inleiding = blok(hv.inleiding)
    versieregel = f"Inhoudsversie: {versie} ({datum})"

    def document(stappen: list[Stap], stap: Stap | None) -> Document:
        titel = hv.titel if stap is None else f"{hv.titel} – stap {stap.nummer}: {stap.titel}"
        voet = hv.titel if stap is None else f"{hv.titel} – stap {stap.nummer}"
        return Document(
            bestandsnaam=bestandsnaam(stap),
            titel=titel,
            kop=hv.titel,
            bronregel=BRONREGEL,
            versieregel=versieregel,
            voetregel=f"{voet} · inhoudsversie {versie}",
            inleiding=inleiding,
            secties=tuple(_sectie(s, i == 0) for i, s in enumerate(stappen)),
            moment=moment,
        )

    return [document(list(hv.stappen), None)] + [document([s], s) for s in hv.stappen]
