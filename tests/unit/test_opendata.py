"""Open data read back: JSON round-trips through its model, CSV opens as Dutch Excel expects."""

from __future__ import annotations

import csv
import io
import json

from macros.uitvoer.exports.opendata import OpenData, open_data_bestanden


def lees_csv(data: bytes) -> list[dict]:
    assert data.startswith("\ufeff".encode("utf-8")), "CSV moet met een BOM beginnen (Excel)"
    tekst = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(tekst), delimiter=";"))


def test_json_bevat_alles_en_past_in_het_schema(kennis):
    bestanden = open_data_bestanden(kennis)
    data = json.loads(bestanden["samen-weerbaar-open-data.json"])
    assert [f["id"] for f in data["factoren"]] == [f.id for f in kennis.factoren]
    assert [c["naam"] for c in data["interventies"]] == [c.naam for c in kennis.interventies]
    vragen = [v["tekst"] for s in data["hulpvragen"]["stappen"] for g in s["groepen"] for v in g["vragen"]]
    assert vragen == [v.tekst for s in kennis.hulpvragen.stappen for v in s.vragen]
    assert data["versie"] == kennis.uitgave.versie and "context" in data["licentie"]
    OpenData.model_validate(data)  # the published JSON satisfies the published model
    schema = json.loads(bestanden["samen-weerbaar-open-data.schema.json"])
    assert set(schema["required"]) >= {"factoren", "interventies", "hulpvragen", "literatuur"}
    assert schema["$defs"]["Factor"]["properties"]["bewijs"]["enum"] == ["kwantitatief", "kwalitatief", "niet-vastgesteld"]


def test_csv_per_soort(kennis):
    bestanden = open_data_bestanden(kennis)
    factoren = lees_csv(bestanden["samen-weerbaar-factoren.csv"])
    assert [r["naam"] for r in factoren] == [f.naam for f in kennis.factoren]
    assert {r["bewijs"] for r in factoren} <= {"kwantitatief", "kwalitatief", "niet-vastgesteld"}
    vragen = lees_csv(bestanden["samen-weerbaar-hulpvragen.csv"])
    assert [(int(r["stap"]), r["vraag"]) for r in vragen] == [(s.nummer, v.tekst) for s in kennis.hulpvragen.stappen for v in s.vragen]
    kaarten = lees_csv(bestanden["samen-weerbaar-interventies.csv"])
    assert [r["naam"] for r in kaarten] == [c.naam for c in kennis.interventies]
    assert len(lees_csv(bestanden["samen-weerbaar-literatuur.csv"])) == len(kennis.bronnen)


def test_deterministisch(kennis):
    assert open_data_bestanden(kennis) == open_data_bestanden(kennis)


# ---- issue 15: complete open data, a schema that says what it holds, a catalogue ---------

import re  # noqa: E402
from pathlib import Path  # noqa: E402

import jsonschema  # noqa: E402
import pytest  # noqa: E402
import rdflib  # noqa: E402

from macros.inhoud.model import is_markdown  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BASIS = "samen-weerbaar"
SCHEIDER = " | "  # documented on the downloads page
DOWNLOADPAGINA = ROOT / "docs" / "downloads.md"


def schema_paden(schema: dict) -> list[str]:
    """Every leaf field of the JSON as a dotted path (arrays and $refs followed), from the schema."""
    defs = schema.get("$defs", {})

    def los(s: dict) -> dict:
        while "$ref" in s:
            s = defs[s["$ref"].rsplit("/", 1)[1]]
        if "anyOf" in s:
            takken = [los(t) for t in s["anyOf"] if t.get("type") != "null"]
            if len(takken) == 1:
                return takken[0]
        if s.get("type") == "array":
            return los(s["items"])
        return s

    paden: list[str] = []

    def loop(s: dict, voor: str) -> None:
        s = los(s)
        if "properties" in s:
            for naam, sub in s["properties"].items():
                loop(sub, f"{voor}{naam}.")
        else:
            paden.append(voor.rstrip("."))

    loop(schema, "")
    return paden


def waarden(obj, pad: str):
    """The JSON value at a dotted path; through an array, the list of values."""
    kop, _, rest = pad.partition(".")
    w = obj.get(kop)
    if not rest:
        return w
    if isinstance(w, list):
        return [waarden(x, rest) for x in w]
    return None if w is None else waarden(w, rest)


def als_cel(w) -> str:
    if w is None:
        return ""
    if isinstance(w, bool):
        return "ja" if w else "nee"
    if isinstance(w, list):
        return SCHEIDER.join(als_cel(x) for x in w)
    return str(w)


def pagina_plaatsen() -> dict[str, str]:
    """JSON path -> where the downloads page says it is (the second cell of its table)."""
    plaatsen = {}
    for regel in DOWNLOADPAGINA.read_text(encoding="utf-8").splitlines():
        cellen = [c.strip() for c in regel.strip().strip("|").split("|")]
        if len(cellen) == 2 and cellen[0].startswith("`"):
            for pad in re.findall(r"`([^`]+)`", cellen[0]):
                plaatsen[pad] = cellen[1]
    return plaatsen


def test_elk_json_veld_staat_in_een_csv_of_op_de_downloadpagina(kennis):
    bestanden = open_data_bestanden(kennis)
    data = json.loads(bestanden[f"{BASIS}-open-data.json"])
    schema = json.loads(bestanden[f"{BASIS}-open-data.schema.json"])
    paden = schema_paden(schema)
    assert "interventies.facetten.doelgroepen" in paden and "factoren.noten.tekst" in paden
    plaatsen = pagina_plaatsen()
    ontbreekt = []
    for pad in paden:
        soort, _, veld = pad.partition(".")
        naam = f"{BASIS}-{soort}.csv"
        if naam in bestanden and veld in lees_csv(bestanden[naam])[0] and pad not in plaatsen:
            # one row per object, in JSON order; the cell holds the JSON value
            rijen = lees_csv(bestanden[naam])
            assert len(rijen) == len(data[soort]), naam
            for rij, obj in zip(rijen, data[soort]):
                assert rij[veld] == als_cel(waarden(obj, veld)), f"{naam}: {veld} van {obj.get('id')}"
        elif pad in plaatsen:
            plaats = plaatsen[pad]
            m = re.match(r"(\S+\.csv), kolom `([^`]+)`", plaats)
            if m:  # the named column exists and holds exactly this field's values
                rijen = lees_csv(bestanden[m[1]])
                alle = waarden(data, pad)
                while alle and isinstance(alle[0], list):
                    alle = [x for deel in alle for x in deel]
                assert [r[m[2]] for r in rijen] == [als_cel(x) for x in alle] or (
                    m[1].endswith("-hulpvragen.csv") or m[1].endswith("-lijsten.csv")
                ) and set(r[m[2]] for r in rijen) == {als_cel(x) for x in alle}, f"{pad} -> {plaats}"
            else:
                assert "alleen in de JSON" in plaats, f"{pad}: {plaats}"
        else:
            ontbreekt.append(pad)
    assert not ontbreekt, f"velden zonder CSV-kolom en niet op de downloadpagina: {ontbreekt}"


def test_interventies_csv_is_compleet(kennis):
    kaarten = lees_csv(open_data_bestanden(kennis)[f"{BASIS}-interventies.csv"])
    for rij, kaart in zip(kaarten, kennis.interventies):
        assert rij["omschrijving"] == kaart.omschrijving and rij["naam_toelichting"] == kaart.naam_toelichting
        assert rij["facetten.doelgroepen"].split(SCHEIDER) == list(kaart.facetten.doelgroepen)
        assert rij["noten.tekst"] == SCHEIDER.join(n.tekst for n in kaart.noten)
    for soort, items in (("factoren", kennis.factoren), ("randvoorwaarden", kennis.randvoorwaarden)):
        rijen = lees_csv(open_data_bestanden(kennis)[f"{BASIS}-{soort}.csv"])
        assert [r["noten.nummer"] for r in rijen] == [SCHEIDER.join(str(n.nummer) for n in x.noten) for x in items]
    assert any(x.noten for x in kennis.factoren), "geen noten in de data: de test zegt dan niets"


@pytest.fixture(scope="module")
def schema_en_data(kennis):
    bestanden = open_data_bestanden(kennis)
    return json.loads(bestanden[f"{BASIS}-open-data.schema.json"]), json.loads(bestanden[f"{BASIS}-open-data.json"])


def valideerder(schema):
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft202012Validator  # chosen by the schema's own $schema
    checker = cls.FORMAT_CHECKER
    assert {"date", "uri"} <= set(checker.checkers), "formaatcontrole voor date/uri ontbreekt"
    cls.check_schema(schema)
    return cls(schema, format_checker=checker)


def test_json_past_in_het_schema_met_formaten(schema_en_data):
    schema, data = schema_en_data
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert schema["properties"]["datum"]["format"] == "date"
    v = valideerder(schema)
    assert not list(v.iter_errors(data))


@pytest.mark.parametrize("wijziging", ["extra-veld", "datum", "url", "extra-in-kaart"])
def test_schema_wijst_fouten_af(schema_en_data, wijziging):
    schema, data = schema_en_data
    fout = json.loads(json.dumps(data))
    if wijziging == "extra-veld":
        fout["onbekend"] = 1
    elif wijziging == "datum":
        fout["datum"] = "31-05-2024"
    elif wijziging == "url":
        bron = next(b for b in fout["literatuur"] if b["url"])
        bron["url"] = "http://voorbeeld .nl/met spatie"
    else:
        fout["interventies"][0]["kleur"] = "rood"
    assert list(valideerder(schema).iter_errors(fout)), wijziging


def test_schema_markeert_markdown_velden(schema_en_data):
    from macros.uitvoer.exports.opendata import OpenData
    from macros.uitvoer.exports.opendata import _submodel  # the models the JSON holds

    schema, _ = schema_en_data
    gezien = {}

    def loop(model):
        if model.__name__ in gezien:
            return
        gezien[model.__name__] = model
        for info in model.model_fields.values():
            sub = _submodel(info.annotation)
            if sub:
                loop(sub)

    loop(OpenData)
    aantal = 0
    for naam, model in gezien.items():
        props = schema["properties"] if model is OpenData else schema["$defs"][naam]["properties"]
        for veld in model.model_fields:
            gemarkeerd = props[veld].get("contentMediaType") == "text/markdown"
            assert gemarkeerd == is_markdown(model, veld), f"{naam}.{veld}"
            aantal += gemarkeerd
    assert aantal >= 10 and "toelichting" in schema["$defs"]["Factor"]["properties"]
    assert schema["$defs"]["Factor"]["properties"]["toelichting"]["contentMediaType"] == "text/markdown"
    assert "contentMediaType" not in schema["$defs"]["Factor"]["properties"]["naam"]


def test_dcat_catalogus(kennis):
    from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF  # here: pytest inspects module globals

    bestanden = open_data_bestanden(kennis)
    catalogus = f"{BASIS}-catalogus.jsonld"
    basis = "https://voorbeeld.invalid/downloads/open-data/"
    g = rdflib.Graph().parse(data=bestanden[catalogus], format="json-ld", publicID=basis + catalogus)
    datasets = list(g.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == 1
    ds = datasets[0]
    assert (None, DCAT.dataset, ds) in g
    titels = list(g.objects(ds, DCTERMS.title))
    assert titels and all(t.language == "nl" for t in titels)
    assert any(t.language == "nl" and "ondermijnende" in t for t in g.objects(ds, DCTERMS.description))
    uitgever = next(g.objects(ds, DCTERMS.publisher))
    naam = str(next(g.objects(uitgever, FOAF.name)))
    assert "Expertise-unit Sociale Stabiliteit" in naam and "Sociale Zaken en Werkgelegenheid" in naam
    licentie = next(g.objects(ds, DCTERMS.license))
    assert str(licentie) == "http://standaarden.overheid.nl/owms/terms/licentieonbekend"
    assert str(next(g.objects(ds, DCTERMS.modified))) == kennis.uitgave.datum
    distributies = set(g.objects(ds, DCAT.distribution))
    verwacht = {rdflib.URIRef(basis + n) for n in bestanden if n != catalogus}
    assert distributies == verwacht
    for d in distributies:
        assert (d, RDF.type, DCAT.Distribution) in g
        assert next(g.objects(d, DCAT.accessURL)) == d
        mediatype = str(next(g.objects(d, DCAT.mediaType)))
        assert mediatype.endswith("/text/csv" if str(d).endswith(".csv") else "/application/json"), d
        assert str(next(g.objects(d, DCTERMS.modified))) == kennis.uitgave.datum
        naam = str(d).rsplit("/", 1)[1]
        assert int(next(g.objects(d, DCAT.byteSize))) == len(bestanden[naam])


def test_elk_object_in_het_schema_is_gesloten(schema_en_data):
    """The model forbids unknown fields everywhere; the schema says so for every object."""
    schema, _ = schema_en_data
    objecten = {naam: d for naam, d in schema["$defs"].items() if d.get("type") == "object"}
    assert len(objecten) >= 10
    open_ = [naam for naam, d in objecten.items() if d.get("additionalProperties") is not False]
    assert not open_, open_


def test_scheider_komt_niet_in_een_waarde_voor(kennis):
    """A multi-valued CSV cell can only be split back when no single value holds ' | '."""
    data = json.loads(open_data_bestanden(kennis)[f"{BASIS}-open-data.json"])
    fout = []

    def loop(x, pad):
        if isinstance(x, dict):
            for k, v in x.items():
                loop(v, f"{pad}.{k}")
        elif isinstance(x, list):
            for i, v in enumerate(x):
                if isinstance(v, (str, dict)):
                    if isinstance(v, str) and SCHEIDER in v:
                        fout.append(f"{pad}[{i}]")
                    if isinstance(v, dict):
                        for k, w in v.items():
                            if isinstance(w, str) and SCHEIDER in w:
                                fout.append(f"{pad}[{i}].{k}")
                loop(v, f"{pad}[{i}]")

    for soort in ("factoren", "indicatoren", "randvoorwaarden", "interventies", "literatuur"):  # one row per object
        for i, obj in enumerate(data[soort]):
            for veld, w in obj.items():
                if isinstance(w, (list, dict)):
                    loop(w, f"{soort}[{i}].{veld}")
    assert not fout, fout
