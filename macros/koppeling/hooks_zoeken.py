"""MkDocs glue for the site search (macros/zoeken): index, worker, no Material search plugin.

* ``on_post_page``: each built page's sections go into the index (macros/zoeken/index.py);
  the page's ``__config`` points Material's search UI to our worker (``on_post_template``
  does the same for 404.html).
* ``on_post_build`` (before the offline plugin, -100, which copies
  ``search/search_index.json`` into ``search/search_index.js`` for file://): writes the
  index and the worker, and removes Material's lunr worker and lunr languages (dead).

Front matter ``search: {exclude: true}`` leaves a page out; ``search: {boost: 0.3}`` makes
its sections rank lower (the conventions of Material's search plugin).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.plugins import event_priority  # noqa: E402

from macros.inhoud import bouwstand  # noqa: E402
from macros.koppeling.mkdocs_glue import kennis_voor  # noqa: E402
from macros.zoeken.index import secties, synoniemen, synoniemgroepen  # noqa: E402
from macros.zoeken.werker import werker  # noqa: E402

_log = logging.getLogger("mkdocs.hooks.samen_weerbaar")

#: What Material's highlighter (search.highlight, on the landing page) splits ?h= at.
SEPARATOR = r"[\s\-,:!=\[\]()\"/]+"
_WERKER_IN_CONFIG = re.compile(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js")

_secties: dict[str, list[dict]] = {}


def on_pre_build(config):
    _secties.clear()


def on_post_page(output, page, config):
    zoeken = page.meta.get("search") or {}
    if not zoeken.get("exclude"):
        boost = float(zoeken.get("boost", 1.0))
        _secties[page.file.dest_uri] = secties(output, page.file.dest_uri, page.title or "", boost)
    pad, _ = werker()
    return _WERKER_IN_CONFIG.sub(pad, output)


def on_post_template(output, template_name, config):
    """Static templates (404.html) point Material's search UI to our worker too."""
    return _WERKER_IN_CONFIG.sub(werker()[0], output)


def zoekindex(alle: list[dict], groepen: list[list[str]]) -> dict:
    """The index as Material's search UI loads it: ``{"config": …, "docs": [entries]}``."""
    for s in alle:
        syn = synoniemen(f"{s['title']} {s['text']}", groepen)
        if syn:
            s["syn"] = syn
    return {"config": {"lang": ["nl"], "separator": SEPARATOR, "pipeline": []}, "docs": alle}


@event_priority(-90)
def on_post_build(config):
    if bouwstand.datafouten:  # serve preview of data errors: one error page, no search
        return
    site = Path(config["site_dir"])
    groepen = synoniemgroepen(kennis_voor(config).begrippen)
    # Navigation order would be nicer, but dest_uri order is stable and ties are rare.
    alle = [s for pagina in sorted(_secties) for s in _secties[pagina]]
    index = zoekindex(alle, groepen)
    (site / "search").mkdir(exist_ok=True)
    tekst = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    (site / "search" / "search_index.json").write_text(tekst, encoding="utf-8")
    pad, inhoud = werker()
    (site / pad).parent.mkdir(parents=True, exist_ok=True)
    (site / pad).write_bytes(inhoud)
    for oud in (site / "assets/javascripts/workers").glob("search.*"):
        oud.unlink()
    shutil.rmtree(site / "assets/javascripts/lunr", ignore_errors=True)
    _log.info("zoekindex: %d secties, %d kB; %d synoniemgroepen uit de begrippen",
              len(alle), len(tekst.encode()) // 1024, len(groepen))
