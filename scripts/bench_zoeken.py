#!/usr/bin/env python3
"""Search bench (part of `make bench`; alone: `scripts/bench.py --alleen zoeken`).

On one built site, in one run, in Debian's Chromium at 360×740:

* OUR search, typed into the site's own search field (tests/zoeken/harness.py), and
  Pagefind (PyPI `pagefind[bin]`, exact pin in requirements.txt; the binary comes in the
  wheel) indexing the same built pages, queried through its JS API in rank order;
* quality on the public query set tests/zoeken/zoekvragen.yml: recall@5, MRR, empty results;
* bytes transferred (encoded, as the gzip server sent them) until the first result of the
  first query is shown, in a fresh browser context (empty cache): what search itself
  transfers (index, engine, worker: everything requested after the page has loaded and gone
  network-idle; for Pagefind everything but its blank test page's document) is the budget,
  and the total from page load is printed beside it ("incl. pagina");
* time from the last keystroke to the rendered results with the CPU slowed 4×
  (CDP Emulation.setCPUThrottlingRate), median over the set. For Pagefind: the time of
  `pagefind.search(q)` plus `.data()` of the first five results (what a UI needs).

Targets (issue 12): ahead of Pagefind on recall and MRR, ≤ 150 KB of search transfer before the first result,
≤ 100 ms per keystroke throttled. Our search is read through the engine contract
(`data-sw-zoekvraag`); a site without it (today's Material search) is measured in the
harness's clearly marked Material fallback mode (--modus auto picks that by itself).
"""

from __future__ import annotations

import contextlib
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.zoeken import harness  # noqa: E402

TELEFOON = {"width": 360, "height": 740}
CPU_VERTRAGING = 4
DOEL_KB = 150
DOEL_MS = 100
OPMAAK = {"document", "stylesheet", "font", "image"}
PAGEFIND_TOP = 10  # results whose data() is loaded: the depth of the ranking compared
PAGEFIND_PAGINA = "sw-pagefind-bench.html"
PAGEFIND_HTML = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pagefind bench</title></head>
<body><script type="module">
window.pagefindKlaar = import('./pagefind/pagefind.js').then(async (pf) => {
  await pf.options({});
  window.pf = pf;
  return true;
});
</script></body></html>
"""
# Runs one Pagefind query in the page; returns [urls in rank order, ms for search + data()
# of the first five results].
PAGEFIND_ZOEK_JS = """
async ([vraag, top]) => {
  await window.pagefindKlaar;
  const t0 = performance.now();
  const r = await window.pf.search(vraag);
  const eerste = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
  const ms = performance.now() - t0;
  const rest = await Promise.all(r.results.slice(5, top).map((x) => x.data()));
  return [[...eerste, ...rest].map((d) => d.url), ms];
}
"""


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


def kies_modus(browser, basis: str, vraag: str) -> str:
    """'contract' when the site's search sets data-sw-zoekvraag, else 'material' (baseline)."""
    context = _context(browser)
    harness.installeer_meter(context)
    page = context.new_page()
    try:
        page.goto(basis + "index.html")
        harness.open_zoeken(page)
        harness.zoek(page, vraag, basis, "material")
        heeft = page.evaluate("() => document.querySelector('.md-search-result').hasAttribute('data-sw-zoekvraag')")
        return "contract" if heeft else "material"
    finally:
        context.close()


# ------------------------------------------------------------------------------ our search

def meet_onze(browser, basis: str, vragen, modus: str) -> Meting:
    # 1. quality, unthrottled
    context = _context(browser)
    harness.installeer_meter(context)
    score = harness.draai_set(context.new_page(), basis, vragen, modus)
    context.close()

    # 2. bytes from page load to the first result of the first query (fresh context = empty cache)
    context = _context(browser)
    harness.installeer_meter(context)
    teller = _Bytes(context)
    page = context.new_page()
    page.goto(basis + "index.html")
    page.wait_for_load_state("networkidle")  # the page as every visitor gets it, search not yet used
    teller.wacht(page)
    pagina = teller.totaal
    harness.open_zoeken(page)
    harness.zoek(page, vragen[0].vraag, basis, modus)
    teller.wacht(page)
    bytes_eerste, opmaak, detail = teller.totaal, teller.opmaak, sorted(teller.regels, reverse=True)
    bytes_zoeken = bytes_eerste - pagina
    context.close()

    # 3. latency per query, CPU slowed 4x
    context = _context(browser)
    harness.installeer_meter(context)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_VERTRAGING})
    traag = harness.draai_set(page, basis, vragen, modus)
    context.close()
    tijden = [u.ms for u in traag.uitslagen if u.ms is not None]
    opm = "" if modus == "contract" else (
        f"Material-terugvalmodus: tijd tot de laatste wijziging van de lijst; wacht {harness.MATERIAL_STIL_MS} ms stilte")
    return Meting("onze zoekfunctie", score, bytes_eerste, opmaak, bytes_zoeken, detail,
                  statistics.median(tijden) if tijden else None, _kwantiel(tijden, 0.9), opm)


# ------------------------------------------------------------------------------ pagefind

def pagefind_versie() -> str:
    from importlib.metadata import version

    return version("pagefind_bin")


def pagefind_index(site: Path, doel: Path) -> Path:
    """Copy the built site to ``doel`` and index it there with Pagefind (the main content,
    the <article>, like our index; blocks marked data-search-exclude left out). Returns ``doel``."""
    shutil.copytree(site, doel, ignore=shutil.ignore_patterns("*.gz"))
    r = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(doel), "--output-subdir", "pagefind",
                        "--root-selector", "article", "--exclude-selectors", "[data-search-exclude]",
                        "--force-language", "nl", "--quiet"],
                       capture_output=True, text=True, timeout=600)
    if r.returncode != 0 or not (doel / "pagefind" / "pagefind.js").exists():
        raise SystemExit(f"pagefind faalde (exit {r.returncode}):\n{r.stdout[-2000:]}{r.stderr[-2000:]}")
    (doel / PAGEFIND_PAGINA).write_text(PAGEFIND_HTML, encoding="utf-8")
    # The reference engine runs on its own blank page without our Content-Security-Policy:
    # Pagefind needs an inline module script and WebAssembly, which the site's policy forbids.
    (doel / "_headers.nginx.conf").write_text("", encoding="utf-8")
    return doel


def _pagefind_zoek(page, basis: str, vraag: str, top: int = PAGEFIND_TOP) -> tuple[list[str], float]:
    urls, ms = page.evaluate(PAGEFIND_ZOEK_JS, [vraag, top])
    paginas = []
    for u in urls:
        p = harness.site_relatief(basis.rstrip("/") + "/" + u.lstrip("/"), basis)
        if p and p not in paginas:
            paginas.append(p)
    return paginas, ms


def meet_pagefind(browser, basis: str, vragen) -> Meting:
    context = _context(browser)
    page = context.new_page()
    page.goto(basis + PAGEFIND_PAGINA)
    score = harness.Score()
    for v in vragen:
        paginas, ms = _pagefind_zoek(page, basis, v.vraag)
        score.uitslagen.append(harness.Uitslag(v, paginas, ms))
    context.close()

    context = _context(browser)
    teller = _Bytes(context)
    page = context.new_page()
    page.goto(basis + PAGEFIND_PAGINA)
    _pagefind_zoek(page, basis, vragen[0].vraag, top=5)  # what a result list shows first
    teller.wacht(page)
    bytes_eerste, opmaak, detail = teller.totaal, teller.opmaak, sorted(teller.regels, reverse=True)
    context.close()

    context = _context(browser)
    page = context.new_page()
    context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": CPU_VERTRAGING})
    page.goto(basis + PAGEFIND_PAGINA)
    tijden = [_pagefind_zoek(page, basis, v.vraag)[1] for v in vragen]
    context.close()
    # the blank test page's document is the page; everything else is Pagefind's
    return Meting(f"Pagefind {pagefind_versie()}", score, bytes_eerste, opmaak, bytes_eerste - opmaak, detail,
                  statistics.median(tijden), _kwantiel(tijden, 0.9),
                  "JS-API, index van <article>; tijd = search() + data() van de eerste 5; "
                  "bytes: lege testpagina + pagefind/")


# ------------------------------------------------------------------------------ report

def _ms(x: float | None) -> str:
    return "-" if x is None else f"{x:.0f} ms"


def toon(metingen: list[Meting], server: str, modus: str, n: int) -> bool:
    """Print the table; True when our search meets every target."""
    onze, pf = metingen
    print(f"\nZoeken: {n} vragen (tests/zoeken/zoekvragen.yml), Chromium 360×740; server: {server}; "
          f"onze zoekfunctie gelezen in modus '{modus}'")
    kop = ("zoekmachine", "recall@5", "MRR", "leeg", "KB zoeken vóór 1e resultaat", "KB incl. pagina",
           f"ms/toets ({CPU_VERTRAGING}× CPU) mediaan", "p90")
    doel = ("doel", f"> {pf.score.recall:.3f}", f"> {pf.score.mrr:.3f}", "0", f"≤ {DOEL_KB}", "", f"≤ {DOEL_MS}", "")
    regels = [kop, doel]
    for m in metingen:
        regels.append((m.naam, f"{m.score.recall:.3f}", f"{m.score.mrr:.3f}", f"{m.score.leeg}",
                       f"{m.bytes_zoeken / 1024:.1f}", f"{m.bytes_eerste / 1024:.1f}", _ms(m.ms_mediaan), _ms(m.ms_p90)))
    breedte = [max(len(r[i]) for r in regels) for i in range(len(kop))]
    for j, r in enumerate(regels):
        print("  " + "  ".join(c.ljust(breedte[i]) for i, c in enumerate(r)))
        if j == 1:
            print("  " + "  ".join("-" * b for b in breedte))
    for m in metingen:
        print(f"  {m.naam}: {harness.samenvatting(m.score)}")
        if m.opmerking:
            print(f"    ({m.opmerking})")
        print("    grootste overdrachten vóór het 1e resultaat: " + "; ".join(
            f"{u.split('/', 3)[-1]} {b / 1024:.1f} KB" for b, u in m.bytes_detail[:5]))
    print("  Gemist door onze zoekfunctie (niet in de top 5):")
    print("    " + harness.tabel_mislukt(onze.score).replace("\n", "\n    "))
    eisen = {
        "recall boven Pagefind": onze.score.recall > pf.score.recall,
        "MRR boven Pagefind": onze.score.mrr > pf.score.mrr,
        f"≤ {DOEL_KB} KB zoeken vóór 1e resultaat": onze.bytes_zoeken <= DOEL_KB * 1024,
        f"≤ {DOEL_MS} ms per toets": onze.ms_mediaan is not None and onze.ms_mediaan <= DOEL_MS,
    }
    print("  Doelen: " + ", ".join(f"{k}: {'ja' if v else 'NEE'}" for k, v in eisen.items()))
    return all(eisen.values())


@contextlib.contextmanager
def _serveer(site: Path, server: str):
    import bench  # scripts/bench.py: the same gzip servers as Lighthouse uses

    if server == "nginx" and not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
        print("nginx ontbreekt: val terug op python http.server met voorgecomprimeerde bestanden")
        server = "python"
    with (bench.nginx if server == "nginx" else bench.python_server)(site) as (basis, hoe):
        yield basis.rstrip("/") + "/", hoe


def bench_zoeken(site: Path, server: str = "nginx", modus: str = "auto") -> bool:
    """Measure our search and Pagefind on the built ``site`` and print the table.

    ``server``: 'nginx' (gzip 6) or 'python' (precompressed gzip 6). ``modus``: 'contract',
    'material' (baseline fallback) or 'auto'. Returns True when our search meets the targets.
    """
    from playwright.sync_api import sync_playwright

    vragen = harness.laad_zoekvragen()
    werk = Path(tempfile.mkdtemp(prefix="sw-zoekbench-"))
    try:
        onze_site = werk / "site"
        shutil.copytree(site, onze_site, ignore=shutil.ignore_patterns("*.gz"))
        pf_site = pagefind_index(site, werk / "pagefind-site")
        with sync_playwright() as p:
            browser = _chromium(p)
            with _serveer(onze_site, server) as (basis, hoe):
                if modus == "auto":
                    modus = kies_modus(browser, basis, vragen[0].vraag)
                onze = meet_onze(browser, basis, vragen, modus)
            with _serveer(pf_site, server) as (basis_pf, _):
                pf = meet_pagefind(browser, basis_pf, vragen)
            browser.close()
        return toon([onze, pf], hoe, modus, len(vragen))
    finally:
        shutil.rmtree(werk, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Zoekbench: onze zoekfunctie en Pagefind op dezelfde gebouwde site")
    ap.add_argument("site", type=Path, help="map met de gebouwde site (bijv. site/ na `SW_PDF=0 make site`)")
    ap.add_argument("--server", choices=("nginx", "python"), default="nginx")
    ap.add_argument("--modus", choices=("auto", "contract", "material"), default="auto")
    args = ap.parse_args(argv)
    return 0 if bench_zoeken(args.site, args.server, args.modus) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
