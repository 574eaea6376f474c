"""The link repairs of the PDF post-processing (macros/uitvoer/pdf/nabewerking.py ``_links``)
on tiny tagged PDFs built with pikepdf (tests/unit/pdfboom.py) and a hand-written ``Layout``:
one /Link per HTML link, each annotation described by its link text. Literal expectations,
read back with pikepdf; the helpers are those of test_pdf_nabewerking_boom.py."""

from __future__ import annotations

import io

import pikepdf
import pytest

from macros.uitvoer.pdf.nabewerking import Layout, NabewerkingFout, verbeter
from tests.unit.pdfboom import E, Link, maak
from tests.unit.test_pdf_nabewerking_boom import _document, _na, _rollen


def test_link_onder_een_alinea_krijgt_een_eigen_link():
    data = maak(E("/P", 1, Link(1, uri="https://example.org/", contents="https://example.org/")))
    with _na(data, links=[[("Het voorbeeld", 0)], []]) as pdf:
        p = _document(pdf).K[0]
        assert _rollen(p) == ["/Link"]
        link = p.K[1]
        assert link.P.objgen == p.objgen and link.Pg.objgen == pdf.pages[0].obj.objgen
        assert str(link.Type) == "/StructElem"
        (objr,) = list(link.K)
        annot = pdf.pages[0].obj.Annots[0]
        assert str(objr.Type) == "/OBJR" and objr.Obj.objgen == annot.objgen
        assert str(annot.Contents) == "Het voorbeeld"
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        ouder = next(nums[i + 1] for i in range(0, len(nums), 2) if int(nums[i]) == int(annot.StructParent))
        assert ouder.objgen == link.objgen


def test_link_zonder_structparent_krijgt_alleen_zijn_beschrijving():
    data = maak(E("/Link", Link(1, uri="https://a.example/", ouder=False), pg=1))
    with _na(data, links=[[("A", 0)], []]) as pdf:
        assert str(pdf.pages[0].obj.Annots[0].Contents) == "A"
        assert _rollen(_document(pdf)) == ["/Link"]


def test_elke_annotatie_op_de_pagina_krijgt_haar_beschrijving():
    """An annotation without /StructParent, or whose ParentTree entry is no element, is
    described and left; the annotations after it on the page are still done."""
    data = maak(E("/P", E("/Link", Link(1, uri="https://a.example/", ouder=False)),
                  E("/Link", Link(1, uri="https://b.example/")), E("/Link", Link(1, uri="https://c.example/"))))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        i = next(i for i in range(0, len(nums), 2) if int(nums[i]) == int(pdf.pages[0].obj.Annots[1].StructParent))
        nums[i + 1] = pikepdf.Object.parse(b"null")
        uit = io.BytesIO()
        pdf.save(uit)
    with _na(uit.getvalue(), links=[[("A", 0), ("B", 1), ("C", 2)], []]) as pdf:
        assert [str(a.Contents) for a in pdf.pages[0].obj.Annots] == ["A", "B", "C"]


def test_delen_van_een_link_onder_een_alinea():
    """Both fragments of one HTML link hung under the paragraph: one new /Link holds both."""
    data = maak(E("/P", 1, Link(1, uri="https://a.example/"), Link(2, uri="https://a.example/")))
    with _na(data, links=[[("A", 0)], [("A", 0)]]) as pdf:
        p = _document(pdf).K[0]
        assert _rollen(p) == ["/Link"]
        assert [objr.Obj.objgen for objr in p.K[1].K] == [pdf.pages[0].obj.Annots[0].objgen,
                                                           pdf.pages[1].obj.Annots[0].objgen]


def test_layout_korter_dan_het_document():
    """A layout with no lists for the last pages: nothing to merge there, and a link on
    such a page is a mismatch (NabewerkingFout), not an IndexError."""
    for lay in (Layout(), Layout(links=[[]], vervolg=[[]])):
        zonder_links = verbeter(maak(E("/P", 1), E("/P", 2)), lay)
        assert len(pikepdf.open(io.BytesIO(zonder_links)).pages) == 2
    with pytest.raises(NabewerkingFout, match="^pagina 2: 1 linkannotaties, layout zegt 0$"):
        verbeter(maak(E("/P", 1), E("/Link", Link(2, uri="https://a.example/"), pg=2)), Layout(links=[[]]))


def test_delen_van_een_link_worden_een_link():
    data = maak(E("/P",
        E("/Link", Link(1, uri="https://a.example/")),
        E("/Link", Link(1, uri="https://b.example/")),
        E("/Link", Link(2, uri="https://a.example/"), pg=2),
    ))
    with _na(data, links=[[("A", 0), ("B", 1)], [("A", 0)]]) as pdf:
        p = _document(pdf).K[0]
        assert _rollen(p) == ["/Link", "/Link"]
        eerste = p.K[0]
        assert [objr.Obj.A.URI for objr in eerste.K] == ["https://a.example/", "https://a.example/"]
        annot = pdf.pages[1].obj.Annots[0]
        assert str(annot.Contents) == "A"
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        ouder = next(nums[i + 1] for i in range(0, len(nums), 2) if int(nums[i]) == int(annot.StructParent))
        assert ouder.objgen == eerste.objgen
