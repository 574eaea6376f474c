"""English titles carry their language (WCAG 3.1.2; issue 21, item 4): a reference with
`taal: en` and a card name with `naam_taal: en` (data/, validated by the model) are marked
lang="en" in the HTML, and the elements that hold them have /Lang (en) in the PDFs.

Which entries are English is checked apart from the data field too: a citation whose title
is written with English function words and no Dutch ones must say `taal: en`."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from macros.inhoud.model import Bron, Interventie
from macros.weergave.plaatsen import interventie_pagina
from tests.site.test_pdf import norm

ENGELS = {"the", "of", "and", "for", "to", "with", "from", "on", "an", "among", "their", "between", "into"}
NEDERLANDS = {"de", "het", "een", "van", "voor", "met", "naar", "over", "bij", "door", "tussen", "onder", "uit"}


def _titelwoorden(citaat: str) -> list[str]:
    """Words of the citation after its year: the title and where it appeared."""
    m = re.search(r"\((?:\d{4}[a-z]?|z\.d\.)\)\.?(.*)", citaat)
    return re.findall(r"[a-z]+", (m.group(1) if m else citaat).lower())


def test_engelse_vermeldingen_hebben_taal_en(kennis):
    fout = []
    for b in kennis.bronnen:
        w = _titelwoorden(b.citaat)
        engels, nederlands = sum(x in ENGELS for x in w), sum(x in NEDERLANDS for x in w)
        if engels >= 2 and nederlands == 0 and b.taal != "en":
            fout.append(f"{b.id}: {b.citaat[:70]}")
    assert not fout, "Engelse titel zonder taal: en:\n" + "\n".join(fout)
    assert sum(b.taal == "en" for b in kennis.bronnen) >= 40


def test_taal_is_een_gecontroleerd_veld():
    from pydantic import ValidationError

    for model, veld in ((Bron, "taal"), (Interventie, "naam_taal")):
        assert model.model_fields[veld].default == "nl"
    with pytest.raises(ValidationError, match="taal"):
        Bron(id="x-2020", auteurs=["X"], jaar=2020, citaat="X (2020). T.", soort="publicatie", taal="engels")


def _pagina(site, pad: str) -> BeautifulSoup:
    return BeautifulSoup((site / pad).read_text(encoding="utf-8"), "lxml")


def test_lang_op_engelse_titels_in_html(site, kennis):
    lijst = _pagina(site, "literatuur.html")
    for b in kennis.bronnen:
        li = lijst.find("li", id=b.id)
        assert li is not None, b.id
        met_lang = li.find(attrs={"lang": True})
        if b.taal == "nl":
            assert met_lang is None, (b.id, str(met_lang)[:100])
            continue
        assert met_lang is not None and met_lang["lang"] == b.taal, b.id
        woorden = re.findall(r"\w+", b.citaat)[:6]
        assert all(w in met_lang.get_text() for w in woorden), (b.id, met_lang.get_text()[:80])

    engels = [k for k in kennis.interventies if k.naam_taal == "en"]
    assert engels, "geen kaart met een Engelse naam meer in de data"
    for pad in ("interventies/index.html", "interventies/overzicht.html", "downloads.html"):
        soep = _pagina(site, pad).select_one("article")  # (the menu: test_lang_op_engelse_kaartnamen_in_het_menu)
        for k in kennis.interventies:
            namen = [el for el in soep.find_all(string=lambda s, n=k.naam: s and s.strip() == n)]
            assert namen, (pad, k.naam)
            for naam in namen:
                dragers = [p for p in naam.parents if p.has_attr("lang")]
                taal = dragers[0]["lang"] if dragers else "nl"  # the page is Dutch (<html lang="nl">)
                assert taal == k.naam_taal, (pad, k.id, taal, str(naam.parent)[:120])
    for k in kennis.interventies:
        h1 = _pagina(site, interventie_pagina(k.id).replace(".md", ".html")).find("h1")
        assert h1.get("lang") == (k.naam_taal if k.naam_taal != "nl" else None), (k.id, h1)


def test_lang_op_engelse_kaartnamen_in_het_menu(site, kennis):
    """The menu of a card page lists every card of § 4.4: each name has the card's language
    (an English one in a span with lang, a Dutch one inherits the page's nl)."""
    for k in kennis.interventies:
        nav = _pagina(site, interventie_pagina(k.id).replace(".md", ".html")).select_one("nav.md-nav--primary")
        for ander in kennis.interventies:
            namen = nav.find_all(string=lambda s, n=ander.naam: s and s.strip() == n)
            assert namen, (k.id, ander.naam)
            for naam in namen:
                dragers = [p for p in naam.parents if p.has_attr("lang")]
                taal = dragers[0]["lang"] if dragers else "nl"
                assert taal == ander.naam_taal, (k.id, ander.id, taal, str(naam.parent)[:120])


def _lang_teksten(pad) -> dict[str, list[str]]:
    """Per /Lang value: the text (normalised) of each structure element that has it, read
    through its marked-content ids from the page contents (pypdf)."""
    lezer = PdfReader(str(pad))
    tekst: dict[tuple[int, int], list[str]] = defaultdict(list)
    for nr, pagina in enumerate(lezer.pages):
        stapel: list[int | None] = []

        def voor(op, args, cm, tm, stapel=stapel):
            if op == b"BDC":
                eigen = args[1] if len(args) > 1 and hasattr(args[1], "get") else {}
                stapel.append(eigen.get("/MCID") if eigen else None)
            elif op == b"BMC":
                stapel.append(None)
            elif op == b"EMC" and stapel:
                stapel.pop()

        def tekstdeel(t, *_, nr=nr, stapel=stapel):
            mcid = next((m for m in reversed(stapel) if m is not None), None)
            if mcid is not None:
                tekst[(nr, int(mcid))].append(t)

        pagina.extract_text(visitor_operand_before=voor, visitor_text=tekstdeel)
    paginanr = {p.indirect_reference.idnum: i for i, p in enumerate(lezer.pages)}
    uit: dict[str, list[str]] = defaultdict(list)

    def mcids(el, pg):
        pg = paginanr.get(el.raw_get("/Pg").idnum, pg) if "/Pg" in el else pg
        kids = el.get("/K")
        for k in (kids if isinstance(kids, list) else [kids]):
            k = k.get_object() if hasattr(k, "get_object") else k
            if isinstance(k, int):
                yield pg, k
            elif hasattr(k, "get") and k.get("/Type") == "/MCR":
                yield paginanr.get(k.raw_get("/Pg").idnum, pg) if "/Pg" in k else pg, int(k["/MCID"])
            elif hasattr(k, "get") and "/S" in k:
                yield from mcids(k, pg)

    def loop(el, pg=None):
        el = el.get_object()
        if "/Lang" in el and "/S" in el:
            uit[str(el["/Lang"])].append(norm("".join(t for sleutel in mcids(el, pg) for t in tekst.get(sleutel, []))))
        kids = el.get("/K")
        for k in (kids if isinstance(kids, list) else [kids]):
            if k is not None and hasattr(k, "get_object") and hasattr(k.get_object(), "get") and "/S" in k.get_object():
                loop(k, pg)

    loop(lezer.trailer["/Root"]["/StructTreeRoot"])
    return uit


def test_lang_op_engelse_titels_in_de_pdfs(site, kennis):
    for k in kennis.interventies:
        engels = _lang_teksten(site / "downloads" / f"interventie-{k.id}.pdf").get("en", [])
        if k.naam_taal == "en":
            assert any(norm(k.naam) in t for t in engels), (k.id, engels[:5])
        else:
            assert not any(norm(k.naam) in t for t in engels), k.id
    pdfs = sorted((site / "downloads").glob("*kennisdocument*.pdf"))
    assert pdfs, sorted(p.name for p in (site / "downloads").iterdir())
    engels = _lang_teksten(pdfs[0]).get("en", [])
    for b in kennis.bronnen:
        begin = norm(" ".join(re.findall(r"[^\s*]+", b.citaat)[:4]))
        if b.taal == "en":
            assert any(begin in t for t in engels), (b.id, begin)
        else:
            assert not any(begin in t for t in engels), b.id
