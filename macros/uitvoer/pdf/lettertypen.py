"""The fonts the PDFs are set in, as this machine resolves them.

The PDF stylesheets (macros/uitvoer/pdf/sjablonen/basis.css, macros/uitvoer/exports/sjablonen/hulpvragen.css)
ask for "Liberation Sans" and "DejaVu Sans Mono". WeasyPrint finds them through fontconfig,
so without the Debian package fonts-liberation2 it silently sets the text in a fallback with
other metrics: another layout, other page breaks, other bytes. Two consequences:

* ``controleer()`` stops a PDF build when a font resolves to another family (Dutch message
  naming the package; the Makefile installs it for ``make site``, ``make test`` and
  ``make bench``);
* ``vingerafdruk()`` is part of the PDF cache key (macros/uitvoer/pdf/weasy.py), so a PDF laid out
  with other font files is never reused.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from functools import cache
from pathlib import Path

#: family asked for in the PDF stylesheets -> Debian package that provides it
LETTERTYPEN = {"Liberation Sans": "fonts-liberation2", "DejaVu Sans Mono": "fonts-dejavu-core"}
#: the styles the stylesheets use (regular, bold, italic, bold italic)
STIJLEN = ("", ":bold", ":italic", ":bold:italic")


class LettertypeFout(RuntimeError):
    """A font the PDFs need is not installed (message in Dutch, names the package)."""


def _fc_match(patroon: str, veld: str) -> str:
    uit = subprocess.run(["fc-match", "-f", f"%{{{veld}}}", patroon], capture_output=True, text=True, timeout=30)
    return uit.stdout.strip()


@cache
def gevonden() -> dict[str, tuple[str, str]]:
    """``{pattern: (family, file)}`` as fontconfig resolves each family and style of
    ``LETTERTYPEN``; ``{}`` when fontconfig's ``fc-match`` is not installed."""
    if not shutil.which("fc-match"):
        return {}
    return {f + s: (_fc_match(f + s, "family"), _fc_match(f + s, "file")) for f in LETTERTYPEN for s in STIJLEN}


def controleer() -> None:
    """Raises ``LettertypeFout`` when a family of ``LETTERTYPEN`` resolves to another one."""
    for patroon, (familie, _) in gevonden().items():
        naam = patroon.split(":", 1)[0]
        if naam not in familie.split(","):
            raise LettertypeFout(
                f"Lettertype '{naam}' voor de PDF's ontbreekt (gevonden: '{familie or 'niets'}'): installeer het "
                f"Debian-pakket {LETTERTYPEN[naam]} (`make site` en `make test` doen dat), anders krijgen de PDF's "
                "een ander lettertype en een andere opmaak."
            )


@cache
def vingerafdruk() -> str:
    """sha256 over the resolved font files (path and content): changes when a font does."""
    h = hashlib.sha256()
    for patroon, (familie, bestand) in sorted(gevonden().items()):
        h.update(f"{patroon}\0{familie}\0{bestand}\0".encode())
        pad = Path(bestand)
        if pad.is_file():
            h.update(hashlib.sha256(pad.read_bytes()).digest())
    return h.hexdigest()
