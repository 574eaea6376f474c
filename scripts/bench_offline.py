#!/usr/bin/env python3
"""Offline bench (issue 26): what the service worker precaches, and how long until a phone on
a slow network is "offline ready" after its first visit.

* bytes precached (uncompressed, and gzip level 6 as a host sends them) and number of files,
  read from the built ``sw.js`` (the list the worker installs);
* time from the start of the first page load to the moment the worker controls the page
  (it activates only after every precached file is stored), in Debian's Chromium at
  360×740 with the CPU slowed 4× (CDP ``Emulation.setCPUThrottlingRate``) and Lighthouse's
  mobile network: 150 ms round trip, 1.6 Mbit/s down. The network is emulated by the server
  (150 ms before each response, all responses together paced at 1.6 Mbit/s), because CDP
  network emulation of a page does not apply to its service worker's requests.

Budgets: precache ≤ 2 MB gzip, offline ready ≤ 15 s (median of 3). ``run()`` is called by the bench;
alone: ``.venv/bin/python scripts/bench_offline.py [site folder]`` (without one, a build with
SW_PDF=0 is made in a temporary folder).
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import io
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BUDGET_GZIP = 2 * 1024 * 1024
BUDGET_SECONDEN = 15.0
RTT = 0.150
BYTES_PER_S = 1.6e6 / 8
CPU = 4
GZIP_SOORTEN = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv", ".webmanifest")


def precache(site: Path) -> dict:
    tekst = (site / "sw.js").read_text(encoding="utf-8")
    lijst = json.loads(re.search(r"addToCacheList\((\[.*?\])\);", tekst, re.S).group(1))
    ruw = [(site / i["url"]).read_bytes() for i in lijst]
    return {"bestanden": len(lijst), "bytes": sum(map(len, ruw)),
            "gzip": sum(len(gzip.compress(b, 6)) if i["url"].endswith(GZIP_SOORTEN) else len(b)
                        for i, b in zip(lijst, ruw))}


class _Lijn:
    """One shared downlink: every response's bytes go through it at BYTES_PER_S."""

    def __init__(self):
        self.lock, self.vrij = threading.Lock(), time.monotonic()

    def stuur(self, n: int) -> None:
        with self.lock:
            begin = max(self.vrij, time.monotonic())
            self.vrij = begin + n / BYTES_PER_S
            wacht = self.vrij - time.monotonic()
        if wacht > 0:
            time.sleep(wacht)


def _handler(site: Path, lijn: _Lijn):
    # compressed once beforehand, as a host does (bench.py's server too): no compression
    # work in the request path to slow the measurement on a busy machine
    vooraf = {p.resolve(): gzip.compress(p.read_bytes(), 6) for p in site.rglob("*")
              if p.is_file() and p.suffix in GZIP_SOORTEN}

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=str(site), **k)

        def log_message(self, *args):
            pass

        def send_head(self):
            time.sleep(RTT)
            pad = Path(self.translate_path(self.path))
            if pad.is_dir():
                pad = pad / "index.html"
            data = vooraf.get(pad.resolve())
            if data is not None and "gzip" in self.headers.get("Accept-Encoding", ""):
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(pad)))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                return io.BytesIO(data)
            return super().send_head()

        def copyfile(self, bron, doel):
            while blok := bron.read(16384):
                lijn.stuur(len(blok))
                doel.write(blok)
    return Handler


@contextlib.contextmanager
def trage_server(site: Path):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(site, _Lijn()))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()


def offline_klaar(url: str) -> float:
    """Seconds from the start of the first load of ``url`` until a worker controls the page."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        try:
            context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
            page = context.new_page()
            page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": CPU})
            begin = time.monotonic()
            page.goto(url + "index.html", wait_until="commit")
            while not page.evaluate("() => !!(navigator.serviceWorker && navigator.serviceWorker.controller)"):
                if time.monotonic() - begin > 120:
                    raise SystemExit("offline: niet klaar binnen 120 s")
                time.sleep(0.05)
            return time.monotonic() - begin
        finally:
            browser.close()


def run(site: Path, runs: int = 3) -> dict:
    """Precache figures and the median time to offline-ready over ``runs`` fresh browsers."""
    uitkomst = precache(site)
    tijden = []
    for _ in range(runs):
        with trage_server(site) as url:  # a fresh server: no connection or state carried over
            tijden.append(offline_klaar(url))
    uitkomst["klaar_s"], uitkomst["klaar_alle"] = statistics.median(tijden), tijden
    return uitkomst


def toon(u: dict) -> None:
    def ok(goed):
        return "binnen budget" if goed else "BOVEN BUDGET"
    print("Offline (issue 26), 4× CPU, 1,6 Mbit/s, 150 ms RTT")
    print(f"  vooraf in de cache: {u['bestanden']} bestanden, {u['bytes'] / 1024:.0f} kB, "
          f"gzip {u['gzip'] / 1024:.0f} kB (budget {BUDGET_GZIP // 1024} kB: {ok(u['gzip'] <= BUDGET_GZIP)})")
    print(f"  offline klaar na eerste bezoek: {u['klaar_s']:.1f} s, mediaan van "
          f"{', '.join(f'{t:.1f}' for t in u['klaar_alle'])} "
          f"(budget {BUDGET_SECONDEN:.0f} s: {ok(u['klaar_s'] <= BUDGET_SECONDEN)})")


def main(argv: list[str]) -> int:
    if argv:
        u = run(Path(argv[0]))
    else:
        with tempfile.TemporaryDirectory(prefix="sw-offline-") as tmp:
            r = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", tmp],
                               cwd=ROOT, env={**__import__("os").environ, "SW_PDF": "0"}, capture_output=True, text=True)
            if r.returncode:
                print(r.stderr[-3000:], file=sys.stderr)
                return 1
            u = run(Path(tmp))
    toon(u)
    return 0 if u["gzip"] <= BUDGET_GZIP and u["klaar_s"] <= BUDGET_SECONDEN else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
