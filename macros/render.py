"""Renderers: every view of the knowledge base, through Jinja partials in templates/.

Plain Python, no MkDocs imports. A ``Weergave`` renders for one page (it needs the
page's source path to build relative links). Templates hold loops and
conditionals only; labels, links and selections come from here.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from . import bouwstand, downloads, plaatsen
from .exports.hulpvragen_model import BRON_PDF, ONVOLLEDIG
from .kennis import Kennis
from .paginaindex import PaginaIndex
from .sjabloon import omgeving
from .tekst import md_blok, md_kop, md_regel

SJABLONEN = Path(__file__).parent / "templates"

NIVEAU = {"gezin": "Gezinsniveau", "gemeenschap": "Gemeenschapsniveau"}
SOORT = {"risico": "Risicofactoren", "beschermend": "Beschermende factoren"}
SOORT_ENKELVOUD = {"risico": "Risicofactor", "beschermend": "Beschermende factor"}
REIKWIJDTE = {
    "algemeen": "Algemene jeugdcriminaliteit",
    "ondermijnend": "Ook ondermijnende criminaliteit",
}
REIKWIJDTE_UITLEG = {
    "algemeen": "Benoemd ten aanzien van algemene (jeugd)criminaliteit.",
    "ondermijnend": "Benoemd ten aanzien van algemene (jeugd)criminaliteit en ook geëxpliciteerd "
    "ten aanzien van georganiseerde (ondermijnende) criminaliteit (in de bron dikgedrukt).",
}
BEWIJS = {
    "kwantitatief": "Kwantitatief robuust",
    "kwalitatief": "Kwalitatief betekenisvol",
    "niet-vastgesteld": "Bewijstype niet vastgesteld",
}
BEWIJS_UITLEG = {
    "kwantitatief": "Benoemd in kwantitatief onderzoek met een mate van robuustheid.",
    "kwalitatief": "Geen robuustheid in kwantitatieve zin, wel kwalitatief betekenisvol gebleken "
    "(in de bron schuingedrukt).",
    "niet-vastgesteld": "De tekst van hoofdstuk 2 maakt niet eenduidig op of deze factor "
    "kwantitatief robuust of alleen kwalitatief betekenisvol is; de cursivering uit de "
    "gepubliceerde PDF is bij de omzetting verloren gegaan. Zie de toelichting bij de factor.",
}
DOELGROEP = {"ouders": "Ouders", "jongeren": "Jongeren", "inwoners": "Inwoners", "professionals": "Professionals"}
INTERVENTIE_NIVEAU = {"individu": "Individu", "gezin": "Gezin", "gemeenschap": "Gemeenschap"}
KAART_VELDEN = [
    ("ontwikkelaar", "Ontwikkelaar"),
    ("omschrijving", "Omschrijving"),
    ("doelgroep", "Doelgroep"),
    ("doelen", "Doelen"),
    ("methoden", "Methoden"),
    ("werkzame_elementen", "Werkzame elementen"),
    ("effectiviteit", "Effectiviteit"),
    ("locatie", "Locatie"),
    ("samenwerkingspartners", "Samenwerkingspartners"),
    ("toepasbaarheid", "Toepasbaarheid & randvoorwaarden"),
    ("links", "Links"),
    ("conclusie", "Conclusie"),
    ("kanttekening", "Kanttekening"),
]


def paragraaf_label(paragraaf: str) -> str:
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
        NIVEAU=NIVEAU,
        SOORT=SOORT,
        SOORT_ENKELVOUD=SOORT_ENKELVOUD,
        REIKWIJDTE=REIKWIJDTE,
        REIKWIJDTE_UITLEG=REIKWIJDTE_UITLEG,
        BEWIJS=BEWIJS,
        BEWIJS_UITLEG=BEWIJS_UITLEG,
        DOELGROEP=DOELGROEP,
        INTERVENTIE_NIVEAU=INTERVENTIE_NIVEAU,
        ONVOLLEDIG=ONVOLLEDIG,
        BRON_PDF=BRON_PDF,
    )
    return env


_OMGEVING = _omgeving()


class Weergave:
    """All renderers, for one page of the site."""

    def __init__(self, kennis: Kennis, pagina: str, index: PaginaIndex | None = None):
        self.k = kennis
        self.pagina = pagina
        self.index = index

    # ---- links ---------------------------------------------------------
    def link(self, soort: str, id: str) -> str:
        pagina, anker = plaatsen.plaats(self.k, soort, id, self.index)
        return plaatsen.href(self.pagina, pagina, anker)

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

    def paragraaf(self, paragraaf: str) -> Markup:
        """'§ 2.2.1' linked to where that paragraph is on the site."""
        return self._render("_paragraaf.html", paragraaf=paragraaf)

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
                noot = self._render("_ref.html", href=plaatsen.href(self.pagina, pagina, f"fn:{x.voetnoot}"), tekst=f"voetnoot {x.voetnoot}")
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

    def ref(self, soort: str, id: str, tekst: str | None = None) -> Markup:
        """An inline link to any entity, with its own name unless ``tekst`` is given."""
        return self._render("_ref.html", href=self.link(soort, id), tekst=tekst or self.naam_van(soort, id))

    def naam_van(self, soort: str, id: str) -> str:
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

    def naar(self, pagina: str, anker: str | None = None) -> str:
        """Link to a page (.md) or a generated file (any other extension)."""
        if not pagina.endswith(".md"):
            return plaatsen.href_bestand(self.pagina, pagina)
        return plaatsen.href(self.pagina, pagina, anker)

    def _render(self, sjabloon: str, **ctx) -> Markup:
        html = _OMGEVING.get_template(sjabloon).render(k=self.k, w=self, **ctx)
        if sjabloon.startswith("_"):  # inline partials: no trailing newline inside a sentence
            html = html.strip()
        return Markup(html)

    # ---- factors -------------------------------------------------------
    def legenda(self, kort: bool = False) -> Markup:
        """Key to the factor labels; ``kort``: a one-line summary instead of the badges."""
        return self._render("legenda.html", kort=kort)

    def factortabel(self, niveau: str) -> Markup:
        """The summary table of §2.4 / Bijlage 1 and 2 for one level."""
        return self._render(
            "factortabel.html",
            niveau=niveau,
            indicatoren=self.k.indicatoren_van(niveau),
            kolommen=[(s, self.k.factoren_van(niveau, s)) for s in ("risico", "beschermend")],
        )

    def factoren(self, niveau: str, soort: str) -> Markup:
        """The canonical description of each factor (its anchor is its id)."""
        return self._render("factoren.md.j2", factoren=self.k.factoren_van(niveau, soort))

    def indicatoren(self, niveau: str) -> Markup:
        return self._render("indicatoren.md.j2", niveau=niveau, indicatoren=self.k.indicatoren_van(niveau))

    # ---- cooperation and community ---------------------------------------
    def randvoorwaarden(self) -> Markup:
        return self._render("randvoorwaarden.md.j2", randvoorwaarden=self.k.randvoorwaarden)

    def lijst(self, id: str) -> Markup:
        return self._render("lijst.md.j2", lijst=self.k.lijst(id))

    def figuur(self, id: str) -> Markup:
        figuur = self.k.figuur(id)
        lijst = self.k.lijst(figuur.lijst) if figuur.lijst else None
        as_ = self.k.indicatoren_van(figuur.indicatoren) if figuur.indicatoren else None
        return self._render("figuur.html", figuur=figuur, lijst=lijst, indicatoras=as_)

    # ---- interventions ---------------------------------------------------
    def interventies_overzicht(self) -> Markup:
        """The filterable overview page: filters, cards, comparison (issue 16: tool first)."""
        return self._render("interventies_overzicht.html", kaarten=self.k.interventies)

    def interventies_lijst(self) -> Markup:
        """§4.4's plain list of the cards with a link to the filterable overview page."""
        return self._render("interventies_lijst.html", filterpagina=plaatsen.INTERVENTIES_FILTEREN)

    def interventiekaart(self, id: str) -> Markup:
        kaart = self.k.interventie(id)
        velden = [(naam, label, getattr(kaart, naam)) for naam, label in KAART_VELDEN if getattr(kaart, naam)]
        return self._render("interventiekaart.md.j2", kaart=kaart, velden=velden)

    # ---- help questions, references, glossary ------------------------------
    def hulpvragen(self) -> Markup:
        return self._render("hulpvragen.md.j2", hv=self.k.hulpvragen, script=self.naar(SCRIPTS["checklist"]),
                            gedeeld=self.gedeelde_scripts())

    def _bronplekken(self) -> dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
        """Per reference id: ([(href, label)] where the text cites it, [(href, title)] items
        that list it as a source and are not linked already), hrefs relative to this page."""
        citaties = self.index.citaties if self.index else None
        plekken = {}
        for b in self.k.bronnen:
            tekst = [(self.naar(v.pagina, v.anker), v.label) for v in (citaties.per_bron.get(b.id, []) if citaties else [])]
            al = {href for href, _ in tekst}
            genoemd = [(h, v.titel) for v in self.k.vermeldingen(b.id) if (h := self.link(v.soort, v.id)) not in al]
            plekken[b.id] = (tekst, genoemd)
        return plekken

    def literatuur(self) -> Markup:
        """The reference list; each entry links to its places on literatuur-op-de-site.md."""
        citaties = self.index.citaties if self.index else None
        ontbrekend = sorted(citaties.ontbrekend.items(), key=lambda x: x[0].lower()) if citaties else []
        aantallen = {i: len(t) + len(g) for i, (t, g) in self._bronplekken().items()}
        return self._render("literatuur.md.j2", bronnen=self.k.bronnen, aantallen=aantallen, citaties=citaties,
                            ontbrekend=ontbrekend, op_de_site=plaatsen.LITERATUUR_VERMELDINGEN)

    def literatuur_op_de_site(self) -> Markup:
        """Per reference that the site cites or lists: where (page sections and items)."""
        plekken = self._bronplekken()
        return self._render("literatuur_op_de_site.md.j2", bronnen=[b for b in self.k.bronnen if any(plekken[b.id])],
                            plekken=plekken, lijst=plaatsen.LITERATUUR_PAGINA)

    def begrippen(self) -> Markup:
        return self._render("begrippen.html", begrippen=sorted(self.k.begrippen, key=lambda b: b.term.lower()))

    def downloads_hulpvragen(self) -> Markup:
        return self._render("downloads_hulpvragen.html", sets=downloads.hulpvragen_sets(self.k))

    def schema(self) -> Markup:
        from .schema_doc import schema_per_bestand

        return self._render("schema.md.j2", bestanden=schema_per_bestand())

    def wijzigingen(self) -> Markup:
        return self._render("wijzigingen.md.j2", versies=self.k.versies)

    def downloads_kaarten(self) -> Markup:
        """The card PDFs, one link per card (names escaped like every data field)."""
        return self._render(
            "downloads_kaarten.html",
            kaarten=[(kaart, plaatsen.kaart_pdf(kaart.id)) for kaart in self.k.interventies],
            niet_gemaakt=bouwstand.pdf_overgeslagen,
        )

    def downloads_niet_gemaakt(self) -> Markup:
        """A note when this build (``make serve``, SW_PDF=0) left the PDFs and the zip out:
        their links then lead to empty placeholders."""
        return self._render("downloads_niet_gemaakt.html", niet_gemaakt=bouwstand.pdf_overgeslagen)

    def downloads_open_data(self) -> Markup:
        return self._render("downloads_open_data.html", bestanden=downloads.open_data(self.k))

    def bronnen(self, sleutels: list[str]) -> Markup:
        """Inline list of reference links, e.g. under a factor."""
        return self._render("_bronnen.html", sleutels=sleutels)


    # ---- client-side tools (issue 8): overview filters, factor explorer, wijkscan, fit check
    # Every link is generated here from ids; the JavaScript only shows, hides and fills in.
    def interventie_filters(self) -> dict:
        """Rows and filter options of the intervention overview (from the YAML facets)."""
        k = self.k
        kaarten = []
        elementen: dict[str, dict] = {}
        for kaart in k.interventies:
            f = kaart.facetten
            eigen = []
            for e in f.werkzame_elementen:
                s = slug(e)
                elementen.setdefault(s, {"waarde": s, "label": hoofdletter(e), "kaarten": set()})["kaarten"].add(kaart.id)
                if s not in eigen:
                    eigen.append(s)
            if not eigen:
                elementen.setdefault(GEEN_ELEMENT, {"waarde": GEEN_ELEMENT, "label": "Niet duidelijk benoemd op de kaart", "kaarten": set()})["kaarten"].add(kaart.id)
            effect = f.effectiviteit_volgens_kaart or "niet-ingedeeld"
            kaarten.append(
                {
                    "kaart": kaart,
                    "href": self.link("interventie", kaart.id),
                    "doelgroep": " ".join(f.doelgroepen),
                    "niveau": " ".join(f.niveaus),
                    "effect": effect,
                    "effect_label": EFFECT_VOLGENS_KAART.get(effect, NIET_INGEDEELD),
                    "element": " ".join(eigen or [GEEN_ELEMENT]),
                    "elementen": [hoofdletter(e) for e in f.werkzame_elementen],
                }
            )

        def telling(facet: str, waarde: str) -> int:
            return sum(waarde in r[facet].split() for r in kaarten)

        effecten = dict(EFFECT_VOLGENS_KAART)
        if any(r["effect"] == "niet-ingedeeld" for r in kaarten):
            effecten["niet-ingedeeld"] = NIET_INGEDEELD
        groepen = [
            {"naam": "doelgroep", "titel": "Doelgroep", "opties": [(w, l, telling("doelgroep", w)) for w, l in DOELGROEP.items()]},
            {"naam": "niveau", "titel": "Niveau", "opties": [(w, l, telling("niveau", w)) for w, l in INTERVENTIE_NIVEAU.items()]},
            {"naam": "effect", "titel": "Effectiviteit volgens de kaart", "opties": [(w, l, telling("effect", w)) for w, l in effecten.items()]},
        ]
        opties = sorted(elementen.values(), key=lambda e: (e["waarde"] == GEEN_ELEMENT, e["label"].lower()))
        return {
            "kaarten": kaarten,
            "groepen": groepen,
            "elementen": [(e["waarde"], e["label"], len(e["kaarten"])) for e in opties],
            "paragraaf_4_4": self.link("paragraaf", "4.4"),
            "script": self.naar(SCRIPTS["filters"]),
        }

    def factorverkenner(self) -> Markup:
        k = self.k
        factoren = list(k.factoren)

        def telling(veld: str, waarde: str) -> int:
            return sum(getattr(f, veld) == waarde for f in factoren)

        groepen = [
            {"naam": "niveau", "titel": "Niveau", "opties": [(w, l, telling("niveau", w)) for w, l in NIVEAU.items()]},
            {"naam": "soort", "titel": "Soort", "opties": [(w, l, telling("soort", w)) for w, l in SOORT_ENKELVOUD.items()]},
            {"naam": "reikwijdte", "titel": "Reikwijdte", "opties": [(w, l, telling("reikwijdte", w)) for w, l in REIKWIJDTE.items()]},
            {"naam": "bewijs", "titel": "Bewijs", "opties": [(w, l, telling("bewijs", w)) for w, l in BEWIJS.items()]},
        ]
        return self._render("verken_factoren.html", factoren=factoren, groepen=groepen, script=self.naar(SCRIPTS["filters"]))

    def wijkscan(self) -> Markup:
        k = self.k
        niveaus = []
        for niveau in ("gezin", "gemeenschap"):
            indicatoren = []
            for i in k.indicatoren_van(niveau):
                fs = k.factoren_bij_indicator(i.id)
                indicatoren.append({"i": i, "factoren": fs, "paragrafen": _paragrafen_van(fs)})
            niveaus.append({"niveau": niveau, "indicatoren": indicatoren})
        return self._render(
            "wijkscan_scan.md.j2",
            niveaus=niveaus,
            plaatsen=WIJKSCAN_PLAATSEN,
            weet_niet=WIJKSCAN_WEET_NIET,
            aantal=sum(len(n["indicatoren"]) for n in niveaus),
            pagina=self.pagina,
            overzicht=plaatsen.INTERVENTIES_FILTEREN,
            script=self.naar(SCRIPTS["wijkscan"]),
            gedeeld=self.gedeelde_scripts(),
        )

    def bijeenkomstpakket(self) -> Markup:
        """The meeting pack page (issue 16 item 2): every card and step, shown by choice."""
        k = self.k
        pakketvelden = ("omschrijving", "doelgroep", "doelen", "werkzame_elementen", "effectiviteit", "toepasbaarheid")
        kaarten = [
            (kaart, [(label, getattr(kaart, naam), "tekst" if naam == "doelgroep" else "md")
                     for naam, label in KAART_VELDEN if naam in pakketvelden and getattr(kaart, naam)])
            for kaart in k.interventies
        ]
        indicatoren = [(n, i) for n in ("gezin", "gemeenschap") for i in k.indicatoren_van(n)]
        return self._render(
            "bijeenkomstpakket.html",
            kaarten=kaarten,
            stappen=k.hulpvragen.stappen,
            hv=k.hulpvragen,
            indicatoren=indicatoren,
            plaatsen=dict(WIJKSCAN_PLAATSEN + [WIJKSCAN_WEET_NIET]),
            script=self.naar(SCRIPTS["pakket"]),
        )

    def passend(self, id: str) -> Markup:
        kaart = self.k.interventie(id)
        return self._render(
            "passend_kaart.md.j2",
            kaart=kaart,
            groepen=passend_punten(kaart),
            script=self.naar(SCRIPTS["passend"]),
            gedeeld=self.gedeelde_scripts(),
        )

    def gedeelde_scripts(self) -> list[str]:
        """Relative URLs of the shared tool scripts, in load order (before the tool's own)."""
        return [self.naar(SCRIPTS["opslag"]), self.naar(SCRIPTS["afdruk"])]


# ---- constants and helpers of the client-side tools (issue 8) ---------------------------------
import hashlib  # noqa: E402
import re  # noqa: E402
import unicodedata  # noqa: E402

EFFECT_VOLGENS_KAART = {
    "effectief": "Effectief volgens de kaart",
    "deels": "Deels: uitkomsten op een deel van de doelen",
    "niet-aangetoond": "Geen effect aangetoond volgens de kaart",
    "onbekend": "Geen uitkomsten op de kaart",
}
EFFECT_UITLEG = {
    "effectief": "De kaart noemt de interventie zelf effectief of geeft een gemeten afname.",
    "deels": "De kaart noemt positieve uitkomsten op een deel van de doelen of alleen bij deelnemers.",
    "niet-aangetoond": "De kaart zegt dat er geen effect is gevonden.",
    "onbekend": "De kaart noemt geen uitkomsten van onderzoek.",
}
NIET_INGEDEELD = "Nog niet ingedeeld"
GEEN_ELEMENT = "geen"  # filter value for cards that name no working element
WIJKSCAN_PLAATSEN = [
    ("1", "Beschermend"),
    ("2", "Eerder beschermend"),
    ("3", "Midden: beide of wisselend"),
    ("4", "Eerder risicovol"),
    ("5", "Risicovol"),
]
WIJKSCAN_WEET_NIET = ("weet-niet", "Weet niet")
WIJKSCAN_PAGINA = "wijkscan.md"
VERKENNER_PAGINA = "factoren/verkenner.md"
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
#: Stylesheets a macro's output needs, loaded in the <head> of only the pages that call it
#: (macros/main.py records them in the page's meta; overrides/main.html links them).
#: hulpmiddelen.css is what every tool shares; each tool's own sheet follows it, so a page
#: carries no rules of tools it does not have.
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


def slug(tekst: str) -> str:
    """'Sociale norm' -> 'sociale-norm' (ASCII, for URL parameters)."""
    ascii_ = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_))


def hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


_ZIN = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00C0-\u00DE'‘\"(])")
_NIETS = re.compile(r"^\s*(niet bekend|onbekend)\.?\s*$", re.I)


def passend_punten(kaart) -> list[dict]:
    """The fit check of one card, from its own ``toepasbaarheid`` text only.

    Rule: every bullet of the field is a point; every sentence outside a list is a point,
    except a sentence ending in ':' that introduces a list (shown as that list's lead-in).
    'Niet bekend' gives no points. Each point: stable id (hash of its text), the text.
    Returns groups: [{"inleiding": str, "punten": [{"id", "tekst"}]}].
    """
    tekst = kaart.toepasbaarheid.strip()
    if not tekst or _NIETS.match(tekst):
        return []
    groepen: list[dict] = [{"inleiding": "", "punten": []}]

    def punt(t: str) -> dict:
        t = " ".join(t.split())
        return {"id": "p-" + hashlib.sha1(t.encode("utf-8")).hexdigest()[:10], "tekst": t}

    for alinea in re.split(r"\n\s*\n", tekst):
        regels = [r.strip() for r in alinea.splitlines() if r.strip()]
        if regels and all(re.match(r"^([-*+]|\d+\.)\s+", r) for r in regels):
            groepen[-1]["punten"].extend(punt(re.sub(r"^([-*+]|\d+\.)\s+", "", r)) for r in regels)
            groepen.append({"inleiding": "", "punten": []})
            continue
        for zin in _ZIN.split(" ".join(regels)):
            zin = zin.strip()
            if not zin:
                continue
            if zin.endswith(":"):
                groepen.append({"inleiding": zin, "punten": []})
            else:
                groepen[-1]["punten"].append(punt(zin))
    return [g for g in groepen if g["punten"]]


def _paragrafen_van(factoren) -> list[str]:
    """The distinct paragraphs where these factors are discussed, in document order."""

    def sleutel(p: str):
        return [(0, int(x), "") if x.isdigit() else (1, 0, x) for x in re.split(r"[.-]", p)]

    return sorted({f.paragraaf for f in factoren}, key=sleutel)


_OMGEVING.globals.update(
    EFFECT_VOLGENS_KAART=EFFECT_VOLGENS_KAART,
    EFFECT_UITLEG=EFFECT_UITLEG,
    NIET_INGEDEELD=NIET_INGEDEELD,
)
