"""Views of the factors and indicators (chapter 2, § 2.4, Bijlage 1 and 2).

Each function takes the page's ``Paginacontext`` and returns ``Markup``; an unknown level or
kind raises ``KeyError`` from the knowledge object.
"""

from __future__ import annotations

from markupsafe import Markup

from .context import Paginacontext


def legenda(w: Paginacontext, kort: bool = False) -> Markup:
    """Key to the factor labels; ``kort``: a one-line summary instead of the badges."""
    return w.render("legenda.html", kort=kort)


def factortabel(w: Paginacontext, niveau: str) -> Markup:
    """The summary table of § 2.4 / Bijlage 1 and 2 for one level (``"gezin"``, ``"gemeenschap"``)."""
    return w.render(
        "factortabel.html",
        niveau=niveau,
        indicatoren=w.k.indicatoren_van(niveau),
        kolommen=[(s, w.k.factoren_van(niveau, s)) for s in ("risico", "beschermend")],
    )


def factoren(w: Paginacontext, niveau: str, soort: str) -> Markup:
    """The canonical description of each factor of a level and kind (its anchor is its id)."""
    return w.render("factoren.md.j2", factoren=w.k.factoren_van(niveau, soort))


def indicatoren(w: Paginacontext, niveau: str) -> Markup:
    """The indicators of one level with their factors (§ 2.4)."""
    return w.render("indicatoren.md.j2", niveau=niveau, indicatoren=w.k.indicatoren_van(niveau))
