"""Issue 16 item 3: from a situation to the knowledge, only where the document links it.

data/koppelingen.yml is validated like every data file (unknown ids stop the build with
file:line); every citation is the document's own words at the paragraph given; the
checklist shows each step's links, or says the document gives none; the wijkscan says what
the document links the scan to and that it links no indicator to cards or preconditions.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.weergave import hulpmiddelen, hulpvragen
from macros.inhoud.fouten import DataFouten
from macros.inhoud.laden import laad_kennis
from macros.weergave import Paginacontext

ROOT = Path(__file__).resolve().parents[2]
BRON = ROOT.parent / "shared" / "source" / "samen-weerbaar-kennisdocument.md"


def normaal(t: str) -> str:
    t = re.sub(r"<sup>\d+</sup>|</?[bi]>|\*\*|^v ", "", t, flags=re.M)
    return re.sub(r"\s+", " ", t).strip()


def alle_verbanden(kennis):
    kp = kennis.koppelingen
    return [*kp.wijkscan, *(v for s in kp.stappen for v in s.verbanden)]


def test_elk_citaat_staat_letterlijk_in_de_bron_bij_de_genoemde_paragraaf(kennis):
    if not BRON.exists():
        pytest.skip(f"brondocument niet gevonden: {BRON}")
    bron = BRON.read_text(encoding="utf-8")
    assert alle_verbanden(kennis)
    for v in alle_verbanden(kennis):
        kop = "## Bijlage 3" if v.paragraaf == "bijlage-3" else f"### {v.paragraaf} "
        assert kop in bron, v.paragraaf
        deel = bron.split(kop, 1)[1]
        deel = deel.split("\n## ", 1)[0] if v.paragraaf.startswith("bijlage") else re.split(r"\n##+ \d", deel, maxsplit=1)[0]
        assert normaal(v.citaat) in normaal(deel), (v.paragraaf, v.citaat)


def test_onbekende_id_stopt_met_bestand_en_regel(tmp_path):
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    pad = data / "koppelingen.yml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(tekst.replace("id: stap-1", "id: stap-99", 1).replace("- stap: stap-3", "- stap: stap-77", 1), encoding="utf-8")
    with pytest.raises(DataFouten) as e:
        laad_kennis(data)
    melding = str(e.value)
    regels = pad.read_text(encoding="utf-8").splitlines()
    for fout in ("stap-99", "stap-77"):
        regel = next(i for i, r in enumerate(regels, 1) if fout in r)
        assert f"data/koppelingen.yml:{regel}" in melding and fout in melding, melding


def test_checklist_toont_per_stap_de_verbanden_of_zegt_dat_er_geen_zijn(kennis, index):
    s = BeautifulSoup(str(hulpvragen.hulpvragen(Paginacontext(kennis, "hulpvragen/index.md", index))), "html.parser")
    blokken = s.select(".sw-verbanden")
    assert len(blokken) == len(kennis.hulpvragen.stappen)
    met = {x.stap: x.verbanden for x in kennis.koppelingen.stappen if x.verbanden}
    for stap, blok in zip(kennis.hulpvragen.stappen, blokken):
        tekst = re.sub(r"\s+", " ", blok.get_text())
        if stap.id in met:
            assert len(blok.select("li a[href]")) >= len(met[stap.id])
            for v in met[stap.id]:
                assert v.citaat in tekst
        else:
            assert "legt bij deze stap zelf geen verband" in tekst and not blok.select("li")


def test_wijkscan_noemt_wat_het_document_met_de_scan_verbindt(kennis, index):
    s = BeautifulSoup(str(hulpmiddelen.wijkscan(Paginacontext(kennis, "wijkscan.md", index))), "html.parser")
    blok = s.select_one("#verder-document").find_next_sibling("div", class_="sw-verbanden")
    assert len(blok.select("li")) == len(kennis.koppelingen.wijkscan)
    for v in kennis.koppelingen.wijkscan:
        assert v.citaat in blok.get_text()
    assert "koppelt de afzonderlijke indicatoren niet" in s.get_text()
