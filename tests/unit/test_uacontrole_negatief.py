"""Negative controls for the project's own PDF/UA checks (macros/uitvoer/pdf/uastructuur.py),
through the same ``uacontrole.controleer()`` the build and tests/site/test_pdf.py use.

Each case takes the good post-processed test document (no findings, see
test_pdf_nabewerking.py), breaks exactly one thing with pikepdf, and expects exactly that
kind of finding, and nothing else: so a check that is switched off, or that reports
something else, fails here. The splits are made by WeasyPrint itself (raw, without the
post-processing) from HTML written to split one element at a page break."""

from __future__ import annotations

import io

import pikepdf
import pytest

from macros.uitvoer.pdf import uacontrole
from macros.uitvoer.pdf.weasy import schrijf_pdf
from tests.unit.test_pdf_nabewerking import elementen, html


@pytest.fixture(scope="module")
def goed(tmp_path_factory) -> bytes:
    data = schrijf_pdf(html(), tmp_path_factory.mktemp("pdf")).pdf
    assert uacontrole.controleer(data) == []
    return data


def _bewerkt(data: bytes, stuk) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        stuk(pdf)
        uit = io.BytesIO()
        pdf.save(uit)
        return uit.getvalue()


def _lege_kop(pdf):
    sect = elementen(pdf, "/Sect")[0]
    kop = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.H3, P=sect, K=pikepdf.Array()))
    sect.K.append(kop)


def _th_zonder_scope(pdf):
    del elementen(pdf, "/TH")[0]["/A"]


def _lijstitem_zonder_lbody(pdf):
    li = elementen(pdf, "/LI")[0]
    next(k for k in li.K if isinstance(k, pikepdf.Dictionary) and k.get("/S") == "/LBody").S = pikepdf.Name.P


def _link_niet_onder_link(pdf):
    elementen(pdf, "/Link")[0].S = pikepdf.Name.Span


def _link_beschrijving(pdf):
    annot = next(a for p in pdf.pages for a in (p.obj.get("/Annots") or []) if "/A" in a)
    annot.Contents = pikepdf.String("https://")


def _inhoud_zonder_element(pdf):
    """A paragraph taken out of the tree: its marked content belongs to no element (what
    an untagged running header looks like)."""
    p = elementen(pdf, "/P")[-1]
    ouder = p.P
    ouder.K = pikepdf.Array([k for k in (ouder.K if isinstance(ouder.K, pikepdf.Array) else [ouder.K])
                             if not (isinstance(k, pikepdf.Dictionary) and k.objgen == p.objgen)])


def _geen_structuur(pdf):
    del pdf.Root["/StructTreeRoot"]


@pytest.mark.parametrize("stuk, soort", [
    (_lege_kop, "lege-kop"),
    (_th_zonder_scope, "th-zonder-scope"),
    (_lijstitem_zonder_lbody, "lijstitem-zonder-lbody"),
    (_link_niet_onder_link, "link-niet-onder-link"),
    (_link_beschrijving, "link-beschrijving"),
    (_inhoud_zonder_element, "kop-voet-geen-artefact"),
], ids=lambda x: x if isinstance(x, str) else "kapot")
def test_elke_eigen_controle_meldt_precies_haar_fout(goed, stuk, soort):
    bevindingen = uacontrole.controleer(_bewerkt(goed, stuk))
    assert {b.soort for b in bevindingen if not b.soort.startswith("pdfua:")} == {soort}, bevindingen


def test_zonder_tagstructuur_is_een_bevinding(goed):
    soorten = {b.soort for b in uacontrole.controleer(_bewerkt(goed, _geen_structuur))}
    assert "geen-structuur" in soorten


def _raw(tmp_path, romp: str) -> bytes:
    from weasyprint import HTML

    bron = (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title></head>'
            f"<body><h1>Proef</h1>{romp}</body></html>")
    return HTML(string=bron, base_url=str(tmp_path)).write_pdf(pdf_variant="pdf/ua-1")


def test_een_sectie_over_een_paginagrens_is_deel_gesplitst(tmp_path):
    """A <section> whose text runs onto the next page becomes two /Sect elements in
    WeasyPrint's raw output; the second does not start with a heading."""
    alineas = "".join(f"<p>Alinea {i} met genoeg tekst om de pagina te vullen.</p>" for i in range(80))
    soorten = {b.soort for b in uacontrole.controleer(_raw(tmp_path, f"<section><h2>Deel</h2>{alineas}</section>"))}
    assert "deel-gesplitst" in soorten, soorten


def test_twee_secties_met_een_eigen_kop_zijn_niet_gesplitst(tmp_path):
    """The other side of the same check: a new section that starts with its own heading on
    the next page is a new element, not a split one."""
    romp = ('<section><h2>Een</h2><p>Tekst.</p></section>'
            '<section style="break-before: page"><h2>Twee</h2><p>Tekst.</p></section>')
    soorten = {b.soort for b in uacontrole.controleer(_raw(tmp_path, romp))}
    assert not soorten & {"deel-gesplitst", "tabel-gesplitst", "lijst-gesplitst"}, soorten
