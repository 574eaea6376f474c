"""Search words editors keep (data/zoekwoorden.yml, issue 23): validated with file:line:field
(an unknown target through `make check`), put on the entry they belong to, searched with a
lower weight than an entry's own words, never shown; a new word in a temporary copy of the
data leads to its page."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from macros.inhoud.laden import laad_kennis
from macros.zoeken.synoniemen import voeg_toe, zoekwoorden_per_locatie
from macros.zoeken.werker import werker
from tests.unit.test_controle_alles import check, regel_van, vervang
from tests.unit.test_zoekwerker import DRIVER

NODE = shutil.which("node")
ROOT = Path(__file__).resolve().parents[2]


def test_onbekend_doel_meldt_make_check_met_bestand_regel_en_veld(data):
    shutil.copytree(ROOT / "docs", data.parent / "docs")  # pages are checked against docs/
    pad = data / "zoekwoorden.yml"
    vervang(pad, "id: wijkacademie-opvoeden", "id: wijkacademie")
    vervang(pad, "id: hoofdstuk-3/samenwerkingsniveaus.md", "id: hoofdstuk-3/bestaat-niet.md")
    uit = check(data)
    assert uit.returncode != 0
    regel = regel_van(pad, "id: wijkacademie")
    tekst = uit.stdout + uit.stderr
    assert f"data/zoekwoorden.yml:{regel}: zoekwoorden.wijkacademie.id: onbekende interventie 'wijkacademie'; die id bestaat niet" in tekst
    regel = regel_van(pad, "id: hoofdstuk-3/bestaat-niet.md")
    assert f"data/zoekwoorden.yml:{regel}: zoekwoorden.hoofdstuk-3/bestaat-niet.md.id: onbekende pagina 'hoofdstuk-3/bestaat-niet.md'" in tekst


def test_controle_zonder_fout_is_stil(data):
    """Negative control on the same path: the real data passes `make check`."""
    uit = check(data)
    assert uit.returncode == 0, uit.stdout + uit.stderr


def test_onbekende_soort_en_leeg_woord(data):
    pad = data / "zoekwoorden.yml"
    vervang(pad, "naar: stap", "naar: hoofdstuk")
    vervang(pad, "woorden: [plan van aanpak,", "woorden: ['<b>plan</b>',")
    uit = check(data)
    tekst = uit.stdout + uit.stderr
    assert f"data/zoekwoorden.yml:{regel_van(pad, '- naar: hoofdstuk')}: zoekwoorden.stap-5.naar:" in tekst, tekst
    assert f"data/zoekwoorden.yml:{regel_van(pad, 'woorden: [' + chr(39) + '<b>')}: zoekwoorden.stap-5.woorden" in tekst, tekst


def test_woorden_komen_bij_hun_eigen_plek(data):
    kennis = laad_kennis(data)
    per = zoekwoorden_per_locatie(kennis)
    # read independently from data/zoekwoorden.yml: the card and the factor's canonical place
    assert "opvoedcursus" in per["interventies/wijkacademie-opvoeden.html"][0]
    assert "jeugdbende" in per["factoren/gezinsniveau.html#bendelidmaatschap-oudere-broer"][0]
    assert "sleutelpersoon" in per["hoofdstuk-3/index.html#paragraaf-3-1"][0]
    docs = [{"location": "hoofdstuk-3/index.html#paragraaf-3-1", "title": "3.1", "page": "H3", "text": "x"}]
    zonder = voeg_toe(docs, {"hoofdstuk-3/index.html#paragraaf-3-1": (["sleutelpersoon"], True),
                             "hoofdstuk-3/index.html#geen-kop": (["x"], True),
                             "begrippen.html#veerkracht": (["resilience"], False)})
    assert docs[0]["zw"] == "sleutelpersoon"
    assert zonder == ["hoofdstuk-3/index.html#geen-kop", "begrippen.html#veerkracht"]  # no page entry either


def _zoek(tmp_path: Path, docs: list[dict], vragen: list[str]) -> list[dict]:
    if not NODE:
        pytest.fail("node ontbreekt: `make node` installeert het")
    (tmp_path / "w.js").write_bytes(werker()[1])
    (tmp_path / "i.json").write_text(json.dumps({"index": {"config": {}, "docs": docs}, "vragen": vragen}))
    (tmp_path / "d.js").write_text(DRIVER)
    uit = subprocess.run([NODE, str(tmp_path / "d.js"), str(tmp_path / "w.js"), str(tmp_path / "i.json")],
                         capture_output=True, text=True, timeout=120, check=True)
    return json.loads(uit.stdout)[1:1 + len(vragen)]


def test_eigen_woord_gaat_voor_zoekwoord_en_zoekwoord_wordt_nooit_getoond(tmp_path):
    lang = " ".join(["opvoeding in het gezin en de buurt"] * 40)
    docs = [
        # the search word is short and in its own field: it must still rank below a long
        # section that uses the word itself once
        {"location": "a.html#kaart", "title": "Wijkacademie", "page": "Kaarten", "text": "Ouders leren samen.", "zw": "opvoedcursus oudercursus"},
        {"location": "b.html#tekst", "title": "Aanbod", "page": "Hoofdstuk", "text": lang + " een opvoedcursus " + lang},
    ]
    cursus, alleen_zw = _zoek(tmp_path, docs, ["opvoedcursus", "oudercursus"])
    volgorde = [g[0]["location"] for g in cursus["data"]["items"]]
    assert volgorde == ["b.html", "a.html"], volgorde  # pages, each with its sections
    items = alleen_zw["data"]["items"]
    assert [g[0]["location"] for g in items] == ["a.html"]
    kaart = next(d for d in items[0] if d["location"] == "a.html#kaart")
    assert "oudercursus" not in kaart["title"] + kaart["text"]  # a search aid, never content
    assert any(kaart["terms"].values())  # never an empty ?h=: the heading is highlighted
