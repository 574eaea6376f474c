#!/usr/bin/env python3
"""`make bench`: build times and Lighthouse (mobile) against the site's budgets.

    .venv/bin/python scripts/bench.py [--runs 5] [--builds 3] [--alleen bouw|lighthouse|zoeken]
                                       [--server nginx|python] [--rapport .build/bench]
                                       [--pagina home --pagina checklist ...]

1. Build time: median of N strict builds without PDFs (SW_PDF=0) of the real repository and
   of a temporary copy whose data/ is multiplied ×10 (synthetic copies with new ids; see
   `data_maal_tien`); then one build of the real site with its PDFs laid out afresh
   (SW_PDF_CACHE=uit) and one from the PDF cache, to show what the PDFs add.
2. Lighthouse 12.2.3 (npm, `node_modules/`), mobile preset (its default: Moto G-class screen,
   simulated slow 4G, 4× CPU slowdown) on the pages of PAGINAS (content pages and the tools) of
   a fresh build, served like production: nginx from Debian on 127.0.0.1 with gzip (or, with
   --server python or without nginx, Python's http.server with precompressed .gz files). Per
   page the median of --runs runs (by performance score, as Lighthouse CI picks it).
3. Taps (scripts/bench_tikken.py, issue 24): per tool the slowest and the median tap (Event
   Timing API) at 4× CPU, 360×740, over taps at the start, middle and end of each tool;
   `--alleen tikken` runs only this. Lighthouse's Total Blocking Time is in the table of 2.
4. Search (scripts/bench_zoeken.py): recall@5, MRR and empty results on the public query set
   for our search and for Pagefind on the same build, bytes before the first result and
   time per keystroke with 4× CPU slowdown. `--alleen zoeken` (or `make bench-zoeken`)
   runs only this, on a fresh build without PDFs.

Exit status 1 when a budget is not met. Plain Python (stdlib; ruamel.yaml from the venv for
the ×10 data). Reports (Lighthouse JSON) land in --rapport.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import functools
import gzip
import http.server
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

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

NIET_KOPIEREN = {".venv", "node_modules", ".git", "site", ".build", ".pytest_cache", "__pycache__"}


# ------------------------------------------------------------------------------ builds

def bouw(project: Path, uit: Path, **omgeving: str) -> float:
    """One strict build, as `make site` runs it; seconds of wall time. ``omgeving``: extra
    environment, e.g. SW_PDF="0" (no PDFs) or SW_PDF_CACHE="uit" (PDFs laid out afresh)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1", **omgeving)
    begin = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(uit)],
                       cwd=project, env=env, capture_output=True, text=True)
    duur = time.perf_counter() - begin
    if r.returncode != 0:
        raise SystemExit(f"build van {project} mislukt (exit {r.returncode}):\n{r.stdout[-3000:]}{r.stderr[-3000:]}")
    return duur


def kopieer_project(doel: Path) -> Path:
    shutil.copytree(ROOT, doel, ignore=lambda d, namen: [n for n in namen if n in NIET_KOPIEREN])
    return doel


def site_omvang(site: Path) -> tuple[int, int]:
    paginas = list(site.rglob("*.html"))
    return len(paginas), sum(p.stat().st_size for p in site.rglob("*") if p.is_file())


def _lijsten_met_ids(node, pad=()):
    """Every list of mappings-with-an-id in a YAML tree: (path pattern, list)."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _lijsten_met_ids(v, pad + (k,))
    elif isinstance(node, list):
        if node and all(isinstance(x, dict) and "id" in x for x in node):
            yield pad, node
        for x in node:
            yield from _lijsten_met_ids(x, pad + ("*",))


def _kopie(item, n: int):
    nieuw = copy.deepcopy(item)
    nieuw["id"] = f"{item['id']}-x{n}"
    for veld in ("naam", "titel", "term"):
        if isinstance(nieuw.get(veld), str) and nieuw[veld]:
            nieuw[veld] = f"{nieuw[veld]} (kopie {n})"
    return nieuw


# What ×10 multiplies: lists that pages show in full (every item appears somewhere). Not
# multiplied: things a page places by id (the lijsten themselves, figuren), fixed ids
# (the five randvoorwaarden, the six checklist steps): copies of those would sit on no page
# and the strict build rightly refuses them. Their *items* are multiplied instead.
MAAL_TIEN = {
    "begrippen.yml": [("begrippen",)],
    "factoren.yml": [("factoren",)],
    "indicatoren.yml": [("indicatoren",)],
    "literatuur.yml": [("bronnen",)],
    "gemeenschap.yml": [("lijsten", "*", "items")],
    "opgroeicontext.yml": [("lijsten", "*", "items")],
    "samenwerking.yml": [("lijsten", "*", "items")],
    "hulpvragen.yml": [("stappen", "*", "groepen", "*", "vragen")],
}


def data_maal_tien(project: Path, factor: int = 10) -> list[str]:
    """Multiply data/ of a project copy by `factor`, in place.

    Each list in MAAL_TIEN gets factor-1 synthetic copies of its items with new ids
    (`<id>-x2` … `<id>-x10`) and a marked name; every intervention card gets copies as new
    files (`<id>-x2.yml` …, each a new page). The result must pass `macros.controleer`.
    Returns a description of what was multiplied.
    """
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    data = project / "data"
    gedaan = []
    for naam, patronen in MAAL_TIEN.items():
        bestand = data / naam
        if not bestand.exists():
            gedaan.append(f"{naam}: ontbreekt, overgeslagen")
            continue
        boom = yaml.load(bestand.read_text(encoding="utf-8"))
        for pad, lijst in list(_lijsten_met_ids(boom)):
            if pad in patronen:
                origineel = list(lijst)
                for n in range(2, factor + 1):
                    lijst.extend(_kopie(x, n) for x in origineel)
        tellingen = {".".join(p): sum(len(l) for q, l in _lijsten_met_ids(boom) if q == p) for p in patronen}
        with bestand.open("w", encoding="utf-8") as f:
            yaml.dump(boom, f)
        gedaan.append(f"{naam}: " + ", ".join(f"{k} → {v}" for k, v in tellingen.items()))

    kaarten = sorted((data / "interventies").glob("*.yml"))
    for kaart in kaarten:
        boom = yaml.load(kaart.read_text(encoding="utf-8"))
        for n in range(2, factor + 1):
            k = _kopie(boom, n)
            if "volgorde" in k:
                k["volgorde"] = boom["volgorde"] + 100 * n
            with kaart.with_name(f"{k['id']}.yml").open("w", encoding="utf-8") as f:
                yaml.dump(k, f)
    gedaan.append(f"interventies/: {len(kaarten)} → {len(kaarten) * factor} kaarten (elk een pagina)")

    r = subprocess.run([sys.executable, "-m", "macros.controleer", str(data)], cwd=project,
                       capture_output=True, text=True, env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    if r.returncode != 0:
        raise SystemExit("data ×10 is ongeldig (pas MAAL_TIEN in scripts/bench.py aan):\n" + r.stdout + r.stderr)
    return gedaan


def bouwtijden(builds: int, werk: Path) -> dict:
    """Site builds without PDFs (SW_PDF=0) for real data and data ×10, `builds` each; then
    the real site with its PDFs: once laid out afresh (no cache) and once from the cache."""
    uit = {}
    tijden = [bouw(ROOT, werk / f"echt-{i}", SW_PDF="0") for i in range(builds)]
    uit["echt"] = (tijden, site_omvang(werk / "echt-0"))
    groot = kopieer_project(werk / "project-x10")
    gedaan = data_maal_tien(groot)
    tijden10 = [bouw(groot, werk / f"x10-{i}", SW_PDF="0") for i in range(builds)]
    uit["x10"] = (tijden10, site_omvang(werk / "x10-0"))
    uit["x10_wat"] = gedaan
    uit["pdf_koud"] = bouw(ROOT, werk / "pdf-koud", SW_PDF_CACHE="uit")
    uit["pdf_cache"] = bouw(ROOT, werk / "pdf-cache")
    return uit


# ------------------------------------------------------------------------------ serving

def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


NGINX_CONF = """\
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
daemon off;
events {{ worker_connections 256; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path {tmp}/body;
  proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi;
  scgi_temp_path {tmp}/scgi;
  sendfile on;
  charset utf-8;
  charset_types text/css application/javascript application/json text/plain image/svg+xml;
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 256;
  gzip_vary on;
  gzip_types text/css application/javascript text/javascript application/json image/svg+xml
             text/plain text/csv application/xml;
  server {{
    listen 127.0.0.1:{poort};
    root {site};
    index index.html;
    error_page 404 /404.html;
    # Production-like caching: Material's fingerprinted assets for a year, the rest briefly.
    # The site's own security headers (Content-Security-Policy etc.), as a host would send
    # them; repeated in the location that adds a header (nginx does not inherit add_header there).
    include {site}/_headers.nginx.conf;
    location ~ "\\.[0-9a-f]{{8}}\\.min\\.(js|css)$" {{ expires 1y; add_header Cache-Control immutable; include {site}/_headers.nginx.conf; }}
    location / {{ expires 10m; }}
  }}
}}
"""


@contextlib.contextmanager
def nginx(site: Path):
    nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
    tmp = Path(tempfile.mkdtemp(prefix="sw-nginx-"))
    poort = vrije_poort()
    (tmp / "nginx.conf").write_text(NGINX_CONF.format(tmp=tmp, poort=poort, site=site), encoding="utf-8")
    # As root, nginx workers run as `nobody`: the site must be readable for everyone.
    grens = Path(tempfile.gettempdir())
    for p in [site, *site.parents]:
        if p == grens or p == Path("/"):
            break
        p.chmod(p.stat().st_mode | 0o005)
    for p in site.rglob("*"):
        p.chmod(p.stat().st_mode | (0o005 if p.is_dir() else 0o004))
    proc = subprocess.Popen([nginx_bin, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-e", str(tmp / "error.log")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wacht_op_poort(poort, proc)
        yield f"http://127.0.0.1:{poort}", "nginx (gzip, niveau 6)"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


GZIP_SOORTEN = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv", ".map")


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves <file>.gz (made beforehand) with Content-Encoding: gzip when the client accepts it."""

    def log_message(self, *args):
        pass

    def send_head(self):
        pad = Path(self.translate_path(self.path))
        if pad.is_dir():
            pad = pad / "index.html"
        gz = pad.with_name(pad.name + ".gz")
        if "gzip" in self.headers.get("Accept-Encoding", "") and gz.is_file():
            f = gz.open("rb")
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(pad)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
            self.send_header("Content-Length", str(gz.stat().st_size))
            self.end_headers()
            return f
        return super().send_head()


@contextlib.contextmanager
def python_server(site: Path):
    for p in site.rglob("*"):
        if p.is_file() and p.suffix in GZIP_SOORTEN:
            p.with_name(p.name + ".gz").write_bytes(gzip.compress(p.read_bytes(), 6))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_GzipHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", "python http.server (voorgecomprimeerd, gzip 6)"
    finally:
        httpd.shutdown()


def _wacht_op_poort(poort: int, proc: subprocess.Popen) -> None:
    for _ in range(100):
        if proc.poll() is not None:
            raise SystemExit(f"nginx startte niet: {proc.stderr.read().decode()[-2000:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", poort)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit("nginx antwoordt niet")


# ------------------------------------------------------------------------------ lighthouse

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
    breedte = [max(len(str(rij[i])) for rij in regels) for i in range(len(kop))]
    for j, rij in enumerate(regels):
        print("  ".join(str(c).ljust(breedte[i]) for i, c in enumerate(rij)))
        if j == 1:
            print("  ".join("-" * b for b in breedte))
    for r in rijen:
        extra = {c: a for c, a in r["_afgekeurd"].items() if a}
        if extra or r["_derden"]:
            print(f"  {r['pagina']}: afgekeurde audits {extra} derden {r['_derden']}")
    print("  grootste verzoeken (home): " + "; ".join(
        f"{urlsplit(u).path} {t / 1024:.0f}/{s / 1024:.0f} KB" for t, s, u in rijen[0]["_grootste"]))


def toon_bouwtijden(t: dict) -> None:
    print("\nBouwtijd (mkdocs build --strict; site zonder PDF's: SW_PDF=0, mediaan van "
          f"{len(t['echt'][0])})")
    for sleutel, label in (("echt", "echte data"), ("x10", "data ×10")):
        tijden, (paginas, omvang) = t[sleutel]
        print(f"  {label:<11} mediaan {statistics.median(tijden):5.1f} s   "
              f"(runs: {', '.join(f'{x:.1f}' for x in tijden)} s; {paginas} pagina's, {omvang / 1e6:.1f} MB)")
    groei = statistics.median(t["x10"][0]) / statistics.median(t["echt"][0])
    pag = t["x10"][1][0] / t["echt"][1][0]
    print(f"  groei: ×{groei:.1f} in tijd bij ×{pag:.1f} in pagina's")
    for regel in t["x10_wat"]:
        print(f"    ×10: {regel}")
    basis = statistics.median(t["echt"][0])
    print(f"  echte data mét PDF's (kennisdocument, kaarten, site-zip): {t['pdf_koud']:.1f} s zonder cache "
          f"(+{t['pdf_koud'] - basis:.1f} s), {t['pdf_cache']:.1f} s uit de PDF-cache (+{t['pdf_cache'] - basis:.1f} s)")
    print(f"  koude opmaak van de PDF's (incl. PDF/UA-nabewerking): +{t['pdf_koud'] - t['pdf_cache']:.1f} s; geaccepteerd: "
          "de cache maakt het gratis bij elke build zonder inhoudswijziging, en `make serve` maakt geen PDF's")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="Lighthouse-runs per pagina (mediaan; 5, want op 2 kernen schommelt de score enkele punten)")
    ap.add_argument("--builds", type=int, default=3, help="builds per meting (mediaan)")
    ap.add_argument("--alleen", choices=("bouw", "lighthouse", "tikken", "zoeken"))
    ap.add_argument("--tikruns", type=int, default=3, help="runs van de tikbench per hulpmiddel (scripts/bench_tikken.py)")
    ap.add_argument("--zoekmodus", choices=("auto", "contract", "material"), default="auto",
                    help="hoe de zoekbench onze resultaten leest (auto: contract als de site het heeft)")
    ap.add_argument("--server", choices=("nginx", "python"), default="nginx")
    ap.add_argument("--rapport", type=Path, default=ROOT / ".build" / "bench")
    ap.add_argument("--pagina", action="append", choices=[n for n, _ in PAGINAS],
                    help="alleen deze pagina('s) meten (herhaalbaar)")
    args = ap.parse_args(argv)

    args.rapport.mkdir(parents=True, exist_ok=True)
    werk = Path(tempfile.mkdtemp(prefix="sw-bench-"))
    ok = True
    try:
        tijden = None
        if args.alleen in (None, "bouw"):
            tijden = bouwtijden(args.builds, werk)
        if args.alleen in (None, "lighthouse"):
            site = werk / "pdf-cache"  # the complete site, as published
            if not site.exists():
                bouw(ROOT, site)
            paginas = [(n, p) for n, p in PAGINAS if not args.pagina or n in args.pagina]
            rijen, hoe, ok = lighthouse_tabel(site, args.runs, args.server, args.rapport, paginas)
            (args.rapport / "samenvatting.json").write_text(
                json.dumps([{k: v for k, v in r.items() if not k.startswith("_")} for r in rijen], indent=2),
                encoding="utf-8")
            toon_lighthouse(rijen, hoe, args.runs)
        if args.alleen in (None, "lighthouse", "tikken"):
            from bench_tikken import meet_tikken, toon_tikken

            site = werk / "pdf-cache"
            if not site.exists():
                bouw(ROOT, site)
            with (nginx if args.server == "nginx" and (shutil.which("nginx") or Path("/usr/sbin/nginx").exists())
                  else python_server)(site) as (basis, _):
                ok = toon_tikken(meet_tikken(basis, args.tikruns)) and ok
        if args.alleen in (None, "zoeken"):
            from bench_zoeken import bench_zoeken

            zoeksite = werk / "echt-0"  # the build without PDFs from the build-time runs
            if not zoeksite.exists():
                bouw(ROOT, zoeksite, SW_PDF="0")
            ok = bench_zoeken(zoeksite, args.server, args.zoekmodus) and ok
        if tijden:
            toon_bouwtijden(tijden)
    finally:
        shutil.rmtree(werk, ignore_errors=True)
    if args.alleen != "bouw":
        print("\nBudgetten en zoekdoelen: " + ("alle gehaald" if ok else "NIET alle gehaald (✗ hierboven)"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
