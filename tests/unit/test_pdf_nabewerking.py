"""The PDF/UA post-processing (macros/uitvoer/pdf/nabewerking.py) on a small document made to
hit every WeasyPrint weakness at once: a table, a list and a section that run over
page breaks, running headers and footers, a long URL that wraps over lines, a link
inside a list item, a footnote list. Read back with pikepdf and the independent
check (macros/uitvoer/pdf/uacontrole.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest

from macros.uitvoer.pdf import nabewerking, uacontrole
from macros.uitvoer.pdf.weasy import schrijf_pdf

RIJEN = 70  # enough rows for the table to need three A4 pages
ITEMS = 60
LANGE_URL = "https://www.example.org/" + "/".join(f"map-{i}" for i in range(12)) + "/document.pdf"


def html() -> str:
    rijen = "".join(f'<tr><th scope="row">Rij {i}</th><td>waarde {i}</td></tr>' for i in range(RIJEN))
    items = "".join(f"<li><p>Punt {i} van de lijst.</p></li>" for i in range(ITEMS))
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title>
<style>@page {{ size: A4; margin: 20mm; @top-right {{ content: "Kop"; }}
@bottom-right {{ content: "pagina " counter(page); }} }}
thead {{ display: table-header-group; }} tr {{ break-inside: avoid; }}
a {{ overflow-wrap: anywhere; }}</style></head><body>
<h1>Proef</h1>
<section><h2>Een tabel</h2>
<table><thead><tr><th scope="col">Naam</th><th scope="col">Waarde</th></tr></thead><tbody>{rijen}</tbody></table>
</section>
<section><h2>Een lijst</h2><ul>{items}</ul>
<p>Zie <a href="{LANGE_URL}">{LANGE_URL}</a> en <a href="#noot-1">de noot</a>.</p></section>
<ol class="noten"><li id="noot-1"><p>Een voetnoot met <a href="https://example.org/">een bron</a>.</p></li></ol>
</body></html>"""


@pytest.fixture(scope="module")
def gemaakt(tmp_path_factory) -> bytes:
    return schrijf_pdf(html(), tmp_path_factory.mktemp("pdf")).pdf


@pytest.fixture(scope="module")
def ruw(tmp_path_factory) -> bytes:
    """The same document as WeasyPrint writes it, without the post-processing."""
    from weasyprint import HTML

    return HTML(string=html(), base_url=str(tmp_path_factory.mktemp("ruw"))).write_pdf(pdf_variant="pdf/ua-1")


def elementen(pdf: pikepdf.Pdf, rol: str) -> list:
    uit, stapel = [], [pdf.Root.StructTreeRoot]
    while stapel:
        el = stapel.pop()
        k = el.get("/K")
        kinderen = list(k) if isinstance(k, pikepdf.Array) else ([k] if k is not None else [])
        for kind in kinderen:
            if isinstance(kind, pikepdf.Dictionary) and "/S" in kind:
                if kind.S == rol:
                    uit.append(kind)
                stapel.append(kind)
    return uit


def test_de_controle_ziet_wat_weasyprint_fout_doet(ruw):
    telling = uacontrole.tel(uacontrole.controleer(ruw))
    for soort in ("tabel-gesplitst", "lijst-gesplitst", "kop-voet-geen-artefact", "link-beschrijving",
                  "th-zonder-scope", "lijstitem-zonder-lbody", "link-gesplitst"):
        assert telling.get(soort), (soort, telling)


def test_na_bewerking_geen_bevindingen(gemaakt):
    assert uacontrole.controleer(gemaakt) == []


def test_een_tabel_een_lijst_over_meerdere_paginas(gemaakt):
    with pikepdf.open(io.BytesIO(gemaakt)) as pdf:
        assert len(pdf.pages) >= 3
        tabellen = elementen(pdf, "/Table")
        assert len(tabellen) == 1
        rijen = elementen(pdf, "/TR")
        assert len(rijen) == RIJEN + 1  # the header row once; its repeats are artifacts
        assert len(elementen(pdf, "/THead")) == 1 and len(elementen(pdf, "/TBody")) == 1
        scopes = [str(th.A.Scope) for th in elementen(pdf, "/TH")]
        assert scopes.count("/Column") == 2 and scopes.count("/Row") == RIJEN
        lijsten = elementen(pdf, "/L")
        assert sorted(len(elementen_van(l, "/LI")) for l in lijsten) == [1, ITEMS]
        for li in elementen(pdf, "/LI"):
            rollen = [str(k.S) for k in li.K]
            assert set(rollen) <= {"/Lbl", "/LBody"} and rollen.count("/LBody") == 1, rollen
        assert len(elementen(pdf, "/Sect")) == 2


def elementen_van(el, rol: str) -> list:
    return [k for k in el.K if isinstance(k, pikepdf.Dictionary) and k.get("/S") == rol]


def test_links_beschreven_met_hun_tekst_en_niet_gesplitst(gemaakt):
    with pikepdf.open(io.BytesIO(gemaakt)) as pdf:
        annots = [a for p in pdf.pages for a in (p.obj.get("/Annots") or [])]
        lang = [a for a in annots if "/A" in a and str(a.A.URI) == LANGE_URL]
        assert len(lang) >= 2, "de lange URL loopt niet over regels: de proef toetst niets"
        assert {str(a.Contents) for a in lang} == {LANGE_URL}
        assert {str(a.Contents) for a in annots if "/Dest" in a} == {"de noot"}
        links = elementen(pdf, "/Link")
        assert len(links) == 3  # one per HTML link
        lange_link = [l for l in links if sum(1 for k in l.K if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR") == len(lang)]
        assert len(lange_link) == 1


def test_kop_en_voet_zijn_artefacten(gemaakt):
    with pikepdf.open(io.BytesIO(gemaakt)) as pdf:
        for pagina in pdf.pages:
            artefacten = [o for o, op in pikepdf.parse_content_stream(pagina, "BDC") if o[0] == "/Artifact"]
            assert artefacten, "geen artefact op een pagina met kop en voet"


def test_vorm_die_niet_past_stopt_de_bouw(gemaakt):
    leeg = nabewerking.Layout(links=[[] for _ in range(10)], vervolg=[])
    with pytest.raises(nabewerking.NabewerkingFout, match="linkannotaties"):
        nabewerking.verbeter(gemaakt, leeg)


@pytest.mark.parametrize(
    "a, beschrijving",
    [
        ('<a href="#literatuur__schreurs-2020">Schreurs, <i>2020</i></a>', "Schreurs, 2020"),
        ('<a class="footnote-ref" href="#fn:13">13</a>', "voetnoot 13"),
        ('<a class="footnote-backref" href="#fnref:13" title="Jump back">&#8617;</a>', "terug naar de verwijzing naar deze voetnoot in de tekst"),
        ('<a href="#x" title="Naar de top">&#8593;</a>', "Naar de top"),
        ('<a href="#x" aria-label="Sluiten">x</a>', "Sluiten"),
    ],
)
def test_linkbeschrijving_is_wat_de_lezer_ziet(a, beschrijving):
    from lxml import html as lxml_html

    assert nabewerking.linktekst(lxml_html.fragment_fromstring(a)) == beschrijving


def test_een_regel_van_pdfua_die_crasht_is_een_bevinding(gemaakt, monkeypatch):
    """A pdfua rule that raises must fail the check, not pass silently."""
    from pdfua.rules.structure import FigureAltTextRule

    def kapot(self, doc):
        raise ValueError("kapot")

    monkeypatch.setattr(FigureAltTextRule, "check", kapot)
    soorten = {b.soort for b in uacontrole.controleer(gemaakt)}
    assert soorten == {"pdfua:UA-13-004:niet-uitgevoerd"}
