"""Pagefind as the reference engine of the search bench: PyPI ``pagefind[bin]`` (exact pin in
requirements.txt; the binary comes in the wheel) indexes the same built pages and is queried
through its JS API in rank order (``meet_pagefind``).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.zoeken import harness  # noqa: E402

from scripts.bench_meting import CPU_VERTRAGING, Meting, _Bytes, _context, _kwantiel  # noqa: E402,F401

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
