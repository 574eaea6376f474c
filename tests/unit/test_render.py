"""Renderers: escaping, links relative to the page, labels as text."""

from __future__ import annotations

from bs4 import BeautifulSoup

from macros.weergave import factoren, hulpvragen, interventies, literatuur
from macros.inhoud.kennis import Kennis
from macros.weergave.plaatsen import href
from macros.weergave.labels import BEWIJS, REIKWIJDTE
from macros.weergave import Paginacontext
from macros.weergave.tekst import md_blok, md_kop


def html(markup) -> BeautifulSoup:
    return BeautifulSoup(str(markup), "html.parser")


def test_href_is_relatief():
    assert href("factoren/index.md", "factoren/gezinsniveau.md", "x") == "gezinsniveau.html#x"
    assert href("interventies/buurtvaders.md", "literatuur.md", "a-2020") == "../literatuur.html#a-2020"
    assert href("index.md", "interventies/index.md") == "interventies/index.html"
    assert href("literatuur.md", "literatuur.md", "a") == "#a"


def test_markdown_veld_toont_html_als_tekst():
    uit = md_blok("Zie **dit** <script>alert(1)</script> en <https://example.org/a>")
    soep = html(uit)
    assert soep.find("script") is None
    assert "<script>alert(1)</script>" in soep.get_text()
    assert soep.find("strong").get_text() == "dit"
    assert soep.find("a")["href"] == "https://example.org/a"


def test_platte_tekst_in_kop_wordt_ontsnapt():
    assert "<" not in md_kop("<b>Kop</b>")
    assert md_kop("a*b_c") == r"a\*b\_c"


def test_platte_tekst_in_kaart_wordt_ontsnapt(kennis, index):
    kaart = kennis.interventies[0].model_copy(update={"doelgroep": "<script>x()</script>"})
    k = Kennis(**{**_velden(kennis), "interventies": [kaart, *kennis.interventies[1:]]})
    uit = str(interventies.interventiekaart(Paginacontext(k, f"interventies/{kaart.id}.md", index), kaart.id))
    assert "<script>" not in uit
    assert "&lt;script&gt;x()&lt;/script&gt;" in uit


def _velden(kennis):
    return {n: getattr(kennis, n) for n in kennis.__dataclass_fields__ if not n.startswith("_")}


def test_factortabel_bevat_elke_factor_met_tekstlabels(kennis, index):
    for niveau in ("gezin", "gemeenschap"):
        soep = html(factoren.factortabel(Paginacontext(kennis, "bijlagen/bijlage-1.md", index), niveau))
        rijen = soep.select("tbody tr")
        verwacht = [f for f in kennis.factoren if f.niveau == niveau]
        assert len(rijen) == len(verwacht)
        for rij, f in zip(rijen, verwacht):
            assert rij.th.get_text(strip=True) == f.naam
            assert rij.th.a["href"] == href("bijlagen/bijlage-1.md", f"factoren/{'gezinsniveau' if niveau == 'gezin' else 'gemeenschapsniveau'}.md", f.id)
            cellen = [td.get_text(strip=True) for td in rij.find_all("td")]
            assert cellen == [REIKWIJDTE[f.reikwijdte], BEWIJS[f.bewijs]]
        # the summary repeats the canonical factor pages: keep it out of search
        assert soep.find(attrs={"data-search-exclude": True}) is not None


def test_indicator_toont_zijn_factoren(kennis, index):
    uit = str(factoren.indicatoren(Paginacontext(kennis, "factoren/indicatoren.md", index), "gemeenschap"))
    for i in kennis.indicatoren_van("gemeenschap"):
        for f in kennis.factoren_bij_indicator(i.id):
            assert f.naam.replace("&", "&amp;") in uit


def test_literatuur_toont_waar_bron_genoemd_is(kennis, index):
    soep = html(literatuur.literatuur_op_de_site(Paginacontext(kennis, "literatuur-op-de-site.md", index)))
    genoemd = [b for b in kennis.bronnen if kennis.vermeldingen(b.id)]
    assert genoemd
    for b in genoemd:
        li = soep.find(id=b.id)
        links = [a["href"] for a in li.select(".sw-vermeld a")]
        assert len(links) == len(kennis.vermeldingen(b.id))
    lijst = html(literatuur.literatuur(Paginacontext(kennis, "literatuur.md", index)))
    assert len(lijst.select("ol > li")) == len(kennis.bronnen)


def test_literatuur_elke_plek_precies_eens_in_een_teruglijst_per_bron(kennis):
    """With the build's citation index: the list links each reference to its entry on
    'Waar de bronnen op de site staan' with the number of places; there every distinct place
    where the text cites it or an item lists it is linked, none twice, and the entry links
    back to the list."""
    import copy
    from pathlib import Path

    from macros.weergave.paginaindex import scan
    from macros.weergave.verrijking import citaties_in_data, scan_citaties

    docs = Path(__file__).resolve().parents[2] / "docs"
    index = copy.copy(scan(docs))
    index.citaties = scan_citaties(docs, kennis)
    citaties_in_data(index.citaties, kennis, index)
    w = Paginacontext(kennis, "literatuur.md", index)
    soep = html(literatuur.literatuur(w))
    w2 = Paginacontext(kennis, "literatuur-op-de-site.md", index)
    plekken = html(literatuur.literatuur_op_de_site(w2))
    assert len(soep.select("ol.sw-literatuur > li")) == len(kennis.bronnen)
    met_plekken = 0
    for b in kennis.bronnen:
        li = soep.find(id=b.id)
        lijsten = li.select("[data-search-exclude]")
        assert len(lijsten) == 1, b.id
        verwacht = {w2.naar(v.pagina, v.anker) for v in index.citaties.per_bron.get(b.id, [])}
        verwacht |= {w2.link(v.soort, v.id) for v in kennis.vermeldingen(b.id)}
        elders = plekken.find(id=b.id)
        if not verwacht:
            assert "Niet geciteerd" in lijsten[0].get_text(), b.id
            assert elders is None, b.id
            continue
        met_plekken += 1
        (naar,) = lijsten[0].select("a[href]")
        assert naar["href"] == f"literatuur-op-de-site.html#{b.id}", b.id
        assert f"({len(verwacht)})" in naar.get_text(), (b.id, naar.get_text())
        terug, *rest = elders.select("a[href]")
        assert terug["href"] == f"literatuur.html#{b.id}"
        assert sorted(a["href"] for a in rest) == sorted(verwacht), b.id
    assert len(plekken.select("ol > li")) == met_plekken


def test_hulpvragen_alle_vragen_in_volgorde(kennis, index):
    soep = html(hulpvragen.hulpvragen(Paginacontext(kennis, "hulpvragen/index.md", index)))
    tekst = [li.get_text() for li in soep.select("ul.sw-vragen li")]
    assert tekst == [v.tekst for s in kennis.hulpvragen.stappen for v in s.vragen]
