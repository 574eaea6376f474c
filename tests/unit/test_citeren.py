"""Citing (issue 22), without a build: the APA line, the meta tags, the JSON-LD escaping,
and `make check` on the new data fields (a change naming an unknown card; markup in the
knowledge document's title or an author's name). Expected strings are written out here
from APA 7's rules and data/uitgave.yml, not computed by the code under test.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from macros.inhoud.model import Auteur
from macros.weergave import citeren

ROOT = Path(__file__).resolve().parents[2]

DOC = citeren.Document(
    titel="Samen Weerbaar", ondertitel="Kennisdocument", uitgever="ESS",
    auteurs=(Auteur(achternaam="Adjiembaks", voorletters="S.D."), Auteur(achternaam="Noor", voorletters="S.")),
    jaar=2024, datum="2024-05-31", versie="2024.05-1",
)


def test_apa_regel_van_de_home_en_van_een_pagina():
    home = citeren.citeerregel(DOC, None, "2026-12-07", "https://example.org/index.html")
    assert home.tekst == ("Adjiembaks, S. D., & Noor, S. (2024). Samen Weerbaar: Kennisdocument (inhoudsversie 2024.05-1). "
                          "ESS. Geraadpleegd op 7 december 2026, van https://example.org/index.html")
    assert home.cursief == "Samen Weerbaar: Kennisdocument"
    kaart = citeren.citeerregel(DOC, "Buurtvaders", "2026-01-02", None)
    assert kaart.tekst == ("Adjiembaks, S. D., & Noor, S. (2024). Buurtvaders. In Samen Weerbaar: Kennisdocument "
                           "(inhoudsversie 2024.05-1). ESS. Geraadpleegd op 2 januari 2026")


def test_zonder_jaar_zd_en_een_auteur_zonder_ampersand():
    from dataclasses import replace

    regel = citeren.citeerregel(replace(DOC, jaar=None, auteurs=DOC.auteurs[:1]), "Vraag?", "2026-12-07", None)
    assert regel.tekst.startswith("Adjiembaks, S. D. (z.d.). Vraag? In ")


def test_meta_tags_noemen_titel_auteurs_datum_en_het_document():
    home = dict(citeren.meta_tags(DOC, None, "downloads/x.pdf", None))
    assert home["citation_title"] == "Samen Weerbaar: Kennisdocument"
    assert home["citation_publication_date"] == "2024/05/31" and home["DC.date"] == "2024-05-31"
    assert home["citation_technical_report_institution"] == "ESS" and home["citation_pdf_url"] == "downloads/x.pdf"
    tags = citeren.meta_tags(DOC, "Buurtvaders", None, "https://example.org/b.html")
    assert [w for n, w in tags if n == "citation_author"] == ["Adjiembaks, S.D.", "Noor, S."]
    assert [w for n, w in tags if n == "DC.creator"] == ["Adjiembaks, S.D.", "Noor, S."]
    assert dict(tags)["citation_inbook_title"] == "Samen Weerbaar: Kennisdocument"
    assert "citation_pdf_url" not in dict(tags) and dict(tags)["DC.identifier"] == "https://example.org/b.html"


def test_json_ld_kan_het_scriptelement_niet_sluiten():
    from dataclasses import replace

    doc = replace(DOC, titel="</script><script>swx()</script>")
    tekst = str(citeren.json_ld_veilig(citeren.json_ld(doc, None, None)))
    assert "<" not in tekst and ">" not in tekst and "&" not in tekst
    assert json.loads(tekst)["name"] == "</script><script>swx()</script>"  # the value itself is kept
    assert json.loads(tekst)["@type"] == "Report"


def test_citeerblok_ontsnapt_de_tekst():
    regel = citeren.citeerregel(DOC, "<b>x</b>", "2026-12-07", None)
    blok = str(citeren.citeerblok(regel, "downloads.html#literatuur", geheel=False))
    assert "<b>x</b>" not in blok and "&lt;b&gt;x&lt;/b&gt;" in blok
    assert 'role="status"' in blok and "hidden" in blok  # the button waits for the script


def _data_kopie(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    return data


def _check(data: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "macros.koppeling.controleer", str(data)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def _wijziging_voor(data: Path, kaart: str) -> int:
    """Adds a change naming ``kaart`` to the newest version; returns the line of ``kaart:``."""
    pad = data / "wijzigingen.yml"
    tekst = pad.read_text(encoding="utf-8")
    toevoeging = f'      - tekst: "De link is bijgewerkt."\n        kaart: {kaart}\n'
    pad.write_text(tekst.rstrip("\n") + "\n" + toevoeging, encoding="utf-8")
    return len(tekst.rstrip("\n").splitlines()) + 2


def test_check_kent_een_bestaande_kaart(tmp_path):
    data = _data_kopie(tmp_path)
    _wijziging_voor(data, "buurtvaders")
    uit = _check(data)
    assert uit.returncode == 0, uit.stderr


def test_check_meldt_een_onbekende_kaart_met_bestand_regel_en_veld(tmp_path):
    data = _data_kopie(tmp_path)
    regel = _wijziging_voor(data, "buurtvader")
    uit = _check(data)
    assert uit.returncode == 1
    assert re.search(rf"/data/wijzigingen\.yml:{regel}: versies\.\d+\.wijzigingen\.\d+\.kaart: onbekende interventiekaart 'buurtvader'",
                     uit.stderr), uit.stderr


@pytest.mark.parametrize("pad", [("titel",), ("auteurs", 0, "achternaam"), ("uitgever",)])
def test_check_weigert_opmaak_in_de_gegevens_van_het_document(tmp_path, pad):
    data = _data_kopie(tmp_path)
    yaml = YAML(typ="rt")
    boom = yaml.load((data / "uitgave.yml").read_text(encoding="utf-8"))
    doel = boom
    for stap in pad[:-1]:
        doel = doel[stap]
    doel[pad[-1]] = "<script>swx()</script>"
    with (data / "uitgave.yml").open("w", encoding="utf-8") as f:
        yaml.dump(boom, f)
    uit = _check(data)
    assert uit.returncode == 1
    assert re.search(rf"/data/uitgave\.yml:\d+: [\w.]*{pad[-1]}: .*opmaakcode", uit.stderr), uit.stderr
