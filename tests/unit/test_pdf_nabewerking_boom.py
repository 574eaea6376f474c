"""The PDF/UA repairs (macros/uitvoer/pdf/nabewerking.py ``verbeter``) on tiny tagged PDFs
built with pikepdf (tests/unit/pdfboom.py) and a ``Layout`` written by hand, as WeasyPrint's
layout would give it: what a PDF/UA reader gets afterwards (the structure tree, the
ParentTree owners, the marked content in the pages) is read back with pikepdf, and the
expectations are literal, from the tree written in each test. The same repairs on a real
WeasyPrint document are in test_pdf_nabewerking.py; these run in milliseconds, inside
each test, so the mutation run sees every one of them."""

from __future__ import annotations

import io

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name

from macros.uitvoer.pdf.nabewerking import Layout, NabewerkingFout, verbeter
from tests.unit.pdfboom import E, Mcid, in_volgorde, maak


def _na(data: bytes, vervolg=None, links=None) -> pikepdf.Pdf:
    n = len(pikepdf.open(io.BytesIO(data)).pages)
    uit = verbeter(data, Layout(links=links or [[] for _ in range(n)], vervolg=vervolg or [[] for _ in range(n)]))
    return pikepdf.open(io.BytesIO(uit))


def _rollen(el) -> list[str]:
    k = el.get("/K")
    return [str(x.S) for x in (list(k) if isinstance(k, Array) else [k] if k is not None else [])
            if isinstance(x, Dictionary) and "/S" in x]


def _document(pdf):
    return pdf.Root.StructTreeRoot.K


def _paginas(pdf, el) -> list[tuple[int, int]]:
    """(page 1-based, MCID) of an element's own marked content."""
    nummer = {p.objgen: i for i, p in enumerate(pdf.pages, 1)}
    uit = []
    k = el.get("/K")
    for x in (list(k) if isinstance(k, Array) else [k] if k is not None else []):
        if isinstance(x, Dictionary) and x.get("/Type") == "/MCR":
            uit.append((nummer[x.Pg.objgen], int(x.MCID)))
        elif not isinstance(x, Dictionary):
            uit.append((nummer[el.Pg.objgen], int(x)))
    return uit


def _eigenaar(pdf, pagina: int, mcid: int):
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    sleutel = int(pdf.pages[pagina - 1].obj.StructParents)
    return next(nums[i + 1] for i in range(0, len(nums), 2) if int(nums[i]) == sleutel)[mcid]


def _markeringen(pdf, pagina: int) -> list:
    """The page's marked-content sequences: their MCID, or "Artifact"."""
    return [int(o[1].MCID) if str(o[0]) != "/Artifact" else "Artifact"
            for o, _ in pikepdf.parse_content_stream(pdf.pages[pagina - 1], "BDC")]


def test_zonder_tagstructuur_stopt_de_bouw():
    pdf = pikepdf.new()
    pdf.add_blank_page()
    uit = io.BytesIO()
    pdf.save(uit)
    with pytest.raises(NabewerkingFout, match="^PDF zonder tagstructuur$"):
        verbeter(uit.getvalue(), Layout(links=[[]], vervolg=[[]]))


# ---- split elements --------------------------------------------------------------------
def test_sectie_en_laatste_alinea_samengevoegd():
    data = maak(E("/H1", 1), E("/Sect", E("/H2", 1), E("/P", 1), E("/P", 1), pg=1), E("/Sect", E("/P", 2), E("/P", 2), pg=2))
    with _na(data, vervolg=[[], ["/Sect", "/P"]]) as pdf:
        assert _rollen(_document(pdf)) == ["/H1", "/Sect"]
        sect = _document(pdf).K[1]
        assert _rollen(sect) == ["/H2", "/P", "/P", "/P"]
        assert [_paginas(pdf, p) for p in sect.K[1:]] == [[(1, 2)], [(1, 3), (2, 0)], [(2, 1)]]
        assert _eigenaar(pdf, 2, 0).objgen == sect.K[2].objgen
        assert _eigenaar(pdf, 2, 1).objgen == sect.K[3].objgen and sect.K[3].P.objgen == sect.objgen
        assert _markeringen(pdf, 2) == [0, 1]


def test_alleen_wat_de_layout_zegt_wordt_samengevoegd():
    data = maak(E("/Sect", E("/P", 1), pg=1), E("/Sect", E("/P", 2), pg=2), E("/Div", E("/P", 3), pg=3),
                E("/Div", E("/P", 4), pg=4), paginas=4)
    with _na(data, vervolg=[[], ["/Sect"], [], ["/Sect"]]) as pdf:  # the Divs: the wrong role
        assert _rollen(_document(pdf)) == ["/Sect", "/Div", "/Div"]
        assert _rollen(_document(pdf).K[0]) == ["/P", "/P"]


def test_pagina_zonder_nieuw_element_wordt_overgeslagen():
    """A div over pages 1-2 that is already one element (no element starts on page 2), then
    its third part on page 3: the break before page 2 has nothing to merge, the one before
    page 3 still does."""
    data = maak(E("/Div", E("/P", 1), E("/P", 2), pg=1), E("/Div", E("/P", 3), pg=3), paginas=3)
    with _na(data, vervolg=[[], ["/Div"], ["/Div"]]) as pdf:
        assert _rollen(_document(pdf)) == ["/Div"]
        assert _rollen(_document(pdf).K[0]) == ["/P", "/P", "/P"]


def test_lege_vervolglijst_slaat_alleen_die_grens_over():
    data = maak(E("/P", 1, pg=1), E("/Div", E("/P", 2), pg=2), E("/Div", E("/P", 3), pg=3), paginas=3)
    with _na(data, vervolg=[[], [], ["/Div"]]) as pdf:
        assert _rollen(_document(pdf)) == ["/P", "/Div"]
    with _na(data, vervolg=[[], ["/Sect"], ["/Div"]]) as pdf:  # a role that does not match: only that break
        assert _rollen(_document(pdf)) == ["/P", "/Div"]


def test_beide_kanten_moeten_de_rol_van_de_layout_hebben():
    for eerste, tweede in (("/Sect", "/Div"), ("/Div", "/Sect")):
        data = maak(E(eerste, E("/P", 1), pg=1), E(tweede, E("/P", 2), pg=2))
        with _na(data, vervolg=[[], ["/Sect", "/P"]]) as pdf:
            assert _rollen(_document(pdf)) == [eerste, tweede]


def test_deel_zonder_kindelementen_stopt_de_keten():
    """The layout says a paragraph goes on inside the section, but the first part has no
    element children: the sections merge, nothing further."""
    data = maak(E("/Sect", 1, pg=1), E("/Sect", E("/P", 2), pg=2))
    with _na(data, vervolg=[[], ["/Sect", "/P"]]) as pdf:
        assert _rollen(_document(pdf)) == ["/Sect"] and _rollen(_document(pdf).K[0]) == ["/P"]


def test_tabel_over_drie_paginas():
    data = maak(*(E("/Table", E("/TBody", E("/TR", E("/TD", p))), pg=p) for p in (1, 2, 3)), paginas=3)
    with _na(data, vervolg=[[], ["/Table"], ["/Table"]]) as pdf:
        assert _rollen(_document(pdf)) == ["/Table"]
        assert len(in_volgorde(_document(pdf), "/TR")) == 3


def test_tabel_met_twee_lichamen_loopt_door_in_het_laatste():
    data = maak(E("/Table", E("/THead", E("/TR", E("/TH", 1))), E("/TBody", E("/TR", E("/TD", 1))),
                  E("/TBody", E("/TR", E("/TD", 1))), pg=1),
                E("/Table", E("/TBody", E("/TR", E("/TD", 2)), E("/TR", E("/TD", 2))), pg=2))
    with _na(data, vervolg=[[], ["/Table"]]) as pdf:
        tabel = _document(pdf).K[0]
        assert _rollen(tabel) == ["/THead", "/TBody", "/TBody"]
        assert [len(in_volgorde(deel, "/TR")) for deel in tabel.K] == [1, 1, 3]


def test_tabel_met_herhaalde_koprij():
    """The header row repeated on page 2 becomes an artifact; the body rows become one body."""
    def tabel(p):
        return E("/Table", E("/THead", E("/TR", E("/TH", p), E("/TH", p))), E("/TBody", E("/TR", E("/TD", p))), pg=p)
    with _na(maak(tabel(1), tabel(2)), vervolg=[[], ["/Table"]]) as pdf:
        assert _rollen(_document(pdf)) == ["/Table"]
        thead, tbody = _document(pdf).K[0].K
        assert (str(thead.S), str(tbody.S)) == ("/THead", "/TBody")
        assert len(in_volgorde(thead, "/TR")) == 1 and len(in_volgorde(tbody, "/TR")) == 2
        assert _markeringen(pdf, 2) == ["Artifact", "Artifact", 2]
        assert _markeringen(pdf, 1) == [0, 1, 2]
        assert [_eigenaar(pdf, 2, i) for i in (0, 1)] == [None, None]


def test_koprij_alleen_onderaan_de_pagina_en_herhaald():
    """Page 1 holds only the header row, page 2 repeats it above the body: the repeat is
    the artifact, one header row stays."""
    data = maak(E("/Table", E("/THead", E("/TR", E("/TH", 1))), pg=1),
                E("/Table", E("/THead", E("/TR", E("/TH", 2))), E("/TBody", E("/TR", E("/TD", 2))), pg=2))
    with _na(data, vervolg=[[], ["/Table"]]) as pdf:
        assert _rollen(_document(pdf).K[0]) == ["/THead", "/TBody"]
        assert _markeringen(pdf, 2) == ["Artifact", 1]


def test_tabel_zonder_herhaalde_koprij():
    """Page 2 starts with body rows: nothing becomes an artifact, the rows join the body."""
    data = maak(E("/Table", E("/THead", E("/TR", E("/TH", 1))), E("/TBody", E("/TR", E("/TD", 1))), pg=1),
                E("/Table", E("/TBody", E("/TR", E("/TD", 2)), E("/TR", E("/TD", 2))), pg=2))
    with _na(data, vervolg=[[], ["/Table"]]) as pdf:
        tabel = _document(pdf).K[0]
        assert _rollen(_document(pdf)) == ["/Table"] and _rollen(tabel) == ["/THead", "/TBody"]
        assert len(in_volgorde(tabel.K[1], "/TR")) == 3
        assert _markeringen(pdf, 2) == [0, 1]


# ---- header cells and list items ----------------------------------------------------------
def test_scope_van_kopcellen():
    data = maak(E("/Table",
        E("/THead", E("/TR", E("/TH", 1))),
        E("/TBody", E("/TR", E("/TH", 1, a=Dictionary(O=Name.Table, Scope=Name.Column, ColSpan=2)), E("/TD", 1))),
        E("/TFoot", E("/TR", E("/TH", 1))),
    ))
    with _na(data) as pdf:
        th = in_volgorde(_document(pdf), "/TH")
        assert [str(x.A.Scope) for x in th] == ["/Column", "/Row", "/Row"]
        assert [str(x.A.O) for x in th] == ["/Table"] * 3
        assert int(th[1].A.ColSpan) == 2  # the cell's other attributes stay


def test_lijstitems_houden_lbl_en_een_lbody():
    data = maak(E("/L",
        E("/LI", E("/Lbl", 1), E("/LBody", 1)),
        E("/LI", E("/Lbl", 1), E("/P", 1)),
        E("/LI", 1, E("/Span", 1)),
        E("/LI", Mcid(1)),
        E("/LI", E("/LBody", 1), E("/LBody", 2)),
        E("/LI", E("/P", 1), E("/Lbl", 1), E("/P", 1)),
        E("/LI", E("/LBody", 1), E("/P", 1)),
        E("/LI", E("/P", 1)),
    ))
    with _na(data) as pdf:
        items = in_volgorde(_document(pdf), "/LI")
        assert [_rollen(li) for li in items] == [["/Lbl", "/LBody"], ["/Lbl", "/LBody"], ["/LBody"], ["/LBody"],
                                                 ["/LBody"], ["/LBody", "/Lbl"], ["/LBody"], ["/LBody"]]
        assert _rollen(items[1].K[1]) == ["/P"] and _rollen(items[2].K[0]) == ["/Span"]
        assert _paginas(pdf, items[2].K[0]) == [(1, 4)] and _eigenaar(pdf, 1, 4).objgen == items[2].K[0].objgen
        assert _eigenaar(pdf, 1, 6).objgen == items[3].K[0].objgen and _paginas(pdf, items[3].K[0]) == [(1, 6)]
        assert str(items[3].K[0].Type) == "/StructElem" and items[3].K[0].Pg.objgen == pdf.pages[0].obj.objgen
        assert _rollen(items[7].K[0]) == ["/P"]
        assert _paginas(pdf, items[4].K[0]) == [(1, 7), (2, 0)] and _eigenaar(pdf, 2, 0).objgen == items[4].K[0].objgen
        assert _rollen(items[5].K[0]) == ["/P", "/P"]
        assert _rollen(items[6].K[0]) == ["/P"] and _paginas(pdf, items[6].K[0]) == [(1, 11)]
        assert items[1].K[1].P.objgen == items[1].objgen and items[1].K[1].K[0].P.objgen == items[1].K[1].objgen


# ---- artifacts ---------------------------------------------------------------------------
def test_inhoud_zonder_eigenaar_wordt_artefact():
    """Page 1 is all owned (left alone). Page 2 has a running footer (MCID 2: a /Span that
    WeasyPrint hangs nowhere in the tree, but owns in the ParentTree) and a paragraph taken
    out of the tree (MCID 1): both become artifacts, their owners null."""
    data = maak(E("/H1", 1), E("/P", 2), E("/P", 2), E("/Span", 2))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.Root.StructTreeRoot.K.K = Array(list(pdf.Root.StructTreeRoot.K.K)[:2])
        uit = io.BytesIO()
        pdf.save(uit)
    with _na(uit.getvalue()) as pdf:
        assert _markeringen(pdf, 1) == [0]
        assert _markeringen(pdf, 2) == [0, "Artifact", "Artifact"]
        assert _eigenaar(pdf, 2, 0).S == Name.P and _eigenaar(pdf, 2, 1) is None and _eigenaar(pdf, 2, 2) is None
        artefact = [o for o, _ in pikepdf.parse_content_stream(pdf.pages[1], "BDC") if str(o[0]) == "/Artifact"][0]
        assert str(artefact[1].Type) == "/Pagination"


# ---- the file itself -----------------------------------------------------------------------
def test_zelfde_document_zelfde_bytes_met_id_uit_de_inhoud():
    """The file identifier comes from the content (both halves), not from the input's /ID or
    the clock: the same document gives the same bytes, another document another ID."""
    een, ander = maak(E("/H1", 1), E("/P", 2)), maak(E("/H1", 1), E("/P", 2), E("/P", 2))
    with pikepdf.open(io.BytesIO(een)) as pdf:
        pdf.trailer.ID = Array([pikepdf.String(b"a" * 16), pikepdf.String(b"b" * 16)])
        uit = io.BytesIO()
        pdf.save(uit, static_id=True)
        met_id = uit.getvalue()
    lay = Layout(links=[[], []], vervolg=[[], []])
    a, b, c = verbeter(een, lay), verbeter(met_id, lay), verbeter(ander, lay)
    assert a == verbeter(een, lay) == b
    with pikepdf.open(io.BytesIO(a)) as pdf, pikepdf.open(io.BytesIO(c)) as andere:
        id_a, id_c = [bytes(x) for x in pdf.trailer.ID], [bytes(x) for x in andere.trailer.ID]
        assert id_a[0] == id_a[1] and id_a[0] not in (b"a" * 16, b"b" * 16) and id_a != id_c


def test_paginainhoud_gecomprimeerd():
    """Page 2 gets a new content stream (its unowned MCID becomes an artifact): compressed."""
    with pikepdf.open(io.BytesIO(maak(E("/H1", 1), E("/P", 2), E("/Span", 2)))) as pdf:
        pdf.Root.StructTreeRoot.K.K = Array(list(pdf.Root.StructTreeRoot.K.K)[:2])  # the Span: a running footer
        uit = io.BytesIO()
        pdf.save(uit)
    with _na(uit.getvalue()) as pdf:
        assert _markeringen(pdf, 2) == [0, "Artifact"]
        assert str(pdf.pages[1].obj.Contents.get("/Filter")) == "/FlateDecode"
