"""How a page is cited (issue 22): the APA 7 line of "Zo citeer je deze pagina", the
citation meta tags (Highwire Press ``citation_*`` and Dublin Core) and the home page's
schema.org JSON-LD. Everything comes from ``data/uitgave.yml`` and the page itself.

Plain Python, no MkDocs imports. Strings are returned as data; templates and
``json_ld_veilig`` escape them, so markup in the data never becomes markup on a page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from macros.inhoud.model import Auteur
from macros.inhoud.wijzigingsdatum import nederlandse_datum

from .sjabloon import omgeving

ZONDER_DATUM = "z.d."  # APA in Dutch: no date
TAAL = "nl"


@dataclass(frozen=True)
class Document:
    """The knowledge document as cited (the fields of data/uitgave.yml that matter here)."""

    titel: str
    ondertitel: str
    auteurs: tuple[Auteur, ...]
    uitgever: str
    jaar: int | None
    datum: str | None  # JJJJ-MM-DD of the content version
    versie: str

    @classmethod
    def uit(cls, uitgave) -> "Document":
        return cls(uitgave.titel, uitgave.ondertitel, tuple(uitgave.auteurs), uitgave.uitgever,
                   uitgave.jaar, uitgave.datum, uitgave.versie)

    @property
    def volledige_titel(self) -> str:
        return f"{self.titel}: {self.ondertitel}" if self.ondertitel else self.titel


@dataclass(frozen=True)
class Citeerregel:
    """One APA line in three parts: ``cursief`` is set in italics on the page.

    ``geraadpleegd`` and ``adres`` are separate so the copy script can put today's date
    and the page's own address in (see overrides/assets/javascripts/sw-citeren.js)."""

    voor: str
    cursief: str
    na: str
    geraadpleegd: str
    adres: str | None

    @property
    def tekst(self) -> str:
        """The line as plain text (what the copy button copies)."""
        van = f", van {self.adres}" if self.adres else ""
        return f"{self.voor}{self.cursief}{self.na} Geraadpleegd op {self.geraadpleegd}{van}"


def apa_naam(a: Auteur) -> str:
    """"Adjiembaks, S. D.": APA puts a space between initials."""
    return f"{a.achternaam}, {' '.join(v + '.' for v in a.voorletters.rstrip('.').split('.'))}"


def apa_auteurs(auteurs: tuple[Auteur, ...] | list[Auteur]) -> str:
    """APA 7 author list: "A, B., & C, D." (up to 20 names, then "…" and the last)."""
    namen = [apa_naam(a) for a in auteurs]
    if len(namen) == 1:
        return namen[0]
    if len(namen) > 20:
        return ", ".join(namen[:19]) + ", … " + namen[-1]
    return ", ".join(namen[:-1]) + ", & " + namen[-1]


def citeerregel(doc: Document, paginatitel: str | None, geraadpleegd: str, adres: str | None) -> Citeerregel:
    """APA 7 with Dutch conventions. The home page (``paginatitel`` None) cites the knowledge
    document itself; any other page is cited as a part "In" it.

    ``geraadpleegd``: JJJJ-MM-DD of the build (the copy script puts in the visitor's date);
    ``adres``: the page's absolute address, or None when the site's address is unknown."""
    jaar = str(doc.jaar) if doc.jaar else ZONDER_DATUM
    auteurs = apa_auteurs(doc.auteurs)
    # APA: the author list ends in a full stop (the initials' last one serves).
    voor = f"{auteurs} ({jaar}). "
    versie = f" (inhoudsversie {doc.versie})." if doc.versie else "."
    na = f"{versie} {doc.uitgever}."
    if paginatitel is None:
        return Citeerregel(voor, doc.volledige_titel, na, nederlandse_datum(geraadpleegd), adres)
    return Citeerregel(f"{voor}{_met_punt(paginatitel)} In ", doc.volledige_titel, na, nederlandse_datum(geraadpleegd), adres)


def _met_punt(tekst: str) -> str:
    return tekst if tekst.endswith((".", "?", "!")) else tekst + "."


def meta_tags(doc: Document, paginatitel: str | None, pdf_adres: str | None, pagina_adres: str | None) -> list[tuple[str, str]]:
    """(name, content) of every citation meta tag of a page, in order.

    Highwire Press tags (what Zotero and Google Scholar read) and Dublin Core. A page other
    than the home page names the knowledge document it comes from (``citation_inbook_title``,
    ``DC.source``)."""
    titel = doc.volledige_titel if paginatitel is None else paginatitel
    tags = [("citation_title", titel)]
    tags += [("citation_author", f"{a.achternaam}, {a.voorletters}") for a in doc.auteurs]
    if doc.datum:
        tags.append(("citation_publication_date", doc.datum.replace("-", "/")))
    elif doc.jaar:
        tags.append(("citation_publication_date", str(doc.jaar)))
    if paginatitel is None:
        tags.append(("citation_technical_report_institution", doc.uitgever))
    else:
        tags += [("citation_inbook_title", doc.volledige_titel), ("citation_publisher", doc.uitgever)]
    tags.append(("citation_language", TAAL))
    if pdf_adres:
        tags.append(("citation_pdf_url", pdf_adres))
    if pagina_adres:
        tags.append(("citation_public_url", pagina_adres))
    tags.append(("DC.title", titel))
    tags += [("DC.creator", f"{a.achternaam}, {a.voorletters}") for a in doc.auteurs]
    if doc.datum or doc.jaar:
        tags.append(("DC.date", doc.datum or str(doc.jaar)))
    tags += [("DC.publisher", doc.uitgever), ("DC.language", TAAL), ("DC.type", "Text")]
    if paginatitel is not None:
        tags.append(("DC.source", f"{apa_auteurs(doc.auteurs)} ({doc.jaar or ZONDER_DATUM}). {doc.volledige_titel}"))
    if pagina_adres:
        tags.append(("DC.identifier", pagina_adres))
    return tags


def json_ld(doc: Document, adres: str | None, pdf_adres: str | None) -> dict:
    """schema.org ``Report`` for the knowledge document (the home page)."""
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Report",
        "name": doc.titel,
        "headline": doc.volledige_titel,
        "author": [
            {"@type": "Person", "name": f"{a.voorletters} {a.achternaam}", "familyName": a.achternaam,
             **({"givenName": a.voornaam} if a.voornaam else {})}
            for a in doc.auteurs
        ],
        "publisher": {"@type": "Organization", "name": doc.uitgever},
        "inLanguage": TAAL,
        "version": doc.versie,
    }
    if doc.jaar:
        data["datePublished"] = str(doc.jaar)
    if doc.datum:
        data["dateModified"] = doc.datum
    if adres:
        data["url"] = adres
    if pdf_adres:
        data["encoding"] = {"@type": "MediaObject", "encodingFormat": "application/pdf", "contentUrl": pdf_adres}
    return data


def json_ld_veilig(data: dict) -> Markup:
    """JSON for a ``<script type="application/ld+json">``: ``<``, ``>`` and ``&`` as
    \\u escapes, so no value can close the element or start markup."""
    tekst = json.dumps(data, ensure_ascii=False, indent=None)
    return Markup(tekst.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def citeerblok(regel: Citeerregel, downloads: str, geheel: bool) -> Markup:
    """The "Zo citeer je deze pagina" block (HTML) for the end of the page's article;
    ``downloads``: the relative link to the downloads page (the reference files);
    ``geheel``: the line cites the knowledge document as a whole (the knowledge-document
    PDF keeps only such a block, see macros/uitvoer/pdf/opschonen.py)."""
    return Markup(_OMGEVING.get_template("citeerblok.html").render(r=regel, downloads=downloads, geheel=geheel))


_OMGEVING = omgeving(Path(__file__).parent / "templates")
