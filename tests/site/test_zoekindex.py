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
    """(kind, id, name, text that shows it elsewhere, canonical location, placement).

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
        yield "kaart", k.id, k.naam, tekst, _html(interventie_pagina(k.id), None), "pagina"
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


def plaatsfouten(ingangen: list[dict], alle: list[tuple]) -> list[str]:
    """What is wrong with where the entities ``alle`` (as ``entiteiten`` yields them) are in
    the index ``ingangen``. An entity is identified by id and canonical location, not by its
    text: an entity with its own section is the heading of exactly that one entry; a card is
    a page of its own with its name as title; a help question is in the entry of its step.
    Its text is repeated nowhere else (a table, an appendix, a list, a cross-reference, the
    wijkscan, the explorer), except in running text of the document (PROZA; not for help
    questions) and at the place of another entity whose own data has the same text: two
    cards may share a sentence (a new card started as a copy of another)."""
    # location (the page, for a card) -> (kind, id, identifying text) of the entities there
    eigen: dict[str, list[tuple[str, str, str]]] = {}
    for soort, id_, _, kenmerk, plek, hoe in alle:
        if kenmerk:
            eigen.setdefault(plek.split("#")[0] if hoe == "pagina" else plek, []).append((soort, id_, kenmerk))

    def van_een_ander(locatie: str, soort: str, id_: str, kenmerk: str) -> bool:
        """``locatie`` is the place of another entity whose own text contains ``kenmerk``."""
        return any(_bevat(k, kenmerk) for sleutel in {locatie, locatie.split("#")[0]}
                   for s, i, k in eigen.get(sleutel, []) if (s, i) != (soort, id_))

    fouten = []
    for soort, id_, tekst, kenmerk, plek, hoe in alle:
        pagina = plek.split("#")[0]
        waar = [i["location"] for i in ingangen if kenmerk and _bevat(f"{i['title']} {i['text']}", kenmerk)]
        if hoe == "tekst":
            elders = [w for w in waar if w != plek and not van_een_ander(w, soort, id_, kenmerk)]
        else:
            elders = [w for w in waar if w.split("#")[0] != pagina and not PROZA.match(w)
                      and not van_een_ander(w, soort, id_, kenmerk)]
        if hoe == "kop":
            koppen = [i["location"] for i in ingangen if _kop(i["title"]) == woorden(tekst)]
            fout = koppen != [plek] or elders
        elif hoe == "pagina":
            titel = any(i["location"] == pagina and woorden(i["title"]) == woorden(tekst) for i in ingangen)
            fout = not titel or not any(w.split("#")[0] == pagina for w in waar) or elders
        else:
            fout = waar.count(plek) != 1 or elders
        if fout:
            fouten.append(f"{soort} {id_}: {tekst[:50]!r} staat in {waar}, hoort alleen in {plek}")
    return fouten


def test_elke_entiteit_een_keer_op_haar_eigen_plaats(ingangen, kennis):
    alle = list(entiteiten(kennis))
    fouten = plaatsfouten(ingangen, alle)
    assert not fouten, "\n".join(fouten)
    geteld = Counter(e[0] for e in alle)
    assert geteld["factor"] == len(kennis.factoren) and geteld["kaart"] == len(kennis.interventies)


def test_plaatscontrole_ziet_herhaling_en_laat_gedeelde_zinnen_van_kaarten_toe():
    """Negative control of ``plaatsfouten`` on a made-up index: a card's text in a list page
    or without its own page title is an error; two cards with the same sentence on their own
    pages are not; a help question twice in one page is an error."""
    zin = "Toezicht controle en activiteiten in de buurt"
    kaarten = [("kaart", "a", "Kaart A", zin, "interventies/a.html", "pagina"),
               ("kaart", "b", "Kaart B", zin, "interventies/b.html", "pagina"),
               ("hulpvraag", "v1", "Wie doet mee", "Wie doet mee", "hulpvragen/index.html#stap-1", "tekst")]
    goed = [{"location": "interventies/a.html", "title": "Kaart A", "page": "", "text": zin},
            {"location": "interventies/b.html", "title": "Kaart B", "page": "", "text": zin},
            {"location": "hulpvragen/index.html#stap-1", "title": "Stap 1", "page": "H", "text": "Wie doet mee?"}]
    assert plaatsfouten(goed, kaarten) == []
    lijst = goed + [{"location": "interventies/index.html", "title": "Overzicht", "page": "", "text": zin}]
    assert len(plaatsfouten(lijst, kaarten)) == 2
    zonder_titel = [dict(goed[0], title="Iets anders"), *goed[1:]]
    assert [f.split(":")[0] for f in plaatsfouten(zonder_titel, kaarten)] == ["kaart a"]
    dubbel = goed + [{"location": "hulpvragen/index.html#stap-2", "title": "Stap 2", "page": "H", "text": "Wie doet mee?"}]
    assert [f.split(":")[0] for f in plaatsfouten(dubbel, kaarten)] == ["hulpvraag v1"]


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


def test_titels_in_de_index_zijn_platte_tekst(ingangen, kennis):
    """A title reaches the index as text, not HTML: the worker escapes it once for display,
    so an entity here would show as "&amp;" in the results. Names with "&" from the data
    are in the index with a plain "&"."""
    entiteit = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)
    verkeerd = sorted({t for i in ingangen for t in (i["title"], i["page"]) if entiteit.search(t)})
    assert not verkeerd, verkeerd
    met_en = [f.naam for f in kennis.factoren if "&" in f.naam]
    assert met_en, "geen naam met & meer in de data om te controleren"
    titels = {i["title"] for i in ingangen} | {i["page"] for i in ingangen}
    for naam in met_en:
        assert any(t.endswith(naam) for t in titels), naam
    assert any("&" in i["page"] for i in ingangen), "geen paginatitel met & in de index"
