"""Editor guide: the field reference covers every field, and the templates validate."""

from __future__ import annotations

import shutil
from pathlib import Path

from macros.inhoud.laden import laad_kennis
from macros.weergave.schema_doc import alle_modellen, schema_per_bestand
from macros.inhoud.schema_uitleg import UITLEG

ROOT = Path(__file__).resolve().parents[2]


def test_elk_veld_heeft_uitleg_en_geen_uitleg_is_verweesd():
    velden = {f"{m.__name__}.{n}" for m in alle_modellen() for n in m.model_fields}
    assert velden - set(UITLEG) == set(), "velden zonder uitleg in macros/inhoud/schema_uitleg.py"
    assert set(UITLEG) - velden == set(), "uitleg bij velden die niet meer bestaan"


def test_schema_noemt_elk_databestand_en_toegestane_waarden():
    bestanden = dict(schema_per_bestand())
    assert "data/interventies/<id>.yml" in bestanden
    factor = dict(bestanden["data/factoren.yml"])["Factor"]
    bewijs = next(v for v in factor if v.naam == "bewijs")
    assert bewijs.verplicht and bewijs.soort == "een van: kwantitatief, kwalitatief, niet-vastgesteld"
    toelichting = next(v for v in factor if v.naam == "reikwijdte_toelichting")
    assert not toelichting.verplicht


def _plak(data: Path, bestand: str, na: str, sjabloon: str, id_: str) -> None:
    blok = "\n".join(r for r in (ROOT / "sjablonen" / sjabloon).read_text(encoding="utf-8").splitlines() if not r.startswith("#"))
    pad = data / bestand
    tekst = pad.read_text(encoding="utf-8")
    tekst = tekst.replace(na, na + blok.replace("VUL-ID-IN", id_).rstrip("\n") + "\n", 1)
    pad.write_text(tekst, encoding="utf-8")


def test_sjablonen_zijn_geldig_na_invullen_van_de_id(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    kaart = (ROOT / "sjablonen" / "interventie.yml").read_text(encoding="utf-8").replace("VUL-ID-IN", "proefkaart")
    kaart = kaart.replace("volgorde: 8", "volgorde: 99")
    (data / "interventies" / "proefkaart.yml").write_text(kaart, encoding="utf-8")
    _plak(data, "factoren.yml", "factoren:\n", "factor.yml", "proeffactor")
    _plak(data, "literatuur.yml", "bronnen:\n", "bron.yml", "proef-2025")
    _plak(data, "begrippen.yml", "begrippen:\n", "begrip.yml", "proefbegrip")
    hv = data / "hulpvragen.yml"
    tekst = hv.read_text(encoding="utf-8")
    eerste = tekst.index("vragen:\n") + len("vragen:\n")
    blok = "\n".join(r for r in (ROOT / "sjablonen" / "hulpvraag.yml").read_text(encoding="utf-8").splitlines() if not r.startswith("#"))
    inspring = len(tekst[eerste:].splitlines()[0]) - len(tekst[eerste:].splitlines()[0].lstrip())
    blok = "\n".join(" " * (inspring - 10) + r if r.strip() else r for r in blok.replace("VUL-ID-IN", "proefvraag").splitlines())
    hv.write_text(tekst[:eerste] + blok + "\n" + tekst[eerste:], encoding="utf-8")

    k = laad_kennis(data)
    assert k.interventie("proefkaart").naam == "Naam van de interventie"
    assert k.factor("proeffactor").bewijs == "niet-vastgesteld"
    assert k.bron("proef-2025").jaar == 2025
    assert k.begrip("proefbegrip").term == "Begrip"
    assert "proefvraag" in {v.id for s in k.hulpvragen.stappen for v in s.vragen}
