"""Enrich a rendered page: link literature citations and glossary terms.

Plain Python, no MkDocs imports. Works on the page's HTML body by splitting it into
tags and text, so the markup itself is never re-serialised. Text inside links,
headings, code, figures' captions of data and the glossary itself is left alone.

Also used before the build (on the Markdown sources) to know, for the literature
page, where each reference is cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import escape

from . import plaatsen
from macros.inhoud.citaten import vind
from macros.inhoud.kennis import Kennis
from .paginaindex import PaginaIndex

_TAG = re.compile(r"(<[^>]+>)")
_OVERSLAAN = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "dt", "summary", "button", "label", "textarea", "title", "abbr"}
_TAGNAAM = re.compile(r"^</?\s*([a-zA-Z0-9]+)")


@dataclass
class Vermelding:
    pagina: str
    anker: str | None
    label: str


@dataclass
class CitatieIndex:
    """Where each reference is cited in the prose, and citations the list lacks."""

    per_bron: dict[str, list[Vermelding]] = field(default_factory=dict)
    ontbrekend: dict[str, list[Vermelding]] = field(default_factory=dict)  # "Auteur jaar" -> places
    gekoppeld: int = 0


_KOP_MD = re.compile(r"^(#{1,6})\s+(?P<titel>.*?)\s*(?:\{[^}]*#(?P<anker>[\w-]+)[^}]*\})?\s*$")


def scan_citaties(docs: Path, kennis: Kennis) -> CitatieIndex:
    """Citations in every Markdown page (prose), with the heading they stand under."""
    index = CitatieIndex()
    for pad in sorted(docs.rglob("*.md")):
        pagina = pad.relative_to(docs).as_posix()
        anker, label = None, pagina
        tekst = pad.read_text(encoding="utf-8")
        if tekst.startswith("---"):
            tekst = tekst.split("---", 2)[2]  # front matter is not page text
        tekst = re.sub(r"`[^`\n]*`", " ", tekst)  # nor are code examples
        for regel in tekst.splitlines():
            kop = _KOP_MD.match(regel)
            if kop:
                anker = kop.group("anker") or anker
                label = re.sub(r"[*_`]", "", kop.group("titel"))
                continue
            for c in vind(regel, kennis):
                plek = Vermelding(pagina, anker, label)
                if c.bron:
                    lijst = index.per_bron.setdefault(c.bron, [])
                    if not any(v.pagina == plek.pagina and v.anker == plek.anker for v in lijst):
                        lijst.append(plek)
                    index.gekoppeld += 1
                else:
                    sleutel = f"{c.tekst.strip()}"
                    index.ontbrekend.setdefault(sleutel, []).append(plek)
    return index


def citaties_in_data(index: CitatieIndex, kennis: Kennis, pagina_index: PaginaIndex) -> None:
    """Add the citations in the data's texts (cards, factors, conditions, lists, terms)
    to ``index``, each placed at the entity's page: the literature page then also lists
    the data's citations that the reference list lacks."""
    from pydantic import BaseModel

    from macros.inhoud.inhoudscontrole import GEEN_CITATEN

    def teksten(obj) -> list[str]:
        if isinstance(obj, BaseModel):
            return [t for naam in type(obj).model_fields if naam not in GEEN_CITATEN for t in teksten(getattr(obj, naam))]
        if isinstance(obj, list):
            return [t for x in obj for t in teksten(x)]
        return [obj] if isinstance(obj, str) else []

    soorten = (
        ("factor", kennis.factoren, "naam"),
        ("randvoorwaarde", kennis.randvoorwaarden, "titel"),
        ("lijst", kennis.lijsten, "titel"),
        ("interventie", kennis.interventies, "naam"),
        ("stap", kennis.hulpvragen.stappen, "titel"),
        ("begrip", kennis.begrippen, "term"),
    )
    for soort, items, titelveld in soorten:
        for item in items:
            try:
                pagina, anker = plaatsen.plaats(kennis, soort, item.id, pagina_index)
            except KeyError:
                continue  # an entity without a page (reported by the page that should show it)
            plek = Vermelding(pagina, anker, getattr(item, titelveld))
            for tekst in teksten(item):
                for c in vind(tekst, kennis):
                    if c.bron:
                        lijst = index.per_bron.setdefault(c.bron, [])
                        if not any(v.pagina == plek.pagina and v.anker == plek.anker for v in lijst):
                            lijst.append(plek)
                        index.gekoppeld += 1
                    else:
                        plekken = index.ontbrekend.setdefault(c.tekst.strip(), [])
                        if plek not in plekken:
                            plekken.append(plek)


def _tooltip(tekst: str, lengte: int = 180) -> str:
    tekst = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", tekst)
    tekst = re.sub(r"[*_`>#]", "", tekst)
    tekst = re.sub(r"\s+", " ", tekst).strip()
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1].rsplit(" ", 1)[0] + " …"


_VERWIJZING = re.compile(r"\b(?P<soort>[Pp]aragraaf|[Hh]oofdstuk|[Bb]ijlage)\s+(?P<nummer>\d+(?:\.\d+)*)\b(?!\.\d)")


class Verrijker:
    def __init__(self, kennis: Kennis, index: PaginaIndex | None = None):
        self.k = kennis
        self.index = index
        # each written form links to one glossary entry: the first that claims it
        vormen: dict[str, object] = {}
        for b in kennis.begrippen:
            if not b.in_tekst_koppelen:
                continue
            for vorm in (re.sub(r"\s*\(.*\)$", "", b.term), *b.varianten):
                if len(vorm) >= 3:
                    vormen.setdefault(vorm.lower(), b)
        self.termen = [
            (re.compile(r"(?<![\w-])" + re.escape(str(escape(vorm))) + r"(?![\w-])", re.I), b)
            for vorm, b in sorted(vormen.items(), key=lambda x: len(x[0]), reverse=True)
        ]

    def verrijk(self, html: str, pagina: str) -> str:
        """Citations become links to the reference list; the first use of a glossary
        term on the page links to its definition (with the definition as tooltip)."""
        delen = _TAG.split(html)
        stapel: list[str] = []
        gezien: set[str] = set()
        for i, deel in enumerate(delen):
            if deel.startswith("<"):
                m = _TAGNAAM.match(deel)
                if m and not deel.endswith("/>"):
                    naam = m.group(1).lower()
                    if deel.startswith("</"):
                        if naam in stapel:
                            while stapel and stapel.pop() != naam:
                                pass
                    elif naam in _OVERSLAAN or 'class="sw-geen-verrijking' in deel:
                        stapel.append(naam)
                continue
            if stapel or not deel.strip():
                continue
            delen[i] = self._tekst(deel, pagina, gezien)
        return "".join(delen)

    def _tekst(self, tekst: str, pagina: str, gezien: set[str]) -> str:
        stukken: list[tuple[int, int, str]] = []
        if self.index is not None:
            for m in _VERWIJZING.finditer(tekst):
                nummer = m.group("nummer")
                sleutel = f"bijlage-{nummer}" if m.group("soort").lower() == "bijlage" else nummer
                if m.group("soort").lower() == "hoofdstuk" and "." in nummer:
                    continue
                doel = self.index.paragraaf(sleutel)
                if doel is None or (doel[0] == pagina and doel[1] is None):
                    continue
                href = plaatsen.href(pagina, doel[0], doel[1])
                stukken.append((m.start(), m.end(), f'<a class="sw-verwijzing" href="{href}">{m.group(0)}</a>'))
        for c in vind(tekst, self.k) if pagina != plaatsen.LITERATUUR_PAGINA else []:
            if c.bron:
                href = plaatsen.href(pagina, plaatsen.LITERATUUR_PAGINA, c.bron)
                stukken.append((c.begin, c.eind, f'<a class="sw-citaat" href="{href}">{c.tekst}</a>'))
        if pagina not in (plaatsen.BEGRIPPEN_PAGINA, plaatsen.LITERATUUR_PAGINA):
            for patroon, begrip in self.termen:
                if begrip.id in gezien:
                    continue
                for m in patroon.finditer(tekst):
                    if any(b < m.end() and m.start() < e for b, e, _ in stukken):
                        continue
                    href = plaatsen.href(pagina, plaatsen.BEGRIPPEN_PAGINA, begrip.id)
                    titel = escape(f"{begrip.term}: {_tooltip(begrip.definitie)}")
                    stukken.append((m.start(), m.end(), f'<a class="sw-begrip" href="{href}" title="{titel}">{m.group(0)}</a>'))
                    gezien.add(begrip.id)
                    break
        if not stukken:
            return tekst
        uit, pos = [], 0
        for begin, eind, vervanging in sorted(stukken):
            if begin < pos:
                continue
            uit.append(tekst[pos:begin])
            uit.append(vervanging)
            pos = eind
        uit.append(tekst[pos:])
        return "".join(uit)


_FN_REF = re.compile(r'<sup id="fnref(?P<n>\d*):(?P<label>[^"]+)"><a class="footnote-ref" href="#fn:(?P=label)">\d+</a></sup>')
_FN_LI = re.compile(r'<li id="fn:(?P<label>\d+)">')


def voetnoten_met_bronnummer(html: str) -> str:
    """Show the source's footnote numbers (the labels [^12]) instead of 1, 2, 3 per page."""
    html = _FN_REF.sub(
        lambda m: f'<sup id="fnref{m.group("n")}:{m.group("label")}"><a class="footnote-ref" href="#fn:{m.group("label")}">{m.group("label")}</a></sup>',
        html,
    )
    return _FN_LI.sub(lambda m: f'<li id="fn:{m.group("label")}" value="{m.group("label")}">', html)
