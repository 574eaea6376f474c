"""Second opinion on internal links and anchors: LinkChecker (PyPI `linkchecker`) with its
AnchorCheck plugin crawls the built site over http://127.0.0.1 and must report zero errors
and zero warnings. tests/site/test_site.py has its own Python link check; this one is an
independent tool.

As root LinkChecker drops privileges to `nobody`, so it gets the site over HTTP (never
file://) and its configuration file is made readable for everyone.

LinkChecker throttles itself to about 3 requests per second per host unless the server
answers with a `LinkChecker` header (its documented opt-in for servers that allow more).
The site has some 430 links and anchors, so the site is served here by the same handler as
the `server` fixture plus that header: ~15 s instead of ~3 minutes.
"""

from __future__ import annotations

import csv
import functools
import http.server
import io
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path


from tests.conftest import _StilleHandler

LINKCHECKER = Path(sys.executable).parent / "linkchecker"

CONFIG = """\
[checking]
threads=4
maxrequestspersecond=1000
timeout=30
[filtering]
# Internal links only: the test needs no internet and must not depend on other sites.
checkextern=0
[AnchorCheck]
"""


class _LinkCheckerHandler(_StilleHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "toegestaan")  # lifts LinkChecker's 3-requests-per-second limit
        super().end_headers()


class _Server(http.server.ThreadingHTTPServer):
    request_queue_size = 64

    def handle_error(self, request, client_address):
        # LinkChecker reads only the start of large downloads (PDF, ZIP) and then hangs up.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def _serveer(map: Path):
    httpd = _Server(("127.0.0.1", 0), functools.partial(_LinkCheckerHandler, directory=str(map)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def linkchecker(start_url: str) -> tuple[list[dict], subprocess.CompletedProcess]:
    """Run LinkChecker on start_url; every checked URL as a dict (LinkChecker's CSV columns)."""
    assert LINKCHECKER.exists(), f"{LINKCHECKER} ontbreekt: draai `make test` (installeert requirements.txt)"
    # Readable for `nobody` (LinkChecker's user after dropping root), unlike pytest's tmp_path.
    fd, config = tempfile.mkstemp(prefix="sw-linkchecker-", suffix=".ini", dir="/tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(CONFIG)
        os.chmod(config, 0o644)
        resultaat = subprocess.run(
            [str(LINKCHECKER), "--config", config, "--no-status", "--verbose", "--output=csv", start_url],
            capture_output=True, text=True, timeout=600, cwd="/tmp",
        )
    finally:
        os.unlink(config)
    regels = [r for r in resultaat.stdout.splitlines() if r and not r.startswith("#")]
    rijen = list(csv.DictReader(io.StringIO("\n".join(regels)), delimiter=";"))
    assert rijen, f"LinkChecker gaf geen uitvoer (exit {resultaat.returncode}):\n{resultaat.stderr[-2000:]}"
    return rijen, resultaat


def problemen(rijen: list[dict]) -> list[str]:
    uit = []
    for r in rijen:
        if r["valid"] != "True" or r["warningstring"]:
            uit.append(f"{r['url']} (op {r['parentname']} regel {r['line']}): {r['result']} {r['warningstring']}".strip())
    return uit


def test_linkchecker_vindt_geen_kapotte_links_of_ankers(site):
    httpd, basis = _serveer(site)
    try:
        rijen, resultaat = linkchecker(f"{basis}/index.html")
    finally:
        httpd.shutdown()
    gevonden = problemen(rijen)
    assert not gevonden, f"LinkChecker: {len(gevonden)} fout(en):\n" + "\n".join(gevonden)
    assert resultaat.returncode == 0, resultaat.stderr[-2000:]
    # It really crawled the site and checked anchors, not just the start page.
    paginas = {r["url"].split("#")[0] for r in rijen if r["url"].endswith(".html") or ".html#" in r["url"]}
    eigen_paginas = {p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html"}
    bezocht = {u.split("/", 3)[3] for u in paginas if u.startswith(basis)}
    assert eigen_paginas <= bezocht, sorted(eigen_paginas - bezocht)
    assert sum("#" in r["url"] for r in rijen) >= 50, "AnchorCheck controleerde (bijna) geen ankers"


def test_linkchecker_meldt_kapotte_link_en_kapot_anker(tmp_path):
    """The check can fail: a missing page and a missing anchor are both reported."""
    (tmp_path / "a.html").write_text(
        '<!doctype html><html lang="nl"><title>a</title><body>'
        '<a href="b.html#er">goed</a> <a href="b.html#weg">anker weg</a> <a href="c.html">pagina weg</a>'
        "</body></html>", encoding="utf-8")
    (tmp_path / "b.html").write_text(
        '<!doctype html><html lang="nl"><title>b</title><body><h1 id="er">b</h1></body></html>', encoding="utf-8")
    httpd, basis = _serveer(tmp_path)
    try:
        rijen, resultaat = linkchecker(f"{basis}/a.html")
    finally:
        httpd.shutdown()
    gevonden = "\n".join(problemen(rijen))
    assert "c.html" in gevonden and "#weg" in gevonden and "#er" not in gevonden, gevonden
    assert resultaat.returncode == 1
