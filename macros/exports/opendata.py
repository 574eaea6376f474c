"""Open data: the whole structured content as JSON (with a JSON Schema) and CSV.

Plain Python, no MkDocs imports. Generated from the same validated model as the site.
CSV is made for Dutch Excel: ';' separator, UTF-8 with BOM, one file per entity type.
"""

from __future__ import annotations

import csv
import io
import json

from pydantic import BaseModel, TypeAdapter

from ..kennis import Kennis
from ..model import Bron, Factor, HulpvragenBestand, Indicator, Interventie, Lijst, Randvoorwaarde

BASIS = "samen-weerbaar"
LICENTIE = (
    "Het kennisdocument Samen Weerbaar (S.D. Adjiembaks & S. Noor, mei 2024, Expertise-unit Sociale "
    "Stabiliteit, ministerie van SZW) of delen ervan mogen door derden onvoorwaardelijk en kosteloos "
    "worden gebruikt, mits de context waarin zaken worden gepresenteerd behouden blijft."
)


class OpenData(BaseModel):
    """The published JSON document (its JSON Schema is published beside it)."""

    titel: str
    bron: str
    licentie: str
    versie: str
    datum: str
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


def _csv(kolommen: list[str], rijen: list[list]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(kolommen)
    for rij in rijen:
        w.writerow(["; ".join(map(str, x)) if isinstance(x, (list, tuple)) else ("" if x is None else x) for x in rij])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _tabel(items: list[BaseModel], weglaten: tuple[str, ...] = ()) -> tuple[list[str], list[list]]:
    if not items:
        return [], []
    velden = [n for n in type(items[0]).model_fields if n not in weglaten]
    return velden, [[getattr(x, n) for n in velden] for x in items]


def open_data_bestanden(kennis: Kennis) -> dict[str, bytes]:
    """File name -> bytes: JSON, its schema, and one CSV per entity type."""
    data = open_data(kennis)
    uit = {
        f"{BASIS}-open-data.json": (json.dumps(data.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        f"{BASIS}-open-data.schema.json": (
            json.dumps(TypeAdapter(OpenData).json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        ).encode("utf-8"),
    }
    k = kennis
    tabellen = {
        "factoren": _tabel(k.factoren, weglaten=("noten",)),
        "indicatoren": _tabel(k.indicatoren),
        "randvoorwaarden": _tabel(k.randvoorwaarden, weglaten=("noten",)),
        "interventies": (
            ["id", "volgorde", "naam", "ontwikkelaar", "doelgroep", "doelgroepen", "niveaus", "doelen", "methoden",
             "werkzame_elementen", "effectiviteit", "locatie", "samenwerkingspartners", "toepasbaarheid", "links",
             "conclusie", "kanttekening"],
            [[c.id, c.volgorde, c.naam, c.ontwikkelaar, c.doelgroep, c.facetten.doelgroepen, c.facetten.niveaus, c.doelen,
              c.methoden, c.werkzame_elementen, c.effectiviteit, c.locatie, c.samenwerkingspartners, c.toepasbaarheid,
              [l.url for l in c.links], c.conclusie, c.kanttekening] for c in k.interventies],
        ),
        "hulpvragen": (
            ["stap", "stap_id", "stap_titel", "kop", "vraag_id", "vraag"],
            [[s.nummer, s.id, s.titel, g.kop, v.id, v.tekst] for s in k.hulpvragen.stappen for g in s.groepen for v in g.vragen],
        ),
        "lijsten": (
            ["lijst_id", "lijst_titel", "paragraaf", "positie", "item_id", "naam", "omschrijving"],
            [[li.id, li.titel, li.paragraaf, i + 1, it.id, it.naam, it.omschrijving] for li in k.lijsten for i, it in enumerate(li.items)],
        ),
        "literatuur": _tabel(k.bronnen),
    }
    for naam, (kolommen, rijen) in tabellen.items():
        uit[f"{BASIS}-{naam}.csv"] = _csv(kolommen, rijen)
    return uit
