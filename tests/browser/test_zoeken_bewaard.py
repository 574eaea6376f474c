"""A cached site answers at once (issue 23, item 3): the worker keeps its built index in
IndexedDB under the index's version (macros/zoeken/bewaren.js) and a later page loads it
instead of indexing again, with the same results; a damaged copy is built again."""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import telefooncontext
from tests.zoeken import harness

pytestmark = pytest.mark.browser

VRAAG = "sleutelfiguren"
#: the worker's stored builds, read from the page (same origin as the worker)
SLEUTELS_JS = """() => new Promise((klaar) => {
  const r = indexedDB.open("sw-zoeken", 1);
  r.onupgradeneeded = () => r.result.createObjectStore("index");
  r.onsuccess = () => {
    const q = r.result.transaction("index").objectStore("index").getAllKeys();
    q.onsuccess = () => { r.result.close(); klaar(q.result); };
  };
})"""
BESCHADIG_JS = """(sleutel) => new Promise((klaar) => {
  const r = indexedDB.open("sw-zoeken", 1);
  r.onsuccess = () => {
    const tx = r.result.transaction("index", "readwrite");
    tx.objectStore("index").put({ ms: { kapot: true }, termen: 5 }, sleutel);
    tx.oncomplete = () => { r.result.close(); klaar(true); };
  };
})"""


def _zoek(page, server, url):
    page.goto(f"{server}/{url}")
    harness.open_zoeken(page)
    paginas, _ = harness.zoek(page, VRAAG, f"{server}/", "contract", timeout_ms=60_000)
    return paginas


def test_tweede_bezoek_laadt_het_bewaarde_index(browser, server, site):
    versie = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["sw_versie"]
    context = telefooncontext(browser)
    try:
        page = context.new_page()
        eerst = _zoek(page, server, "index.html")
        assert eerst
        sleutels = []
        for _ in range(300):  # stored a moment after the first answers
            sleutels = page.evaluate(SLEUTELS_JS)
            if sleutels:
                break
            page.wait_for_timeout(100)
        assert sleutels == [versie]
        # a new page: the worker starts again and loads the stored build
        tweede = context.new_page()
        assert _zoek(tweede, server, "hoofdstuk-1/index.html") == eerst
        # a damaged copy: built again, same results, and stored anew
        tweede.evaluate(BESCHADIG_JS, versie)
        derde = context.new_page()
        assert _zoek(derde, server, "index.html") == eerst
    finally:
        context.close()


def _laad_en_luister(context, server, url: str):
    """A new page of ``context`` at ``url`` (loaded) and the list its requests go into."""
    page, verzoeken = context.new_page(), []
    page.on("request", lambda r: verzoeken.append(r.url))
    page.goto(f"{server}/{url}")
    page.wait_for_load_state("load")
    return page, verzoeken


def test_wie_eerder_zocht_krijgt_zoeken_klaar_zonder_erom_te_vragen(browser, server):
    """sw-zoeken-later.js: once this device has searched (the worker's IndexedDB database
    exists), a page view loads the index and starts the worker at an idle moment after load,
    without any intent; a device that never searched does not (same page, same recorder,
    the same wait: the idle callback's 3 s limit plus margin)."""
    index = lambda u: u.endswith("search/search_index.json")  # noqa: E731
    nooit = telefooncontext(browser)
    eerder = telefooncontext(browser)
    try:
        page, verzoeken = _laad_en_luister(nooit, server, "hoofdstuk-1/index.html")
        page.wait_for_timeout(4500)
        assert not [u for u in verzoeken if "search" in u or "/workers/" in u], verzoeken

        assert _zoek(eerder.new_page(), server, "index.html")
        page, verzoeken = _laad_en_luister(eerder, server, "hoofdstuk-1/index.html")
        for _ in range(100):
            if any(index(u) for u in verzoeken):
                break
            page.wait_for_timeout(100)
        assert any(index(u) for u in verzoeken), verzoeken
        assert not page.evaluate("() => document.getElementById('__search').checked")  # nothing opened
        # and it answers as usual
        assert _zoek(page, server, "hoofdstuk-1/index.html")
    finally:
        nooit.close()
        eerder.close()
