"""Renamed and published ids: what keeps people's stored answers when a release renames an id.

The tools keep answers in the visitor's browser under the ids of questions (hulpvragen),
indicators (wijkscan), cards and fit-check points (passend). ``data/hernoemd.yml`` records
each rename (``oud`` -> ``nieuw``); the pages carry the map (``Kennis.hernoemd_json``) and the
tools move stored answers to the new id. ``data/gepubliceerde-ids.yml`` lists every id a
release published; ``make check`` warns (never fails) when one of them has disappeared
without a rename (``verdwenen``). Plain Python, no MkDocs imports.
"""

from __future__ import annotations

import json
from pydantic import Field

from .fouten import DataFout
from .model import Id, Strikt

#: The kinds of ids people's answers are stored under, as named in both files.
SOORTEN = ("vragen", "indicatoren", "kaarten", "punten")
GEPUBLICEERD = "gepubliceerde-ids.yml"


class Hernoeming(Strikt):
    """One renamed id: answers stored under ``oud`` belong to ``nieuw`` from now on."""

    oud: Id
    nieuw: Id
    toelichting: str = ""


class HernoemdBestand(Strikt):
    """data/hernoemd.yml: the renames per kind of id."""

    vragen: list[Hernoeming] = []
    indicatoren: list[Hernoeming] = []
    kaarten: list[Hernoeming] = []
    punten: list[Hernoeming] = []


class GepubliceerdBestand(Strikt):
    """data/gepubliceerde-ids.yml: the ids a release published, per kind."""

    vragen: list[Id] = Field(default_factory=list)
    indicatoren: list[Id] = Field(default_factory=list)
    kaarten: list[Id] = Field(default_factory=list)
    punten: list[Id] = Field(default_factory=list)


def huidige_ids(kennis, punten: list[str]) -> dict[str, list[str]]:
    """The ids people may have answers under, per kind, from ``kennis`` (a ``Kennis``; not
    imported here, it imports this module) (``punten``: the fit-check point ids,
    computed by the views and passed in, so this stage does not import them)."""
    return {
        "vragen": [v.id for s in kennis.hulpvragen.stappen for g in s.groepen for v in g.vragen],
        "indicatoren": [i.id for i in kennis.indicatoren],
        "kaarten": [k.id for k in kennis.interventies],
        "punten": punten,
    }


def hernoemd_fouten(bestand, bekend: dict[str, set[str]]) -> list[DataFout]:
    """A rename must point to an id that exists and away from one that no longer does.
    ``bestand``: the loaded data/hernoemd.yml (``_Bestand``); ``bekend``: kind -> current ids
    (kinds absent from ``bekend`` are not checked)."""
    fouten: list[DataFout] = []
    if bestand.model is None:
        return fouten
    for soort in SOORTEN:
        if soort not in bekend:
            continue
        gezien: set[str] = set()
        for i, h in enumerate(getattr(bestand.model, soort)):
            if h.nieuw not in bekend[soort]:
                fouten.append(bestand.fout((soort, i, "nieuw"), f"'{h.nieuw}' bestaat niet; een hernoeming wijst naar een bestaande id"))
            if h.oud in bekend[soort]:
                fouten.append(bestand.fout((soort, i, "oud"), f"'{h.oud}' bestaat nog; hernoem alleen een id die verdwenen is"))
            if h.oud in gezien:
                fouten.append(bestand.fout((soort, i, "oud"), f"'{h.oud}' staat hier al; één nieuwe id per oude id"))
            gezien.add(h.oud)
    return fouten


def verdwenen(gepubliceerd: GepubliceerdBestand, huidig: dict[str, list[str]], hernoemd: HernoemdBestand) -> list[tuple[str, int, str]]:
    """(kind, index in the published list, id) of each published id that no longer exists and
    has no rename: people's stored answers under it are no longer shown by the tool."""
    uit = []
    for soort in SOORTEN:
        nu = set(huidig[soort]) | {h.oud for h in getattr(hernoemd, soort)}
        uit += [(soort, i, id) for i, id in enumerate(getattr(gepubliceerd, soort)) if id not in nu]
    return uit


def hernoemd_json(hernoemd: HernoemdBestand | None) -> str:
    """The map for the tools: {kind: {old: new}} as JSON (for a data attribute)."""
    return json.dumps({s: {h.oud: h.nieuw for h in getattr(hernoemd, s)} if hernoemd else {} for s in SOORTEN},
                      ensure_ascii=False, sort_keys=True)
