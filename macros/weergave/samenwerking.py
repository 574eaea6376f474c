"""Views of chapters 3 and 4's theory: preconditions (§ 3.3), the document's lists and figures.

Each function takes the page's ``Paginacontext`` and returns ``Markup``; an unknown id raises
``KeyError`` from the knowledge object.
"""

from __future__ import annotations

from markupsafe import Markup

from .context import Paginacontext


def randvoorwaarden(w: Paginacontext) -> Markup:
    """The five preconditions of § 3.3, each with its own list where it has one."""
    lijsten = {r.lijst: lijst(w, r.lijst) for r in w.k.randvoorwaarden if r.lijst}
    return w.render("randvoorwaarden.md.j2", randvoorwaarden=w.k.randvoorwaarden, lijsten=lijsten)


def lijst(w: Paginacontext, id: str) -> Markup:
    """One of the document's lists (data/gemeenschap.yml, data/samenwerking.yml, …)."""
    return w.render("lijst.md.j2", lijst=w.k.lijst(id))


def figuur(w: Paginacontext, id: str) -> Markup:
    """A figure of the source: its text version (a list or the indicators), or a note that the
    image exists only in the published PDF."""
    f = w.k.figuur(id)
    lijst_html = lijst(w, f.lijst) if f.lijst else None
    as_ = w.k.indicatoren_van(f.indicatoren) if f.indicatoren else None
    return w.render("figuur.html", figuur=f, lijst=lijst_html, indicatoras=as_)
