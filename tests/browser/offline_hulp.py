"""Helpers for the offline tests: a server that serves a built site under a sub-path, with the
site's security headers and a host's caching, whose folder can be swapped for a newer build
(a publication), and a poll that works under the site's CSP (Playwright's wait_for_function
evaluates a string, which ``script-src 'self'`` blocks; ``page.evaluate`` of a function works)."""

from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from macros.plichten.beveiliging import alle_koppen


class Bediening:
    """``map`` over http://127.0.0.1:<port><prefix>; ``wissel(map)`` publishes another build."""

    def __init__(self, map_: Path, prefix: str = "/"):
        self.map, self.prefix = Path(map_), prefix
        bediening = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def translate_path(self, path):
                pad = unquote(urlsplit(path).path)
                if not pad.startswith(bediening.prefix):
                    return str(bediening.map / "__niet_hier__")
                deel = pad[len(bediening.prefix):]
                doel = bediening.map / deel
                if doel.is_dir():
                    doel = doel / "index.html"
                return str(doel)

            def end_headers(self):
                for naam, waarde in alle_koppen().items():
                    self.send_header(naam, waarde)
                self.send_header("Cache-Control", "max-age=600")  # as GitHub Pages
                super().end_headers()

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{self.prefix}"

    def wissel(self, map_: Path) -> None:
        self.map = Path(map_)

    def stop(self) -> None:
        self.httpd.shutdown()


def wacht(page, functie: str, arg=None, tijd: float = 30.0, stap: float = 0.1):
    """Polls ``page.evaluate(functie, arg)`` until it is truthy; returns that value."""
    einde = time.monotonic() + tijd
    while True:
        waarde = page.evaluate(functie, arg)
        if waarde:
            return waarde
        if time.monotonic() > einde:
            raise AssertionError(f"niet binnen {tijd} s: {functie}")
        time.sleep(stap)


#: True once a service worker controls the page (after its precache completed: the worker
#: activates only when every precached file has been stored).
GECONTROLEERD = "() => !!navigator.serviceWorker && !!navigator.serviceWorker.controller"


def html_paginas(site: Path) -> list[str]:
    """Every HTML page of the built site (relative paths), 404.html aside."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html")
