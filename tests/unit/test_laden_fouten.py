"""macros/inhoud/laden.py, part by part, on small files and small models made here.

What laad_kennis does with a file before the cross-file checks: reading (missing, not UTF-8,
empty, no mapping, each kind of YAML syntax error in Dutch at its line, a duplicate key),
validating (a missing field at the line where it belongs, a partial model that keeps the
valid list items and maps their positions back to the file), which card files are read,
the text checks over every readable file, and the cache. Then the whole: what ``Kennis``
holds, compared with the data files read here with plain ruamel. Expected messages and
lines are literal (counted by hand in the small texts).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Annotated, Union

import pytest
from pydantic import BeforeValidator, Field
from ruamel.yaml import YAML

from macros.inhoud import laden
from macros.inhoud.bestanden import LiteratuurBestand, WijzigingenBestand
from macros.inhoud.fouten import DataFout, DataFouten
from macros.inhoud.laden import _Bestand, _interventiebestanden, _lees_yaml, _tekstfouten, _valideer, laad_kennis, laad_kennis_gecached
from macros.inhoud.model import Id, Strikt, Tekst

ROOT = Path(__file__).resolve().parents[2]


def lees(tmp_path: Path, inhoud: str | bytes) -> tuple[object, list[str]]:
    pad = tmp_path / "x.yml"
    if isinstance(inhoud, bytes):
        pad.write_bytes(inhoud)
    else:
        pad.write_text(inhoud, encoding="utf-8")
    fouten: list[DataFout] = []
    boom = _lees_yaml(pad, "data/x.yml", fouten)
    return boom, [str(f) for f in fouten]


# --- reading -----------------------------------------------------------------------------


def test_goed_bestand_geeft_de_boom(tmp_path):
    boom, fouten = lees(tmp_path, "a: 1\nb: [x]\n")
    assert fouten == [] and boom == {"a": 1, "b": ["x"]}
    assert boom.lc.key("b") == (1, 0)  # ruamel's round-trip tree, with line numbers


def test_ontbrekend_bestand(tmp_path):
    fouten: list[DataFout] = []
    assert _lees_yaml(tmp_path / "weg.yml", "data/weg.yml", fouten) is None
    assert [str(f) for f in fouten] == ["data/weg.yml:1: (bestand): bestand ontbreekt"]


def test_geen_utf8(tmp_path):
    assert lees(tmp_path, "naam: café\n".encode("latin-1")) == (
        None, ["data/x.yml:1: (bestand): bestand is geen UTF-8-tekst; sla het op als UTF-8"])


@pytest.mark.parametrize("inhoud, regel, teken", [
    ("a: 1\nb: x\x07y\n", 2, "U+0007"),
    ("a: 1\nb: |\n  een\n  twee\x0b\n", 4, "U+000B"),  # a vertical tab, as word processors paste it
    ("\x1b[0m: 1\n", 1, "U+001B"),
])
def test_stuurteken_in_het_nederlands_op_de_regel(tmp_path, inhoud, regel, teken):
    # ruamel's ReaderError is no MarkedYAMLError (bug found with these tests: it gave
    # "YAML-fout: unacceptable character #x0007 ..." in English, at line 1)
    assert lees(tmp_path, inhoud) == (None, [
        f"data/x.yml:{regel}: (syntaxis): YAML-syntaxfout: er staat een onzichtbaar stuurteken ({teken}) in de "
        "tekst; verwijder het (het komt vaak mee bij kopiëren uit een tekstverwerker)"
    ])


@pytest.mark.parametrize("inhoud", ["", "# alleen commentaar\n"])
def test_leeg_bestand(tmp_path, inhoud):
    assert lees(tmp_path, inhoud) == (None, ["data/x.yml:1: (bestand): bestand is leeg"])


@pytest.mark.parametrize("inhoud", ["- a\n- b\n", "gewone tekst\n", "12\n"])
def test_bestand_zonder_velden(tmp_path, inhoud):
    assert lees(tmp_path, inhoud) == (None, ["data/x.yml:1: (bestand): bestand moet velden bevatten (sleutel: waarde)"])


SYNTAX = "data/x.yml:{}: (syntaxis): YAML-syntaxfout: {}"


@pytest.mark.parametrize("inhoud, regel, uitleg", [
    ("a: 1\n\tb: 2\n", 2, "er staat een tab-teken; gebruik spaties, geen tabs, voor inspringen"),
    ("a: b: c\n", 1, "hier mag geen dubbele punt staan (staat er een dubbele punt in de tekst? Zet de tekst dan tussen aanhalingstekens)"),
    ("a: 1\nb\nc: 2\n", 3, "hier wordt een dubbele punt verwacht (controleer inspringing en dubbele punten)"),
    ("a:\n  - 1\n b: 2\n", 3, "de inspringing klopt niet (controleer spaties aan het begin van de regel)"),
    ("a: 1\n- b\n", 2, "de inspringing klopt niet (controleer spaties aan het begin van de regel)"),
    ("a: 1\nb: *onbekend\n", 2, "onbekende verwijzing met * (zet tekst die met * begint tussen aanhalingstekens)"),
    ('a: 1\nb: "open\n', 3, "het bestand houdt midden in een waarde op (ontbreekt een sluitend aanhalingsteken?)"),
    ('a: 1\nb: "\\q"\n', 2, "onbekende code na een backslash (\\) in tekst tussen dubbele aanhalingstekens"),
    ("a: 1\nb: [1, 2\nc: 3\n", 3, "een lijst tussen [ ] is niet goed afgesloten"),
    ("a: 1\nb: {c: 1\nd: 2\n", 3, "een groep tussen { } is niet goed afgesloten"),
    ('a: "x\n---\n"\n', 2, "een aanhalingsteken wordt niet afgesloten"),
    ("a: 1\nb: @x\n", 2, "een waarde mag niet met @ beginnen; zet de tekst tussen aanhalingstekens"),
    ("a: 1\nb: `x\n", 2, "een waarde mag niet met ` beginnen; zet de tekst tussen aanhalingstekens"),
    # no Dutch explanation for these: the general one
    ("a: 1\n%TAG !x! y\n", 3, "YAML kan deze regel niet lezen (controleer inspringing, dubbele punten en aanhalingstekens)"),
    ("a: !<x y\n", 1, "YAML kan deze regel niet lezen (controleer inspringing, dubbele punten en aanhalingstekens)"),
])
def test_yaml_syntaxfout_in_het_nederlands_op_de_regel(tmp_path, inhoud, regel, uitleg):
    assert lees(tmp_path, inhoud) == (None, [SYNTAX.format(regel, uitleg)])


@pytest.mark.parametrize("inhoud, regel, sleutel", [
    ("a: 1\nb: 2\na: 3\n", 3, "a"),
    ("a:\n  x: 1\n  x: 2\n", 3, "x"),
    ('"": 1\n"": 2\n', 2, "(sleutel)"),  # an empty key
    ("- a\n- {b: 1, b: 2}\n", 2, "b"),  # in a list: reported as a duplicate, not as "no fields"
])
def test_dubbele_sleutel_noemt_de_sleutel(tmp_path, inhoud, regel, sleutel):
    assert lees(tmp_path, inhoud) == (None, [f"data/x.yml:{regel}: {sleutel}: deze sleutel komt twee keer voor; verwijder er een"])


# --- validating --------------------------------------------------------------------------


class Item(Strikt):
    id: Id
    naam: Tekst


class Klein(Strikt):
    titel: Tekst
    items: list[Item] = []
    andere: list[Item] = []


def valideer(tekst: str, model=Klein) -> tuple[_Bestand, list[str]]:
    bestand = _Bestand("data/k.yml", YAML(typ="rt").load(tekst), model)
    fouten: list[DataFout] = []
    _valideer(bestand, model, fouten)
    return bestand, [str(f) for f in fouten]


def test_geldig_bestand_heeft_een_volledig_model():
    b, fouten = valideer("titel: T\nitems:\n  - id: a\n    naam: A\n")
    assert fouten == [] and b.volledig and b.indexkaart == {}
    assert b.model == Klein(titel="T", items=[Item(id="a", naam="A")])


def test_ontbrekend_veld_op_de_regel_waar_het_hoort():
    # titel belongs before 'items' (line 3), not at the start of the file (line 1)
    b, fouten = valideer("# kop\n\nitems: []\n")
    assert fouten == ["data/k.yml:3: titel: verplicht veld ontbreekt"]
    # in a list item: before 'naam' (line 4) of the second item
    b, fouten = valideer("titel: T\nitems:\n  - {id: a, naam: A}\n  - naam: B\n")
    assert fouten == ["data/k.yml:4: items.2.id: verplicht veld ontbreekt"]


def test_deels_geldig_bestand_houdt_de_goede_items():
    tekst = (
        "titel: T\n"          # 1
        "items:\n"            # 2
        "  - id: a\n"         # 3
        "    naam: A\n"       # 4
        "  - id: B B\n"       # 5  invalid id
        "    naam: B\n"       # 6
        "  - id: c\n"         # 7
        "    naam: C\n"       # 8
        "andere:\n"           # 9
        "  - id: d\n"         # 10  missing naam
        "  - id: e\n"         # 11
        "    naam: E\n"       # 12
        "onbekend: 1\n"       # 13
    )
    b, fouten = valideer(tekst)
    assert fouten == [
        "data/k.yml:5: items.B B.id: ongeldige waarde 'B B': gebruik alleen kleine letters, cijfers en losse streepjes, bijv. 'mijn-kaart'",
        "data/k.yml:11: andere.d.naam: verplicht veld ontbreekt",
        "data/k.yml:13: onbekend: onbekend veld (controleer de spelling); toegestaan zijn: titel, items, andere",
    ]
    assert b.volledig is False
    assert [i.id for i in b.model.items] == ["a", "c"] and [i.id for i in b.model.andere] == ["e"]
    assert b.indexkaart == {"items": [0, 2], "andere": [1]}
    # an error found later at a model position is reported at the item's place in the file
    assert str(b.fout(("items", 1, "naam"), "m")) == "data/k.yml:8: items.c.naam: m"
    assert str(b.fout(("andere", 0, "id"), "m")) == "data/k.yml:11: andere.e.id: m"
    assert str(b.fout(("titel",), "m")) == "data/k.yml:1: titel: m"
    assert str(b.fout(("items",), "m")) == "data/k.yml:2: items: m"  # the list itself


def test_lijstitem_dat_geen_mapping_is_valt_weg():
    b, fouten = valideer("titel: T\nitems:\n  - gewone tekst\n  - {id: a, naam: A}\n")
    assert fouten == ["data/k.yml:3: items.1: moet een groep velden zijn (sleutel: waarde), niet een losse waarde"]
    assert [i.id for i in b.model.items] == ["a"] and b.indexkaart == {"items": [1]} and b.volledig is False


class KleinMin(Strikt):
    titel: Tekst
    items: list[Item] = Field(min_length=1)


def test_deelmodel_dat_zelf_ongeldig_is_geeft_geen_model():
    # the only item is invalid: without it the list is too short, so nothing is kept
    b, fouten = valideer("titel: T\nitems:\n  - id: a\n", KleinMin)
    assert fouten == ["data/k.yml:4: items.a.naam: verplicht veld ontbreekt"]
    assert b.model is None and b.volledig and b.indexkaart == {}


def test_alleen_onbekende_sleutel_bovenaan_geeft_een_deels_model():
    b, fouten = valideer("titel: T\ntietel: U\n")
    assert fouten == ["data/k.yml:2: tietel: onbekend veld (controleer de spelling); toegestaan zijn: titel, items, andere"]
    assert b.model == Klein(titel="T") and b.volledig is False and b.indexkaart == {}


@pytest.mark.parametrize("tekst", [
    "titel: 12\nitems: []\n",                              # a field that is no list item
    "titel: T\nitems: geen lijst\n",                        # a list that is no list
    "titel: T\nitems: [{id: a, naam: A}]\ntitel2: x\nandere: 5\n",
])
def test_fout_buiten_een_lijstitem_geeft_geen_model(tekst):
    b, fouten = valideer(tekst)
    assert fouten and b.model is None


def test_fout_achter_een_validator_staat_op_het_echte_veld():
    # Wijziging turns a plain line into {tekst: ...} before validation; pydantic then puts
    # the validator's name in the error's location, which is not a key of the file
    tekst = (
        "versies:\n"
        '  - versie: "1"\n'
        '    datum: "2024-01-01"\n'
        "    wijzigingen:\n"
        "      - gewone regel\n"
        "      - tekst: x\n"
        "        kaart: Geen Id\n"
    )
    b, fouten = valideer(tekst, WijzigingenBestand)
    assert fouten == [
        "data/k.yml:7: versies.1.wijzigingen.2.kaart: ongeldige waarde 'Geen Id': gebruik alleen kleine letters, "
        "cijfers en losse streepjes, bijv. 'mijn-kaart'"
    ]


def _zelfde(v):
    return v


class MetValidator(Strikt):
    waarde: Union[int, Annotated[str, BeforeValidator(_zelfde)]]


def test_fout_in_een_unie_met_validator_staat_op_het_veld():
    # pydantic names each member of a union in the location; a member with a validator as
    # 'function-before[...]', which is no key of the file: the error is at 'waarde' itself
    b, fouten = valideer("# kop\nwaarde: [1]\n", MetValidator)
    assert "data/k.yml:2: waarde: moet tekst zijn, niet '[1]' (zet de waarde tussen aanhalingstekens)" in fouten
    assert b.model is None


# --- which card files ---------------------------------------------------------------------


def test_interventiebestanden_yml_en_yaml_op_volgorde(tmp_path):
    kaarten = tmp_path / "interventies"
    kaarten.mkdir()
    for naam in ("b.yml", "a.yaml", "c.txt", "LEESMIJ", "d.yml.bak"):
        (kaarten / naam).write_text("", encoding="utf-8")
    assert [p.name for p in _interventiebestanden(tmp_path)] == ["a.yaml", "b.yml"]
    assert list(_interventiebestanden(tmp_path / "nergens")) == []


# --- text checks over every readable file -------------------------------------------------

LITERATUUR = (
    "bronnen:\n"
    "  - id: dijk-2018\n"
    '    auteurs: ["Dijk"]\n'
    "    jaar: 2018\n"
    '    citaat: "Dijk (2018). Titel."\n'
    "    soort: publicatie\n"
    "  - id: gill-2015\n"
    '    auteurs: ["Gill", 7]\n'       # invalid: a number as author
    "    jaar: 2015\n"
    '    citaat: "Gill (2015). Titel."\n'
    "    soort: publicatie\n"
    '    ook_geciteerd_als: ["Gill 2016", "Gill", 12]\n'
    "  - id: geen-jaar\n"
    '    auteurs: ["Bos"]\n'
    "    jaar: onbekend\n"                 # invalid
    '    citaat: "Bos (z.j.)."\n'
    "    soort: publicatie\n"
    "  - auteurs: [Zonder]\n"             # no id at all
    "    jaar: 2001\n"
    "  - gewone tekst\n"
    'niet_in_lijst: ["Kort 2010"]\n'
)


def literatuur(tekst: str = LITERATUUR) -> _Bestand:
    b = _Bestand("data/literatuur.yml", YAML(typ="rt").load(tekst), LiteratuurBestand)
    _valideer(b, LiteratuurBestand, [])
    return b


def kleine(tekst: str) -> _Bestand:
    return _Bestand("data/k.yml", YAML(typ="rt").load(tekst), Klein)


def test_citaten_ook_naar_bronnen_die_elders_ongeldig_zijn():
    lit = literatuur()
    assert [x.id for x in lit.model.bronnen] == ["dijk-2018"] and lit.volledig is False
    k = kleine(
        "titel: (Dijk, 2018) en (Gill, 2015) en Gill (2016) en (Kort, 2010)\n"   # all known
        "items:\n"
        "  - id: a\n"
        "    naam: (Bos, 2003) en (Zonder, 2001) en (Gill, 2012)\n"
    )
    melding = ("bronvermelding '{}' staat niet in de literatuurlijst; voeg de bron toe aan data/literatuur.yml "
               "(of, als het brondocument haar zonder bron noemt, aan niet_in_lijst daar)")
    # Bos has no valid year, the entry without id is no reference, Gill 2012 is no form of gill-2015
    assert sorted(str(f) for f in _tekstfouten([k], lit)) == [
        "data/k.yml:4: items.a.naam: " + melding.format("Bos, 2003"),
        "data/k.yml:4: items.a.naam: " + melding.format("Gill, 2012"),
        "data/k.yml:4: items.a.naam: " + melding.format("Zonder, 2001"),
    ]


def test_opmaak_in_elk_leesbaar_bestand_en_citaten_alleen_met_literatuur(monkeypatch):
    lit = literatuur()
    a = kleine("titel: <b>T</b>\n")
    b = kleine("titel: (Onbekend, 1999)\n")
    leeg = _Bestand("data/leeg.yml", None, Klein)  # unreadable: skipped
    opmaak = ("opmaakcode '<b>T</b>…' is hier niet toegestaan: dit veld is gewone tekst en wordt precies zo "
              "getoond; haal de code weg (schrijf bijv. 'kleiner dan' in plaats van '<')")
    citaat = ("bronvermelding 'Onbekend, 1999' staat niet in de literatuurlijst; voeg de bron toe aan "
              "data/literatuur.yml (of, als het brondocument haar zonder bron noemt, aan niet_in_lijst daar)")
    assert [str(f) for f in _tekstfouten([a, leeg, b], lit)] == [f"data/k.yml:1: titel: {opmaak}", f"data/k.yml:1: titel: {citaat}"]
    # literatuur.yml without a model: no citation check, markup still checked
    kapot = _Bestand("data/literatuur.yml", YAML(typ="rt").load("bronnen: 5\n"), LiteratuurBestand)
    _valideer(kapot, LiteratuurBestand, [])
    assert kapot.model is None
    assert [str(f) for f in _tekstfouten([a, b], kapot)] == [f"data/k.yml:1: titel: {opmaak}"]
    # switched off (only tests do that): no markup check, citations still
    monkeypatch.setattr(laden, "OPMAAK_CONTROLEREN", False)
    assert [str(f) for f in _tekstfouten([a, b], lit)] == [f"data/k.yml:1: titel: {citaat}"]


def test_geldige_literatuur_zonder_ongeldige_bronnen():
    lit = literatuur(LITERATUUR.split("  - id: gill-2015\n")[0] + 'niet_in_lijst: []\n')
    assert lit.volledig is True
    k = kleine("titel: (Dijk, 2018)\nitems:\n  - id: a\n    naam: (Gill, 2015)\n")
    assert [f.regel for f in _tekstfouten([k], lit)] == [4]


# --- the cache ---------------------------------------------------------------------------


def test_cache_laadt_opnieuw_alleen_na_een_wijziging(tmp_path, monkeypatch):
    geladen = []

    def nep(pad):
        geladen.append(Path(pad))
        return object()

    monkeypatch.setattr(laden, "laad_kennis", nep)
    monkeypatch.setattr(laden, "_cache", {})
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    (data / "a.yml").write_text("a: 1\n", encoding="utf-8")
    (data / "sub" / "b.yaml").write_text("b: 1\n", encoding="utf-8")
    eerste = laad_kennis_gecached(data)
    assert laad_kennis_gecached(data) is eerste
    monkeypatch.chdir(tmp_path)
    assert laad_kennis_gecached("data") is eerste  # the same folder, named relatively
    assert geladen == [data.resolve()]
    (data / "sub" / "b.yaml").write_text("b: 12\n", encoding="utf-8")  # another size
    tweede = laad_kennis_gecached(data)
    assert tweede is not eerste and len(geladen) == 2
    (data / "c.txt").write_text("geen data\n", encoding="utf-8")  # not a data file
    assert laad_kennis_gecached(data) is tweede
    (data / "d.yml").write_text("", encoding="utf-8")  # a new data file
    assert laad_kennis_gecached(data) is not tweede and len(geladen) == 3


def test_cache_ziet_een_hernoemd_bestand(tmp_path, monkeypatch):
    # a renamed card keeps its time and size, but its name is what the id is checked against
    teller = iter(range(100))
    monkeypatch.setattr(laden, "laad_kennis", lambda pad: next(teller))
    monkeypatch.setattr(laden, "_cache", {})
    (tmp_path / "buurtvaders.yml").write_text("id: buurtvaders\n", encoding="utf-8")
    assert laad_kennis_gecached(tmp_path) == 0
    (tmp_path / "buurtvaders.yml").rename(tmp_path / "buurtmoeders.yml")
    assert laad_kennis_gecached(tmp_path) == 1


def test_cache_per_map(tmp_path, monkeypatch):
    monkeypatch.setattr(laden, "laad_kennis", lambda pad: str(pad))
    monkeypatch.setattr(laden, "_cache", {})
    for naam in ("een", "twee"):
        (tmp_path / naam).mkdir()
        (tmp_path / naam / "a.yml").write_text("a: 1\n", encoding="utf-8")
    assert laad_kennis_gecached(tmp_path / "een") == str((tmp_path / "een").resolve())
    assert laad_kennis_gecached(tmp_path / "twee") == str((tmp_path / "twee").resolve())
    assert laad_kennis_gecached(tmp_path / "een") == str((tmp_path / "een").resolve())


def test_cache_ziet_een_nieuwe_tijd(tmp_path, monkeypatch):
    teller = iter(range(100))
    monkeypatch.setattr(laden, "laad_kennis", lambda pad: next(teller))
    monkeypatch.setattr(laden, "_cache", {})
    (tmp_path / "a.yml").write_text("a: 1\n", encoding="utf-8")
    assert laad_kennis_gecached(tmp_path) == 0
    st = (tmp_path / "a.yml").stat()
    os.utime(tmp_path / "a.yml", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # same size, newer
    assert laad_kennis_gecached(tmp_path) == 1


# --- the whole: laad_kennis ---------------------------------------------------------------


def _ruw(naam: str):
    return YAML(typ="safe").load((ROOT / "data" / naam).read_text(encoding="utf-8"))


def test_kennis_bevat_elk_bestand(kennis):
    ids = lambda xs: [x.id for x in xs]  # noqa: E731
    assert ids(kennis.factoren) == [x["id"] for x in _ruw("factoren.yml")["factoren"]]
    assert ids(kennis.indicatoren) == [x["id"] for x in _ruw("indicatoren.yml")["indicatoren"]]
    assert ids(kennis.randvoorwaarden) == [x["id"] for x in _ruw("samenwerking.yml")["randvoorwaarden"]]
    assert ids(kennis.samenwerkingslijsten) == [x["id"] for x in _ruw("samenwerking.yml")["lijsten"]]
    assert ids(kennis.gemeenschapslijsten) == [x["id"] for x in _ruw("gemeenschap.yml")["lijsten"] + _ruw("opgroeicontext.yml")["lijsten"]]
    assert [s.id for s in kennis.hulpvragen.stappen] == [x["id"] for x in _ruw("hulpvragen.yml")["stappen"]]
    assert ids(kennis.bronnen) == [x["id"] for x in _ruw("literatuur.yml")["bronnen"]]
    assert ids(kennis.begrippen) == [x["id"] for x in _ruw("begrippen.yml")["begrippen"]]
    assert ids(kennis.figuren) == [x["id"] for x in _ruw("figuren.yml")["figuren"]]
    assert ids(kennis.letop) == [x["id"] for x in _ruw("letop.yml")["letop"]]
    assert (kennis.uitgave.versie, kennis.uitgave.datum) == (_ruw("uitgave.yml")["versie"], _ruw("uitgave.yml")["datum"])
    assert [v.versie for v in kennis.versies] == [x["versie"] for x in _ruw("wijzigingen.yml")["versies"]]
    assert [s.stap for s in kennis.koppelingen.stappen] == [x["stap"] for x in _ruw("koppelingen.yml")["stappen"]]
    assert len(kennis.zoekwoorden) == len(_ruw("zoekwoorden.yml")["zoekwoorden"])
    assert kennis.hernoemd.kaarten == _ruw("hernoemd.yml")["kaarten"]
    assert kennis.gepubliceerd.vragen == _ruw("gepubliceerde-ids.yml")["vragen"]


def test_kaarten_op_volgorde(kennis):
    """Cards in the order of their volgorde, read from the card files with plain ruamel (an
    editor may add a card: tests/site/test_kaart_toevoegen.py runs this suite with one more)."""
    kaarten = [YAML(typ="safe").load(p.read_text(encoding="utf-8")) for p in (ROOT / "data" / "interventies").glob("*.yml")]
    assert [k.id for k in kennis.interventies] == [k["id"] for k in sorted(kaarten, key=lambda k: k["volgorde"])]
    # the seven cards of the source keep their places 1-7
    assert [k.id for k in kennis.interventies][:7] == [
        "communities-that-care", "multi-level-approach", "buurtvaders", "ouders-van-tegendraadse-jeugd",
        "weerbaar-opvoeden-tegen-radicalisering", "de-vreedzame-wijk", "wijkacademie-opvoeden",
    ]


def test_geen_kaarten_en_andere_weergavenaam(tmp_path):
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    for kaart in (data / "interventies").iterdir():
        kaart.unlink()
    with pytest.raises(DataFouten) as e:
        laad_kennis(data, weergave="gegevens")
    meldingen = [str(f) for f in e.value.fouten]
    assert "gegevens/interventies/:1: (map): geen interventiekaarten gevonden" in meldingen
    assert all(m.startswith("gegevens/") for m in meldingen)



def test_zoekwoorden_naar_paginas_in_de_docs_naast_de_data(tmp_path):
    # laad_kennis checks page links against docs/ beside data/ (here: the real docs)
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    (tmp_path / "docs").symlink_to(ROOT / "docs", target_is_directory=True)
    pad = data / "zoekwoorden.yml"
    tekst = pad.read_text(encoding="utf-8")
    regel = tekst.count("\n") + 2
    pad.write_text(tekst + "  - naar: pagina\n    id: bestaat-niet.md\n    woorden: [iets]\n    herkomst: vaktaal\n", encoding="utf-8")
    with pytest.raises(DataFouten) as e:
        laad_kennis(data)
    (m,) = [str(f) for f in e.value.fouten]
    assert m.startswith(f"data/zoekwoorden.yml:{regel}: zoekwoorden.")
    assert m.endswith(".id: onbekende pagina 'bestaat-niet.md'; die staat niet in docs/")
