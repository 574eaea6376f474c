"""Renderers: every view of the knowledge base, through Jinja partials in templates/.

Plain Python, no MkDocs imports. A ``Weergave`` renders for one page (it needs the
page's source path to build relative links). Templates hold loops and
conditionals only; labels, links and selections come from here.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from . import downloads, plaatsen
from .exports.hulpvragen_model import ONVOLLEDIG
from .kennis import Kennis
from .paginaindex import PaginaIndex
from .tekst import md_blok, md_kop, md_regel

SJABLONEN = Path(__file__).parent / "templates"

NIVEAU = {"gezin": "Gezinsniveau", "gemeenschap": "Gemeenschapsniveau"}
SOORT = {"risico": "Risicofactoren", "beschermend": "Beschermende factoren"}
SOORT_ENKELVOUD = {"risico": "Risicofactor", "beschermend": "Beschermende factor"}
REIKWIJDTE = {
    "algemeen": "Algemene jeugdcriminaliteit",
    "ondermijnend": "Ook ondermijnende criminaliteit",
}
REIKWIJDTE_UITLEG = {
    "algemeen": "Benoemd ten aanzien van algemene (jeugd)criminaliteit.",
    "ondermijnend": "Benoemd ten aanzien van algemene (jeugd)criminaliteit en ook geëxpliciteerd "
    "ten aanzien van georganiseerde (ondermijnende) criminaliteit (in de bron dikgedrukt).",
}
BEWIJS = {
    "kwantitatief": "Kwantitatief robuust",
    "kwalitatief": "Kwalitatief betekenisvol",
    "niet-vastgesteld": "Bewijstype niet vastgesteld",
}
BEWIJS_UITLEG = {
    "kwantitatief": "Benoemd in kwantitatief onderzoek met een mate van robuustheid.",
    "kwalitatief": "Geen robuustheid in kwantitatieve zin, wel kwalitatief betekenisvol gebleken "
    "(in de bron schuingedrukt).",
    "niet-vastgesteld": "De tekst van hoofdstuk 2 maakt niet eenduidig op of deze factor "
    "kwantitatief robuust of alleen kwalitatief betekenisvol is; de cursivering uit de "
    "gepubliceerde PDF is bij de omzetting verloren gegaan. Zie de toelichting bij de factor.",
}
DOELGROEP = {"ouders": "Ouders", "jongeren": "Jongeren", "inwoners": "Inwoners", "professionals": "Professionals"}
INTERVENTIE_NIVEAU = {"individu": "Individu", "gezin": "Gezin", "gemeenschap": "Gemeenschap"}
KAART_VELDEN = [
    ("ontwikkelaar", "Ontwikkelaar"),
    ("omschrijving", "Omschrijving"),
    ("doelgroep", "Doelgroep"),
    ("doelen", "Doelen"),
    ("methoden", "Methoden"),
    ("werkzame_elementen", "Werkzame elementen"),
    ("effectiviteit", "Effectiviteit"),
    ("locatie", "Locatie"),
    ("samenwerkingspartners", "Samenwerkingspartners"),
    ("toepasbaarheid", "Toepasbaarheid & randvoorwaarden"),
    ("links", "Links"),
    ("conclusie", "Conclusie"),
    ("kanttekening", "Kanttekening"),
]


def paragraaf_label(paragraaf: str) -> str:
    if paragraaf.startswith("bijlage-"):
        return "Bijlage " + paragraaf.split("-", 1)[1]
    if paragraaf.startswith("voetnoot-"):
        return "voetnoot " + paragraaf.split("-", 1)[1]
    return "§ " + paragraaf


def _omgeving() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(SJABLONEN)),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=md_blok, md_regel=md_regel, md_kop=md_kop, paragraaf=paragraaf_label)
    env.globals.update(
        NIVEAU=NIVEAU,
        SOORT=SOORT,
        SOORT_ENKELVOUD=SOORT_ENKELVOUD,
        REIKWIJDTE=REIKWIJDTE,
        REIKWIJDTE_UITLEG=REIKWIJDTE_UITLEG,
        BEWIJS=BEWIJS,
        BEWIJS_UITLEG=BEWIJS_UITLEG,
        DOELGROEP=DOELGROEP,
        INTERVENTIE_NIVEAU=INTERVENTIE_NIVEAU,
        ONVOLLEDIG=ONVOLLEDIG,
    )
    return env


_OMGEVING = _omgeving()


class Weergave:
    """All renderers, for one page of the site."""

    def __init__(self, kennis: Kennis, pagina: str, index: PaginaIndex | None = None):
        self.k = kennis
        self.pagina = pagina
        self.index = index

    # ---- links ---------------------------------------------------------
    def link(self, soort: str, id: str) -> str:
        pagina, anker = plaatsen.plaats(self.k, soort, id, self.index)
        return plaatsen.href(self.pagina, pagina, anker)

    def paragraaf(self, paragraaf: str) -> Markup:
        """'§ 2.2.1' linked to where that paragraph is on the site."""
        return self._render("_paragraaf.html", paragraaf=paragraaf)

    def ref(self, soort: str, id: str, tekst: str | None = None) -> Markup:
        """An inline link to any entity, with its own name unless ``tekst`` is given."""
        return self._render("_ref.html", href=self.link(soort, id), tekst=tekst or self.naam_van(soort, id))

    def naam_van(self, soort: str, id: str) -> str:
        k = self.k
        if soort == "paragraaf":
            if id.startswith("bijlage-"):
                return "bijlage " + id.split("-", 1)[1]
            return f"hoofdstuk {id}" if id.isdigit() else f"paragraaf {id}"
        if soort == "stap":
            stap = k.stap(id)
            return f"stap {stap.nummer}: {stap.titel}"
        if soort == "bron":
            bron = k.bron(id)
            return f"{bron.auteurs[0] if bron.auteurs else bron.id} ({bron.jaar})" if bron.jaar else bron.id
        return {
            "factor": lambda: k.factor(id).naam,
            "indicator": lambda: k.indicator(id).naam,
            "randvoorwaarde": lambda: k.randvoorwaarde(id).titel,
            "interventie": lambda: k.interventie(id).naam,
            "begrip": lambda: k.begrip(id).term,
            "lijst": lambda: k.lijst(id).titel,
            "figuur": lambda: k.figuur(id).nummer,
        }[soort]()

    def naar(self, pagina: str, anker: str | None = None) -> str:
        """Link to a page (.md) or a generated file (any other extension)."""
        if not pagina.endswith(".md"):
            return plaatsen.href_bestand(self.pagina, pagina)
        return plaatsen.href(self.pagina, pagina, anker)

    def _render(self, sjabloon: str, **ctx) -> Markup:
        html = _OMGEVING.get_template(sjabloon).render(k=self.k, w=self, **ctx)
        if sjabloon.startswith("_"):  # inline partials: no trailing newline inside a sentence
            html = html.strip()
        return Markup(html)

    # ---- factors -------------------------------------------------------
    def legenda(self) -> Markup:
        return self._render("legenda.html")

    def factortabel(self, niveau: str) -> Markup:
        """The summary table of §2.4 / Bijlage 1 and 2 for one level."""
        return self._render(
            "factortabel.html",
            niveau=niveau,
            indicatoren=self.k.indicatoren_van(niveau),
            kolommen=[(s, self.k.factoren_van(niveau, s)) for s in ("risico", "beschermend")],
        )

    def factoren(self, niveau: str, soort: str) -> Markup:
        """The canonical description of each factor (its anchor is its id)."""
        return self._render("factoren.md.j2", factoren=self.k.factoren_van(niveau, soort))

    def indicatoren(self, niveau: str) -> Markup:
        return self._render("indicatoren.md.j2", niveau=niveau, indicatoren=self.k.indicatoren_van(niveau))

    # ---- cooperation and community ---------------------------------------
    def randvoorwaarden(self) -> Markup:
        return self._render("randvoorwaarden.md.j2", randvoorwaarden=self.k.randvoorwaarden)

    def lijst(self, id: str) -> Markup:
        return self._render("lijst.md.j2", lijst=self.k.lijst(id))

    def figuur(self, id: str) -> Markup:
        figuur = self.k.figuur(id)
        lijst = self.k.lijst(figuur.lijst) if figuur.lijst else None
        as_ = self.k.indicatoren_van(figuur.indicatoren) if figuur.indicatoren else None
        return self._render("figuur.html", figuur=figuur, lijst=lijst, indicatoras=as_)

    # ---- interventions ---------------------------------------------------
    def interventies_overzicht(self) -> Markup:
        return self._render("interventies_overzicht.html", kaarten=self.k.interventies)

    def interventiekaart(self, id: str) -> Markup:
        kaart = self.k.interventie(id)
        velden = [(naam, label, getattr(kaart, naam)) for naam, label in KAART_VELDEN if getattr(kaart, naam)]
        return self._render("interventiekaart.md.j2", kaart=kaart, velden=velden)

    # ---- help questions, references, glossary ------------------------------
    def hulpvragen(self) -> Markup:
        return self._render("hulpvragen.md.j2", hv=self.k.hulpvragen)

    def literatuur(self) -> Markup:
        citaties = self.index.citaties if self.index else None
        ontbrekend = sorted(citaties.ontbrekend.items(), key=lambda x: x[0].lower()) if citaties else []
        return self._render("literatuur.md.j2", bronnen=self.k.bronnen, citaties=citaties, ontbrekend=ontbrekend)

    def begrippen(self) -> Markup:
        return self._render("begrippen.html", begrippen=sorted(self.k.begrippen, key=lambda b: b.term.lower()))

    def downloads_hulpvragen(self) -> Markup:
        return self._render("downloads_hulpvragen.html", sets=downloads.hulpvragen_sets(self.k))

    def schema(self) -> Markup:
        from .schema_doc import schema_per_bestand

        return self._render("schema.md.j2", bestanden=schema_per_bestand())

    def wijzigingen(self) -> Markup:
        return self._render("wijzigingen.md.j2", versies=self.k.versies)

    def downloads_open_data(self) -> Markup:
        return self._render("downloads_open_data.html", bestanden=downloads.open_data(self.k))

    def bronnen(self, sleutels: list[str]) -> Markup:
        """Inline list of reference links, e.g. under a factor."""
        return self._render("_bronnen.html", sleutels=sleutels)
