"""macros/uitvoer/pdf/taal.py: an element with ``lang`` in the print HTML has ``/Lang`` on its
structure element in the tagged PDF (read back with pikepdf); without the wrapper WeasyPrint
leaves it out (negative control on the same path)."""

from __future__ import annotations

import io

import pikepdf
import pytest

from macros.uitvoer.pdf.taal import talen_in_tags

HTML = ('<html lang="nl"><head><title>t</title></head><body><h1>Kaart <span lang="en">Multi-Level Approach</span></h1>'
        '<p>Nederlandse tekst.</p><ul><li><cite lang="en">Communities That Care</cite>, 2019.</li></ul>'
        '<p lang="en">An English paragraph.</p></body></html>')


def _talen(pdf_bytes: bytes) -> list[tuple[str, str, str]]:
    """(structure type, /Lang, its marked-content ids) of every element with /Lang."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    uit = []

    def loop(el) -> None:
        if not isinstance(el, pikepdf.Dictionary):
            return
        if "/Lang" in el:
            uit.append((str(el.get("/S")), str(el.Lang), mcids(el)))
        kids = el.get("/K")
        for k in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            loop(k)

    def mcids(el) -> str:
        kids = el.get("/K")
        lijst = kids if isinstance(kids, pikepdf.Array) else [kids]
        return ",".join(str(int(k)) if isinstance(k, int) else mcids(k) for k in lijst
                        if isinstance(k, (int, pikepdf.Dictionary)))

    loop(pdf.Root.StructTreeRoot)
    assert str(pdf.Root.Lang) == "nl"
    return uit


def _pdf(met: bool) -> bytes:
    from weasyprint import HTML as Html

    with talen_in_tags() if met else _niets():
        return Html(string=HTML).write_pdf(pdf_variant="pdf/ua-1")


class _niets:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def test_lang_wordt_lang_in_de_pdf_tags():
    talen = _talen(_pdf(met=True))
    # the title's span, the <cite> (WeasyPrint tags it NonStruct) and the paragraph
    assert sorted((s, t) for s, t, _ in talen) == [("/NonStruct", "en"), ("/P", "en"), ("/Span", "en")], talen
    assert all(m for _, _, m in talen), "een /Lang-element zonder inhoud"


def test_zonder_de_omhulling_geen_lang():
    assert _talen(_pdf(met=False)) == []


@pytest.mark.parametrize("keer", [1, 2])
def test_omhulling_wordt_teruggezet(keer):
    from weasyprint.pdf import tags

    voor = tags._build_box_tree
    with talen_in_tags():
        assert tags._build_box_tree is not voor
    assert tags._build_box_tree is voor
