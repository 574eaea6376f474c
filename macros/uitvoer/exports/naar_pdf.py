"""Write a hulpvragen ``Document`` as tagged PDF (PDF/UA-1) with WeasyPrint.

The HTML comes from sjablonen/hulpvragen.html (autoescaped; Markdown fields arrive
as ``Markup`` from ``macros.weergave.tekst.md_blok``). Creation and modification date are
fixed through ``dcterms`` meta elements and the file identifier is derived from the
finished content (macros/uitvoer/pdf/nabewerking.py), so the same content gives the same bytes.
The PDF/UA post-processing is the same as for the site's PDFs (``schrijf_getagd``).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from macros.uitvoer.drukbasis import DRUKBASIS, css_tekst
from macros.weergave.sjabloon import omgeving
from .hulpvragen_model import Document

SJABLONEN = Path(__file__).parent / "sjablonen"


@lru_cache(maxsize=1)
def _omgeving() -> Environment:
    return omgeving(SJABLONEN, DRUKBASIS, filters={"css_tekst": css_tekst})


def html(doc: Document) -> str:
    css = Markup((SJABLONEN / "hulpvragen.css").read_text(encoding="utf-8"))
    return _omgeving().get_template("hulpvragen.html").render(
        doc=doc,
        css=css,
        titel=doc.titel,
        auteurs=doc.auteur,
        voetregel=doc.voetregel,
        moment=doc.moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def schrijf(doc: Document) -> bytes:
    from weasyprint import HTML  # imported late: heavy, and only needed for PDF

    from macros.uitvoer.pdf.weasy import controleer_lettertypen, schrijf_getagd  # shared with the site PDFs

    controleer_lettertypen()
    bron = html(doc)
    kenmerk = hashlib.sha256(bron.encode("utf-8")).hexdigest()[:32].encode("ascii")

    opties = {"pdf_variant": "pdf/ua-1", "pdf_identifier": kenmerk}
    return schrijf_getagd(HTML(string=bron, base_url=str(SJABLONEN)).render(**opties), opties)
