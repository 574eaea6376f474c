"""The search index builder (macros/zoeken/index.py) at its edges: loose text and comments
before the first heading, a page without h1, elements with an id that are no heading,
headings without an id, footnotes without an anchor, and glossary groups with more than
two forms. Expected values are written out from the small pages and terms below."""

from __future__ import annotations

from types import SimpleNamespace

from macros.zoeken.index import secties, synoniemen, synoniemgroepen


def artikel(inhoud: str) -> str:
    return f"<html><body><article class='md-content__inner'>{inhoud}</article></body></html>"


def test_losse_tekst_voor_de_eerste_kop_telt_commentaar_niet():
    s = secties(artikel("<h1>T</h1>los woord<!-- geheim --><p>alinea</p><h2 id='a'>A</h2>na<!-- ook geheim -->"),
                "p.html", "T")
    assert [(x["location"], x["text"]) for x in s] == [("p.html", "los woord alinea"), ("p.html#a", "na")]


def test_pagina_zonder_h1_houdt_haar_eerste_blok():
    s = secties(artikel("<p>eerste</p><p>tweede</p>"), "p.html", "T")
    assert s == [{"location": "p.html", "title": "T", "page": "", "text": "eerste tweede"}]


def test_alleen_een_kop_met_id_begint_een_sectie():
    s = secties(artikel("<h1>T</h1><p id='x'>alinea met id</p><h2>kop zonder id</h2><p>tekst</p>"
                        "<h2 id='b'>B</h2><p>b</p>"), "p.html", "T")
    assert [(x["location"], x["title"], x["text"]) for x in s] == [
        ("p.html", "T", "alinea met id kop zonder id tekst"), ("p.html#b", "B", "b")]


def test_tekst_van_een_sectie_begint_leeg():
    s = secties(artikel("<h1>T</h1><p>in</p><h2 id='a'>A</h2><p>a</p><h2 id='b'>B</h2><p>b</p>"), "p.html", "T")
    assert [x["text"] for x in s] == ["in", "a", "b"]
    assert [x["page"] for x in s] == ["", "T", "T"]


def test_voetnoten_zonder_anker_wijzen_naar_de_pagina():
    s = secties(artikel("<h1>T</h1><p>x</p><div class='footnote'><ol><li>noot een</li><li>noot twee</li></ol></div>"),
                "map/p.html", "T &amp; U")
    assert s[-1] == {"location": "map/p.html", "title": "Voetnoten", "page": "T & U", "text": "noot een noot twee"}
    assert s[0]["title"] == "T & U"


def test_pagina_zonder_voetnoten_heeft_geen_voetnotensectie():
    s = secties(artikel("<h1>T</h1><p>x</p>"), "p.html", "T")
    assert [x["title"] for x in s] == ["T"]


def test_acroniem_met_precies_twee_hoofdletters():
    gi = SimpleNamespace(term="GI (gecertificeerde instelling)", varianten=[])
    assert synoniemgroepen([gi]) == [["GI", "gecertificeerde instelling"]]
    # one capital is no acronym: no group
    assert synoniemgroepen([SimpleNamespace(term="Buurt (wijk)", varianten=["Wijkje"])]) == []
    # a form with its acronym before a hyphen counts
    ppct = SimpleNamespace(term="PPCT-model", varianten=["Process-Person-Context-Time-model"])
    assert synoniemgroepen([ppct]) == [["PPCT-model", "Process-Person-Context-Time-model"]]


def test_groep_met_varianten_en_dubbele_vormen():
    ctc = SimpleNamespace(term="CTC (Communities That Care)",
                          varianten=["Communities that Care", " CTC-aanpak ", "communities-that-care"])
    groepen = synoniemgroepen([ctc])
    assert groepen == [["CTC", "Communities That Care", "CTC-aanpak"]]
    # one form found: the others are added, each once
    assert synoniemen("Over CTC.", groepen) == [["CTC", "Communities That Care"], ["CTC", "CTC-aanpak"]]
    # two forms found: only the third is added, next to the first one found
    assert synoniemen("ctc en Communities that care", groepen) == [["CTC", "CTC-aanpak"]]
    assert synoniemen("de ctc aanpak", groepen) == [["CTC", "Communities That Care"]]
    assert synoniemen("niets hiervan", groepen) == []
    # a group of one form (after folding) is no group
    assert synoniemgroepen([SimpleNamespace(term="ESS", varianten=["ess", "E.S.S."])]) == [["ESS", "E.S.S."]]
    assert synoniemgroepen([SimpleNamespace(term="ESS", varianten=["ess"])]) == []


def test_ingevoegde_elementen_splitsen_geen_woord_ook_niet_rond_een_id_of_kop():
    """Inline markup joins a word also when it carries an id, or sits in a wrapper that
    holds a heading without id (only a heading with id makes the builder look inside)."""
    s = secties(artikel("<h1>T</h1><p>ouder<span id='x'>kind</span>relatie</p>"
                        "<div>voor<em>deel</em><h4>kop zonder id</h4></div>"), "p.html", "T")
    assert s[0]["text"] == "ouderkindrelatie voordeel kop zonder id"


def test_term_met_haakjes_houdt_al_zijn_varianten():
    gi = SimpleNamespace(term="GI (gecertificeerde instelling)", varianten=["jeugdbeschermingsinstelling", "GI's"])
    assert synoniemgroepen([gi]) == [["GI", "gecertificeerde instelling", "jeugdbeschermingsinstelling", "GI's"]]


def test_elke_gevonden_groep_telt_mee():
    groepen = [["CTC", "Communities That Care"], ["GI", "gecertificeerde instelling"], ["ESS", "Expertise-unit"]]
    assert synoniemen("CTC werkt met een GI", groepen) == [["CTC", "Communities That Care"], ["GI", "gecertificeerde instelling"]]
