"""Write a hulpvragen ``Document`` as ODT (odfdo), byte-for-byte reproducible.

odfdo starts from its own ODF 1.4 text template (manifest with ``manifest:version``,
LibreOffice-compatible default styles); this module replaces the styles it uses, the
page layout and footer, the metadata and the body. Text from the data is inserted as
plain text (``formatted=False``): never interpreted as markup or layout.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import quoteattr

from odfdo import Document as OdfDocument
from odfdo import __version__ as odfdo_versie
from odfdo import Element, Header, Paragraph, Span, Tab, VarPageCount, VarPageNumber

from .blok import Blok
from .hulpvragen_model import Document
from macros.uitvoer.zipvast import vaste_zip

LETTER = "Arial"
VINKJE = "☐"
KLEUR_KOP = "#1f3a5f"
MARGE_CM = 2.2
TEKSTBREEDTE_CM = 21.0 - 2 * MARGE_CM
INSPRING = "0.8cm"
# template parts that describe the (empty) template, not this document
WEGLATEN = ("Thumbnails/thumbnail.png",)

_NS = (
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)


def schrijf(doc: Document) -> bytes:
    """The ODT file of ``doc`` as bytes (zip, ``mimetype`` first and stored)."""
    odt = OdfDocument("text")
    body = odt.body
    body.clear()
    _stijlen(odt, doc)
    _metadata(odt, doc)

    body.append(Header(1, doc.kop, style="Heading_20_1", formatted=False))
    body.append(Paragraph(doc.bronregel, style="Bronregel", formatted=False))
    body.append(Paragraph(doc.versieregel, style="Versieregel", formatted=False))
    _blok(body, doc.inleiding)
    for sectie in doc.secties:
        body.append(Header(2, sectie.kop, style="P2" if sectie.nieuwe_pagina else "Heading_20_2", formatted=False))
        _blok(body, sectie.intro)
        if sectie.opmerking:
            body.append(Paragraph(sectie.opmerking, style="Opmerking", formatted=False))
        for groep in sectie.groepen:
            if groep.kop:
                body.append(Header(3, groep.kop, style="Heading_20_3", formatted=False))
            _blok(body, groep.intro)
            for vraag in groep.vragen:
                p = Paragraph(style="Vraag")
                p.append(Span(VINKJE, style="Vinkje"))
                p.append(Tab())
                p.append(vraag.tekst)
                body.append(p)
                for i in range(doc.antwoordregels):
                    body.append(Paragraph(style="P1" if i == doc.antwoordregels - 1 else "Antwoordregel"))

    for deel in WEGLATEN:
        if deel in odt.parts:
            odt.del_part(deel)
            odt.manifest.del_full_path(deel)
    uit = io.BytesIO()
    odt.save(uit)
    return vaste_zip(uit.getvalue(), doc.moment, eerst=("mimetype",), ongecomprimeerd=("mimetype",))


def _blok(body: Element, blok: Blok) -> None:
    for alinea in blok.alineas:
        stijl = "Text_20_body" if not alinea.niveau else f"P{2 + min(alinea.niveau, 3)}"
        body.append(Paragraph(alinea.tekst, style=stijl, formatted=False))


def _alinea_stijl(
    naam: str, ouder: str | None = None, alinea: str = "", tekst: str = "", extra: str = "", alinea_inhoud: str = ""
) -> str:
    """A ``style:style`` of family paragraph as XML: ``alinea``/``tekst`` are the attributes of its
    paragraph/text properties, ``alinea_inhoud`` child elements of the paragraph properties."""
    ouder_attr = f" style:parent-style-name={quoteattr(ouder)}" if ouder else ""
    binnen = ""
    if alinea or alinea_inhoud:
        binnen += f"<style:paragraph-properties {alinea}>{alinea_inhoud}</style:paragraph-properties>"
    if tekst:
        binnen += f"<style:text-properties {tekst}/>"
    return f'<style:style {_NS} style:name={quoteattr(naam)} style:family="paragraph"{ouder_attr} {extra}>{binnen}</style:style>'


def _stijlen(odt: OdfDocument, doc: Document) -> None:
    taal, land = doc.taal.split("-")
    for naam, familie in ((LETTER, LETTER), ("DejaVu Sans", "'DejaVu Sans'")):
        odt.insert_style(
            f"<style:font-face {_NS} style:name={quoteattr(naam)} svg:font-family={quoteattr(familie)} "
            'style:font-family-generic="swiss" style:font-pitch="variable"/>'
        )
    odt.insert_style(
        f'<style:default-style {_NS} style:family="paragraph">'
        f'<style:text-properties style:font-name="{LETTER}" fo:font-size="11pt" fo:language="{taal}" fo:country="{land}"/>'
        "</style:default-style>",
        default=True,
    )
    gewoon = [
        _alinea_stijl("Standard", extra='style:class="text"'),
        _alinea_stijl("Text_20_body", "Standard", alinea='fo:margin-bottom="0.2cm"', extra='style:display-name="Text body"'),
        _alinea_stijl("Bronregel", "Standard", alinea='fo:margin-bottom="0.07cm"', tekst='fo:font-size="9pt"'),
        _alinea_stijl("Versieregel", "Bronregel", alinea='fo:margin-bottom="0.4cm"'),
        _alinea_stijl("Opmerking", "Text_20_body", tekst='fo:font-style="italic"'),
        _alinea_stijl(
            "Vraag", "Standard",
            alinea=f'fo:margin-left="{INSPRING}" fo:text-indent="-{INSPRING}" fo:margin-top="0.35cm" fo:keep-with-next="always"',
        ),
        _alinea_stijl(
            "Antwoordregel", "Standard",
            alinea=f'fo:margin-top="0.4cm" fo:keep-with-next="always" fo:margin-left="{INSPRING}" fo:padding-bottom="0cm" '
            'fo:border-bottom="0.5pt solid #808080" style:join-border="false"',
        ),
        f'<style:style {_NS} style:name="Vinkje" style:family="text">'
        '<style:text-properties style:font-name="DejaVu Sans" fo:font-size="13pt"/></style:style>',
        _alinea_stijl(
            "Footer", "Standard", tekst='fo:font-size="9pt"', extra='style:display-name="Footer" style:class="extra"',
            alinea_inhoud=f'<style:tab-stops><style:tab-stop style:position="{TEKSTBREEDTE_CM:.1f}cm" style:type="right"/></style:tab-stops>',
        ),
    ]
    for niveau, grootte in ((1, "20pt"), (2, "15pt"), (3, "12pt")):
        gewoon.append(_alinea_stijl(
            f"Heading_20_{niveau}", "Standard",
            alinea=f'fo:margin-top="{"0.5cm" if niveau < 3 else "0.35cm"}" fo:margin-bottom="0.2cm" fo:keep-with-next="always"',
            tekst=f'fo:font-size="{grootte}" fo:font-weight="bold" fo:color="{KLEUR_KOP}"',
            extra=f'style:display-name="Heading {niveau}" style:next-style-name="Text_20_body" '
            f'style:default-outline-level="{niveau}" style:class="text"',
        ))
    for xml in gewoon:
        odt.insert_style(xml)
    # the template's own defaults (e.g. for drawings) carry its author's language: ours everywhere
    for element in odt.styles.get_elements("//*[@fo:language]"):
        element.set_attribute("fo:language", taal)
        element.set_attribute("fo:country", land)
    # the template numbers headings ("1.1."); the checklist's headings carry their own "Stap N."
    for niveau in odt.styles.get_elements("//text:outline-style/text:outline-level-style"):
        niveau.set_attribute("style:num-format", "")
        for attr in ("style:num-suffix", "loext:num-list-format"):
            niveau.del_attribute(attr)

    automatisch = [
        _alinea_stijl("P1", "Antwoordregel", alinea='fo:keep-with-next="auto"'),
        _alinea_stijl("P2", "Heading_20_2", alinea='fo:break-before="page"'),
    ] + [
        _alinea_stijl(f"P{2 + niveau}", "Text_20_body", alinea=f'fo:margin-left="{0.8 * niveau:.1f}cm"')
        for niveau in (1, 2, 3)
    ]
    for xml in automatisch:
        odt.insert_style(xml, automatic=True)

    odt.insert_style(
        f'<style:page-layout {_NS} style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
        'fo:page-height="29.7cm" style:print-orientation="portrait" '
        f'fo:margin-top="{MARGE_CM}cm" fo:margin-bottom="{MARGE_CM - 1:.1f}cm" '
        f'fo:margin-left="{MARGE_CM}cm" fo:margin-right="{MARGE_CM}cm"/>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/>'
        "</style:footer-style></style:page-layout>"
    )
    voet = Paragraph(doc.voetregel, style="Footer", formatted=False)
    voet.append(Tab())
    voet.append("pagina ")
    voet.append(VarPageNumber())
    voet.append(" van ")
    voet.append(VarPageCount())
    pagina = Element.from_tag(
        f'<style:master-page {_NS} style:name="Standard" style:page-layout-name="pm1"><style:footer/></style:master-page>'
    )
    pagina.get_element("style:footer").append(voet)
    odt.insert_style(pagina)


def _metadata(odt: OdfDocument, doc: Document) -> None:
    meta = odt.meta
    meta.title = doc.titel
    meta.subject = doc.onderwerp
    meta.set_creator(doc.auteur)
    meta.initial_creator = doc.auteur
    meta.language = doc.taal
    meta.creation_date = doc.moment
    meta.date = doc.moment
    meta.keyword = "Samen Weerbaar"
    tweede = Element.from_tag("meta:keyword")
    tweede.text = "hulpvragen"
    meta.meta_body.append(tweede)
    meta.editing_cycles = 1
    meta.set_generator(f"Samen Weerbaar (odfdo {odfdo_versie})")
    # the template's statistics describe the empty template; LibreOffice recounts on opening
    for statistiek in meta.get_elements("//meta:document-statistic"):
        statistiek.parent.delete(statistiek)
