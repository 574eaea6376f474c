"""The Atom 1.0 feed of changes (issue 22), written with feedgen.

Plain Python, no MkDocs imports. Entries: one per published version (data/wijzigingen.yml,
linking to its section of the Wijzigingen page), one per change an editor tied to an
intervention card (linking to the card), and one per page with a change date (linking to
the page). Links are absolute when the site's address is known (``SW_SITE_URL``);
otherwise they are relative to the feed, which sits in the site's root, and an XML comment
at the top says so. Every text goes in as text: feedgen (lxml) escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from feedgen.feed import FeedGenerator

from macros.inhoud.kennis import Kennis
from macros.weergave import plaatsen

FEED_PAD = "wijzigingen.xml"
WIJZIGINGEN_PAGINA = "wijzigingen.html"
ZONDER_ADRES = (
    " Deze feed is gebouwd zonder het adres van de site (SW_SITE_URL): de links zijn relatief"
    " ten opzichte van dit bestand, dat in de hoofdmap van de site staat. "
)


@dataclass(frozen=True)
class Pagina:
    """A built page with its change date."""

    pad: str  # the page's file in the site, e.g. interventies/buurtvaders.html
    titel: str
    datum: str  # JJJJ-MM-DD


@dataclass(frozen=True)
class Item:
    sleutel: str  # stable part of the entry id
    titel: str
    pad: str  # page (with #anchor) in the site, relative to its root
    datum: str
    samenvatting: str


def versie_anker(versie: str) -> str:
    """The anchor of a version's section on the Wijzigingen page (wijzigingen.md.j2)."""
    return "versie-" + versie.replace(".", "-")


def items(kennis: Kennis, paginas: list[Pagina]) -> list[Item]:
    """Every entry of the feed, newest first (versions, card changes, pages)."""
    uit: list[Item] = []
    kaarten = {k.id: k for k in kennis.interventies}
    for v in kennis.versies:
        regels = "\n".join(f"- {w.tekst}" for w in v.wijzigingen)
        uit.append(Item(f"versie/{v.versie}", f"Versie {v.versie} van de kennisbank", f"{WIJZIGINGEN_PAGINA}#{versie_anker(v.versie)}", v.datum, regels))
        for i, w in enumerate(v.wijzigingen):
            if w.kaart in kaarten:
                uit.append(Item(f"versie/{v.versie}/kaart/{w.kaart}/{i}", f"Interventiekaart gewijzigd: {kaarten[w.kaart].naam}",
                                plaatsen.interventie_pagina(w.kaart).removesuffix(".md") + ".html", v.datum, w.tekst))
    for p in paginas:
        uit.append(Item(f"pagina/{p.pad}", f"Pagina bijgewerkt: {p.titel}", p.pad, p.datum, f"De pagina '{p.titel}' is bijgewerkt op {p.datum}."))
    return sorted(uit, key=lambda x: x.datum, reverse=True)


def _tijd(datum: str) -> datetime:
    return datetime.fromisoformat(datum).replace(tzinfo=timezone.utc)


def atom(kennis: Kennis, paginas: list[Pagina], site_url: str | None) -> bytes:
    """The feed as UTF-8 XML. ``site_url``: the site's address (ending in /), or None."""
    basis = site_url.rstrip("/") + "/" if site_url else ""
    u = kennis.uitgave

    def adres(pad: str) -> str:
        return basis + pad

    def id_(sleutel: str) -> str:
        return adres(f"{FEED_PAD}#{sleutel}") if basis else f"urn:x-samen-weerbaar:{sleutel}"

    alle = items(kennis, paginas)
    fg = FeedGenerator()
    fg.id(id_("feed"))
    fg.title(f"{u.titel} – wijzigingen")
    fg.subtitle(f"Wat er verandert in de kennisbank {u.titel}: nieuwe versies, gewijzigde interventiekaarten en bijgewerkte pagina's.")
    for a in u.auteurs:
        fg.author({"name": f"{a.voorletters} {a.achternaam}"})
    fg.rights(u.uitgever)
    fg.language("nl")
    fg.link(href=adres(WIJZIGINGEN_PAGINA), rel="alternate", type="text/html")
    fg.link(href=adres(FEED_PAD), rel="self", type="application/atom+xml")
    fg.updated(_tijd(max([x.datum for x in alle] + [u.datum])))
    for x in reversed(alle):  # feedgen puts each new entry first
        e = fg.add_entry()
        e.id(id_(x.sleutel))
        e.title(x.titel)
        e.link(href=adres(x.pad), rel="alternate", type="text/html")
        e.updated(_tijd(x.datum))
        e.summary(x.samenvatting, type="text")
    xml = fg.atom_str(pretty=True)
    if not basis:
        kop, rest = xml.split(b"?>", 1)
        xml = kop + b"?>\n<!--" + ZONDER_ADRES.encode("utf-8") + b"-->" + rest
    return xml
