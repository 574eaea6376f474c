"""What the search benches share (``bench_zoeken`` for ours, ``bench_pagefind`` for Pagefind):
one measurement per engine (``Meting``), Chromium at phone size, bytes as the gzip server sent
them, quantiles. A leaf: imports no other bench module.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.zoeken import harness  # noqa: E402

TELEFOON = {"width": 360, "height": 740}
CPU_VERTRAGING = 4
OPMAAK = {"document", "stylesheet", "font", "image"}


@dataclass
class Meting:
    naam: str
    score: harness.Score
    bytes_eerste: int  # everything from page load to the first result
    bytes_opmaak: int  # of which the page's document, stylesheets, fonts, images
    bytes_zoeken: int  # what search itself transfers: index, engine, worker (the budget)
    bytes_detail: list[tuple[int, str]]
    ms_mediaan: float | None
    ms_p90: float | None
    opmerking: str = ""


# ------------------------------------------------------------------------------ helpers

def _chromium(p):
    from tests.browser.conftest import ARGS, CHROMIUM

    return p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)


def _context(browser):
    return browser.new_context(viewport=TELEFOON, device_scale_factor=2, is_mobile=True, has_touch=True,
                               locale="nl-NL")


def _gzip_lengte(url: str) -> int:
    """Bytes of the body the server sends for ``url`` to a client accepting gzip."""
    import urllib.request

    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept-Encoding": "gzip"}), timeout=30) as r:
        return len(r.read())


class _Bytes:
    """Encoded bytes of every finished response of a context (pages and their workers)."""

    def __init__(self, context):
        self.regels: list[tuple[int, str]] = []
        self.opmaak = 0  # of which document, stylesheet, font, image: the page itself
        self.open: set = set()  # requests started and not yet finished or failed
        context.on("request", lambda r: self.open.add(r))
        context.on("requestfailed", lambda r: self.open.discard(r))
        context.on("requestfinished", self._klaar)

    def wacht(self, page, max_s: float = 30) -> None:
        """Until every request started so far has finished (events arrive asynchronously)."""
        import time

        einde = time.monotonic() + max_s
        page.evaluate("1")  # let pending events be delivered
        while self.open and time.monotonic() < einde:
            page.wait_for_timeout(20)

    def _klaar(self, request):
        self.open.discard(request)
        try:
            s = request.sizes()
        except Exception:  # the page is gone; nothing to count
            return
        n = s["responseBodySize"] + s["responseHeadersSize"]
        if s["responseBodySize"] == 0 and request.method == "GET":
            # Chromium reports no body size for a dedicated worker's own script: fetch it
            # again from the same server, as the browser asked for it (gzip), and count that
            n = s["responseHeadersSize"] + _gzip_lengte(request.url)
        self.regels.append((n, request.url))
        if request.resource_type in OPMAAK:
            self.opmaak += n

    @property
    def totaal(self) -> int:
        return sum(n for n, _ in self.regels)


def _kwantiel(waarden: list[float], q: float) -> float | None:
    if not waarden:
        return None
    w = sorted(waarden)
    return w[min(len(w) - 1, int(q * len(w)))]
