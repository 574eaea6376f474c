"""The knowledge document's second process: errors come back as PdfFout."""

from pathlib import Path

import pytest

from macros import pdf
from macros.pdf.werker import PdfWerker


def test_fout_in_het_aparte_proces_komt_terug_als_pdffout():
    werker = PdfWerker()
    try:
        toekomst = werker.kennisdocument(
            (pdf.Onderdeel("X", "x.md"),), {}, pdf.Uitgave("1", "2025-01-01"), Path("."), None, None
        )
        with pytest.raises(pdf.PdfFout, match="x.md"):
            toekomst.result(timeout=120)
    finally:
        werker.stop(direct=True)
