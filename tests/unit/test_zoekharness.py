"""Metrics of the search harness (tests/zoeken/harness.py) on hand-made outcomes."""

from __future__ import annotations

import pytest

from tests.zoeken.harness import Score, Uitslag, Zoekvraag, site_relatief, vouw
from tests.zoeken.woorden import staat_op_site, woorden


def _u(verwacht, paginas):
    return Uitslag(Zoekvraag("x", "exact", verwacht), paginas)


def test_recall_mrr_en_leeg():
    score = Score([
        _u(["a.html"], ["a.html", "b.html"]),                              # rank 1
        _u(["c.html"], ["a.html", "b.html", "c.html"]),                    # rank 3
        _u(["f.html"], ["a.html", "b.html", "c.html", "d.html", "e.html", "f.html"]),  # rank 6: no hit
        _u(["a.html"], []),                                                # empty
    ])
    assert score.recall == pytest.approx(2 / 4)
    assert score.mrr == pytest.approx((1 + 1 / 3 + 1 / 6 + 0) / 4)
    assert score.leeg == 1
    assert score.per_soort() == {"exact": (2, 4)}


def test_elk_verwacht_antwoord_telt():
    assert _u(["b.html", "z.html"], ["a.html", "z.html"]).rang == 2


def test_site_relatief():
    basis = "http://127.0.0.1:8000/"
    assert site_relatief("http://127.0.0.1:8000/hoofdstuk-2/gezinsniveau.html?h=armoede#paragraaf-2-2", basis) \
        == "hoofdstuk-2/gezinsniveau.html"
    assert site_relatief("http://127.0.0.1:8000/hoofdstuk-1/", basis) == "hoofdstuk-1/index.html"
    assert site_relatief("file:///tmp/site/begrippen.html", "file:///tmp/site/") == "begrippen.html"
    assert site_relatief("https://elders.example/x.html", basis) is None


def test_vouwen_en_woorden_op_site():
    assert vouw("Financiële Resumé") == "financiele resume"
    assert woorden("Co-creëren, (mee)beslissen") == ["co", "creeren", "mee", "beslissen"]
    op_site = {"financiele", "middelen"}
    assert staat_op_site("Financiële middelen", op_site)
    assert not staat_op_site("financiele middelne", op_site)
