"""Downloadable documents built from the data (plain Python, no MkDocs imports).

``hulpvragen_downloads(kennis, versie, datum)`` gives the help questions of
Bijlage 3 as DOCX, ODT and PDF: the complete checklist and each step separately,
as {file name: bytes}. The same input always gives the same bytes.
"""

from __future__ import annotations

from macros.inhoud.kennis import Kennis
from . import naar_docx
from . import naar_odt
from . import naar_pdf
from .hulpvragen_model import FORMATEN, bestandsnamen, bouw_documenten

SCHRIJVERS = {"docx": naar_docx.schrijf, "odt": naar_odt.schrijf, "pdf": naar_pdf.schrijf}
assert tuple(SCHRIJVERS) == FORMATEN

__all__ = ["hulpvragen_downloads", "bestandsnamen"]


def hulpvragen_downloads(kennis: Kennis, versie: str, datum: str) -> dict[str, bytes]:
    """File name -> content for every help-question download (see ``bestandsnamen``)."""
    return {
        f"{doc.bestandsnaam}.{formaat}": schrijf(doc)
        for doc in bouw_documenten(kennis, versie, datum)
        for formaat, schrijf in SCHRIJVERS.items()
    }
