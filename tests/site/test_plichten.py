"""A government site's duties in the built site: a feedback route on every page,
/.well-known/security.txt (RFC 9116), a sitemap only with the site's address, and one
Content-Security-Policy delivered as _headers, nginx snippet and <meta> (issue 14, item 7).

Expected values come from mkdocs.yml (read as MkDocs reads it) and from the build's own
page list, never copied from the implementation.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from mkdocs.utils.yaml import yaml_load

from tests.conftest import ROOT, kopieer_project

SECURITY_TXT = ".well-known/security.txt"
ECHT_ADRES = "meldpunt@samenweerbaar.test.nl"  # not an example domain, only used in a temp build
SITE_URL = "https://samenweerbaar.voorbeeld.nl/"


def instellingen(**env) -> dict:
    """mkdocs.yml as MkDocs reads it (``!ENV`` resolved with ``env`` on top of os.environ)."""
    oud = dict(os.environ)
    os.environ.update(env)
    try:
        with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
            return yaml_load(f)
    finally:
        os.environ.clear()
        os.environ.update(oud)


def html_paginas(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def soep(pad: Path) -> BeautifulSoup:
    return BeautifulSoup(pad.read_text(encoding="utf-8"), "html.parser")


def bouw_met(project: Path, uit: Path, **env) -> subprocess.CompletedProcess:
    omgeving = dict(os.environ, NO_MKDOCS_2_WARNING="1", SW_PDF="0", **env)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(uit)],
                          cwd=project, env=omgeving, capture_output=True, text=True, timeout=600)


def velden(tekst: str) -> list[tuple[str, str]]:
    """RFC 9116 section 4: ``Field: value`` lines; comments start with '#'. Rejects any
    other non-empty line."""
    uit = []
    for regel in tekst.splitlines():
        if not regel.strip() or regel.startswith("#"):
            continue
        m = re.fullmatch(r"([A-Za-z0-9-]+): (\S.*)", regel)
        assert m, f"geen veld: {regel!r}"
        uit.append((m.group(1).lower(), m.group(2)))
    return uit


def terugmeldlink(pagina: Path):
    links = soep(pagina).select("footer a[data-sw-terugmelding]")
    assert len(links) == 1, pagina
    return links[0]


# ---- feedback route ------------------------------------------------------------------

def test_elke_pagina_heeft_de_ingestelde_terugmeldroute(site):
    route = instellingen()["extra"]["terugmelding"]
    assert route["email"]  # the repository's configuration uses the e-mail route
    for pagina in html_paginas(site):
        link = terugmeldlink(pagina)
        assert link.get_text(strip=True) == "Fout gezien of suggestie?"
        href = urlsplit(link["href"])
        assert href.scheme == "mailto" and unquote(href.path) == route["email"], (pagina, link["href"])
        query = parse_qs(href.query)
        titel = soep(pagina).title.get_text()
        onderwerp = query["subject"][0]
        assert onderwerp.startswith("Fout of suggestie: "), onderwerp
        # the page is named in the subject (its title, before Material's " - Samen Weerbaar")
        assert onderwerp.removeprefix("Fout of suggestie: ") in titel, (onderwerp, titel)
        if pagina.name != "404.html":
            assert pagina.relative_to(site).as_posix() in query["body"][0], query["body"]
        # and the explanation page next to it
        uitleg = link.find_next_sibling("a")
        assert (pagina.parent / uitleg["href"]).resolve() == (site / "terugmelden.html").resolve() or \
            pagina.name == "404.html"


def test_onderwerp_is_gecodeerd_ook_met_tekens_uit_titels(site):
    """A title with '&', quotes or '?' reaches the subject intact (percent-encoded, RFC 6068)."""
    for pagina in html_paginas(site):
        href = terugmeldlink(pagina)["href"]
        assert not re.search(r"[\s<>\"]", href), href
        assert href.count("?") == 1 and href.count("&") == 1, href  # only subject & body
    overzicht = terugmeldlink(site / "interventies" / "index.html")["href"]
    onderwerp = parse_qs(urlsplit(overzicht).query)["subject"][0]
    assert "&" in onderwerp and "&amp;" not in onderwerp, onderwerp  # "interventies & programma's"


def test_uitlegpagina_noemt_het_adres_en_security_txt(site):
    route = instellingen()["extra"]["terugmelding"]
    s = soep(site / "terugmelden.html")
    artikel = s.select_one("article")
    assert artikel.select_one(f"a[href='mailto:{route['email']}']"), "adres niet gelinkt"
    assert artikel.select_one(f"a[href$='{SECURITY_TXT}']")
    for pagina in ("toegankelijkheid.html", "privacy.html"):
        assert soep(site / pagina).select_one("article a[href$='terugmelden.html']"), pagina


# ---- security.txt -----------------------------------------------------------------------

def test_security_txt_volgens_rfc_9116(site):
    route = instellingen()["extra"]["terugmelding"]
    tekst = (site / SECURITY_TXT).read_text(encoding="utf-8")
    v = velden(tekst)
    namen = [n for n, _ in v]
    assert [w for n, w in v if n == "contact"] == [f"mailto:{route['email']}"]
    assert namen.count("expires") == 1
    verloopt = datetime.strptime(dict(v)["expires"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    nu = datetime.now(timezone.utc)
    assert nu < verloopt < nu + timedelta(days=365), verloopt  # in the future, less than a year
    assert dict(v)["preferred-languages"] == "nl, en"
    if not os.environ.get("SW_SITE_URL"):
        assert "canonical" not in namen  # no address known: no Canonical


# ---- sitemap without an address -------------------------------------------------------------

def test_zonder_site_url_geen_lege_sitemap(site):
    if os.environ.get("SW_SITE_URL"):
        pytest.skip("SW_SITE_URL staat aan in deze omgeving")
    assert not (site / "sitemap.xml").exists() and not (site / "sitemap.xml.gz").exists()
    assert not (site / "robots.txt").exists()
    # links stay relative (the offline copy and any host path work)
    for pagina in html_paginas(site):
        if pagina.name == "404.html":
            continue
        for a in soep(pagina).select("a[href]"):
            assert not a["href"].startswith("/"), (pagina, a["href"])


# ---- a build for publication --------------------------------------------------------------

@pytest.fixture(scope="module")
def gepubliceerd(tmp_path_factory):
    """The real project (with its git history, for the pages' dates) built as for publication
    into a temporary folder: SW_SITE_URL and a real (non-example) address."""
    uit = tmp_path_factory.mktemp("publicatie") / "uit"
    r = bouw_met(ROOT, uit, SW_SITE_URL=SITE_URL, SW_TERUGMELDING_EMAIL=ECHT_ADRES)
    assert r.returncode == 0, r.stdout + r.stderr
    return uit


def test_sitemap_met_site_url_noemt_elke_pagina(gepubliceerd):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    boom = ElementTree.parse(gepubliceerd / "sitemap.xml")
    adressen = [e.text for e in boom.findall("s:url/s:loc", ns)]
    verwacht = {SITE_URL + p.relative_to(gepubliceerd).as_posix()
                for p in html_paginas(gepubliceerd) if p.name != "404.html"}
    assert len(verwacht) > 40
    assert sorted(adressen) == sorted(verwacht)  # every page once, nothing else
    robots = (gepubliceerd / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots


MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def getoonde_datum(pagina: Path) -> str:
    """The change date a page shows (ISO), read from its visible text."""
    tekst = soep(pagina).get_text(" ")
    if m := re.search(r"Laatst bijgewerkt: (\d{1,2}) (\w+) (\d{4})", tekst):
        return f"{m[3]}-{MAANDEN.index(m[2]) + 1:02d}-{int(m[1]):02d}"
    m = re.search(r"Inhoudsversie \S+ \((\d{4}-\d{2}-\d{2})\)", tekst)
    assert m, f"{pagina}: geen wijzigingsdatum op de pagina"
    return m[1]


def test_sitemap_lastmod_is_de_getoonde_datum(gepubliceerd):
    # Issue 21 item 5: every <lastmod> was the build date; it must be the date the page shows.
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    boom = ElementTree.parse(gepubliceerd / "sitemap.xml")
    verschillend = set()
    for url in boom.findall("s:url", ns):
        pad = url.find("s:loc", ns).text.removeprefix(SITE_URL)
        lastmod = url.find("s:lastmod", ns).text
        verwacht = getoonde_datum(gepubliceerd / pad)
        assert lastmod == verwacht, (pad, lastmod, verwacht)
        verschillend.add(lastmod)
    # the history really counts: with more than one commit date in docs/ and data/, pages differ
    # (a copy of the repository with a single commit, as test_kaart_toevoegen makes, has one date)
    datums = set(subprocess.run(["git", "-C", str(ROOT), "log", "--format=%cs", "--", "docs", "data"],
                                capture_output=True, text=True, check=True).stdout.split())
    if len(datums) > 1:
        assert len(verschillend) > 1, "alle pagina's dezelfde datum: de git-geschiedenis telt niet mee"


def test_publicatie_security_txt_en_terugmelding_gebruiken_de_instellingen(gepubliceerd):
    v = velden((gepubliceerd / SECURITY_TXT).read_text(encoding="utf-8"))
    assert ("contact", f"mailto:{ECHT_ADRES}") in v
    assert ("canonical", f"{SITE_URL}{SECURITY_TXT}") in v
    pagina = gepubliceerd / "hoofdstuk-2" / "index.html"
    href = urlsplit(terugmeldlink(pagina)["href"])
    assert unquote(href.path) == ECHT_ADRES
    assert f"{SITE_URL}hoofdstuk-2/index.html" in parse_qs(href.query)["body"][0]
    # links in the pages stay relative with an address set
    for a in soep(pagina).select("nav a[href]"):
        assert not a["href"].startswith(("/", "http")), a["href"]


def test_publicatie_met_voorbeeldadres_stopt(tmp_path):
    project = kopieer_project(tmp_path / "project")
    r = bouw_met(project, tmp_path / "uit", SW_SITE_URL=SITE_URL)
    assert r.returncode != 0
    assert "extra.terugmelding: dit is een voorbeeldadres" in r.stdout + r.stderr
    assert not (tmp_path / "uit" / "index.html").exists()


def test_alleen_een_webadres_als_route(tmp_path):
    project = kopieer_project(tmp_path / "project")
    formulier = "https://meldingen.samenweerbaar.test.nl/nieuw"
    tekst = (project / "mkdocs.yml").read_text(encoding="utf-8")
    tekst = re.sub(r"(?m)^    email: .*$", "    email: null", tekst)
    (project / "mkdocs.yml").write_text(tekst, encoding="utf-8")
    r = bouw_met(project, tmp_path / "uit", SW_TERUGMELDING_URL=formulier)
    assert r.returncode == 0, r.stdout + r.stderr
    assert terugmeldlink(tmp_path / "uit" / "index.html")["href"] == formulier
    assert ("contact", formulier) in velden((tmp_path / "uit" / SECURITY_TXT).read_text(encoding="utf-8"))


# ---- Content-Security-Policy ----------------------------------------------------------------

def policy(tekst: str) -> dict[str, list[str]]:
    uit = {}
    for deel in tekst.split(";"):
        if deel.strip():
            naam, *bronnen = deel.split()
            uit[naam] = bronnen
    return uit


def test_een_policy_in_headers_nginx_en_meta(site):
    from macros.plichten.beveiliging import lees_headers_bestand

    koppen = lees_headers_bestand((site / "_headers").read_text(encoding="utf-8"))["/*"]
    kop = policy(koppen["Content-Security-Policy"])
    assert kop["default-src"] == ["'self'"] and kop["script-src"] == ["'self'"]
    assert kop["object-src"] == ["'none'"] and kop["frame-ancestors"] == ["'none'"]
    alle_bronnen = [b for bronnen in kop.values() for b in bronnen]
    assert not {"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"} & set(alle_bronnen), kop
    nginx = (site / "_headers.nginx.conf").read_text(encoding="utf-8")
    for naam, waarde in koppen.items():
        assert f'add_header {naam} "{waarde}" always;' in nginx
    zonder_meta = {k: v for k, v in kop.items() if k not in ("frame-ancestors", "sandbox", "report-uri", "report-to")}
    for pagina in html_paginas(site):
        head = soep(pagina).head
        meta = head.select("meta[http-equiv='Content-Security-Policy']")
        assert len(meta) == 1, pagina
        assert policy(meta[0]["content"]) == zonder_meta, pagina
        # before every script, so it governs them all
        assert not meta[0].find_all_previous("script"), pagina


def test_geen_inline_script_stijl_of_handler(site):
    """What the policy would block: inline scripts, style attributes, on* handlers."""
    for pagina in html_paginas(site):
        s = soep(pagina)
        # JSON and JSON-LD (the home page's citation data) are data blocks: never executed
        inline = [t for t in s.find_all("script") if not t.get("src") and t.get("type") not in ("application/json", "application/ld+json")]
        assert not inline, (pagina, [str(t)[:80] for t in inline])
        assert not s.select("[style]"), pagina
        assert not [t for t in s.find_all(True) if any(a.startswith("on") for a in t.attrs)], pagina
        assert not s.find_all("style"), pagina
