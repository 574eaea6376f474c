"""Lighthouse bench: Lighthouse 12.2.3 (npm, node_modules/), mobile preset (Moto G-class screen,
simulated slow 4G, 4× CPU slowdown) on the pages of PAGINAS, served like production
(``bench_server``). Per page the median of --runs runs (by performance score, as Lighthouse
CI picks it), checked against BUDGETTEN.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from scripts.bench_server import nginx, python_server  # noqa: E402
from scripts.bench_tabel import toon_tabel  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROME = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
                "--disable-background-networking --disable-component-update --disable-sync "
                "--disable-dev-shm-usage")

PAGINAS = [
    ("home", "index.html"),
    ("hoofdstuk", "hoofdstuk-2/gezinsniveau.html"),
    ("factortabel", "bijlagen/bijlage-1.html"),
    ("interventiekaart", "interventies/buurtvaders.html"),
    ("checklist", "hulpvragen/index.html"),
    ("literatuur", "literatuur.html"),
    # the tools (issue 16): filters and comparison, factor explorer, wijkscan, meeting pack
    ("interventies", "interventies/overzicht.html"),
    ("factorverkenner", "factoren/verkenner.html"),
    ("wijkscan", "wijkscan.html"),
    ("pakket", "bijeenkomstpakket.html"),
]

# name, extraction key, comparison, limit, unit
BUDGETTEN = {
    "perf": (">=", 98),
    "a11y": (">=", 100),
    "bp": (">=", 100),
    "seo": (">=", 95),
    "overdracht_kb": ("<=", 150),
    "ongecomprimeerd_kb": ("<=", 300),
    "lcp_s": ("<=", 2.0),
    "tbt_ms": ("<=", 150),
    "derden": ("<=", 0),
}


def lighthouse(url: str, uit: Path) -> dict:
    env = dict(os.environ, CHROME_PATH=CHROME)
    r = subprocess.run(
        ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={uit}",
         "--only-categories=performance,accessibility,best-practices,seo",
         f"--chrome-flags={CHROME_FLAGS}", "--locale=nl"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    if r.returncode != 0 or not uit.exists():
        raise SystemExit(f"lighthouse {url} mislukt (exit {r.returncode}):\n{r.stderr[-3000:]}")
    return json.loads(uit.read_text(encoding="utf-8"))


def meet(lhr: dict, basis: str) -> dict:
    cat = lhr["categories"]
    audits = lhr["audits"]
    verzoeken = audits["network-requests"]["details"]["items"]
    eigen = urlsplit(basis).netloc
    derden = [v["url"] for v in verzoeken
              if urlsplit(v["url"]).scheme in ("http", "https", "ws", "wss") and urlsplit(v["url"]).netloc != eigen]
    lcp = audits["largest-contentful-paint"].get("numericValue")
    return {
        "perf": round(cat["performance"]["score"] * 100),
        "a11y": round(cat["accessibility"]["score"] * 100),
        "bp": round(cat["best-practices"]["score"] * 100),
        "seo": round(cat["seo"]["score"] * 100),
        "overdracht_kb": audits["total-byte-weight"]["numericValue"] / 1024,
        "ongecomprimeerd_kb": sum(v.get("resourceSize") or 0 for v in verzoeken) / 1024,
        "lcp_s": (lcp or 0) / 1000,
        "tbt_ms": audits["total-blocking-time"].get("numericValue") or 0,
        "derden": len(derden),
        "verzoeken": len(verzoeken),
        "_derden": derden,
        "_afgekeurd": {
            c: [f"{a['id']}" for a in (audits[ref["id"]] for ref in cat[c]["auditRefs"] if ref.get("weight", 0) > 0)
                if a.get("score") is not None and a["score"] < 1]
            for c in ("accessibility", "best-practices", "seo")
        },
        "_grootste": sorted(((v.get("transferSize") or 0, v.get("resourceSize") or 0, v["url"]) for v in verzoeken),
                            reverse=True)[:6],
    }


def binnen_budget(sleutel: str, waarde) -> bool:
    op, grens = BUDGETTEN[sleutel]
    return waarde >= grens if op == ">=" else waarde <= grens + 1e-9


def lighthouse_tabel(site: Path, runs: int, server: str, rapport: Path,
                     paginas: list[tuple[str, str]] = PAGINAS) -> tuple[list[dict], str, bool]:
    assert LIGHTHOUSE.exists(), f"{LIGHTHOUSE} ontbreekt: `npm ci --ignore-scripts` (make bench doet dat)"
    if server == "nginx" and not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
        print("nginx ontbreekt: val terug op python http.server met voorgecomprimeerde bestanden")
        server = "python"
    serveer = nginx if server == "nginx" else python_server
    rijen = []
    with serveer(site) as (basis, hoe):
        for naam, pad in paginas:
            metingen = []
            for i in range(runs):
                lhr = lighthouse(f"{basis}/{pad}", rapport / f"{naam}-{i + 1}.json")
                metingen.append(meet(lhr, basis))
            metingen.sort(key=lambda m: m["perf"])
            m = metingen[len(metingen) // 2]
            m["pagina"] = pad
            m["perf_alle"] = [x["perf"] for x in metingen]
            m["versie"] = lhr.get("lighthouseVersion")
            rijen.append(m)
    ok = all(binnen_budget(k, r[k]) for r in rijen for k in BUDGETTEN)
    return rijen, hoe, ok


def toon_lighthouse(rijen: list[dict], hoe: str, runs: int) -> None:
    kop = ("pagina", "perf", "a11y", "bp", "seo", "overdracht", "ongecompr.", "LCP", "TBT", "derden", "verzoeken")
    budget = ("budget", "≥98", "100", "100", "≥95", "≤150 KB", "≤300 KB", "≤2,0 s", "≤150 ms", "0", "")
    print(f"\nLighthouse {rijen[0]['versie']}, mobiel (standaard: gesimuleerd traag 4G, 4× CPU-vertraging), "
          f"{runs} run(s) per pagina, mediaan op prestatiescore; server: {hoe}")

    def cel(r, k, tekst):
        return tekst + ("" if binnen_budget(k, r[k]) else " ✗")

    regels = [kop, budget]
    for r in rijen:
        regels.append((
            r["pagina"],
            cel(r, "perf", f"{r['perf']}") + (f" ({'/'.join(map(str, r['perf_alle']))})" if runs > 1 else ""),
            cel(r, "a11y", f"{r['a11y']}"), cel(r, "bp", f"{r['bp']}"), cel(r, "seo", f"{r['seo']}"),
            cel(r, "overdracht_kb", f"{r['overdracht_kb']:.0f} KB"),
            cel(r, "ongecomprimeerd_kb", f"{r['ongecomprimeerd_kb']:.0f} KB"),
            cel(r, "lcp_s", f"{r['lcp_s']:.2f} s".replace(".", ",")),
            cel(r, "tbt_ms", f"{r['tbt_ms']:.0f} ms"),
            cel(r, "derden", f"{r['derden']}"), f"{r['verzoeken']}",
        ))
    toon_tabel(regels, koprijen=2)
    for r in rijen:
        extra = {c: a for c, a in r["_afgekeurd"].items() if a}
        if extra or r["_derden"]:
            print(f"  {r['pagina']}: afgekeurde audits {extra} derden {r['_derden']}")
    print("  grootste verzoeken (home): " + "; ".join(
        f"{urlsplit(u).path} {t / 1024:.0f}/{s / 1024:.0f} KB" for t, s, u in rijen[0]["_grootste"]))
