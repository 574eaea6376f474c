"""Views of the downloads page: checklists, card PDFs, open data, and what this build left out.

The files themselves are made by ``macros.uitvoer``; the MkDocs layer hands their catalogue in
(``sets``, ``bestanden``), so views never import outputs. Each function takes the page's
``Paginacontext`` and returns ``Markup``.
"""

from __future__ import annotations

from markupsafe import Markup

from macros.inhoud import bouwstand

from . import plaatsen
from .context import Paginacontext


def downloads_hulpvragen(w: Paginacontext, sets) -> Markup:
    """The checklist downloads; ``sets``: ``macros.uitvoer.downloads.hulpvragen_sets(kennis)``."""
    return w.render("downloads_hulpvragen.html", sets=sets)


def downloads_kaarten(w: Paginacontext) -> Markup:
    """The card PDFs, one link per card (names escaped like every data field)."""
    return w.render(
        "downloads_kaarten.html",
        kaarten=[(kaart, plaatsen.kaart_pdf(kaart.id)) for kaart in w.k.interventies],
        niet_gemaakt=bouwstand.pdf_overgeslagen,
    )


def downloads_niet_gemaakt(w: Paginacontext) -> Markup:
    """A note when this build (``make serve``, SW_PDF=0) left the PDFs and the zip out:
    their links then lead to empty placeholders."""
    return w.render("downloads_niet_gemaakt.html", niet_gemaakt=bouwstand.pdf_overgeslagen)


def downloads_open_data(w: Paginacontext, bestanden) -> Markup:
    """The open-data files; ``bestanden``: ``macros.uitvoer.downloads.open_data(kennis)``."""
    return w.render("downloads_open_data.html", bestanden=bestanden)
