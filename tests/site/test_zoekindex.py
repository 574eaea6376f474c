"""The search index of the built site (search/search_index.json, macros/hooks_zoeken.py):
every factor, indicator, precondition, card and help question is in it once, at its
canonical place (macros/plaatsen.py); nothing marked data-search-exclude leaks; no words
glued together; the offline copy has the same index."""

from __future__ import annotations

import json
import posixpath
import re
from collections import Counter

import pytest
from bs4 import BeautifulSoup

from macros.weergave.plaatsen import HULPVRAGEN_PAGINA, interventie_pagina, plaats
from macros.zoeken.index import woorden


@pytest.fixture(scope="module")
def ingangen(site) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def _html(pad: str, anker: str | None) -> str:
    return posixpath.splitext(pad)[0] + ".html" + (f"#{anker}" if anker else "")


#: Pages with the document's own running text (and the glossary, which quotes it): they may
#: mention a factor or card by name in a sentence. No other page may repeat an entity.
PROZA = re.compile(r"^(hoofdstuk-\d+/|begrippen\.html)")


def _platte_tekst(markdown: str, n: int = 10) -> str:
    platte = re.sub(r"\[([^\]]*)\]\([^)]*\)|[*_`>#]", r"\1", markdown)
    return " ".join(platte.split()[:n])


def entiteiten(kennis):
    """(kind, id, name, text that identifies it elsewhere, canonical location, placement).

    "kop": the entity has its own section (its name is the heading);
    "pagina": it is a page of its own; "tekst": it is a line in a section. An indicator's
    name is an everyday word ("Opvoedvaardigheden"): elsewhere it is recognised by its name
    with its explanation, as every list of indicators renders it."""
    for f in kennis.factoren:
        yield "factor", f.id, f.naam, f.naam, _html(*plaats(kennis, "factor", f.id)), "kop"
    for i in kennis.indicatoren:
        yield ("indicator", i.id, i.naam, f"{i.naam} {i.toelichting}" if i.toelichting else None,
               _html(*plaats(kennis, "indicator", i.id)), "kop")
    for r in kennis.randvoorwaarden:
        yield "randvoorwaarde", r.id, r.titel, r.kern, _html(*plaats(kennis, "randvoorwaarde", r.id)), "kop"
    for k in kennis.interventies:
        # a card is recognised by its methods text; a new card from the template has only
        # "Methoden." there (every card's heading), so then by its description
        tekst = _platte_tekst(k.methoden)
        if len(tekst) < 30:
            tekst = _platte_tekst(k.omschrijving)
        yield "kaart", k.id, tekst, tekst, _html(interventie_pagina(k.id), None), "pagina"
    for stap in kennis.hulpvragen.stappen:
        for groep in stap.groepen:
            for v in groep.vragen:
                yield "hulpvraag", v.id, v.tekst, v.tekst, _html(HULPVRAGEN_PAGINA, stap.id), "tekst"


def _kop(titel: str) -> list[str]:
    """Words of a heading without its number ("1. Opvoedvaardigheden")."""
    w = woorden(titel)
    return w[1:] if w and w[0].isdigit() else w


def _bevat(tekst: str, deel: str) -> bool:
    return f" {' '.join(woorden(deel))} " in f" {' '.join(woorden(tekst))} "


def test_elke_entiteit_een_keer_op_haar_eigen_plaats(ingangen, kennis):
    """Indexed once: an entity with its own section is the heading of exactly that one entry,
    and no other page repeats its name (a table, an appendix, a list, a cross-reference, the
    wijkscan, the explorer), except running text of the document (PROZA). A card's text
    stands only on its page; a help question once, in its step."""
    fouten, geteld = [], Counter()
    for soort, id_, tekst, kenmerk, plek, hoe in entiteiten(kennis):
        geteld[soort] += 1
        pagina = plek.split("#")[0]
        waar = [i["location"] for i in ingangen if kenmerk and _bevat(f"{i['title']} {i['text']}", kenmerk)]
        elders = [w for w in waar if w.split("#")[0] != pagina and not PROZA.match(w)]
        if hoe == "kop":
            koppen = [i["location"] for i in ingangen if _kop(i["title"]) == woorden(tekst)]
            fout = koppen != [plek] or elders
        elif hoe == "pagina":
            fout = not any(w.split("#")[0] == pagina for w in waar) or elders
        else:
            fout = waar != [plek]
        if fout:
            fouten.append(f"{soort} {id_}: {tekst[:50]!r} staat in {waar}, hoort alleen in {plek}")
    assert not fouten, "\n".join(fouten)
    assert geteld["factor"] == len(kennis.factoren) and geteld["kaart"] == len(kennis.interventies)


def test_niets_uitgesloten_lekt_en_geen_aan_elkaar_geplakte_woorden(ingangen, site):
    alle = " ".join(woorden(" ".join(f"{i['title']} {i['text']}" for i in ingangen)))
    # text that appears ONLY inside data-search-exclude blocks of the built pages
    buiten, binnen = [], set()
    for pad in site.rglob("*.html"):
        artikel = BeautifulSoup(pad.read_text(encoding="utf-8"), "lxml").select_one("article.md-content__inner")
        if artikel is None:
            continue
        for blok in artikel.select("[data-search-exclude]"):
            for zin in blok.stripped_strings:
                if len(woorden(zin)) >= 5:
                    binnen.add(" ".join(woorden(zin)))
            blok.decompose()
        buiten.append(" ".join(woorden(artikel.get_text(" "))))
    buiten_tekst = " | ".join(buiten)
    alleen_binnen = [z for z in binnen if z not in buiten_tekst]
    assert alleen_binnen, "geen uitgesloten tekst gevonden om te controleren"
    gelekt = [z for z in alleen_binnen if z in alle]
    assert not gelekt, gelekt[:5]
    # a word of two words that also stand alone on the site, the second capitalised:
    # the text of two cells or blocks glued together ("jeugdcriminaliteitKwantitatief")
    los = set(alle.split())
    geplakt = {m.group(0) for i in ingangen for m in re.finditer(r"\b([a-zà-ÿ]{3,})([A-Z][a-zà-ÿ]{2,})\b", i["text"])
               if woorden(m.group(1))[0] in los and woorden(m.group(2))[0] in los}
    assert not geplakt, sorted(geplakt)[:20]


def test_offline_kopie_heeft_dezelfde_index(site):
    js = (site / "search" / "search_index.js").read_text(encoding="utf-8")
    assert js.startswith("var __index = ")
    assert json.loads(js.removeprefix("var __index = ")) == json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not list(site.glob("assets/javascripts/workers/search.*")), "Material's lunr-werker staat er nog"
    assert not (site / "assets/javascripts/lunr").exists()
    # every page (also 404.html, a static template) points the search UI to our worker
    werkers = sorted(p.name for p in site.glob("assets/javascripts/workers/*.js"))
    assert len(werkers) == 1 and werkers[0].startswith("zoeken."), werkers
    for pad in site.rglob("*.html"):
        config = re.search(r'<script id="?__config"?[^>]*>(.*?)</script>', pad.read_text(encoding="utf-8"), re.S)
        if config:
            assert json.loads(config.group(1))["search"].endswith(werkers[0]), pad
