"""Publishing safety: a broken data file stops the build and publishes nothing;
adding a card is adding one file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ROOT, bouw, kopieer_project

pytestmark = pytest.mark.traag


def test_kapotte_data_stopt_build_en_schrijft_niets(tmp_path):
    project = kopieer_project(tmp_path / "project")
    kaart = project / "data" / "interventies" / "buurtvaders.yml"
    kaart.write_text(kaart.read_text(encoding="utf-8").replace("doelgroep:", "doelgroepen:"), encoding="utf-8")
    uit = tmp_path / "uit"
    resultaat = bouw(project, uit)
    assert resultaat.returncode != 0
    uitvoer = resultaat.stdout + resultaat.stderr
    assert "data/interventies/buurtvaders.yml:" in uitvoer
    assert ": doelgroep: verplicht veld ontbreekt" in uitvoer
    assert ": doelgroepen: onbekend veld" in uitvoer
    assert not uit.exists(), "een mislukte build mag geen uitvoermap achterlaten"


def test_make_site_vervangt_site_alleen_na_geslaagde_build(tmp_path):
    project = kopieer_project(tmp_path / "project")
    shutil.copy2(ROOT / "Makefile", project / "Makefile")
    shutil.copy2(ROOT / "requirements.txt", project / "requirements.txt")
    venv = Path(sys.prefix)
    env = dict(os.environ, VENV=str(venv))
    # the Makefile's install stamp: this venv is already installed from the lock
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("vorige versie", encoding="utf-8")
    stempel = venv / ".installed"
    assert stempel.exists(), "draai de tests met de venv die `make` maakt"

    kaart = project / "data" / "factoren.yml"
    kaart.write_text(kaart.read_text(encoding="utf-8").replace("soort: risico", "soort: gevaar", 1), encoding="utf-8")
    mislukt = subprocess.run(["make", "-s", "site", f"VENV={venv}"], cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert mislukt.returncode != 0
    assert "data/factoren.yml:" in mislukt.stdout + mislukt.stderr
    assert (project / "site" / "index.html").read_text(encoding="utf-8") == "vorige versie"

    kaart.write_text(kaart.read_text(encoding="utf-8").replace("soort: gevaar", "soort: risico", 1), encoding="utf-8")
    gelukt = subprocess.run(["make", "-s", "site", f"VENV={venv}"], cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert gelukt.returncode == 0, gelukt.stdout + gelukt.stderr
    assert "Samen Weerbaar" in (project / "site" / "index.html").read_text(encoding="utf-8")


def test_kaart_toevoegen_met_sjabloon_is_een_bestand_toevoegen(tmp_path, kennis):
    """What an editor does: copy the template, fill in the id, `make check`, build."""
    project = kopieer_project(tmp_path / "project")
    for extra in ("Makefile", "requirements.txt", "sjablonen"):
        bron = ROOT / extra
        (shutil.copytree if bron.is_dir() else shutil.copy2)(bron, project / extra)
    voor = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    sjabloon = (project / "sjablonen" / "interventie.yml").read_text(encoding="utf-8")
    kaart = sjabloon.replace("VUL-ID-IN", "buurtmoeders-test").replace('"Naam van de interventie"', '"Buurtmoeders Proefkaart"')
    kaart = kaart.replace("volgorde: 8", "volgorde: 99")
    nieuw = project / "data" / "interventies" / "buurtmoeders-test.yml"
    nieuw.write_text(kaart, encoding="utf-8")

    venv = Path(sys.prefix)
    check = subprocess.run(["make", "-s", "check", f"VENV={venv}"], cwd=project, capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"{len(kennis.interventies) + 1} interventiekaarten" in check.stdout

    uit = tmp_path / "uit"
    resultaat = bouw(project, uit)
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    # One file added and nothing else: `make check` and the build needed no other file to
    # change, and wrote none into the project (bytecode caches aside).
    na = {p: p.read_bytes() for p in project.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert set(na) - set(voor) == {nieuw}
    assert [p for p in voor if na.get(p) != voor[p]] == []

    overzicht = BeautifulSoup((uit / "interventies" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert "Buurtmoeders Proefkaart" in [a.get_text() for a in overzicht.select(".sw-kaartoverzicht a")]
    pagina = BeautifulSoup((uit / "interventies" / "buurtmoeders-test.html").read_text(encoding="utf-8"), "html.parser")
    assert pagina.h1.get_text(strip=True).rstrip("¶") == "Buurtmoeders Proefkaart"
    nav = [a.get_text(strip=True) for a in pagina.select("nav.md-nav--primary a")]
    assert "Buurtmoeders Proefkaart" in nav
    index = json.loads((uit / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any(d["location"].startswith("interventies/buurtmoeders-test.html") and "Buurtmoeders Proefkaart" in d["title"] for d in index["docs"])
    open_data = json.loads((uit / "downloads" / "open-data" / "samen-weerbaar-open-data.json").read_text(encoding="utf-8"))
    assert "Buurtmoeders Proefkaart" in [k["naam"] for k in open_data["interventies"]]
    csv_tekst = (uit / "downloads" / "open-data" / "samen-weerbaar-interventies.csv").read_text(encoding="utf-8-sig")
    assert "Buurtmoeders Proefkaart" in csv_tekst
    from pypdf import PdfReader

    pdf_tekst = " ".join(p.extract_text() or "" for p in PdfReader(uit / "downloads" / "samen-weerbaar-kennisdocument.pdf").pages)
    assert "Buurtmoeders Proefkaart" in " ".join(pdf_tekst.split())
    # no git history in this copy: pages fall back to the content version
    assert "Inhoudsversie" in (uit / "interventies" / "buurtmoeders-test.html").read_text(encoding="utf-8")
