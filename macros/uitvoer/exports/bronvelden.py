"""The fields of a literature entry, read from data/literatuur.yml for the reference exports.

Plain Python, no MkDocs imports. ``data/literatuur.yml`` keeps each entry as the source
printed it (``citaat``) plus its authors' family names (``auteurs``), year and URL. The
exports need more: given names, a title, a container. They are read from ``citaat`` only
where the text shows them unambiguously; anything not found is left out, never guessed:

* a family name of ``auteurs`` is looked up in the author part of ``citaat`` (before the
  year); its initials or given name are what stands right after it ("Adamse, I.",
  "Bacchini D") or right before it ("M. Boelens", "Eveline van der Herberg"); a particle
  right before it ("van", "De") is kept as CSL's non-dropping particle;
* an author that is the whole author part (Movisie, Nederlands Jeugd Instituut) is an
  organisation: one literal name;
* the title follows "(jaar). ": an italic title is a book or report, otherwise the title
  ends at the first full stop and an italic part after it is the journal or book it is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from macros.inhoud.model import Bron

PARTIKELS = {"van", "de", "der", "den", "het", "ter", "ten", "von", "da", "di", "du", "le", "la"}
_JAAR = re.compile(r"\((?:[a-z]+ )?(?:\d{4}[a-z]?|z\.d\.)[^)]*\)\.?\s*")
_INITIALEN_NA = re.compile(r"^,?\s*((?:[A-Z][a-z]?\.?\s?-?){1,4}|[A-Z][a-z]+)(?=[\s,.&]|$)")
_INITIALEN_VOOR = re.compile(r"((?:[A-Z]\.\s?){1,4}|[A-Z][a-z]+)\s+$")
_DOI = re.compile(r"(?:doi\.org/|doi:\s*)(10\.\d{4,9}/\S+?)[.,;]?(?:\s|$)", re.I)


@dataclass(frozen=True)
class Naam:
    family: str = ""
    given: str = ""
    particle: str = ""  # "van", "De": part of the family name as printed
    literal: str = ""  # an organisation

    @property
    def achternaam_volledig(self) -> str:
        return f"{self.particle} {self.family}".strip()


@dataclass(frozen=True)
class Bronvelden:
    id: str
    soort: str  # CSL type: article-journal, book, chapter, document, webpage
    auteurs: tuple[Naam, ...]
    jaar: int | None
    titel: str = ""
    container: str = ""
    uitgever: str = ""
    url: str = ""
    doi: str = ""
    extra: dict = field(default_factory=dict)


def _schoon(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst.replace("*", "")).strip(" .,;")


def _auteursdeel(citaat: str) -> str:
    treffer = _JAAR.search(citaat)
    return citaat[: treffer.start()].split("*", 1)[0] if treffer else ""


def naam(familie: str, deel: str) -> Naam:
    """One author's name from the author part of the citation (see the module text)."""
    if _schoon(deel) == familie:
        return Naam(literal=familie)
    treffer = re.search(rf"(?<![\w-]){re.escape(familie)}(?![\w-])", deel)
    if treffer is None:
        return Naam(family=familie)
    voor, na = deel[: treffer.start()], deel[treffer.end():]
    woorden = voor.rstrip().split(" ")
    partikel: list[str] = []
    while woorden and woorden[-1].lower() in PARTIKELS:
        partikel.insert(0, woorden.pop())
    rest_voor = " ".join(woorden)
    gegeven = ""
    na_treffer = _INITIALEN_NA.match(na)
    if na_treffer and not re.match(r"^,?\s*(en|&)\b", na) and na_treffer.group(1).strip().lower() not in PARTIKELS:
        gegeven = na_treffer.group(1).strip()
    else:
        voor_treffer = _INITIALEN_VOOR.search(rest_voor + " ") if rest_voor and not rest_voor.rstrip().endswith(",") else None
        if voor_treffer:
            gegeven = voor_treffer.group(1).strip()
    return Naam(family=familie, given=gegeven, particle=" ".join(partikel))


def _titel_en_rest(citaat: str) -> tuple[str, str, bool]:
    """(title, what follows it, title was italic)."""
    treffer = _JAAR.search(citaat)
    if treffer is None:
        return "", "", False
    na = citaat[treffer.end():]
    voor = re.search(r"\*([^*]+)\*", citaat[: treffer.start()])
    if voor:  # "Livesy, S., *Title* (2009)": the title stands before the year
        return _schoon(voor.group(1)), na, True
    if na.startswith("*"):
        eind = na.find("*", 1)
        if eind > 0:
            return _schoon(na[1:eind]), na[eind + 1:], True
    eind = re.search(r"(?<=[a-z0-9)'\"?!])[.?!](?=\s|$)", na)
    if eind is None:
        return _schoon(na), "", False
    return _schoon(na[: eind.end()].rstrip(".")), na[eind.end():], False


def _uitgever(rest: str) -> str:
    """The publisher after an italic book title: the last sentence, when it is a plain name."""
    zinnen = [z.strip() for z in re.split(r"\.\s+", rest.strip(" .")) if z.strip()]
    if not zinnen:
        return ""
    laatste = _schoon(zinnen[-1])
    if re.search(r"\d|http|\(", laatste) or len(laatste) > 80 or not laatste:
        return ""
    return laatste.split(": ", 1)[-1]  # "Den Haag: Boom Uitgevers" -> the publisher


def bronvelden(b: Bron) -> Bronvelden:
    """The export fields of one entry of data/literatuur.yml."""
    url = b.url or ""
    doi_treffer = _DOI.search(f"{url} {b.citaat} ")
    doi = doi_treffer.group(1) if doi_treffer else ""
    if b.soort == "website":
        return Bronvelden(b.id, "webpage", (), b.jaar, url=url, doi=doi)
    deel = _auteursdeel(b.citaat)
    auteurs = tuple(naam(a, deel) for a in b.auteurs)
    titel, rest, cursief = _titel_en_rest(b.citaat)
    container = ""
    if not cursief:
        c = re.match(r"^\s*(?:In:?\s+)?(?:[^*]{0,120}?\(Red?s?\.?\),?\s*)?\*([^*]+)\*", rest)
        container = _schoon(c.group(1)) if c else ""
    if cursief:
        soort, uitgever = "book", _uitgever(rest)
    elif container and re.match(r"^\s*(?:In:?\s)", rest):
        soort, uitgever = "chapter", ""
    elif container:
        soort, uitgever = "article-journal", ""
    else:
        soort, uitgever = "document", ""
    return Bronvelden(b.id, soort, auteurs, b.jaar, titel, container, uitgever, url, doi)
