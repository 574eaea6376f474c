"""Write a hulpvragen ``Document`` as ODT (odfpy), byte-for-byte reproducible."""

from __future__ import annotations

import io
from contextlib import contextmanager

from odf import dc, meta
from odf.element import Element
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    FontFace,
    Footer,
    FooterStyle,
    HeaderFooterProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TabStop,
    TabStops,
    TextProperties,
)
from odf.text import H, P, PageCount, PageNumber, Span, Tab

from .blok import Blok
from .hulpvragen_model import Document
from .zipvast import vaste_zip

LETTER = "Arial"
VINKJE = "☐"
KLEUR_KOP = "#1f3a5f"
MARGE_CM = 2.2
TEKSTBREEDTE_CM = 21.0 - 2 * MARGE_CM
INSPRING = "0.8cm"


@contextmanager
def _eigen_namespaces():
    """odfpy keeps the namespaces it has seen in one class-level dict and declares all of
    them on every root element, so its output depends on what the process wrote
    before. Give each document a fresh dict (not thread-safe; builds are not threaded)."""
    eerder = Element.namespaces
    Element.namespaces = {}
    try:
        yield
    finally:
        eerder.update(Element.namespaces)
        Element.namespaces = eerder


def schrijf(doc: Document) -> bytes:
    with _eigen_namespaces():
        return _schrijf(doc)


def _schrijf(doc: Document) -> bytes:
    odt = OpenDocumentText()
    s = _stijlen(odt, doc)
    _metadata(odt, doc)

    tekst = odt.text
    tekst.addElement(H(outlinelevel=1, stylename=s["kop1"], text=doc.kop))
    tekst.addElement(P(stylename=s["bron"], text=doc.bronregel))
    tekst.addElement(P(stylename=s["versie"], text=doc.versieregel))
    _blok(tekst, doc.inleiding, s)
    for sectie in doc.secties:
        stijl = s["kop2-nieuwe-pagina"] if sectie.nieuwe_pagina else s["kop2"]
        tekst.addElement(H(outlinelevel=2, stylename=stijl, text=sectie.kop))
        _blok(tekst, sectie.intro, s)
        if sectie.opmerking:
            tekst.addElement(P(stylename=s["opmerking"], text=sectie.opmerking))
        for groep in sectie.groepen:
            if groep.kop:
                tekst.addElement(H(outlinelevel=3, stylename=s["kop3"], text=groep.kop))
            _blok(tekst, groep.intro, s)
            for vraag in groep.vragen:
                p = P(stylename=s["vraag"])
                p.addElement(Span(stylename=s["vinkje"], text=VINKJE))
                p.addElement(Tab())
                p.addText(vraag.tekst)
                tekst.addElement(p)
                for i in range(doc.antwoordregels):
                    laatste = i == doc.antwoordregels - 1
                    tekst.addElement(P(stylename=s["regel-laatste" if laatste else "regel"]))

    uit = io.BytesIO()
    odt.write(uit)
    return vaste_zip(uit.getvalue(), doc.moment, eerst=("mimetype",), ongecomprimeerd=("mimetype",))


def _blok(tekst, blok: Blok, s: dict) -> None:
    for alinea in blok.alineas:
        stijl = s["body"] if not alinea.niveau else s[f"lijst{min(alinea.niveau, 3)}"]
        tekst.addElement(P(stylename=stijl, text=alinea.tekst))


def _stijl(naam: str, *eigenschappen, familie: str = "paragraph", **attrs) -> Style:
    stijl = Style(name=naam, family=familie, **attrs)
    for e in eigenschappen:
        stijl.addElement(e)
    return stijl


def _stijlen(odt: OpenDocumentText, doc: Document) -> dict:
    taal, land = doc.taal.split("-")
    odt.fontfacedecls.addElement(FontFace(name=LETTER, fontfamily=LETTER, fontfamilygeneric="swiss", fontpitch="variable"))
    odt.fontfacedecls.addElement(FontFace(name="DejaVu Sans", fontfamily="'DejaVu Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
    standaard = DefaultStyle(family="paragraph")
    standaard.addElement(TextProperties(fontname=LETTER, fontsize="11pt", language=taal, country=land))
    odt.styles.addElement(standaard)

    s: dict = {}

    def gewoon(sleutel, naam, *eig, **attrs):
        s[sleutel] = _stijl(naam, *eig, **attrs)
        odt.styles.addElement(s[sleutel])

    def automatisch(sleutel, naam, *eig, **attrs):
        s[sleutel] = _stijl(naam, *eig, **attrs)
        odt.automaticstyles.addElement(s[sleutel])

    gewoon("standaard", "Standard", displayname="Standard")
    gewoon("body", "Text_20_body", ParagraphProperties(marginbottom="0.2cm"), displayname="Text body", parentstylename="Standard")
    for niveau, grootte in ((1, "20pt"), (2, "15pt"), (3, "12pt")):
        gewoon(
            f"kop{niveau}",
            f"Heading_20_{niveau}",
            ParagraphProperties(margintop="0.5cm" if niveau < 3 else "0.35cm", marginbottom="0.2cm", keepwithnext="always"),
            TextProperties(fontsize=grootte, fontweight="bold", color=KLEUR_KOP),
            displayname=f"Heading {niveau}",
            parentstylename="Standard",
            nextstylename="Text_20_body",
            defaultoutlinelevel=str(niveau),
        )
    gewoon("bron", "Bronregel", ParagraphProperties(marginbottom="0.07cm"), TextProperties(fontsize="9pt"), parentstylename="Standard")
    gewoon("versie", "Versieregel", ParagraphProperties(marginbottom="0.4cm"), parentstylename="Bronregel")
    gewoon("opmerking", "Opmerking", TextProperties(fontstyle="italic"), parentstylename="Text_20_body")
    gewoon(
        "vraag",
        "Vraag",
        ParagraphProperties(marginleft=INSPRING, textindent="-" + INSPRING, margintop="0.35cm", keepwithnext="always"),
        parentstylename="Standard",
    )
    regel = dict(marginleft=INSPRING, paddingbottom="0cm", borderbottom="0.5pt solid #808080", joinborder="false")
    gewoon("regel", "Antwoordregel", ParagraphProperties(margintop="0.4cm", keepwithnext="always", **regel), parentstylename="Standard")
    gewoon("vinkje", "Vinkje", TextProperties(fontname="DejaVu Sans", fontsize="13pt"), familie="text")
    voet_eig = ParagraphProperties()
    tabs = TabStops()
    tabs.addElement(TabStop(position=f"{TEKSTBREEDTE_CM:.1f}cm", type="right"))
    voet_eig.addElement(tabs)
    gewoon(
        "voet",
        "Footer",
        voet_eig,
        TextProperties(fontsize="9pt"),
        displayname="Footer",
        parentstylename="Standard",
    )

    automatisch("regel-laatste", "P1", ParagraphProperties(keepwithnext="auto"), parentstylename="Antwoordregel")
    automatisch("kop2-nieuwe-pagina", "P2", ParagraphProperties(breakbefore="page"), parentstylename="Heading_20_2")
    for niveau in (1, 2, 3):
        automatisch(f"lijst{niveau}", f"P{2 + niveau}", ParagraphProperties(marginleft=f"{0.8 * niveau:.1f}cm"), parentstylename="Text_20_body")

    layout = PageLayout(name="pm1")
    layout.addElement(PageLayoutProperties(
        pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
        margintop=f"{MARGE_CM}cm", marginbottom=f"{MARGE_CM - 1}cm", marginleft=f"{MARGE_CM}cm", marginright=f"{MARGE_CM}cm",
    ))
    voetstijl = FooterStyle()
    voetstijl.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.4cm"))
    layout.addElement(voetstijl)
    odt.automaticstyles.addElement(layout)

    voet = P(stylename=s["voet"], text=doc.voetregel)
    voet.addElement(Tab())
    voet.addText("pagina ")
    voet.addElement(PageNumber(selectpage="current", text="1"))
    voet.addText(" van ")
    voet.addElement(PageCount(text="1"))
    pagina = MasterPage(name="Standard", pagelayoutname=layout)
    footer = Footer()
    footer.addElement(voet)
    pagina.addElement(footer)
    odt.masterstyles.addElement(pagina)
    return s


def _metadata(odt: OpenDocumentText, doc: Document) -> None:
    moment = doc.moment.isoformat()
    for element in (
        dc.Title(text=doc.titel),
        dc.Subject(text=doc.onderwerp),
        dc.Creator(text=doc.auteur),
        meta.InitialCreator(text=doc.auteur),
        dc.Language(text=doc.taal),
        meta.CreationDate(text=moment),
        dc.Date(text=moment),
        meta.Keyword(text="Samen Weerbaar"),
        meta.Keyword(text="hulpvragen"),
    ):
        odt.meta.addElement(element)
