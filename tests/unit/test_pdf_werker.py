"""The knowledge document's second process: errors come back as PdfFout."""

from pathlib import Path

import pytest

from macros.uitvoer import pdf
from macros.uitvoer.pdf.werker import PdfWerker


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
    from macros.koppeling import hooks

    if sw_pdf is None:
        monkeypatch.delenv("SW_PDF", raising=False)
    else:
        monkeypatch.setenv("SW_PDF", sw_pdf)
    monkeypatch.setitem(hooks._pdf, "overslaan", None)
    hooks.on_startup(commando, dirty=False)
    assert bool(hooks._pdf["overslaan"]) == overslaan


def test_zonder_het_lettertype_stopt_de_pdf_met_een_nederlandse_melding(monkeypatch):
    """Without fonts-liberation2 fontconfig hands WeasyPrint a fallback with other metrics;
    the build must stop and name the package instead of publishing another layout."""
    from macros.uitvoer.pdf import lettertypen
    from macros.uitvoer.pdf.weasy import PdfFout, controleer_lettertypen

    echt = lettertypen.gevonden()
    if not echt:
        pytest.fail("fc-match (Debian-pakket fontconfig) ontbreekt")
    vals = {p: (("DejaVu Sans", "/x/DejaVuSans.ttf") if p.startswith("Liberation") else v) for p, v in echt.items()}
    monkeypatch.setattr(lettertypen, "gevonden", lambda: vals)
    with pytest.raises(PdfFout, match="Lettertype 'Liberation Sans'.*fonts-liberation2"):
        controleer_lettertypen()


def test_andere_lettertypebestanden_geven_een_andere_cachesleutel(monkeypatch, tmp_path):
    """The PDF cache never hands out a PDF laid out with other font files."""
    from macros.uitvoer.pdf import lettertypen, weasy

    html = "<html><body><p>Hallo</p></body></html>"
    een = weasy._sleutel(html, tmp_path)
    assert een == weasy._sleutel(html, tmp_path)
    monkeypatch.setattr(lettertypen, "vingerafdruk", lambda: "andere lettertypen")
    assert weasy._sleutel(html, tmp_path) != een
