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
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.zoeken import harness  # noqa: E402

from scripts.bench_meting import CPU_VERTRAGING, Meting, _Bytes, _chromium, _context, _kwantiel  # noqa: E402
from scripts.bench_pagefind import meet_pagefind, pagefind_index  # noqa: E402

DOEL_KB = 150
DOEL_MS = 100


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
    from scripts import bench_server as bench  # the same gzip servers as Lighthouse uses

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
    sys.exit(main())
