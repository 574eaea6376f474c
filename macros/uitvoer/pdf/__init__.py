"""PDF versions of the site, made inside the build (plain Python, no MkDocs imports).

Two products, both tagged PDF/UA-1 in Dutch, written with WeasyPrint from the
article HTML of the built pages (so the PDF shows exactly what the site shows):

* ``kennisdocument(...)``: the whole knowledge base in navigation order, with a
  cover, a table of contents with page numbers, bookmarks, running headers and
  "pagina N van M"; links between pages become links inside the document.
* ``kaart(...)``: one intervention card on one or two A4 pages.

The MkDocs glue (macros/koppeling/hooks.py) collects the pages and the navigation and
calls these functions in ``on_post_build``; placeholders for the paths below are
registered in ``on_files`` so that strict mode validates links to them.
"""

from __future__ import annotations

from .document import Onderdeel, Pagina, Uitgave, kaart, kennisdocument, paginas_in, pdf_boom
from .weasy import PdfFout

from macros.weergave.plaatsen import DOWNLOADMAP as MAP
from macros.weergave.plaatsen import KENNISDOCUMENT_PDF as KENNISDOCUMENT_PAD
from macros.weergave.plaatsen import kaart_pdf as kaart_pad


__all__ = [
    "KENNISDOCUMENT_PAD",
    "Onderdeel",
    "Pagina",
    "PdfFout",
    "Uitgave",
    "kaart",
    "kaart_pad",
    "kennisdocument",
    "paginas_in",
    "pdf_boom",
    "standaard_cache",
]


def standaard_cache() -> "Path | None":
    """Where finished PDFs are kept for reuse (see ``weasy.schrijf_pdf``):
    ``$SW_PDF_CACHE``, or ``$XDG_CACHE_HOME/samen-weerbaar/pdf`` (~/.cache/...);
    ``SW_PDF_CACHE=uit`` switches the cache off."""
    import os
    from pathlib import Path

    eigen = os.environ.get("SW_PDF_CACHE", "")
    if eigen.lower() in ("uit", "0", "nee", "off"):
        return None
    if eigen:
        return Path(eigen)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "samen-weerbaar" / "pdf"
