"""The PDFs made in the build, read back as a reader (and a screen reader) meets them.

Expected chapters, sections, contents entries, paragraphs and the page range come from the
source document (../shared/source/, read by tests/bron.py), table counts from the built
pages' HTML read with BeautifulSoup, card and factor names from the data; never from the
PDF step's own tree (``pdf_boom``) or its HTML post-processing (``bewerk``). Text is compared after removing whitespace and
hyphens (line breaks, hyphenation) and Unicode compatibility forms (ligatures).
Page text and word positions come from pdftotext (poppler-utils), the structure
(outline, links, tags, metadata) from pypdf.
"""

from __future__ import annotations

import difflib
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
from tests.bron import BRON, Hoofdstukregel, inhoudsopgave

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


def soep(site: Path, pad: str) -> BeautifulSoup:
    return BeautifulSoup((site / pad).read_text(encoding="utf-8"), "html.parser")


# ---- what the source document says should be in the PDF ------------------------------
def _vergelijkbaar(titel: str) -> str:
    """A title for comparing with the source: lower case, accents and everything but
    letters and digits out (the site fixes typos such as "Resume" → "Resumé",
    "opgroei-context" → "opgroeicontext")."""
    titel = unicodedata.normalize("NFKD", unescape(titel)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", titel.lower())


def _zonder_nummer(titel: str) -> tuple[str, str]:
    """("1.3", "Methodische verantwoording") from "1.3 Methodische verantwoording";
    "Hoofdstuk 2 …" and "1. …" (the numbered conditions of §3.3) likewise."""
    treffer = re.match(r"(?:Hoofdstuk\s+)?(\d+(?:\.\d+)*)\.?\s+(.*)", titel)
    return (treffer.group(1), treffer.group(2)) if treffer else ("", titel)


def _zelfde_kop(regel: Hoofdstukregel, bladwijzer: str) -> bool:
    """The bookmark is this line of the source's contents: same words (a typo fixed is
    allowed: 85 % similar) and, when the bookmark carries a number, the same number (or its
    last part, as §3.3's conditions are numbered 1–5 on the site)."""
    nummer, titel = _zonder_nummer(bladwijzer)
    if nummer and regel.nummer and nummer not in (regel.nummer, regel.nummer.rsplit(".", 1)[-1]):
        return False
    return difflib.SequenceMatcher(None, _vergelijkbaar(regel.titel), _vergelijkbaar(titel)).ratio() >= 0.85


def bron_koppen() -> list[Hoofdstukregel]:
    """The numbered chapters, sections and subsections of the source's table of contents
    (tests/bron.py reads them from ../shared/source/, not from the build)."""
    return [r for r in inhoudsopgave(BRON.read_text(encoding="utf-8")) if r.nummer]


def gevonden_bladwijzers(gelezen: Gelezen) -> list[tuple[Hoofdstukregel, tuple[int, str, int] | None]]:
    """Each numbered heading of the source with the bookmark that is it (None: missing),
    searched in document order: a heading must come after the previous one."""
    bladwijzers = gelezen.bladwijzers()
    uit, positie = [], 0
    for regel in bron_koppen():
        treffer = next((i for i in range(positie, len(bladwijzers)) if _zelfde_kop(regel, bladwijzers[i][1])), None)
        uit.append((regel, None if treffer is None else bladwijzers[treffer]))
        if treffer is not None:
            positie = treffer + 1
    return uit


def bron_alineas() -> dict[str, list[str]]:
    """Per chapter of the source, the start (40 characters, normalised) of each paragraph of
    running text of at least 150 characters; footnote marks, tags and emphasis removed."""
    tekst = BRON.read_text(encoding="utf-8")
    romp = tekst.split("\n# Hoofdstuk 1 Inleiding", 1)[1].split("\n# Literatuurlijst", 1)[0]
    uit: dict[str, list[str]] = {}
    hoofdstuk = "1"
    for regel in romp.splitlines():
        if kop := re.match(r"#+ .*Hoofdstuk (\d)", regel):
            hoofdstuk = kop.group(1)
        if regel.startswith(("#", "|", "<")) or "\t" in regel or len(regel) < 150:
            continue
        regel = re.sub(r"[*_]", "", re.sub(r"<sup>\d+</sup>|</?[a-z]+>", "", regel))
        uit.setdefault(hoofdstuk, []).append(norm(regel)[:40])
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


def test_aantal_paginas_past_bij_de_bron(kd):
    """Range from the source document, not from the build: the running text of the source
    (chapters to appendices, ~220,000 characters) at most ~5000 characters per full A4 page
    at 10 pt, plus cover, contents and a new page per chapter (fewer pages means text went
    missing); at most 1.75 times the published PDF's pages (its last contents entry), as this
    PDF adds the factor pages, the card overview, the sources list and the glossary (about
    1.45 times in December 2026) and more would mean the layout wastes paper."""
    bron = BRON.read_text(encoding="utf-8")
    romp = re.sub(r"<[^>]+>", "", bron.split("\n# Hoofdstuk 1 Inleiding", 1)[1])
    hoofdstukken = [r for r in inhoudsopgave(bron) if r.nummer and r.diepte == 0]
    assert len(hoofdstukken) == 5
    minimum = len(norm(romp)) // 5000 + 2 + 2 + len(hoofdstukken)
    maximum = int(max(r.pagina for r in inhoudsopgave(bron)) * 1.75)
    assert minimum <= len(kd.lezer.pages) <= maximum, (len(kd.lezer.pages), minimum, maximum)


def test_elke_alinea_van_de_bron_staat_erin(kd):
    """At least 80 % of the source's paragraphs (their first 40 characters) per chapter are
    in the PDF's text; the rest differ by a fixed typo or became a list or table."""
    tekst = kd.alle_tekst()
    alineas = bron_alineas()
    assert sorted(alineas) == ["1", "2", "3", "4", "5"]
    for hoofdstuk, starts in alineas.items():
        gevonden = sum(start in tekst for start in starts)
        assert gevonden >= 0.8 * len(starts), f"hoofdstuk {hoofdstuk}: {gevonden} van {len(starts)} alinea's"


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


def test_bladwijzers_bevatten_elk_hoofdstuk_van_de_bron_in_volgorde(kd):
    """Every chapter, section and subsection of the source's contents (43 numbered lines) is
    a bookmark, in the source's order, at its depth: chapters on top, §N.N one level and
    §N.N.N two levels down."""
    gevonden = gevonden_bladwijzers(kd)
    assert len(gevonden) == 43
    ontbrekend = [f"{r.nummer} {r.titel}" for r, b in gevonden if b is None]
    assert not ontbrekend, ontbrekend
    verkeerd = [(r.nummer, r.diepte, b) for r, b in gevonden if b[0] != r.diepte]
    assert not verkeerd, verkeerd
    # The back matter of the source is there too (the site calls the list "Literatuur" and
    # Bijlage 3 is the chapter "Hulpvragen 'Samen weerbaar'").
    titels = [_vergelijkbaar(t) for _, t, _ in kd.bladwijzers()]
    for r in inhoudsopgave(BRON.read_text(encoding="utf-8")):
        if not r.nummer:
            kort = _vergelijkbaar(re.sub(r"^Bijlage 3: |lijst$", "", r.titel))
            assert kort in titels, r.titel


def test_inhoudsopgave_paginanummers_kloppen(kd):
    """Each chapter and section of the source (two levels: the PDF's contents stop there,
    the bookmarks go one deeper) is in the PDF's table of contents with the page its
    bookmark points to, and that page shows the heading."""
    bladwijzers = kd.bladwijzers()
    inhoud_begin = next(p for _, t, p in bladwijzers if t == "Inhoud")
    inhoud_eind = min(p for _, t, p in bladwijzers if p > inhoud_begin) - 1
    toc = norm(" ".join(inhoudsregels(b) for b in kd.bladen[inhoud_begin - 1:inhoud_eind]))
    gecontroleerd = 0
    for regel, bladwijzer in gevonden_bladwijzers(kd):
        assert bladwijzer, f"{regel.nummer} {regel.titel} ontbreekt in de bladwijzers"
        if regel.diepte > 1:
            continue
        _, titel, pagina = bladwijzer
        treffer = re.search(re.escape(norm(titel)) + r"\.*(\d+)\|", toc)
        assert treffer, f"{titel!r} staat niet met paginanummer in de inhoudsopgave"
        assert int(treffer.group(1)) == pagina, (titel, treffer.group(1), pagina)
        romp = norm(kd.bladen[pagina - 1].tekst(boven=kd.rand, onder=kd.rand))  # without running header/footer
        assert norm(titel) in romp, f"pagina {pagina} begint {titel!r} niet"
        gecontroleerd += 1
    assert gecontroleerd == 25  # 5 chapters and 20 sections in the source's contents


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
    """The pdfua package plus our pikepdf checks (macros/uitvoer/pdf/uacontrole.py): zero findings
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


def paginas_met_bladwijzer(site: Path, gelezen: Gelezen) -> list[str]:
    """The built pages whose heading is a bookmark of this PDF (read from the PDF, not from
    the build's tree)."""
    titels = {norm(t) for _, t, _ in gelezen.bladwijzers()}
    uit = []
    for pagina in sorted(site.rglob("*.html")):
        h1 = soep(site, str(pagina.relative_to(site))).select_one("article h1")
        if h1 is not None and norm(h1.get_text(" ", strip=True).rstrip("¶")) in titels:
            uit.append(str(pagina.relative_to(site)))
    return uit


def tabellen_in_html(site: Path, paginas: list[str]) -> tuple[int, int]:
    """(tables, header cells) in the articles of these built pages, leaving out what the page
    marks as screen-only (``hidden`` or ``data-pdf-weg`` on the table or an ancestor). Read
    with BeautifulSoup from the site's HTML, not with the PDF step's ``bewerk``."""
    tabellen = koppen = 0
    for pagina in paginas:
        for tabel in soep(site, pagina).select("article table"):
            if any(el.has_attr("hidden") or el.has_attr("data-pdf-weg") for el in (tabel, *tabel.parents)):
                continue
            tabellen += 1
            koppen += len(tabel.find_all("th"))
    return tabellen, koppen


def test_elke_html_tabel_wordt_een_pdf_tabel_met_scope(site, kennis, kd):
    """Tables that run over a page break stay one /Table; each header cell is in the
    structure once (repeated header rows are artifacts) and has /Scope Column or Row."""
    paginas = paginas_met_bladwijzer(site, kd)
    kaarten = [interventie_pagina(k.id).replace(".md", ".html") for k in kennis.interventies]
    assert {"bijlagen/bijlage-1.html", "bijlagen/bijlage-2.html", *kaarten} <= set(paginas)
    gevallen = [(site / pdf.KENNISDOCUMENT_PAD, paginas)]
    gevallen += [(site / pdf.kaart_pad(k.id), [pagina]) for k, pagina in zip(kennis.interventies, kaarten)]
    for pad, bronnen in gevallen:
        tabellen, koppen = tabellen_in_html(site, bronnen)
        s = structuur(pad)
        assert len(s.get("/Table", [])) == tabellen, (pad.name, len(s.get("/Table", [])), tabellen)
        assert len(s.get("/TH", [])) == koppen, (pad.name, len(s.get("/TH", [])), koppen)
        assert set(s.get("/TH", [])) <= {"/Column", "/Row"}, pad.name
    # Literal floor: one table per card (7 in §4.4 of the source) plus the appendices' tables.
    assert tabellen_in_html(site, gevallen[0][1])[0] >= 10


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
