"""Print HTML -> tagged, deterministic PDF with WeasyPrint, and the checks around it.

The same recipe as the help-question PDF (macros/exports/naar_pdf.py):
``pdf_variant="pdf/ua-1"``, fixed creation/modification dates through ``dcterms``
meta elements, and a file identifier derived from the HTML, so the same input
gives the same bytes. On top of that, for documents assembled from site pages:

* resources load only from files inside one folder (the built site): no request
  leaves the machine, and a missing image stops the build;
* every internal link must land on an anchor in the document;
* no box may stick out of the right edge of the page area (tables, long URLs).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..exports.naar_pdf import css_tekst  # noqa: F401  (re-exported for the templates)

TOLERANTIE_PX = 1.0  # rounding in WeasyPrint's layout


class PdfFout(RuntimeError):
    """The PDF could not be made as promised (missing anchor, overflow, resource)."""


@dataclass(frozen=True)
class Resultaat:
    pdf: bytes
    paginas: int
    als_tekst: tuple[str, ...] = ()  # links that became plain text (target not in the PDF)


def _ophaler(map_: Path):
    """A WeasyPrint URL fetcher that only reads files inside ``map_``."""
    from weasyprint.urls import URLFetcher

    grens = map_.resolve()

    class AlleenLokaal(URLFetcher):
        def __init__(self) -> None:
            super().__init__(allowed_protocols={"file", "data"}, fail_on_errors=True)

        def fetch(self, url, headers=None):
            if url.startswith("file:"):
                from urllib.parse import unquote, urlsplit

                pad = Path(unquote(urlsplit(url).path)).resolve()
                if grens not in pad.parents and pad != grens:
                    raise ValueError(f"bestand buiten {grens}: {url}")
            return super().fetch(url, headers)

    return AlleenLokaal()


def _controleer_ankers(document) -> list[str]:
    ankers = {naam for pagina in document.pages for naam in pagina.anchors}
    fouten = []
    for nummer, pagina in enumerate(document.pages, 1):
        for soort, doel, *_ in pagina.links:
            if soort == "internal" and doel not in ankers:
                fouten.append(f"pagina {nummer}: link naar #{doel}, dat anker bestaat niet")
    return fouten


def _beschrijf(box) -> str:
    element = getattr(box, "element", None)
    tag = getattr(box, "element_tag", "?")
    tekst = ""
    if element is not None:
        tekst = " ".join("".join(element.itertext()).split())[:60]
    return f"<{tag}> {tekst!r}"


def _controleer_breedte(document) -> list[str]:
    """Boxes whose right edge lies beyond the page's content area."""
    from weasyprint.formatting_structure import boxes

    fouten: list[str] = []
    for nummer, pagina in enumerate(document.pages, 1):
        pagina_box = pagina._page_box
        rechts = pagina_box.content_box_x() + pagina_box.width + TOLERANTIE_PX
        stapel = [c for c in pagina_box.children if not isinstance(c, boxes.MarginBox)]
        gemeld = False
        while stapel and not gemeld:
            box = stapel.pop()
            if isinstance(box, (boxes.TableBox, boxes.LineBox, boxes.BlockBox, boxes.ReplacedBox)):
                eind = box.position_x + box.margin_width()
                if isinstance(box, boxes.LineBox):  # a line box is as wide as its block: measure its text
                    eind = max((c.position_x + c.margin_width() for c in box.children), default=0)
                if eind > rechts:
                    fouten.append(f"pagina {nummer}: {_beschrijf(box)} steekt {eind - rechts:.0f}px buiten de pagina")
                    gemeld = True  # one message per page is enough to find it
            stapel.extend(getattr(box, "children", ()))
    return fouten


def schrijf_pdf(html: str, map_: Path) -> Resultaat:
    """Render ``html`` (relative URLs resolve inside ``map_``) to tagged PDF/UA-1 bytes.

    Raises ``PdfFout`` when an internal link has no target or content overflows
    the page width.
    """
    from weasyprint import HTML  # imported late: heavy, and only needed for PDF

    kenmerk = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    document = HTML(string=html, base_url=str(map_.resolve()) + "/", url_fetcher=_ophaler(map_)).render(
        pdf_variant="pdf/ua-1",
        pdf_identifier=kenmerk,
    )
    fouten = _controleer_ankers(document) + _controleer_breedte(document)
    if fouten:
        raise PdfFout("\n  ".join(["PDF niet gemaakt:"] + fouten[:20]))
    pdf = document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=kenmerk)
    return Resultaat(pdf, len(document.pages))
