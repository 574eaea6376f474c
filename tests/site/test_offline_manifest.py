"""Issue 26: the worker in the built site precaches exactly the finished files.

Read from the built site's ``sw.js`` (the inlined list): every entry's revision and integrity
match the file's bytes as finally written (after the search index, the minifier, the offline
plugin, the PDFs and the zip), every HTML page is in the list, no download, map or host file
is, the manifest page links resolve, and the precache fits the budget (≤ 2 MB gzip).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re

from macros.offline import MANIFEST_PAD, WERKER_PAD

BUDGET_GZIP = 2 * 1024 * 1024


def lijst_uit_werker(site) -> list[dict]:
    tekst = (site / WERKER_PAD).read_text(encoding="utf-8")
    m = re.search(r"addToCacheList\((\[.*?\])\);", tekst, re.S)
    assert m, "geen precache-lijst in sw.js"
    return json.loads(m.group(1))


def test_elke_ingang_is_het_bestand_zoals_geschreven(site):
    lijst = lijst_uit_werker(site)
    for item in lijst:
        inhoud = (site / item["url"]).read_bytes()
        digest = hashlib.sha256(inhoud).digest()
        assert item["revision"] == digest.hex()[:16], item["url"]
        assert item["integrity"] == "sha256-" + base64.b64encode(digest).decode(), item["url"]


def test_elke_pagina_erin_geen_download(site):
    urls = {i["url"] for i in lijst_uit_werker(site)}
    paginas = {p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html"}
    assert paginas <= urls, paginas - urls
    assert "search/search_index.json" in urls and MANIFEST_PAD in urls
    assert not [u for u in urls if u.startswith("downloads/") or u.endswith((".map", ".pdf", ".zip", ".docx", ".odt"))]
    assert not {"sw.js", "_headers", "search/search_index.js", "404.html"} & urls
    # every file the pages can load is there: the vendored Workbox and the icons
    assert {"assets/vendor/workbox-7.4.1/workbox-window.prod.umd.js", "assets/iconen/icoon-192.png"} <= urls


def test_precache_binnen_budget(site):
    totaal = sum(len(gzip.compress((site / i["url"]).read_bytes(), 6)) for i in lijst_uit_werker(site))
    assert totaal <= BUDGET_GZIP, totaal


def test_paginas_linken_manifest_en_werker(site):
    html = (site / "hoofdstuk-1/index.html").read_text(encoding="utf-8")
    assert '<link rel="manifest" href="../manifest.webmanifest">' in html
    assert 'data-werker="../sw.js"' in html
    manifest = json.loads((site / MANIFEST_PAD).read_text(encoding="utf-8"))
    for icoon in manifest["icons"]:
        assert (site / icoon["src"]).is_file(), icoon
    assert 'data-werker' not in (site / "404.html").read_text(encoding="utf-8")
