"""Which scripts and stylesheets a view needs, by file path relative to docs/.

``SCRIPTS``: tool name -> script. ``STIJLEN``: macro name -> stylesheets, loaded in the <head>
of only the pages that call that macro (``macros/koppeling/main.py`` records them in the page's
meta; ``overrides/main.html`` links them). hulpmiddelen.css is what every tool shares; each
tool's own sheet follows it, so a page carries no rules of tools it does not have.
"""

from __future__ import annotations

SCRIPTS = {
    # Shared by the tools that keep answers, loaded before their own script (in this order):
    # checked reading of stored and imported answers, print copies of typed notes.
    "opslag": "javascripts/opslag.js",
    "afdruk": "javascripts/afdruk.js",
    "filters": "javascripts/filters.js",
    "wijkscan": "javascripts/wijkscan.js",
    "passend": "javascripts/passend.js",
    "checklist": "javascripts/checklist.js",
    "pakket": "javascripts/pakket.js",
}
_GEDEELD = "stylesheets/hulpmiddelen.css"
_LIJSTEN = (_GEDEELD, "stylesheets/lijsten.css")
STIJLEN = {
    "hulpvragen": ("stylesheets/checklist.css",),
    "interventies_overzicht": _LIJSTEN,
    "interventies_lijst": _LIJSTEN,
    "interventiekaart": _LIJSTEN,
    "factorverkenner": _LIJSTEN,
    "wijkscan": (_GEDEELD, "stylesheets/wijkscan.css"),
    "bijeenkomstpakket": (*_LIJSTEN, "stylesheets/pakket.css"),
}
#: Pages the views link to by name.
WIJKSCAN_PAGINA = "wijkscan.md"
VERKENNER_PAGINA = "factoren/verkenner.md"


def gedeelde_scripts(w) -> list[str]:
    """Relative URLs (from the page of ``w``, a ``Paginacontext``) of the shared tool scripts,
    in load order (before the tool's own)."""
    return [w.naar(SCRIPTS["opslag"]), w.naar(SCRIPTS["afdruk"])]
