"""MkDocs glue for macros/uitvoer/verkleinen.py: smaller CSS and JavaScript in the built site.

* the site's own stylesheets and scripts: minified in place (``on_post_build``);
* Material's stylesheet: only the rules the built pages and scripts can use, under a new
  fingerprinted name (so a browser that cached the old file for a year fetches the new
  one), and every page points to it.

Runs after the offline plugin (-100) and before the PDFs and the site zip (-110), so the
zip holds the same files as the site. Not in ``mkdocs serve --dirty``, where only some
pages are rebuilt and the class inventory would be incomplete.

``SW_VERKLEINEN=0`` switches all of it off: the same site, unminified (the browser test
compares the two in every state that matters).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.plugins import event_priority  # noqa: E402

from macros.uitvoer.verkleinen import (  # noqa: E402
    css_verkleinen,
    css_zuiveren,
    js_verkleinen,
    klassen_in_html,
    klassen_uit_themascript,
    woorden_in_js,
)

_log = logging.getLogger("mkdocs.hooks.samen_weerbaar")

#: The site's own files (from docs/ and overrides/assets/), minified in place.
EIGEN_CSS = ("stylesheets/*.css",)
EIGEN_JS = ("javascripts/*.js", "assets/javascripts/sw-*.js")
#: Material's stylesheet and its scripts (which create parts of the page at run time); the
#: sw-thema-*.js files are Material's own inline scripts moved into files for the CSP (see
#: overrides/), so their strings count as the theme's, not as classes of our own.
THEMA_CSS = "assets/stylesheets/main.*.min.css"
THEMA_JS = ("assets/javascripts/bundle.*.min.js", "assets/javascripts/sw-thema-*.js")

_staat = {"dirty": False}


def on_startup(command, dirty):
    _staat["dirty"] = dirty


def _aan() -> bool:
    return os.environ.get("SW_VERKLEINEN", "1") != "0"


def _bestanden(site: Path, patronen) -> list[Path]:
    return sorted({p for patroon in patronen for p in site.glob(patroon) if p.is_file()})


def _verklein(paden: list[Path], verklein) -> list[str]:
    """Minify each file in place; returns the new texts."""
    uit = []
    for pad in paden:
        uit.append(verklein(pad.read_text(encoding="utf-8")))
        pad.write_text(uit[-1], encoding="utf-8")
    return uit


@event_priority(-105)
def on_post_build(config):
    if _staat["dirty"] or not _aan():
        return
    site = Path(config["site_dir"])
    eigen_css = _verklein(_bestanden(site, EIGEN_CSS), css_verkleinen)
    eigen_paden = _bestanden(site, EIGEN_JS)
    thema_eigen = set(_bestanden(site, THEMA_JS))
    eigen_js = _verklein(eigen_paden, js_verkleinen)
    # our own scripts' strings are all possible classes; the moved theme scripts' are not
    eigen_js_klassen = [js for p, js in zip(eigen_paden, eigen_js) if p not in thema_eigen]

    thema = _bestanden(site, (THEMA_CSS,))
    if len(thema) != 1:
        _log.warning("stylesheet van het thema niet gevonden (%s): niet verkleind", THEMA_CSS)
        return
    oud = thema[0]
    paginas = sorted(site.rglob("*.html"))
    html = {p: p.read_text(encoding="utf-8") for p in paginas}
    html_klassen = set().union(*map(klassen_in_html, html.values()))
    klassen, voorvoegsels = set(html_klassen), set()
    thema_js = [p.read_text(encoding="utf-8") for p in _bestanden(site, THEMA_JS)]
    for js, van_thema in [(js, True) for js in thema_js] + [(js, False) for js in eigen_js_klassen]:
        woorden, voor = woorden_in_js(js)
        klassen |= klassen_uit_themascript(woorden, html_klassen) if van_thema else woorden
        voorvoegsels |= voor
    ook_gelezen = "\n".join(thema_js + eigen_js + eigen_css + list(html.values()))

    bron = oud.read_text(encoding="utf-8")
    kleiner = css_zuiveren(bron, klassen, voorvoegsels, ook_gelezen)
    nieuw = oud.with_name(f"main.{hashlib.sha256(kleiner.encode()).hexdigest()[:8]}.min.css")
    nieuw.write_text(kleiner, encoding="utf-8")
    for p in (oud, oud.with_name(oud.name + ".map")):
        if p != nieuw:
            p.unlink(missing_ok=True)
    for pad, tekst in html.items():
        if oud.name in tekst:
            pad.write_text(tekst.replace(oud.name, nieuw.name), encoding="utf-8")
    _log.info("thema-stylesheet %d → %d kB (%d pagina's)", len(bron) // 1024, len(kleiner) // 1024, len(paginas))
