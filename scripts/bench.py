#!/usr/bin/env python3
"""`make bench`: build times and Lighthouse (mobile) against the site's budgets.

    .venv/bin/python scripts/bench.py [--runs 5] [--builds 3] [--alleen bouw|lighthouse|zoeken|offline]
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
4. Offline (scripts/bench_offline.py, issue 26): bytes the service worker precaches
   (uncompressed and gzip), number of files, and the time from the first load to "offline
   ready" with 4× CPU and Lighthouse's mobile network (1.6 Mbit/s, 150 ms), median of 3.
   `--alleen offline` (or `make bench-offline`) runs only this.

Exit status 1 when a budget is not met. Plain Python (stdlib; ruamel.yaml from the venv for
the ×10 data). Reports (Lighthouse JSON) land in --rapport.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.bench_bouw import bouw, bouwtijden, toon_bouwtijden  # noqa: E402
from scripts.bench_lighthouse import PAGINAS, lighthouse_tabel, toon_lighthouse  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="Lighthouse-runs per pagina (mediaan; 5, want op 2 kernen schommelt de score enkele punten)")
    ap.add_argument("--builds", type=int, default=3, help="builds per meting (mediaan)")
    ap.add_argument("--alleen", choices=("bouw", "lighthouse", "tikken", "zoeken", "offline"))
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
            from scripts.bench_server import nginx, python_server
            from scripts.bench_tikken import meet_tikken, toon_tikken

            site = werk / "pdf-cache"
            if not site.exists():
                bouw(ROOT, site)
            heeft_nginx = shutil.which("nginx") or Path("/usr/sbin/nginx").exists()
            with (nginx if args.server == "nginx" and heeft_nginx else python_server)(site) as (basis, _):
                ok = toon_tikken(meet_tikken(basis, args.tikruns)) and ok
        if args.alleen in (None, "zoeken"):
            from scripts.bench_zoeken import bench_zoeken

            zoeksite = werk / "echt-0"  # the build without PDFs from the build-time runs
            if not zoeksite.exists():
                bouw(ROOT, zoeksite, SW_PDF="0")
            ok = bench_zoeken(zoeksite, args.server, args.zoekmodus) and ok
        if args.alleen in (None, "offline"):
            from scripts.bench_offline import BUDGET_GZIP, BUDGET_SECONDEN, run, toon

            offlinesite = werk / "echt-0"  # the build without PDFs (downloads are not precached)
            if not offlinesite.exists():
                bouw(ROOT, offlinesite, SW_PDF="0")
            uitkomst = run(offlinesite)
            toon(uitkomst)
            ok = uitkomst["gzip"] <= BUDGET_GZIP and uitkomst["klaar_s"] <= BUDGET_SECONDEN and ok
        if tijden:
            toon_bouwtijden(tijden)
    finally:
        shutil.rmtree(werk, ignore_errors=True)
    if args.alleen != "bouw":
        print("\nBudgetten en zoekdoelen: " + ("alle gehaald" if ok else "NIET alle gehaald (✗ hierboven)"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
