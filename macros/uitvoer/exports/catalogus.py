"""DCAT-AP-DONL catalogue metadata of the open data, as JSON-LD.

Plain Python, no MkDocs imports. Describes one ``dcat:Dataset`` with one
``dcat:Distribution`` per open-data file. Addresses are relative to the catalogue
file itself (it is published in the same folder), so the catalogue is correct on
any host and from file://; a harvester resolves them against the catalogue's URL.
"""

from __future__ import annotations

import json

from macros.inhoud.kennis import Kennis
from macros.inhoud.teksten import HERGEBRUIK  # the reuse clause, worded once

CATALOGUS = "samen-weerbaar-catalogus.jsonld"
TAAL = "http://publications.europa.eu/resource/authority/language/NLD"
OPENBAAR = "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
# DCAT-AP-DONL licence taxonomy: the document's reuse clause ("onvoorwaardelijk en kosteloos,
# mits de context behouden blijft") is no standard licence, so: "licentie onbekend" plus the
# clause itself as dct:rights.
LICENTIE = "http://standaarden.overheid.nl/owms/terms/licentieonbekend"
IANA = "https://www.iana.org/assignments/media-types/"
MEDIATYPE = {"json": "application/json", "csv": "text/csv"}
BESTANDSSOORT = {"json": "JSON", "csv": "CSV"}  # EU file-type authority table
UITGEVER = "Expertise-unit Sociale Stabiliteit (ESS), ministerie van Sociale Zaken en Werkgelegenheid"
ONDERWERPEN = {
    "factoren": "Risico- en beschermende factoren op gezins- en gemeenschapsniveau",
    "indicatoren": "Indicatoren bij de factoren",
    "randvoorwaarden": "De vijf randvoorwaarden voor samenwerking tussen gemeenten en hechte gemeenschappen",
    "interventies": "De interventiekaarten (paragraaf 4.4), met alle velden en facetten",
    "hulpvragen": "De hulpvragen van bijlage 3, één regel per vraag",
    "lijsten": "De lijsten uit de tekst (participatieladder, CPTED-principes, …), één regel per item",
    "literatuur": "De literatuurlijst",
}

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _datum(d: str) -> dict:
    return {"@value": d, "@type": "xsd:date"}


def _nl(tekst: str) -> dict:
    return {"@value": tekst, "@language": "nl"}


def _distributie(naam: str, grootte: int, datum: str, rechten: dict) -> dict:
    ext = naam.rsplit(".", 1)[1]
    soort = naam.removeprefix("samen-weerbaar-").rsplit(".", 1)[0]
    if naam.endswith(".schema.json"):
        titel, beschrijving = "JSON Schema van de open data", "Beschrijft elk veld van het JSON-bestand (JSON Schema 2020-12)."
    elif ext == "json":
        titel, beschrijving = "Samen Weerbaar – open data (JSON)", "De volledige gestructureerde inhoud in één JSON-bestand."
    else:
        titel = f"Samen Weerbaar – {soort} (CSV)"
        beschrijving = (
            f"{ONDERWERPEN.get(soort, soort)}. Puntkomma-gescheiden, UTF-8 met BOM; "
            "meerdere waarden in één cel gescheiden door ' | '."
        )
    return {
        "@id": naam,
        "@type": "dcat:Distribution",
        "dct:title": _nl(titel),
        "dct:description": _nl(beschrijving),
        "dcat:accessURL": {"@id": naam},
        "dcat:downloadURL": {"@id": naam},
        "dcat:mediaType": {"@id": IANA + MEDIATYPE[ext]},
        "dct:format": {"@id": f"http://publications.europa.eu/resource/authority/file-type/{BESTANDSSOORT[ext]}"},
        "dcat:byteSize": {"@value": str(grootte), "@type": "xsd:nonNegativeInteger"},
        "dct:license": {"@id": LICENTIE},
        "dct:rights": rechten,
        "dct:language": {"@id": TAAL},
        "dct:modified": _datum(datum),
    }


def catalogus_jsonld(kennis: Kennis, bestanden: dict[str, bytes]) -> bytes:
    """The catalogue (UTF-8 JSON-LD) describing ``bestanden`` ({file name: bytes}) as distributions.

    ``dct:modified`` is the content date of data/uitgave.yml (JJJJ-MM-DD), the date every
    download carries.
    """
    u = kennis.uitgave
    rechten = {"@type": "dct:RightsStatement", "rdfs:label": _nl(HERGEBRUIK)}
    distributies = [_distributie(naam, len(data), u.datum, rechten) for naam, data in bestanden.items()]
    dataset = {
        "@id": "#dataset",
        "@type": "dcat:Dataset",
        "dct:identifier": "samen-weerbaar-open-data",
        "dct:title": _nl("Samen Weerbaar – open data"),
        "dct:description": _nl(
            "De gestructureerde inhoud van het kennisdocument Samen Weerbaar (mei 2024) over het voorkomen "
            "van betrokkenheid van jongeren bij ondermijnende criminaliteit: risico- en beschermende factoren, "
            "indicatoren, randvoorwaarden voor samenwerking met gemeenschappen, interventiekaarten, "
            "hulpvragen en literatuur. Bron: " + u.bron + "."
        ),
        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": _nl(UITGEVER)},
        "dct:creator": {"@type": "foaf:Agent", "foaf:name": "S.D. Adjiembaks & S. Noor"},
        "dcat:contactPoint": {"@type": "vcard:Organization", "vcard:fn": _nl(UITGEVER)},
        "dct:language": {"@id": TAAL},
        "dct:license": {"@id": LICENTIE},
        "dct:rights": rechten,
        "dct:accessRights": {"@id": OPENBAAR},
        "dct:modified": _datum(u.datum),
        "owl:versionInfo": u.versie,
        "dcat:keyword": [_nl(w) for w in ("ondermijning", "jongeren", "weerbaarheid", "gemeenschappen", "preventie")],
        "dcat:distribution": [{"@id": d["@id"]} for d in distributies],
    }
    catalogus = {
        "@id": "#catalogus",
        "@type": "dcat:Catalog",
        "dct:title": _nl("Samen Weerbaar – catalogus open data"),
        "dct:description": _nl("DCAT-AP-DONL-beschrijving van de open data van de kennisbank Samen Weerbaar."),
        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": _nl(UITGEVER)},
        "dct:language": {"@id": TAAL},
        "dct:modified": _datum(u.datum),
        "dcat:dataset": {"@id": "#dataset"},
    }
    document = {
        "@context": {**CONTEXT, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
        "@graph": [catalogus, dataset, *distributies],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
