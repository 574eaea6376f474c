"""The recommended host (issue 21 item 5): nginx with the shipped server configuration
(publiceren/nginx-site.conf, the file the Containerfile installs) on the built site.

Docker is not needed: Debian's nginx (`make nginx`) runs the same server block, with only the
site folder and the listen address replaced, on 127.0.0.1. Every header is read on a page, a
PDF and the 404; the 404 must have status 404 and load its stylesheets and scripts.
Expected header values come from the _headers file the build wrote (another delivery of the
same definition) and from the names the issue lists, not from the nginx fragment itself.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ROOT

CONF = ROOT / "publiceren" / "nginx-site.conf"
CONTAINERFILE = ROOT / "Containerfile"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
# What GitHub/GitLab Pages do not send and this host must (README, "Publiceren").
VERPLICHT = ("Content-Security-Policy", "Strict-Transport-Security", "X-Content-Type-Options",
             "Referrer-Policy", "Permissions-Policy")


def headers_bestand(site: Path) -> dict[str, str]:
    """The ``/*`` block of the site's _headers file, parsed here (not by the code under test)."""
    koppen, in_blok = {}, False
    for regel in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if regel.startswith("#") or not regel.strip():
            continue
        if not regel[0].isspace():
            in_blok = regel.strip() == "/*"
        elif in_blok:
            naam, _, waarde = regel.strip().partition(":")
            koppen[naam.strip()] = waarde.strip()
    return koppen


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def nginx(site, tmp_path_factory):
    if not NGINX:
        pytest.fail("nginx ontbreekt: draai `make nginx` (make test doet dat)")
    map_ = tmp_path_factory.mktemp("nginx")
    poort = vrije_poort()
    server = CONF.read_text(encoding="utf-8")
    assert server.count("/usr/share/nginx/html") == 2 and server.count("listen 8080;") == 1
    server = server.replace("/usr/share/nginx/html", str(site)).replace("listen 8080;", f"listen 127.0.0.1:{poort};")
    (map_ / "server.conf").write_text(server, encoding="utf-8")
    tijdelijk = "".join(f"{soort}_temp_path {map_}/{soort};\n  " for soort in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (map_ / "nginx.conf").write_text(
        ("user root;\n" if os.geteuid() == 0 else "")  # workers must read the test's private tmp folder
        + f"worker_processes 1;\npid {map_}/nginx.pid;\nerror_log {map_}/error.log;\ndaemon off;\n"
        "events {}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  {tijdelijk}"
        f"include {map_}/server.conf;\n}}\n", encoding="utf-8")
    proces = subprocess.Popen([NGINX, "-p", str(map_), "-e", str(map_ / "error.log"), "-c", str(map_ / "nginx.conf")],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    basis = f"http://127.0.0.1:{poort}/"
    for _ in range(100):
        try:
            urllib.request.urlopen(basis, timeout=1)
            break
        except (urllib.error.URLError, ConnectionError):
            if proces.poll() is not None:
                pytest.fail("nginx start niet: " + proces.stdout.read().decode())
            time.sleep(0.1)
    yield basis
    proces.terminate()
    proces.wait(10)


def haal(url: str):
    """(status, headers, body) without raising on 4xx."""
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def controleer_koppen(koppen, site: Path, wat: str):
    verwacht = headers_bestand(site)
    assert set(VERPLICHT) <= set(verwacht), "de build levert niet alle koppen"
    for naam, waarde in verwacht.items():
        assert koppen.get_all(naam) == [waarde], (wat, naam, koppen.get_all(naam))
    assert "frame-ancestors 'none'" in koppen["Content-Security-Policy"]


def test_pagina_pdf_en_404_krijgen_alle_koppen(nginx, site):
    pdf = sorted((site / "downloads").rglob("*.pdf"))
    assert pdf, "de site heeft geen PDF's (gebouwd met SW_PDF=0?)"
    for pad, status, soort in (("", 200, "text/html"), ("hoofdstuk-2/index.html", 200, "text/html"),
                               (pdf[0].relative_to(site).as_posix(), 200, "application/pdf"),
                               ("bestaat/niet/hier.html", 404, "text/html")):
        code, koppen, _ = haal(nginx + pad)
        assert code == status, (pad, code)
        assert koppen["Content-Type"].startswith(soort), (pad, koppen["Content-Type"])
        controleer_koppen(koppen, site, pad)


def test_404_heeft_status_404_en_zijn_stijlen(nginx, site):
    for pad in ("bestaat-niet", "diep/in/een/map/die/niet/bestaat/", "hoofdstuk-2/weg.html"):
        code, _, body = haal(nginx + pad)
        assert code == 404
        soep = BeautifulSoup(body, "html.parser")
        assert "404" in soep.h1.get_text()
        bronnen = [l["href"] for l in soep.select("link[rel=stylesheet]")] + [s["src"] for s in soep.select("script[src]")]
        assert any(".css" in b for b in bronnen)
        for b in bronnen:
            adres = urljoin(nginx + pad, b)
            assert adres.startswith(nginx), (pad, b)
            c, k, _ = haal(adres)
            assert c == 200, (pad, b, adres)
            assert k["Content-Type"].startswith("text/css" if ".css" in b else ("application/javascript", "text/javascript"))
        for a in soep.select("a[href]"):
            if not a["href"].startswith(("http:", "https:", "mailto:", "#")):
                assert urljoin(nginx + pad, a["href"]).startswith(nginx), a["href"]


def test_configuratiebestanden_zijn_niet_op_te_vragen(nginx):
    for pad in ("_headers", "_headers.nginx.conf"):
        assert haal(nginx + pad)[0] == 404


def test_containerfile_gebruikt_dezelfde_configuratie_en_een_vast_basisbeeld():
    regels = [r.split() for r in CONTAINERFILE.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    (basis,) = [r[1] for r in regels if r[0] == "FROM"]
    naam, _, label = basis.rpartition(":")
    assert "@sha256:" in basis or (label and label != "latest" and any(c.isdigit() for c in label.split("-")[0])), basis
    kopieen = [r[1:] for r in regels if r[0] == "COPY"]
    assert ["publiceren/nginx-site.conf", "/etc/nginx/conf.d/default.conf"] in kopieen
    assert ["site/", "/usr/share/nginx/html/"] in kopieen
