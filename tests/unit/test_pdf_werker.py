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


@pytest.mark.parametrize(
    "commando, sw_pdf, overslaan",
    [
        ("serve", None, True),  # `make serve`: the preview never lays out the PDFs
        ("serve", "1", False),  # unless asked for
        ("build", None, False),  # `make site` and the tests always make them
        ("build", "0", True),
    ],
)
def test_pdfs_niet_in_serve(monkeypatch, commando, sw_pdf, overslaan):
    from macros import hooks

    if sw_pdf is None:
        monkeypatch.delenv("SW_PDF", raising=False)
    else:
        monkeypatch.setenv("SW_PDF", sw_pdf)
    monkeypatch.setitem(hooks._pdf, "overslaan", None)
    hooks.on_startup(commando, dirty=False)
    assert bool(hooks._pdf["overslaan"]) == overslaan
