"""The data against the source document: a dropped or renamed item fails here.

The source is ../shared/source/samen-weerbaar-kennisdocument.md (CI has shared/ beside
the clone). Expected values are parsed from the source, not from data/.
"""

from __future__ import annotations

import difflib
import html
import re
from pathlib import Path

import pytest

from tests.bron import kaart_uit_bron, kaartnamen_in_bron

BRON = Path(__file__).resolve().parents[3] / "shared" / "source" / "samen-weerbaar-kennisdocument.md"
# Obvious typos fixed in data/ (see the comments at the top of each data file).
TYPOS = {"Delegatperspectief": "Delegaatperspectief", "ouder- kind": "ouder-kind"}


@pytest.fixture(scope="module")
def bron() -> str:
    assert BRON.exists(), f"brondocument niet gevonden: {BRON}"
    return BRON.read_text(encoding="utf-8")


def normaal(tekst: str) -> str:
    tekst = html.unescape(re.sub(r"</?[bi]>", "", tekst))
    for oud, nieuw in TYPOS.items():
        tekst = tekst.replace(oud, nieuw)
    return re.sub(r"\s+", " ", tekst).strip()


def bijlage_tabel(bron: str, kop: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """(risk, protective) rows of an appendix table as (name, fully bold)."""
    deel = bron.split(kop, 1)[1].split("\n## ", 1)[0]
    regels = deel.split("Risicofactoren\tBeschermende factoren\n", 1)[1].splitlines()
    risico, beschermend = [], []
    for regel in regels:
        if "\t" not in regel:
            continue
        for kolom, cel in zip((risico, beschermend), regel.split("\t")):
            cel = cel.strip()
            if cel:
                kolom.append((normaal(cel), cel.startswith("<b>") and cel.endswith("</b>")))
    return risico, beschermend


@pytest.mark.parametrize("kop,niveau", [("## Bijlage 1:", "gezin"), ("## Bijlage 2:", "gemeenschap")])
def test_bijlagetabellen_volledig_met_reikwijdte(bron, kennis, kop, niveau):
    risico, beschermend = bijlage_tabel(bron, kop)
    assert len(risico) + len(beschermend) > 10
    for soort, rijen in (("risico", risico), ("beschermend", beschermend)):
        data = kennis.factoren_van(niveau, soort)
        assert [normaal(f.naam) for f in data] == [naam for naam, _ in rijen]
        for f, (naam, vet) in zip(data, rijen):
            # bold in the source = also named for organised/undermining crime
            if vet:
                assert f.reikwijdte == "ondermijnend", naam
            elif f.reikwijdte == "ondermijnend":
                assert f.reikwijdte_toelichting, f"{naam}: deels vet, leg uit welk deel"


def test_indicatoren(bron, kennis):
    deel = bron.split("## Bijlage 1:", 1)[1]
    regel = deel.split("### Gezinsniveau", 1)[1].strip().splitlines()[0]
    stukken = re.split(r"\((\d+)\) ", regel)[1:]
    nummers, teksten = stukken[0::2], stukken[1::2]
    assert [int(n) for n in nummers] == [1, 2, 3, 4, 5]
    for i, tekst in zip(kennis.indicatoren_van("gezin"), teksten):
        assert normaal(tekst).lower().startswith(i.naam.lower()), (i.naam, tekst)
    gemeenschap_regel = bron.split("## Bijlage 2:", 1)[1].split("### Gemeenschapsniveau", 1)[1].strip().splitlines()[0]
    nummers = re.findall(r"\((\d+)\)", gemeenschap_regel)
    assert [int(n) for n in nummers] == list(range(1, 12))
    assert [i.nummer for i in kennis.indicatoren_van("gemeenschap")] == list(range(1, 12))


def test_hulpvragen_elke_vraag_in_de_juiste_stap(bron, kennis):
    deel = bron.split("## Bijlage 3:", 1)[1].split("-Einde document-", 1)[0]
    stappen: dict[int, list[str]] = {}
    huidig = 0
    for regel in deel.splitlines():
        regel = normaal(regel)
        kop = re.match(r"^(\d) \S", regel)
        if kop:
            huidig = int(kop.group(1))
            stappen[huidig] = []
        elif regel.startswith("v ") and huidig:
            stappen[huidig].append(regel[2:])
    assert sorted(stappen) == [1, 2, 3, 4, 5, 6]
    for stap in kennis.hulpvragen.stappen:
        bronvragen = stappen[stap.nummer]
        data = [v.tekst for v in stap.vragen]
        assert len(data) == len(bronvragen), f"stap {stap.nummer}"
        for d, b in zip(data, bronvragen):
            # wording kept; the documented typo fixes change a few characters at most
            assert difflib.SequenceMatcher(None, d, b).ratio() > 0.95, (d, b)


def test_interventiekaarten(bron, kennis):
    """Every card of the source is in data/ (in the source's order); data/ may hold more
    (an editor adds a card by adding a file)."""
    namen = [normaal(n) for n in kaartnamen_in_bron(bron)]
    assert len(re.findall(r"^<b>Ontwikkelaar</b>", bron, re.M)) == len(namen) > 0
    kaarten = [k for k in kennis.interventies if kaart_uit_bron(k.naam, namen)]
    assert len(kaarten) == len(namen)
    for naam, kaart in zip(namen, kaarten):
        assert naam.lower().startswith(kaart.naam.lower()[:12]), (naam, kaart.naam)


def test_literatuurlijst(bron, kennis):
    lijst = bron.split("# Literatuurlijst", 1)[1].split("## Bijlage 1", 1)[0]
    ingang = [normaal(r.strip()[2:]) for r in lijst.splitlines() if r.strip().startswith("- ")]
    # every reference of the data starts like an entry of the source list
    begin = {re.sub(r"\W", "", e)[:25].lower() for e in ingang}
    for b in kennis.bronnen:
        sleutel = re.sub(r"\W", "", normaal(b.citaat).replace("*", ""))[:25].lower()
        assert sleutel in begin, b.id
    publicaties = [e for e in ingang if not e.startswith("Geraadpleegd")]
    assert len([b for b in kennis.bronnen if b.soort == "publicatie"]) == len(publicaties) - 1  # one entry is split over a page break


def test_randvoorwaarden(bron, kennis):
    koppen = re.findall(r"^### \*?\s*3\.3\.(\d)\s*\*?(.+?)\*?$", bron, re.M)
    assert [int(n) for n, _ in koppen] == [1, 2, 3, 4, 5]
    for (n, titel), r in zip(koppen, kennis.randvoorwaarden):
        assert r.nummer == int(n)
        assert normaal(titel.strip(" *")).lower() == normaal(r.titel).lower()
