"""Open data: the whole structured content as JSON (with a JSON Schema) and CSV.

Plain Python, no MkDocs imports. Generated from the same validated model as the site.
CSV is made for Dutch Excel: ';' separator, UTF-8 with BOM, one file per entity type.
"""

from __future__ import annotations

import csv
import io
import json

from typing import Annotated, get_args

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from macros.inhoud.kennis import Kennis
from macros.inhoud.bestanden import HulpvragenBestand
from macros.inhoud.model import Bron, Factor, Indicator, Interventie, Lijst, Randvoorwaarde, is_markdown
from macros.inhoud.teksten import HERGEBRUIK

from .catalogus import CATALOGUS, catalogus_jsonld

BASIS = "samen-weerbaar"
LICENTIE = HERGEBRUIK  # the reuse clause, worded once (macros/inhoud/teksten.py)


class OpenData(BaseModel):
    """The published JSON document (its JSON Schema is published beside it)."""

    model_config = ConfigDict(extra="forbid")

    titel: str
    bron: str
    licentie: str
    versie: str
    datum: Annotated[str, Field(json_schema_extra={"format": "date"})]
    factoren: list[Factor]
    indicatoren: list[Indicator]
    randvoorwaarden: list[Randvoorwaarde]
    lijsten: list[Lijst]
    interventies: list[Interventie]
    hulpvragen: HulpvragenBestand
    literatuur: list[Bron]


def open_data(kennis: Kennis) -> OpenData:
    u = kennis.uitgave
    return OpenData(
        titel="Samen Weerbaar – open data",
        bron=u.bron,
        licentie=LICENTIE,
        versie=u.versie,
        datum=u.datum,
        factoren=kennis.factoren,
        indicatoren=kennis.indicatoren,
        randvoorwaarden=kennis.randvoorwaarden,
        lijsten=kennis.lijsten,
        interventies=kennis.interventies,
        hulpvragen=kennis.hulpvragen,
        literatuur=kennis.bronnen,
    )


SCHEIDER = " | "  # between the values of a multi-valued field in one CSV cell
JA_NEE = {True: "ja", False: "nee"}
MARKDOWN_TYPE = "text/markdown"
SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"
# Entity types written one row per object; nested fields become "veld.subveld" columns.
PLATTE_TABELLEN = ("factoren", "indicatoren", "randvoorwaarden", "interventies", "literatuur")


def _cel(waarde) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, bool):
        return JA_NEE[waarde]
    if isinstance(waarde, (list, tuple)):
        return SCHEIDER.join(_cel(x) for x in waarde)
    return str(waarde)


def _csv(kolommen: list[str], rijen: list[list]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(kolommen)
    for rij in rijen:
        w.writerow([_cel(x) for x in rij])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _plat(model: type[BaseModel], voorvoegsel: str = "") -> list[str]:
    """Column names of a model: every field, nested models (also lists of them) as "veld.subveld"."""
    kolommen = []
    for naam, info in model.model_fields.items():
        sub = _submodel(info.annotation)
        kolommen += _plat(sub, f"{voorvoegsel}{naam}.") if sub else [f"{voorvoegsel}{naam}"]
    return kolommen


def _submodel(annotatie) -> type[BaseModel] | None:
    """The model class inside ``X``, ``list[X]`` or ``Optional[X]``, else None."""
    kandidaten = [annotatie, *get_args(annotatie)]
    for k in kandidaten:
        if isinstance(k, type) and issubclass(k, BaseModel):
            return k
        for binnen in get_args(k):
            if isinstance(binnen, type) and issubclass(binnen, BaseModel):
                return binnen
    return None


def _waarde(obj, pad: str):
    """The value at a dotted path; through a list, the list of values (one per element)."""
    kop, _, rest = pad.partition(".")
    waarde = getattr(obj, kop)
    if not rest:
        return waarde
    if isinstance(waarde, (list, tuple)):
        return [_waarde(x, rest) for x in waarde]
    return None if waarde is None else _waarde(waarde, rest)


def _tabel(model: type[BaseModel], items: list[BaseModel]) -> tuple[list[str], list[list]]:
    kolommen = _plat(model)
    return kolommen, [[_waarde(x, k) for k in kolommen] for x in items]


def _markeer_markdown(schema: dict) -> dict:
    """Mark Markdown fields (``contentMediaType``) and URL fields (``format: uri``) in $defs."""
    modellen = {}

    def verzamel(model: type[BaseModel]) -> None:
        if model.__name__ in modellen:
            return
        modellen[model.__name__] = model
        for info in model.model_fields.values():
            sub = _submodel(info.annotation)
            if sub:
                verzamel(sub)

    verzamel(OpenData)
    for naam, model in modellen.items():
        eigenschappen = schema["$defs"][naam]["properties"] if naam != "OpenData" else schema["properties"]
        for veld in model.model_fields:
            doel = eigenschappen[veld]
            if is_markdown(model, veld):
                doel["contentMediaType"] = MARKDOWN_TYPE
            if veld == "url":
                for tak in doel.get("anyOf", [doel]):
                    if tak.get("type") == "string":
                        tak["format"] = "uri"
    return schema


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of the published JSON document."""
    schema = TypeAdapter(OpenData).json_schema()
    schema = {"$schema": SCHEMA_DRAFT, **_markeer_markdown(schema)}
    schema["description"] = (
        "Samen Weerbaar – open data. Velden met contentMediaType text/markdown bevatten Markdown "
        "(links, nadruk, lijsten); alle andere tekstvelden zijn platte tekst."
    )
    return schema


def open_data_bestanden(kennis: Kennis) -> dict[str, bytes]:
    """File name -> bytes: JSON, its schema, one CSV per entity type and the DCAT catalogue."""
    data = open_data(kennis)
    uit = {
        f"{BASIS}-open-data.json": (json.dumps(data.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        f"{BASIS}-open-data.schema.json": (json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"),
    }
    k = kennis
    tabellen = {
        "factoren": _tabel(Factor, k.factoren),
        "indicatoren": _tabel(Indicator, k.indicatoren),
        "randvoorwaarden": _tabel(Randvoorwaarde, k.randvoorwaarden),
        "interventies": _tabel(Interventie, k.interventies),
        "hulpvragen": (
            ["stap", "stap_id", "stap_titel", "stap_intro", "stap_intro_onvolledig", "kop", "groep_intro", "vraag_id", "vraag"],
            [[s.nummer, s.id, s.titel, s.intro, s.intro_onvolledig, g.kop, g.intro, v.id, v.tekst]
             for s in k.hulpvragen.stappen for g in s.groepen for v in g.vragen],
        ),
        "lijsten": (
            ["lijst_id", "lijst_titel", "paragraaf", "positie", "item_id", "naam", "omschrijving", "stadium", "item_paragraaf"],
            [[li.id, li.titel, li.paragraaf, i + 1, it.id, it.naam, it.omschrijving, it.stadium, it.paragraaf]
             for li in k.lijsten for i, it in enumerate(li.items)],
        ),
        "literatuur": _tabel(Bron, k.bronnen),
    }
    for naam, (kolommen, rijen) in tabellen.items():
        uit[f"{BASIS}-{naam}.csv"] = _csv(kolommen, rijen)
    uit[CATALOGUS] = catalogus_jsonld(kennis, dict(uit))
    return uit
