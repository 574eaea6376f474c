"""Issue 26: the offline pieces without a browser or a build.

* the vendored Workbox files are byte for byte the npm packages pinned in package.json;
* no vendored file can load code from elsewhere (no CDN address, no eval);
* the precache list of a small folder made here: what is in, what is out, revisions and
  integrity computed here with hashlib (not by the code under test), and a changed byte gives
  a changed ``sw.js``;
* the web app manifest has what Chromium and iOS need.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from macros.offline import WORKBOX_MAP
from macros.offline.webapp import webmanifest
from macros.offline.werker import werker_tekst
from macros.offline.voorraad import voorraad

ROOT = Path(__file__).resolve().parent.parent.parent
VENDOR = ROOT / "docs" / WORKBOX_MAP
#: vendored file -> (npm package, file in it)
VENDORED = {
    "workbox-core.prod.js": ("workbox-core", "build/workbox-core.prod.js"),
    "workbox-routing.prod.js": ("workbox-routing", "build/workbox-routing.prod.js"),
    "workbox-strategies.prod.js": ("workbox-strategies", "build/workbox-strategies.prod.js"),
    "workbox-precaching.prod.js": ("workbox-precaching", "build/workbox-precaching.prod.js"),
    "workbox-cacheable-response.prod.js": ("workbox-cacheable-response", "build/workbox-cacheable-response.prod.js"),
    "workbox-window.prod.umd.js": ("workbox-window", "build/workbox-window.prod.umd.js"),
    "LICENSE": ("workbox-core", "LICENSE"),
}


def test_package_json_pint_workbox_exact_op_de_map():
    deps = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]
    versie = WORKBOX_MAP.rsplit("-", 1)[1]
    for pakket, _ in VENDORED.values():
        assert deps[pakket] == versie, pakket


@pytest.mark.parametrize("bestand", sorted(VENDORED))
def test_gevendorde_workbox_gelijk_aan_npm(bestand):
    pakket, pad = VENDORED[bestand]
    npm = ROOT / "node_modules" / pakket
    if not npm.is_dir():
        pytest.skip(f"node_modules/{pakket} ontbreekt: draai `npm ci --ignore-scripts --omit=dev` om te vergelijken")
    versie = json.loads((npm / "package.json").read_text(encoding="utf-8"))["version"]
    assert WORKBOX_MAP.endswith(versie), (pakket, versie)
    assert (VENDOR / bestand).read_bytes() == (npm / pad).read_bytes(), bestand


def test_gevendorde_workbox_laadt_niets_van_elders():
    for bestand in VENDOR.glob("*.js"):
        tekst = bestand.read_text(encoding="utf-8")
        # the CDN loader (workbox-sw) is not vendored: nothing imports code at run time
        assert not any(w in tekst for w in ("storage.googleapis", "workbox-cdn", "importScripts")), bestand
        assert "eval(" not in tekst and "new Function" not in tekst, bestand
    assert set(p.name for p in VENDOR.iterdir()) == set(VENDORED) | {"BRON.txt"}


def _site(tmp_path: Path) -> Path:
    bestanden = {
        "index.html": b"<h1>Home</h1>",
        "hoofdstuk-1/index.html": b"<h1>Een</h1>",
        "stylesheets/a.css": b"body{}",
        "search/search_index.json": b"{}",
        "search/search_index.js": b"var x",
        "assets/javascripts/bundle.min.js.map": b"{}",
        "downloads/kaart.pdf": b"%PDF",
        "downloads/open-data/a.csv": b"a,b",
        "downloads/samen-weerbaar-site.zip": b"PK",
        "_headers": b"/*",
        "_headers.nginx.conf": b"add_header",
        ".well-known/security.txt": b"Contact:",
        "sitemap.xml": b"<urlset/>",
        "robots.txt": b"User-agent",
        "404.html": b"<h1>404</h1>",
        "sw.js": b"old worker",
        "manifest.webmanifest": b"{}",
    }
    for pad, inhoud in bestanden.items():
        (tmp_path / pad).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / pad).write_bytes(inhoud)
    return tmp_path


def test_voorraad_wat_erin_en_eruit(tmp_path):
    site = _site(tmp_path)
    lijst = voorraad(site)
    assert [i["url"] for i in lijst] == [
        "hoofdstuk-1/index.html", "index.html", "manifest.webmanifest",
        "search/search_index.json", "stylesheets/a.css",
    ]
    for item in lijst:
        inhoud = (site / item["url"]).read_bytes()
        assert item["revision"] == hashlib.sha256(inhoud).hexdigest()[:16]
        assert item["integrity"] == "sha256-" + base64.b64encode(hashlib.sha256(inhoud).digest()).decode()


def test_werker_verandert_bij_elke_inhoudswijziging(tmp_path):
    site = _site(tmp_path)
    eerst = werker_tekst(voorraad(site))
    assert werker_tekst(voorraad(site)) == eerst  # deterministic
    (site / "hoofdstuk-1/index.html").write_bytes(b"<h1>Een!</h1>")
    assert werker_tekst(voorraad(site)) != eerst
    # a download changing does not (it is not precached)
    na = werker_tekst(voorraad(site))
    (site / "downloads/kaart.pdf").write_bytes(b"%PDF-2")
    assert werker_tekst(voorraad(site)) == na
    assert "__" + "VOORRAAD__" not in na and f'"{WORKBOX_MAP}/workbox-core.prod.js"' in na


def test_webmanifest_installeerbaar():
    m = webmanifest("Samen Weerbaar", "Weerbaar", "Kennisbank")
    assert m["name"] == "Samen Weerbaar" and m["lang"] == "nl" and len(m["short_name"]) <= 12
    assert m["start_url"] == "./index.html" and m["scope"] == "./" and m["display"] == "standalone"
    assert m["theme_color"] == "#4051b5"  # Material's default primary indigo (the header)
    maten = {(i["sizes"], i["purpose"]) for i in m["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= maten
    for icoon in m["icons"]:
        pad = ROOT / "docs" / icoon["src"]
        assert pad.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", pad
        breedte, hoogte = int.from_bytes(pad.read_bytes()[16:20], "big"), int.from_bytes(pad.read_bytes()[20:24], "big")
        assert f"{breedte}x{hoogte}" == icoon["sizes"], pad


def test_voorbeeld_serve_registreert_niets_en_ruimt_op(tmp_path, monkeypatch):
    """Under `mkdocs serve` pages load no registration script and sw.js is a worker that
    unregisters itself; a normal build writes the precaching worker (same hook, same path)."""
    from macros.inhoud import bouwstand
    from macros.koppeling import hooks_offline

    site = _site(tmp_path)
    monkeypatch.setattr(bouwstand, "serve", True)
    monkeypatch.setattr(bouwstand, "datafouten", None)
    assert hooks_offline.on_page_context({}, None, None, None)["sw_offline"] is False
    hooks_offline.on_post_build({"site_dir": str(site)})
    tekst = (site / "sw.js").read_text(encoding="utf-8")
    assert "unregister()" in tekst and "importScripts" not in tekst

    monkeypatch.setattr(bouwstand, "serve", False)
    assert hooks_offline.on_page_context({}, None, None, None)["sw_offline"] is True
    assert hooks_offline.on_template_context({}, "404.html", None)["sw_offline"] is False
    hooks_offline.on_post_build({"site_dir": str(site)})
    tekst = (site / "sw.js").read_text(encoding="utf-8")
    assert "unregister()" not in tekst and "addToCacheList" in tekst
