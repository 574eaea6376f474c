"""tests/npm.py: a missing npm tool skips a test only in `make test-fast` (-m "not browser"),
and fails it in every other run."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from _pytest.outcomes import Failed, Skipped

from tests.npm import ROOT, npm_nodig


def _config(markexpr: str):
    return SimpleNamespace(getoption=lambda naam, standaard=None: markexpr if naam == "markexpr" else standaard)


def test_ontbrekend_npm_pakket_overslaan_alleen_in_test_fast():
    weg = ROOT / "node_modules" / "bestaat-niet-pakket" / "x.js"
    with pytest.raises(Skipped, match="make test-fast zonder node_modules: node_modules/bestaat-niet-pakket/x.js ontbreekt"):
        npm_nodig(weg, _config("not browser"))
    for markexpr in ("", "browser", "traag"):
        with pytest.raises(Failed, match="ontbreekt: installeer het met `make test`"):
            npm_nodig(weg, _config(markexpr))
    assert npm_nodig(ROOT / "package.json", _config("")) == ROOT / "package.json"
