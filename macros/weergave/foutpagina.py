"""The preview's page for data with errors (``make serve`` only; see macros/koppeling/hooks.py).

Plain Python, no MkDocs imports.
"""

from __future__ import annotations

from pathlib import Path

from macros.inhoud.fouten import DataFout
from .sjabloon import omgeving

_SJABLONEN = Path(__file__).resolve().parent / "templates"


def foutpagina(fouten: list[DataFout]) -> str:
    """Markdown (with front matter) of a page listing every error, each field escaped."""
    return omgeving(_SJABLONEN, keep_trailing_newline=True).get_template("foutpagina.md.j2").render(fouten=fouten)
