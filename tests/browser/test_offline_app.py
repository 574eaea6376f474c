"""Issue 26: installable as an app, with icons made from the site's own logo.

* Chromium's own installability check (CDP ``Page.getInstallabilityErrors``) reports no error
  for the built site under /samen-weerbaar/; negative control on the same path: a manifest
  without icons is reported. A persistent profile: an incognito context always reports
  ``in-incognito``.
* The committed icons (docs/assets/iconen/) equal a fresh rendering of docs/assets/favicon.svg
  by scripts/offline_iconen.py; negative control: a logo in another colour does not match.
"""

from __future__ import annotations

import io
import json
import shutil

import pytest
from PIL import Image, ImageChops

from scripts.offline_iconen import ICONEN, LOGO, MAP, alle_iconen
from tests.browser.conftest import ARGS, CHROMIUM, TELEFOON
from tests.browser.offline_hulp import GECONTROLEERD, Bediening, wacht


@pytest.fixture(scope="module")
def submap(site):
    b = Bediening(site, "/samen-weerbaar/")
    yield b
    b.stop()


def installeerfouten(page) -> list[str]:
    cdp = page.context.new_cdp_session(page)
    try:
        return [f["errorId"] for f in cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]]
    finally:
        cdp.detach()


def test_installeerbaar_volgens_chromium(browser, submap, tmp_path):
    ander = None
    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profiel"), executable_path=CHROMIUM, args=ARGS, headless=True, viewport=TELEFOON)
    try:
        page = context.new_page()
        page.goto(submap.url + "index.html")
        wacht(page, GECONTROLEERD, tijd=60)
        assert installeerfouten(page) == []

        # negative control: a copy of the site whose manifest has no icons, on the same path
        kopie = tmp_path / "kopie"
        shutil.copytree(submap.map, kopie)
        manifest = json.loads((kopie / "manifest.webmanifest").read_text(encoding="utf-8"))
        manifest["icons"] = []
        (kopie / "manifest.webmanifest").write_text(json.dumps(manifest), encoding="utf-8")
        ander = Bediening(kopie, "/samen-weerbaar/")
        zonder = context.new_page()
        zonder.goto(ander.url + "index.html")
        zonder.wait_for_load_state("networkidle")
        fouten = installeerfouten(zonder)
        assert any("icon" in f for f in fouten), fouten
    finally:
        context.close()
        if ander:
            ander.stop()


def _verschil(a: bytes, b: bytes) -> float:
    """Largest per-channel difference between two PNGs of the same size (0–255)."""
    x, y = Image.open(io.BytesIO(a)).convert("RGBA"), Image.open(io.BytesIO(b)).convert("RGBA")
    assert x.size == y.size
    return max(hi for _, hi in ImageChops.difference(x, y).getextrema())


def test_iconen_zijn_het_logo(browser):
    logo = LOGO.read_text(encoding="utf-8")
    vers = alle_iconen(browser, logo)
    for naam, (maat, _) in ICONEN.items():
        vastgelegd = (MAP / naam).read_bytes()
        assert Image.open(io.BytesIO(vastgelegd)).size == (maat, maat), naam
        assert _verschil(vastgelegd, vers[naam]) <= 8, f"{naam}: opnieuw maken met scripts/offline_iconen.py"
    # negative control: another colour is noticed
    anders = alle_iconen(browser, logo.replace("#1d3b8b", "#8b1d1d"))
    assert _verschil((MAP / "icoon-192.png").read_bytes(), anders["icoon-192.png"]) > 64
