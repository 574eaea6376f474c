"""The built site as a visitor and a publisher meet it: pages, anchors, links, search."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from macros.inhoud.teksten import BRON_PDF
from macros.weergave.plaatsen import FACTOR_PAGINA, interventie_pagina



def soep(site: Path, pagina: str) -> BeautifulSoup:
    return BeautifulSoup((site / pagina).read_text(encoding="utf-8"), "html.parser")


def html_paginas(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def test_alle_paginas_gebouwd_en_nederlands(site):
    paginas = html_paginas(site)
    assert len(paginas) >= 30
    for pad in paginas:
        s = soep(site, pad.relative_to(site).as_posix())
        assert s.html["lang"] == "nl", pad
        assert s.find("h1"), pad


def test_tooltips_van_voetnoten_zijn_nederlands(site):
    """Python-Markdown's default back-link title is English ("Jump back to footnote 1 in the
    text") and carries Markdown's number, not the source's: mkdocs.yml sets a Dutch one."""
    titels = set()
    for pad in html_paginas(site):
        s = soep(site, pad.relative_to(site).as_posix())
        titels |= {a.get("title", "") for a in s.select("a.footnote-backref")}
    assert titels == {"Terug naar de verwijzing naar deze voetnoot in de tekst"}


def test_macrofouten_niet_gepubliceerd(site):
    for p in html_paginas(site):
        tekst = p.read_text(encoding="utf-8")
        assert "{{" not in tekst and "Macro Syntax Error" not in tekst and "Traceback" not in tekst, p


def test_elke_factor_heeft_een_anker_met_tekstlabels(site, kennis):
    for f in kennis.factoren:
        pagina = soep(site, FACTOR_PAGINA[f.niveau].replace(".md", ".html"))
        kop = pagina.find(id=f.id)
        assert kop is not None and kop.name == "h3", f.id
        blok = kop.find_next_sibling("div")
        labels = blok.select(".sw-badge")
        assert len(labels) == 2 and all(label.get_text(strip=True) for label in labels)


def test_elke_pagina_met_factorlabels_heeft_de_legenda(site):
    """A label ("Bewijs: Kwantitatief robuust") is explained in the key (legenda.html) on the
    same page: the labels carry no title attribute, which touch and keyboard never show."""
    met_labels = 0
    for pad in html_paginas(site):
        s = soep(site, pad.relative_to(site).as_posix())
        labels = s.select("article .sw-badge .sw-badge__soort")
        if not labels:
            continue
        met_labels += 1
        legenda = s.select_one("article details.sw-legenda")
        assert legenda is not None, f"{pad.name}: factorlabels zonder legenda"
        uitleg = legenda.get_text(" ", strip=True)
        for label in labels:
            waarde = label.parent.get_text(" ", strip=True).split(":", 1)[1].strip()
            assert waarde in uitleg, (pad.name, waarde)
    assert met_labels >= 2  # the factor pages at least


def test_bijlagen_en_resume_tonen_dezelfde_factoren(site, kennis):
    for niveau, bijlage in (("gezin", "bijlagen/bijlage-1.html"), ("gemeenschap", "bijlagen/bijlage-2.html")):
        verwacht = [f.naam for f in kennis.factoren_van(niveau)]
        in_bijlage = [th.get_text(strip=True) for th in soep(site, bijlage).select(".sw-factortabel tbody th")]
        assert in_bijlage == verwacht
        resume = soep(site, "factoren/index.html")
        assert all(resume.find(string=naam) for naam in verwacht)


def test_elke_kaart_heeft_pagina_met_alle_velden_en_staat_in_overzicht(site, kennis):
    overzicht = soep(site, "interventies/index.html")
    links = {a["href"] for a in overzicht.select(".sw-kaartoverzicht a")}
    for kaart in kennis.interventies:
        pagina = interventie_pagina(kaart.id).replace(".md", ".html")
        assert posixpath.relpath(pagina, "interventies") in links
        s = soep(site, pagina)
        assert s.h1.get_text(strip=True).rstrip("¶") == kaart.naam
        koppen = [h.get_text(strip=True).rstrip("¶") for h in s.select("article h2")]
        for veld in ("Ontwikkelaar", "Omschrijving", "Doelgroep", "Doelen", "Methoden", "Werkzame elementen",
                     "Effectiviteit", "Locatie", "Samenwerkingspartners", "Toepasbaarheid & randvoorwaarden"):
            assert veld in koppen, (kaart.id, veld)
        assert ("Conclusie" in koppen) or ("Kanttekening" in koppen)
    # the cards appear in the navigation in the source's order
    nav = [a.get_text(strip=True) for a in overzicht.select("nav.md-nav--primary a")]
    posities = [nav.index(k.naam) for k in kennis.interventies]
    assert posities == sorted(posities)


def test_elke_hulpvraag_op_de_pagina(site, kennis):
    s = soep(site, "hulpvragen/index.html")
    for stap in kennis.hulpvragen.stappen:
        kop = s.find(id=stap.id)
        assert kop is not None
        for v in stap.vragen:
            assert s.find(id=v.id).get_text() == v.tekst


def test_ontbrekende_figuur_toont_bijschrift_en_verwijst_naar_pdf(site, kennis):
    s = soep(site, "hoofdstuk-4/index.html")
    fig = s.find(id="figuur-4-1")
    assert "Figuur 4.1" in fig.figcaption.get_text()
    # the published source PDF of May 2024, in the same words as every such note
    assert f"alleen in {BRON_PDF}" in " ".join(fig.get_text().split())
    herbouwd = soep(site, "hoofdstuk-3/samenwerkingsniveaus.html").find(id="afbeelding-3-1")
    assert len(herbouwd.select("ol li")) == len(kennis.lijst("participatieniveaus").items)


@pytest.fixture(scope="module")
def zoekindex(site):
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


def test_zoekindex_is_nederlands_en_vindt_woorden(zoekindex):
    assert zoekindex["config"]["lang"] == ["nl"]
    tekst = " ".join(d["text"] + " " + d["title"] for d in zoekindex["docs"]).lower()
    for woord in ("ouderbetrokkenheid", "buurtvaders", "meldingsbereidheid", "randvoorwaarden"):
        assert woord in tekst, woord


def test_interne_links_en_ankers_kloppen(site):
    """Every internal href of every page points to an existing file and anchor."""
    ids: dict[Path, set[str]] = {}

    def ankers(pad: Path) -> set[str]:
        if pad not in ids:
            s = BeautifulSoup(pad.read_text(encoding="utf-8"), "html.parser")
            ids[pad] = {t["id"] for t in s.find_all(id=True)} | {t["name"] for t in s.find_all("a", attrs={"name": True})}
        return ids[pad]

    fouten = []
    aantal = 0
    for pagina in html_paginas(site):
        s = BeautifulSoup(pagina.read_text(encoding="utf-8"), "html.parser")
        for tag in s.find_all(["a", "link", "script", "img"]):
            url = tag.get("href") or tag.get("src")
            if not url or url.startswith(("mailto:", "data:", "javascript:")):
                continue
            deel = urlsplit(url)
            if deel.scheme or deel.netloc:
                continue  # external: see test_geen_externe_bronnen for what may load
            doel = pagina if not deel.path else (pagina.parent / unquote(deel.path)).resolve()
            if doel.is_dir():
                doel = doel / "index.html"
            aantal += 1
            if not doel.exists():
                fouten.append(f"{pagina.relative_to(site)}: {url} (bestand ontbreekt)")
            elif deel.fragment and doel.suffix == ".html" and unquote(deel.fragment) not in ankers(doel):
                fouten.append(f"{pagina.relative_to(site)}: {url} (anker ontbreekt)")
    assert aantal > 500
    assert not fouten, "\n".join(fouten)


def test_geen_externe_bronnen_geladen(site):
    """No page loads a script, style, font, image or frame from another host."""
    fouten = []
    for pagina in html_paginas(site):
        s = BeautifulSoup(pagina.read_text(encoding="utf-8"), "html.parser")
        for tag in s.find_all(["script", "link", "img", "iframe", "source", "video", "audio", "object", "embed"]):
            if tag.name == "link" and not set(tag.get("rel", [])) & {"stylesheet", "preload", "icon", "modulepreload", "manifest", "preconnect", "dns-prefetch"}:
                continue
            url = tag.get("src") or tag.get("href") or tag.get("data") or ""
            if re.match(r"^(https?:)?//", url):
                fouten.append(f"{pagina.relative_to(site)}: <{tag.name}> {url}")
    for css in site.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", css.read_text(encoding="utf-8")):
            fouten.append(f"{css.relative_to(site)}: {url}")
    assert not fouten, "\n".join(fouten)


def test_laatst_bijgewerkt_uit_git(site):
    import re as _re

    tekst = (site / "interventies" / "buurtvaders.html").read_text(encoding="utf-8")
    assert _re.search(r"Laatst bijgewerkt: \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d", tekst)


def test_downloads_pagina_linkt_alle_downloads(site):
    s = soep(site, "downloads.html")
    links = {a["href"] for a in s.select("a[download]")}
    gemaakt = {p.relative_to(site).as_posix() for p in (site / "downloads").rglob("*") if p.is_file()}
    assert {l for l in links} >= {g for g in gemaakt if "/open-data/" in g or "hulpvragen" in g}


def test_subparagrafen_een_kopniveau_dieper_dan_hun_paragraaf(site):
    """On every page a heading numbered 2.1.1 is one level below the 2.1 before it
    (and the anchors #paragraaf-2-1-1 stay where links point)."""
    getoetst = 0
    for pagina in sorted(site.rglob("*.html")):
        artikel = soep(site, str(pagina.relative_to(site))).select_one("article")
        if artikel is None:
            continue
        niveau: dict[str, int] = {}
        for kop in artikel.find_all(re.compile(r"^h[1-6]$")):
            nummer = re.match(r"(?:Hoofdstuk )?(\d+(?:\.\d+)*)\s", kop.get_text(" ", strip=True))
            if not nummer:
                continue
            n, lvl = nummer.group(1), int(kop.name[1])
            niveau[n] = lvl
            ouder = n.rsplit(".", 1)[0]
            if "." in n and ouder in niveau:
                assert lvl == niveau[ouder] + 1, (pagina.name, n, lvl, niveau[ouder])
                assert kop.get("id") == "paragraaf-" + n.replace(".", "-"), (pagina.name, kop.get("id"))
                getoetst += 1
    assert getoetst >= 5
