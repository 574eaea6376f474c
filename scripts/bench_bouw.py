"""Build-time bench: median of N strict builds without PDFs (SW_PDF=0) of the real repository
and of a temporary copy whose data/ is multiplied ×10 (synthetic copies with new ids; see
``data_maal_tien``), then one build with the PDFs laid out afresh (SW_PDF_CACHE=uit) and one
from the PDF cache. ``bouwtijden(builds, werk) -> dict`` and ``toon_bouwtijden(dict)``.
"""

from __future__ import annotations

import copy
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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
    files (`<id>-x2.yml` …, each a new page). The result must pass `macros.koppeling.controleer`.
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

    r = subprocess.run([sys.executable, "-m", "macros.koppeling.controleer", str(data)], cwd=project,
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
