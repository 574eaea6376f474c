"""Assembling print documents from built pages: the knowledge document and card PDFs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from macros.inhoud.teksten import BRONREGEL
from macros.uitvoer.drukbasis import DRUKBASIS  # drukbasis.html: <head> of every print document
from macros.uitvoer.zipvast import vast_moment
from macros.weergave.sjabloon import omgeving
from macros.inhoud.wijzigingsdatum import nederlandse_datum
from .opschonen import Kop, Koppelingen, artikel, bewerk, prefix_voor
from .weasy import PdfFout, Resultaat, css_tekst, schrijf_pdf

SJABLONEN = Path(__file__).parent / "sjablonen"

TITEL = "Samen Weerbaar"
ONDERTITEL = (
    "Kennisdocument over risico- en beschermende factoren ten aanzien van ondermijnende "
    "(jeugd)criminaliteit, versterking van lokale samenwerking & werkzame elementen voor "
    "gemeenschapsinterventies"
)
AUTEURS = "S.D. Adjiembaks & S. Noor"
OPDRACHTGEVER = "Expertise-unit Sociale Stabiliteit (ESS), ministerie van Sociale Zaken en Werkgelegenheid"
DOCUMENTTITEL = f"{TITEL} – kennisdocument"
INHOUD_DIEPTE = 3  # table of contents: chapters, their sections, cards


@dataclass(frozen=True)
class Pagina:
    """One built page of the site."""

    bron: str  # source path, e.g. hoofdstuk-1/index.md
    doel: str  # site path, e.g. hoofdstuk-1/index.html
    titel: str  # title in the navigation
    html: str  # the whole built page (or only its article)

    @property
    def artikel(self) -> str:
        return artikel(self.html) if "<article" in self.html else self.html


@dataclass(frozen=True)
class Onderdeel:
    """A node of the navigation: a page, a section with an index page, or a bare section."""

    titel: str
    pagina: str | None = None  # source path of its page, None for a section without one
    kinderen: tuple["Onderdeel", ...] = ()


@dataclass(frozen=True)
class Uitgave:
    versie: str
    datum: str  # JJJJ-MM-DD

    @property
    def datum_tekst(self) -> str:
        return nederlandse_datum(date.fromisoformat(self.datum))


def pdf_boom(boom: tuple[Onderdeel, ...], uitsluiten: set[str]) -> tuple[Onderdeel, ...]:
    """The navigation without the pages in ``uitsluiten`` and without sections left empty.

    A section goes as a whole when its own page, or else its first page, is excluded
    (e.g. "Over deze site", which starts with over.md)."""
    uit = []
    for o in boom:
        eerste = o.pagina or (o.kinderen[0].pagina if o.kinderen else None)
        if eerste in uitsluiten:
            continue
        kinderen = pdf_boom(o.kinderen, uitsluiten)
        if o.pagina is None and not kinderen:
            continue
        uit.append(Onderdeel(o.titel, o.pagina, kinderen))
    return tuple(uit)


def paginas_in(boom: tuple[Onderdeel, ...]) -> list[str]:
    return [p for o in boom for p in ([o.pagina] if o.pagina else []) + paginas_in(o.kinderen)]


@lru_cache(maxsize=1)
def _omgeving() -> Environment:
    return omgeving(SJABLONEN, DRUKBASIS, filters={"css_tekst": css_tekst})


def _css(*namen: str) -> Markup:
    return Markup("\n".join((SJABLONEN / n).read_text(encoding="utf-8") for n in namen))


def _kop(niveau: int, id: str, tekst: str) -> Markup:
    return Markup('<h{n} id="{id}" class="paginakop">{t}</h{n}>').format(n=niveau, id=id, t=tekst)


def _slug(tekst: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", tekst.lower()).strip("-") or "onderdeel"


@dataclass(frozen=True)
class Deel:
    """One page or bare section, ready for the template."""

    id: str
    diepte: int
    html: Markup  # the page's print HTML, or a heading for a bare section
    nieuwe_pagina: bool = False  # a page in a section without its own page (e.g. Bijlage 2)

    @property
    def kaart(self) -> bool:
        """An intervention card: starts on a new page, like the card PDFs."""
        return 'class="sw-kaartkop"' in self.html


def kennisdocument(
    boom: tuple[Onderdeel, ...],
    paginas: dict[str, Pagina],
    uitgave: Uitgave,
    site_map: Path,
    site_url: str | None = None,
    cache: Path | None = None,
) -> Resultaat:
    """The whole knowledge base as one tagged PDF (see the package docstring).

    ``boom``: the navigation (already without site-only pages, see ``pdf_boom``);
    ``paginas``: built pages by source path; ``site_map``: the built site folder
    (images load from there and nowhere else); ``cache``: see ``weasy.schrijf_pdf``.
    """
    ontbrekend = [p for p in paginas_in(boom) if p not in paginas]
    if ontbrekend:
        raise PdfFout("pagina's uit de navigatie niet gebouwd: " + ", ".join(ontbrekend))
    koppelingen = Koppelingen(
        {paginas[p].doel: prefix_voor(p) for p in paginas_in(boom)},
        site_url=site_url,
    )
    delen: list[Deel] = []
    inhoud: list[Kop] = []
    gebruikt: set[str] = set()

    def voeg_toe(onderdelen: tuple[Onderdeel, ...], diepte: int, los: bool = False) -> None:
        for i, o in enumerate(onderdelen):
            if o.pagina is None:
                id_ = f"deel-{_slug(o.titel)}"
                if id_ in gebruikt:
                    raise PdfFout(f"twee onderdelen heten {o.titel!r}")
                gebruikt.add(id_)
                niveau = min(diepte + 1, 6)
                delen.append(Deel(id_, diepte, _kop(niveau, f"{id_}__titel", o.titel)))
                inhoud.append(Kop(niveau, o.titel, f"{id_}__titel", True))
            else:
                pagina = paginas[o.pagina]
                prefix = prefix_voor(o.pagina)
                html, koppen = bewerk(pagina.artikel, pagina.doel, prefix, koppelingen, verschuif=diepte)
                if not any(k.paginakop for k in koppen):  # a page without h1: its navigation title
                    niveau = min(diepte + 1, 6)
                    html = str(_kop(niveau, f"{prefix}__titel", o.titel)) + html
                    koppen.insert(0, Kop(niveau, o.titel, f"{prefix}__titel", True))
                delen.append(Deel(prefix, diepte, Markup(html), nieuwe_pagina=los and i > 0))
                inhoud.extend(k for k in koppen if k.niveau <= 2 or (k.paginakop and k.niveau <= INHOUD_DIEPTE))
            voeg_toe(o.kinderen, diepte + 1, los=o.pagina is None)

    voeg_toe(boom, 0)
    moment = vast_moment(uitgave.datum)
    bron = _omgeving().get_template("kennisdocument.html").render(
        css=_css("basis.css", "kennisdocument.css"),
        titel=DOCUMENTTITEL,
        hoofdtitel=TITEL,
        ondertitel=ONDERTITEL,
        auteurs=AUTEURS,
        opdrachtgever=OPDRACHTGEVER,
        bronregel=BRONREGEL,
        uitgave=uitgave,
        site_url=site_url,
        moment=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        inhoud=inhoud,
        delen=delen,
        voetregel=f"{DOCUMENTTITEL} · inhoudsversie {uitgave.versie}",
    )
    _dubbele_ids(bron)
    resultaat = schrijf_pdf(bron, site_map, cache)
    # Links to pages outside the document (e.g. the downloads page) stay as text.
    return Resultaat(resultaat.pdf, resultaat.paginas, tuple(koppelingen.naar_buiten), resultaat.uit_cache)


def kaart(
    pagina: Pagina, uitgave: Uitgave, site_map: Path, site_url: str | None = None, cache: Path | None = None
) -> Resultaat:
    """One intervention card (its built page) as a one- or two-page A4 PDF."""
    prefix = prefix_voor(pagina.bron).rsplit("--", 1)[-1]
    koppelingen = Koppelingen({pagina.doel: prefix}, site_url=site_url)
    html, koppen = bewerk(pagina.artikel, pagina.doel, prefix, koppelingen)
    naam = next((k.tekst for k in koppen if k.paginakop), pagina.titel)
    moment = vast_moment(uitgave.datum)
    bron = _omgeving().get_template("kaart.html").render(
        css=_css("basis.css", "kaart.css"),
        titel=f"{naam} – interventiekaart uit {TITEL}",
        naam=naam,
        auteurs=AUTEURS,
        bronregel=BRONREGEL,
        uitgave=uitgave,
        site_url=site_url,
        moment=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        html=Markup(html),
        voetregel=f"{TITEL} – interventiekaart · inhoudsversie {uitgave.versie}",
    )
    _dubbele_ids(bron)
    return schrijf_pdf(bron, site_map, cache)


_ID = re.compile(r'\sid="([^"]+)"')


def _dubbele_ids(html: str) -> None:
    gezien: set[str] = set()
    dubbel = sorted({i for i in _ID.findall(html) if i in gezien or gezien.add(i)})
    if dubbel:
        raise PdfFout("dubbele ids in het PDF-document: " + ", ".join(dubbel[:10]))
