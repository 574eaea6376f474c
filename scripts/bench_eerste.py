"""Time from tapping the search button to the first result (issue 23, item 3), for our search and
for Pagefind, on Lighthouse's mobile profile: CPU 4x slower, 1.6 Mbit/s down, 750 kbit/s up,
150 ms round trip (CDP Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate).

* cold: a fresh browser context (empty cache) opens the home page and waits until it is idle;
  the clock starts at the tap on the search button (ours) or at the call that loads the engine
  (Pagefind's blank page imports nothing until then) and stops when the first result of a
  one-word query is on the screen (ours: the engine contract data-sw-zoekvraag plus a result
  link; Pagefind: search() and data() of the first result);
* warm: the same context opens another page (HTTP cache filled by the cold run) and does it
  again. Median of ``N`` runs each. The query is typed at once, by the page's own script as soon
  as the search field is visible (the time a person takes to type is not the engine's; neither
  is Playwright's: fill() after wait_for() added 0.6-1.0 s of round trips at 4x CPU).
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from scripts.bench_meting import CPU_VERTRAGING, _context  # noqa: E402

N = 5
VRAAG = "sleutelfiguren"
NETWERK = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8}
DOEL_KOUD_MS, DOEL_WARM_MS = 800, 300

PAGEFIND_EERSTE = "sw-pagefind-eerste.html"
PAGEFIND_EERSTE_HTML = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pagefind eerste</title></head>
<body><script type="module">
window.swEerste = async (vraag) => {
  const t0 = performance.now();
  const pf = await import('./pagefind/pagefind.js');
  await pf.options({});
  const r = await pf.search(vraag);
  const d = r.results.length ? await r.results[0].data() : null;
  return [performance.now() - t0, d ? d.url : null];
};
</script></body></html>
"""

_TIK = """(v) => new Promise((klaar) => {
  const knop = document.querySelector('label.md-header__button[for="__search"]');
  /* the clock stops in the page too, at the first frame after the answer to v is rendered:
   * Playwright's own polling started late on a fresh page at 4x CPU (0.2 s rendered, 1.1 s read) */
  window.__swKlaar = null;
  const kijk = new MutationObserver(() => {
    const r = document.querySelector('.md-search-result');
    if (!(r && r.getAttribute('data-sw-zoekvraag') === v && document.querySelector('a.md-search-result__link'))) return;
    kijk.disconnect();
    requestAnimationFrame(() => { window.__swKlaar = performance.now() - window.__swTik; });
  });
  kijk.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-sw-zoekvraag'] });
  window.__swTik = performance.now();
  knop.click();
  /* the query goes in as soon as the field is on the screen, from the page itself: Playwright's
   * fill() needs round trips that took 0.6-1.0 s at 4x CPU (measured), counted as search time */
  const typ = () => {
    const invoer = document.querySelector('input.md-search__input');
    if (!invoer || !invoer.getClientRects().length || getComputedStyle(invoer).visibility === 'hidden') {
      requestAnimationFrame(typ);
      return;
    }
    invoer.value = v;
    invoer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: v }));
    klaar(true);
  };
  typ();
})"""
_KLAAR = """() => window.__swKlaar"""


def _profiel(context, page) -> None:
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", NETWERK)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_VERTRAGING})


def _eens_onze(page, url: str, vraag: str) -> float:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.evaluate(_TIK, vraag)
    handle = page.wait_for_function(_KLAAR, timeout=120_000, polling="raf")
    return float(handle.json_value())


def meet_onze(browser, basis: str, vraag: str = VRAAG, n: int = N) -> tuple[list[float], list[float]]:
    """(cold ms, warm ms), ``n`` runs each."""
    koud, warm = [], []
    for _ in range(n):
        context = _context(browser)
        page = context.new_page()
        _profiel(context, page)
        koud.append(_eens_onze(page, basis + "index.html", vraag))
        page2 = context.new_page()
        _profiel(context, page2)
        warm.append(_eens_onze(page2, basis + "hoofdstuk-1/index.html", vraag))
        context.close()
    return koud, warm


def pagefind_pagina(pf_site: Path) -> None:
    (pf_site / PAGEFIND_EERSTE).write_text(PAGEFIND_EERSTE_HTML, encoding="utf-8")


def meet_pagefind(browser, basis: str, vraag: str = VRAAG, n: int = N) -> tuple[list[float], list[float]]:
    koud, warm = [], []
    for _ in range(n):
        context = _context(browser)
        for lijst in (koud, warm):
            page = context.new_page()
            _profiel(context, page)
            page.goto(basis + PAGEFIND_EERSTE)
            page.wait_for_load_state("networkidle")
            ms, url = page.evaluate("(v) => window.swEerste(v)", vraag)
            if url is None:
                raise SystemExit(f"Pagefind vond niets voor {vraag!r}")
            lijst.append(float(ms))
        context.close()
    return koud, warm


def toon(onze: tuple[list[float], list[float]], pf: tuple[list[float], list[float]]) -> bool:
    """Print the table; True when ours meets the targets."""
    print(f"\nEerste resultaat na de tik op de zoekknop ('{VRAAG}'; {CPU_VERTRAGING}× CPU, 1,6 Mbit/s, "
          f"150 ms RTT; mediaan van {N}):")
    regels = [("zoekmachine", "koud (lege cache)", "warm (cache)")]
    regels.append(("doel", f"≤ {DOEL_KOUD_MS} ms", f"≤ {DOEL_WARM_MS} ms"))
    for naam, (k, w) in (("onze zoekfunctie", onze), ("Pagefind", pf)):
        regels.append((naam, f"{statistics.median(k):.0f} ms", f"{statistics.median(w):.0f} ms"))
    breedte = [max(len(r[i]) for r in regels) for i in range(3)]
    for r in regels:
        print("  " + "  ".join(c.ljust(breedte[i]) for i, c in enumerate(r)))
    goed = statistics.median(onze[0]) <= DOEL_KOUD_MS and statistics.median(onze[1]) <= DOEL_WARM_MS
    print(f"  Doel eerste resultaat: {'ja' if goed else 'NEE'}")
    return goed
