"""Loading and validating data/: good data loads, each error class is reported in Dutch
with file, line and field, and all errors of one run come together."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from macros.inhoud.fouten import DataFouten
from macros.inhoud.laden import laad_kennis

ROOT = Path(__file__).resolve().parents[2]


def vervang(pad: Path, oud: str, nieuw: str, aantal: int = 1) -> int:
    """Replace text in a data file; return the 1-based line where the change starts."""
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, f"{oud!r} niet gevonden in {pad.name}"
    regel = tekst[: tekst.index(oud)].count("\n") + 1
    pad.write_text(tekst.replace(oud, nieuw, aantal), encoding="utf-8")
    return regel


def fouten(data: Path) -> list[str]:
    with pytest.raises(DataFouten) as e:
        laad_kennis(data)
    return [str(f) for f in e.value.fouten]


def test_echte_data_is_geldig(kennis):
    assert kennis.factoren and kennis.interventies and kennis.hulpvragen.stappen


def test_yaml_syntaxfout_noemt_bestand_en_regel(data):
    kaart = data / "interventies" / "buurtvaders.yml"
    regel = vervang(kaart, 'naam: "Buurtvaders"', 'naam: "Buurtvaders\n  kapot: [')
    meldingen = fouten(data)
    assert len(meldingen) == 1
    m = meldingen[0]
    assert m.startswith("data/interventies/buurtvaders.yml:")
    gemeld = int(m.split(":")[1])
    assert regel <= gemeld <= regel + 3
    assert "YAML-syntaxfout" in m


def test_ontbrekend_verplicht_veld(data):
    kaart = data / "interventies" / "buurtvaders.yml"
    tekst = kaart.read_text(encoding="utf-8")
    regel = next(i for i, r in enumerate(tekst.splitlines(), 1) if r.startswith("doelgroep:"))
    kaart.write_text("\n".join(r for r in tekst.splitlines() if not r.startswith("doelgroep:")) + "\n", encoding="utf-8")
    meldingen = fouten(data)
    # reported where the field belongs (before the next field of the schema), not line 1
    assert meldingen == [f"data/interventies/buurtvaders.yml:{regel}: doelgroep: verplicht veld ontbreekt"]
    assert regel > 1


def test_onbekend_veld_met_toegestane_velden(data):
    regel = vervang(data / "factoren.yml", "    soort: risico\n", "    soort: risico\n    sort: risico\n")
    (m,) = fouten(data)
    assert m.startswith(f"data/factoren.yml:{regel + 1}: factoren.")
    assert ".sort: onbekend veld" in m
    assert "toegestaan zijn: id, naam, niveau, soort" in m


def test_waarde_buiten_toegestane_lijst(data):
    regel = vervang(data / "factoren.yml", "    bewijs: kwalitatief", "    bewijs: sterk")
    (m,) = fouten(data)
    assert m.startswith(f"data/factoren.yml:{regel}: factoren.")
    assert m.endswith("bewijs: waarde 'sterk' is niet toegestaan; kies uit: kwantitatief, kwalitatief, niet-vastgesteld")


def test_dubbele_id(data):
    pad = data / "indicatoren.yml"
    tekst = pad.read_text(encoding="utf-8")
    ids = re.findall(r"^  - id: (\S+)$", tekst, re.M)
    regel = vervang(pad, f"  - id: {ids[1]}\n", f"  - id: {ids[0]}\n")
    meldingen = fouten(data)
    dubbel = [m for m in meldingen if "komt al voor" in m]
    assert dubbel and dubbel[0].startswith(f"data/indicatoren.yml:{regel}: indicatoren.{ids[0]}.id: indicator-id '{ids[0]}' komt al voor")


def test_onbekende_verwijzing(data):
    pad = data / "factoren.yml"
    tekst = pad.read_text(encoding="utf-8")
    eerste = re.search(r"^    bronnen: \[([a-z0-9-]+)", tekst, re.M)
    regel = vervang(pad, eerste.group(0), "    bronnen: [bestaat-niet-1999")
    (m,) = fouten(data)
    assert m.startswith(f"data/factoren.yml:{regel}: factoren.")
    assert ".bronnen.1: onbekende bron (data/literatuur.yml) 'bestaat-niet-1999'" in m


def test_dubbele_sleutel(data):
    kaart = data / "interventies" / "buurtvaders.yml"
    regel = vervang(kaart, "volgorde: 3\n", "volgorde: 3\nvolgorde: 4\n")
    (m,) = fouten(data)
    assert m.startswith(f"data/interventies/buurtvaders.yml:{regel + 1}: volgorde: ")
    assert "twee keer" in m


def test_id_moet_bestandsnaam_zijn(data):
    kaart = data / "interventies" / "buurtvaders.yml"
    kaart.rename(kaart.with_name("buurtmoeders.yml"))
    (m,) = fouten(data)
    assert m.startswith("data/interventies/buurtmoeders.yml:1: id: id 'buurtvaders' moet gelijk zijn aan de bestandsnaam")


def test_nee_blijft_tekst_en_getal_is_geen_tekst(data):
    # YAML 1.2: "nee"/"NO" stay strings; a bare number in a text field is an error.
    regel = vervang(data / "interventies" / "buurtvaders.yml", 'naam: "Buurtvaders"', "naam: 1234")
    (m,) = fouten(data)
    assert m == f"data/interventies/buurtvaders.yml:{regel}: naam: moet tekst zijn, niet '1234' (zet de waarde tussen aanhalingstekens)"


def test_alle_fouten_van_alle_bestanden_samen(data):
    vervang(data / "factoren.yml", "    bewijs: kwalitatief", "    bewijs: sterk")
    vervang(data / "interventies" / "buurtvaders.yml", "volgorde: 3\n", "volgorde: 3\nkleur: rood\n")
    vervang(data / "hulpvragen.yml", "titel:", "tietel:")
    meldingen = fouten(data)
    bestanden = {m.split(":")[0] for m in meldingen}
    assert bestanden == {"data/factoren.yml", "data/interventies/buurtvaders.yml", "data/hulpvragen.yml"}
    assert len(meldingen) >= 4  # hulpvragen: unknown 'tietel' and missing 'titel'


def test_ontbrekend_bestand(data):
    (data / "begrippen.yml").unlink()
    assert fouten(data) == ["data/begrippen.yml:1: (bestand): bestand ontbreekt"]


def test_ongeldige_id_schrijfwijze(data):
    regel = vervang(data / "interventies" / "buurtvaders.yml", "id: buurtvaders", "id: Buurt Vaders")
    meldingen = fouten(data)
    assert any(m.startswith(f"data/interventies/buurtvaders.yml:{regel}: id: ongeldige waarde 'Buurt Vaders'") for m in meldingen)
