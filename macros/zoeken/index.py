"""The site's search index: one entry per section of every built page.

Read from the built HTML with a real parser (BeautifulSoup + lxml), so that

* an element marked ``data-search-exclude`` is left out whole, however deeply its own
  ``<div>``\\s nest (Material's search stopped at the first nested ``</div>``);
* words of adjacent blocks (table cells, list items, paragraphs) stay separate words;
* the page is cut at every heading with an ``id`` (h2–h6): each section is an entry that
  links to ``page.html#id``; the text before the first such heading links to the page.

An entry is a dict (kept short: it is downloaded by every visitor who searches)::

    {"location": "hoofdstuk-3/randvoorwaarden.html#vertrouwen",   # relative to the site root
     "title": "Vertrouwen",            # section heading (the page title for the top entry)
     "page": "3.3 Randvoorwaarden",    # title of the page ("" for the top entry itself)
     "text": "…plain text…",
     "boost": 1.0,                     # page weight (front matter search.boost), if not 1
     "syn": [["CTC", "Communities That Care"], …]}   # acronym ↔ expansion, if any

Acronyms and their expansions come from the glossary (data/begrippen.yml): a section that
contains one form of a glossary term with an acronym also gets the other forms (``syn``),
so that ``CTC`` finds "Communities that Care" and the other way round.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from html import unescape

from bs4 import BeautifulSoup, NavigableString, Tag

#: Elements whose text is no content of the page.
WEG = (
    "[data-search-exclude]", "[hidden]", "script", "style", "noscript", "template", "svg",
    "button", "input", "select", "textarea", "form", "a.headerlink", "a.footnote-backref",
    "aside.md-source-file", ".md-source-file",
)
#: Elements that end a word: their text never runs on into the next element's text.
BLOK = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl",
    "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
}
KOPPEN = {"h2", "h3", "h4", "h5", "h6"}

_SPATIES = re.compile(r"\s+")


def _tekst(el: Tag) -> str:
    """Visible text of ``el`` with a space at every block boundary, whitespace collapsed."""
    delen: list[str] = []

    def loop(knoop) -> None:
        for kind in knoop.children:
            if isinstance(kind, NavigableString):
                if type(kind) is NavigableString:  # not a comment, CDATA, doctype
                    delen.append(str(kind))
            elif isinstance(kind, Tag):
                blok = kind.name in BLOK
                if blok:
                    delen.append(" ")
                loop(kind)
                if blok:
                    delen.append(" ")

    loop(el)
    return _SPATIES.sub(" ", "".join(delen)).strip()


def secties(html: str, pagina: str, paginatitel: str, boost: float = 1.0) -> list[dict]:
    """Index entries of one built page.

    ``html``: the whole page as written to the site; ``pagina``: its path in the site
    (``"hoofdstuk-1/doelstelling.html"``); ``paginatitel``: its title; ``boost``: weight of
    the page in the ranking (front matter ``search: boost:``). Returns ``[]`` for a page
    without ``article.md-content__inner``. MkDocs gives a page title as HTML (``&amp;``);
    the index holds plain text (the worker escapes what it shows), so it is unescaped here.
    """
    paginatitel = unescape(paginatitel)
    soep = BeautifulSoup(html, "lxml")
    artikel = soep.select_one("article.md-content__inner")
    if artikel is None:
        return []
    for el in artikel.select(",".join(WEG)):
        if not el.decomposed:
            el.decompose()
    # Footnotes are a section of their own (else they are glued to the last section).
    voetnoten = artikel.select_one("div.footnote")
    if voetnoten is not None:
        voetnoten.extract()
    h1 = artikel.find("h1")
    if h1 is not None:
        h1.decompose()

    uit: list[dict] = []
    huidig = {"location": pagina, "title": paginatitel, "page": "", "delen": []}

    def afsluiten() -> None:
        tekst = _SPATIES.sub(" ", " ".join(huidig["delen"])).strip()
        uit.append({k: huidig[k] for k in ("location", "title", "page")} | {"text": tekst})

    def loop(knoop) -> None:
        for kind in list(knoop.children):
            if isinstance(kind, Tag) and kind.name in KOPPEN and kind.get("id"):
                afsluiten()
                huidig.update(location=f"{pagina}#{kind['id']}", title=_tekst(kind), page=paginatitel, delen=[])
            elif isinstance(kind, Tag) and kind.find(KOPPEN, id=True) is not None:
                loop(kind)  # a wrapper with headings inside: cut inside it
            elif isinstance(kind, Tag):
                huidig["delen"].append(_tekst(kind))
            elif type(kind) is NavigableString:
                huidig["delen"].append(str(kind))

    loop(artikel)
    afsluiten()
    if voetnoten is not None:
        eerste = voetnoten.select_one("li[id]")
        anker = f"#{eerste['id']}" if eerste is not None else ""
        uit.append({"location": f"{pagina}{anker}", "title": "Voetnoten", "page": paginatitel,
                    "text": _tekst(voetnoten)})
    if boost != 1.0:
        for s in uit:
            s["boost"] = boost
    return uit


# ---- acronyms and their expansions, from the glossary ------------------------------------

_ACRONIEM = re.compile(r"^[A-Z][A-Za-z]{1,6}$")
_HAAKJES = re.compile(r"^(?P<voor>[^()]+?)\s*\((?P<binnen>[^()]+)\)\s*$")


def _is_acroniem(vorm: str) -> bool:
    return bool(_ACRONIEM.match(vorm)) and sum(c.isupper() for c in vorm) >= 2


def synoniemgroepen(begrippen: Iterable) -> list[list[str]]:
    """Groups of forms that mean the same, for glossary terms that have an acronym.

    ``begrippen``: objects with ``term`` (str) and ``varianten`` (list of str), as in
    data/begrippen.yml. ``"CTC (Communities That Care)"`` gives the forms ``CTC`` and
    ``Communities That Care``; the variants are added. A form like ``PPCT-model`` counts
    with its acronym ``PPCT``. Forms that fold to the same words are given once.
    Returns only groups with an acronym and at least one other form.
    """
    groepen = []
    for b in begrippen:
        vormen = [b.term, *b.varianten]
        m = _HAAKJES.match(b.term)
        if m:
            vormen[0:1] = [m["voor"], m["binnen"]]
        uniek: dict[str, str] = {}
        for v in vormen:
            uniek.setdefault(" ".join(woorden(v)), v.strip())
        groep = list(uniek.values())
        heeft_acroniem = any(_is_acroniem(w) for v in groep for w in re.split(r"[\s\-]+", v))
        if heeft_acroniem and len(groep) > 1:
            groepen.append(groep)
    return groepen


def woorden(tekst: str) -> list[str]:
    """Lower-case words of ``tekst`` without diacritics (``"Financiële"`` → ``financiele``)."""
    zonder = "".join(c for c in unicodedata.normalize("NFD", tekst.lower()) if not unicodedata.combining(c))
    return re.findall(r"[0-9a-z]+", zonder)


def synoniemen(tekst: str, groepen: list[list[str]]) -> list[list[str]]:
    """``[[found form, added form], …]`` for every glossary group with a form in ``tekst``.

    A form is found when its words occur one after the other in ``tekst`` (case, diacritics
    and hyphens do not matter). Each other form of the group is added once.
    """
    gevonden_woorden = " " + " ".join(woorden(tekst)) + " "
    uit = []
    for groep in groepen:
        aanwezig = [v for v in groep if f" {' '.join(woorden(v))} " in gevonden_woorden]
        if not aanwezig:
            continue
        # (a form that folds to the words of a found form is found too: no second test)
        uit += [[aanwezig[0], v] for v in groep if v not in aanwezig]
    return uit
