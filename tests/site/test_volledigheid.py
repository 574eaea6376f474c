"""Nothing of the knowledge document is only in the PDF: its sentences, footnotes and
lists are on the built site. Expectations come from the source text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

BRON = Path(__file__).resolve().parents[3] / "shared" / "source" / "samen-weerbaar-kennisdocument.md"
GETALLEN = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11}


def normaal(tekst: str) -> str:
    tekst = re.sub(r"<sup>\d+</sup>", " ", tekst)
    tekst = re.sub(r"<[^>]+>", " ", tekst)
    tekst = unicodedata.normalize("NFKC", tekst).replace("&amp;", "&")
    tekst = re.sub(r"\[\^?\d+\]", " ", tekst)
    return re.sub(r"[^0-9a-zà-ÿ]+", "", tekst.lower())


@pytest.fixture(scope="module")
def sitetekst(site) -> str:
    delen = []
    for pad in sorted(site.rglob("*.html")):
        s = BeautifulSoup(pad.read_text(encoding="utf-8"), "html.parser")
        artikel = s.select_one("article") or s
        for sup in artikel.select("sup"):
            sup.decompose()
        delen.append(artikel.get_text(" "))
    return normaal(" ".join(delen))


ROOT = Path(__file__).resolve().parents[2]


def gedocumenteerde_typos() -> list[tuple[str, str]]:
    """The typo fixes editors documented (page front matter `typos:`, data comments `# typo:`)."""
    paren = []
    for pad in (ROOT / "docs").rglob("*.md"):
        tekst = pad.read_text(encoding="utf-8")
        if tekst.startswith("---"):
            kop = tekst.split("---", 2)[1]
            paren += re.findall(r'^\s+- "(.+?) -> (.+?)(?: \(.*\))?"$', kop, re.M)
    for pad in (ROOT / "data").rglob("*.yml"):
        paren += re.findall(r'^# typo: "(.+?)" -> "(.+?)"', pad.read_text(encoding="utf-8"), re.M)
    return [(a, b) for a, b in paren if len(a) > 3]


def bronzinnen() -> list[str]:
    tekst = BRON.read_text(encoding="utf-8")
    tekst = re.sub(r"<sup>\d+</sup>", " ", tekst)
    for oud, nieuw in gedocumenteerde_typos():
        tekst = tekst.replace(oud, nieuw)
    body = tekst.split("# Voorwoord", 1)[1].split("# Literatuurlijst", 1)[0]
    body = re.sub(r"# Inhoudsopgave.*?# Hoofdstuk 1", "# Hoofdstuk 1", body, flags=re.S)
    zinnen = []
    for regel in body.splitlines():
        if "\t" in regel or regel.startswith(("<b>", "|", "#")) or regel.startswith("<sup>"):
            continue  # tables (cards, factor tables), headings, footnote lines: tested elsewhere
        regel = re.sub(r"^\s*(?:- )?(?:o |• )?", "", regel)  # list bullets of the PDF conversion
        for zin in re.split(r"(?<=[.!?:;])\s+(?=[A-Z'‘(*])", regel):
            if len(zin.split()) >= 8:
                zinnen.append(zin)
    return zinnen


def test_zinnen_van_het_document_staan_op_de_site(sitetekst):
    zinnen = bronzinnen()
    assert len(zinnen) > 700
    ontbreekt = [z for z in zinnen if normaal(z) not in sitetekst]
    # A few sentences differ by a documented typo fix or a page-break split in the source.
    assert len(ontbreekt) <= len(zinnen) * 0.04, f"{len(ontbreekt)} zinnen ontbreken, o.a.:\n" + "\n".join(ontbreekt[:15])


def test_alle_voetnoten_staan_op_de_site(site):
    nummers: set[int] = set()
    for pad in site.rglob("*.html"):
        s = BeautifulSoup(pad.read_text(encoding="utf-8"), "html.parser")
        nummers |= {int(li["id"].split(":")[1]) for li in s.select("div.footnote li[id^='fn:']")}
        nummers |= {int(m) for m in re.findall(r"Voetnoot (\d+):", s.get_text(" "))}
        nummers |= {int(m) for m in re.findall(r"\(voetnoot (\d+)\)", s.get_text(" "))}
    bron = BRON.read_text(encoding="utf-8")
    verwacht = {int(n) for n in re.findall(r"<sup>(\d+)</sup>", bron)}
    assert max(verwacht) == 84
    assert verwacht - nummers == set()


def test_lijsten_hebben_het_aantal_dat_hun_titel_noemt(kennis):
    gecontroleerd = 0
    for lijst in kennis.lijsten:
        woord = re.match(r"^(\w+)\b", lijst.titel.lower())
        if woord and woord.group(1) in GETALLEN:
            assert len(lijst.items) == GETALLEN[woord.group(1)], lijst.id
            gecontroleerd += 1
    assert gecontroleerd >= 4


def test_lijstitems_komen_uit_de_bron(kennis):
    bron = normaal(BRON.read_text(encoding="utf-8"))
    vreemd = [f"{li.id}.{it.id}: {it.naam}" for li in kennis.lijsten for it in li.items if normaal(it.naam)[:25] not in bron]
    assert len(vreemd) <= 4, vreemd  # names built from the source's wording (e.g. "(T)" labels of figure 2.1)


def test_elke_figuur_staat_op_een_pagina(site, kennis):
    tekst = {p: p.read_text(encoding="utf-8") for p in site.rglob("*.html")}
    for f in kennis.figuren:
        anker = re.compile(rf'\bid="?{re.escape(f.id)}[\s">]')  # quotes optional (minified pages)
        assert any(anker.search(t) for t in tekst.values()), f.id
