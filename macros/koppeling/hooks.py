"""Thin MkDocs glue: validate data first, add one page per intervention card.

An editor adds a card by adding data/interventies/<id>.yml; this hook puts it in
the navigation and generates its page, so no other file has to change.
"""

from __future__ import annotations

import html
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from macros.inhoud import bouwstand
from macros.uitvoer import downloads  # noqa: E402
from macros.inhoud.wijzigingsdatum import git_datums, nederlandse_datum, pagina_datum  # noqa: E402
from macros.weergave.foutpagina import foutpagina  # noqa: E402
from macros.inhoud.fouten import DataFouten  # noqa: E402
from macros.koppeling.mkdocs_glue import datafouten_in_preview, kennis_voor, verrijker_voor  # noqa: E402
from macros.weergave.verrijking import voetnoten_met_bronnummer  # noqa: E402
from macros.weergave.tabelkoppen import met_scope  # noqa: E402
from macros.weergave.plaatsen import INTERVENTIES_OVERZICHT, interventie_pagina  # noqa: E402


def _kaarten_in_nav(nav: list, kaarten: list) -> bool:
    """Append the card pages to the nav section that holds the overview page."""
    for item in nav:
        if isinstance(item, dict):
            for waarde in item.values():
                if isinstance(waarde, list):
                    if INTERVENTIES_OVERZICHT in waarde or any(
                        isinstance(x, dict) and INTERVENTIES_OVERZICHT in x.values() for x in waarde
                    ):
                        # Material prints navigation titles as HTML (unescaped), in the nav,
                        # the header and the footer: a title from data is escaped here.
                        waarde.extend({html.escape(k.naam): interventie_pagina(k.id)} for k in kaarten)
                        return True
                    if _kaarten_in_nav(waarde, kaarten):
                        return True
    return False


@event_priority(100)  # before the macros plugin loads the data (define_env)
def on_config(config):
    _pdf["overslaan"] = bouwstand.pdf_overgeslagen  # this module is new for every rebuild
    # Under `mkdocs serve`, data with errors gives a preview of one page that lists them
    # (the browser shows them and reloads when the file is saved); `make site` and the
    # publication stop instead, in kennis_voor below.
    bouwstand.datafouten = datafouten_in_preview(config)
    if bouwstand.datafouten:
        # INFO, not ERROR: under --strict an error log would stop the preview build too
        logging.getLogger("mkdocs.hooks.samen_weerbaar").info(DataFouten(bouwstand.datafouten).tekst())
        config["nav"] = [{"Fouten in de data": "index.md"}]
        return config
    kennis = kennis_voor(config)  # stops the build before anything is written
    if config.get("nav") and not _kaarten_in_nav(config["nav"], kennis.interventies):
        raise RuntimeError(f"{INTERVENTIES_OVERZICHT} staat niet in nav van mkdocs.yml")
    return config


def on_files(files, config):
    if bouwstand.datafouten:
        preview = Files([f for f in files if not f.is_documentation_page()])
        preview.append(File.generated(config, "index.md", content=foutpagina(bouwstand.datafouten)))
        return preview
    kennis = kennis_voor(config)
    for kaart in kennis.interventies:
        inhoud = f'{{{{ interventiekaart("{kaart.id}") }}}}\n'
        files.append(File.generated(config, interventie_pagina(kaart.id), content=inhoud))
    # Downloads are made inside the build: strict mode checks links to them and they
    # land in every copy of the site (also an offline one).
    for pad, data in downloads.bestanden(kennis).items():
        files.append(File.generated(config, pad, content=data))
    # PDFs and the site zip are written in on_post_build; registered here (empty).
    for plaatshouder in _pdf_plaatshouders(config):
        files.append(plaatshouder)
    return files


def on_page_content(html, page, config, files):
    """Link citations to the reference list and first uses of glossary terms;
    header cells of Markdown tables get a scope (macros/weergave/tabelkoppen.py)."""
    if bouwstand.datafouten:
        return html
    html = met_scope(voetnoten_met_bronnummer(html))
    return verrijker_voor(config).verrijk(html, page.file.src_uri)


_datums: dict = {}


def on_pre_build(config):
    _datums.clear()
    _datums.update(git_datums(ROOT))
    _pdf_on_pre_build()


def on_page_markdown(markdown, page, config, files):
    """'Laatst bijgewerkt' from git: the page's source and the data it is made from."""
    if bouwstand.datafouten:
        return markdown
    src = page.file.src_uri
    bronnen = [f"docs/{src}"] if not page.file.generated_by else []
    if src.startswith("interventies/") and page.file.generated_by:
        bronnen.append(f"data/{src.removesuffix('.md')}.yml")
    if "{{" in page.file.content_string:
        bronnen += [p for p in _datums if p.startswith("data/") and p.count("/") == 1]
    datum = pagina_datum(_datums, bronnen)
    kennis = kennis_voor(config)
    page.meta["sw_datum"] = datum.isoformat() if datum else None  # the feed's page entries
    if src.startswith("interventies/") and page.file.generated_by:  # an English card name: lang in the menu
        taal = kennis.interventie(src.removeprefix("interventies/").removesuffix(".md")).naam_taal
        page.meta["sw_taal"] = taal if taal != "nl" else None
    if datum:
        page.meta["revision_date"] = f"Laatst bijgewerkt: {nederlandse_datum(datum)}"
    else:
        page.meta["revision_date"] = f"Inhoudsversie {kennis.uitgave.versie} ({kennis.uitgave.datum})"
    # the sitemap's <lastmod>: the date the page shows, not the build date (issue 21 item 5)
    page.update_date = datum.isoformat() if datum else kennis.uitgave.datum
    return markdown


# ---- PDF versions and the offline copy (plain Python in macros/uitvoer/pdf) -----------------
# Each built page's HTML is collected in on_post_page; on_post_build assembles the
# knowledge document (navigation order) and one PDF per intervention card, and
# overwrites the empty placeholders that on_files registered (so strict mode checks
# links to them). Any failure stops the build.
import logging  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
from concurrent.futures.process import BrokenProcessPool  # noqa: E402
from dataclasses import replace  # noqa: E402

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.nav import Section  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from macros.uitvoer import pdf  # noqa: E402
from macros.uitvoer.pdf.werker import PdfWerker  # noqa: E402
from macros.uitvoer.pdf.sitezip import SITE_ZIP_PAD, site_zip  # noqa: E402

_log = logging.getLogger("mkdocs.hooks.samen_weerbaar")

#: Pages that only make sense on the site. A section whose own page, or else its first
#: page, is listed is left out as a whole ("Over deze site" starts with over.md).
#: A page can also leave the PDF with `pdf: false` in its front matter.
ALLEEN_OP_SITE = {"index.md", "downloads.md", "over.md", "wijkscan.md", "factoren/verkenner.md"}

_pdf: dict = {"boom": (), "paginas": {}, "uitgesloten": set(), "overslaan": None}


def _pdf_plaatshouders(config) -> list:
    kennis = kennis_voor(config)
    paden = [pdf.KENNISDOCUMENT_PAD, SITE_ZIP_PAD] + [pdf.kaart_pad(k.id) for k in kennis.interventies]
    return [File.generated(config, pad, content=b"") for pad in paden]


def on_startup(command, dirty):
    # `mkdocs serve` rebuilds on every save: laying out a 130-page PDF each time would
    # make the preview slow. SW_PDF=1 makes them anyway; `make site` always does.
    # SW_PDF=0 skips them in any build (e.g. to measure what they cost).
    keuze = os.environ.get("SW_PDF", "")
    if dirty:
        _pdf["overslaan"] = "mkdocs --dirty bouwt niet alle pagina's"
    elif keuze in ("0", "uit", "nee"):
        _pdf["overslaan"] = f"SW_PDF={keuze}"
    elif command == "serve" and keuze != "1":
        _pdf["overslaan"] = "make serve maakt ze niet; met SW_PDF=1 wel"
    else:
        _pdf["overslaan"] = None
    bouwstand.pdf_overgeslagen = _pdf["overslaan"]
    bouwstand.serve = command == "serve"


def _onderdeel(item) -> "pdf.Onderdeel | None":
    if isinstance(item, Page):
        return pdf.Onderdeel(item.title, item.file.src_uri)
    if isinstance(item, Section):
        kinderen = [c for c in item.children if isinstance(c, (Page, Section))]
        eigen = kinderen[0] if kinderen and isinstance(kinderen[0], Page) and kinderen[0].is_index else None
        rest = kinderen[1:] if eigen else kinderen
        return pdf.Onderdeel(
            item.title,
            eigen.file.src_uri if eigen else None,
            tuple(o for o in map(_onderdeel, rest) if o),
        )
    return None  # external links in the navigation


def on_nav(nav, config, files):
    _pdf["boom"] = tuple(o for o in map(_onderdeel, nav.items) if o)
    _pdf["paginas"] = {}
    _pdf["uitgesloten"] = set()
    return nav


def on_post_page(output, page, config):
    src = page.file.src_uri
    _pdf["paginas"][src] = pdf.Pagina(src, page.file.dest_uri, page.title or "", output)
    if page.meta.get("pdf") is False:
        _pdf["uitgesloten"].add(src)
    return output


def _werker_stoppen(direct: bool) -> None:
    werker = _pdf.pop("werker", None)
    if werker is not None:
        werker.stop(direct=direct)


def _pdf_on_pre_build() -> None:
    """Start the process for the knowledge document now: it imports WeasyPrint while
    the pages are built (see macros/uitvoer/pdf/werker.py)."""
    _werker_stoppen(direct=True)  # a previous build under `mkdocs serve` that failed
    if not _pdf["overslaan"]:
        try:
            _pdf["werker"] = PdfWerker()
        except OSError as e:  # no second process possible: make it in this one
            _log.warning("PDF: geen apart proces voor het kennisdocument (%s)", e)


def on_build_error(error):
    _werker_stoppen(direct=True)


def on_shutdown():
    _werker_stoppen(direct=True)


@event_priority(-110)  # after Material's offline plugin (-100) wrote search_index.js
def on_post_build(config):
    if bouwstand.datafouten:
        return
    if _pdf["overslaan"]:
        _log.info("PDF's en site-zip niet gemaakt: %s", _pdf["overslaan"])
        return
    begin = time.perf_counter()
    kennis = kennis_voor(config)
    uitgave = pdf.Uitgave(kennis.uitgave.versie, kennis.uitgave.datum)
    site = Path(config["site_dir"])
    site_url = config.get("site_url") or None
    boom = pdf.pdf_boom(_pdf["boom"], ALLEEN_OP_SITE | _pdf["uitgesloten"])
    cache = pdf.standaard_cache()
    werker = _pdf.get("werker")
    klaar = False
    try:
        # Only the articles go to the other process (less to copy).
        in_document = set(pdf.paginas_in(boom))
        paginas = {bron: replace(p, html=p.artikel) for bron, p in _pdf["paginas"].items() if bron in in_document}
        argumenten = (boom, paginas, uitgave, site, site_url, cache)
        toekomst = werker.kennisdocument(*argumenten) if werker else None
        # Meanwhile, here: the card PDFs.
        for kaart in kennis.interventies:
            pagina = _pdf["paginas"].get(interventie_pagina(kaart.id))
            if pagina is None:
                raise pdf.PdfFout(f"pagina van interventiekaart {kaart.id} niet gebouwd")
            (site / pdf.kaart_pad(kaart.id)).write_bytes(pdf.kaart(pagina, uitgave, site, site_url, cache).pdf)
        kaarten_klaar = time.perf_counter()
        gemaakt: dict = {}

        def kennisdocument_pdf() -> bytes:
            document = toekomst.result() if toekomst else pdf.kennisdocument(*argumenten)
            (site / pdf.KENNISDOCUMENT_PAD).write_bytes(document.pdf)
            gemaakt["document"], gemaakt["klaar"] = document, time.perf_counter()
            return document.pdf

        # The rest of the site is compressed while the knowledge document is laid out.
        zip_ = site_zip(site, uitgave.datum, zonder={SITE_ZIP_PAD}, laatst={pdf.KENNISDOCUMENT_PAD: kennisdocument_pdf})
        klaar = True
    except pdf.PdfFout as e:
        raise PluginError(f"PDF: {e}") from None
    except BrokenProcessPool:
        raise PluginError("PDF: het proces dat het kennisdocument maakte is onverwacht gestopt") from None
    finally:
        _werker_stoppen(direct=not klaar)
    (site / SITE_ZIP_PAD).write_bytes(zip_)
    document = gemaakt["document"]
    _log.info(
        "PDF: kennisdocument %d pagina's (%d kB%s%s) in %.1f s, %d interventiekaarten in %.1f s; "
        "site-zip %.1f s later klaar",
        document.paginas, len(document.pdf) // 1024, ", uit cache" if document.uit_cache else "",
        ", apart proces" if toekomst else "", gemaakt["klaar"] - begin,
        len(kennis.interventies), kaarten_klaar - begin, time.perf_counter() - gemaakt["klaar"],
    )
