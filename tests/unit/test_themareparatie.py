"""Repairs of the theme's own code (macros/uitvoer/themareparatie.py): each replaces exactly one
occurrence, and refuses a theme whose code changed (so a repair is never skipped silently)."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest

from macros.uitvoer.themareparatie import REPARATIES, ThemaReparatieFout, repareer

# The theme as pip installed it (mkdocs-material 9.8.2, pinned in requirements.txt).
MATERIAL = Path(__import__("material").__file__).parent / "templates"


def test_vervangt_precies_een_keer():
    assert repareer("a(X)b", "X", "Y") == "a(Y)b"


@pytest.mark.parametrize("tekst", ["ab", "XaX"], ids=["afwezig", "twee-keer"])
def test_weigert_als_het_thema_anders_is(tekst):
    with pytest.raises(ThemaReparatieFout, match="themacode veranderd"):
        repareer(tekst, "X", "Y")


@pytest.mark.parametrize("patroon,oud,nieuw,reden", REPARATIES, ids=[r[3][:30] for r in REPARATIES])
def test_elke_reparatie_past_op_het_vastgezette_thema(patroon, oud, nieuw, reden):
    """Every repair's old text is in the installed theme exactly once (a theme update that
    changed it would fail here and in the build)."""
    paden = glob.glob(str(MATERIAL / patroon))
    assert len(paden) == 1, paden
    tekst = Path(paden[0]).read_text(encoding="utf-8")
    assert tekst.count(oud) == 1 and nieuw not in tekst
