"""Search quality as a phone user meets it (issue 12, "Must hold").

The public query set tests/zoeken/zoekvragen.yml is typed into the site's search field at
360×740, served over http and opened from file://. Fails below recall@5 0.95 or MRR 0.85,
or on any empty result for a query whose words are on the site; and (issue 23) below
recall@5 0.9 for the class eigen-woorden, queries in words that are NOT on the site (each
such query is checked to have a word the site does not use). Waits on the engine's
`data-sw-zoekvraag` contract (see tests/zoeken/harness.py), never on fixed timeouts.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.conftest import telefooncontext
from tests.zoeken import harness
from tests.zoeken.woorden import paginateksten, staat_op_site, woorden_op_site

MIN_RECALL = 0.95
MIN_MRR = 0.85
#: issue 23: words professionals use that are not on the site (data/zoekwoorden.yml)
EIGEN_WOORDEN, MIN_RECALL_EIGEN = "eigen-woorden", 0.9
# The first query may wait for the index to load on a busy machine; later ones are fast.
EERSTE_TIMEOUT_MS = 60_000
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def zoekvragen():
    return harness.laad_zoekvragen()


@pytest.fixture(scope="module")
def alle_woorden(site):
    return woorden_op_site(paginateksten(site))


def _draai(page, basis: str, vragen) -> tuple[harness.Score, list[str]]:
    page.goto(basis + "index.html")
    harness.open_zoeken(page)
    score, vastgelopen = harness.Score(), []
    for i, v in enumerate(vragen):
        try:
            paginas, ms = harness.zoek(page, v.vraag, basis, "contract",
                                       timeout_ms=EERSTE_TIMEOUT_MS if i == 0 else TIMEOUT_MS)
        except PlaywrightTimeout:
            if i == 0:
                pytest.fail("De zoekfunctie meldt geen resultaten volgens het contract: na het typen van "
                            f"{v.vraag!r} kreeg .md-search-result nooit data-sw-zoekvraag={v.vraag!r} "
                            "(tests/zoeken/harness.py).")
            vastgelopen.append(v.vraag)
            paginas, ms = [], None
        score.uitslagen.append(harness.Uitslag(v, paginas, ms))
    return score, vastgelopen


def test_eigen_woorden_staan_niet_op_de_site(zoekvragen, alle_woorden):
    """The class eigen-woorden is honest: every query has a word the site does not use."""
    eigen = [v.vraag for v in zoekvragen if v.soort == EIGEN_WOORDEN]
    assert len(eigen) >= 15
    op_site = [v for v in eigen if staat_op_site(v, alle_woorden)]
    assert not op_site, f"deze vragen staan wel op de site: {op_site}"


@pytest.mark.parametrize("bron", ["http", "file"])
def test_zoekkwaliteit(browser, site, server, bron, zoekvragen, alle_woorden):
    basis = f"{server}/" if bron == "http" else site.resolve().as_uri() + "/"
    context = telefooncontext(browser)
    harness.installeer_meter(context)
    try:
        score, vastgelopen = _draai(context.new_page(), basis, zoekvragen)
    finally:
        context.close()

    print(f"[{bron}] {harness.samenvatting(score)}; mediaan {score.mediaan_ms or 0:.0f} ms na de laatste toets")
    leeg_op_site = [u.vraag.vraag for u in score.uitslagen if u.leeg and staat_op_site(u.vraag.vraag, alle_woorden)]
    fouten = []
    if score.recall < MIN_RECALL:
        fouten.append(f"recall@5 {score.recall:.3f} < {MIN_RECALL}")
    raak, n = score.per_soort().get(EIGEN_WOORDEN, (0, 0))
    if not n or raak / n < MIN_RECALL_EIGEN:
        fouten.append(f"recall@5 {EIGEN_WOORDEN} {raak}/{n} < {MIN_RECALL_EIGEN}")
    if score.mrr < MIN_MRR:
        fouten.append(f"MRR {score.mrr:.3f} < {MIN_MRR}")
    if leeg_op_site:
        fouten.append(f"geen resultaten voor woorden die op de site staan: {leeg_op_site}")
    if vastgelopen:
        fouten.append(f"geen resultaat binnen {TIMEOUT_MS / 1000:.0f} s: {vastgelopen}")
    assert not fouten, (f"[{bron}] " + "; ".join(fouten) + "\n" + harness.samenvatting(score)
                        + "\nGemist (niet in de top 5):\n" + harness.tabel_mislukt(score))
