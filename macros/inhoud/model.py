"""The content model: pydantic classes for everything in data/.

Plain Python, no MkDocs imports. Field names are the Dutch YAML keys editors use.
Fields typed ``Markdown`` are rendered as (restricted) Markdown; every other text
field is plain text and always escaped.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# A readable, stable identifier: used in URLs, anchors and cross-references.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
# Literature keys may end in a letter suffix (boutellier-2019a): same pattern.
Sleutel = Id
Tekst = Annotated[str, StringConstraints(min_length=1)]
Markdown = Annotated[str, "markdown"]
Paragraaf = Annotated[str, StringConstraints(pattern=r"^(\d+(\.\d+)*|bijlage-\d+|voetnoot-\d+)$")]

Niveau = Literal["gezin", "gemeenschap"]
Soort = Literal["risico", "beschermend"]
Reikwijdte = Literal["algemeen", "ondermijnend"]
Bewijs = Literal["kwantitatief", "kwalitatief", "niet-vastgesteld"]
Doelgroep = Literal["ouders", "jongeren", "inwoners", "professionals"]
InterventieNiveau = Literal["individu", "gezin", "gemeenschap"]


def is_markdown(model: type[BaseModel], field: str) -> bool:
    """True when a field is declared Markdown (rendered, not escaped as plain text)."""
    info = model.model_fields[field]
    return "markdown" in info.metadata


class Strikt(BaseModel):
    """Base: unknown fields are an error, so a typo in a key never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Noot(Strikt):
    nummer: int = Field(ge=1)
    tekst: Markdown


class Bron(Strikt):
    """One entry of the literature list."""

    id: Sleutel
    auteurs: list[str]
    jaar: Optional[int]
    citaat: Markdown
    url: Optional[Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]] = None
    soort: Literal["publicatie", "website"]
    # other author-year forms the text uses for this entry, e.g. "Gill 2016" (a chapter of it)
    ook_geciteerd_als: list[Annotated[str, StringConstraints(pattern=r"^\S.* (1[89]|20)\d{2}$")]] = []


class Begrip(Strikt):
    id: Id
    term: Tekst
    varianten: list[str] = []
    in_tekst_koppelen: bool = True  # false for everyday words: no glossary link in running text
    definitie: Markdown
    paragraaf: Paragraaf
    bronnen: list[Sleutel] = []
    noten: list[Noot] = []


class Indicator(Strikt):
    id: Id
    niveau: Niveau
    nummer: int = Field(ge=1)
    naam: Tekst
    toelichting: str = ""


class Factor(Strikt):
    id: Id
    naam: Tekst
    niveau: Niveau
    soort: Soort
    reikwijdte: Reikwijdte
    reikwijdte_toelichting: str = ""
    bewijs: Bewijs
    bewijs_toelichting: Markdown = ""
    toelichting: Markdown
    paragraaf: Paragraaf
    bronnen: list[Sleutel] = []
    indicatoren: list[Id] = []
    noten: list[Noot] = []


class Randvoorwaarde(Strikt):
    id: Id
    nummer: int = Field(ge=1)
    titel: Tekst
    kern: Tekst
    toelichting: Markdown
    lijst: Optional[Id] = None  # a list that stands inside the section, after the toelichting
    vervolg: Markdown = ""  # the section's text after that list
    paragraaf: Paragraaf
    bronnen: list[Sleutel] = []
    noten: list[Noot] = []


class LijstItem(Strikt):
    id: Id
    naam: Tekst
    omschrijving: Markdown = ""
    stadium: str = ""  # a grouping the source gives (Arnstein's three stages)
    paragraaf: Optional[Paragraaf] = None  # where the item is discussed, when not the list's


class Lijst(Strikt):
    """A list the source gives in its text (participation levels, CPTED principles, …)."""

    id: Id
    titel: Tekst
    paragraaf: Paragraaf
    genummerd: bool = False
    inleiding: Markdown = ""
    herkomst: str = ""
    bronnen: list[Sleutel] = []
    items: list[LijstItem] = Field(min_length=1)
    afsluiting: Markdown = ""  # the source's sentences right after the list
    noten: list[Noot] = []


class Figuur(Strikt):
    """A figure of the source. The text version kept only its caption."""

    id: Id
    nummer: Tekst
    bijschrift: Tekst
    paragraaf: Paragraaf
    status: Literal["herbouwd", "alleen-in-pdf"]
    lijst: Optional[Id] = None  # for status herbouwd: the list it is rebuilt from
    indicatoren: Optional[Niveau] = None  # or: the indicator axis of this level (§5.1)


class Link(Strikt):
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    titel: str = ""


EffectVolgensKaart = Literal["effectief", "deels", "niet-aangetoond", "onbekend"]


class Facetten(Strikt):
    doelgroepen: list[Doelgroep] = Field(min_length=1)
    niveaus: list[InterventieNiveau] = Field(min_length=1)
    # Optional, for the filters of the overview (issue 8). Each is taken from the card's own
    # text only: werkzame_elementen are literal phrases of the field werkzame_elementen,
    # effectiviteit_citaat a literal quote of effectiviteit/conclusie/kanttekening
    # (tests/unit/test_hulpmiddelen.py checks both against the card).
    werkzame_elementen: list[Tekst] = []
    effectiviteit_volgens_kaart: Optional[EffectVolgensKaart] = None
    effectiviteit_citaat: str = ""


class Interventie(Strikt):
    """One intervention card of §4.4: one file data/interventies/<id>.yml."""

    id: Id
    volgorde: int = Field(ge=1)
    naam: Tekst
    naam_toelichting: str = ""
    ontwikkelaar: Tekst
    omschrijving: Markdown
    doelgroep: Tekst
    doelen: Markdown
    methoden: Markdown
    werkzame_elementen: Markdown
    effectiviteit: Markdown
    locatie: Markdown
    samenwerkingspartners: Markdown
    toepasbaarheid: Markdown
    links: list[Link] = []
    conclusie: Markdown = ""
    kanttekening: Markdown = ""
    noten: list[Noot] = []
    facetten: Facetten


class Vraag(Strikt):
    id: Id
    tekst: Tekst


class Vraaggroep(Strikt):
    kop: str = ""
    intro: Markdown = ""
    vragen: list[Vraag] = Field(min_length=1)


class Stap(Strikt):
    nummer: int = Field(ge=1)
    id: Id
    titel: Tekst
    intro: Markdown = ""
    intro_onvolledig: bool = False
    groepen: list[Vraaggroep] = Field(min_length=1)

    @property
    def vragen(self) -> list[Vraag]:
        return [v for g in self.groepen for v in g.vragen]


Citeervorm = Annotated[str, StringConstraints(pattern=r"^\S.* (1[89]|20)\d{2}$")]


Verbandsoort = Literal["wijkscan", "stap", "paragraaf", "randvoorwaarde", "interventie", "factor", "indicator"]


class Verband(Strikt):
    """A link the document itself makes (issue 16 item 3), never one an editor infers.

    ``naar`` + ``id``: what it links to (``id: wijkscan`` for the wijkscan);
    ``paragraaf``: where the document makes the link; ``citaat``: its words that make it.
    """

    naar: Verbandsoort
    id: Tekst
    paragraaf: Paragraaf
    citaat: Tekst


class StapVerbanden(Strikt):
    stap: Id
    verbanden: list[Verband] = []


Hulpmiddel = Literal["interventies", "interventiekaart", "factorverkenner", "wijkscan", "bijeenkomstpakket"]


class LetOp(Strikt):
    """One caution of the tools (data/letop.yml): shown as the page's "Let op" note and put,
    as the same plain text, into that page's exports. ``citaat``: the document's own words
    it rests on (a test compares them with the source at ``paragraaf``)."""

    id: Id
    tekst: Tekst
    paragraaf: Paragraaf
    voetnoot: Optional[int] = Field(default=None, ge=1)
    citaat: Tekst
    bij: list[Hulpmiddel] = Field(min_length=1)


Datum = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class Versie(Strikt):
    versie: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z.\-]+$")]
    datum: Datum
    wijzigingen: list[Markdown] = Field(min_length=1)
