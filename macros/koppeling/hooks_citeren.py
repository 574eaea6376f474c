"""Citing and following (issue 22), the MkDocs side: every page gets its citation meta
tags and JSON-LD (page meta, printed by overrides/main.html ``extrahead``) and its
"Zo citeer je deze pagina" block (end of the article); after the build the Atom feed
is written. The logic is in macros/weergave/citeren.py and macros/uitvoer/feed.py.
"""

from __future__ import annotations

import html
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from macros.inhoud import bouwstand  # noqa: E402
from macros.koppeling.mkdocs_glue import kennis_voor  # noqa: E402
from macros.uitvoer import feed  # noqa: E402
from macros.weergave import citeren, plaatsen  # noqa: E402

#: Pages whose citation is the knowledge document as a whole (the others are cited as a
#: part "In" it): the home page and the colofon, which the knowledge-document PDF keeps.
HET_DOCUMENT = {"index.md", "colofon.md"}

_paginas: dict[str, feed.Pagina] = {}


def _kaart_id(src: str) -> str | None:
    if src.startswith("interventies/") and src.count("/") == 1:
        return src.removeprefix("interventies/").removesuffix(".md")
    return None


def _adres(config, pad: str | None) -> str | None:
    site_url = config.get("site_url")
    return site_url.rstrip("/") + "/" + pad if site_url and pad is not None else None


def on_files(files, config):
    if not bouwstand.datafouten:  # written in on_post_build; registered for strict link checks
        files.append(File.generated(config, feed.FEED_PAD, content=b""))
    return files


def on_pre_build(config):
    _paginas.clear()


def on_page_content(inhoud, page, config, files):
    if bouwstand.datafouten:
        return inhoud
    kennis = kennis_voor(config)
    src = page.file.src_uri
    kaarten = {k.id: k for k in kennis.interventies}
    kaart = kaarten.get(_kaart_id(src) or "")
    # Card titles come from data (the nav title is escaped HTML); other titles are text.
    titel = kaart.naam if kaart else html.unescape(page.title or "")
    geheel = src in HET_DOCUMENT
    doc = citeren.Document.uit(kennis.uitgave)
    pagina_adres = _adres(config, page.url or "index.html")
    pdf = None
    if not bouwstand.pdf_overgeslagen:
        pdf = plaatsen.KENNISDOCUMENT_PDF if geheel else plaatsen.kaart_pdf(kaart.id) if kaart else None
    pdf_adres = (_adres(config, pdf) or plaatsen.href_bestand(src, pdf)) if pdf else None
    page.meta["sw_citeren"] = citeren.meta_tags(doc, None if geheel else titel, pdf_adres, pagina_adres)
    if page.is_homepage:
        page.meta["sw_json_ld"] = citeren.json_ld_veilig(citeren.json_ld(doc, pagina_adres, pdf_adres))
    regel = citeren.citeerregel(doc, None if geheel else titel, date.today().isoformat(), pagina_adres)
    downloads = plaatsen.href(src, "downloads.md", "literatuur")
    return inhoud + str(citeren.citeerblok(regel, downloads, geheel))  # str: Markup would escape inhoud


def on_post_page(output, page, config):
    datum = page.meta.get("sw_datum")
    if datum and not bouwstand.datafouten:
        kaart = _kaart_id(page.file.src_uri)
        titel = next((k.naam for k in kennis_voor(config).interventies if k.id == kaart), None) or html.unescape(page.title or "")
        _paginas[page.file.src_uri] = feed.Pagina(page.file.dest_uri, titel, datum)
    return output


def on_post_build(config):
    """Before the site zip (hooks.py, priority -110) so the zip holds the feed."""
    if bouwstand.datafouten:
        return
    site_url = config.get("site_url") or None
    xml = feed.atom(kennis_voor(config), sorted(_paginas.values(), key=lambda p: p.pad), site_url)
    if site_url and b'href="http' not in xml:
        raise PluginError("Atom-feed: met SW_SITE_URL moeten alle links absoluut zijn")
    (Path(config["site_dir"]) / feed.FEED_PAD).write_bytes(xml)
