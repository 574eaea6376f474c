"""Views of the references and the glossary: the literature list, where each source is used on
the site, and the begrippen page.

Each function takes the page's ``Paginacontext`` and returns ``Markup``.
"""

from __future__ import annotations

from markupsafe import Markup

from . import plaatsen
from .context import Paginacontext


def bronplekken(w: Paginacontext) -> dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
    """Per reference id: ([(href, label)] where the text cites it, [(href, title)] items
    that list it as a source and are not linked already), hrefs relative to this page."""
    citaties = w.index.citaties if w.index else None
    plekken = {}
    for b in w.k.bronnen:
        tekst = [(w.naar(v.pagina, v.anker), v.label) for v in (citaties.per_bron.get(b.id, []) if citaties else [])]
        al = {href for href, _ in tekst}
        genoemd = [(h, v.titel) for v in w.k.vermeldingen(b.id) if (h := w.link(v.soort, v.id)) not in al]
        plekken[b.id] = (tekst, genoemd)
    return plekken


def literatuur(w: Paginacontext) -> Markup:
    """The reference list; each entry links to its places on literatuur-op-de-site.md."""
    citaties = w.index.citaties if w.index else None
    ontbrekend = sorted(citaties.ontbrekend.items(), key=lambda x: x[0].lower()) if citaties else []
    aantallen = {i: len(t) + len(g) for i, (t, g) in bronplekken(w).items()}
    return w.render("literatuur.md.j2", bronnen=w.k.bronnen, aantallen=aantallen, citaties=citaties,
                    ontbrekend=ontbrekend, op_de_site=plaatsen.LITERATUUR_VERMELDINGEN)


def literatuur_op_de_site(w: Paginacontext) -> Markup:
    """Per reference that the site cites or lists: where (page sections and items)."""
    plekken = bronplekken(w)
    return w.render("literatuur_op_de_site.md.j2", bronnen=[b for b in w.k.bronnen if any(plekken[b.id])],
                    plekken=plekken, lijst=plaatsen.LITERATUUR_PAGINA)


def begrippen(w: Paginacontext) -> Markup:
    """The glossary, alphabetical."""
    return w.render("begrippen.html", begrippen=sorted(w.k.begrippen, key=lambda b: b.term.lower()))
