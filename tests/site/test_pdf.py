"""The PDFs made in the build, read back as a reader (and a screen reader) meets them.

Expected titles come from the built site (its navigation and headings) and the data,
never from copies in this file. Text is compared after removing whitespace and
hyphens (line breaks, hyphenation) and Unicode compatibility forms (ligatures).
Page text and word positions come from pdftotext (poppler-utils), the structure
(outline, links, tags, metadata) from pypdf.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from html import unescape
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from macros.uitvoer import pdf
from macros.uitvoer.pdf.document import DOCUMENTTITEL, Onderdeel, Pagina, Uitgave, kaart as kaart_pdf, pdf_boom
from macros.uitvoer.pdf.opschonen import Koppelingen, bewerk
from macros.uitvoer.pdf.weasy import PdfFout, schrijf_pdf
from macros.weergave.plaatsen import interventie_pagina
from macros.weergave.labels import KAART_VELDEN
from tests.conftest import ROOT

MM = 72 / 25.4  # PDF points per millimetre


def norm(tekst: str) -> str:
    """Text without whitespace, hyphens and soft hyphens, ligatures unfolded."""
    tekst = unicodedata.normalize("NFKC", unescape(tekst))
    return re.sub(r"[\s\u00ad\-\u2010\u2011]+", "", tekst)


# ---- reading a PDF back ------------------------------------------------------------
@dataclass
class Woord:
    tekst: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class Blad:
    breedte: float
    hoogte: float
    woorden: list[Woord]

    def tekst(self, boven: float = 0, onder: float = 0) -> str:
        """Words between ``boven`` and ``onder`` points from the top/bottom edge."""
        return " ".join(w.tekst for w in self.woorden if w.y0 >= boven and w.y1 <= self.hoogte - onder)


class Gelezen:
    def __init__(self, pad: Path, marge_mm: float):
        """``marge_mm``: the page margin; running headers and footers sit inside it."""
        self.pad = pad
        self.lezer = PdfReader(str(pad))
        self.rand = (marge_mm - 1) * MM

    @cached_property
    def bladen(self) -> list[Blad]:
        if not shutil.which("pdftotext"):
            pytest.fail("pdftotext ontbreekt: installeer het Debian-pakket poppler-utils (make test doet dat)")
        uit = subprocess.run(["pdftotext", "-bbox", str(self.pad), "-"], capture_output=True, text=True, check=True).stdout
        bladen = []
        for breedte, hoogte, inhoud in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', uit, re.S):
            woorden = [
                Woord(unescape(t), float(a), float(b), float(c), float(d))
                for a, b, c, d, t in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', inhoud
                )
            ]
            bladen.append(Blad(float(breedte), float(hoogte), woorden))
        assert len(bladen) == len(self.lezer.pages)
        return bladen

    def alle_tekst(self) -> str:
        """The body text of all pages, without running headers and footers."""
        return norm(" ".join(b.tekst(boven=self.rand, onder=self.rand) for b in self.bladen))

    def bladwijzers(self) -> list[tuple[int, str, int]]:
        """(depth, title, 1-based page) in document order."""
        uit = []

        def loop(items, diepte):
            for item in items:
                if isinstance(item, list):
                    loop(item, diepte + 1)
                else:
                    uit.append((diepte, item.title, self.lezer.get_destination_page_number(item) + 1))

        loop(self.lezer.outline, 0)
        return uit


def inhoudsregels(blad: Blad) -> str:
    """The page's text with "|" after each line that ends in a right-aligned page number
    (the end of a table-of-contents entry; an entry may wrap over two lines)."""
    regels: dict[float, list[Woord]] = {}
    for w in blad.woorden:
        regels.setdefault(round(w.y1), []).append(w)
    uit = []
    for _, woorden in sorted(regels.items()):
        woorden.sort(key=lambda w: w.x0)
        laatste = woorden[-1]
        einde = laatste.tekst.isdigit() and laatste.x1 > blad.breedte - 25 * MM
        uit.append(" ".join(w.tekst for w in woorden) + ("|" if einde else ""))
    return " ".join(uit)


def controleer_toegankelijk(gelezen: Gelezen, titel: str) -> None:
    root = gelezen.lezer.trailer["/Root"]
    assert root.get("/Lang") == "nl", root.get("/Lang")
    assert "/StructTreeRoot" in root, "geen tagstructuur"
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert gelezen.lezer.metadata.title == titel
    assert "Adjiembaks" in gelezen.lezer.metadata.author


def controleer_binnen_de_pagina(gelezen: Gelezen, marge_mm: float) -> None:
    """No word of the body lies outside the left/right page margins (tables, URLs)."""
    fouten = []
    for nummer, blad in enumerate(gelezen.bladen, 1):
        links, rechts = marge_mm * MM - 2, blad.breedte - marge_mm * MM + 2
        for w in blad.woorden:
            if w.x0 < links or w.x1 > rechts:
                fouten.append(f"pagina {nummer}: {w.tekst!r} ({w.x0:.0f}–{w.x1:.0f} pt, pagina {blad.breedte:.0f} pt)")
    assert not fouten, "\n".join(fouten[:20])


def controleer_links(gelezen: Gelezen) -> int:
    """Every link goes to the web or to a place in this PDF. Returns the internal ones."""
    lezer = gelezen.lezer
    namen = lezer.named_destinations
    intern, fouten = 0, []
    for nummer, blad in enumerate(lezer.pages, 1):
        for annot in blad.get("/Annots") or []:
            a = annot.get_object()
            if a.get("/Subtype") != "/Link":
                continue
            actie = a.get("/A")
            doel = a.get("/Dest")
            if actie is not None and actie.get("/S") == "/URI":
                uri = str(actie["/URI"])
                if not uri.startswith(("https://", "http://", "mailto:")):
                    fouten.append(f"pagina {nummer}: link naar {uri}")
                continue
            if actie is not None and actie.get("/S") == "/GoTo":
                doel = actie["/D"]
            if isinstance(doel, str) or hasattr(doel, "original_bytes"):
                if str(doel) not in namen:
                    fouten.append(f"pagina {nummer}: bestemming {doel} bestaat niet")
            elif doel is None:
                fouten.append(f"pagina {nummer}: link zonder doel")
            intern += 1
    assert not fouten, "\n".join(fouten[:20])
    return intern


# ---- what the site says should be in the document ------------------------------------
def soep(site: Path, pad: str) -> BeautifulSoup:
    return BeautifulSoup((site / pad).read_text(encoding="utf-8"), "html.parser")


def nav_boom(site: Path) -> tuple[Onderdeel, ...]:
    """The primary navigation of the built site as a tree of (title, source page).

    With `navigation.prune` a page carries only its own section's sub-menus; a closed
    section is a link to its first page. That page is opened to read the section, found
    there at the same position in the tree."""

    def wortel(pagina: str):
        return soep(site, pagina).select_one("nav.md-nav--primary > ul.md-nav__list")

    def doel(pagina: str, href: str) -> str:
        return posixpath.normpath(posixpath.join(posixpath.dirname(pagina), href.split("#")[0]))

    def li_op(ul, pad: tuple[int, ...]):
        li = None
        for i in pad:
            li = ul.find_all("li", class_="md-nav__item", recursive=False)[i]
            sub = li.find("nav", class_="md-nav", recursive=False)
            ul = sub.find("ul", class_="md-nav__list", recursive=False) if sub is not None else None
        return li

    def items(ul, pagina: str, pad: tuple[int, ...]) -> tuple[Onderdeel, ...]:
        uit = []
        for i, li in enumerate(ul.find_all("li", class_="md-nav__item", recursive=False)):
            sub = li.find("nav", class_="md-nav", recursive=False)
            if sub is None and "md-nav__item--nested" in li["class"]:  # pruned: read it on its own page
                elders = doel(pagina, li.find("a", href=True)["href"])
                li, pagina_li = li_op(wortel(elders), pad + (i,)), elders
                sub = li.find("nav", class_="md-nav", recursive=False)
                assert sub is not None, f"sectie niet open op {elders}"
            else:
                pagina_li = pagina
            if sub is not None and "md-nav--secondary" not in sub["class"]:
                container = li.find("div", class_="md-nav__container", recursive=False)
                a = container.find("a", href=True) if container else None
                titel = sub.find("label", class_="md-nav__title").get_text(" ", strip=True)
                lijst = sub.find("ul", class_="md-nav__list", recursive=False)
                eigen = doel(pagina_li, a["href"]).removesuffix(".html") + ".md" if a else None
                uit.append(Onderdeel(titel, eigen, items(lijst, pagina_li, pad + (i,))))
            else:
                a = li.find("a", class_="md-nav__link", recursive=False)
                uit.append(Onderdeel(a.get_text(" ", strip=True), doel(pagina_li, a["href"]).removesuffix(".html") + ".md"))
        return tuple(uit)

    return items(wortel("begrippen.html"), "begrippen.html", ())


@dataclass(frozen=True)
class Verwacht:
    titel: str  # the heading as the reader sees it
    diepte: int  # 0 = chapter level


def verwachte_koppen(site: Path) -> list[Verwacht]:
    """Every page and bare section of the PDF, in navigation order, with its heading:
    the h1 of the built page (or the navigation title of a section without a page)."""
    from macros.koppeling.hooks import ALLEEN_OP_SITE

    uit: list[Verwacht] = []

    def loop(boom, diepte):
        for o in boom:
            if o.pagina:
                h1 = soep(site, o.pagina.removesuffix(".md") + ".html").select_one("article h1")
                uit.append(Verwacht(h1.get_text(" ", strip=True).rstrip("¶").strip(), diepte))
            else:
                uit.append(Verwacht(o.titel, diepte))
            loop(o.kinderen, diepte + 1)

    loop(pdf_boom(nav_boom(site), ALLEEN_OP_SITE | pdf_false_paginas()), 0)
    return uit


def pdf_false_paginas() -> set[str]:
    """Pages whose front matter says ``pdf: false`` (tools: they stay on the site only)."""
    uit = set()
    for pad in (ROOT / "docs").rglob("*.md"):
        tekst = pad.read_text(encoding="utf-8")
        if tekst.startswith("---") and re.search(r"^pdf:\s*false\s*$", tekst.split("---", 2)[1], re.M):
            uit.add(pad.relative_to(ROOT / "docs").as_posix())
    return uit


# ---- the knowledge document ---------------------------------------------------------
@pytest.fixture(scope="module")
def kd(site) -> Gelezen:
    pad = site / pdf.KENNISDOCUMENT_PAD
    assert pad.read_bytes()[:5] == b"%PDF-", "de plaatshouder is niet door de PDF vervangen"
    return Gelezen(pad, marge_mm=22)


def test_downloadpagina_linkt_naar_alle_pdfs(site, kennis):
    s = soep(site, "downloads.html")
    hrefs = {a["href"] for a in s.select("article a[href]")}
    assert pdf.KENNISDOCUMENT_PAD in hrefs
    for k in kennis.interventies:
        assert pdf.kaart_pad(k.id) in hrefs, k.id
        kaartpagina = interventie_pagina(k.id).replace(".md", ".html")
        links = {a["href"] for a in soep(site, kaartpagina).select("article a[href]")}
        assert posixpath.relpath(pdf.kaart_pad(k.id), "interventies") in links, kaartpagina


def test_aantal_paginas_past_bij_de_hoeveelheid_tekst(kd, site):
    """Range from the text volume of the pages in the PDF: a full A4 page at 10 pt holds
    at most ~5000 characters (so fewer pages means text went missing); headings, tables,
    lists and new pages per chapter and card lower that to ~2500 on average, and below
    ~1200 per page the layout wastes paper (e.g. one table row per page)."""
    koppen = verwachte_koppen(site)
    tekens = 0
    from macros.koppeling.hooks import ALLEEN_OP_SITE

    def loop(boom):
        nonlocal tekens
        for o in boom:
            if o.pagina:
                tekens += len(norm(soep(site, o.pagina.removesuffix(".md") + ".html").select_one("article").get_text()))
            loop(o.kinderen)

    loop(pdf_boom(nav_boom(site), ALLEEN_OP_SITE))
    vast = 2 + 2 + sum(1 for k in koppen if k.diepte == 0)  # cover, contents, a new page per chapter
    minimum, maximum = tekens // 5000 + vast, tekens // 1200 + vast
    assert minimum <= len(kd.lezer.pages) <= maximum, (len(kd.lezer.pages), minimum, maximum, tekens)


def test_omslag_nederlands_met_versie(kd, kennis):
    omslag = kd.bladen[0].tekst()
    for stuk in ("Samen Weerbaar", "S.D. Adjiembaks & S. Noor", "Expertise-unit Sociale Stabiliteit (ESS)",
                 f"Inhoudsversie {kennis.uitgave.versie}"):
        assert norm(stuk) in norm(omslag), stuk
    dag, maand, jaar = kennis.uitgave.datum.split("-")[2], kennis.uitgave.datum.split("-")[1], kennis.uitgave.datum[:4]
    from macros.inhoud.wijzigingsdatum import MAANDEN

    assert norm(f"{int(dag)} {MAANDEN[int(maand) - 1]} {jaar}") in norm(omslag)
    totaal = len(kd.bladen)
    assert "pagina" not in omslag  # no running header/footer on the cover
    assert kd.bladen[1].tekst(boven=kd.rand).startswith("Inhoud")
    for nummer, blad in enumerate(kd.bladen[1:], 2):
        kop = " ".join(w.tekst for w in blad.woorden if w.y1 < kd.rand)
        voet = " ".join(w.tekst for w in blad.woorden if w.y0 > blad.hoogte - kd.rand)
        assert voet.endswith(f"pagina {nummer} van {totaal}"), (nummer, voet)
        assert "Samen Weerbaar" in kop, (nummer, kop)
        for engels in ("Page", "Contents", "Chapter"):
            assert engels not in kop + voet, (nummer, kop, voet)
    assert norm("Table of Contents") not in kd.alle_tekst()


def test_bladwijzers_bevatten_elk_hoofdstuk_in_volgorde(kd, site):
    bladwijzers = kd.bladwijzers()
    titels = [norm(t) for _, t, _ in bladwijzers]
    verwacht = verwachte_koppen(site)
    assert len(verwacht) > 30
    positie = -1
    for v in verwacht:
        if v.diepte > 2:
            continue
        assert norm(v.titel) in titels[positie + 1:], f"{v.titel!r} ontbreekt (of staat niet in navigatievolgorde)"
        positie = titels.index(norm(v.titel), positie + 1)
    # chapters are top-level bookmarks
    bovenste = [norm(t) for d, t, _ in bladwijzers if d == 0]
    for v in verwacht:
        if v.diepte == 0:
            assert norm(v.titel) in bovenste, v.titel


def test_inhoudsopgave_paginanummers_kloppen(kd, site):
    bladwijzers = kd.bladwijzers()
    inhoud_begin = next(p for _, t, p in bladwijzers if t == "Inhoud")
    inhoud_eind = min(p for _, t, p in bladwijzers if p > inhoud_begin) - 1
    toc = norm(" ".join(inhoudsregels(b) for b in kd.bladen[inhoud_begin - 1:inhoud_eind]))
    bladwijzerpagina = {norm(t): p for _, t, p in reversed(bladwijzers)}  # first occurrence wins
    gecontroleerd = 0
    for v in verwachte_koppen(site):
        if v.diepte > 2:
            continue
        treffer = re.search(re.escape(norm(v.titel)) + r"\.*(\d+)\|", toc)
        assert treffer, f"{v.titel!r} staat niet met paginanummer in de inhoudsopgave"
        nummer = int(treffer.group(1))
        assert nummer == bladwijzerpagina[norm(v.titel)], (v.titel, nummer, bladwijzerpagina[norm(v.titel)])
        romp = norm(kd.bladen[nummer - 1].tekst(boven=kd.rand, onder=kd.rand))  # without running header/footer
        assert norm(v.titel) in romp, f"pagina {nummer} begint {v.titel!r} niet"
        gecontroleerd += 1
    assert gecontroleerd > 30


def test_alle_factoren_kaarten_en_hulpvragen_staan_erin(kd, kennis):
    tekst = kd.alle_tekst()
    ontbrekend = [f.naam for f in kennis.factoren if norm(f.naam) not in tekst]
    ontbrekend += [k.naam for k in kennis.interventies if norm(k.naam) not in tekst]
    ontbrekend += [v.tekst for s in kennis.hulpvragen.stappen for v in s.vragen if norm(v.tekst) not in tekst]
    ontbrekend += [b.id for b in kennis.bronnen[:: max(1, len(kennis.bronnen) // 10)] if b.auteurs and norm(b.auteurs[0]) not in tekst]
    assert not ontbrekend, ontbrekend


def test_bijlagen_met_legenda_en_tabellen(kd, site):
    bijlage = soep(site, "bijlagen/bijlage-1.html")
    tekst = kd.alle_tekst()
    for dd in bijlage.select(".sw-legenda dd"):
        assert norm(dd.get_text(" ")) in tekst
    for caption in bijlage.select("table caption"):
        assert norm(caption.get_text(" ")) in tekst


def test_geen_schermonderdelen_in_de_pdf(kd, site):
    tekst = kd.alle_tekst()
    assert "¶" not in tekst
    knoppen = [norm(k.get_text()) for k in soep(site, "hulpvragen/index.html").select("article button")]
    assert any(knoppen), "de hulpvragenpagina heeft geen knoppen meer: pas deze test aan"
    for knop in filter(None, knoppen):
        assert knop not in tekst, knop
    assert norm("Laatst bijgewerkt") not in tekst


def test_tagged_nederlands_met_titel(kd):
    controleer_toegankelijk(kd, DOCUMENTTITEL)


def test_verwijzingen_werken_binnen_de_pdf(kd):
    assert controleer_links(kd) > 500


def test_tabellen_en_tekst_blijven_binnen_de_pagina(kd):
    controleer_binnen_de_pagina(kd, marge_mm=20)  # left and right margin of the knowledge document


# ---- one PDF per intervention card -----------------------------------------------------
def test_kaart_pdfs(site, kennis):
    for k in kennis.interventies:
        g = Gelezen(site / pdf.kaart_pad(k.id), marge_mm=16)
        assert 1 <= len(g.lezer.pages) <= 2, (k.id, len(g.lezer.pages))
        assert k.naam in g.lezer.metadata.title
        controleer_toegankelijk(g, g.lezer.metadata.title)
        tekst = g.alle_tekst()
        assert norm(k.naam) in tekst
        koppen = [label for veld, label in KAART_VELDEN if getattr(k, veld)]
        assert len(koppen) >= 11, koppen
        for label in koppen:
            assert norm(label) in tekst, (k.id, label)
        assert norm(f"Inhoudsversie {kennis.uitgave.versie}") in tekst
        assert norm("Deze kaart als PDF") not in tekst  # the link to itself is left out
        controleer_binnen_de_pagina(g, marge_mm=16)
        controleer_links(g)


def test_kaart_pdf_is_reproduceerbaar(site, kennis):
    """Same page, same bytes: twice without cache, and as written in the build."""
    k = kennis.interventies[0]
    bron = interventie_pagina(k.id)
    pagina = Pagina(bron, bron.replace(".md", ".html"), k.naam, (site / bron.replace(".md", ".html")).read_text(encoding="utf-8"))
    uitgave = Uitgave(kennis.uitgave.versie, kennis.uitgave.datum)
    een = kaart_pdf(pagina, uitgave, site).pdf
    assert een == kaart_pdf(pagina, uitgave, site).pdf
    assert een == (site / pdf.kaart_pad(k.id)).read_bytes()


# ---- PDF/UA: every PDF of the site, read back by an independent check -----------------
def alle_pdfs(site: Path) -> list[Path]:
    return sorted((site / pdf.MAP).glob("*.pdf"))


def structuur(pad: Path) -> dict[str, list]:
    """Structure elements per type (``/Table``, ``/TH``...) reachable from the root."""
    import pikepdf

    uit: dict[str, list] = {}
    with pikepdf.open(pad) as doc:
        stapel = [doc.Root.StructTreeRoot]
        while stapel:
            el = stapel.pop()
            k = el.get("/K")
            for kind in list(k) if isinstance(k, pikepdf.Array) else ([k] if k is not None else []):
                if isinstance(kind, pikepdf.Dictionary) and "/S" in kind:
                    a = kind.get("/A")
                    scope = str(a.get("/Scope")) if isinstance(a, pikepdf.Dictionary) and "/Scope" in a else None
                    uit.setdefault(str(kind.S), []).append(scope)
                    stapel.append(kind)
    return uit


def test_elke_pdf_doorstaat_de_pdfua_controle(site, kennis):
    """The pdfua package plus our pikepdf checks (macros/pdf/uacontrole.py): zero findings
    in the knowledge document, every card and every help-question checklist."""
    from macros.uitvoer.exports.hulpvragen_model import bestandsnamen
    from macros.uitvoer.pdf.uacontrole import controleer, tel

    paden = alle_pdfs(site)
    verwacht = {pdf.KENNISDOCUMENT_PAD.rsplit("/", 1)[1]} | {pdf.kaart_pad(k.id).rsplit("/", 1)[1] for k in kennis.interventies}
    verwacht |= {n for n in bestandsnamen(kennis) if n.endswith(".pdf")}
    assert {p.name for p in paden} == verwacht
    fouten = {}
    for pad in paden:
        bevindingen = controleer(pad)
        if bevindingen:
            fouten[pad.name] = (tel(bevindingen), [f"p.{b.pagina}: {b.melding}" for b in bevindingen[:5]])
    assert not fouten, "\n".join(f"{n}: {t}\n  " + "\n  ".join(v) for n, (t, v) in fouten.items())


def tabellen_in_print_html(site: Path, bronnen: list[str]) -> tuple[int, int]:
    """(tables, header cells) in the print HTML of these pages (what the PDF lays out)."""
    tabellen = koppen = 0
    for bron in bronnen:
        doel = bron.removesuffix(".md") + ".html"
        html, _ = bewerk(Pagina(bron, doel, "", (site / doel).read_text(encoding="utf-8")).artikel, doel, "p", Koppelingen({}))
        s = BeautifulSoup(html, "html.parser")
        tabellen += len(s.find_all("table"))
        koppen += len(s.find_all("th"))
        assert all(th.get("scope") in ("col", "row") for th in s.find_all("th")), bron
    return tabellen, koppen


def test_elke_html_tabel_wordt_een_pdf_tabel_met_scope(site, kennis):
    """Tables that run over a page break stay one /Table; each header cell is in the
    structure once (repeated header rows are artifacts) and has /Scope Column or Row."""
    from macros.koppeling.hooks import ALLEEN_OP_SITE

    gevallen = [(site / pdf.KENNISDOCUMENT_PAD, pdf.paginas_in(pdf_boom(nav_boom(site), ALLEEN_OP_SITE)))]
    gevallen += [(site / pdf.kaart_pad(k.id), [interventie_pagina(k.id)]) for k in kennis.interventies]
    for pad, bronnen in gevallen:
        tabellen, koppen = tabellen_in_print_html(site, bronnen)
        s = structuur(pad)
        assert len(s.get("/Table", [])) == tabellen, (pad.name, len(s.get("/Table", [])), tabellen)
        assert len(s.get("/TH", [])) == koppen, (pad.name, len(s.get("/TH", [])), koppen)
        assert set(s.get("/TH", [])) <= {"/Column", "/Row"}, pad.name
    assert tabellen_in_print_html(site, gevallen[0][1])[0] >= 10  # the appendices' tables are there


def test_elke_tabelkop_op_de_site_heeft_scope(site):
    for pagina in site.rglob("*.html"):
        for th in soep(site, str(pagina.relative_to(site))).select("article th"):
            assert th.get("scope") in ("col", "row"), (pagina.name, str(th)[:80])


def test_subparagrafen_een_niveau_dieper_in_de_bladwijzers(kd):
    """2.1.1 sits under 2.1 in the bookmarks (as on the pages), not next to it."""
    diepte: dict[str, int] = {}
    getoetst = 0
    for d, titel, _ in kd.bladwijzers():
        nummer = re.match(r"(?:Hoofdstuk )?(\d+(?:\.\d+)*)\s", titel)
        if not nummer:
            continue
        diepte[nummer.group(1)] = d
        ouder = nummer.group(1).rsplit(".", 1)[0]
        if "." in nummer.group(1) and ouder in diepte:
            assert d == diepte[ouder] + 1, (titel, d, diepte[ouder])
            getoetst += 1
    assert getoetst >= 10


def test_noten_verwijzen_naar_de_gepubliceerde_bron_pdf(kd, kennis):
    """A note that sends the reader to the PDF of the knowledge document says it means the
    source PDF published in May 2024, not this file (same words as on the site)."""
    from macros.inhoud.teksten import ONVOLLEDIG

    assert "mei 2024" in ONVOLLEDIG and "niet de PDF van deze kennisbank" in ONVOLLEDIG
    onvolledig = [s for s in kennis.hulpvragen.stappen if s.intro_onvolledig]
    assert onvolledig
    tekst = kd.alle_tekst()
    assert tekst.count(norm(ONVOLLEDIG)) == len(onvolledig)
    assert norm("staat in de PDF van het kennisdocument.") not in tekst


# ---- the building blocks can fail -------------------------------------------------------
def test_bewerk_maakt_links_intern_en_ids_uniek():
    html = (
        '<h1 id="titel">Titel<a class="headerlink" href="#titel">¶</a></h1>'
        '<p><a href="#deel">hier</a> <a href="../b/c.html#x">daar</a> <a href="../downloads.html">weg</a> '
        '<a href="https://voorbeeld.nl/lang/pad">Voorbeeld</a></p>'
        '<h2 id="deel">Deel</h2><details><summary>Meer</summary><p>Verborgen</p></details>'
        '<div class="sw-cl-knoppen"><button>Wissen</button></div><label for="deel">x</label>'
    )
    k = Koppelingen({"a/p.html": "a--p", "b/c.html": "b--c"})
    uit, koppen = bewerk(html, "a/p.html", "a--p", k, verschuif=1)
    s = BeautifulSoup(uit, "html.parser")
    assert [k.niveau for k in koppen] == [2, 3] and koppen[0].paginakop and koppen[0].tekst == "Titel"
    assert s.h2["id"] == "a--p__titel" and s.h3["id"] == "a--p__deel"
    hrefs = [a["href"] for a in s.find_all("a")]
    assert hrefs == ["#a--p__deel", "#b--c__x", "https://voorbeeld.nl/lang/pad"]
    assert "weg" in s.get_text() and k.naar_buiten == ["a/p.html: ../downloads.html"]
    assert "pdf-toon-url" in s.find("a", href="https://voorbeeld.nl/lang/pad")["class"]
    assert s.details.has_attr("open") and not s.find("button") and "¶" not in s.get_text()
    assert s.label["for"] == "a--p__deel"


def test_boom_zonder_sitepaginas():
    boom = (
        Onderdeel("Home", "index.md"),
        Onderdeel("H1", "h1/index.md", (Onderdeel("1.2", "h1/b.md"),)),
        Onderdeel("Over", None, (Onderdeel("Over", "over.md"), Onderdeel("Privacy", "privacy.md"))),
        Onderdeel("Leeg", None, (Onderdeel("Weg", "weg.md"),)),
    )
    assert pdf_boom(boom, {"index.md", "over.md", "weg.md"}) == (boom[1],)


@pytest.mark.parametrize(
    "romp, melding",
    [
        ('<p><a href="#nergens">kapot</a></p>', "anker bestaat niet"),
        ('<table style="width: 300mm"><tr><td>breed</td></tr></table>', "buiten de pagina"),
        ('<p>Een-heel-lang-woord-' + "x" * 400 + "</p>", "buiten de pagina"),
    ],
)
def test_pdf_weigert_kapotte_links_en_overloop(tmp_path, romp, melding):
    html = f'<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body><h1>T</h1>{romp}</body></html>'
    with pytest.raises(PdfFout, match=melding):
        schrijf_pdf(html, tmp_path)


def test_pdf_laadt_niets_van_buiten_de_site(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "geheim.png").write_bytes(b"x")
    html = '<html lang="nl"><head><title>t</title></head><body><img alt="x" src="../geheim.png"></body></html>'
    with pytest.raises(BaseException, match="geheim.png"):
        schrijf_pdf(html, tmp_path / "site")
