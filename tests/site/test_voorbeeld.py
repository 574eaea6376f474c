"""`make serve` as an editor uses it: a data error shows in the browser page (Dutch,
file:line: field), saving the fixed file brings the site back (data/ is watched), and
the downloads page says that the PDFs and the zip are made by `make site`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from bs4 import BeautifulSoup

from tests.conftest import kopieer_project

pytestmark = pytest.mark.traag

WACHTTIJD = 900  # s; a rebuild of the whole site on a busy machine


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wacht_op(url: str, voorwaarde, serve: subprocess.Popen) -> str:
    """The page at ``url`` once ``voorwaarde(html)`` holds (polls the server's state)."""
    einde = time.monotonic() + WACHTTIJD
    laatste = ""
    while time.monotonic() < einde:
        assert serve.poll() is None, "mkdocs serve is gestopt"
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                laatste = r.read().decode("utf-8")
            if voorwaarde(laatste):
                return laatste
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url}: toestand niet bereikt; laatste inhoud:\n{laatste[:2000]}")


def test_serve_toont_fouten_in_de_browser_en_herstelt_na_opslaan(tmp_path):
    project = kopieer_project(tmp_path / "project")
    kaart = project / "data" / "interventies" / "buurtvaders.yml"
    goed = kaart.read_text(encoding="utf-8")
    regel = next(i for i, r in enumerate(goed.splitlines(), 1) if r.startswith("doelgroep:"))
    kaart.write_text(goed.replace("\ndoelgroep:", "\ndoelgroepen:", 1), encoding="utf-8")

    poort = _vrije_poort()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SW_PDF", None)
    log = (tmp_path / "serve.log").open("w")
    serve = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{poort}"],
        cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        basis = f"http://127.0.0.1:{poort}/"
        html = _wacht_op(basis, lambda h: "sw-datafouten" in h, serve)
        fouten = [li.get_text(" ", strip=True) for li in BeautifulSoup(html, "html.parser").select(".sw-datafouten li")]
        assert f"data/interventies/buurtvaders.yml:{regel} : doelgroep : verplicht veld ontbreekt" in fouten, fouten
        assert any(f.startswith(f"data/interventies/buurtvaders.yml:{regel} : doelgroepen : onbekend veld") for f in fouten)

        kaart.write_text(goed, encoding="utf-8")  # the editor fixes and saves
        _wacht_op(basis, lambda h: "sw-datafouten" not in h and "Samen Weerbaar" in h, serve)
        downloads = BeautifulSoup(_wacht_op(basis + "downloads.html", lambda h: "<h1" in h, serve), "html.parser")
        notities = downloads.select(".sw-niet-gemaakt")
        assert len(notities) >= 3  # knowledge document, card PDFs, site zip
        assert all("make site" in n.get_text() for n in notities)
    finally:
        serve.terminate()
        serve.wait(timeout=60)
        log.close()
