"""The project's own PDF/UA structure checks (macros/uitvoer/pdf/uastructuur.py) on tiny
PDFs built with pikepdf (tests/unit/pdfboom.py), element by element: so each case states
literally which structure tree a PDF/UA reader gets and which findings (kind, page,
message) the check must give for it, positive and negative on the same path. No
WeasyPrint: these run in milliseconds, so the mutation runs can afford many of them."""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name

from macros.uitvoer.pdf.uastructuur import Bevinding, _structuur
from tests.unit.pdfboom import E, Link, Mcid, Mcr, maak


def B(soort, pagina, melding):
    return Bevinding(soort, pagina, melding)


# ---- a good tree ---------------------------------------------------------------------
def test_een_goede_boom_geeft_niets():
    data = maak(
        E("/H1", 1),
        E("/Sect", E("/H2", Mcid(1)), E("/P", 1, E("/Link", Link(1, uri="https://example.org/", contents="Voorbeeld")))),
        E("/Table", E("/TR", E("/TH", 1, a=Dictionary(O=Name.Table, Scope=Name.Column)), E("/TD", 1))),
        E("/L", E("/LI", E("/Lbl", 1), E("/LBody", 1))),
        E("/Sect", E("/H2", 2), E("/P", Mcr(2, pg=False), pg=2)),
    )
    assert _structuur(data) == []


def test_zonder_structuurboom():
    pdf = pikepdf.new()
    pdf.add_blank_page()
    uit = io.BytesIO()
    pdf.save(uit)
    assert _structuur(uit.getvalue()) == [B("geen-structuur", None, "geen StructTreeRoot")]


# ---- headings --------------------------------------------------------------------------
def test_lege_kop_en_kop_met_inhoud_dieper():
    data = maak(E("/H1", 1), E("/H2"), E("/H3", E("/Span")), E("/H2", E("/Span", E("/Span", 1))), E("/H4", Mcid(1)))
    assert _structuur(data) == [B("lege-kop", None, "lege /H2"), B("lege-kop", None, "lege /H3")]


def test_lege_kop_meldt_haar_pagina():
    assert _structuur(maak(E("/H1", 1), E("/H2", pg=2))) == [B("lege-kop", 2, "lege /H2")]


# ---- table header cells ----------------------------------------------------------------
def test_kopcellen_met_en_zonder_scope():
    data = maak(E("/Table", E("/TR",
        E("/TH", 1, a=Dictionary(O=Name.Table, Scope=Name.Row)),
        E("/TH", 1, a=Array([Dictionary(O=Name.Layout), Dictionary(O=Name.Table, Scope=Name.Both)])),
        E("/TH", 1, a=Array([Dictionary(O=Name.Table, Scope=Name.Row), 0])),  # with a revision number
        E("/TH", 1, pg=1),
        E("/TH", 1, a=Dictionary(O=Name.Table)),
        E("/TH", 1, a=Dictionary(O=Name.Table, Scope=Name("/None"))),
        E("/TH", 1, a=Array([Dictionary(O=Name.Layout)])),
    )))
    assert _structuur(data) == [B("th-zonder-scope", 1, "kopcel zonder /Scope"), B("th-zonder-scope", None, "kopcel zonder /Scope"),
                                B("th-zonder-scope", None, "kopcel zonder /Scope"), B("th-zonder-scope", None, "kopcel zonder /Scope")]


# ---- list items ------------------------------------------------------------------------
def test_lijstitems():
    data = maak(E("/L",
        E("/LI", E("/Lbl", 1), E("/LBody", 1)),
        E("/LI", E("/LBody", 1)),
        E("/LI", E("/LBody", 1), E("/LBody", 1), pg=1),
        E("/LI", E("/P", 1), E("/Lbl", 1)),
        E("/LI", E("/LBody", 1), 1),
        E("/LI", E("/P", 1), E("/Span", 1)),
    ))
    assert _structuur(data) == [
        B("lijstitem-zonder-lbody", 1, "LI met meer dan één LBody"),
        B("lijstitem-zonder-lbody", None, "LI met /P"),
        B("lijstitem-zonder-lbody", None, "LI met losse inhoud"),
        B("lijstitem-zonder-lbody", None, "LI met /P, /Span"),
    ]


# ---- elements split at a page break ----------------------------------------------------
def test_tabel_gesplitst_direct_onder_het_document():
    data = maak(E("/H1", 1), E("/Table", E("/TR", E("/TD", 1))), E("/Table", E("/TR", E("/TD", 2))))
    assert _structuur(data) == [B("tabel-gesplitst", 2, "/Table loopt door van pagina 1")]


def test_lijst_gesplitst_alleen_de_lijst():
    """The list items and bodies on both sides are the same kind too, but only /L, /Table
    and the section-like elements are reported."""
    data = maak(E("/L", E("/LI", E("/LBody", 1))), E("/L", E("/LI", E("/LBody", 2))))
    assert _structuur(data) == [B("lijst-gesplitst", 2, "/L loopt door van pagina 1")]


def test_sectie_gesplitst_met_alineas():
    data = maak(E("/Sect", E("/H2", 1), E("/P", 1)), E("/Sect", E("/P", 2)))
    assert _structuur(data) == [B("deel-gesplitst", 2, "/Sect loopt door van pagina 1")]


def test_splitsing_loopt_door_naar_binnen():
    """A section split around a table split: both, outer first."""
    data = maak(E("/Div", E("/Sect", E("/Table", E("/TR", 1)))), E("/Div", E("/Sect", E("/Table", E("/TR", 2)))))
    assert _structuur(data) == [B("deel-gesplitst", 2, "/Div loopt door van pagina 1"),
                                B("deel-gesplitst", 2, "/Sect loopt door van pagina 1"),
                                B("tabel-gesplitst", 2, "/Table loopt door van pagina 1")]


def test_splitsing_binnen_stopt_waar_de_kinderen_niet_aan_de_grens_liggen():
    """Inside the split pair the next pair counts only if the last child of the first part
    ends on the first page and the first child of the next starts on the second."""
    data = maak(E("/Sect", E("/Table", 1), E("/P", 1)), E("/Sect", E("/Table", 2)), paginas=2)
    assert _structuur(data) == [B("deel-gesplitst", 2, "/Sect loopt door van pagina 1")]
    data = maak(E("/BlockQuote", E("/L", 1), E("/L", 1)), E("/BlockQuote", E("/L", 2), E("/L", 2)))
    assert _structuur(data) == [B("deel-gesplitst", 2, "/BlockQuote loopt door van pagina 1"),
                                B("lijst-gesplitst", 2, "/L loopt door van pagina 1")]


def test_splitsing_binnen_stopt_als_een_kant_geen_kinderen_heeft_of_later_begint():
    assert _structuur(maak(E("/Sect", 1), E("/Sect", E("/P", 2)))) == [B("deel-gesplitst", 2, "/Sect loopt door van pagina 1")]
    assert _structuur(maak(E("/Sect", E("/P", 1)), E("/Sect", 2))) == [B("deel-gesplitst", 2, "/Sect loopt door van pagina 1")]
    # the second section's first child (a table) starts on page 3: not the same table cut at the break
    data = maak(E("/Sect", E("/Table", 1)), E("/Sect", 2, E("/Table", 3)), paginas=3)
    assert _structuur(data) == [B("deel-gesplitst", 2, "/Sect loopt door van pagina 1")]


def test_splitsing_na_een_paar_alineas_wordt_nog_gezien():
    data = maak(E("/P", 1), E("/P", 1), E("/Table", E("/TR", 1)), E("/Table", E("/TR", 2)))
    assert _structuur(data) == [B("tabel-gesplitst", 2, "/Table loopt door van pagina 1")]


def test_splitsing_met_alleen_een_link_op_de_tweede_pagina():
    """The second part's only content is a link annotation (/OBJR): its page counts."""
    data = maak(E("/Sect", E("/P", 1)), E("/Sect", E("/Link", Link(2, uri="https://a.example/", contents="A"))))
    assert _structuur(data) == [B("deel-gesplitst", 2, "/Sect loopt door van pagina 1")]


def test_geen_splitsing_met_eigen_kop_of_bijschrift():
    data = maak(
        E("/Sect", E("/H2", 1)), E("/Sect", E("/Div", E("/H3", 2)), E("/P", 2)),
        E("/Table", E("/Caption", 2), E("/TR", 2)), E("/Table", E("/Caption", 3), E("/TR", 3)),
        paginas=3,
    )
    assert _structuur(data) == []


def test_geen_splitsing_zonder_aangrenzende_pagina():
    assert _structuur(maak(E("/Table", E("/TR", 1)), E("/Table", E("/TR", 3)), paginas=3)) == []
    assert _structuur(maak(E("/Table", E("/TR", 1)), E("/Table", E("/TR", 1)))) == []
    assert _structuur(maak(E("/Table", E("/TR", 2)), E("/Table", E("/TR", 1)))) == []
    assert _structuur(maak(E("/Table"), E("/Table", E("/TR", 2)))) == []
    assert _structuur(maak(E("/P", 1), E("/P", 2))) == []  # a paragraph is not checked
    assert _structuur(maak(E("/Table", E("/TR", 1)), E("/L", E("/LI", E("/LBody", 2))))) == []


def test_paginas_van_kale_mcid_en_mcr_zonder_pg():
    """Content as a bare MCID number (page from the element's /Pg) and as an /MCR without
    /Pg (page of the nearest element with one)."""
    data = maak(E("/Table", E("/TR", Mcid(1))), E("/Table", E("/TR", Mcr(2, pg=False)), pg=2))
    assert _structuur(data) == [B("tabel-gesplitst", 2, "/Table loopt door van pagina 1")]


def test_art_en_part_met_diepere_kop_lopen_door():
    """A card (/Art) or the main part (/Part) whose next part starts with a deeper heading
    than its first: the same element cut by the page break, although a heading starts it."""
    data = maak(E("/Art", E("/H2", 1), E("/P", 1)), E("/Art", E("/H3", 2), E("/P", 2)))
    assert _structuur(data) == [B("deel-gesplitst", 2, "/Art loopt door van pagina 1")]
    data = maak(E("/Part", E("/Div", E("/H2", 1))), E("/Part", E("/P", 2), E("/Div", E("/H4", 2))))
    assert _structuur(data) == [B("deel-gesplitst", 2, "/Part loopt door van pagina 1")]
    data = maak(E("/Part", E("/H2", 1)), E("/Part", E("/H3", 2)))
    assert _structuur(data) == [B("deel-gesplitst", 2, "/Part loopt door van pagina 1")]


def test_art_met_gelijke_of_geen_kop_is_nieuw():
    assert _structuur(maak(E("/Art", E("/H2", 1)), E("/Art", E("/H2", 2)))) == []
    assert _structuur(maak(E("/Art", E("/H3", 1)), E("/Art", E("/H2", 2)))) == []
    assert _structuur(maak(E("/Art", E("/P", 1)), E("/Art", E("/H3", 2)))) == []
    # only /Part and /Art: a section with a deeper heading is a new section
    assert _structuur(maak(E("/Sect", E("/H2", 1)), E("/Sect", E("/H3", 2)))) == []


# ---- links -----------------------------------------------------------------------------
def test_gesplitste_link_met_hetzelfde_doel():
    data = maak(E("/P",
        E("/Link", Link(1, uri="https://a.example/", contents="A")),
        E("/Link", Link(1, uri="https://b.example/", contents="B")),
        E("/Link", Link(2, uri="https://b.example/", contents="B"), pg=2),
    ))
    assert _structuur(data) == [B("link-gesplitst", 2, "twee Links naar https://b.example/")]


def test_gesplitste_link_noemt_het_gedeelde_doel():
    data = maak(E("/P",
        E("/Link", Link(1, uri="https://z.example/", contents="Z"), Link(1, uri="https://a.example/", contents="A")),
        E("/Link", Link(1, uri="https://z.example/", contents="Z")),
    ))
    assert _structuur(data) == [B("link-gesplitst", None, "twee Links naar https://z.example/")]


def test_gesplitste_link_binnen_het_document():
    data = maak(E("/P",
        E("/Link", Link(1, goto="hoofdstuk-2", contents="Hoofdstuk 2")),
        E("/Link", Link(1, goto="hoofdstuk-2", contents="Hoofdstuk 2")),
        E("/Link", Link(1, dest="bijlage", contents="Bijlage")),
        E("/Link", Link(1, dest="bijlage", contents="Bijlage")),
    ))
    assert _structuur(data) == [B("link-gesplitst", None, "twee Links naar hoofdstuk-2"),
                                B("link-gesplitst", None, "twee Links naar bijlage")]


def test_splitsing_na_twee_links_wordt_nog_gezien():
    data = maak(
        E("/Link", Link(1, uri="https://a.example/", contents="A")),
        E("/Link", Link(1, uri="https://b.example/", contents="B")),
        E("/Table", E("/TR", 1)), E("/Table", E("/TR", 2)),
    )
    assert _structuur(data) == [B("tabel-gesplitst", 2, "/Table loopt door van pagina 1")]


def test_linkbeschrijvingen():
    data = maak(E("/P",
        E("/Link", Link(1, uri="https://example.org/", contents="Het voorbeeld")),
        E("/Link", Link(1, uri="https://example.org/a")),
        E("/Link", Link(1, uri="https://example.org/b", contents="https://")),
        E("/Link", Link(1, uri="http://example.org/c", contents=" http: ")),
        E("/Link", Link(1, uri="mailto:x@example.org", contents="mailto:")),
        E("/Link", Link(1, dest="bijlage-2", contents="bijlage-2")),
        E("/Link", Link(1, goto="bijlage-3", contents="bijlage-3")),
        E("/Link", Link(1, goto="bijlage-4", contents="Bijlage 4")),
        E("/Link", Link(1, uri="https://example.org/d", contents="https://example.org/d")),
    ))
    assert _structuur(data) == [
        B("link-beschrijving", 1, "link naar 'https://example.org/a' beschreven als ''"),
        B("link-beschrijving", 1, "link naar 'https://example.org/b' beschreven als 'https://'"),
        B("link-beschrijving", 1, "link naar 'http://example.org/c' beschreven als 'http:'"),
        B("link-beschrijving", 1, "link naar 'mailto:x@example.org' beschreven als 'mailto:'"),
        B("link-beschrijving", 1, "link naar 'bijlage-2' beschreven als 'bijlage-2'"),
        B("link-beschrijving", 1, "link naar 'bijlage-3' beschreven als 'bijlage-3'"),
    ]


def test_link_zonder_doel():
    assert _structuur(maak(E("/Link", Link(1, contents="X")))) == []
    assert _structuur(maak(E("/Link", Link(1)))) == [B("link-beschrijving", 1, "link naar '' beschreven als ''")]


def test_andere_annotaties_slaan_de_links_erna_niet_over():
    with pikepdf.open(io.BytesIO(maak(E("/Link", Link(1, uri="https://a.example/", contents="https://"))))) as pdf:
        notitie = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Rect=Array([0, 0, 5, 5])))
        pdf.pages[0].obj.Annots = Array([notitie, *pdf.pages[0].obj.Annots])
        uit = io.BytesIO()
        pdf.save(uit)
    assert _structuur(uit.getvalue()) == [B("link-beschrijving", 1, "link naar 'https://a.example/' beschreven als 'https://'")]


def test_link_niet_onder_een_link():
    data = maak(
        E("/P", Link(1, uri="https://a.example/", contents="A")),
        E("/Link", Link(2, uri="https://b.example/", contents="B", ouder=False), pg=2),
    )
    assert _structuur(data) == [B("link-niet-onder-link", 1, "link naar 'https://a.example/' hangt onder /P"),
                                B("link-niet-onder-link", 2, "link naar 'https://b.example/' hangt onder niets")]


# ---- marked content that no element owns -----------------------------------------------
def test_inhoud_zonder_eigenaar_is_geen_artefact():
    data = maak(E("/H1", 1), E("/P", 2), zonder_eigenaar={2: 2})
    assert _structuur(data) == [B("kop-voet-geen-artefact", 2, "MCID 1 hoort bij geen element in de boom"),
                                B("kop-voet-geen-artefact", 2, "MCID 2 hoort bij geen element in de boom")]


def test_inhoud_van_een_pagina_zonder_structparents():
    data = maak(E("/H1", 1), E("/P", 2), zonder_structparents=(2,))
    assert _structuur(data) == [B("kop-voet-geen-artefact", 2, "MCID 0 hoort bij geen element in de boom")]


def test_zonder_parenttree_hoort_alle_inhoud_nergens_bij():
    with pikepdf.open(io.BytesIO(maak(E("/H1", 1), E("/P", 1)))) as pdf:
        del pdf.Root.StructTreeRoot["/ParentTree"]
        uit = io.BytesIO()
        pdf.save(uit)
    assert _structuur(uit.getvalue()) == [B("kop-voet-geen-artefact", 1, "MCID 0 hoort bij geen element in de boom"),
                                          B("kop-voet-geen-artefact", 1, "MCID 1 hoort bij geen element in de boom")]


def test_ouderboom_met_kids():
    """The ParentTree as a number tree with /Kids: every owner and link parent is found."""
    data = maak(E("/H1", 1), E("/P", 2, E("/Link", Link(2, uri="https://a.example/", contents="A"))), kids=True)
    assert _structuur(data) == []
