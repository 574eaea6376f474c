"""Stage 2, the views: every page fragment the site shows, rendered from the knowledge object.

What it does: view modules by subject (``factoren``, ``samenwerking``, ``interventies``,
``hulpvragen``, ``literatuur``, ``hulpmiddelen``, ``downloads``, ``redactie``) render Jinja
templates (``templates/``, autoescaped, loops and conditionals only) through one small page
context (``context.Paginacontext``: links, references, relative paths); the labels visitors read
live in ``labels``, the tools' scripts and stylesheets in ``middelen``; ``plaatsen`` knows where
each entity lives, ``paginaindex`` and ``verrijking`` link citations and terms in the prose.
``MACROS`` is the table the MkDocs layer registers (name -> view function).
May import: ``macros.inhoud``, jinja2, markupsafe, markdown, bs4. Must not import: outputs
(``macros.uitvoer``), search, duties, the MkDocs layer, or MkDocs itself.
"""

from __future__ import annotations

from . import downloads, factoren, hulpmiddelen, hulpvragen, interventies, literatuur, redactie, samenwerking
from .context import Paginacontext
from .middelen import STIJLEN

#: Macro name (as called in docs/*.md) -> view function ``f(w: Paginacontext, *args)``.
#: The downloads views take their catalogue as a second argument (see ``downloads``).
MACROS = {
    "legenda": factoren.legenda,
    "factortabel": factoren.factortabel,
    "factoren": factoren.factoren,
    "indicatoren": factoren.indicatoren,
    "randvoorwaarden": samenwerking.randvoorwaarden,
    "lijst": samenwerking.lijst,
    "figuur": samenwerking.figuur,
    "interventies_overzicht": interventies.interventies_overzicht,
    "interventies_lijst": interventies.interventies_lijst,
    "interventiekaart": interventies.interventiekaart,
    "hulpvragen": hulpvragen.hulpvragen,
    "literatuur": literatuur.literatuur,
    "literatuur_op_de_site": literatuur.literatuur_op_de_site,
    "begrippen": literatuur.begrippen,
    "ref": Paginacontext.ref,
    "paragraaf": Paginacontext.paragraaf,
    "downloads_kaarten": downloads.downloads_kaarten,
    "downloads_niet_gemaakt": downloads.downloads_niet_gemaakt,
    "wijzigingen": redactie.wijzigingen,
    "schema": redactie.schema,
    # client-side tools (issue 8)
    "factorverkenner": hulpmiddelen.factorverkenner,
    "wijkscan": hulpmiddelen.wijkscan,
    "bijeenkomstpakket": hulpmiddelen.bijeenkomstpakket,
}

__all__ = ["MACROS", "STIJLEN", "Paginacontext"]
