"""The search index builder (macros/zoeken/index.py) on small pages made for the purpose:
exclusion of whole blocks with nested elements, separate words in adjacent cells, one entry
per section, footnotes apart, acronyms from the glossary."""

from __future__ import annotations

from types import SimpleNamespace

from macros.zoeken.index import secties, synoniemen, synoniemgroepen, woorden


def pagina(inhoud: str) -> str:
    return (f"<html><body><nav>Menu tekst</nav><article class='md-content__inner md-typeset'>"
            f"<h1 id='titel'>Titel<a class='headerlink' href='#titel'>¶</a></h1>{inhoud}</article>"
            f"<footer>Voettekst</footer></body></html>")


def alle_tekst(s: list[dict]) -> str:
    return " ".join(f"{x['title']} {x['text']}" for x in s)


def test_uitgesloten_blok_met_geneste_divs_lekt_niet():
    html = pagina(
        "<p>voor</p><div data-search-exclude><div><div>diep</div></div><p>na-genest</p>"
        "<div><span>nog dieper</span></div>staart</div><p>achter</p>")
    tekst = alle_tekst(secties(html, "p.html", "Titel"))
    for weg in ("diep", "na-genest", "dieper", "staart"):
        assert weg not in tekst, tekst
    assert "voor" in tekst and "achter" in tekst


def test_woorden_in_naburige_cellen_en_blokken_blijven_los():
    html = pagina("<table><tr><th>jeugdcriminaliteit</th><td>Kwantitatief</td></tr></table>"
                  "<ul><li>een</li><li>twee</li></ul><p>ouder-<strong>kind</strong>relatie</p>")
    tekst = alle_tekst(secties(html, "p.html", "Titel"))
    assert "jeugdcriminaliteit Kwantitatief" in tekst
    assert "een twee" in tekst
    assert "ouder-kindrelatie" in tekst  # inline markup does not split a word


def test_een_ingang_per_sectie_met_anker_en_paginatitel():
    html = pagina("<p>inleiding</p><h2 id='a'>Kop A</h2><p>tekst a</p>"
                  "<div class='wrapper'><h3 id='b'>Kop B</h3><p>tekst b</p></div>"
                  "<div class='footnote'><ol><li id='fn:1'>noot</li></ol></div>")
    s = secties(html, "map/p.html", "Titel")
    assert [(x["location"], x["title"], x["page"]) for x in s] == [
        ("map/p.html", "Titel", ""), ("map/p.html#a", "Kop A", "Titel"),
        ("map/p.html#b", "Kop B", "Titel"), ("map/p.html#fn:1", "Voetnoten", "Titel")]
    assert [x["text"] for x in s] == ["inleiding", "tekst a", "tekst b", "noot"]
    assert "¶" not in alle_tekst(s) and "Menu" not in alle_tekst(s) and "Voettekst" not in alle_tekst(s)


def test_pagina_zonder_inleiding_heeft_toch_een_ingang_met_haar_titel():
    s = secties(pagina("<h2 id='a'>Kop</h2><p>x</p>"), "p.html", "Titel")
    assert s[0] == {"location": "p.html", "title": "Titel", "page": "", "text": ""}


def test_gewicht_van_de_pagina():
    s = secties(pagina("<p>x</p>"), "p.html", "Titel", boost=0.3)
    assert s and all(x["boost"] == 0.3 for x in s)
    assert "boost" not in secties(pagina("<p>x</p>"), "p.html", "Titel")[0]


def test_acroniemen_en_voluit_uit_de_begrippenlijst(kennis):
    groepen = synoniemgroepen(kennis.begrippen)
    met_haakjes = [b for b in kennis.begrippen if "(" in b.term and b.term.split("(")[0].strip().isupper()]
    assert met_haakjes, "de begrippenlijst heeft geen term als 'CTC (Communities That Care)'"
    for b in met_haakjes:
        acroniem, voluit = b.term.split("(")[0].strip(), b.term.split("(")[1].rstrip(")").strip()
        groep = next((g for g in groepen if acroniem in g), None)
        assert groep is not None and voluit in groep, (b.term, groepen)
        # a text with only the expansion gets the acronym, and the other way round
        assert [voluit, acroniem] in synoniemen(f"iets over {voluit.lower()} hier", groepen)
        assert any(p[0] == acroniem and woorden(p[1]) == woorden(voluit) for p in synoniemen(f"de {acroniem}-aanpak", groepen))


def test_synoniemen_alleen_voor_hele_woorden():
    groepen = synoniemgroepen([SimpleNamespace(term="ESS", varianten=["Expertise-unit Sociale Stabiliteit"])])
    assert groepen == [["ESS", "Expertise-unit Sociale Stabiliteit"]]
    assert synoniemen("een essay over bessen", groepen) == []
    assert synoniemen("de expertise unit sociale stabiliteit", groepen) == [["Expertise-unit Sociale Stabiliteit", "ESS"]]
    assert synoniemen("bij het ESS", groepen) == [["ESS", "Expertise-unit Sociale Stabiliteit"]]
