"""The editor guide's field reference, generated from the pydantic models.

Plain Python, no MkDocs imports. What a field is, whether it is required and which
values are allowed come from the same models the validator uses; the Dutch meaning
comes from ``schema_uitleg.UITLEG``.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from macros.inhoud import bestanden as databestanden
from macros.inhoud import model
from macros.inhoud.schema_uitleg import UITLEG


@dataclass(frozen=True)
class Veld:
    naam: str
    verplicht: bool
    soort: str
    standaard: str
    uitleg: str


def _soort(tp) -> tuple[str, list[type[BaseModel]]]:
    """Dutch description of a type, and the nested models it refers to."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        basis, *meta = args
        if "markdown" in meta:
            return "tekst (Markdown)", []
        for m in meta:
            patroon = getattr(m, "pattern", None)
            if patroon == "^[a-z0-9]+(-[a-z0-9]+)*$":
                return "id (kleine letters, cijfers, streepjes)", []
            if patroon and "d{4}" in patroon:
                return "datum \"JJJJ-MM-DD\"", []
            if patroon and "https?" in patroon:
                return "webadres", []
            if patroon and "bijlage" in patroon:
                return "paragraafnummer", []
        return _soort(basis)
    if origin is typing.Literal:
        return "een van: " + ", ".join(str(a) for a in args), []
    if origin is list:
        binnen, modellen = _soort(args[0])
        return f"lijst van {binnen}", modellen
    if origin is typing.Union:
        echte = [a for a in args if a is not type(None)]
        binnen, modellen = _soort(echte[0])
        return f"{binnen}, of null", modellen
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return f"groep velden ({tp.__name__})", [tp]
    return {str: "tekst", int: "geheel getal", bool: "true of false"}.get(tp, getattr(tp, "__name__", str(tp))), []


def _standaard(waarde) -> str:
    """A default as an editor writes it in YAML; empty defaults (None, "", []) are not
    shown: "verplicht: nee" already says the field may be left out."""
    if waarde is None or waarde == "" or waarde == []:
        return ""
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    return f'"{waarde}"' if isinstance(waarde, str) else str(waarde)


def velden(m: type[BaseModel]) -> tuple[list[Veld], list[type[BaseModel]]]:
    uit, genest = [], []
    for naam, info in m.model_fields.items():
        tp = info.annotation
        if info.metadata:
            tp = typing.Annotated[(tp, *info.metadata)]
        soort, modellen = _soort(tp)
        genest += modellen
        standaard = "" if info.default is PydanticUndefined else _standaard(info.default)
        uit.append(Veld(naam, info.is_required(), soort, standaard, UITLEG.get(f"{m.__name__}.{naam}", "")))
    return uit, genest


def schema_per_bestand() -> list[tuple[str, list[tuple[str, list[Veld]]]]]:
    """[(data file, [(model name, fields)])] for every data file, nested models after their parent."""
    bestanden = [*databestanden.BESTANDEN.items(), (f"{databestanden.INTERVENTIE_MAP}/<id>.yml", model.Interventie)]
    uit = []
    for naam, hoofd in bestanden:
        gezien: list[type[BaseModel]] = []
        wachtrij = [hoofd]
        secties = []
        while wachtrij:
            m = wachtrij.pop(0)
            if m in gezien:
                continue
            gezien.append(m)
            vs, genest = velden(m)
            secties.append((m.__name__, vs))
            wachtrij += genest
        uit.append((f"data/{naam}", secties))
    return uit


def alle_modellen() -> list[type[BaseModel]]:
    """Every model class of data/: the entities (``model``), then the file-level documents (``bestanden``)."""
    kandidaten = {**vars(model), **vars(databestanden)}.values()
    return [c for c in kandidaten if isinstance(c, type) and issubclass(c, model.Strikt) and c is not model.Strikt]
