"""Every page and tool under the site's Content-Security-Policy, in real Chromium.

Over http the built site is served with the headers of the generated ``_headers`` file (what
Netlify / Cloudflare Pages send); from ``file://`` (the offline copy) only the
``<meta http-equiv>`` policy of each page applies. A listener added before any page script
records every ``securitypolicyviolation`` event, and every console error and uncaught
exception is kept: both must stay empty on every page, in search and in each tool.
"""

from __future__ import annotations

import functools
import http.server
import threading
from fnmatch import fnmatch
from pathlib import Path

import pytest

from macros.weergave import plaatsen

from macros.plichten.beveiliging import HEADERS_PAD, lees_headers_bestand
from tests.browser.conftest import telefooncontext
from tests.conftest import ROOT

LUISTERAAR = (
    "window.__csp = [];"
    "document.addEventListener('securitypolicyviolation', e => window.__csp.push("
    "[e.violatedDirective, e.blockedURI, e.sourceFile, e.lineNumber].join(' ')), true);"
)
ZOEKTERM = "meldingsbereidheid"  # a word of the source text (hoofdstuk 2)


def paginas(site: Path, zonder=()) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name not in zonder)


def hulpmiddelpaginas(site: Path) -> list[str]:
    """Pages that load one of the site's tool scripts (docs/javascripts/*.js)."""
    scripts = [f"javascripts/{p.name}" for p in (ROOT / "docs" / "javascripts").glob("*.js")]
    assert scripts
    return [pad for pad in paginas(site) if any(s in (site / pad).read_text(encoding="utf-8") for s in scripts)]


class _KoptekstHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site with the headers its ``_headers`` file gives for each path."""

    koppen: dict[str, dict[str, str]] = {}

    def end_headers(self):
        pad = self.path.split("?")[0]
        for patroon, koppen in self.koppen.items():
            if fnmatch(pad, patroon):
                for naam, waarde in koppen.items():
                    self.send_header(naam, waarde)
        super().end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def csp_server(site):
    koppen = lees_headers_bestand((site / HEADERS_PAD).read_text(encoding="utf-8"))
    handler = functools.partial(type("H", (_KoptekstHandler,), {"koppen": koppen}), directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class Meting:
    """A phone page that keeps CSP violations (``overtredingen``) and console errors."""

    def __init__(self, context):
        context.add_init_script(LUISTERAAR)
        self.page = context.new_page()
        self.fouten: list[str] = []
        self.overtredingen: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.fouten.append(f"{self.page.url}: {m.text}"))
        self.page.on("pageerror", lambda e: self.fouten.append(f"{self.page.url}: {e}"))

    def lees(self) -> None:
        """Collect the violations recorded in the current document (and its frames). A
        violation event is queued as a task: one macrotask turn first lets those that are
        already queued arrive."""
        try:
            self.page.evaluate("() => new Promise(r => setTimeout(r, 0))")
        except Exception:  # navigating meanwhile
            pass
        for frame in self.page.frames:
            try:
                gevonden = frame.evaluate("window.__csp || []")
            except Exception:  # a frame that went away meanwhile
                continue
            self.overtredingen += [f"{frame.url}: {v}" for v in gevonden]

    def open(self, adres: str) -> None:
        self.page.goto(adres)
        self.page.wait_for_load_state("load")
        self.lees()

    def zoek(self) -> None:
        """Open search, type a word from the source, wait for a result and follow it."""
        self.page.locator("label.md-header__button[for='__search']").click()
        self.page.locator("input.md-search__input").press_sequentially(ZOEKTERM, delay=20)
        resultaat = self.page.locator(".md-search-result__item a").first
        resultaat.wait_for(state="visible", timeout=20000)
        self.lees()
        resultaat.click()
        self.page.wait_for_load_state("load")
        self.lees()

    def gebruik_hulpmiddelen(self) -> None:
        """Use every control in the article briefly: the first unchecked checkbox and radio,
        the first text field and select of each form-like block. The tools react (store,
        filter, rebuild), which is where a policy would bite."""
        artikel = self.page.locator("article")
        for soort in ("input[type=checkbox]", "input[type=radio]"):
            vakjes = artikel.locator(f"{soort}:visible")
            if vakjes.count():
                vakjes.first.check()
        velden = artikel.locator("textarea:visible, input[type=text]:visible")
        if velden.count():
            velden.first.fill("Onder CSP")
        keuzes = artikel.locator("select:visible")
        if keuzes.count():
            keuzes.first.select_option(index=keuzes.first.locator("option").count() - 1)
        self.lees()

    def controleer(self) -> None:
        assert not self.overtredingen, "\n".join(self.overtredingen)
        assert not self.fouten, "\n".join(self.fouten)


@pytest.fixture
def meting(browser):
    context = telefooncontext(browser)
    yield Meting(context)
    context.close()


def test_de_meting_ziet_een_overtreding_en_een_consolefout(meting, csp_server):
    """Negative control on the positive tests' path (``open`` then ``controleer``): the home
    page, served with its real headers, gets an inline script (refused by script-src: a
    violation and Chromium's console error) and a script of the site that throws (an
    uncaught exception). The same reader must report all three."""
    def kapot(route):
        antwoord = route.fetch()
        extra = '<script>window.x = 1</script><script src="javascripts/kapot-proef.js"></script>'
        route.fulfill(response=antwoord, body=antwoord.text().replace("</body>", extra + "</body>"))

    meting.page.route(f"{csp_server}/index.html", kapot)
    meting.page.route(f"{csp_server}/javascripts/kapot-proef.js", lambda route: route.fulfill(
        status=200, content_type="text/javascript", body="throw new Error('kapot-proef');"))
    meting.open(f"{csp_server}/index.html")
    assert any("script-src" in v for v in meting.overtredingen), meting.overtredingen
    assert any("Content Security Policy" in f for f in meting.fouten), meting.fouten
    assert any("kapot-proef" in f for f in meting.fouten), meting.fouten
    with pytest.raises(AssertionError):
        meting.controleer()


def test_koptekst_komt_mee_met_elk_bestand(site, csp_server):
    import urllib.request

    for pad in ("index.html", "assets/javascripts/sw-thema-basis.js", ".well-known/security.txt"):
        with urllib.request.urlopen(f"{csp_server}/{pad}") as antwoord:
            assert "script-src 'self'" in antwoord.headers["Content-Security-Policy"], pad
            assert "frame-ancestors 'none'" in antwoord.headers["Content-Security-Policy"]


def test_elke_pagina_onder_de_csp_koptekst(meting, site, csp_server):
    alle = paginas(site)
    assert len(alle) > 40  # the whole site, not a stub folder
    for pad in alle:
        meting.open(f"{csp_server}/{pad}")
        assert meting.page.evaluate("typeof __md_get") == "function", pad  # theme script ran
    meting.controleer()


def test_zoeken_en_hulpmiddelen_onder_de_csp_koptekst(meting, site, csp_server):
    meting.open(f"{csp_server}/index.html")
    meting.zoek()
    tools = hulpmiddelpaginas(site)
    # the checklist, the filters, the explorer, the wijkscan and every card's fit check
    verwacht = {plaatsen.HULPVRAGEN_PAGINA, plaatsen.INTERVENTIES_FILTEREN, "wijkscan.md", "factoren/verkenner.md"}
    assert {p.replace(".md", ".html") for p in verwacht} <= set(tools), tools
    for pad in tools:
        meting.open(f"{csp_server}/{pad}")
        meting.gebruik_hulpmiddelen()
        meting.page.reload()
        meting.page.wait_for_load_state("load")
        meting.lees()
    meting.controleer()


def test_elke_pagina_vanaf_file_met_de_meta_policy(meting, site):
    """The offline copy: only the <meta> policy applies; 'self' must cover file:// scripts.
    404.html is for a web server (absolute paths) and is not opened from disk."""
    for pad in paginas(site, zonder={"404.html"}):
        meting.open((site / pad).as_uri())
        assert meting.page.evaluate("typeof __md_get") == "function", pad  # theme script ran
    meting.open((site / "index.html").as_uri())
    meting.zoek()  # search through the iframe-worker shim
    for pad in hulpmiddelpaginas(site):
        meting.open((site / pad).as_uri())
        meting.gebruik_hulpmiddelen()
    meting.controleer()
