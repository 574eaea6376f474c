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

from macros.plaatsen import HULPVRAGEN_PAGINA, interventie_pagina, plaats
from macros.zoeken.index import woorden


@pytest.fixture(scope="module")
def ingangen(site) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def _html(pad: str, anker: str | None) -> str:
    return posixpath.splitext(pad)[0] + ".html" + (f"#{anker}" if anker else "")


def _waar(ingangen, tekst: str) -> list[str]:
    """Locations of the entries whose title+text hold the words of ``tekst`` in order."""
    zoek = " " + " ".join(woorden(tekst)) + " "
    return [i["location"] for i in ingangen if zoek in " " + " ".join(woorden(f"{i['title']} {i['text']}")) + " "]


def entiteiten(kennis):
    """(kind, id, identifying text, canonical location, whole page counts) for every entity."""
    for f in kennis.factoren:
        yield "factor", f.id, f.naam, _html(*plaats(kennis, "factor", f.id)), False
    for i in kennis.indicatoren:
        yield "indicator", i.id, f"{i.naam} {i.toelichting}", _html(*plaats(kennis, "indicator", i.id)), False
    for r in kennis.randvoorwaarden:
        yield "randvoorwaarde", r.id, r.kern, _html(*plaats(kennis, "randvoorwaarde", r.id)), False
    for k in kennis.interventies:
        yield "kaart", k.id, k.doelgroep, _html(interventie_pagina(k.id), None), True
    for stap in kennis.hulpvragen.stappen:
        for groep in stap.groepen:
            for v in groep.vragen:
                yield "hulpvraag", v.id, v.tekst, _html(HULPVRAGEN_PAGINA, stap.id), False


def test_elke_entiteit_een_keer_op_haar_eigen_plaats(ingangen, kennis):
    fouten, geteld = [], Counter()
    for soort, id_, tekst, plek, hele_pagina in entiteiten(kennis):
        geteld[soort] += 1
        waar = _waar(ingangen, tekst)
        goed = [w for w in waar if (w.split("#")[0] == plek if hele_pagina else w == plek)]
        if len(waar) != 1 or len(goed) != 1:
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
    # a lower-case letter directly followed by an upper-case one: cells glued together
    geplakt = {m for i in ingangen for m in re.findall(r"\b[a-zà-ÿ]{4,}[A-Z][a-z]{3,}\b", i["text"])}
    assert not geplakt, sorted(geplakt)[:20]


def test_offline_kopie_heeft_dezelfde_index(site):
    js = (site / "search" / "search_index.js").read_text(encoding="utf-8")
    assert js.startswith("var __index = ")
    assert json.loads(js.removeprefix("var __index = ")) == json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not list(site.glob("assets/javascripts/workers/search.*")), "Material's lunr-werker staat er nog"
    assert not (site / "assets/javascripts/lunr").exists()
