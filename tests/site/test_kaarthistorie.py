"""Per-card history and the feed in a publishing build (issue 22).

A temporary copy of the project gets a change that names one card (data/wijzigingen.yml,
``kaart:``) and is built as for publication (SW_SITE_URL set, PDFs off to save time): the
change shows on that card's page (with its "Laatst gewijzigd") and nowhere else, and is an
entry of the feed, whose links are then absolute. The same copy with an unknown card name
is refused by `make check` with file, line and field.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from ruamel.yaml import YAML

from tests.conftest import bouw, kopieer_project

pytestmark = pytest.mark.traag

SITE_URL = "https://samenweerbaar.voorbeeld.nl/kennisbank/"
KAART = "buurtvaders"
TEKST = "De link naar de website van de ontwikkelaar is bijgewerkt."


def _met_wijziging(project: Path, kaart: str) -> int:
    """Adds the change to the newest version; returns the line of its ``kaart:``."""
    pad = project / "data" / "wijzigingen.yml"
    tekst = pad.read_text(encoding="utf-8").rstrip("\n")
    pad.write_text(f'{tekst}\n      - tekst: "{TEKST}"\n        kaart: {kaart}\n', encoding="utf-8")
    return len(tekst.splitlines()) + 2


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = kopieer_project(tmp_path_factory.mktemp("kaarthistorie") / "project")
    _met_wijziging(project, KAART)
    return project


@pytest.fixture(scope="module")
def site(project, tmp_path_factory) -> Path:
    uit = tmp_path_factory.mktemp("kaarthistorie-site")
    resultaat = bouw(project, uit, SW_PDF="0", SW_SITE_URL=SITE_URL, SW_TERUGMELDING_EMAIL="redactie@voorbeeld.nl")
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    return uit


def _versie(project: Path) -> dict:
    return YAML(typ="safe").load((project / "data" / "wijzigingen.yml").read_text(encoding="utf-8"))["versies"][0]


def test_wijziging_staat_op_de_kaart(site, project):
    versie = _versie(project)
    soep = BeautifulSoup((site / "interventies" / f"{KAART}.html").read_text(encoding="utf-8"), "html.parser")
    historie = soep.select_one(".sw-kaarthistorie")
    assert TEKST in historie.get_text()
    laatst = historie.find("time")
    assert laatst["datetime"] == versie["datum"]
    assert "Laatst gewijzigd:" in historie.get_text()
    for ander in (site / "interventies").glob("*.html"):
        if ander.stem in (KAART, "index", "overzicht"):
            continue
        tekst = BeautifulSoup(ander.read_text(encoding="utf-8"), "html.parser").select_one(".sw-kaarthistorie").get_text()
        assert TEKST not in tekst and "Geen wijzigingen sinds de eerste publicatie" in tekst, ander.name


def test_wijziging_staat_in_de_feed_met_absolute_links(site):
    xml = (site / "wijzigingen.xml").read_bytes()
    feed = feedparser.parse(xml)
    assert not feed.bozo, feed.get("bozo_exception")
    kaartnaam = YAML(typ="safe").load((Path(__file__).resolve().parents[2] / "data" / "interventies" / f"{KAART}.yml").read_text(encoding="utf-8"))["naam"]
    berichten = [e for e in feed.entries if e.link == f"{SITE_URL}interventies/{KAART}.html" and TEKST in e.summary]
    assert len(berichten) == 1 and kaartnaam in berichten[0].title
    for e in feed.entries:
        assert e.link.startswith(SITE_URL), e.link
        assert (site / e.link.removeprefix(SITE_URL).split("#")[0]).is_file(), e.link
    assert b"SW_SITE_URL" not in xml  # no "relative links" comment in a publishing build
    # the page metadata carries the absolute address too
    soep = BeautifulSoup((site / "interventies" / f"{KAART}.html").read_text(encoding="utf-8"), "html.parser")
    assert soep.find("meta", attrs={"name": "citation_public_url"})["content"] == f"{SITE_URL}interventies/{KAART}.html"
    assert soep.select_one(".sw-citeerregel").get_text().endswith(f", van {SITE_URL}interventies/{KAART}.html")


def test_onbekende_kaart_gemeld_door_make_check(project, tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(project / "data", data)
    regel = _met_wijziging(tmp_path, "buurtvader")
    uit = subprocess.run([sys.executable, "-m", "macros.koppeling.controleer", str(data)],
                         cwd=project, capture_output=True, text=True, timeout=300)
    assert uit.returncode == 1
    assert re.search(rf"data/wijzigingen\.yml:{regel}: versies\.\d+\.wijzigingen\.\d+\.kaart: onbekende interventiekaart 'buurtvader'",
                     uit.stderr), uit.stderr
