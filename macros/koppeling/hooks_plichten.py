"""MkDocs glue for a government site's duties: feedback route, security.txt, sitemap, CSP.

* on_config: reads ``extra.terugmelding`` (stops the build with a Dutch message if wrong);
  a build for publication (``site_url``, e.g. from ``SW_SITE_URL``) refuses an example address.
* on_files: ``.well-known/security.txt``, ``_headers``, ``_headers.nginx.conf`` and, with a
  site address, ``robots.txt`` (generated files: in the site, the zip, and known to strict).
* page/template context: ``sw_terugmelding`` (the footer link) and ``sw_csp_meta`` (the
  policy for the ``<meta http-equiv>`` in overrides/main.html).
* on_post_build: without ``site_url`` the sitemap would list no page (a sitemap needs full
  addresses): it is left out instead of published empty.
"""

from __future__ import annotations

import logging
import sys
from urllib.parse import urlsplit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File, InclusionLevel  # noqa: E402

from macros.plichten import beveiliging
from macros.plichten import securitytxt  # noqa: E402
from macros.plichten.terugmelding import InstellingFout, Route, route_uit_config  # noqa: E402

_log = logging.getLogger("mkdocs.hooks.samen_weerbaar")
_staat: dict = {}
SITEMAPS = ("sitemap.xml", "sitemap.xml.gz")


def on_startup(command, dirty):
    # `mkdocs serve` sets site_url to its own address: that is a preview, not a publication.
    _staat["serve"] = command == "serve"


def on_config(config):
    try:
        route = route_uit_config(config.extra)
    except InstellingFout as e:
        raise PluginError(str(e)) from None
    if config.site_url and route.is_voorbeeld and not _staat.get("serve"):
        raise PluginError(
            "mkdocs.yml: extra.terugmelding: dit is een voorbeeldadres; vul vóór publicatie "
            f"(site_url {config.site_url}) het echte e-mail- of webadres voor meldingen in")
    _staat["route"] = route
    return config


def on_files(files, config):
    route: Route = _staat["route"]
    site_url = config.site_url or None
    tekst = securitytxt.security_txt(route.contacten(), securitytxt.bouwmoment(), site_url)
    nieuw = {
        securitytxt.PAD: tekst,
        beveiliging.HEADERS_PAD: beveiliging.headers_bestand(),
        beveiliging.NGINX_PAD: beveiliging.nginx_fragment(),
    }
    if site_url and urlsplit(site_url).path in ("", "/"):  # crawlers read robots.txt at the root only
        nieuw["robots.txt"] = securitytxt.robots_txt(site_url)
    for pad, inhoud in nieuw.items():
        # INCLUDED: MkDocs leaves out paths starting with a dot (.well-known) by default.
        files.append(File.generated(config, pad, content=inhoud, inclusion=InclusionLevel.INCLUDED))
    return files


def _context(context, titel: str, adres: str):
    context["sw_terugmelding"] = _staat["route"].href(titel, adres)
    context["sw_csp_meta"] = beveiliging.csp_tekst(meta=True)
    return context


def on_page_context(context, page, config, nav):
    # As in the browser's title bar (Material's htmltitle): the home page is the site's name.
    titel = config.site_name if page.is_homepage else page.title or ""
    return _context(context, titel, page.canonical_url or page.file.dest_uri)


def on_template_context(context, template_name, config):
    return _context(context, config.site_name, (config.site_url or "") + template_name)


def on_post_build(config):
    if config.site_url:
        return
    site = Path(config.site_dir)
    for naam in SITEMAPS:
        (site / naam).unlink(missing_ok=True)
    _log.info("sitemap.xml niet gemaakt: site_url (SW_SITE_URL) is niet ingesteld")
