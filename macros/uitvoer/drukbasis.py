"""What every print document shares: the <head> template (sjablonen/drukbasis.html) and a filter.

A leaf module of ``macros.uitvoer``: the checklist PDFs (``exports.naar_pdf``) and the site
PDFs (``pdf.document``, ``pdf.weasy``) both import it, so neither needs the other for it.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

#: Folder of drukbasis.html, the <head> every print document extends.
DRUKBASIS = Path(__file__).parent / "sjablonen"


def css_tekst(tekst: str) -> Markup:
    """Plain text as a quoted CSS string: everything but letters, digits and spaces
    hex-escaped, so no quote, backslash or ``</style>`` can break out."""
    veilig = "".join(c if (c.isascii() and c.isalnum()) or c == " " else f"\\{ord(c):x} " for c in tekst)
    return Markup(f'"{veilig}"')
