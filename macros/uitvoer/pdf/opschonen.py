"""From a built site page to a piece of print HTML.

``artikel`` takes the content of Material's ``<article class="md-content__inner">``
out of a built page. ``bewerk`` then makes it fit into one PDF:

* removes what only works on screen: headerlinks (¶), the checklist buttons and
  status lines, forms, scripts, hidden elements, the "last updated" note (which
  would also make the PDF differ per build day) and, unless the site's address
  is known, download lists;
* opens every ``<details>``;
* shifts headings down by the page's depth in the navigation (a section page's
  h1 becomes h2), so the document has one heading hierarchy and bookmarks;
* prefixes every id with the page's prefix, so ids stay unique in one document;
* turns links between pages into links inside the document (``#prefix__anker``);
  links to anything that is not in the document become absolute links to the
  site when its address is known, otherwise plain text;
* marks external links whose text is not their address, so print CSS can show
  the address after the text.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

from .weasy import PdfFout

_ARTIKEL = re.compile(r'<article class="md-content__inner[^"]*">(.*)</article>', re.S)

#: Elements that make no sense on paper (CSS selectors).
WEG = ", ".join(
    [
        "a.headerlink",
        "aside.md-source-file",
        ".md-content__button",
        ".sw-cl-balk",
        ".sw-cl-knoppen",
        ".sw-cl-voortgang",
        ".sw-cl-status",
        ".sw-pdf-link",
        "[data-pdf-weg]",
        "[hidden]",
        "button",
        "form",
        "input",
        "select",
        "textarea",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
    ]
)
#: Download lists: without the site's address (site_url) their links lead nowhere on paper.
ALLEEN_MET_SITE_URL = ".sw-downloads"
_VERWIJZINGEN = ("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "for", "headers")
_KOPPEN = ("h1", "h2", "h3", "h4", "h5", "h6")


def artikel(uitvoer: str) -> str:
    """The inner HTML of the article of a page built by Material."""
    treffer = _ARTIKEL.search(uitvoer)
    if not treffer:
        raise PdfFout("geen <article class=\"md-content__inner\"> in de gebouwde pagina")
    return treffer.group(1)


def prefix_voor(bron: str) -> str:
    """Id prefix of a page: its source path without .md, '/' as '--'."""
    return posixpath.splitext(bron)[0].replace("/", "--")


@dataclass(frozen=True)
class Kop:
    niveau: int  # 1..6 after shifting
    tekst: str
    id: str
    paginakop: bool  # the page's own title (its first h1)


@dataclass
class Koppelingen:
    """Where the pages of the site are in the document being made.

    ``in_document`` maps a site path (``hoofdstuk-1/index.html``) to its prefix.
    ``site_url``: absolute base address of the site, if known (links to pages
    that are not in the document then point to the site).
    """

    in_document: dict[str, str]
    site_url: str | None = None
    naar_buiten: list[str] = field(default_factory=list)  # links that became plain text

    def doel(self, van: str, href: str) -> str | None:
        """The new href of a link on page ``van`` (site path), or None to unlink it."""
        deel = urlsplit(href)
        if deel.scheme or deel.netloc:
            return href
        pad = van if not deel.path else posixpath.normpath(posixpath.join(posixpath.dirname(van), unquote(deel.path)))
        anker = unquote(deel.fragment)
        if pad == ".":
            pad = "index.html"
        elif pad not in self.in_document and f"{pad}/index.html" in self.in_document:
            pad = f"{pad}/index.html"
        if pad in self.in_document:
            prefix = self.in_document[pad]
            return f"#{prefix}__{anker}" if anker else f"#{prefix}"
        if self.site_url:
            return urljoin(self.site_url.rstrip("/") + "/", pad) + (f"#{deel.fragment}" if deel.fragment else "")
        self.naar_buiten.append(f"{van}: {href}")
        return None


def _tekst(el) -> str:
    return " ".join(el.get_text(" ").split())


def _eenvoudige_selector(selector: str) -> tuple[str | None, str | None, str | None]:
    """``tag``, ``.class``, ``tag.class`` or ``[attr]`` as (tag, class, attribute)."""
    treffer = re.fullmatch(r"([a-z][a-z0-9]*)?(?:\.([\w-]+))?|\[([\w-]+)\]", selector.strip())
    if not treffer or not any(treffer.groups()):
        raise ValueError(f"te ingewikkelde selector voor opschonen: {selector!r}")
    return treffer.groups()


def _weg_test(selectors: str):
    """A test for "matches one of these simple CSS selectors", much cheaper than
    soupsieve's ``select`` on a whole page (bewerk runs on every page of the PDF)."""
    regels = [_eenvoudige_selector(s) for s in selectors.split(",")]
    tags = {t for t, k, a in regels if t and not k}
    klassen = {k: t for t, k, a in regels if k}  # class -> required tag (or None)
    attributen = {a for t, k, a in regels if a}

    def weg(el) -> bool:
        if el.name in tags or not attributen.isdisjoint(el.attrs):
            return True
        for klasse in el.get("class") or ():
            if klasse in klassen and klassen[klasse] in (None, el.name):
                return True
        return False

    return weg


_WEG = _weg_test(WEG)
_WEG_ZONDER_SITE_URL = _weg_test(f"{WEG}, {ALLEEN_MET_SITE_URL}")


def bewerk(html: str, doel: str, prefix: str, koppelingen: Koppelingen, verschuif: int = 0) -> tuple[str, list[Kop]]:
    """Print HTML of one page (see the module docstring) and its headings in order."""
    soep = BeautifulSoup(html, "html.parser")
    weg = _WEG if koppelingen.site_url else _WEG_ZONDER_SITE_URL
    for el in soep.find_all(True):
        if not el.decomposed and weg(el):
            el.decompose()

    # One walk over what is left, in document order (as the headings need).
    koppen: list[Kop] = []
    eerste_h1 = True
    for el in soep.find_all(True):
        attrs = el.attrs
        if el.name == "details":
            attrs["open"] = ""
        attrs.pop("tabindex", None)
        # ids and the attributes that point to ids
        if "id" in attrs:
            attrs["id"] = f"{prefix}__{attrs['id']}"
        for naam in _VERWIJZINGEN:
            if naam in attrs:
                waarde = attrs[naam] if isinstance(attrs[naam], str) else " ".join(attrs[naam])
                attrs[naam] = " ".join(f"{prefix}__{w}" for w in waarde.split())
        if el.name == "a" and "href" in attrs:
            nieuw = koppelingen.doel(doel, attrs["href"])
            if nieuw is None:
                el.unwrap()
                continue
            attrs["href"] = nieuw
            if nieuw.startswith(("http://", "https://")):
                tekst = _tekst(el)
                kaal = re.sub(r"^https?://(www\.)?", "", nieuw).rstrip("/")
                if tekst and kaal not in tekst:
                    attrs["class"] = [*attrs.get("class", []), "pdf-toon-url"]
        elif el.name == "img" and "src" in attrs:
            deel = urlsplit(attrs["src"])
            if not (deel.scheme or deel.netloc):
                attrs["src"] = posixpath.normpath(posixpath.join(posixpath.dirname(doel), unquote(deel.path)))
            attrs.pop("srcset", None)
            attrs.pop("loading", None)
        elif el.name in _KOPPEN:
            # headings one hierarchy down per navigation level
            niveau = int(el.name[1])
            paginakop = niveau == 1 and eerste_h1
            if niveau == 1:
                eerste_h1 = False
            niveau = min(niveau + verschuif, 6)
            el.name = f"h{niveau}"
            if paginakop:
                attrs["class"] = [*attrs.get("class", []), "paginakop"]
            if not attrs.get("id"):
                attrs["id"] = f"{prefix}__kop-{len(koppen) + 1}"
            koppen.append(Kop(niveau, _tekst(el), attrs["id"], paginakop))
    return str(soep), koppen
