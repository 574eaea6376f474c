"""The public query set itself (tests/zoeken/zoekvragen.yml) is sound against the built site."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.zoeken import harness
from tests.zoeken.woorden import paginateksten, woorden

SOORTEN = {"zonder-accenten", "samenstelling", "woordvorm", "typefout", "vraag", "afkorting", "exact",
           "eigen-woorden"}  # issue 23: words that are not on the site
# Pages that merely mention terms: never the expected answer (issue 12).
NOEMEN_ALLEEN = {"begrippen.html", "literatuur.html", "voorwoord.html"}
# Kinds typed exactly as on the site, except perhaps case and diacritics.
LETTERLIJK = {"exact", "zonder-accenten"}


@pytest.fixture(scope="module")
def zoekvragen():
    return harness.laad_zoekvragen()


@pytest.fixture(scope="module")
def teksten(site):
    return paginateksten(site)


def test_genoeg_vragen_van_elke_soort(zoekvragen):
    assert len(zoekvragen) >= 60
    tel = Counter(v.soort for v in zoekvragen)
    assert set(tel) == SOORTEN, f"onbekende of ontbrekende soorten: {set(tel) ^ SOORTEN}"
    assert min(tel.values()) >= 5, tel
    dubbel = [v for v, n in Counter(v.vraag for v in zoekvragen).items() if n > 1]
    assert not dubbel, dubbel


def test_verwachte_paginas_bestaan_en_bespreken(zoekvragen, teksten):
    fout = [(v.vraag, p) for v in zoekvragen for p in v.verwacht if p not in teksten or p in NOEMEN_ALLEEN]
    assert not fout, f"verwachte pagina bestaat niet of noemt alleen: {fout}"


def test_letterlijke_vragen_staan_op_een_verwachte_pagina(zoekvragen, teksten):
    """A query typed as on the site (maybe without accents) is on one of its expected pages."""
    fout = []
    for v in zoekvragen:
        if v.soort in LETTERLIJK:
            if not any(all(w in woorden(teksten[p]) for w in woorden(v.vraag)) for p in v.verwacht):
                fout.append(v.vraag)
    assert not fout, fout


def test_typefouten_staan_niet_letterlijk_op_de_site(zoekvragen, teksten):
    alle = set()
    for t in teksten.values():
        alle.update(woorden(t))
    fout = [v.vraag for v in zoekvragen if v.soort == "typefout" and all(w in alle for w in woorden(v.vraag))]
    assert not fout, f"geen typefout (staat zo op de site): {fout}"


def test_elke_afdeling_heeft_vragen(zoekvragen, teksten):
    """Every folder of the site (chapters, factors, cards, appendices, checklist) is the
    expected answer of at least one query."""
    mappen = {p.split("/")[0] for p in teksten if "/" in p}
    gedekt = {p.split("/")[0] for v in zoekvragen for p in v.verwacht if "/" in p}
    assert mappen <= gedekt, f"geen vraag voor: {sorted(mappen - gedekt)}"
