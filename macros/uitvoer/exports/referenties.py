"""The literature list as reference data (issue 22): RIS, BibTeX and CSL-JSON.

Plain Python, no MkDocs imports. One entry per source of data/literatuur.yml, with the
fields ``bronvelden`` reads from it (type, authors split into family and given names or
an organisation as one literal name, year, title, container, publisher, URL and DOI where
the source has them). Written with maintained libraries: ``rispy`` (RIS), ``bibtexparser``
2 (BibTeX, non-ASCII and TeX's special characters encoded by its LaTeX middleware) and
``json``; the CSL-JSON is validated against the CSL-JSON schema (v1.0.2, vendored in
``vendor/``) before it is written, so an invalid file stops the build.
"""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import jsonschema
import rispy
from bibtexparser import middlewares
from bibtexparser.model import Entry, Field
from pylatexenc.latexencode import RULE_DICT, UnicodeToLatexConversionRule, UnicodeToLatexEncoder

from macros.inhoud.kennis import Kennis

from .bronvelden import Bronvelden, Naam, bronvelden

BASIS = "samen-weerbaar-literatuur"
#: file name -> (format label, what it is for)
BESTANDEN = {
    f"{BASIS}.ris": "RIS",
    f"{BASIS}.bib": "BibTeX",
    f"{BASIS}.csl.json": "CSL-JSON",
}
CSL_SCHEMA = Path(__file__).parent / "vendor" / "csl-data.json"
CSL_SCHEMA_VERSIE = "v1.0.2 (citation-style-language/schema, commit 506040022f6c)"

_RIS_SOORT = {"article-journal": "JOUR", "book": "BOOK", "chapter": "CHAP", "document": "GEN", "webpage": "ELEC"}
_BIB_SOORT = {"article-journal": "article", "book": "book", "chapter": "incollection", "document": "misc", "webpage": "misc"}
_BIB_CONTAINER = {"article-journal": "journal", "chapter": "booktitle"}


def _csl_naam(n: Naam) -> dict:
    if n.literal:
        return {"literal": n.literal}
    naam = {"family": n.family}
    if n.given:
        naam["given"] = n.given
    if n.particle:
        naam["non-dropping-particle"] = n.particle
    return naam


def _ris_naam(n: Naam) -> str:
    if n.literal:
        return n.literal
    return f"{n.achternaam_volledig}, {n.given}" if n.given else n.achternaam_volledig


#: Unicode and TeX's special characters ({ } % & # _ \\ $) to LaTeX: the encoder bibtexparser's
#: LatexEncodingMiddleware uses, without its \\url{} rule (the url field stays an address) and
#: keeping the straight double quote (its default makes it '' , which reads back as a curly one).
_LATEX = UnicodeToLatexEncoder(conversion_rules=[
    UnicodeToLatexConversionRule(rule_type=RULE_DICT, rule={ord('"'): '"'}), "defaults"])


def _tex(tekst: str) -> str:
    return _LATEX.unicode_to_latex(tekst)


def _bib_naam(n: Naam) -> str:
    """"Last, First": all before the comma is the family name ("De Boer" too);
    an organisation in braces is one name, not split into first and last."""
    if n.literal:
        return "{" + _tex(n.literal) + "}"
    return f"{_tex(n.achternaam_volledig)}, {_tex(n.given)}" if n.given else _tex(n.achternaam_volledig)


def csl_item(v: Bronvelden) -> dict:
    item: dict = {"id": v.id, "type": v.soort}
    if v.auteurs:
        item["author"] = [_csl_naam(n) for n in v.auteurs]
    if v.jaar:
        item["issued"] = {"date-parts": [[v.jaar]]}
    for sleutel, waarde in (("title", v.titel), ("container-title", v.container), ("publisher", v.uitgever),
                            ("URL", v.url), ("DOI", v.doi)):
        if waarde:
            item[sleutel] = waarde
    return item


def csl_json(kennis: Kennis) -> bytes:
    items = [csl_item(bronvelden(b)) for b in kennis.bronnen]
    jsonschema.validate(items, json.loads(CSL_SCHEMA.read_text(encoding="utf-8")))
    return (json.dumps(items, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def ris(kennis: Kennis) -> bytes:
    regels = []
    for b in kennis.bronnen:
        v = bronvelden(b)
        r: dict = {"type_of_reference": _RIS_SOORT[v.soort], "id": v.id}
        if v.auteurs:
            r["authors"] = [_ris_naam(n) for n in v.auteurs]
        if v.jaar:
            r["year"] = str(v.jaar)
        for sleutel, waarde in (("title", v.titel), ("secondary_title", v.container), ("publisher", v.uitgever),
                                ("doi", v.doi)):
            if waarde:
                r[sleutel] = waarde
        if v.url:
            r["urls"] = [v.url]
        regels.append(r)
    return rispy.dumps(regels).encode("utf-8")


def bibtex(kennis: Kennis) -> bytes:
    bib = bibtexparser.Library()
    for b in kennis.bronnen:
        v = bronvelden(b)
        velden = []
        if v.auteurs:
            velden.append(Field("author", " and ".join(_bib_naam(n) for n in v.auteurs)))
        for sleutel, waarde in (("title", v.titel), (_BIB_CONTAINER.get(v.soort, "howpublished"), v.container),
                                ("publisher", v.uitgever), ("year", str(v.jaar) if v.jaar else ""),
                                ("url", v.url), ("doi", v.doi)):
            if waarde:
                velden.append(Field(sleutel, waarde if sleutel in ("url", "doi") else _tex(waarde)))
        bib.add(Entry(_BIB_SOORT[v.soort], v.id, velden))
    format_ = bibtexparser.BibtexFormat()
    format_.indent = "  "
    stapel = [middlewares.AddEnclosingMiddleware(reuse_previous_enclosing=False, enclose_integers=True, default_enclosing="{")]
    return bibtexparser.write_string(bib, unparse_stack=stapel, bibtex_format=format_).encode("utf-8")


def referentie_bestanden(kennis: Kennis) -> dict[str, bytes]:
    """File name -> bytes of the three reference files."""
    return {f"{BASIS}.ris": ris(kennis), f"{BASIS}.bib": bibtex(kennis), f"{BASIS}.csl.json": csl_json(kennis)}
