"""What the PDF post-processing reads from WeasyPrint 70's layout: which HTML element continues
over a page break (``Layout.vervolg``) and the link text of every link (``Layout.links``).

``vervolg_uit_layout(document) -> Layout`` (a ``weasyprint.Document``); ``linktekst(element)``
gives one link's description. ``NabewerkingFout`` is raised by ``nabewerking.verbeter`` when
the layout and the PDF do not match. Source: WeasyPrint's pdf/tags.py (``_get_pdf_tag``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


TAGS = {  # WeasyPrint 70's HTML tag -> structure type (pdf/tags.py _get_pdf_tag)
    "div": "/Div", "span": "/Span", "main": "/Part", "article": "/Art", "section": "/Sect",
    "blockquote": "/BlockQuote", "p": "/P", "dl": "/L", "ul": "/L", "ol": "/L",
    "li": "/LI", "dt": "/LI", "dd": "/LI", "table": "/Table", "tr": "/TR", "th": "/TH",
    "td": "/TD", "thead": "/THead", "tbody": "/TBody", "tfoot": "/TFoot",
    "caption": "/Caption", "figcaption": "/Caption",
    **{f"h{n}": f"/H{n}" for n in range(1, 7)},
}


class NabewerkingFout(RuntimeError):
    """The PDF does not have the shape the layout promises."""


@dataclass
class Layout:
    """What the post-processing needs to know from WeasyPrint's layout.

    ``links[p]``: for page ``p`` (0-based), per link annotation in the order WeasyPrint
    adds them: (text of the HTML link, number of that HTML link in the document).
    ``vervolg[p]``: for the break before page ``p``, the structure types of the
    elements that continue from page ``p - 1``, outermost first.
    """

    links: list[list[tuple[str, int]]] = field(default_factory=list)
    vervolg: list[list[str]] = field(default_factory=list)


def _rol(box) -> str | None:
    tag = getattr(box, "element_tag", None) if getattr(box, "element", None) is not None else None
    if tag is None:
        return "/NonStruct"
    if tag in ("html", "body"):
        return None
    return TAGS.get(tag, "/NonStruct")


def _keten(pagina_box, laatste: bool) -> list[tuple[int, str]]:
    """(id of the HTML element, structure type) of the boxes along the first (or last)
    child chain of a page, outermost first, as WeasyPrint's tagging walks them."""
    from weasyprint.formatting_structure import boxes

    uit = []
    kinderen = [c for c in pagina_box.children if not isinstance(c, boxes.MarginBox)]
    while kinderen:
        box = kinderen[-1] if laatste else kinderen[0]
        if isinstance(box, (boxes.TextBox, boxes.LineBox, boxes.InlineBox, boxes.ReplacedBox)):
            break
        rol = _rol(box)
        if getattr(box, "is_table_wrapper", False):
            # tagged as one /Table: the wrapped table's children take its place
            tabel = box.get_wrapped_table()
            kinderen = [k for c in box.children for k in (c.children if c is tabel else [c])]
            uit.append((id(box.element), "/Table"))
            continue
        if rol:
            uit.append((id(box.element), rol))
        kinderen = list(getattr(box, "children", ()))
    return uit


def linktekst(element) -> str:
    """What a screen reader should say for a link (an lxml ``<a>`` element): its text;
    for a footnote number "voetnoot N"; for a symbol only (the footnote's ↩) where it
    leads; ``aria-label`` wins."""
    if element is None:
        return ""
    if element.get("aria-label"):
        return element.get("aria-label")
    tekst = " ".join("".join(element.itertext()).split())
    klassen = (element.get("class") or "").split()
    if "footnote-ref" in klassen:
        return f"voetnoot {tekst}"
    if "footnote-backref" in klassen:
        return "terug naar de verwijzing naar deze voetnoot in de tekst"
    if not any(c.isalnum() for c in tekst):
        return element.get("title") or tekst
    return tekst


def vervolg_uit_layout(document) -> Layout:
    """The ``Layout`` of a rendered WeasyPrint document (``HTML(...).render()``)."""
    links: list[list[tuple[str, int]]] = []
    nummers: dict[int, int] = {}
    for pagina in document.pages:
        regels = []
        for soort, _doel, _rechthoek, box in pagina.links:
            if soort not in ("internal", "external"):
                continue
            element = box.element
            regels.append((linktekst(element), nummers.setdefault(id(element), len(nummers))))
        links.append(regels)
    vervolg: list[list[str]] = [[]]
    for vorige, pagina in zip(document.pages, document.pages[1:]):
        eind = _keten(vorige._page_box, laatste=True)
        begin = _keten(pagina._page_box, laatste=False)
        doorgaand = []
        for (a, rol_a), (b, rol_b) in zip(eind, begin):
            if a != b or rol_a != rol_b:
                break
            doorgaand.append(rol_a)
        vervolg.append(doorgaand)
    return Layout(links, vervolg)
