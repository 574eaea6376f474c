"""Write a hulpvragen ``Document`` as DOCX (python-docx), byte-for-byte reproducible."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .blok import Blok
from .hulpvragen_model import Document
from macros.uitvoer.zipvast import vaste_zip

LETTER = "Arial"
VINKJE = "☐"
KLEUR_KOP = RGBColor(0x1F, 0x3A, 0x5F)  # dark blue: contrast well above 4.5:1 on white
PAGINA = (Cm(21.0), Cm(29.7))
MARGE = Cm(2.2)
TEKSTBREEDTE = PAGINA[0] - 2 * MARGE
INSPRING = Cm(0.8)


def schrijf(doc: Document) -> bytes:
    d = docx.Document()
    _stijlen(d, doc)
    _pagina(d, doc)
    _metadata(d, doc)

    d.add_heading(doc.kop, level=1)
    d.add_paragraph(doc.bronregel, style="Bronregel")
    d.add_paragraph(doc.versieregel, style="Versieregel")
    _blok(d, doc.inleiding)
    for sectie in doc.secties:
        kop = d.add_heading(sectie.kop, level=2)
        kop.paragraph_format.page_break_before = sectie.nieuwe_pagina
        _blok(d, sectie.intro)
        if sectie.opmerking:
            d.add_paragraph(sectie.opmerking, style="Opmerking")
        for groep in sectie.groepen:
            if groep.kop:
                d.add_heading(groep.kop, level=3)
            _blok(d, groep.intro)
            for vraag in groep.vragen:
                p = d.add_paragraph(style="Vraag")
                p.add_run(VINKJE, style="Vinkje")
                p.add_run("\t" + vraag.tekst)
                for i in range(doc.antwoordregels):
                    regel = d.add_paragraph("\t", style="Antwoordregel")
                    regel.paragraph_format.keep_with_next = i < doc.antwoordregels - 1

    uit = io.BytesIO()
    d.save(uit)
    return vaste_zip(uit.getvalue(), doc.moment)


def _blok(d, blok: Blok) -> None:
    for alinea in blok.alineas:
        p = d.add_paragraph(alinea.tekst)
        if alinea.niveau:
            p.paragraph_format.left_indent = INSPRING * alinea.niveau


def _pagina(d, doc: Document) -> None:
    sectie = d.sections[0]
    sectie.page_width, sectie.page_height = PAGINA
    for kant in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sectie, kant, MARGE)
    voet = sectie.footer.paragraphs[0]
    voet.style = d.styles["Voettekst"]
    voet.add_run(doc.voetregel + "\tpagina ")
    _veld(voet, "PAGE")
    voet.add_run(" van ")
    _veld(voet, "NUMPAGES")


def _veld(p, code: str) -> None:
    veld = OxmlElement("w:fldSimple")
    veld.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    tekst = OxmlElement("w:t")
    tekst.text = "1"
    run.append(tekst)
    veld.append(run)
    p._p.append(veld)


def _stijlen(d, doc: Document) -> None:
    stijlen = d.styles
    # One sans-serif face throughout; no theme fonts.
    for rfonts in stijlen.element.iter(qn("w:rFonts")):
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(attr), LETTER)
    # Language of all text: the document defaults (every style inherits them).
    for lang in stijlen.element.iter(qn("w:lang")):
        lang.set(qn("w:val"), doc.taal)
    thema = d.settings.element.find(qn("w:themeFontLang"))
    if thema is not None:
        thema.set(qn("w:val"), doc.taal)

    normaal = stijlen["Normal"]
    normaal.font.size = Pt(11)
    normaal.paragraph_format.space_after = Pt(6)
    for niveau, grootte in ((1, 20), (2, 15), (3, 12)):
        kop = stijlen[f"Heading {niveau}"]
        kop.font.size = Pt(grootte)
        kop.font.color.rgb = KLEUR_KOP
        kop.paragraph_format.space_before = Pt(18 if niveau < 3 else 12)
        kop.paragraph_format.space_after = Pt(6)

    bron = stijlen.add_style("Bronregel", 1)
    bron.base_style = normaal
    bron.font.size = Pt(9)
    bron.paragraph_format.space_after = Pt(2)

    voet = stijlen.add_style("Voettekst", 1)
    voet.base_style = normaal
    voet.font.size = Pt(9)
    voet.paragraph_format.space_after = Pt(0)
    voet.paragraph_format.tab_stops.add_tab_stop(TEKSTBREEDTE, WD_TAB_ALIGNMENT.RIGHT)

    versie = stijlen.add_style("Versieregel", 1)
    versie.base_style = bron
    versie.paragraph_format.space_after = Pt(12)

    opmerking = stijlen.add_style("Opmerking", 1)
    opmerking.base_style = normaal
    opmerking.font.italic = True

    vraag = stijlen.add_style("Vraag", 1)
    vraag.base_style = normaal
    vraag.paragraph_format.left_indent = INSPRING
    vraag.paragraph_format.first_line_indent = -INSPRING
    vraag.paragraph_format.tab_stops.add_tab_stop(INSPRING)
    vraag.paragraph_format.space_before = Pt(10)
    vraag.paragraph_format.space_after = Pt(0)
    vraag.paragraph_format.keep_with_next = True

    vinkje = stijlen.add_style("Vinkje", 2)
    vinkje.font.name = "Segoe UI Symbol"  # has U+2610; Word falls back when absent
    vinkje.element.rPr.rFonts.set(qn("w:eastAsia"), "Segoe UI Symbol")
    vinkje.element.rPr.rFonts.set(qn("w:cs"), "Segoe UI Symbol")
    vinkje.font.size = Pt(13)

    regel = stijlen.add_style("Antwoordregel", 1)
    regel.base_style = normaal
    regel.paragraph_format.left_indent = INSPRING
    regel.paragraph_format.tab_stops.add_tab_stop(TEKSTBREEDTE, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
    regel.paragraph_format.space_before = Pt(14)
    regel.paragraph_format.space_after = Pt(0)
    regel.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def _metadata(d, doc: Document) -> None:
    cp = d.core_properties
    cp.title = doc.titel
    cp.subject = doc.onderwerp
    cp.author = doc.auteur
    cp.last_modified_by = doc.auteur
    cp.language = doc.taal
    cp.comments = ""
    cp.keywords = "Samen Weerbaar; hulpvragen; ondermijning; gemeenschap"
    cp.revision = 1
    cp.created = cp.modified = cp.last_printed = doc.moment
    # Drop the template's thumbnail (an empty page) and its app.xml (which names
    # "Microsoft Macintosh Word" as the application); both parts are optional.
    rels = d.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype.endswith(("/thumbnail", "/extended-properties")):
            del rels[rid]
