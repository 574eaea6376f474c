"""The tools' cautions ("Let op: …") come from one place, data/letop.yml.

Every caution rests on the document's own words (``citaat``, compared with the source at its
paragraph and footnote); each tool named under ``bij`` shows it in its page note, linked to
that paragraph (and footnote), and hands exactly the same text to its export bar; a broken
entry stops the build with a Dutch message naming file, line and field. Expected texts are
read from the YAML, never copied here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.weergave import plaatsen
from macros.inhoud.fouten import DataFouten
from macros.inhoud.laden import laad_kennis
from macros.weergave import MACROS, Paginacontext
from tests.bron import BRON

LETOP = "letop.yml"


def normaal(t: str) -> str:
    t = re.sub(r"<sup>\d+</sup>|</?[bi]>|\*\*", "", t)
    return re.sub(r"\s+", " ", t).strip()


def zonder_punt(tekst: str) -> str:
    """The caution's sentence as the site prints it: the reference goes before its full stop."""
    return tekst[:-1] if tekst.endswith(".") else tekst


def soep(markup) -> BeautifulSoup:
    return BeautifulSoup(str(markup), "html.parser")


def paragraaf_tekst(bron: str, paragraaf: str) -> str:
    """The source text of a numbered paragraph (with its footnotes), up to the next heading."""
    kop = re.search(rf"^#+ {re.escape(paragraaf)} .*$", bron, re.M)
    assert kop, paragraaf
    rest = bron[kop.end():]
    volgende = re.search(r"^#+ \d", rest, re.M)
    return rest[: volgende.start()] if volgende else rest


# page of each tool (what ``bij`` names) and how it is rendered
def pagina_van(kennis, hulpmiddel: str) -> tuple[str, str]:
    from macros.weergave.middelen import VERKENNER_PAGINA, WIJKSCAN_PAGINA

    return {
        "interventies": (plaatsen.INTERVENTIES_FILTEREN, "interventies_overzicht"),
        "factorverkenner": (VERKENNER_PAGINA, "factorverkenner"),
        "wijkscan": (WIJKSCAN_PAGINA, "wijkscan"),
        "bijeenkomstpakket": ("bijeenkomstpakket.md", "bijeenkomstpakket"),
    }[hulpmiddel]


def test_elke_waarschuwing_rust_letterlijk_op_de_bron(kennis):
    if not BRON.exists():
        pytest.skip(f"brondocument niet gevonden: {BRON}")
    bron = BRON.read_text(encoding="utf-8")
    assert kennis.letop
    for x in kennis.letop:
        deel = paragraaf_tekst(bron, x.paragraaf)
        if x.voetnoot:
            noot = re.search(rf"^<sup>{x.voetnoot}</sup> (.+)$", deel, re.M)
            assert noot, (x.id, f"voetnoot {x.voetnoot} staat niet in paragraaf {x.paragraaf}")
            deel = noot.group(1)
        assert normaal(x.citaat) in normaal(deel), (x.id, x.citaat)


@pytest.mark.parametrize("hulpmiddel", ["interventies", "factorverkenner", "wijkscan", "bijeenkomstpakket"])
def test_hulpmiddel_toont_zijn_waarschuwingen_en_geeft_ze_aan_de_uitvoer(kennis, index, hulpmiddel):
    pagina, methode = pagina_van(kennis, hulpmiddel)
    w = Paginacontext(kennis, pagina, index)
    s = soep(MACROS[methode](w))
    verwacht = kennis.letop_bij(hulpmiddel)
    assert verwacht, f"{hulpmiddel}: geen waarschuwing in data/{LETOP}"
    notities = s.select(".sw-let-op [data-letop]")
    assert [p["data-letop"] for p in notities] == [x.id for x in verwacht]
    uitvoer = s.select_one("[data-sw-uitvoer]")
    regels = uitvoer["data-let-op"].split("\n")
    assert len(regels) == len(verwacht)
    for p, regel, x in zip(notities, regels, verwacht):
        tekst = re.sub(r"\s+", " ", p.get_text())
        assert tekst.startswith("Let op: " + zonder_punt(x.tekst)), (hulpmiddel, x.id, tekst)
        # the page links the paragraph (and the footnote) the caution rests on
        par_pagina, anker = plaatsen.plaats(kennis, "paragraaf", x.paragraaf, index)
        hrefs = [a["href"] for a in p.select("a[href]")]
        assert plaatsen.href(pagina, par_pagina, anker) in hrefs, (x.id, hrefs)
        if x.voetnoot:
            assert plaatsen.href(pagina, par_pagina, f"fn:{x.voetnoot}") in hrefs, (x.id, hrefs)
        # the export gets the same words as plain text, with the same reference
        assert regel.startswith(zonder_punt(x.tekst) + " ("), (x.id, regel)
        assert f"paragraaf {x.paragraaf}" in regel and (not x.voetnoot or f"voetnoot {x.voetnoot}" in regel)
        assert "<" not in regel


def test_kaartpagina_draagt_de_waarschuwing_van_paragraaf_4_4(kennis, index):
    verwacht = kennis.letop_bij("interventiekaart")
    assert verwacht
    for kaart in kennis.interventies:
        s = soep(Paginacontext(kennis, plaatsen.interventie_pagina(kaart.id), index).interventiekaart(kaart.id))
        kop = re.sub(r"\s+", " ", s.select_one(".sw-kaartkop").get_text())
        for x in verwacht:
            assert x.tekst in kop, (kaart.id, x.id)


def test_geen_hulpmiddel_schrijft_een_waarschuwing_zelf_uit(kennis):
    """The templates take every caution from the data: none of their texts is typed there."""
    sjablonen = Path(__file__).resolve().parents[2] / "macros" / "weergave" / "templates"
    for pad in sjablonen.iterdir():
        inhoud = normaal(pad.read_text(encoding="utf-8"))
        for x in kennis.letop:
            begin = " ".join(x.tekst.split()[:6])
            assert begin not in inhoud, (pad.name, x.id)
        assert not re.search(r'let_op="[^"]', inhoud), pad.name  # a hand-written export caution


def _fout(data: Path, oud: str, nieuw: str) -> tuple[list[str], int]:
    pad = data / LETOP
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, oud
    regel = tekst[: tekst.index(oud)].count("\n") + 1
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")
    with pytest.raises(DataFouten) as e:
        laad_kennis(data)
    return [str(f) for f in e.value.fouten], regel


def test_onbekend_hulpmiddel_geeft_nederlandse_fout_met_bestand_regel_en_veld(data, kennis):
    x = kennis.letop[0]
    oud = f"bij: [{x.bij[0]}"
    meldingen, regel = _fout(data, oud, "bij: [overzichtje")
    assert len(meldingen) == 1, meldingen
    m = meldingen[0]
    assert m.startswith(f"data/{LETOP}:{regel}: letop.{x.id}.bij"), m
    assert "niet toegestaan" in m and "overzichtje" in m and "wijkscan" in m, m


def test_ontbrekend_citaat_en_opmaak_in_de_tekst_worden_gemeld(data, kennis):
    x = kennis.letop[-1]
    pad = data / LETOP
    regels = pad.read_text(encoding="utf-8").splitlines()
    start = next(i for i, r in enumerate(regels) if r.strip() == f"- id: {x.id}")
    citaat = next(i for i in range(start, len(regels)) if regels[i].strip().startswith("citaat:"))
    tekst = next(i for i in range(start, len(regels)) if regels[i].strip().startswith("tekst:"))
    regels[tekst] = regels[tekst].replace("tekst: \"", "tekst: \"<b>Let op</b> ", 1)
    del regels[citaat]
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
    with pytest.raises(DataFouten) as e:
        laad_kennis(data)
    meldingen = [str(f) for f in e.value.fouten]
    assert f"data/{LETOP}:{citaat + 1}: letop.{x.id}.citaat: verplicht veld ontbreekt" in meldingen, meldingen
    opmaak = [m for m in meldingen if m.startswith(f"data/{LETOP}:{tekst + 1}: letop.{x.id}.tekst:")]
    assert opmaak and "opmaakcode" in opmaak[0], meldingen


def test_dubbele_id_wordt_gemeld(data, kennis):
    eerste, tweede = kennis.letop[0], kennis.letop[1]
    meldingen, regel = _fout(data, f"- id: {tweede.id}", f"- id: {eerste.id}")
    assert any(m.startswith(f"data/{LETOP}:{regel}:") and "komt al voor" in m for m in meldingen), meldingen
