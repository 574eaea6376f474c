"""The structure-tree edits the PDF post-processing is made of (macros/uitvoer/pdf/
structuurboom.py ``_Boom``), on tiny PDFs built with pikepdf (tests/unit/pdfboom.py): what
a PDF/UA reader gets after moving, removing or turning an element into an artifact is
read back from the objects (kids, /P, /Pg, MCIDs, ParentTree owners), with literal
expectations from the tree written in each test. Pages are 0-based here, as in ``_Boom``."""

from __future__ import annotations

import io

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name

from macros.uitvoer.pdf.layout import NabewerkingFout
from macros.uitvoer.pdf.structuurboom import _Boom
from tests.unit.pdfboom import E, Link, Mcid, Mcr, in_volgorde, maak


def _open(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def _eigenaars(pdf: pikepdf.Pdf, pagina: int) -> list:
    """The ParentTree row of a page (0-based), read without ``_Boom``: the S of each owner."""
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    sleutel = int(pdf.pages[pagina].obj.StructParents)
    rij = next(nums[i + 1] for i in range(0, len(nums), 2) if int(nums[i]) == sleutel)
    return [str(el.S) if isinstance(el, Dictionary) else None for el in rij]


def _inhoud(el) -> list:
    """An element's kids as (kind, page number 1-based or None, MCID or role)."""
    pdf_paginas = {}
    uit = []
    k = el.get("/K")
    for kind in (list(k) if isinstance(k, Array) else ([k] if k is not None else [])):
        if isinstance(kind, Dictionary) and "/S" in kind:
            uit.append(("el", str(kind.S)))
        elif isinstance(kind, Dictionary):
            pg = kind.get("/Pg")
            uit.append((str(kind.get("/Type")), pdf_paginas.setdefault(pg.objgen, pg.objgen) if pg is not None else None,
                        int(kind.MCID) if "/MCID" in kind else None))
        else:
            uit.append(("mcid", int(kind)))
    return uit


def test_parenttree_zonder_nums_is_een_fout():
    with _open(maak(E("/P", 1))) as pdf:
        pdf.Root.StructTreeRoot.ParentTree = Dictionary(Kids=Array([]))
        with pytest.raises(NabewerkingFout, match="^ParentTree zonder /Nums$"):
            _Boom(pdf)


def test_pagina_van_een_element():
    with _open(maak(E("/P", Mcid(2)), E("/Div", 1))) as pdf:
        b = _Boom(pdf)
        p, div = in_volgorde(pdf.Root.StructTreeRoot)[1:]
        assert (b.pagina(p), b.pagina(div)) == (1, None)


def test_zet_eigenaar_binnen_en_buiten_de_rij():
    with _open(maak(E("/P", 1, 1), E("/H1", 2))) as pdf:
        b = _Boom(pdf)
        h1 = in_volgorde(pdf.Root.StructTreeRoot, "/H1")[0]
        b.zet_eigenaar(0, 1, h1)
        b.zet_eigenaar(0, 2, h1)  # no MCID 2 on page 1: nothing changes, no error
        assert _eigenaars(pdf, 0) == ["/P", "/H1"]


def test_paginas_eerste():
    with _open(maak(
        E("/Sect", E("/Div"), E("/P", 2)),  # the empty Div is skipped
        E("/P", Mcr(2, pg=False), pg=1),  # an MCR without /Pg: the element's page
        E("/P", Mcid(2)),
        E("/Div"),
    )) as pdf:
        b = _Boom(pdf)
        sect, _, _, p1, p2, div = in_volgorde(pdf.Root.StructTreeRoot)[1:]
        assert [b.paginas_eerste(e) for e in (sect, p1, p2, div)] == [1, 0, 1, None]


def test_verplaats_alle_soorten_inhoud():
    """Elements, an /OBJR without /Pg, an /MCR with and without /Pg and a bare MCID move to
    the end of the target, in order; their owners in the ParentTree become the target."""
    with _open(maak(
        E("/P", 1),
        E("/P", E("/Span", 2), Link(2, uri="https://a.example/", contents="A"), Mcr(1), Mcr(2, pg=False), Mcid(2)),
    )) as pdf:
        doel, van = in_volgorde(pdf.Root.StructTreeRoot, "/P")
        span = in_volgorde(van, "/Span")[0]
        objr = van.K[1]
        del objr["/Pg"]
        annot = objr.Obj
        b = _Boom(pdf)
        b.verplaats(van, doel)
        assert list(van.K) == []
        k = list(doel.K)
        assert len(k) == 6
        assert k[1].objgen == span.objgen and span.P.objgen == doel.objgen
        assert str(k[2].Type) == "/OBJR" and k[2].Pg.objgen == pdf.pages[1].obj.objgen
        assert [str(x.Type) for x in k[3:]] == ["/MCR", "/MCR", "/MCR"]
        assert [(x.Pg.objgen, int(x.MCID)) for x in k[3:]] == [
            (pdf.pages[0].obj.objgen, 1), (pdf.pages[1].obj.objgen, 1), (pdf.pages[1].obj.objgen, 2)]
        # page 1: MCID 0 the target's own, MCID 1 moved; page 2: the Span's, then two moved
        assert _eigenaars(pdf, 0) == ["/P", "/P"] and _eigenaars(pdf, 1) == ["/Span", "/P", "/P"]
        rij_1, rij_2 = pdf.Root.StructTreeRoot.ParentTree.Nums[1], pdf.Root.StructTreeRoot.ParentTree.Nums[3]
        assert rij_1[1].objgen == doel.objgen  # the MCR with its own /Pg: the owner on its page
        assert rij_2[1].objgen == doel.objgen and rij_2[2].objgen == doel.objgen
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        link_owner = next(nums[i + 1] for i in range(0, len(nums), 2) if int(nums[i]) == int(annot.StructParent))
        assert link_owner.objgen == doel.objgen


def test_verplaats_objr_met_eigen_pg_en_zonder_structparent():
    with _open(maak(E("/P", 1), E("/Link", Link(2, uri="https://a.example/", contents="A", ouder=False), pg=1))) as pdf:
        doel, link = in_volgorde(pdf.Root.StructTreeRoot)[1:]
        b = _Boom(pdf)
        b.verplaats(link, doel)
        assert doel.K[1].Pg.objgen == pdf.pages[1].obj.objgen  # its own /Pg stays


def test_verwijder():
    with _open(maak(E("/P", 1), E("/H2", 1), E("/P", 1))) as pdf:
        document = pdf.Root.StructTreeRoot.K
        p1, h2, p2 = in_volgorde(document)
        b = _Boom(pdf)
        b.verwijder(h2)
        assert [e.objgen for e in document.K] == [p1.objgen, p2.objgen]
        los = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.P))
        b.verwijder(los)  # no parent: nothing happens


def test_maak_artefact_verzamelt_alle_mcids():
    with _open(maak(E("/H1", 1), E("/THead", E("/TR", E("/TH", 1), E("/TH", Mcid(2))), E("/TR", Mcr(2))), E("/P", 2))) as pdf:
        document = pdf.Root.StructTreeRoot.K
        thead = in_volgorde(document, "/THead")[0]
        b = _Boom(pdf)
        b.maak_artefact(thead)
        assert b.artefacten == {0: {1}, 1: {0, 1}}
        assert [str(e.S) for e in document.K] == ["/H1", "/P"]


def test_k_zonder_array():
    """/K may be one element or one MCID instead of an array (the root's /K is one /Document)."""
    with _open(maak(E("/Sect", E("/P", Mcid(2))))) as pdf:
        document = pdf.Root.StructTreeRoot.K
        sect = document.K[0]
        p = sect.K[0]
        sect.K, p.K = p, p.K[0]
        b = _Boom(pdf)
        assert [e.objgen for e in b.elementen(pdf.Root.StructTreeRoot)] == [document.objgen]
        assert [e.objgen for e in b.elementen(sect)] == [p.objgen]
        assert (b.paginas_eerste(sect), b.elementen(p)) == (1, [])


def test_pagina_zonder_structparents_heeft_geen_rij():
    with _open(maak(E("/P", 1), E("/P", 2), zonder_structparents=(2,))) as pdf:
        b = _Boom(pdf)
        assert b.ouder_rij(1) is None
        b.zet_eigenaar(1, 0, in_volgorde(pdf.Root.StructTreeRoot)[1])  # no row: nothing to do
        assert str(b.ouder_rij(0)[0].S) == "/P"
