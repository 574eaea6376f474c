"""Open data read back: JSON round-trips through its model, CSV opens as Dutch Excel expects."""

from __future__ import annotations

import csv
import io
import json

from macros.exports.opendata import OpenData, open_data_bestanden


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
