"""The site folder opened from disk (file://), as from an unpacked zip or a USB stick:
navigation and search work and nothing is requested from anywhere else."""

from __future__ import annotations

import zipfile
from urllib.parse import urlsplit

import pytest

from macros.uitvoer.pdf import KENNISDOCUMENT_PAD
from macros.uitvoer.pdf.sitezip import MAP_IN_ZIP, SITE_ZIP_PAD
from tests.browser.conftest import telefooncontext

LOKAAL = ("file", "data", "blob", "about")


@pytest.fixture
def offline(browser):
    """A fresh 360×740 page; every request of the context (also workers, iframes) is kept."""
    context = telefooncontext(browser)
    page = context.new_page()
    page.verzoeken = []
    context.on("request", lambda r: page.verzoeken.append(r.url))
    yield page
    context.close()


def alleen_lokaal(page) -> None:
    vreemd = [u for u in page.verzoeken if urlsplit(u).scheme not in LOKAAL]
    assert not vreemd, vreemd


def test_navigeren_en_zoeken_vanaf_file(offline, site):
    start = (site / "index.html").as_uri()
    offline.goto(start)
    assert offline.locator("h1").first.is_visible()

    # follow a link in the content to another page
    link = offline.locator("article a[href$='.html']:not([href^='#'])").first
    doel = link.get_attribute("href")
    link.click()
    offline.wait_for_load_state()
    assert offline.url.startswith("file://") and offline.url != start, offline.url
    assert offline.url.split("#")[0].endswith(doel.split("#")[0].lstrip("./")), (offline.url, doel)
    assert offline.locator("article h1").first.is_visible()

    # search (Material ignores fill(); type like a person)
    offline.locator("label.md-header__button[for='__search']").click()
    offline.locator("input.md-search__input").press_sequentially("meldingsbereidheid", delay=30)
    resultaat = offline.locator(".md-search-result__item a").first
    resultaat.wait_for(state="visible")
    href = resultaat.get_attribute("href")
    resultaat.click()
    offline.wait_for_load_state()
    assert offline.url.startswith("file://"), offline.url
    assert offline.url.split("?")[0].split("#")[0].endswith(href.split("?")[0].split("#")[0].split("/")[-1])
    assert "meldingsbereidheid" in offline.locator("article").inner_text().lower()
    alleen_lokaal(offline)


def test_site_zip_bevat_de_site_en_niet_zichzelf(site):
    with zipfile.ZipFile(site / SITE_ZIP_PAD) as z:
        namen = z.namelist()
        infos = z.infolist()
    # Deterministic order: by name, with the knowledge document last (it is added when its
    # other process has laid it out; macros/uitvoer/pdf/sitezip.py).
    laatst = f"{MAP_IN_ZIP}/{KENNISDOCUMENT_PAD}"
    assert namen[-1] == laatst
    assert namen[:-1] == sorted(namen[:-1])
    assert f"{MAP_IN_ZIP}/index.html" in namen
    assert f"{MAP_IN_ZIP}/search/search_index.js" in namen  # offline search
    assert f"{MAP_IN_ZIP}/{SITE_ZIP_PAD}" not in namen
    bestanden = {f"{MAP_IN_ZIP}/{p.relative_to(site).as_posix()}" for p in site.rglob("*") if p.is_file()}
    assert set(namen) == bestanden - {f"{MAP_IN_ZIP}/{SITE_ZIP_PAD}"}
    assert len({i.date_time for i in infos}) == 1, "alle items moeten dezelfde vaste tijd hebben"
