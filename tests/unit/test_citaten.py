"""In-text citations are matched to the reference list, and never guessed."""

from __future__ import annotations

from macros.inhoud.citaten import vind
from macros.weergave.verrijking import Verrijker


def ids(tekst, kennis):
    return [(c.tekst, c.bron) for c in vind(tekst, kennis)]


def bron_id(kennis, auteur, jaar):
    (b,) = [b for b in kennis.bronnen if b.auteurs and b.auteurs[0] == auteur and b.jaar == jaar]
    return b.id


def test_meerdere_citaten_tussen_haakjes(kennis):
    gevonden = ids("zo blijkt (Gubbels, Assink & van der Put, 2024; Adjiembaks, 2018).", kennis)
    assert gevonden == [
        ("Gubbels, Assink & van der Put, 2024", bron_id(kennis, "Gubbels", 2024)),
        ("Adjiembaks, 2018", bron_id(kennis, "Adjiembaks", 2018)),
    ]


def test_verhalende_vorm_en_paginanummer(kennis):
    assert ids("volgens Arnstein (1969) kent", kennis) == [("Arnstein (1969)", bron_id(kennis, "Arnstein", 1969))]
    (c,) = vind("(Servaas et al, 2021, p. 5)", kennis)
    assert c.tekst == "Servaas et al, 2021" and c.bron == bron_id(kennis, "Servaas", 2021)


def test_dubbelzinnig_of_onbekend_wordt_niet_gekoppeld(kennis):
    kovacs = [b for b in kennis.bronnen if b.auteurs and b.auteurs[0].startswith("Kov") and b.jaar == 2021]
    assert len(kovacs) == 2  # two entries: without further authors the text cannot tell which
    (c,) = vind("(Kovacs et al., 2021)", kennis)
    assert c.bron is None
    # naming a third author settles it
    (c,) = vind("(Kovacs, Noor & Geerlings, 2021)", kennis)
    assert c.bron == next(b.id for b in kovacs if "Geerlings" in b.auteurs)
    (c,) = vind("(Pietersen, 1999)", kennis)
    assert c.bron is None and c.auteur == "pietersen"


def test_andere_citeervorm_uit_de_data(kennis):
    doel = [b for b in kennis.bronnen if "Gill 2016" in b.ook_geciteerd_als]
    assert len(doel) == 1
    (c,) = vind("(Gill, 2016)", kennis)
    assert c.bron == doel[0].id


def test_verrijking_koppelt_citaat_en_eerste_begrip_maar_niet_in_links_en_koppen(kennis):
    v = Verrijker(kennis)
    html = (
        "<h2>Weerbaarheid (Arnstein, 1969)</h2>"
        "<p>Over weerbaarheid en nog eens weerbaarheid (Arnstein, 1969).</p>"
        '<p><a href="x.html">Arnstein (1969)</a></p>'
    )
    uit = v.verrijk(html, "hoofdstuk-1/index.md")
    kop, alinea, link = uit.split("</h2>")[0], uit.split("</h2>")[1].split("</p>")[0], uit.split("</p>")[1]
    assert "sw-" not in kop
    assert alinea.count('class="sw-begrip"') == 1 and 'href="../begrippen.html#weerbaarheid"' in alinea
    assert alinea.count('class="sw-citaat"') == 1 and f'href="../literatuur.html#{bron_id(kennis, "Arnstein", 1969)}"' in alinea
    assert "sw-citaat" not in link
    # the text itself is unchanged apart from the links
    import re
    assert re.sub(r"<[^>]+>", "", uit) == re.sub(r"<[^>]+>", "", html)


def test_verhalend_met_meerdere_auteurs_en_zinsdeel_ervoor(kennis):
    (c,) = vind("zoals Gubbels, Assink & van der Put (2024) laten zien", kennis)
    assert (c.tekst, c.bron) == ("Gubbels, Assink & van der Put (2024)", bron_id(kennis, "Gubbels", 2024))
    (c,) = vind("(zie ook de Braziliaanse studie van Pietersen et al, 1999)", kennis)
    assert c.tekst == "Pietersen et al, 1999" and c.auteur == "pietersen" and c.bron is None
