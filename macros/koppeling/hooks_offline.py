"""MkDocs glue for macros/offline: offline after one visit, installable as an app.

* ``on_files``: ``manifest.webmanifest`` (macros/offline/webapp.py) joins the site, so it is
  also in the site zip;
* ``on_page_context`` / ``on_template_context``: ``sw_offline`` tells overrides/main.html to
  load the registration script (not under ``mkdocs serve``: a preview must show every edit
  at once, not a cached copy);
* ``on_post_build`` at priority -108, after every step that writes a precached file (search
  -90, Material's offline plugin -100, minifier -105) and before the PDFs and the site zip
  (-110), which write only into ``downloads/`` (never precached) and so keep ``sw.js`` in the
  zip like every other file: ``sw.js`` with the precache list of the finished site
  (macros/offline/werker.py). tests/site/test_offline_manifest.py checks every entry
  against the files as finally written. Under ``serve`` a worker
  that removes itself, so a browser that installed the published site on the same address
  shows the preview.
"""

from __future__ import annotations

import gzip
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from macros.inhoud import bouwstand  # noqa: E402
from macros.offline import DOWNLOADS_CACHE, MANIFEST_PAD, WERKER_PAD, WORKBOX_MAP  # noqa: E402
from macros.offline.webapp import APPLE_ICOON, THEMAKLEUR, webmanifest_tekst  # noqa: E402
from macros.offline.werker import schrijf_werker  # noqa: E402

_log = logging.getLogger("mkdocs.hooks.samen_weerbaar")

#: Under ``mkdocs serve``: a worker that unregisters itself at once.
WERKER_WEG = (
    "/* Preview (mkdocs serve): no offline copy; removes a worker installed earlier. */\n"
    'self.addEventListener("install", function () { self.skipWaiting(); });\n'
    'self.addEventListener("activate", function () { self.registration.unregister(); });\n'
)

#: Short name under the icon on a home screen (at most about 12 characters are shown).
KORTE_NAAM = "Weerbaar"


def on_files(files, config):
    tekst = webmanifest_tekst(config.site_name, KORTE_NAAM, " ".join((config.site_description or "").split()))
    files.append(File.generated(config, MANIFEST_PAD, content=tekst))
    return files


def _context(context, registreren: bool):
    context["sw_offline"] = registreren and not bouwstand.serve
    context["sw_themakleur"] = THEMAKLEUR
    context["sw_apple_icoon"] = APPLE_ICOON
    context["sw_workbox_window"] = f"{WORKBOX_MAP}/workbox-window.prod.umd.js"
    context["sw_downloads_cache"] = DOWNLOADS_CACHE
    return context


def on_page_context(context, page, config, nav):
    return _context(context, True)


def on_template_context(context, template_name, config):
    # 404.html: its relative paths are right only at the site root; no registration there.
    return _context(context, False)


@event_priority(-108)
def on_post_build(config):
    site = Path(config["site_dir"])
    if bouwstand.serve or bouwstand.datafouten:
        (site / WERKER_PAD).write_text(WERKER_WEG, encoding="utf-8")
        return
    lijst = schrijf_werker(site)
    ruw = [(site / item["url"]).read_bytes() for item in lijst]  # urls of this site need no unquoting
    _log.info("offline: %d bestanden vooraf in de cache, %d kB (gzip %d kB)", len(lijst),
              sum(map(len, ruw)) // 1024, sum(len(gzip.compress(b, 6)) for b in ruw) // 1024)
