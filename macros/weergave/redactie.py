"""Views for editors and followers: the data schema explained, and the list of changes.

Each function takes the page's ``Paginacontext`` and returns ``Markup``.
"""

from __future__ import annotations

from markupsafe import Markup

from .context import Paginacontext
from .schema_doc import schema_per_bestand


def schema(w: Paginacontext) -> Markup:
    """Every data file's fields, types and explanations (from the pydantic models)."""
    return w.render("schema.md.j2", bestanden=schema_per_bestand())


def wijzigingen(w: Paginacontext) -> Markup:
    """The published versions with their changes (data/wijzigingen.yml)."""
    return w.render("wijzigingen.md.j2", versies=w.k.versies)
