#!/usr/bin/env python3
"""Tap bench (issue 24): how long each tool takes to answer a tap, as a new user on a phone.

    .venv/bin/python scripts/bench_tikken.py [--runs 3] [--site DIR] [--server nginx|python]

Chromium (Debian's package) through Playwright at 360×740 with touch, the CPU slowed down 4×
(CDP Emulation.setCPUThrottlingRate, as Lighthouse's mobile profile assumes), the site served
with gzip (nginx like `make bench`, or Python's http.server with precompressed files). Each
tool is opened in a fresh browser context (empty storage), and its real controls are tapped at
the start, the middle and the end of the tool (radios, boxes, filters, a keystroke in a
note). The duration of an interaction is what Interaction to Next Paint (INP) is built on: the
Event Timing API (PerformanceObserver 'event' entries, durationThreshold 16, plus
'first-input'), the longest entry with that interactionId, from the input to the next paint.
A tap whose entries all stay under the 16 ms threshold counts as 16 ms.

Also per page: the long tasks (> 50 ms) while the page loads at 4× CPU, as blocking time
(sum of the part over 50 ms, from the first paint until the tool is ready), and the HTML
weight (bytes on the wire with gzip, and unpacked). Lighthouse's own Total Blocking Time is
printed by scripts/bench.py next to its scores.

`meet_tikken(basis_url)` returns one row per tool; `make bench` prints them (scripts/bench.py).
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.bench_tabel import toon_tabel  # noqa: E402

GRENS_MS = 200        # a good INP (web.dev): every tap answered within this
DREMPEL_MS = 16       # the smallest durationThreshold the Event Timing API allows
CPU = 4               # Lighthouse's mobile CPU slowdown

# tool, page, selector of "ready", taps: (label, kind, selector, index) with index 0 = first,
# "midden" = the middle one, -1 = the last of the matches. kind: "tik" (tap) or "typ" (tap
# into the field, then one keystroke measured).
_WS = "[data-ws-indicator]"
_FILTER = "[data-sw-filter] form input[type=checkbox]"
TOOLS = [
    ("wijkscan", "wijkscan.html", "[data-sw-wijkscan][data-sw-gereed]", [
        ("radio 1", "tik", f"{_WS} input[type=radio][value='1']", 0),
        ("notitie 1", "typ", f"{_WS} textarea", 0),
        ("radio midden", "tik", f"{_WS} input[type=radio][value='5']", "midden"),
        ("notitie midden", "typ", f"{_WS} textarea", "midden"),
        ("radio laatste", "tik", f"{_WS} input[type=radio][value=weet-niet]", -1),
        ("notitie laatste", "typ", f"{_WS} textarea", -1),
    ]),
    ("checklist", "hulpvragen/index.html", "[data-sw-checklist][data-sw-gereed]", [
        ("vraag 1", "tik", "li.sw-cl-vraag input[type=checkbox]", 0),
        ("notitie 1", "typ", "li.sw-cl-vraag textarea", 0),
        ("vraag midden", "tik", "li.sw-cl-vraag input[type=checkbox]", "midden"),
        ("vraag laatste", "tik", "li.sw-cl-vraag input[type=checkbox]", -1),
        ("notitie laatste", "typ", "li.sw-cl-vraag textarea", -1),
    ]),
    ("interventies", "interventies/overzicht.html", "[data-sw-filter] details:not([hidden])", [
        ("filters open", "tik", "[data-sw-filter] details > summary", 0),
        ("filter 1", "tik", _FILTER, 0),
        ("filter midden", "tik", _FILTER, "midden"),
        ("filter laatste", "tik", _FILTER, -1),
        ("wissen", "tik", "[data-sw-filter] [data-actie=wis]", 0),
    ]),
    ("factorverkenner", "factoren/verkenner.html", "[data-sw-filter] details:not([hidden])", [
        ("filters open", "tik", "[data-sw-filter] details > summary", 0),
        ("filter 1", "tik", _FILTER, 0),
        ("filter midden", "tik", _FILTER, "midden"),
        ("filter laatste", "tik", _FILTER, -1),
        ("wissen", "tik", "[data-sw-filter] [data-actie=wis]", 0),
    ]),
    ("past het", "interventies/buurtvaders.html", "[data-sw-passend]", [
        ("punt 1", "tik", "[data-sw-passend] input[type=checkbox]", 0),
        ("punt midden", "tik", "[data-sw-passend] input[type=checkbox]", "midden"),
        ("punt laatste", "tik", "[data-sw-passend] input[type=checkbox]", -1),
        ("notitie", "typ", "[data-sw-passend] textarea", 0),
    ]),
    ("pakket", "bijeenkomstpakket.html", "[data-sw-pakket-keuze]", [
        ("keuze 1", "tik", "[data-sw-pakket-keuze] input[type=checkbox]", 0),
        ("keuze midden", "tik", "[data-sw-pakket-keuze] input[type=checkbox]", "midden"),
        ("keuze laatste", "tik", "[data-sw-pakket-keuze] input[type=checkbox]", -1),
    ]),
]

# Recorded from the first byte of the document on: Event Timing entries, first input, long tasks.
WAARNEMER = """
(() => {
  const et = window.__swEt = [], lt = window.__swLt = [];
  const zet = (l) => { for (const e of l.getEntries()) et.push({ naam: e.name, duur: e.duration,
    id: e.interactionId || 0, start: e.startTime, soort: e.entryType }); };
  try { new PerformanceObserver(zet).observe({ type: "event", durationThreshold: 16, buffered: true }); } catch (x) {}
  try { new PerformanceObserver(zet).observe({ type: "first-input", buffered: true }); } catch (x) {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) lt.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true }); } catch (x) {}
})();
"""
# Two frames and a breath: Event Timing entries are queued after the next paint.
NA_VERF = "() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 60))))"


def _element(page, selector: str, index):
    lijst = page.locator(selector)
    n = lijst.count()
    assert n, f"geen {selector}"
    i = n // 2 if index == "midden" else (index % n)
    return lijst.nth(i)


def _duur_sinds(page, t0: float) -> float:
    """Duration of the interaction(s) since t0: the longest Event Timing entry with an
    interactionId (each interaction is as long as its longest event)."""
    entries = page.evaluate("t0 => window.__swEt.filter((e) => e.start >= t0 && e.id)", t0)
    return max([e["duur"] for e in entries] + [DREMPEL_MS])


def _blokkeer_tijd(page) -> float:
    """Blocking time while loading: the part over 50 ms of every long task after first paint."""
    return page.evaluate("""() => {
      const fp = (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime || 0;
      return window.__swLt.filter(([s, d]) => s + d > fp)
        .reduce((t, [s, d]) => t + Math.max(0, d - Math.max(0, fp - s) - 50), 0);
    }""")


def meet_tool(browser, basis_url: str, tool) -> dict:
    naam, pad, gereed, tikken = tool
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True, locale="nl-NL")
    try:
        context.add_init_script(WAARNEMER)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU})
        page.goto(f"{basis_url}/{pad}", wait_until="load")
        page.wait_for_selector(gereed, state="attached", timeout=60000)
        page.evaluate(NA_VERF)
        laden = _blokkeer_tijd(page)
        page.wait_for_timeout(500)
        duren = []
        for label, soort, selector, index in tikken:
            el = _element(page, selector, index)
            el.scroll_into_view_if_needed()
            page.evaluate(NA_VERF)
            t0 = page.evaluate("performance.now()")
            el.tap()
            page.evaluate(NA_VERF)
            if soort == "typ":
                t0 = page.evaluate("performance.now()")
                page.keyboard.type("x")
                page.evaluate(NA_VERF)
            duren.append((label, _duur_sinds(page, t0)))
            page.wait_for_timeout(300)  # a person is slower than this between two taps
        eerste = page.evaluate("(window.__swEt.find((e) => e.soort === 'first-input') || {}).duur || 0")
        return {"tool": naam, "pagina": pad, "tikken": duren, "eerste_invoer_ms": eerste,
                "laden_blokkeer_ms": laden, **html_gewicht(basis_url, pad)}
    finally:
        context.close()


def html_gewicht(basis_url: str, pad: str) -> dict:
    verzoek = urllib.request.Request(f"{basis_url}/{pad}", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(verzoek) as r:
        ruw = r.read()
        gz = r.headers.get("Content-Encoding") == "gzip"
    return {"html_gzip": len(ruw) if gz else len(gzip.compress(ruw, 6)),
            "html_bytes": len(gzip.decompress(ruw)) if gz else len(ruw)}


def meet_tikken(basis_url: str, runs: int = 1, tools: list[str] | None = None) -> list[dict]:
    """One row per tool: every tap's duration (ms) per run, and per tool the slowest and the
    median tap over all runs, the load blocking time (median) and the page's HTML weight."""
    from playwright.sync_api import sync_playwright

    from scripts.bench_lighthouse import CHROME

    metingen: dict[str, list[dict]] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROME, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        try:
            for _ in range(runs):
                for tool in TOOLS:
                    if tools and tool[0] not in tools:
                        continue
                    metingen.setdefault(tool[0], []).append(meet_tool(browser, basis_url, tool))
        finally:
            browser.close()
    rijen = []
    for naam, lijst in metingen.items():
        alle = [d for m in lijst for _, d in m["tikken"]]
        per_tik = {}
        for m in lijst:
            for label, d in m["tikken"]:
                per_tik.setdefault(label, []).append(d)
        rijen.append({
            "tool": naam, "pagina": lijst[0]["pagina"], "runs": len(lijst), "tikken": len(alle),
            "traagste_ms": max(alle), "mediaan_ms": statistics.median(alle),
            "traagste_per_run": [max(d for _, d in m["tikken"]) for m in lijst],
            "per_tik": {k: statistics.median(v) for k, v in per_tik.items()},
            "eerste_invoer_ms": statistics.median(m["eerste_invoer_ms"] for m in lijst),
            "laden_blokkeer_ms": statistics.median(m["laden_blokkeer_ms"] for m in lijst),
            "html_gzip": lijst[0]["html_gzip"], "html_bytes": lijst[0]["html_bytes"],
        })
    return rijen


def toon_tikken(rijen: list[dict]) -> bool:
    """Prints the table; True when every tap of every tool stayed within GRENS_MS."""
    print(f"\nTikken (Event Timing, CPU {CPU}× vertraagd, 360×740, gzip; begin, midden en eind van elk "
          f"hulpmiddel; {rijen[0]['runs']} run(s), een tik onder {DREMPEL_MS} ms telt als {DREMPEL_MS} ms)")
    kop = ("hulpmiddel", "traagste", "mediaan", "per run traagste", "blokkeert bij laden", "HTML (gzip/uitgepakt)")
    regels = [kop]
    for r in rijen:
        regels.append((r["tool"], f"{r['traagste_ms']:.0f} ms" + ("" if r["traagste_ms"] <= GRENS_MS else " ✗"),
                       f"{r['mediaan_ms']:.0f} ms", "/".join(f"{x:.0f}" for x in r["traagste_per_run"]),
                       f"{r['laden_blokkeer_ms']:.0f} ms",
                       f"{r['html_gzip'] / 1024:.1f} / {r['html_bytes'] / 1024:.1f} KB"))
    toon_tabel(regels)
    for r in rijen:
        print(f"  {r['tool']}: " + ", ".join(f"{k} {v:.0f}" for k, v in r["per_tik"].items()))
    return all(r["traagste_ms"] <= GRENS_MS for r in rijen)


def main(argv: list[str] | None = None) -> int:
    from scripts import bench_bouw, bench_lighthouse, bench_server

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--site", type=Path, help="een gebouwde site (anders: nu bouwen, zonder PDF's)")
    ap.add_argument("--server", choices=("nginx", "python"), default="nginx")
    ap.add_argument("--tool", action="append", choices=[t[0] for t in TOOLS], help="alleen dit hulpmiddel (herhaalbaar)")
    ap.add_argument("--lighthouse", type=int, default=0, metavar="RUNS",
                    help="ook Lighthouse (mobiel) op de pagina's van bench_lighthouse.PAGINAS, mediaan van RUNS")
    ap.add_argument("--lighthouse-cli", type=Path, default=None, help="een andere lighthouse/cli/index.js")
    args = ap.parse_args(argv)
    if args.lighthouse_cli:
        bench_lighthouse.LIGHTHOUSE = args.lighthouse_cli
    site = args.site
    if site is None:
        site = Path(tempfile.mkdtemp(prefix="sw-tikken-")) / "site"
        bouwtijd = bench_bouw.bouw(bench_lighthouse.ROOT, site, SW_PDF="0")
        print(f"gebouwd in {bouwtijd:.1f} s: {site}")
    server = args.server
    if server == "nginx" and not shutil.which("nginx") and not Path("/usr/sbin/nginx").exists():
        server = "python"
    serveer = bench_server.nginx if server == "nginx" else bench_server.python_server
    begin = time.perf_counter()
    with serveer(site) as (basis, hoe):
        print(f"server: {hoe}")
        rijen = meet_tikken(basis, args.runs, args.tool)
    ok = toon_tikken(rijen)
    print(f"({time.perf_counter() - begin:.0f} s)")
    if args.lighthouse:
        rapport = Path(tempfile.mkdtemp(prefix="sw-tikken-lh-"))
        lh, hoe, lh_ok = bench_lighthouse.lighthouse_tabel(site, args.lighthouse, server, rapport)
        bench_lighthouse.toon_lighthouse(lh, hoe, args.lighthouse)
        ok = ok and lh_ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
