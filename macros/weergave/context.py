"""The one small page context every view shares: links, references and relative paths.

A view function takes a ``Paginacontext`` (the knowledge, the page being rendered, the page
index) and returns ``Markup``. Templates see it as ``w`` and may call only what is here:
links (``link``, ``naar``, ``ref``), names (``naam_van``), paragraph and reference links
(``paragraaf``, ``bronnen``), cautions (``let_op``) and the document's own links
(``verbanden``). Plain Python; no MkDocs imports.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from macros.inhoud.kennis import Kennis
from macros.inhoud.teksten import BRON_PDF, ONVOLLEDIG

from . import labels, plaatsen
from .middelen import WIJKSCAN_PAGINA
from .paginaindex import PaginaIndex
from .sjabloon import omgeving
from .tekst import md_blok, md_kop, md_regel

SJABLONEN = Path(__file__).parent / "templates"


def paragraaf_label(paragraaf: str) -> str:
    """'2.2.1' -> '§ 2.2.1'; 'bijlage-3' -> 'Bijlage 3'; 'voetnoot-44' -> 'voetnoot 44'."""
    if paragraaf.startswith("bijlage-"):
        return "Bijlage " + paragraaf.split("-", 1)[1]
    if paragraaf.startswith("voetnoot-"):
        return "voetnoot " + paragraaf.split("-", 1)[1]
    return "§ " + paragraaf


def _omgeving() -> Environment:
    env = omgeving(
        SJABLONEN,
        filters={"md": md_blok, "md_regel": md_regel, "md_kop": md_kop, "paragraaf": paragraaf_label},
        keep_trailing_newline=True,
    )
    env.globals.update(
        {naam: getattr(labels, naam) for naam in dir(labels) if naam.isupper()},
        ONVOLLEDIG=ONVOLLEDIG,
        BRON_PDF=BRON_PDF,
    )
    return env


_OMGEVING = _omgeving()


class Paginacontext:
    """What the views of one page share. ``pagina``: the page's source path (``docs/``-relative,
    e.g. ``"interventies/ctc.md"``), from which every link is made relative; ``index``: the
    scanned page index (places of paragraphs and citations), None in unit tests that need none.
    """

    def __init__(self, kennis: Kennis, pagina: str, index: PaginaIndex | None = None):
        self.k = kennis
        self.pagina = pagina
        self.index = index

    def render(self, sjabloon: str, **ctx) -> Markup:
        """A template of templates/ with this context as ``w``; partials (``_*.html``) come
        back without surrounding whitespace, to sit inside a sentence."""
        html = _OMGEVING.get_template(sjabloon).render(k=self.k, w=self, **ctx)
        if sjabloon.startswith("_"):
            html = html.strip()
        return Markup(html)

    # ---- links ---------------------------------------------------------
    def link(self, soort: str, id: str) -> str:
        """Relative href to an entity's canonical place. Raises KeyError for an unknown kind."""
        pagina, anker = plaatsen.plaats(self.k, soort, id, self.index)
        return plaatsen.href(self.pagina, pagina, anker)

    def naar(self, pagina: str, anker: str | None = None) -> str:
        """Link to a page (.md) or a generated file (any other extension)."""
        if not pagina.endswith(".md"):
            return plaatsen.href_bestand(self.pagina, pagina)
        return plaatsen.href(self.pagina, pagina, anker)

    def ref(self, soort: str, id: str, tekst: str | None = None) -> Markup:
        """An inline link to any entity, with its own name unless ``tekst`` is given."""
        return self.render("_ref.html", href=self.link(soort, id), tekst=tekst or self.naam_van(soort, id))

    def naam_van(self, soort: str, id: str) -> str:
        """The display name of an entity, e.g. ``('stap', 'stap-1')`` -> ``'stap 1: …'``."""
        k = self.k
        if soort == "paragraaf":
            if id.startswith("bijlage-"):
                return "bijlage " + id.split("-", 1)[1]
            return f"hoofdstuk {id}" if id.isdigit() else f"paragraaf {id}"
        if soort == "stap":
            stap = k.stap(id)
            return f"stap {stap.nummer}: {stap.titel}"
        if soort == "bron":
            bron = k.bron(id)
            return f"{bron.auteurs[0] if bron.auteurs else bron.id} ({bron.jaar})" if bron.jaar else bron.id
        return {
            "factor": lambda: k.factor(id).naam,
            "indicator": lambda: k.indicator(id).naam,
            "randvoorwaarde": lambda: k.randvoorwaarde(id).titel,
            "interventie": lambda: k.interventie(id).naam,
            "begrip": lambda: k.begrip(id).term,
            "lijst": lambda: k.lijst(id).titel,
            "figuur": lambda: k.figuur(id).nummer,
        }[soort]()

    def paragraaf(self, paragraaf: str) -> Markup:
        """'§ 2.2.1' linked to where that paragraph is on the site."""
        return self.render("_paragraaf.html", paragraaf=paragraaf)

    def bronnen(self, sleutels: list[str]) -> Markup:
        """Inline list of reference links, e.g. under a factor."""
        return self.render("_bronnen.html", sleutels=sleutels)

    def verbanden(self, van: str, id: str = "") -> list[dict]:
        """Links the document itself makes from the wijkscan (``van='wijkscan'``) or a step
        (``van='stap'``, ``id``) (data/koppelingen.yml): [{href, tekst, paragraaf, citaat}]."""
        kp = self.k.koppelingen
        if kp is None:
            return []
        if van == "wijkscan":
            lijst = kp.wijkscan
        else:
            lijst = next((s.verbanden for s in kp.stappen if s.stap == id), [])
        uit = []
        for v in lijst:
            if v.naar == "wijkscan":
                href, tekst = self.naar(WIJKSCAN_PAGINA), "de wijkscan"
            else:
                href, tekst = self.link(v.naar, v.id), self.naam_van(v.naar, v.id)
            uit.append({"href": href, "tekst": tekst, "paragraaf": v.paragraaf, "citaat": v.citaat})
        return uit

    # ---- cautions (data/letop.yml) ----------------------------------------
    def let_op(self, hulpmiddel: str) -> list[dict]:
        """The cautions of a tool (data/letop.yml), each as {id, zin, verwijzing, eind, plat}: the
        page shows ``zin (verwijzing)eind`` with the paragraph (and footnote) linked; ``plat`` is
        the same as plain text, for the exports."""
        uit = []
        for x in self.k.letop_bij(hulpmiddel):
            par = self.paragraaf(x.paragraaf)
            if x.voetnoot:
                pagina, _ = plaatsen.plaats(self.k, "paragraaf", x.paragraaf, self.index)
                noot = self.render("_ref.html", href=plaatsen.href(self.pagina, pagina, f"fn:{x.voetnoot}"), tekst=f"voetnoot {x.voetnoot}")
                html, plat = Markup("{} bij {}").format(noot, par), f"voetnoot {x.voetnoot} bij {self.naam_van('paragraaf', x.paragraaf)}"
            else:
                html, plat = par, self.naam_van("paragraaf", x.paragraaf)
            # the reference goes inside the sentence: "… ter inspiratie (§ 4.4)."
            zin, eind = (x.tekst[:-1], ".") if x.tekst.endswith(".") else (x.tekst, "")
            uit.append({"id": x.id, "zin": zin, "eind": eind, "verwijzing": html, "plat": f"{zin} ({plat}){eind}"})
        return uit

    def let_op_tekst(self, hulpmiddel: str) -> str:
        """The same cautions as plain text for the exports: one line each, "tekst (verwijzing)"."""
        return "\n".join(x["plat"] for x in self.let_op(hulpmiddel))
